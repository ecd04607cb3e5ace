#include "facility/findings_store.hpp"

#include "core/crypto.hpp"
#include "db/cursor.hpp"

namespace colo::facility::findings_store {

const db::ListSpec kFindingList{.search = {"f.checkpoint_name", "f.item_label", "f.template_name", "f.assignee"},
                                .sorts = {{"deadline_at", "f.deadline_at"},
                                          {"created_at", "f.created_at"},
                                          {"closed_at", "f.closed_at"},
                                          {"severity", "f.severity"},
                                          {"status", "f.status"}},
                                .default_order = "f.deadline_at, f.id",
                                .tiebreak = "f.id"};

namespace {

constexpr std::string_view kCols =
    "SELECT f.id, f.round_id, f.checkpoint_key, f.item_key, f.template_name, f.checkpoint_name, f.checkpoint_kind, "
    "f.ref_id, f.item_label, f.reading, f.severity, f.status, f.deadline_at, f.assignee, f.rectification_note, "
    "f.rectified_by, f.rectified_at, f.verified_by, f.verified_at, f.dismiss_reason, f.closed_at, f.created_at, "
    "f.updated_at, f.photo_type FROM facility_findings f";
constexpr std::string_view kSetPhoto =
    "UPDATE facility_findings SET photo_type = $2, photo_size = $3, photo_data = $4 WHERE id = $1";
constexpr std::string_view kPhoto =
    "SELECT photo_type, photo_data FROM facility_findings WHERE id = $1 AND photo_type IS NOT NULL";
constexpr std::string_view kCount = "SELECT COUNT(*) FROM facility_findings f";
constexpr std::string_view kInsert =
    "INSERT INTO facility_findings (round_id, checkpoint_key, item_key, template_name, checkpoint_name, "
    "checkpoint_kind, ref_id, item_label, reading, severity, status, deadline_at, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'open', $11, $12, $12) "
    "ON CONFLICT (round_id, checkpoint_key, item_key) DO NOTHING RETURNING id";
constexpr std::string_view kIdOf =
    "SELECT id FROM facility_findings WHERE round_id = $1 AND checkpoint_key = $2 AND item_key = $3";
constexpr std::string_view kUpdate =
    "UPDATE facility_findings SET status = $2, assignee = $3, rectification_note = $4, rectified_by = $5, "
    "rectified_at = $6, verified_by = $7, verified_at = $8, dismiss_reason = $9, closed_at = $10, updated_at = $11 "
    "WHERE id = $1";
// Open, as a fragment with the instant bound to "?".
constexpr std::string_view kOverdueFragment = "(f.status NOT IN ('verified', 'dismissed') AND f.deadline_at < ?)";
constexpr std::string_view kNotOverdueFragment =
    "NOT (f.status NOT IN ('verified', 'dismissed') AND f.deadline_at < ?)";
constexpr std::string_view kOverdue =
    " WHERE f.status NOT IN ('verified', 'dismissed') AND f.deadline_at < $1 ORDER BY f.deadline_at, f.id LIMIT $2";
constexpr std::string_view kOpenCounts =
    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN deadline_at < $1 THEN 1 ELSE 0 END), 0), MIN(deadline_at) FROM "
    "facility_findings WHERE status NOT IN ('verified', 'dismissed')";
constexpr std::string_view kDueBetween = " WHERE f.deadline_at >= $1 AND f.deadline_at < $2 ORDER BY f.id";

auto order_from(const std::string& now) {
  return [now](const db::Row& row) {
    db::Cursor c(row);
    FindingOrder o;
    o.id = c.int64();
    o.round_id = c.int64();
    o.checkpoint_key = c.text();
    o.item_key = c.text();
    o.template_name = c.text();
    o.checkpoint_name = c.text();
    o.checkpoint_kind = c.text();
    o.ref_id = c.opt_int64();
    o.item_label = c.text();
    o.reading = c.text();
    o.severity = static_cast<int>(c.int64());
    o.status = c.text();
    o.deadline_at = c.text();
    o.assignee = c.opt_text();
    o.rectification_note = c.opt_text();
    o.rectified_by = c.opt_text();
    o.rectified_at = c.opt_text();
    o.verified_by = c.opt_text();
    o.verified_at = c.opt_text();
    o.dismiss_reason = c.opt_text();
    o.closed_at = c.opt_text();
    o.created_at = c.text();
    o.updated_at = c.text();
    o.photo_type = c.opt_text();
    c.finish();
    o.overdue = !finding_closed(o.status) && o.deadline_at < now;
    return o;
  };
}

}  // namespace

Result<std::optional<std::int64_t>> insert(db::Tx& tx, const FindingOrder& o) {
  COLO_TRY(auto rows, tx.query(kInsert, {o.round_id, o.checkpoint_key, o.item_key, o.template_name, o.checkpoint_name,
                                         o.checkpoint_kind, o.ref_id, o.item_label, o.reading, o.severity,
                                         o.deadline_at, o.created_at}));
  if (rows.rows.empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(rows.rows[0].int64(0));
}

Result<std::optional<std::int64_t>> id_of(db::Tx& tx, std::int64_t round_id, const std::string& checkpoint,
                                          const std::string& item) {
  COLO_TRY(auto row, tx.one(kIdOf, {round_id, checkpoint, item}));
  if (!row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(row->int64(0));
}

Result<db::Counted<FindingOrder>> list(db::Tx& tx, const FindingFilter& f, const std::string& now) {
  db::ListSql sql(kFindingList);
  sql.search(f.q);
  if (f.status) sql.add("f.status = ?", *f.status);
  if (f.assignee) sql.add("f.assignee = ?", *f.assignee);
  // A room's orders: those of the room's own checkpoint and of the infrastructure standing in it.
  if (f.room)
    sql.add(
        "((f.checkpoint_kind = 'room' AND f.ref_id = ?) OR (f.checkpoint_kind = 'asset' AND f.ref_id IN (SELECT a.id "
        "FROM facility_assets a WHERE a.room_id = ?)))",
        *f.room);
  if (f.round_id) sql.add("f.round_id = ?", *f.round_id);
  if (f.closed)
    sql.raw(*f.closed ? "f.status IN ('verified', 'dismissed')" : "f.status NOT IN ('verified', 'dismissed')");
  if (f.overdue) sql.add(*f.overdue ? kOverdueFragment : kNotOverdueFragment, now);
  return db::list_page<FindingOrder>(tx, sql, kCount, kCols, f.sort, f.limit, f.offset, order_from(now));
}

Result<std::optional<FindingOrder>> find(db::Tx& tx, std::int64_t id, const std::string& now) {
  COLO_TRY(auto row, tx.one(std::string(kCols) + " WHERE f.id = $1", {id}));
  if (!row) return std::optional<FindingOrder>{};
  return std::optional<FindingOrder>(order_from(now)(*row));
}

Status update(db::Tx& tx, const FindingOrder& o) {
  COLO_CHECK(tx.exec(kUpdate, {o.id, o.status, o.assignee, o.rectification_note, o.rectified_by, o.rectified_at,
                               o.verified_by, o.verified_at, o.dismiss_reason, o.closed_at, o.updated_at}));
  return {};
}

Status set_photo(db::Tx& tx, std::int64_t id, const std::string& content_type, const std::string& bytes) {
  COLO_CHECK(
      tx.exec(kSetPhoto, {id, content_type, static_cast<std::int64_t>(bytes.size()), crypto::base64_encode(bytes)}));
  return {};
}

Result<std::optional<FindingPhoto>> photo(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(kPhoto, {id}));
  if (!row) return std::optional<FindingPhoto>{};
  db::Cursor c(*row);
  FindingPhoto p;
  p.content_type = c.text();
  p.bytes = crypto::base64_decode(c.text()).take();
  c.finish();
  return std::optional<FindingPhoto>(std::move(p));
}

Result<FindingCounts> open_counts(db::Tx& tx, const std::string& now) {
  COLO_TRY(auto row, tx.one(kOpenCounts, {now}));
  FindingCounts out;
  if (!row) return out;
  db::Cursor c(*row);
  out.open = c.int64();
  out.overdue = c.int64();
  out.earliest_deadline = c.opt_text();
  c.finish();
  return out;
}

Result<std::vector<FindingOrder>> overdue(db::Tx& tx, const std::string& now, int limit) {
  COLO_TRY(auto rows, tx.query(std::string(kCols) + std::string(kOverdue), {now, static_cast<std::int64_t>(limit)}));
  std::vector<FindingOrder> out;
  auto read = order_from(now);
  for (const auto& r : rows.rows) out.push_back(read(r));
  return out;
}

Result<std::vector<FindingOrder>> due_between(db::Tx& tx, const std::string& from, const std::string& to,
                                              const std::string& now) {
  COLO_TRY(auto rows, tx.query(std::string(kCols) + std::string(kDueBetween), {from, to}));
  std::vector<FindingOrder> out;
  auto read = order_from(now);
  for (const auto& r : rows.rows) out.push_back(read(r));
  return out;
}

}  // namespace colo::facility::findings_store
