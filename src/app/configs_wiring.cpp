#include "app/configs_wiring.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "app/app.hpp"
#include "configs/routes.hpp"
#include "configs/service.hpp"
#include "dcim/service.hpp"
#include "facility/changes.hpp"
#include "scheduler/scheduler.hpp"

namespace colo::app {

namespace {

bool holds(const std::vector<std::int64_t>& ids, std::optional<std::int64_t> id) {
  return id && std::find(ids.begin(), ids.end(), *id) != ids.end();
}

}  // namespace

configs::Service& add_configs(App& app, dcim::Service& dcim, facility::ChangesService& changes,
                              const crypto::Key& key) {
  configs::Ports ports;
  ports.device = [&dcim](db::Tx& tx, std::int64_t id) -> Result<std::optional<configs::LedgerDevice>> {
    COLO_TRY(auto found, dcim.devices_by_id(tx, {id}));
    if (found.empty()) return std::optional<configs::LedgerDevice>{};
    const auto& d = found.front();
    return std::optional<configs::LedgerDevice>(configs::LedgerDevice{
        d.id, d.name, d.role, d.manufacturer, d.model, d.mgmt_address, d.customer_id, d.room_id, d.rack_id});
  };
  // A change covers a device when its window holds the moment and its scope names the device, its
  // rack or room, or its customer is among those the change touches.
  ports.change_in_force = [&changes](const configs::LedgerDevice& d, Instant at) -> Result<bool> {
    const auto ctx = system_context("configs");
    for (const char* status : {"approved", "in_progress"}) {
      facility::ChangeFilter f;
      f.status = status;
      f.from = format_instant(at);
      f.to = format_instant(at + std::chrono::milliseconds(1));
      f.limit = 200;
      COLO_TRY(auto page, changes.changes(ctx, f));
      for (const auto& c : page.second)
        if (holds(c.scope.devices, d.id) || holds(c.scope.racks, d.rack_id) || holds(c.scope.rooms, d.room_id) ||
            holds(c.customers, d.customer_id))
          return true;
    }
    return false;
  };
  const auto& config = app.config();
  auto& svc = app.own<configs::Service>(app.db(), app.clock(), crypto::Sealer(crypto::derive_key(key, 41, "colocfgs")),
                                        std::move(ports),
                                        configs::Options{.pool = config.configs_pool,
                                                         .connect_timeout_ms = config.configs_connect_timeout_ms,
                                                         .command_timeout_ms = config.configs_command_timeout_ms});
  configs::add_routes(app.router(), svc);
  app.add_background([&app, &svc](std::stop_token stop) {
    const std::string holder = scheduler::holder_name();
    scheduler::run_every(stop, std::chrono::minutes(1), [&] {
      const Instant now = app.clock().now();
      auto held = scheduler::take_lease(app.db(), configs::kJob, holder, now + std::chrono::minutes(10), now);
      if (!held.ok() || !*held) return;
      auto r = svc.run_due();
      if (!r.ok())
        spdlog::warn("config backup: {}", r.error().message);
      else if (r->devices > 0)
        spdlog::info("config backup: {} device(s): {} changed, {} unchanged, {} failed", r->devices, r->ok,
                     r->unchanged, r->failed);
    });
  });
  return svc;
}

}  // namespace colo::app
