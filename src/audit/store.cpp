#include "audit/store.hpp"

#include "db/list.hpp"
#include "db/page.hpp"
#include "db/tenant.hpp"

namespace colo::audit::store {

namespace {

// Any constant works; it only has to be the same on every server sharing the database.
constexpr std::string_view kLastHash = "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1";
constexpr std::string_view kInsert =
    "INSERT INTO audit_log (at, actor_id, actor, roles, request_id, source, object_type, object_id, "
    "action, customer_id, before_json, after_json, prev_hash, hash) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)";
constexpr std::string_view kColumns =
    "SELECT id, at, actor_id, actor, roles, request_id, source, object_type, object_id, action, "
    "customer_id, before_json, after_json, prev_hash, hash FROM audit_log";
constexpr std::string_view kAfter = " WHERE id > $1 ORDER BY id LIMIT $2";
constexpr std::string_view kCount = "SELECT COUNT(*) FROM audit_log";
const db::ListSpec kEntryList{.search = {"actor", "object_type", "object_id", "action"},
                              .sorts = {{"id", "id"},
                                        {"at", "at"},
                                        {"actor", "actor"},
                                        {"object_type", "object_type"},
                                        {"action", "action"}},
                              .default_order = "id DESC",
                              .tiebreak = "id",
                              .tenant_column = "customer_id"};

Row row_from(const db::Row& r) {
  return Row{r.int64(0),  r.text(1),      r.int64(2),  r.text(3),  r.text(4),
             r.text(5),   r.text(6),      r.text(7),   r.text(8),  r.text(9),
             r.opt_int64(10), r.text(11), r.text(12), r.text(13), r.text(14)};
}

}  // namespace

Status lock_chain(db::Tx& tx) { return tx.serialize_writers(); }

Result<std::optional<std::string>> last_hash(db::Tx& tx) {
  COLO_TRY(auto row, tx.one(kLastHash));
  if (!row) return std::optional<std::string>{};
  return std::optional<std::string>(row->text(0));
}

Status insert(db::Tx& tx, const Row& r) {
  COLO_CHECK(tx.exec(kInsert, {r.at, r.actor_id, r.actor, r.roles, r.request_id, r.source, r.object_type,
                               r.object_id, r.action, r.customer_id, r.before_json, r.after_json, r.prev_hash,
                               r.hash}));
  return {};
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

}  // namespace colo::audit::store
