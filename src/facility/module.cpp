#include "facility/module.hpp"

#include <spdlog/spdlog.h>

#include <memory>

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

scheduler::DailyJob retention_job(Service& svc) {
  return {"facility-entry-log", [&svc](Date today) -> Status {
            COLO_TRY(auto deleted, svc.purge_entries(today));
            if (deleted) spdlog::info("facility: deleted {} entry log entries past retention", deleted);
            return {};
          }};
}

}  // namespace colo::facility
