#include "audit/store.hpp"

#include "audit/lists.hpp"

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "db/tenant.hpp"

namespace colo::audit::store {

namespace {

// Any constant works; it only has to be the same on every server sharing the database.
constexpr std::string_view kLastHash = "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1";
constexpr std::string_view kInsert =
    "INSERT INTO audit_log (at, actor_id, actor, roles, request_id, source, object_type, object_id, "
    "action, customer_id, before_json, after_json, prev_hash, hash, alg) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)";
constexpr std::string_view kColumns =
    "SELECT id, at, actor_id, actor, roles, request_id, source, object_type, object_id, action, "
    "customer_id, before_json, after_json, prev_hash, hash, alg FROM audit_log";
constexpr std::string_view kLast = "SELECT id, hash, alg FROM audit_log ORDER BY id DESC LIMIT 1";
constexpr std::string_view kFind = "SELECT id, hash, alg FROM audit_log WHERE id = $1";
constexpr std::string_view kCountUpTo = "SELECT COUNT(*) FROM audit_log WHERE id <= $1";
constexpr std::string_view kAfter = " WHERE id > $1 ORDER BY id LIMIT $2";
constexpr std::string_view kCount = "SELECT COUNT(*) FROM audit_log";
constexpr std::string_view kActors = "SELECT DISTINCT actor FROM audit_log ORDER BY actor LIMIT $1";
}  // namespace

// Declared in audit/lists.hpp: the routes document the list's parameters from it.
const db::ListSpec kEntryList{
    .search = {"actor", "object_type", "object_id", "action"},
    .sorts = {{"id", "id"}, {"at", "at"}, {"actor", "actor"}, {"object_type", "object_type"}, {"action", "action"}},
    .default_order = "id DESC",
    .tiebreak = "id",
    .tenant_column = "customer_id"};

namespace {

// The mappers read their SELECT's columns in the order written there (db::Cursor) and end with
// finish(), so a column added to one and not the other fails every test that reads such a row.
Row row_from(const db::Row& r) {
  db::Cursor c(r);
  Row e;
  e.id = c.int64();
  e.at = c.text();
  e.actor_id = c.int64();
  e.actor = c.text();
  e.roles = c.text();
  e.request_id = c.text();
  e.source = c.text();
  e.object_type = c.text();
  e.object_id = c.text();
  e.action = c.text();
  e.customer_id = c.opt_int64();
  e.before_json = c.text();
  e.after_json = c.text();
  e.prev_hash = c.text();
  e.hash = c.text();
  e.alg = c.int32();
  c.finish();
  return e;
}

Result<std::optional<Head>> head_of(db::Tx& tx, std::string_view sql, db::Params params) {
  COLO_TRY(auto row, tx.one(sql, std::move(params)));
  if (!row) return std::optional<Head>{};
  db::Cursor c(*row);
  Head head;
  head.id = c.int64();
  head.hash = c.text();
  head.alg = c.int32();
  c.finish();
  return std::optional<Head>(std::move(head));
}

}  // namespace

Status lock_chain(db::Tx& tx) { return tx.serialize_writers(); }

Result<std::optional<std::string>> last_hash(db::Tx& tx) {
  COLO_TRY(auto row, tx.one(kLastHash));
  if (!row) return std::optional<std::string>{};
  return std::optional<std::string>(row->text(0));
}

Status insert(db::Tx& tx, const Row& r) {
  COLO_CHECK(tx.exec(kInsert, {r.at, r.actor_id, r.actor, r.roles, r.request_id, r.source, r.object_type, r.object_id,
                               r.action, r.customer_id, r.before_json, r.after_json, r.prev_hash, r.hash, r.alg}));
  return {};
}

Result<std::optional<Head>> last(db::Tx& tx) { return head_of(tx, kLast, {}); }

Result<std::optional<Head>> find(db::Tx& tx, std::int64_t id) { return head_of(tx, kFind, {id}); }

Result<std::int64_t> count_up_to(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(kCountUpTo, {id}));
  return row->int64(0);
}

Result<std::vector<Row>> entries_after(db::Tx& tx, std::int64_t after_id, std::int64_t limit) {
  COLO_TRY(auto res, tx.query(std::string(kColumns) + std::string(kAfter), {after_id, limit}));
  std::vector<Row> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(row_from(r));
  return out;
}

Result<std::pair<std::int64_t, std::vector<Row>>> search(db::Tx& tx, const Context& ctx, const Filter& f) {
  db::ListSql sql(kEntryList);
  sql.tenant(ctx);
  if (f.actor) sql.add("actor = ?", *f.actor);
  if (f.object_type) sql.add("object_type = ?", *f.object_type);
  if (f.object_id) sql.add("object_id = ?", *f.object_id);
  if (f.action) sql.add("action = ?", *f.action);
  if (f.customer) sql.add("customer_id = ?", *f.customer);
  if (f.from) sql.add("at >= ?", format_instant(*f.from));
  if (f.to) sql.add("at < ?", format_instant(*f.to));
  sql.search(f.q);
  return db::list_page<Row>(tx, sql, kCount, kColumns, f.sort, f.limit, f.offset, row_from);
}

Result<std::vector<std::string>> actors(db::Tx& tx, std::int64_t limit) {
  COLO_TRY(auto res, tx.query(kActors, {limit}));
  std::vector<std::string> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(r.text(0));
  return out;
}

namespace {
constexpr std::string_view kArchives =
    "SELECT id, first_id, last_id, until_at, entries, prev_hash, head_hash, head_alg, file, file_digest, created_at "
    "FROM audit_archives ORDER BY last_id";
constexpr std::string_view kArchivedEntries = "SELECT COALESCE(SUM(entries), 0) FROM audit_archives";
constexpr std::string_view kInsertArchive =
    "INSERT INTO audit_archives (first_id, last_id, until_at, entries, prev_hash, head_hash, head_alg, file, "
    "file_digest, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
constexpr std::string_view kFirstAtOrAfter = "SELECT MIN(id) FROM audit_log WHERE at >= $1";
constexpr std::string_view kMaxId = "SELECT COALESCE(MAX(id), 0) FROM audit_log";
// `at < $3` as well: whatever the ids say, nothing younger than the retention is ever deleted.
constexpr std::string_view kDeleteArchived = "DELETE FROM audit_log WHERE id > $1 AND id <= $2 AND at < $3";
}  // namespace

Result<std::vector<Archive>> archives(db::Tx& tx) {
  COLO_TRY(auto res, tx.query(kArchives));
  std::vector<Archive> out;
  for (const auto& r : res.rows)
    out.push_back(Archive{r.int64(0), r.int64(1), r.int64(2), r.text(3), r.int64(4), r.text(5), r.text(6),
                          static_cast<int>(r.int64(7)), r.text(8), r.text(9), r.text(10)});
  return out;
}

Result<std::int64_t> archived_entries(db::Tx& tx) {
  COLO_TRY(auto row, tx.one(kArchivedEntries));
  return row ? row->int64(0) : 0;
}

Status insert_archive(db::Tx& tx, const Archive& a) {
  COLO_CHECK(tx.exec(kInsertArchive, {a.first_id, a.last_id, a.until_at, a.entries, a.prev_hash, a.head_hash,
                                      static_cast<std::int64_t>(a.head_alg), a.file, a.file_digest, a.created_at}));
  return {};
}

Result<std::optional<std::int64_t>> first_id_at_or_after(db::Tx& tx, const std::string& at) {
  COLO_TRY(auto row, tx.one(kFirstAtOrAfter, {at}));
  if (!row || row->is_null(0)) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(row->int64(0));
}

Result<std::int64_t> max_id(db::Tx& tx) {
  COLO_TRY(auto row, tx.one(kMaxId));
  return row ? row->int64(0) : 0;
}

Result<std::int64_t> delete_archived(db::Tx& tx, std::int64_t after_id, std::int64_t up_to, const std::string& before) {
  return tx.exec(kDeleteArchived, {after_id, up_to, before});
}

}  // namespace colo::audit::store
