// Demo inventory: two sites, four rooms, 200 racks with A/B feeds and two 0U PDUs each, about
// 2,000 devices of real device types from the NetBox library, dedicated cages and reservations of
// the demo customers; or, at --scale large, 5,000 racks and 100,000 devices for benchmarks.
// Idempotent: nothing is done when the first demo site exists.
#include <spdlog/spdlog.h>
#include <boost/json.hpp>

#include <chrono>
#include <cstdio>
#include <map>

#include "app/app.hpp"
#include "app/cli.hpp"
#include "audit/audit.hpp"
#include "core/clock.hpp"
#include "customers/service.hpp"
#include "dcim/library.hpp"
#include "dcim/rules.hpp"
#include "dcim/service.hpp"
#include "dcim/store.hpp"

namespace colo::app {

namespace {

// A curated part of the library: servers, switches, routers and PDUs of the usual brands.
const std::vector<std::string> kDemoLibrary = {
    "Dell/PowerEdge-R", "HPE/ProLiant-DL",   "Cisco/N9K-C93",   "Cisco/C9300-48",  "Juniper/QFX5",
    "Juniper/MX204",    "Juniper/EX4300-48", "Arista/DCS-7050", "Arista/DCS-7280", "APC/AP7",
    "APC/AP8",          "Huawei/",           "Supermicro/"};

// Types by hand when the library is not there.
const std::vector<std::pair<std::string, std::string>> kFallbackTypes = {
    {"r650",
     "manufacturer: Dell\nmodel: PowerEdge R650\nu_height: 1\nis_full_depth: true\nweight: 21\n"
     "power-ports:\n  - name: PSU1\n    maximum_draw: 800\n  - name: PSU2\n    maximum_draw: 800\n"
     "interfaces:\n  - name: NIC1\n    type: 10gbase-x-sfpp\n  - name: NIC2\n    type: 10gbase-x-sfpp\n"
     "  - name: iDRAC\n    type: 1000base-t\n    mgmt_only: true\n"},
    {"r750",
     "manufacturer: Dell\nmodel: PowerEdge R750\nu_height: 2\nis_full_depth: true\nweight: 28\n"
     "power-ports:\n  - name: PSU1\n    maximum_draw: 1100\n  - name: PSU2\n    maximum_draw: 1100\n"
     "interfaces:\n  - name: NIC1\n    type: 25gbase-x-sfp28\n  - name: iDRAC\n    type: 1000base-t\n"
     "    mgmt_only: true\n"},
    {"dl360",
     "manufacturer: HPE\nmodel: ProLiant DL360 Gen10\nu_height: 1\nis_full_depth: true\n"
     "power-ports:\n  - name: PSU1\n    maximum_draw: 500\n  - name: PSU2\n    maximum_draw: 500\n"
     "interfaces:\n  - name: NIC1\n    type: 1000base-t\n  - name: iLO\n    type: 1000base-t\n    mgmt_only: true\n"},
    {"n9k",
     "manufacturer: Cisco\nmodel: Nexus 93180YC-FX\nu_height: 1\nis_full_depth: true\n"
     "power-ports:\n  - name: PS1\n    maximum_draw: 425\n  - name: PS2\n    maximum_draw: 425\n"
     "interfaces:\n  - name: Ethernet1/1\n    type: 25gbase-x-sfp28\n  - name: Ethernet1/2\n    type: 25gbase-x-sfp28\n"
     "  - name: Ethernet1/3\n    type: 25gbase-x-sfp28\n  - name: Ethernet1/4\n    type: 25gbase-x-sfp28\n"
     "  - name: Ethernet1/5\n    type: 25gbase-x-sfp28\n  - name: Ethernet1/6\n    type: 25gbase-x-sfp28\n"
     "  - name: Ethernet1/7\n    type: 25gbase-x-sfp28\n  - name: Ethernet1/8\n    type: 25gbase-x-sfp28\n"
     "  - name: mgmt0\n    type: 1000base-t\n    mgmt_only: true\n"},
    {"ap8853", "manufacturer: APC\nmodel: AP8853\nu_height: 0\nis_full_depth: false\n"},
};

// More ports than this and a type is a switch, not a server.
constexpr std::size_t kMaxServerPorts = 12;

struct DemoTypes {
  std::vector<std::int64_t> servers;
  std::optional<std::int64_t> pdu;
};

Result<DemoTypes> demo_types(App& app, const Context& ctx) {
  auto& dcim = *app.services().dcim;
  const auto dir = dcim::default_library_dir();
  if (!dir.empty()) {
    COLO_TRY(auto r, dcim.import_device_type_dir(ctx, dir, kDemoLibrary));
    spdlog::info("demo: device types from {}: {} imported, {} unchanged, {} skipped", dir, r.imported, r.unchanged,
                 r.skipped.size());
  } else {
    COLO_TRY(auto r, dcim.import_device_types(ctx, kFallbackTypes));
    (void)r;
  }
  DemoTypes out;
  // Rack servers of 1U and 2U whose maximum draw is known and plausible, a few of each brand.
  for (const char* maker : {"Dell", "HPE", "Supermicro", "Huawei"}) {
    dcim::ListQuery q;
    q.manufacturer = maker;
    q.limit = 1000;
    COLO_TRY(auto page, dcim.device_types(ctx, q));
    int taken = 0;
    for (const auto& t : page.second) {
      if ((t.height_hu == 2 || t.height_hu == 4) && t.full_depth && t.max_power_w >= 200 && t.max_power_w <= 1100 &&
          taken < 8) {
        // The racks are filled with servers: a brand's switches (Huawei's CloudEngine) have the
        // same shape, but dozens of ports where a rack server has a few.
        COLO_TRY(auto full, dcim.device_type(ctx, t.id));
        if (full.interfaces.size() > kMaxServerPorts) continue;
        out.servers.push_back(t.id);
        ++taken;
      }
    }
  }
  dcim::ListQuery pdus;
  pdus.manufacturer = "APC";
  pdus.limit = 1000;
  COLO_TRY(auto apc, dcim.device_types(ctx, pdus));
  for (const auto& t : apc.second)
    if (t.height_hu == 0) {
      out.pdu = t.id;
      break;
    }
  if (out.servers.empty()) {
    dcim::ListQuery any;
    any.limit = 1000;
    COLO_TRY(auto all, dcim.device_types(ctx, any));
    for (const auto& t : all.second)
      if (t.height_hu > 0 && t.height_hu <= 4) out.servers.push_back(t.id);
  }
  return out;
}

// Racks filled with devices of the given types in one transaction, audited as one entry.
// Devices go bottom-up with no gaps, within the rack's height, power and weight; racks get A
// and B feeds. Written with the dcim store's batched INSERTs instead of the service's one-object
// calls, for the 100,000-device benchmark set.
struct BulkFill {
  std::int64_t room_id = 0;
  std::string row_prefix = "A";
  int racks = 10, racks_per_row = 10, devices_per_rack = 10;
  std::int64_t feed_w = 8000;                          // per side
  std::vector<std::int64_t> device_type_ids;           // chosen round-robin
  std::vector<std::optional<std::int64_t>> owners;     // per device, round-robin; nullopt = operator
  std::vector<std::optional<std::int64_t>> dedicated;  // per rack, round-robin: rack owner
  std::string name_prefix = "dev";
  std::optional<std::int64_t> pdu_type_id;  // two 0U PDUs per rack, on feeds A and B
  bool with_interfaces = true;              // from the types' templates; off for the 100,000-device set
};

Result<std::int64_t> bulk_fill(db::Database& db, const Clock& clock, const Context& ctx, const BulkFill& f) {
  if (f.device_type_ids.empty()) return Error::invalid("dcim.bulk", "No device types given.");
  COLO_TRY(auto tx, db::Tx::begin(db, db::Access::write));
  COLO_TRY(auto room, dcim::store::find_room(tx, f.room_id));
  if (!room) return Error::not_found("Room");
  struct TypeFacts {
    int height_hu = 0;
    std::int64_t power_w = 0;
    double weight_kg = 0;
  };
  std::map<std::int64_t, TypeFacts> types;
  for (auto id : f.device_type_ids) {
    COLO_TRY(auto t, dcim::store::find_type(tx, id));
    if (!t) return Error::not_found("Device type");
    types[id] = {t->height_hu, t->max_power_w, t->weight_kg.value_or(0)};
  }
  const auto t = format_instant(clock.now());
  std::int64_t devices = 0;
  std::size_t next_type = 0, next_owner = 0;
  std::vector<dcim::store::BulkDevice> batch;
  for (int r = 0; r < f.racks; ++r) {
    char rowname[24];
    std::snprintf(rowname, sizeof rowname, "%s%02d", f.row_prefix.c_str(), r / f.racks_per_row + 1);
    char rackname[48];
    std::snprintf(rackname, sizeof rackname, "%s-%02d", rowname, r % f.racks_per_row + 1);
    dcim::Rack k;
    k.room_id = room->id;
    k.site_id = room->site_id;
    k.row_name = rowname;
    k.name = rackname;
    k.max_weight_kg = 1200;
    k.power_a_w = k.power_b_w = f.feed_w;
    k.customer_id = f.dedicated.empty() ? std::nullopt : f.dedicated[static_cast<std::size_t>(r) % f.dedicated.size()];
    COLO_TRY(k.id, dcim::store::insert_rack(tx, k, t));
    for (const char* side : {"A", "B"}) {
      dcim::PowerFeed feed;
      feed.rack_id = k.id;
      feed.side = side;
      feed.name = std::string(side) + " 路";
      feed.panel = std::string("UPS-") + side;
      feed.capacity_w = f.feed_w;
      feed.amperage = dcim::amperage_for(f.feed_w, feed.voltage, feed.phase, feed.max_utilisation_pct);
      COLO_CHECK(dcim::store::insert_feed(tx, feed, t));
    }
    int bottom = 2;
    std::int64_t load = 0;
    double weight = 0;
    batch.clear();
    for (int d = 0; d < f.devices_per_rack; ++d) {
      auto type_id = f.device_type_ids[next_type++ % f.device_type_ids.size()];
      const auto& facts = types[type_id];
      if (bottom + facts.height_hu > (k.u_height + 1) * 2 || load + facts.power_w > f.feed_w ||
          weight + facts.weight_kg > k.max_weight_kg)
        break;
      dcim::store::BulkDevice b;
      b.device_type_id = type_id;
      b.customer_id =
          k.customer_id ? k.customer_id : (f.owners.empty() ? std::nullopt : f.owners[next_owner++ % f.owners.size()]);
      char name[80];
      std::snprintf(name, sizeof name, "%s-%s-%02d", f.name_prefix.c_str(), rackname, d + 1);
      b.name = name;
      b.serial = "SN" + std::to_string(k.id * 100 + d);
      b.site_id = k.site_id;
      b.room_id = k.room_id;
      b.rack_id = k.id;
      if (facts.height_hu > 0) b.bottom_hu = bottom;
      batch.push_back(std::move(b));
      bottom += facts.height_hu;
      load += facts.power_w;
      weight += facts.weight_kg;
    }
    if (f.pdu_type_id) {
      for (const char* side : {"A", "B"}) {
        dcim::store::BulkDevice pdu;
        pdu.device_type_id = *f.pdu_type_id;
        pdu.name = std::string(rackname) + "-PDU-" + side;
        pdu.serial = "PDU" + std::to_string(k.id) + side;
        pdu.role = "pdu";
        pdu.customer_id = k.customer_id;
        pdu.site_id = k.site_id;
        pdu.room_id = k.room_id;
        pdu.rack_id = k.id;
        pdu.face = "rear";
        pdu.redundant_power = false;
        pdu.feed = side;
        batch.push_back(std::move(pdu));
      }
    }
    COLO_CHECK(dcim::store::insert_devices(tx, batch, t));
    devices += static_cast<std::int64_t>(batch.size());
    if (f.with_interfaces && !batch.empty()) COLO_CHECK(dcim::store::instantiate_rack_interfaces(tx, k.id));
  }
  COLO_CHECK(audit::record(tx, ctx, clock,
                           {"dcim.room", std::to_string(f.room_id), "bulk_fill", nullptr,
                            boost::json::object{{"racks", f.racks}, {"devices", devices}}, std::nullopt}));
  COLO_CHECK(tx.commit());
  return devices;
}

}  // namespace

Status load_dcim_demo(App& app, const std::string& scale) {
  auto ctx = cli_context();
  auto& dcim = *app.services().dcim;
  const bool large = scale == "large";
  const std::string first_slug = large ? "bench-site-1" : "bj-yizhuang";
  {
    COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::read));
    COLO_TRY(auto existing, dcim.site_by_slug(tx, first_slug));
    if (existing) return {};
  }
  const auto started = std::chrono::steady_clock::now();
  COLO_TRY(auto types, demo_types(app, ctx));
  if (types.servers.empty()) return Error::internal("no device types for the demo");
  // The demo customers (created by the identity demo); devices go round-robin to them and to
  // the operator itself.
  std::vector<std::optional<std::int64_t>> owners;
  {
    COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::read));
    for (const char* name : {"北京艾克米云科技有限公司", "上海天顶数据服务有限公司", "深圳北辰网络有限公司"}) {
      COLO_TRY(auto c, app.services().customers->find_by_name(tx, name));
      if (c) owners.push_back(c->id);
    }
  }
  const std::vector<std::optional<std::int64_t>> customers(owners.begin(), owners.end());
  owners.push_back(std::nullopt);
  struct SiteSpec {
    const char* name;
    const char* slug;
    const char* address;
    const char* prefix;
  };
  std::vector<SiteSpec> sites;
  if (large) {
    sites = {{"基准测试一号园区", "bench-site-1", "-", "b1"}, {"基准测试二号园区", "bench-site-2", "-", "b2"}};
  } else {
    sites = {{"北京亦庄数据中心", "bj-yizhuang", "北京市大兴区亦庄经济开发区科创十三街", "bj"},
             {"上海外高桥数据中心", "sh-waigaoqiao", "上海市浦东新区外高桥保税区", "sh"}};
  }
  std::int64_t total_racks = 0, total_devices = 0;
  std::vector<std::int64_t> shared_racks;
  int room_no = 0;
  for (const auto& s : sites) {
    dcim::SiteInput si{s.name, s.slug, s.address, "Asia/Shanghai", std::int64_t{large ? 400000 : 100000}};
    COLO_TRY(auto site, dcim.save_site(ctx, std::nullopt, si));
    const int rooms = large ? 5 : 2;
    for (int r = 0; r < rooms; ++r) {
      dcim::RoomInput ri;
      ri.site_id = site.id;
      static const char* const kRoomNames[] = {"一号机房", "二号机房", "三号机房", "四号机房", "五号机房"};
      ri.name = kRoomNames[r];
      ri.floor = std::to_string(r + 1) + "F";
      COLO_TRY(auto room, dcim.save_room(ctx, std::nullopt, ri));
      BulkFill fill;
      fill.room_id = room.id;
      fill.row_prefix = std::string(1, static_cast<char>('A' + r));
      fill.racks = large ? 500 : 50;
      fill.racks_per_row = 10;
      fill.devices_per_rack = large ? 20 : 10;
      fill.feed_w = large ? 24000 : 8000;
      fill.device_type_ids = types.servers;
      fill.with_interfaces = !large;
      fill.owners = owners;
      fill.pdu_type_id = large ? std::nullopt : types.pdu;
      // In the first room of each site, the first racks of every ten are dedicated cages of the
      // demo customers.
      if (room_no % 2 == 0 && !customers.empty()) {
        fill.dedicated = {customers[0], customers[1 % customers.size()]};
        for (int i = 2; i < 10; ++i) fill.dedicated.push_back(std::nullopt);
      }
      fill.name_prefix = s.prefix;
      COLO_TRY(auto n, bulk_fill(app.db(), app.clock(), ctx, fill));
      total_racks += fill.racks;
      total_devices += n;
      if (!large) {
        dcim::ListQuery rq;
        rq.room = room.id;
        rq.limit = 1000;
        COLO_TRY(auto racks, dcim.racks(ctx, rq));
        for (const auto& k : racks.second)
          if (!k.customer_id) shared_racks.push_back(k.id);
      }
      ++room_no;
    }
  }
  // Reservations: the top four units of every fifth shared rack, for the next quarter.
  if (!large && !customers.empty()) {
    COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::write));
    const auto until = app.clock().now() + std::chrono::hours(24 * 90);
    std::size_t n = 0;
    for (std::size_t i = 0; i < shared_racks.size(); i += 5) {
      auto customer = *customers[n++ % customers.size()];
      auto r = dcim.reserve_units(tx, ctx, shared_racks[i], customer, 2 * 39, 2 * 4, until, "扩容预留");
      // Units taken (409) or otherwise unfit (422) stay unreserved.
      if (!r.ok() && r.error().kind != ErrorKind::unprocessable && r.error().kind != ErrorKind::conflict)
        return std::move(r).error();
    }
    COLO_CHECK(tx.commit());
  }
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  spdlog::info("demo: {} sites, {} racks, {} devices in {:.1f} s", sites.size(), total_racks, total_devices, seconds);
  return {};
}

}  // namespace colo::app
