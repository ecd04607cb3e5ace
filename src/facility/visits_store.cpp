#include "db/cursor.hpp"
#include "db/list.hpp"
#include "facility/lists.hpp"
#include "facility/store.hpp"
#include "facility/store_rows.hpp"

namespace colo::facility::store {

const db::ListSpec kVisitList{.search = {"p.name", "v.purpose", "v.code"},
                              .sorts = {{"starts_at", "v.starts_at"},
                                        {"ends_at", "v.ends_at"},
                                        {"status", "v.status"},
                                        {"person", "p.name"},
                                        {"created_at", "v.created_at"}},
                              .default_order = "v.starts_at DESC, v.id DESC",
                              .tiebreak = "v.id",
                              .tenant_column = "v.customer_id"};

const db::ListSpec kEntryList{.search = {"e.person_name", "e.code", "e.escort"},
                              .sorts = {{"at", "e.at"}, {"event", "e.event"}, {"room", "e.room_id"}},
                              .default_order = "e.at DESC, e.id DESC",
                              .tiebreak = "e.id",
                              .tenant_column = "e.customer_id"};

namespace {

constexpr std::string_view kVisitCols =
    "SELECT v.id, v.customer_id, v.person_id, p.name, v.starts_at, v.ends_at, v.rooms, v.racks, v.purpose, "
    "v.carried, v.status, v.code, v.requested_by, v.decided_by, v.decided_at, v.checked_in_at, v.checked_out_at, "
    "v.escort, v.checked_in_room, v.created_at FROM facility_visits v JOIN facility_people p ON p.id = v.person_id";
constexpr std::string_view kVisitCount =
    "SELECT COUNT(*) FROM facility_visits v JOIN facility_people p ON p.id = v.person_id";
constexpr std::string_view kOverlap =
    "SELECT v.id FROM facility_visits v WHERE v.person_id = $1 AND v.status IN ('requested', 'approved', "
    "'checked_in') AND v.starts_at < $3 AND v.ends_at > $2 AND v.id <> $4 LIMIT 1";
constexpr std::string_view kInsertVisit =
    "INSERT INTO facility_visits (customer_id, person_id, starts_at, ends_at, rooms, racks, purpose, carried, "
    "status, requested_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id";
constexpr std::string_view kDecideVisit =
    "UPDATE facility_visits SET status = $2, code = $3, decided_by = $4, decided_at = $5 WHERE id = $1";
constexpr std::string_view kCheckIn =
    "UPDATE facility_visits SET status = 'checked_in', checked_in_at = $2, escort = $3, checked_in_room = $4 "
    "WHERE id = $1 AND status = 'approved'";
constexpr std::string_view kCheckOut =
    "UPDATE facility_visits SET status = 'checked_out', checked_out_at = $2 WHERE id = $1 AND status = 'checked_in'";

constexpr std::string_view kEntryCols =
    "SELECT e.id, e.at, e.room_id, e.visit_id, e.person_id, e.customer_id, e.person_name, e.event, e.reason, e.code, "
    "e.escort, e.actor FROM facility_entry_log e";
constexpr std::string_view kEntryCount = "SELECT COUNT(*) FROM facility_entry_log e";
constexpr std::string_view kInsertEntry =
    "INSERT INTO facility_entry_log (at, room_id, visit_id, person_id, customer_id, person_name, event, reason, code, "
    "escort, actor) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
constexpr std::string_view kDeleteEntriesBefore = "DELETE FROM facility_entry_log WHERE at < $1";

Visit visit_from(const db::Row& r) {
  db::Cursor c(r);
  Visit v;
  v.id = c.int64();
  v.customer_id = c.int64();
  v.person_id = c.int64();
  v.person_name = c.text();
  v.starts_at = c.text();
  v.ends_at = c.text();
  v.rooms = ids_from(c.text());
  v.racks = ids_from(c.text());
  v.purpose = c.text();
  v.carried = c.text();
  v.status = c.text();
  v.code = c.opt_text();
  v.requested_by = c.text();
  v.decided_by = c.opt_text();
  v.decided_at = c.opt_text();
  v.checked_in_at = c.opt_text();
  v.checked_out_at = c.opt_text();
  v.escort = c.opt_text();
  v.checked_in_room = c.opt_int64();
  v.created_at = c.text();
  c.finish();
  return v;
}

EntryLog entry_from(const db::Row& r) {
  db::Cursor c(r);
  EntryLog e;
  e.id = c.int64();
  e.at = c.text();
  e.room_id = c.opt_int64();
  e.visit_id = c.opt_int64();
  e.person_id = c.opt_int64();
  e.customer_id = c.opt_int64();
  e.person_name = c.text();
  e.event = c.text();
  e.reason = c.opt_text();
  e.code = c.opt_text();
  e.escort = c.opt_text();
  e.actor = c.text();
  c.finish();
  return e;
}

}  // namespace

Result<db::Counted<Visit>> list_visits(db::Tx& tx, const Context& ctx, const VisitFilter& f) {
  db::ListSql sql(kVisitList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.status) sql.add("v.status = ?", *f.status);
  if (f.customer) sql.add("v.customer_id = ?", *f.customer);
  if (f.person) sql.add("v.person_id = ?", *f.person);
  if (f.day_from && f.day_to) {
    // The window touches the day: it starts before the day ends and ends after it starts.
    sql.add("v.starts_at < ?", *f.day_to);
    sql.add("v.ends_at >= ?", *f.day_from);
  }
  return db::list_page<Visit>(tx, sql, kVisitCount, kVisitCols, f.sort, f.limit, f.offset, visit_from);
}

Result<std::optional<Visit>> find_visit(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kVisitCols) + " WHERE v.id = $1", {id}));
  if (!row) return std::optional<Visit>{};
  return std::optional<Visit>(visit_from(*row));
}

Result<std::optional<Visit>> find_visit_by_code(db::Tx& tx, const std::string& code) {
  COLO_TRY(auto row, tx.one(std::string(kVisitCols) + " WHERE v.code = $1", {code}));
  if (!row) return std::optional<Visit>{};
  return std::optional<Visit>(visit_from(*row));
}

Result<bool> overlapping_visit(db::Tx& tx, std::int64_t person_id, const std::string& starts_at,
                               const std::string& ends_at, std::optional<std::int64_t> except) {
  COLO_TRY(auto row, tx.one(kOverlap, {person_id, starts_at, ends_at, except.value_or(0)}));
  return row.has_value();
}

Result<std::int64_t> insert_visit(db::Tx& tx, const Visit& v) {
  return tx.insert(kInsertVisit, {v.customer_id, v.person_id, v.starts_at, v.ends_at, ids_text(v.rooms),
                                  ids_text(v.racks), v.purpose, v.carried, v.status, v.requested_by, v.created_at});
}

Status decide_visit(db::Tx& tx, std::int64_t id, const std::string& status, const std::optional<std::string>& code,
                    const std::string& by, const std::string& at) {
  COLO_CHECK(tx.exec(kDecideVisit, {id, status, code, by, at}));
  return {};
}

Result<bool> check_in(db::Tx& tx, std::int64_t id, const std::string& at, const std::string& escort,
                      std::int64_t room_id) {
  COLO_TRY(auto n, tx.exec(kCheckIn, {id, at, escort, room_id}));
  return n == 1;
}

Result<bool> check_out(db::Tx& tx, std::int64_t id, const std::string& at) {
  COLO_TRY(auto n, tx.exec(kCheckOut, {id, at}));
  return n == 1;
}

Result<db::Counted<EntryLog>> list_entries(db::Tx& tx, const Context& ctx, const EntryFilter& f) {
  db::ListSql sql(kEntryList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.event) sql.add("e.event = ?", *f.event);
  if (f.room) sql.add("e.room_id = ?", *f.room);
  if (f.customer) sql.add("e.customer_id = ?", *f.customer);
  if (f.visit) sql.add("e.visit_id = ?", *f.visit);
  if (f.from) sql.add("e.at >= ?", *f.from);
  if (f.to) sql.add("e.at < ?", *f.to);
  return db::list_page<EntryLog>(tx, sql, kEntryCount, kEntryCols, f.sort, f.limit, f.offset, entry_from);
}

Status insert_entry(db::Tx& tx, const EntryLog& e) {
  COLO_CHECK(tx.exec(kInsertEntry, {e.at, e.room_id, e.visit_id, e.person_id, e.customer_id, e.person_name, e.event,
                                    e.reason, e.code, e.escort, e.actor}));
  return {};
}

Result<std::int64_t> delete_entries_before(db::Tx& tx, const std::string& before,
                                           const std::vector<std::int64_t>& kept) {
  if (kept.empty()) return tx.exec(kDeleteEntriesBefore, {before});
  std::string sql = std::string(kDeleteEntriesBefore) + " AND id NOT IN (";
  db::Params params{before};
  for (std::size_t i = 0; i < kept.size(); ++i) {
    sql += (i ? ", $" : "$") + std::to_string(i + 2);
    params.push_back(kept[i]);
  }
  return tx.exec(sql + ")", params);
}

}  // namespace colo::facility::store
