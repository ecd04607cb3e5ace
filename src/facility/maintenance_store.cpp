#include "facility/maintenance_store.hpp"

#include <boost/json.hpp>

#include "core/crypto.hpp"
#include "db/cursor.hpp"

namespace colo::facility::maintenance_store {

namespace json = boost::json;

const db::ListSpec kAssetList{.search = {"a.code", "a.name", "a.model", "a.serial"},
                              .sorts = {{"code", "a.code"},
                                        {"name", "a.name"},
                                        {"kind", "a.kind"},
                                        {"installed_on", "a.installed_on"},
                                        {"status", "a.status"}},
                              .default_order = "a.code, a.id",
                              .tiebreak = "a.id"};

const db::ListSpec kPlanList{
    .search = {"p.name"},
    .sorts = {{"name", "p.name"}, {"first_due", "p.first_due"}, {"created_at", "p.created_at"}},
    .default_order = "p.name, p.id",
    .tiebreak = "p.id"};

const db::ListSpec kWorkOrderList{
    .search = {"a.code", "a.name", "p.name"},
    .sorts = {{"due_on", "w.due_on"}, {"status", "w.status"}, {"asset", "a.code"}, {"created_at", "w.created_at"}},
    .default_order = "w.due_on, w.id",
    .tiebreak = "w.id"};

namespace {

constexpr std::string_view kAssetCols =
    "SELECT a.id, a.code, a.name, a.kind, a.model, a.serial, a.room_id, a.power_feed_id, a.installed_on, a.status, "
    "a.note, a.created_at, a.updated_at FROM facility_assets a";
constexpr std::string_view kAssetCount = "SELECT COUNT(*) FROM facility_assets a";
constexpr std::string_view kInsertAsset =
    "INSERT INTO facility_assets (code, name, kind, model, serial, room_id, power_feed_id, installed_on, status, note, "
    "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id";
constexpr std::string_view kUpdateAsset =
    "UPDATE facility_assets SET code = $2, name = $3, kind = $4, model = $5, serial = $6, room_id = $7, "
    "power_feed_id = $8, installed_on = $9, status = $10, note = $11, updated_at = $12 WHERE id = $1";
constexpr std::string_view kCodeTaken = "SELECT id FROM facility_assets WHERE code = $1";

constexpr std::string_view kPlanCols =
    "SELECT p.id, p.name, p.asset_id, p.asset_kind, p.every_n, p.unit, p.first_due, p.checklist, p.active, "
    "p.created_by, p.created_at FROM facility_maintenance_plans p";
constexpr std::string_view kPlanCount = "SELECT COUNT(*) FROM facility_maintenance_plans p";
constexpr std::string_view kInsertPlan =
    "INSERT INTO facility_maintenance_plans (name, asset_id, asset_kind, every_n, unit, first_due, checklist, active, "
    "created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9) RETURNING id";
constexpr std::string_view kUpdatePlan =
    "UPDATE facility_maintenance_plans SET name = $2, asset_id = $3, asset_kind = $4, every_n = $5, unit = $6, "
    "first_due = $7, checklist = $8 WHERE id = $1";
constexpr std::string_view kSetPlanActive = "UPDATE facility_maintenance_plans SET active = $2 WHERE id = $1";
constexpr std::string_view kLiveAssets = "SELECT id, kind FROM facility_assets WHERE status <> 'retired' ORDER BY id";
constexpr std::string_view kLatestDue =
    "SELECT plan_id, asset_id, MAX(due_on) FROM facility_work_orders GROUP BY plan_id, asset_id";

constexpr std::string_view kWorkOrderCols =
    "SELECT w.id, w.plan_id, p.name, w.asset_id, a.code, a.name, a.kind, w.due_on, w.status, w.assignee, w.results, "
    "w.completed_by, w.completed_at, w.signed_by, w.signed_at, w.next_due_on, w.created_at "
    "FROM facility_work_orders w JOIN facility_maintenance_plans p ON p.id = w.plan_id "
    "JOIN facility_assets a ON a.id = w.asset_id";
constexpr std::string_view kWorkOrderCount =
    "SELECT COUNT(*) FROM facility_work_orders w JOIN facility_maintenance_plans p ON p.id = w.plan_id "
    "JOIN facility_assets a ON a.id = w.asset_id";
constexpr std::string_view kUpdateWorkOrder =
    "UPDATE facility_work_orders SET status = $2, assignee = $3, results = $4, completed_by = $5, completed_at = $6, "
    "signed_by = $7, signed_at = $8, next_due_on = $9 WHERE id = $1";
constexpr std::string_view kOverdue =
    "SELECT COUNT(*), MIN(due_on) FROM facility_work_orders WHERE status <> 'closed' AND due_on < $1";
constexpr std::string_view kPhotoInfos =
    "SELECT id, item_key, content_type, size_bytes, uploaded_by, uploaded_at FROM facility_work_order_photos "
    "WHERE work_order_id = $1 ORDER BY id";
constexpr std::string_view kInsertPhoto =
    "INSERT INTO facility_work_order_photos (work_order_id, item_key, content_type, size_bytes, data, uploaded_by, "
    "uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
constexpr std::string_view kPhotoIds = "SELECT id FROM facility_work_order_photos ORDER BY id";
constexpr std::string_view kPhotoData = "SELECT data FROM facility_work_order_photos WHERE id = $1";
constexpr std::string_view kReplacePhotoData = "UPDATE facility_work_order_photos SET data = $2 WHERE id = $1";
constexpr std::string_view kPhoto =
    "SELECT id, item_key, content_type, size_bytes, uploaded_by, uploaded_at, data FROM facility_work_order_photos "
    "WHERE work_order_id = $1 AND id = $2";

// Rows per INSERT of generated work orders: few statements, well under both engines' parameter limits.
constexpr std::size_t kInsertBatch = 200;

Asset asset_from(const db::Row& r) {
  db::Cursor c(r);
  Asset a;
  a.id = c.int64();
  a.code = c.text();
  a.name = c.text();
  a.kind = c.text();
  a.model = c.text();
  a.serial = c.text();
  a.room_id = c.int64();
  a.power_feed_id = c.opt_int64();
  a.installed_on = c.opt_text();
  a.status = c.text();
  a.note = c.text();
  a.created_at = c.text();
  a.updated_at = c.text();
  c.finish();
  return a;
}

Plan plan_from(const db::Row& r) {
  db::Cursor c(r);
  Plan p;
  p.id = c.int64();
  p.name = c.text();
  p.asset_id = c.opt_int64();
  p.asset_kind = c.opt_text();
  p.every = static_cast<int>(c.int64());
  p.unit = c.text();
  p.first_due = c.text();
  p.checklist = checklist_from(c.text());
  p.active = c.boolean();
  p.created_by = c.text();
  p.created_at = c.text();
  c.finish();
  return p;
}

auto work_order_from(const std::string& today) {
  return [today](const db::Row& r) {
    db::Cursor c(r);
    WorkOrder w;
    w.id = c.int64();
    w.plan_id = c.int64();
    w.plan_name = c.text();
    w.asset_id = c.int64();
    w.asset_code = c.text();
    w.asset_name = c.text();
    w.asset_kind = c.text();
    w.due_on = c.text();
    w.status = c.text();
    w.assignee = c.opt_text();
    w.results = answers_from(c.text());
    w.completed_by = c.opt_text();
    w.completed_at = c.opt_text();
    w.signed_by = c.opt_text();
    w.signed_at = c.opt_text();
    w.next_due_on = c.opt_text();
    w.created_at = c.text();
    c.finish();
    w.overdue = w.status != "closed" && w.due_on < today;
    return w;
  };
}

PhotoInfo photo_info_from(db::Cursor& c) {
  PhotoInfo p;
  p.id = c.int64();
  p.item_key = c.text();
  p.content_type = c.text();
  p.size_bytes = c.int64();
  p.uploaded_by = c.text();
  p.uploaded_at = c.text();
  return p;
}

std::optional<double> opt_number(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  return v->to_number<double>();
}

std::string str(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

}  // namespace

std::string checklist_text(const std::vector<ChecklistItem>& items) {
  json::array a;
  for (const auto& it : items) {
    json::object o{{"key", it.key}, {"label", it.label}, {"kind", it.kind}, {"unit", it.unit}};
    if (it.min) o["min"] = *it.min;
    if (it.max) o["max"] = *it.max;
    a.push_back(std::move(o));
  }
  return json::serialize(a);
}

std::vector<ChecklistItem> checklist_from(const std::string& text) {
  std::vector<ChecklistItem> out;
  const auto parsed = json::parse(text);  // kept alive: the loop reads into it
  for (const auto& v : parsed.as_array()) {
    const auto& o = v.as_object();
    out.push_back(
        {str(o, "key"), str(o, "label"), str(o, "kind"), str(o, "unit"), opt_number(o, "min"), opt_number(o, "max")});
  }
  return out;
}

std::string answers_text(const std::vector<Answer>& answers) {
  json::array a;
  for (const auto& an : answers) {
    json::object o{{"key", an.key}, {"note", an.note}};
    if (an.ok) o["ok"] = *an.ok;
    if (an.value) o["value"] = *an.value;
    if (an.unit) o["unit"] = *an.unit;
    a.push_back(std::move(o));
  }
  return json::serialize(a);
}

std::vector<Answer> answers_from(const std::string& text) {
  std::vector<Answer> out;
  const auto parsed = json::parse(text);
  for (const auto& v : parsed.as_array()) {
    const auto& o = v.as_object();
    Answer a;
    a.key = str(o, "key");
    a.note = str(o, "note");
    if (const auto* ok = o.if_contains("ok"); ok && ok->is_bool()) a.ok = ok->as_bool();
    a.value = opt_number(o, "value");
    if (o.contains("unit")) a.unit = str(o, "unit");
    out.push_back(std::move(a));
  }
  return out;
}

Result<db::Counted<Asset>> list_assets(db::Tx& tx, const AssetFilter& f) {
  db::ListSql sql(kAssetList);
  sql.search(f.q);
  if (f.kind) sql.add("a.kind = ?", *f.kind);
  if (f.status) sql.add("a.status = ?", *f.status);
  if (f.room) sql.add("a.room_id = ?", *f.room);
  if (f.power_feed) sql.add("a.power_feed_id = ?", *f.power_feed);
  return db::list_page<Asset>(tx, sql, kAssetCount, kAssetCols, f.sort, f.limit, f.offset, asset_from);
}

Result<std::optional<Asset>> find_asset(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kAssetCols) + " WHERE a.id = $1", {id}));
  if (!row) return std::optional<Asset>{};
  return std::optional<Asset>(asset_from(*row));
}

Result<bool> asset_code_taken(db::Tx& tx, const std::string& code, std::optional<std::int64_t> except) {
  COLO_TRY(auto row, tx.one(kCodeTaken, {code}));
  return row && (!except || row->int64(0) != *except);
}

Result<std::int64_t> insert_asset(db::Tx& tx, const Asset& a) {
  return tx.insert(kInsertAsset, {a.code, a.name, a.kind, a.model, a.serial, a.room_id, a.power_feed_id, a.installed_on,
                                  a.status, a.note, a.created_at});
}

Status update_asset(db::Tx& tx, const Asset& a) {
  COLO_CHECK(tx.exec(kUpdateAsset, {a.id, a.code, a.name, a.kind, a.model, a.serial, a.room_id, a.power_feed_id,
                                    a.installed_on, a.status, a.note, a.updated_at}));
  return {};
}

Result<db::Counted<Plan>> list_plans(db::Tx& tx, const PlanFilter& f) {
  db::ListSql sql(kPlanList);
  sql.search(f.q);
  if (f.asset) sql.add("p.asset_id = ?", *f.asset);
  if (f.kind) sql.add("p.asset_kind = ?", *f.kind);
  if (f.active) sql.add("p.active = ?", *f.active);
  return db::list_page<Plan>(tx, sql, kPlanCount, kPlanCols, f.sort, f.limit, f.offset, plan_from);
}

Result<std::optional<Plan>> find_plan(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kPlanCols) + " WHERE p.id = $1", {id}));
  if (!row) return std::optional<Plan>{};
  return std::optional<Plan>(plan_from(*row));
}

Result<std::int64_t> insert_plan(db::Tx& tx, const Plan& p) {
  return tx.insert(kInsertPlan, {p.name, p.asset_id, p.asset_kind, p.every, p.unit, p.first_due,
                                 checklist_text(p.checklist), p.created_by, p.created_at});
}

Status update_plan(db::Tx& tx, const Plan& p) {
  COLO_CHECK(tx.exec(kUpdatePlan, {p.id, p.name, p.asset_id, p.asset_kind, p.every, p.unit, p.first_due,
                                   checklist_text(p.checklist)}));
  return {};
}

Status set_plan_active(db::Tx& tx, std::int64_t id, bool active) {
  COLO_CHECK(tx.exec(kSetPlanActive, {id, active}));
  return {};
}

Result<std::vector<Plan>> active_plans(db::Tx& tx) {
  COLO_TRY(auto rows, tx.query(std::string(kPlanCols) + " WHERE p.active = 1 ORDER BY p.id"));
  std::vector<Plan> out;
  out.reserve(rows.rows.size());
  for (const auto& r : rows.rows) out.push_back(plan_from(r));
  return out;
}

Result<std::vector<std::pair<std::int64_t, std::string>>> live_assets(db::Tx& tx) {
  COLO_TRY(auto rows, tx.query(kLiveAssets));
  std::vector<std::pair<std::int64_t, std::string>> out;
  out.reserve(rows.rows.size());
  for (const auto& r : rows.rows) out.emplace_back(r.int64(0), r.text(1));
  return out;
}

Result<std::map<std::pair<std::int64_t, std::int64_t>, std::string>> latest_due(db::Tx& tx) {
  COLO_TRY(auto rows, tx.query(kLatestDue));
  std::map<std::pair<std::int64_t, std::int64_t>, std::string> out;
  for (const auto& r : rows.rows) out[{r.int64(0), r.int64(1)}] = r.text(2);
  return out;
}

Result<std::int64_t> insert_work_orders(db::Tx& tx, const std::vector<NewWorkOrder>& orders,
                                        const std::string& created_at) {
  std::int64_t inserted = 0;
  for (std::size_t start = 0; start < orders.size(); start += kInsertBatch) {
    std::size_t end = std::min(orders.size(), start + kInsertBatch);
    db::Params params;
    std::string sql =
        "INSERT INTO facility_work_orders (plan_id, asset_id, due_on, status, results, created_at) VALUES ";
    for (std::size_t i = start; i < end; ++i) {
      if (i > start) sql += ", ";
      sql += "(" + db::bind(params, orders[i].plan_id) + ", " + db::bind(params, orders[i].asset_id) + ", " +
             db::bind(params, orders[i].due_on) + ", 'open', '[]', " + db::bind(params, created_at) + ")";
    }
    sql += " ON CONFLICT (plan_id, asset_id, due_on) DO NOTHING";
    COLO_TRY(auto n, tx.exec(sql, params));
    inserted += n;
  }
  return inserted;
}

Result<db::Counted<WorkOrder>> list_work_orders(db::Tx& tx, const WorkOrderFilter& f, const std::string& today) {
  db::ListSql sql(kWorkOrderList);
  sql.search(f.q);
  if (f.status) sql.add("w.status = ?", *f.status);
  if (f.assignee) sql.add("w.assignee = ?", *f.assignee);
  if (f.kind) sql.add("a.kind = ?", *f.kind);
  if (f.asset) sql.add("w.asset_id = ?", *f.asset);
  if (f.plan) sql.add("w.plan_id = ?", *f.plan);
  if (f.due_from) sql.add("w.due_on >= ?", *f.due_from);
  if (f.due_to) sql.add("w.due_on <= ?", *f.due_to);
  if (f.overdue) {
    if (*f.overdue)
      sql.add("w.status <> 'closed' AND w.due_on < ?", today);
    else
      sql.add("(w.status = 'closed' OR w.due_on >= ?)", today);
  }
  return db::list_page<WorkOrder>(tx, sql, kWorkOrderCount, kWorkOrderCols, f.sort, f.limit, f.offset,
                                  work_order_from(today));
}

Result<std::optional<WorkOrder>> find_work_order(db::Tx& tx, std::int64_t id, const std::string& today) {
  COLO_TRY(auto row, tx.one(std::string(kWorkOrderCols) + " WHERE w.id = $1", {id}));
  if (!row) return std::optional<WorkOrder>{};
  WorkOrder w = work_order_from(today)(*row);
  COLO_TRY(auto plan, find_plan(tx, w.plan_id));
  if (plan) w.checklist = plan->checklist;
  COLO_TRY(auto photos, tx.query(kPhotoInfos, {id}));
  for (const auto& r : photos.rows) {
    db::Cursor c(r);
    w.photos.push_back(photo_info_from(c));
    c.finish();
  }
  return std::optional<WorkOrder>(std::move(w));
}

Status update_work_order(db::Tx& tx, const WorkOrder& w) {
  COLO_CHECK(tx.exec(kUpdateWorkOrder, {w.id, w.status, w.assignee, answers_text(w.results), w.completed_by,
                                        w.completed_at, w.signed_by, w.signed_at, w.next_due_on}));
  return {};
}

Result<Overdue> count_overdue(db::Tx& tx, const std::string& today) {
  COLO_TRY(auto row, tx.one(kOverdue, {today}));
  if (!row) return Overdue{};
  return Overdue{row->int64(0), row->opt_text(1)};
}

Result<std::int64_t> insert_photo(db::Tx& tx, std::int64_t work_order_id, const PhotoInfo& info,
                                  const std::string& bytes) {
  return tx.insert(kInsertPhoto, {work_order_id, info.item_key, info.content_type, info.size_bytes,
                                  crypto::base64_encode(bytes), info.uploaded_by, info.uploaded_at});
}

Result<std::optional<Photo>> find_photo(db::Tx& tx, std::int64_t work_order_id, std::int64_t photo_id) {
  COLO_TRY(auto row, tx.one(kPhoto, {work_order_id, photo_id}));
  if (!row) return std::optional<Photo>{};
  db::Cursor c(*row);
  Photo p;
  p.info = photo_info_from(c);
  p.bytes = crypto::base64_decode(c.text()).take();
  c.finish();
  return std::optional<Photo>(std::move(p));
}

Result<std::vector<std::int64_t>> photo_ids(db::Tx& tx) {
  COLO_TRY(auto res, tx.query(kPhotoIds));
  std::vector<std::int64_t> out;
  for (const auto& row : res.rows) out.push_back(row.int64(0));
  return out;
}

Result<std::optional<std::string>> photo_bytes(db::Tx& tx, std::int64_t photo_id) {
  COLO_TRY(auto row, tx.one(kPhotoData, {photo_id}));
  if (!row) return std::optional<std::string>{};
  return std::optional<std::string>(crypto::base64_decode(row->text(0)).take());
}

Status replace_photo_bytes(db::Tx& tx, std::int64_t photo_id, const std::string& bytes) {
  COLO_CHECK(tx.exec(kReplacePhotoData, {photo_id, crypto::base64_encode(bytes)}));
  return {};
}

}  // namespace colo::facility::maintenance_store
