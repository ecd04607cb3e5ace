#include "facility/module.hpp"

#include <spdlog/spdlog.h>

#include <memory>
#include <set>

#include "dcim/service.hpp"

namespace colo::facility {

Premises make_premises(dcim::Service& dcim) {
  Premises p;
  p.rack_room = [&dcim](std::int64_t customer_id, std::int64_t rack_id) -> Result<std::optional<std::int64_t>> {
    // Asked as the customer itself: dcim's own tenancy rule decides which racks it occupies.
    auto principal = std::make_shared<Principal>();
    principal->username = "facility";
    principal->auth_method = "system";
    principal->customer_id = customer_id;
    principal->permissions = {"dcim.read"};
    Context ctx{principal, "", "facility"};
    auto rack = dcim.rack(ctx, rack_id);
    if (!rack.ok()) {
      if (rack.error().kind == ErrorKind::not_found) return std::optional<std::int64_t>{};
      return std::move(rack).error();
    }
    return std::optional<std::int64_t>(rack->room_id);
  };
  p.room_exists = [&dcim](std::int64_t room_id) -> Result<bool> {
    auto room = dcim.room(system_context("facility"), room_id);
    if (!room.ok()) {
      if (room.error().kind == ErrorKind::not_found) return false;
      return std::move(room).error();
    }
    return true;
  };
  p.device_owner = [&dcim](db::Tx& tx, std::int64_t device_id) -> Result<std::optional<std::optional<std::int64_t>>> {
    COLO_TRY(auto found, dcim.devices_by_id(tx, {device_id}));
    if (found.empty()) return std::optional<std::optional<std::int64_t>>{};
    return std::optional<std::optional<std::int64_t>>(found.front().customer_id);
  };
  p.set_device_state = [&dcim](db::Tx& tx, const Context& ctx, std::int64_t device_id,
                               const std::string& state) -> Status {
    dcim::DeviceInput in;
    in.status = state;
    COLO_CHECK(dcim.update_device(tx, ctx, device_id, in));
    return {};
  };
  return p;
}

namespace {

// Every row of a dcim list, page by page.
template <typename T, typename F>
Status each_page(F&& list, dcim::ListQuery q, const std::function<void(const T&)>& visit) {
  q.limit = 500;
  for (q.offset = 0;; q.offset += q.limit) {
    COLO_TRY(auto page, list(q));
    for (const auto& row : page.second) visit(row);
    if (page.second.empty() || q.offset + q.limit >= page.first) return {};
  }
}

Error unknown_scope(const std::string& field) {
  return Error::unprocessable("facility.change.unknown_scope", "The change names something the ledger does not know.",
                              {{field, "facility.change.unknown_scope", "Not in the ledger."}});
}

}  // namespace

ChangePorts make_change_ports(dcim::Service& dcim) {
  ChangePorts p;
  p.affected_customers = [&dcim](const ChangeScope& scope) -> Result<std::vector<std::int64_t>> {
    const Context ctx = system_context("facility");
    std::set<std::int64_t> out;
    auto add_device = [&out](const dcim::Device& d) {
      if (d.customer_id) out.insert(*d.customer_id);
    };
    auto add_rack = [&out](const dcim::Rack& r) {
      if (r.customer_id) out.insert(*r.customer_id);
    };
    auto devices = [&](const dcim::ListQuery& q) { return dcim.devices(ctx, q); };
    auto racks = [&](const dcim::ListQuery& q) { return dcim.racks(ctx, q); };
    for (auto id : scope.devices) {
      auto d = dcim.device(ctx, id);
      if (!d.ok()) return d.error().kind == ErrorKind::not_found ? unknown_scope("devices") : std::move(d).error();
      add_device(*d);
    }
    std::vector<std::int64_t> rack_ids = scope.racks;
    for (auto id : scope.feeds) {
      auto f = dcim.power_feed(ctx, id);
      if (!f.ok()) return f.error().kind == ErrorKind::not_found ? unknown_scope("feeds") : std::move(f).error();
      rack_ids.push_back(f->rack_id);
    }
    for (auto id : rack_ids) {
      auto r = dcim.rack(ctx, id);
      if (!r.ok()) return r.error().kind == ErrorKind::not_found ? unknown_scope("racks") : std::move(r).error();
      add_rack(*r);
      dcim::ListQuery q;
      q.rack = id;
      COLO_CHECK(each_page<dcim::Device>(devices, q, add_device));
    }
    for (auto id : scope.rooms) {
      auto room = dcim.room(ctx, id);
      if (!room.ok())
        return room.error().kind == ErrorKind::not_found ? unknown_scope("rooms") : std::move(room).error();
      dcim::ListQuery q;
      q.room = id;
      COLO_CHECK(each_page<dcim::Device>(devices, q, add_device));
      COLO_CHECK(each_page<dcim::Rack>(racks, q, add_rack));
    }
    return std::vector<std::int64_t>(out.begin(), out.end());
  };
  return p;
}

scheduler::DailyJob retention_job(Service& svc) {
  return {"facility-entry-log", [&svc](Date today) -> Status {
            COLO_TRY(auto deleted, svc.purge_entries(today));
            if (deleted) spdlog::info("facility: deleted {} entry log entries past retention", deleted);
            return {};
          }};
}

}  // namespace colo::facility
