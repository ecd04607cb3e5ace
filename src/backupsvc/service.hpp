// Customer backup service (R6.1): plans per contract (staff write, the customer reads its own),
// the runner that starts due plans as supervised restic processes and records every run,
// failures that alert operations and open a service-desk ticket for the customer, restore
// requests (the customer asks, operations approves, Colo restores and verifies, the customer
// confirms), periodic restore tests, and runs reported by engines Colo does not drive.
//
// Thread-safety: every method opens its own transactions; shared by the HTTP workers and the
// runner. Tool runs happen outside any transaction.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "backupsvc/model.hpp"
#include "backupsvc/restic.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/crypto.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"

namespace colo::backupsvc {

// "backup-service": the runner's job (every minute under its lease in `colo serve`;
// `colo jobs run backup-service` once).
constexpr const char* kJob = "backup-service";

struct ContractRef {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string number;
};

// What the service asks of other modules (set by the composition root).
struct Ports {
  // The contract a plan is for; nullopt when there is none.
  std::function<Result<std::optional<ContractRef>>(std::int64_t contract_id)> contract;
  // Opens a service-desk ticket for the customer inside `tx` (once per `ref`); its number.
  std::function<Result<std::string>(db::Tx& tx, std::int64_t customer_id, const std::string& ref,
                                    const std::string& title)>
      open_ticket;
};

struct Options {
  std::string restic = "restic";
  std::string scratch_dir;               // restore tests restore here (a directory of their own each time)
  int max_concurrent = 2;                // tool runs at once
  std::string ssh = "ssh";               // the system OpenSSH client, for plans run on the customer's host
  std::string remote_restic = "restic";  // restic on the customer's host
};

struct RunnerReport {
  std::int64_t started = 0, succeeded = 0, failed = 0, restore_tests = 0;
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, crypto::Sealer sealer, Ports ports, Options options);

  Result<db::Counted<Plan>> plans(const Context& ctx, const PlanFilter& f);
  Result<Plan> plan(const Context& ctx, std::int64_t id);
  Result<Plan> create_plan(const Context& ctx, const PlanInput& in);
  Result<Plan> update_plan(const Context& ctx, std::int64_t id, const PlanInput& in);
  // Runs the plan's backup now and answers the finished run (staff).
  Result<Run> run_now(const Context& ctx, std::int64_t plan_id);
  // Runs a restore test of the plan now: the latest snapshot into a scratch directory, verified,
  // recorded as a run of kind restore_test, the directory removed.
  Result<Run> test_restore_now(const Context& ctx, std::int64_t plan_id);

  Result<db::Counted<Run>> runs(const Context& ctx, const RunFilter& f);
  Result<Run> run(const Context& ctx, std::int64_t id);
  // A run of an engine Colo does not drive, for the contract's customer.
  Result<Run> report_run(const Context& ctx, const ReportedRun& in);

  Result<db::Counted<Restore>> restores(const Context& ctx, const RestoreFilter& f);
  Result<Restore> restore(const Context& ctx, std::int64_t id);
  // The customer (or staff for it) asks for a restore; 422 backupsvc.restore.foreign_target when
  // the target is not the customer's own.
  Result<Restore> request_restore(const Context& ctx, const RestoreInput& in);
  // Operations approves or rejects a requested restore (409 backupsvc.restore.not_requested).
  Result<Restore> decide_restore(const Context& ctx, std::int64_t id, bool approve, const std::string& note);
  // Executes an approved restore and verifies it: verified or failed (409 backupsvc.restore.not_approved).
  Result<Restore> execute_restore(const Context& ctx, std::int64_t id);
  // The customer confirms a verified restore (409 backupsvc.restore.not_verified).
  Result<Restore> confirm_restore(const Context& ctx, std::int64_t id, const std::string& note);

  // The runner: starts every due plan (a slot once, also when servers race) and due restore
  // tests, at most options.max_concurrent at a time, and waits for them.
  Result<RunnerReport> run_due();

  // R6.1 "backup runs succeeded and restore tests passed" over [from, to) and the period before.
  Result<BackupCompliance> compliance(Instant from, Instant to);

 private:
  Result<Plan> load_plan(db::Tx& tx, const Context& ctx, std::int64_t id);
  Result<Plan> plan_from_input(const Context& ctx, const PlanInput& in, Plan p);
  // Inserts a running run for the plan's slot `due_at`; nullopt when another runner has it.
  Result<std::optional<Run>> claim(const Plan& p, const std::string& kind, const std::string& due_at,
                                   const std::string& by);
  Repository repository_of(const Plan& p) const;
  // restic backup on the customer's host over SSH (source_kind ssh); records the host key of the
  // first contact.
  ProcessResult backup_on_host(const Plan& p, const Repository& repo, const std::string& tag);
  Run execute_backup(const Plan& p, Run run);
  Run execute_restore_test(const Plan& p, Run run);
  Result<Run> finish(const Plan& p, Run run);
  std::string actor(const Context& ctx) const { return ctx.principal ? ctx.principal->username : "system"; }

  db::Database& db_;
  const Clock& clock_;
  crypto::Sealer sealer_;
  Ports ports_;
  Options options_;
};

}  // namespace colo::backupsvc
