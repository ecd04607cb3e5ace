#include "facility/drills_store.hpp"

#include <boost/json.hpp>

#include "db/cursor.hpp"

namespace colo::facility::store {

namespace json = boost::json;

const db::ListSpec kPlanList{.search = {"p.title", "p.owner"},
                             .sorts = {{"scenario", "p.scenario"},
                                       {"title", "p.title"},
                                       {"last_held_on", "last_held_on"},
                                       {"updated_at", "p.updated_at"}},
                             .default_order = "p.scenario, p.title, p.id",
                             .tiebreak = "p.id"};

const db::ListSpec kDrillList{.search = {"d.title", "p.title"},
                              .sorts = {{"scheduled_on", "d.scheduled_on"},
                                        {"status", "d.status"},
                                        {"held_on", "d.held_on"},
                                        {"created_at", "d.created_at"}},
                              .default_order = "d.scheduled_on DESC, d.id DESC",
                              .tiebreak = "d.id"};

namespace {

constexpr std::string_view kPlanCols =
    "SELECT p.id, p.scenario, p.title, p.owner, p.version, (SELECT MAX(d.held_on) FROM facility_drills d WHERE "
    "d.plan_id = p.id AND d.status = 'held') AS last_held_on, p.created_at, p.updated_at FROM facility_plans p";
constexpr std::string_view kPlanCount = "SELECT COUNT(*) FROM facility_plans p";
constexpr std::string_view kInsertPlan =
    "INSERT INTO facility_plans (scenario, title, owner, version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, "
    "$6) RETURNING id";
constexpr std::string_view kUpdatePlan =
    "UPDATE facility_plans SET owner = $2, version = $3, updated_at = $4 WHERE id = $1";
constexpr std::string_view kVersions =
    "SELECT version, body, owner, created_by, created_at, superseded_at FROM facility_plan_versions WHERE plan_id = $1 "
    "ORDER BY version DESC";
constexpr std::string_view kInsertVersion =
    "INSERT INTO facility_plan_versions (plan_id, version, body, owner, created_by, created_at) VALUES ($1, $2, $3, "
    "$4, $5, $6)";
constexpr std::string_view kSupersede =
    "UPDATE facility_plan_versions SET superseded_at = $3 WHERE plan_id = $1 AND version = $2 AND superseded_at IS "
    "NULL";

constexpr std::string_view kDrillCols =
    "SELECT d.id, d.plan_id, p.title, p.scenario, d.plan_version, d.title, d.scheduled_on, d.status, d.held_on, "
    "d.participants, (SELECT COUNT(*) FROM facility_drill_actions a WHERE a.drill_id = d.id AND a.status = 'open'), "
    "d.created_by, d.created_at FROM facility_drills d JOIN facility_plans p ON p.id = d.plan_id";
constexpr std::string_view kDrillCount =
    "SELECT COUNT(*) FROM facility_drills d JOIN facility_plans p ON p.id = d.plan_id";
constexpr std::string_view kInsertDrill =
    "INSERT INTO facility_drills (plan_id, plan_version, title, scheduled_on, status, held_on, participants, "
    "created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
constexpr std::string_view kUpdateDrill =
    "UPDATE facility_drills SET plan_version = $2, status = $3, held_on = $4, participants = $5 WHERE id = $1";
constexpr std::string_view kEntries =
    "SELECT id, kind, at, text, created_by FROM facility_drill_entries WHERE drill_id = $1 ORDER BY at, id";
constexpr std::string_view kInsertEntry =
    "INSERT INTO facility_drill_entries (drill_id, kind, at, text, created_by) VALUES ($1, $2, $3, $4, $5)";
constexpr std::string_view kActionCols =
    "SELECT id, drill_id, text, owner, due_on, status, closed_by, closed_at, closing_note FROM facility_drill_actions";
constexpr std::string_view kInsertAction =
    "INSERT INTO facility_drill_actions (drill_id, text, owner, due_on, status, closing_note) VALUES ($1, $2, $3, $4, "
    "'open', '')";
constexpr std::string_view kCloseAction =
    "UPDATE facility_drill_actions SET status = 'closed', closed_by = $2, closed_at = $3, closing_note = $4 WHERE id = "
    "$1 AND status = 'open'";
// Findings and actions are counted per drill first, so that joining both does not multiply them.
constexpr std::string_view kYearCounts =
    "SELECT d.plan_id, COUNT(*), CAST(SUM(CASE WHEN d.status = 'held' THEN 1 ELSE 0 END) AS BIGINT), "
    "CAST(SUM(COALESCE(f.n, 0)) AS BIGINT), CAST(SUM(COALESCE(a.open_n, 0)) AS BIGINT), "
    "CAST(SUM(COALESCE(a.closed_n, 0)) AS BIGINT) FROM facility_drills d "
    "LEFT JOIN (SELECT drill_id, COUNT(*) AS n FROM facility_drill_entries WHERE kind = 'finding' GROUP BY drill_id) f "
    "ON f.drill_id = d.id "
    "LEFT JOIN (SELECT drill_id, SUM(CASE WHEN status = 'open' THEN 1 ELSE 0 END) AS open_n, "
    "SUM(CASE WHEN status = 'closed' THEN 1 ELSE 0 END) AS closed_n FROM facility_drill_actions GROUP BY drill_id) a "
    "ON a.drill_id = d.id "
    "WHERE d.scheduled_on >= $1 AND d.scheduled_on < $2 AND d.status <> 'cancelled' GROUP BY d.plan_id";

EmergencyPlan plan_from(const db::Row& r) {
  db::Cursor c(r);
  EmergencyPlan p;
  p.id = c.int64();
  p.scenario = c.text();
  p.title = c.text();
  p.owner = c.text();
  p.version = static_cast<int>(c.int64());
  p.last_held_on = c.opt_text();
  p.created_at = c.text();
  p.updated_at = c.text();
  c.finish();
  return p;
}

std::vector<std::string> names_from(const std::string& text) {
  std::vector<std::string> out;
  auto v = json::parse(text);
  for (const auto& n : v.as_array()) out.emplace_back(n.as_string());
  return out;
}

std::string names_text(const std::vector<std::string>& names) {
  json::array a;
  for (const auto& n : names) a.emplace_back(n);
  return json::serialize(a);
}

Drill drill_from(const db::Row& r) {
  db::Cursor c(r);
  Drill d;
  d.id = c.int64();
  d.plan_id = c.int64();
  d.plan_title = c.text();
  d.scenario = c.text();
  if (auto v = c.opt_int64()) d.plan_version = static_cast<int>(*v);
  d.title = c.text();
  d.scheduled_on = c.text();
  d.status = c.text();
  d.held_on = c.opt_text();
  d.participants = names_from(c.text());
  d.open_actions = c.int64();
  d.created_by = c.text();
  d.created_at = c.text();
  c.finish();
  return d;
}

DrillAction action_from(const db::Row& r) {
  db::Cursor c(r);
  DrillAction a;
  a.id = c.int64();
  a.drill_id = c.int64();
  a.text = c.text();
  a.owner = c.text();
  a.due_on = c.text();
  a.status = c.text();
  a.closed_by = c.opt_text();
  a.closed_at = c.opt_text();
  a.closing_note = c.text();
  c.finish();
  return a;
}

}  // namespace

Result<db::Counted<EmergencyPlan>> list_plans(db::Tx& tx, const EmergencyPlanFilter& f) {
  db::ListSql sql(kPlanList);
  sql.search(f.q);
  if (f.scenario) sql.add("p.scenario = ?", *f.scenario);
  return db::list_page<EmergencyPlan>(tx, sql, kPlanCount, kPlanCols, f.sort, f.limit, f.offset, plan_from);
}

Result<std::optional<EmergencyPlan>> find_plan(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kPlanCols) + " WHERE p.id = $1", {id}));
  if (!row) return std::optional<EmergencyPlan>{};
  EmergencyPlan p = plan_from(*row);
  COLO_TRY(auto versions, tx.query(kVersions, {id}));
  for (const auto& r : versions.rows) {
    db::Cursor c(r);
    EmergencyPlanVersion v;
    v.version = static_cast<int>(c.int64());
    v.body = c.text();
    v.owner = c.text();
    v.created_by = c.text();
    v.created_at = c.text();
    v.superseded_at = c.opt_text();
    c.finish();
    p.versions.push_back(std::move(v));
  }
  return std::optional<EmergencyPlan>(std::move(p));
}

Result<std::int64_t> insert_plan(db::Tx& tx, const EmergencyPlan& p) {
  return tx.insert(kInsertPlan, {p.scenario, p.title, p.owner, p.version, p.created_at, p.updated_at});
}

Status insert_plan_version(db::Tx& tx, std::int64_t plan_id, const EmergencyPlanVersion& v) {
  COLO_CHECK(tx.exec(kInsertVersion, {plan_id, v.version, v.body, v.owner, v.created_by, v.created_at}));
  return {};
}

Status supersede_plan_version(db::Tx& tx, std::int64_t plan_id, int version, const std::string& at) {
  COLO_CHECK(tx.exec(kSupersede, {plan_id, version, at}));
  return {};
}

Status update_plan(db::Tx& tx, const EmergencyPlan& p) {
  COLO_CHECK(tx.exec(kUpdatePlan, {p.id, p.owner, p.version, p.updated_at}));
  return {};
}

Result<db::Counted<Drill>> list_drills(db::Tx& tx, const DrillFilter& f) {
  db::ListSql sql(kDrillList);
  sql.search(f.q);
  if (f.status) sql.add("d.status = ?", *f.status);
  if (f.scenario) sql.add("p.scenario = ?", *f.scenario);
  if (f.year) {
    sql.add("d.scheduled_on >= ?", std::to_string(*f.year) + "-01-01");
    sql.add("d.scheduled_on < ?", std::to_string(*f.year + 1) + "-01-01");
  }
  return db::list_page<Drill>(tx, sql, kDrillCount, kDrillCols, f.sort, f.limit, f.offset, drill_from);
}

Result<std::optional<Drill>> find_drill(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kDrillCols) + " WHERE d.id = $1", {id}));
  if (!row) return std::optional<Drill>{};
  Drill d = drill_from(*row);
  COLO_TRY(auto entries, tx.query(kEntries, {id}));
  for (const auto& r : entries.rows) {
    db::Cursor c(r);
    DrillEntry e;
    e.id = c.int64();
    e.kind = c.text();
    e.at = c.text();
    e.text = c.text();
    e.created_by = c.text();
    c.finish();
    d.entries.push_back(std::move(e));
  }
  COLO_TRY(auto actions, tx.query(std::string(kActionCols) + " WHERE drill_id = $1 ORDER BY due_on, id", {id}));
  for (const auto& r : actions.rows) d.actions.push_back(action_from(r));
  return std::optional<Drill>(std::move(d));
}

Result<std::int64_t> insert_drill(db::Tx& tx, const Drill& d) {
  std::optional<std::int64_t> version;
  if (d.plan_version) version = *d.plan_version;
  return tx.insert(kInsertDrill, {d.plan_id, version, d.title, d.scheduled_on, d.status, d.held_on,
                                  names_text(d.participants), d.created_by, d.created_at});
}

Status update_drill(db::Tx& tx, const Drill& d) {
  std::optional<std::int64_t> version;
  if (d.plan_version) version = *d.plan_version;
  COLO_CHECK(tx.exec(kUpdateDrill, {d.id, version, d.status, d.held_on, names_text(d.participants)}));
  return {};
}

Status insert_entry(db::Tx& tx, std::int64_t drill_id, const DrillEntry& e) {
  COLO_CHECK(tx.exec(kInsertEntry, {drill_id, e.kind, e.at, e.text, e.created_by}));
  return {};
}

Status insert_action(db::Tx& tx, const DrillAction& a) {
  COLO_CHECK(tx.exec(kInsertAction, {a.drill_id, a.text, a.owner, a.due_on}));
  return {};
}

Result<std::optional<DrillAction>> find_action(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kActionCols) + " WHERE id = $1", {id}));
  if (!row) return std::optional<DrillAction>{};
  return std::optional<DrillAction>(action_from(*row));
}

Result<bool> close_action(db::Tx& tx, std::int64_t id, const std::string& by, const std::string& at,
                          const std::string& note) {
  COLO_TRY(auto n, tx.exec(kCloseAction, {id, by, at, note}));
  return n > 0;
}

Result<std::vector<PlanYearCounts>> plan_year_counts(db::Tx& tx, const std::string& from, const std::string& to) {
  COLO_TRY(auto res, tx.query(kYearCounts, {from, to}));
  std::vector<PlanYearCounts> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    PlanYearCounts p;
    p.plan_id = c.int64();
    p.scheduled = c.int64();
    p.held = c.int64();
    p.findings = c.int64();
    p.actions_open = c.int64();
    p.actions_closed = c.int64();
    c.finish();
    out.push_back(p);
  }
  return out;
}

}  // namespace colo::facility::store
