// The network demo: gathers the demo sites, customers and servers from dcim and customers, adds a
// top-of-rack switch per site, and hands the cabling plan to ipam::load_demo. Idempotent.
#include <algorithm>

#include "app/app.hpp"
#include "app/demo.hpp"
#include "customers/service.hpp"
#include "dcim/service.hpp"
#include "ipam/demo.hpp"
#include "ipam/service.hpp"

namespace colo::app {

namespace {

// The demo cables at most this many servers per customer (and as many operator servers) per site.
constexpr std::size_t kDemoServersPerOwner = 2;

// The first port that is not for management.
Result<std::optional<std::int64_t>> data_port(dcim::Service& dcim, const Context& ctx, std::int64_t device) {
  dcim::ListQuery q;
  q.limit = 100;
  COLO_TRY(auto ports, dcim.interfaces(ctx, q, device));
  for (const auto& p : ports.second)
    if (!p.mgmt_only) return std::optional<std::int64_t>(p.id);
  return std::optional<std::int64_t>{};
}

// The dcim demo holds servers only: one top-of-rack switch per site, of a 1U switch type with
// ports from the imported device-type library, at the top of an operator rack. nullopt when the
// library is not there (no such type) or no rack has room.
Result<std::optional<std::int64_t>> ensure_demo_switch(dcim::Service& dcim, const Context& ctx,
                                                       const dcim::Site& site) {
  using Found = std::optional<std::int64_t>;
  dcim::ListQuery existing;
  existing.site = site.id;
  existing.role = "switch";
  existing.limit = 1;
  COLO_TRY(auto switches, dcim.devices(ctx, existing));
  if (!switches.second.empty()) return Found(switches.second.front().id);
  dcim::ListQuery tq;
  tq.q = "93180YC-FX";
  tq.limit = 10;
  COLO_TRY(auto types, dcim.device_types(ctx, tq));
  Found type;
  for (const auto& t : types.second) {
    COLO_TRY(auto full, dcim.device_type(ctx, t.id));
    if (full.height_hu == 2 && full.interfaces.size() >= 8) {
      type = t.id;
      break;
    }
  }
  if (!type) return Found{};
  dcim::ListQuery rq;
  rq.site = site.id;
  rq.limit = 50;
  COLO_TRY(auto racks, dcim.racks(ctx, rq));
  for (const auto& rack : racks.second) {
    if (rack.customer_id) continue;
    dcim::DeviceInput in;
    in.device_type_id = *type;
    in.name = "tor1." + site.slug;
    in.role = "switch";
    in.status = "active";
    in.rack_id = std::optional<std::int64_t>(rack.id);
    in.position = std::optional<double>(rack.u_height);
    in.force_power = true;  // a demo ToR switch may push a full demo rack over its budget
    auto made = dcim.save_device(ctx, std::nullopt, in);
    if (made.ok()) return Found(made->id);
  }
  return Found{};
}

}  // namespace

Status load_ipam_demo(App& app, const Context& ctx) {
  auto& dcim = *app.services().dcim;
  ipam::DemoInput input;
  customers::CustomerFilter cf;
  cf.limit = 10;
  COLO_TRY(auto customers, app.services().customers->list(ctx, cf));
  for (const auto& c : customers.second) input.customer_ids.push_back(c.id);
  std::sort(input.customer_ids.begin(), input.customer_ids.end());

  dcim::ListQuery all;
  all.limit = 100;
  COLO_TRY(auto sites, dcim.sites(ctx, all));
  std::sort(sites.second.begin(), sites.second.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  for (const auto& site : sites.second) {
    ipam::DemoSite ds{site.id, site.slug, site.name, {}, {}};
    COLO_TRY(auto tor, ensure_demo_switch(dcim, ctx, site));
    std::vector<std::int64_t> switch_ports;
    if (tor) {
      dcim::ListQuery iq;
      iq.limit = 1000;
      COLO_TRY(auto ports, dcim.interfaces(ctx, iq, *tor));
      for (const auto& p : ports.second)
        if (!p.mgmt_only) switch_ports.push_back(p.id);
      std::sort(switch_ports.begin(), switch_ports.end());
    }
    // A few servers of each customer and of the operator, each to the next switch port; the
    // switch's last port is the uplink.
    std::vector<std::optional<std::int64_t>> owners(input.customer_ids.begin(), input.customer_ids.end());
    owners.push_back(std::nullopt);
    std::size_t next_port = 0;
    for (const auto& owner : owners) {
      dcim::ListQuery sq;
      sq.site = site.id;
      sq.role = "server";
      sq.status = "active";
      sq.customer = owner;
      sq.limit = owner ? 20 : 200;  // operator servers are not filtered for in SQL
      COLO_TRY(auto servers, dcim.devices(ctx, sq));
      std::size_t taken = 0;
      for (const auto& server : servers.second) {
        if (taken >= kDemoServersPerOwner || next_port + 1 >= switch_ports.size()) break;
        if (server.customer_id != owner) continue;
        COLO_TRY(auto port, data_port(dcim, ctx, server.id));
        if (!port) continue;
        ds.links.push_back({*port, switch_ports[next_port++], server.customer_id});
        ++taken;
      }
    }
    if (!switch_ports.empty()) ds.uplinks.push_back(switch_ports.back());
    input.sites.push_back(std::move(ds));
  }
  return ipam::load_demo(*app.services().ipam, ctx, input);
}

}  // namespace colo::app
