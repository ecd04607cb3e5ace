// The backup service's SQL: backup_plans, backup_runs and backup_restores.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "backupsvc/model.hpp"
#include "db/database.hpp"
#include "db/list.hpp"
#include "db/page.hpp"

namespace colo::backupsvc::store {

extern const db::ListSpec kPlanList;
extern const db::ListSpec kRunList;
extern const db::ListSpec kRestoreList;

Result<db::Counted<Plan>> list_plans(db::Tx& tx, const Context& ctx, const PlanFilter& f);
Result<std::optional<Plan>> find_plan(db::Tx& tx, std::int64_t id);
Result<std::int64_t> insert_plan(db::Tx& tx, const Plan& p);
Status update_plan(db::Tx& tx, const Plan& p);
// Records the host key of an SSH plan's first contact; a key recorded already stays.
Status record_first_contact(db::Tx& tx, std::int64_t plan_id, const std::string& known_hosts);
// Active plans due at `now` (next_run_at <= now), the longest due first.
Result<std::vector<Plan>> due_plans(db::Tx& tx, const std::string& now, int limit);
// Active plans with restore tests whose last test is before `before` (or none).
Result<std::vector<Plan>> restore_test_candidates(db::Tx& tx, const std::string& before, int limit);
// Moves the plan's next slot from `due_at` to `next` when it still is `due_at`; false when another
// runner claimed the slot first.
Result<bool> advance_plan(db::Tx& tx, std::int64_t id, const std::string& due_at, const std::string& next);
Status set_restore_tested(db::Tx& tx, std::int64_t id, const std::string& at);
// The source paths of every plan, per customer (restore targets are judged against them).
Result<std::vector<std::pair<std::int64_t, std::string>>> plan_roots(db::Tx& tx);

Result<db::Counted<Run>> list_runs(db::Tx& tx, const Context& ctx, const RunFilter& f);
Result<std::optional<Run>> find_run(db::Tx& tx, std::int64_t id);
Result<std::int64_t> insert_run(db::Tx& tx, const Run& r);
Status finish_run(db::Tx& tx, const Run& r);
// The newest succeeded backup snapshot of a plan.
Result<std::optional<std::string>> latest_snapshot(db::Tx& tx, std::int64_t plan_id);
// Finished runs with ended_at in [from, to): how many, how many succeeded, the failed ids.
Result<ComplianceCount> run_counts(db::Tx& tx, const std::string& from, const std::string& to);

Result<db::Counted<Restore>> list_restores(db::Tx& tx, const Context& ctx, const RestoreFilter& f);
Result<std::optional<Restore>> find_restore(db::Tx& tx, std::int64_t id);
Result<std::int64_t> insert_restore(db::Tx& tx, const Restore& r);
// Writes the restore's state when it still is `from`; false when another request moved it first.
Result<bool> update_restore(db::Tx& tx, const Restore& r, const std::string& from);

}  // namespace colo::backupsvc::store
