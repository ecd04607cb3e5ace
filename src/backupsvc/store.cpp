#include "backupsvc/store.hpp"

#include <boost/json.hpp>

#include "db/cursor.hpp"

namespace colo::backupsvc::store {

namespace json = boost::json;

const db::ListSpec kPlanList{.search = {"p.name", "p.contract_number", "p.location"},
                             .sorts = {{"name", "p.name"},
                                       {"next_run_at", "p.next_run_at"},
                                       {"created_at", "p.created_at"},
                                       {"status", "p.status"}},
                             .default_order = "p.id DESC",
                             .tiebreak = "p.id",
                             .tenant_column = "p.customer_id"};

const db::ListSpec kRunList{.search = {"r.plan_name", "r.job_name", "r.snapshot_id"},
                            .sorts = {{"started_at", "r.started_at"}, {"ended_at", "r.ended_at"}, {"id", "r.id"}},
                            .default_order = "r.id DESC",
                            .tiebreak = "r.id",
                            .tenant_column = "r.customer_id"};

const db::ListSpec kRestoreList{.search = {"p.name", "x.snapshot_id", "x.target_path"},
                                .sorts = {{"requested_at", "x.requested_at"}, {"status", "x.status"}},
                                .default_order = "x.id DESC",
                                .tiebreak = "x.id",
                                .tenant_column = "x.customer_id"};

namespace {

constexpr std::string_view kPlanCols =
    "SELECT p.id, p.customer_id, p.contract_id, p.contract_number, p.name, p.source_kind, p.paths, p.dump_command, "
    "p.dump_filename, p.schedule_kind, p.interval_minutes, p.daily_at, p.keep_last, p.keep_daily, p.keep_weekly, "
    "p.keep_monthly, p.repository, p.location, p.restore_test_days, p.timeout_minutes, p.status, p.next_run_at, "
    "p.last_restore_test_at, p.created_by, p.created_at, p.updated_at, p.password_sealed, p.ssh_host, p.ssh_port, "
    "p.ssh_user, p.ssh_key_sealed, p.ssh_known_hosts FROM backup_plans p";
constexpr std::string_view kPlanCount = "SELECT COUNT(*) FROM backup_plans p";
constexpr std::string_view kInsertPlan =
    "INSERT INTO backup_plans (customer_id, contract_id, contract_number, name, source_kind, paths, dump_command, "
    "dump_filename, schedule_kind, interval_minutes, daily_at, keep_last, keep_daily, keep_weekly, keep_monthly, "
    "repository, location, password_sealed, restore_test_days, timeout_minutes, status, next_run_at, created_by, "
    "created_at, updated_at, ssh_host, ssh_port, ssh_user, ssh_key_sealed) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
    "$10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29) RETURNING id";
constexpr std::string_view kUpdatePlan =
    "UPDATE backup_plans SET contract_id = $2, contract_number = $3, customer_id = $4, name = $5, source_kind = $6, "
    "paths = $7, dump_command = $8, dump_filename = $9, schedule_kind = $10, interval_minutes = $11, daily_at = $12, "
    "keep_last = $13, keep_daily = $14, keep_weekly = $15, keep_monthly = $16, repository = $17, location = $18, "
    "password_sealed = $19, restore_test_days = $20, timeout_minutes = $21, status = $22, next_run_at = $23, "
    "updated_at = $24, "
    // The host key first seen stays with the host: another host or port starts afresh.
    "ssh_known_hosts = CASE WHEN ssh_host = $25 AND ssh_port = $26 THEN ssh_known_hosts ELSE '' END, "
    "ssh_host = $25, ssh_port = $26, ssh_user = $27, ssh_key_sealed = $28 WHERE id = $1";
// The first contact with a plan's host records its key; a later run never replaces it.
constexpr std::string_view kFirstContact =
    "UPDATE backup_plans SET ssh_known_hosts = $2 WHERE id = $1 AND ssh_known_hosts = ''";
constexpr std::string_view kDuePlans =
    " WHERE p.status = 'active' AND p.next_run_at IS NOT NULL AND p.next_run_at <= $1 ORDER BY p.next_run_at, p.id "
    "LIMIT $2";
// A plan with no successful backup yet has nothing to test: it is not a candidate (a test then
// would only fail and open a ticket for a plan created a minute ago).
constexpr std::string_view kTestCandidates =
    " WHERE p.status = 'active' AND p.restore_test_days > 0 AND (p.last_restore_test_at IS NULL OR "
    "p.last_restore_test_at < $1) AND EXISTS (SELECT 1 FROM backup_runs b WHERE b.plan_id = p.id AND b.kind = "
    "'backup' AND b.status = 'succeeded' AND b.snapshot_id IS NOT NULL) ORDER BY p.id LIMIT $2";
constexpr std::string_view kAdvancePlan = "UPDATE backup_plans SET next_run_at = $3 WHERE id = $1 AND next_run_at = $2";
constexpr std::string_view kRestoreTested = "UPDATE backup_plans SET last_restore_test_at = $2 WHERE id = $1";
constexpr std::string_view kPlanRoots = "SELECT customer_id, paths FROM backup_plans WHERE source_kind = 'paths'";

constexpr std::string_view kRunCols =
    "SELECT r.id, r.plan_id, r.plan_name, r.customer_id, r.contract_id, r.engine, r.kind, r.job_name, r.status, "
    "r.due_at, r.started_at, r.ended_at, r.files, r.files_new, r.bytes_added, r.bytes_processed, r.snapshot_id, "
    "r.reason, r.ticket_number, r.log_excerpt, r.reported_by FROM backup_runs r";
constexpr std::string_view kRunCount = "SELECT COUNT(*) FROM backup_runs r";
constexpr std::string_view kInsertRun =
    "INSERT INTO backup_runs (plan_id, plan_name, customer_id, contract_id, engine, kind, job_name, status, due_at, "
    "started_at, ended_at, files, files_new, bytes_added, bytes_processed, snapshot_id, reason, ticket_number, "
    "log_excerpt, reported_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, "
    "$18, $19, $20) RETURNING id";
constexpr std::string_view kFinishRun =
    "UPDATE backup_runs SET status = $2, ended_at = $3, files = $4, files_new = $5, bytes_added = $6, "
    "bytes_processed = $7, snapshot_id = $8, reason = $9, ticket_number = $10, log_excerpt = $11 WHERE id = $1";
constexpr std::string_view kLatestSnapshot =
    "SELECT snapshot_id FROM backup_runs WHERE plan_id = $1 AND kind = 'backup' AND status = 'succeeded' AND "
    "snapshot_id IS NOT NULL ORDER BY id DESC LIMIT 1";
constexpr std::string_view kRunCounts =
    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN status = 'succeeded' THEN 1 ELSE 0 END), 0) FROM backup_runs WHERE "
    "status <> 'running' AND ended_at >= $1 AND ended_at < $2";
constexpr std::string_view kFailedRuns =
    "SELECT id FROM backup_runs WHERE status = 'failed' AND ended_at >= $1 AND ended_at < $2 ORDER BY id LIMIT 100";

constexpr std::string_view kRestoreCols =
    "SELECT x.id, x.plan_id, p.name, x.customer_id, x.snapshot_id, x.paths, x.target_kind, x.target_path, x.status, "
    "x.note, x.requested_by, x.requested_at, x.decided_by, x.decided_at, x.decision_note, x.executed_at, "
    "x.failure_reason, x.files_verified, x.bytes_restored, x.verification, x.confirmed_by, x.confirmed_at, "
    "x.confirmation_note FROM backup_restores x JOIN backup_plans p ON p.id = x.plan_id";
constexpr std::string_view kRestoreCount =
    "SELECT COUNT(*) FROM backup_restores x JOIN backup_plans p ON p.id = x.plan_id";
constexpr std::string_view kInsertRestore =
    "INSERT INTO backup_restores (plan_id, customer_id, snapshot_id, paths, target_kind, target_path, status, note, "
    "requested_by, requested_at, verification) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '') RETURNING id";
constexpr std::string_view kUpdateRestore =
    "UPDATE backup_restores SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5, executed_at = $6, "
    "failure_reason = $7, files_verified = $8, bytes_restored = $9, verification = $10, confirmed_by = $11, "
    "confirmed_at = $12, confirmation_note = $13 WHERE id = $1 AND status = $14";

std::vector<std::string> strings_from(const std::string& text) {
  std::vector<std::string> out;
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& s : v.as_array())
    if (s.is_string()) out.emplace_back(s.as_string());
  return out;
}

std::string strings_text(const std::vector<std::string>& values) {
  json::array a;
  for (const auto& v : values) a.emplace_back(v);
  return json::serialize(a);
}

Plan plan_from(const db::Row& row) {
  db::Cursor c(row);
  Plan p;
  p.id = c.int64();
  p.customer_id = c.int64();
  p.contract_id = c.int64();
  p.contract_number = c.text();
  p.name = c.text();
  p.source_kind = c.text();
  p.paths = strings_from(c.text());
  p.dump_command = strings_from(c.text());
  p.dump_filename = c.text();
  p.schedule_kind = c.text();
  p.interval_minutes = c.int32();
  p.daily_at = c.text();
  p.retention.keep_last = c.int32();
  p.retention.keep_daily = c.int32();
  p.retention.keep_weekly = c.int32();
  p.retention.keep_monthly = c.int32();
  p.repository = c.text();
  p.location = c.text();
  p.restore_test_days = c.int32();
  p.timeout_minutes = c.int32();
  p.status = c.text();
  p.next_run_at = c.opt_text();
  p.last_restore_test_at = c.opt_text();
  p.created_by = c.text();
  p.created_at = c.text();
  p.updated_at = c.text();
  p.password_sealed = c.text();
  p.ssh_host = c.text();
  p.ssh_port = c.int32();
  p.ssh_user = c.text();
  p.ssh_key_sealed = c.text();
  p.ssh_known_hosts = c.text();
  c.finish();
  return p;
}

Run run_from(const db::Row& row) {
  db::Cursor c(row);
  Run r;
  r.id = c.int64();
  r.plan_id = c.opt_int64();
  r.plan_name = c.text();
  r.customer_id = c.int64();
  r.contract_id = c.opt_int64();
  r.engine = c.text();
  r.kind = c.text();
  r.job_name = c.text();
  r.status = c.text();
  r.due_at = c.opt_text();
  r.started_at = c.text();
  r.ended_at = c.opt_text();
  r.files = c.opt_int64();
  r.files_new = c.opt_int64();
  r.bytes_added = c.opt_int64();
  r.bytes_processed = c.opt_int64();
  r.snapshot_id = c.opt_text();
  r.reason = c.opt_text();
  r.ticket_number = c.opt_text();
  r.log_excerpt = c.text();
  r.reported_by = c.text();
  c.finish();
  return r;
}

Restore restore_from(const db::Row& row) {
  db::Cursor c(row);
  Restore x;
  x.id = c.int64();
  x.plan_id = c.int64();
  x.plan_name = c.text();
  x.customer_id = c.int64();
  x.snapshot_id = c.text();
  x.paths = strings_from(c.text());
  x.target_kind = c.text();
  x.target_path = c.text();
  x.status = c.text();
  x.note = c.text();
  x.requested_by = c.text();
  x.requested_at = c.text();
  x.decided_by = c.opt_text();
  x.decided_at = c.opt_text();
  x.decision_note = c.opt_text();
  x.executed_at = c.opt_text();
  x.failure_reason = c.opt_text();
  x.files_verified = c.opt_int64();
  x.bytes_restored = c.opt_int64();
  x.verification = c.text();
  x.confirmed_by = c.opt_text();
  x.confirmed_at = c.opt_text();
  x.confirmation_note = c.opt_text();
  c.finish();
  return x;
}

}  // namespace

Result<db::Counted<Plan>> list_plans(db::Tx& tx, const Context& ctx, const PlanFilter& f) {
  db::ListSql sql(kPlanList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.status) sql.add("p.status = ?", *f.status);
  if (f.customer_id) sql.add("p.customer_id = ?", *f.customer_id);
  if (f.contract_id) sql.add("p.contract_id = ?", *f.contract_id);
  return db::list_page<Plan>(tx, sql, kPlanCount, kPlanCols, f.sort, f.limit, f.offset, plan_from);
}

Result<std::optional<Plan>> find_plan(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kPlanCols) + " WHERE p.id = $1", {id}));
  if (!row) return std::optional<Plan>{};
  return std::optional<Plan>(plan_from(*row));
}

Result<std::int64_t> insert_plan(db::Tx& tx, const Plan& p) {
  const auto& r = p.retention;
  return tx.insert(kInsertPlan, {p.customer_id,
                                 p.contract_id,
                                 p.contract_number,
                                 p.name,
                                 p.source_kind,
                                 strings_text(p.paths),
                                 strings_text(p.dump_command),
                                 p.dump_filename,
                                 p.schedule_kind,
                                 p.interval_minutes,
                                 p.daily_at,
                                 r.keep_last,
                                 r.keep_daily,
                                 r.keep_weekly,
                                 r.keep_monthly,
                                 p.repository,
                                 p.location,
                                 p.password_sealed,
                                 p.restore_test_days,
                                 p.timeout_minutes,
                                 p.status,
                                 p.next_run_at,
                                 p.created_by,
                                 p.created_at,
                                 p.updated_at,
                                 p.ssh_host,
                                 p.ssh_port,
                                 p.ssh_user,
                                 p.ssh_key_sealed});
}

Status update_plan(db::Tx& tx, const Plan& p) {
  const auto& r = p.retention;
  COLO_CHECK(tx.exec(kUpdatePlan, {p.id,
                                   p.contract_id,
                                   p.contract_number,
                                   p.customer_id,
                                   p.name,
                                   p.source_kind,
                                   strings_text(p.paths),
                                   strings_text(p.dump_command),
                                   p.dump_filename,
                                   p.schedule_kind,
                                   p.interval_minutes,
                                   p.daily_at,
                                   r.keep_last,
                                   r.keep_daily,
                                   r.keep_weekly,
                                   r.keep_monthly,
                                   p.repository,
                                   p.location,
                                   p.password_sealed,
                                   p.restore_test_days,
                                   p.timeout_minutes,
                                   p.status,
                                   p.next_run_at,
                                   p.updated_at,
                                   p.ssh_host,
                                   p.ssh_port,
                                   p.ssh_user,
                                   p.ssh_key_sealed}));
  return {};
}

Status record_first_contact(db::Tx& tx, std::int64_t plan_id, const std::string& known_hosts) {
  COLO_CHECK(tx.exec(kFirstContact, {plan_id, known_hosts}));
  return {};
}

Result<std::vector<Plan>> due_plans(db::Tx& tx, const std::string& now, int limit) {
  COLO_TRY(auto res, tx.query(std::string(kPlanCols) + std::string(kDuePlans), {now, limit}));
  std::vector<Plan> out;
  for (const auto& r : res.rows) out.push_back(plan_from(r));
  return out;
}

Result<std::vector<Plan>> restore_test_candidates(db::Tx& tx, const std::string& before, int limit) {
  COLO_TRY(auto res, tx.query(std::string(kPlanCols) + std::string(kTestCandidates), {before, limit}));
  std::vector<Plan> out;
  for (const auto& r : res.rows) out.push_back(plan_from(r));
  return out;
}

Result<bool> advance_plan(db::Tx& tx, std::int64_t id, const std::string& due_at, const std::string& next) {
  COLO_TRY(auto n, tx.exec(kAdvancePlan, {id, due_at, next}));
  return n > 0;
}

Status set_restore_tested(db::Tx& tx, std::int64_t id, const std::string& at) {
  COLO_CHECK(tx.exec(kRestoreTested, {id, at}));
  return {};
}

Result<std::vector<std::pair<std::int64_t, std::string>>> plan_roots(db::Tx& tx) {
  COLO_TRY(auto res, tx.query(kPlanRoots));
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (const auto& row : res.rows) {
    db::Cursor c(row);
    const auto customer = c.int64();
    const auto paths = strings_from(c.text());
    c.finish();
    for (const auto& p : paths) out.emplace_back(customer, p);
  }
  return out;
}

Result<db::Counted<Run>> list_runs(db::Tx& tx, const Context& ctx, const RunFilter& f) {
  db::ListSql sql(kRunList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.customer_id) sql.add("r.customer_id = ?", *f.customer_id);
  if (f.status) sql.add("r.status = ?", *f.status);
  if (f.plan_id) sql.add("r.plan_id = ?", *f.plan_id);
  if (f.engine) sql.add("r.engine = ?", *f.engine);
  if (f.kind) sql.add("r.kind = ?", *f.kind);
  return db::list_page<Run>(tx, sql, kRunCount, kRunCols, f.sort, f.limit, f.offset, run_from);
}

Result<std::optional<Run>> find_run(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kRunCols) + " WHERE r.id = $1", {id}));
  if (!row) return std::optional<Run>{};
  return std::optional<Run>(run_from(*row));
}

Result<std::int64_t> insert_run(db::Tx& tx, const Run& r) {
  return tx.insert(kInsertRun, {r.plan_id,     r.plan_name, r.customer_id,   r.contract_id, r.engine,
                                r.kind,        r.job_name,  r.status,        r.due_at,      r.started_at,
                                r.ended_at,    r.files,     r.files_new,     r.bytes_added, r.bytes_processed,
                                r.snapshot_id, r.reason,    r.ticket_number, r.log_excerpt, r.reported_by});
}

Status finish_run(db::Tx& tx, const Run& r) {
  COLO_CHECK(tx.exec(kFinishRun, {r.id, r.status, r.ended_at, r.files, r.files_new, r.bytes_added, r.bytes_processed,
                                  r.snapshot_id, r.reason, r.ticket_number, r.log_excerpt}));
  return {};
}

Result<std::optional<std::string>> latest_snapshot(db::Tx& tx, std::int64_t plan_id) {
  COLO_TRY(auto row, tx.one(kLatestSnapshot, {plan_id}));
  if (!row) return std::optional<std::string>{};
  return std::optional<std::string>(row->text(0));
}

Result<ComplianceCount> run_counts(db::Tx& tx, const std::string& from, const std::string& to) {
  ComplianceCount out;
  COLO_TRY(auto row, tx.one(kRunCounts, {from, to}));
  if (row) {
    out.total = row->int64(0);
    out.met = row->int64(1);
  }
  COLO_TRY(auto failed, tx.query(kFailedRuns, {from, to}));
  for (const auto& r : failed.rows) out.failing_runs.push_back(r.int64(0));
  return out;
}

Result<db::Counted<Restore>> list_restores(db::Tx& tx, const Context& ctx, const RestoreFilter& f) {
  db::ListSql sql(kRestoreList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.status) sql.add("x.status = ?", *f.status);
  if (f.customer_id) sql.add("x.customer_id = ?", *f.customer_id);
  if (f.plan_id) sql.add("x.plan_id = ?", *f.plan_id);
  return db::list_page<Restore>(tx, sql, kRestoreCount, kRestoreCols, f.sort, f.limit, f.offset, restore_from);
}

Result<std::optional<Restore>> find_restore(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kRestoreCols) + " WHERE x.id = $1", {id}));
  if (!row) return std::optional<Restore>{};
  return std::optional<Restore>(restore_from(*row));
}

Result<std::int64_t> insert_restore(db::Tx& tx, const Restore& r) {
  return tx.insert(kInsertRestore, {r.plan_id, r.customer_id, r.snapshot_id, strings_text(r.paths), r.target_kind,
                                    r.target_path, r.status, r.note, r.requested_by, r.requested_at});
}

Result<bool> update_restore(db::Tx& tx, const Restore& r, const std::string& from) {
  COLO_TRY(auto n, tx.exec(kUpdateRestore, {r.id, r.status, r.decided_by, r.decided_at, r.decision_note, r.executed_at,
                                            r.failure_reason, r.files_verified, r.bytes_restored, r.verification,
                                            r.confirmed_by, r.confirmed_at, r.confirmation_note, from}));
  return n > 0;
}

}  // namespace colo::backupsvc::store
