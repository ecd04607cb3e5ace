// dcim store: the SQL of device types and their templates.
#include "dcim/store.hpp"

#include <algorithm>
#include <unordered_map>

#include "db/count_cache.hpp"
#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "dcim/lists.hpp"
#include "dcim/store_rows.hpp"

namespace colo::dcim::store {

using namespace detail;

// ---- device types -----------------------------------------------------------------------------

Result<Paged<DeviceType>> list_types(db::Tx& tx, const ListQuery& q) {
  db::ListSql sql(lists::kTypes);
  if (q.manufacturer) sql.add("t.manufacturer = ?", *q.manufacturer);
  sql.search(q.q);
  return db::list_page<DeviceType>(tx, sql, "SELECT COUNT(*) FROM dcim_device_types t", kTypeCols, q.sort, q.limit,
                                   q.offset, type_from);
}

Result<std::optional<DeviceType>> find_type(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kTypeCols) + " WHERE t.id = $1", {id}));
  if (!row) return std::optional<DeviceType>{};
  return std::optional<DeviceType>(type_from(*row));
}

Result<std::optional<DeviceType>> find_type_by_model(db::Tx& tx, const std::string& manufacturer,
                                                     const std::string& model) {
  COLO_TRY(auto row,
           tx.one(std::string(kTypeCols) + " WHERE t.manufacturer = $1 AND t.model = $2", {manufacturer, model}));
  if (!row) return std::optional<DeviceType>{};
  return std::optional<DeviceType>(type_from(*row));
}

Status load_type_templates(db::Tx& tx, DeviceType& t) {
  COLO_TRY(auto ifs, tx.query("SELECT name, type, mgmt_only, speed_mbps FROM dcim_device_type_interfaces "
                              "WHERE device_type_id = $1 ORDER BY position",
                              {t.id}));
  t.interfaces.clear();
  for (const auto& r : ifs.rows) {
    db::Cursor c(r);
    t.interfaces.push_back({c.text(), c.text(), c.boolean(), c.opt_int64()});
    c.finish();
  }
  COLO_TRY(auto pps, tx.query("SELECT name, type, maximum_draw_w, allocated_draw_w FROM dcim_device_type_power_ports "
                              "WHERE device_type_id = $1 ORDER BY position",
                              {t.id}));
  t.power_port_templates.clear();
  for (const auto& r : pps.rows) {
    db::Cursor c(r);
    t.power_port_templates.push_back({c.text(), c.text(), c.opt_int64(), c.opt_int64()});
    c.finish();
  }
  return {};
}

Result<std::int64_t> type_device_count(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one("SELECT COUNT(*) FROM dcim_devices WHERE device_type_id = $1", {id}));
  return row ? row->int64(0) : 0;
}

Result<std::map<std::string, std::pair<std::int64_t, std::string>>> type_hashes(db::Tx& tx) {
  COLO_TRY(auto res, tx.query("SELECT manufacturer, model, id, content_hash FROM dcim_device_types"));
  std::map<std::string, std::pair<std::int64_t, std::string>> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    auto key = c.text() + "\n";
    key += c.text();
    auto id = c.int64();
    out[key] = {id, c.text()};
    c.finish();
  }
  return out;
}

constexpr std::string_view kInsertType =
    "INSERT INTO dcim_device_types (manufacturer, model, slug, part_number, height_hu, full_depth, typical_power_w, "
    "max_power_w, power_ports, weight_kg, content_hash, created_at, updated_at) VALUES "
    "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id";
constexpr std::string_view kUpdateType =
    "UPDATE dcim_device_types SET slug = $2, part_number = $3, height_hu = $4, full_depth = $5, typical_power_w = $6, "
    "max_power_w = $7, power_ports = $8, weight_kg = $9, content_hash = $10, updated_at = $11 WHERE id = $1";

Result<std::int64_t> insert_type(db::Tx& tx, const DeviceType& t, const std::string& hash, const std::string& now) {
  COLO_CHECK(db::bump_data_version(tx, kScope));
  return tx.insert(kInsertType, {t.manufacturer, t.model, t.slug, t.part_number, t.height_hu, t.full_depth,
                                 t.typical_power_w, t.max_power_w, t.power_ports, t.weight_kg, hash, now});
}

Status update_type(db::Tx& tx, std::int64_t id, const DeviceType& t, const std::string& hash, const std::string& now) {
  COLO_CHECK(db::bump_data_version(tx, kScope));
  COLO_CHECK(tx.exec(kUpdateType, {id, t.slug, t.part_number, t.height_hu, t.full_depth, t.typical_power_w,
                                   t.max_power_w, t.power_ports, t.weight_kg, hash, now}));
  return {};
}

constexpr std::string_view kUpdateTypeByHand =
    "UPDATE dcim_device_types SET manufacturer = $2, model = $3, slug = $4, part_number = $5, height_hu = $6, "
    "full_depth = $7, typical_power_w = $8, max_power_w = $9, weight_kg = $10, content_hash = $11, updated_at = $12 "
    "WHERE id = $1";

Status update_type_by_hand(db::Tx& tx, const DeviceType& t, const std::string& now) {
  COLO_CHECK(db::bump_data_version(tx, kScope));
  COLO_CHECK(
      tx.exec(kUpdateTypeByHand, {t.id, t.manufacturer, t.model, t.slug, t.part_number, t.height_hu, t.full_depth,
                                  t.typical_power_w, t.max_power_w, t.weight_kg, std::string(kHandMadeTypeHash), now}));
  return {};
}

Status replace_type_templates(db::Tx& tx, std::int64_t id, const DeviceType& t) {
  COLO_CHECK(tx.exec("DELETE FROM dcim_device_type_interfaces WHERE device_type_id = $1", {id}));
  COLO_CHECK(tx.exec("DELETE FROM dcim_device_type_power_ports WHERE device_type_id = $1", {id}));
  // Multi-row INSERTs of up to 100 templates: a library switch has hundreds of ports, and the
  // whole library is imported in seconds only without a round trip per template.
  constexpr std::size_t kBatch = 100;
  for (std::size_t start = 0; start < t.interfaces.size(); start += kBatch) {
    const auto end = std::min(t.interfaces.size(), start + kBatch);
    std::string sql =
        "INSERT INTO dcim_device_type_interfaces (device_type_id, position, name, type, mgmt_only, "
        "speed_mbps) VALUES ";
    db::Params p;
    const auto type_id = db::bind(p, id);
    for (auto i = start; i < end; ++i) {
      const auto& f = t.interfaces[i];
      if (i > start) sql += ", ";
      sql += "(" + type_id;
      sql += ", " + db::bind(p, static_cast<std::int64_t>(i));
      sql += ", " + db::bind(p, f.name);
      sql += ", " + db::bind(p, f.type);
      sql += ", " + db::bind(p, f.mgmt_only);
      sql += ", " + db::bind(p, f.speed_mbps) + ")";
    }
    COLO_CHECK(tx.exec(sql, p));
  }
  for (std::size_t start = 0; start < t.power_port_templates.size(); start += kBatch) {
    const auto end = std::min(t.power_port_templates.size(), start + kBatch);
    std::string sql =
        "INSERT INTO dcim_device_type_power_ports (device_type_id, position, name, type, maximum_draw_w, "
        "allocated_draw_w) VALUES ";
    db::Params p;
    const auto type_id = db::bind(p, id);
    for (auto i = start; i < end; ++i) {
      const auto& f = t.power_port_templates[i];
      if (i > start) sql += ", ";
      sql += "(" + type_id;
      sql += ", " + db::bind(p, static_cast<std::int64_t>(i));
      sql += ", " + db::bind(p, f.name);
      sql += ", " + db::bind(p, f.type);
      sql += ", " + db::bind(p, f.maximum_draw_w);
      sql += ", " + db::bind(p, f.allocated_draw_w) + ")";
    }
    COLO_CHECK(tx.exec(sql, p));
  }
  return {};
}

}  // namespace colo::dcim::store
