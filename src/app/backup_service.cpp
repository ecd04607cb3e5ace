#include "app/backup_service.hpp"

#include <spdlog/spdlog.h>

#include "backupsvc/routes.hpp"
#include "backupsvc/service.hpp"
#include "contracts/service.hpp"
#include "scheduler/scheduler.hpp"
#include "servicedesk/service.hpp"

namespace colo::app {

backupsvc::Service& add_backup_service(App& app, contracts::Service& contracts, servicedesk::Service& desk,
                                       const crypto::Key& key) {
  backupsvc::Ports ports;
  ports.contract = [&contracts](std::int64_t id) -> Result<std::optional<backupsvc::ContractRef>> {
    auto d = contracts.get(system_context("backups"), id);
    if (!d.ok()) {
      if (d.error().kind == ErrorKind::not_found) return std::optional<backupsvc::ContractRef>{};
      return std::move(d).error();
    }
    return std::optional<backupsvc::ContractRef>(
        backupsvc::ContractRef{d->contract.id, d->contract.customer_id, d->contract.number});
  };
  // A failed run is an incident of the customer's service: one ticket per run, in the service desk.
  ports.open_ticket = [&desk](db::Tx& tx, std::int64_t customer_id, const std::string& ref,
                              const std::string& title) -> Result<std::string> {
    COLO_TRY(auto t, desk.open_from_alert(tx, customer_id, ref, title, {}, 2, 2));
    return t.number;
  };
  const auto& config = app.config();
  auto& svc = app.own<backupsvc::Service>(app.db(), app.clock(), crypto::Sealer(key), std::move(ports),
                                          backupsvc::Options{.restic = config.backup_restic,
                                                             .scratch_dir = config.backups_scratch_dir,
                                                             .max_concurrent = config.backups_max_concurrent});
  app.services().backups = &svc;
  backupsvc::add_routes(app.router(), svc);
  // Due plans every minute, on one server at a time; the lease outlasts a long run, and a slot
  // is claimed once even when two servers get there.
  app.add_background([&app, &svc](std::stop_token stop) {
    const std::string holder = scheduler::holder_name();
    scheduler::run_every(stop, std::chrono::minutes(1), [&] {
      const Instant now = app.clock().now();
      auto held = scheduler::take_lease(app.db(), backupsvc::kJob, holder, now + std::chrono::minutes(5), now);
      if (!held.ok() || !*held) return;
      auto r = svc.run_due();
      if (!r.ok())
        spdlog::error("backup-service: {}", r.error().message);
      else if (r->started > 0)
        spdlog::info("backup-service: {} runs ({} succeeded, {} failed, {} restore tests)", r->started, r->succeeded,
                     r->failed, r->restore_tests);
    });
  });
  return svc;
}

}  // namespace colo::app
