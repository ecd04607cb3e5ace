#include "facility/changes_store.hpp"

#include "db/cursor.hpp"
#include "facility/store_rows.hpp"

namespace colo::facility::store {

const db::ListSpec kChangeList{.search = {"c.number", "c.title"},
                               .sorts = {{"window_start", "c.window_start"},
                                         {"number", "c.number"},
                                         {"status", "c.status"},
                                         {"risk", "c.risk"},
                                         {"created_at", "c.created_at"}},
                               .default_order = "c.window_start DESC, c.id DESC",
                               .tiebreak = "c.id"};

namespace {

constexpr std::string_view kChangeCols =
    "SELECT c.id, c.number, c.title, c.reason, c.risk, c.rollback_plan, c.window_start, c.window_end, c.rooms, "
    "c.racks, c.devices, c.feeds, c.computed_customers, c.customers, c.status, c.result, c.result_note, "
    "c.notified_at, c.started_at, c.closed_at, c.requested_by, c.created_at, c.updated_at FROM facility_changes c";
constexpr std::string_view kChangeCount = "SELECT COUNT(*) FROM facility_changes c";
constexpr std::string_view kNextNumber =
    "INSERT INTO facility_numbers (kind, year, last_value) VALUES ($1, $2, 1) ON CONFLICT (kind, year) DO UPDATE "
    "SET last_value = facility_numbers.last_value + 1 RETURNING last_value";
constexpr std::string_view kInsertChange =
    "INSERT INTO facility_changes (number, title, reason, risk, rollback_plan, window_start, window_end, rooms, "
    "racks, devices, feeds, computed_customers, customers, status, result, result_note, notified_at, started_at, "
    "closed_at, requested_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
    "$13, $14, $15, $16, $17, $18, $19, $20, $21, $22) RETURNING id";
constexpr std::string_view kUpdateChange =
    "UPDATE facility_changes SET customers = $2, status = $3, result = $4, result_note = $5, notified_at = $6, "
    "started_at = $7, closed_at = $8, updated_at = $9 WHERE id = $1";
constexpr std::string_view kSteps =
    "SELECT position, text, done_by, done_at FROM facility_change_steps WHERE change_id = $1 ORDER BY position";
constexpr std::string_view kInsertStep =
    "INSERT INTO facility_change_steps (change_id, position, text, done_by, done_at) VALUES ($1, $2, $3, $4, $5)";
constexpr std::string_view kUpdateStep =
    "UPDATE facility_change_steps SET done_by = $3, done_at = $4 WHERE change_id = $1 AND position = $2";
constexpr std::string_view kInProgress = " WHERE c.status = 'in_progress' ORDER BY c.window_start, c.id LIMIT $1";

Change change_from(const db::Row& r) {
  db::Cursor k(r);
  Change c;
  c.id = k.int64();
  c.number = k.text();
  c.title = k.text();
  c.reason = k.text();
  c.risk = k.text();
  c.rollback_plan = k.text();
  c.window_start = k.text();
  c.window_end = k.text();
  c.scope.rooms = ids_from(k.text());
  c.scope.racks = ids_from(k.text());
  c.scope.devices = ids_from(k.text());
  c.scope.feeds = ids_from(k.text());
  c.computed_customers = ids_from(k.text());
  c.customers = ids_from(k.text());
  c.status = k.text();
  c.result = k.opt_text();
  c.result_note = k.text();
  c.notified_at = k.opt_text();
  c.started_at = k.opt_text();
  c.closed_at = k.opt_text();
  c.requested_by = k.text();
  c.created_at = k.text();
  c.updated_at = k.text();
  k.finish();
  return c;
}

}  // namespace

Result<db::Counted<Change>> list_changes(db::Tx& tx, const ChangeFilter& f) {
  db::ListSql sql(kChangeList);
  sql.search(f.q);
  if (f.status) sql.add("c.status = ?", *f.status);
  if (f.risk) sql.add("c.risk = ?", *f.risk);
  if (f.from) sql.add("c.window_end > ?", *f.from);
  if (f.to) sql.add("c.window_start < ?", *f.to);
  return db::list_page<Change>(tx, sql, kChangeCount, kChangeCols, f.sort, f.limit, f.offset, change_from);
}

Result<std::optional<Change>> find_change(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kChangeCols) + " WHERE c.id = $1", {id}));
  if (!row) return std::optional<Change>{};
  Change c = change_from(*row);
  COLO_TRY(auto steps, tx.query(kSteps, {id}));
  for (const auto& r : steps.rows) {
    db::Cursor k(r);
    ChangeStep s;
    s.position = static_cast<int>(k.int64());
    s.text = k.text();
    s.done_by = k.opt_text();
    s.done_at = k.opt_text();
    k.finish();
    c.steps.push_back(std::move(s));
  }
  return std::optional<Change>(std::move(c));
}

Result<std::int64_t> next_change_number(db::Tx& tx, int year) {
  COLO_TRY(auto row, tx.one(kNextNumber, {std::string("CHG"), static_cast<std::int64_t>(year)}));
  if (!row) return Error::internal("facility_numbers: no value returned");
  return row->int64(0);
}

Result<std::int64_t> insert_change(db::Tx& tx, const Change& c) {
  COLO_TRY(auto id, tx.insert(kInsertChange, {c.number,
                                              c.title,
                                              c.reason,
                                              c.risk,
                                              c.rollback_plan,
                                              c.window_start,
                                              c.window_end,
                                              ids_text(c.scope.rooms),
                                              ids_text(c.scope.racks),
                                              ids_text(c.scope.devices),
                                              ids_text(c.scope.feeds),
                                              ids_text(c.computed_customers),
                                              ids_text(c.customers),
                                              c.status,
                                              c.result,
                                              c.result_note,
                                              c.notified_at,
                                              c.started_at,
                                              c.closed_at,
                                              c.requested_by,
                                              c.created_at,
                                              c.updated_at}));
  for (const auto& s : c.steps) COLO_CHECK(tx.exec(kInsertStep, {id, s.position, s.text, s.done_by, s.done_at}));
  return id;
}

Status update_change(db::Tx& tx, const Change& c) {
  COLO_CHECK(tx.exec(kUpdateChange, {c.id, ids_text(c.customers), c.status, c.result, c.result_note, c.notified_at,
                                     c.started_at, c.closed_at, c.updated_at}));
  return {};
}

Status update_step(db::Tx& tx, std::int64_t change_id, const ChangeStep& s) {
  COLO_CHECK(tx.exec(kUpdateStep, {change_id, s.position, s.done_by, s.done_at}));
  return {};
}

Result<std::vector<Change>> changes_in_progress(db::Tx& tx, int limit) {
  COLO_TRY(auto res, tx.query(std::string(kChangeCols) + std::string(kInProgress), {limit}));
  std::vector<Change> out;
  for (const auto& r : res.rows) out.push_back(change_from(r));
  return out;
}

}  // namespace colo::facility::store
