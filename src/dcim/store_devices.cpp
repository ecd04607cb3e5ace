// dcim store: the SQL of devices, their history and maintenance.
#include "dcim/store.hpp"

#include <unordered_map>

#include "db/count_cache.hpp"
#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "dcim/lists.hpp"
#include "dcim/store_rows.hpp"

namespace colo::dcim::store {

using namespace detail;

// ---- devices ----------------------------------------------------------------------------------

Result<Paged<Device>> list_devices(db::Tx& tx, db::CountCache& counts, const Context& ctx, const ListQuery& q) {
  db::ListSql sql(lists::kDevices);
  sql.tenant(ctx);
  bool needs_type = false, needs_rack = false;
  if (q.site) sql.add("d.site_id = ?", *q.site);
  if (q.room) sql.add("d.room_id = ?", *q.room);
  if (q.rack) sql.add("d.rack_id = ?", *q.rack);
  if (q.customer) sql.add("d.customer_id = ?", *q.customer);
  if (q.status) sql.add("d.status = ?", *q.status);
  if (q.role) sql.add("d.role = ?", *q.role);
  if (q.type) sql.add("d.device_type_id = ?", *q.type);
  if (q.manufacturer) {
    sql.add("t.manufacturer = ?", *q.manufacturer);
    needs_type = true;
  }
  if (q.row) {
    sql.add("r.row_name = ?", *q.row);
    needs_rack = true;
  }
  sql.search(q.q);
  COLO_TRY(auto order, db::order_by(lists::kDevices, q.sort));
  const auto& where = sql.where();
  const auto& p = sql.params();
  // The count joins only what the filter needs, so it is answered from one index where it can be.
  std::string count_from = "SELECT COUNT(*) FROM dcim_devices d";
  if (needs_type) count_from += " JOIN dcim_device_types t ON t.id = d.device_type_id";
  if (needs_rack) count_from += " LEFT JOIN dcim_racks r ON r.id = d.rack_id";
  // Counted once per data version: on a large ledger the count costs far more than the page.
  COLO_TRY(auto count, counts.count(tx, kScope, count_from + where, p));
  COLO_TRY(auto rows, db::read_page<Device>(tx, std::string(kDeviceCols) + std::string(kDeviceFrom) + where + order, p,
                                            q.limit, q.offset, device_from));
  return Paged<Device>{count, std::move(rows)};
}

Result<std::optional<Device>> find_device(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kDeviceCols) + std::string(kDeviceFrom) + " WHERE d.id = $1", {id}));
  if (!row) return std::optional<Device>{};
  return std::optional<Device>(device_from(*row));
}

Result<std::vector<Device>> devices_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  std::vector<Device> out;
  if (ids.empty()) return out;
  db::Params p;
  auto in = db::in_list(p, ids);
  COLO_TRY(
      auto res,
      tx.query(std::string(kDeviceCols) + std::string(kDeviceFrom) + " WHERE d.id IN (" + in + ") ORDER BY d.id", p));
  for (const auto& r : res.rows) out.push_back(device_from(r));
  return out;
}

Result<std::vector<Device>> find_devices_by_name(db::Tx& tx, std::optional<std::int64_t> site_id,
                                                 const std::string& name) {
  auto sql = std::string(kDeviceCols) + std::string(kDeviceFrom) +
             (site_id ? " WHERE d.site_id = $2 AND d.name = $1" : " WHERE d.site_id IS NULL AND d.name = $1") +
             " ORDER BY d.id";
  db::Params p{name};
  if (site_id) p.push_back(*site_id);
  COLO_TRY(auto res, tx.query(sql, p));
  std::vector<Device> out;
  for (const auto& r : res.rows) out.push_back(device_from(r));
  return out;
}

Result<std::optional<std::int64_t>> asset_tag_holder(db::Tx& tx, const std::string& asset_tag) {
  COLO_TRY(auto row, tx.one("SELECT id FROM dcim_devices WHERE asset_tag = $1", {asset_tag}));
  if (!row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(row->int64(0));
}

constexpr std::string_view kInsertDevice =
    "INSERT INTO dcim_devices (device_type_id, name, serial, asset_tag, role, status, customer_id, site_id, room_id, "
    "rack_id, bottom_hu, face, redundant_power, feed, mgmt_address, config_notes, created_at, updated_at) VALUES "
    "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id";
constexpr std::string_view kUpdateDevice =
    "UPDATE dcim_devices SET device_type_id = $1, name = $2, serial = $3, asset_tag = $4, role = $5, status = $6, "
    "customer_id = $7, site_id = $8, room_id = $9, rack_id = $10, bottom_hu = $11, face = $12, redundant_power = $13, "
    "feed = $14, mgmt_address = $15, config_notes = $16, updated_at = $17 WHERE id = $18";

namespace {
db::Params device_params(const Device& d, const std::string& now) {
  return {d.device_type_id,  d.name,    d.serial,       d.asset_tag,    d.role,      d.status,
          d.customer_id,     d.site_id, d.room_id,      d.rack_id,      d.bottom_hu, d.face,
          d.redundant_power, d.feed,    d.mgmt_address, d.config_notes, now};
}
}  // namespace

Result<std::int64_t> insert_device(db::Tx& tx, const Device& d, const std::string& now) {
  COLO_CHECK(db::bump_data_version(tx, kScope));
  return tx.insert(kInsertDevice, device_params(d, now));
}
Result<std::int64_t> update_device(db::Tx& tx, const Device& d, const std::string& now) {
  COLO_CHECK(db::bump_data_version(tx, kScope));
  auto p = device_params(d, now);
  p.push_back(d.id);
  return tx.exec(kUpdateDevice, p);
}

constexpr std::string_view kInstantiateInterfaces =
    "INSERT INTO dcim_interfaces (device_id, name, type, speed_mbps, mgmt_only, enabled, description) "
    "SELECT CAST($1 AS BIGINT), name, type, speed_mbps, mgmt_only, 1, '' FROM dcim_device_type_interfaces "
    "WHERE device_type_id = $2 ORDER BY position";

Status instantiate_interfaces(db::Tx& tx, std::int64_t device_id, std::int64_t device_type_id) {
  COLO_CHECK(tx.exec(kInstantiateInterfaces, {device_id, device_type_id}));
  return {};
}

Status insert_event(db::Tx& tx, std::int64_t device_id, const DeviceEvent& e) {
  COLO_CHECK(tx.exec("INSERT INTO dcim_device_events (device_id, kind, detail, actor, at) VALUES ($1, $2, $3, $4, $5)",
                     {device_id, e.kind, e.detail, e.actor, e.at}));
  return {};
}

Status load_history(db::Tx& tx, Device& d) {
  COLO_TRY(auto ev,
           tx.query("SELECT kind, detail, actor, at FROM dcim_device_events WHERE device_id = $1 ORDER BY id", {d.id}));
  for (const auto& r : ev.rows) {
    db::Cursor c(r);
    d.history.push_back({c.text(), c.text(), c.text(), c.text()});
    c.finish();
  }
  COLO_TRY(auto mt, tx.query("SELECT id, performed_on, performed_by, summary, next_due FROM dcim_maintenance "
                             "WHERE device_id = $1 ORDER BY performed_on DESC, id DESC",
                             {d.id}));
  for (const auto& r : mt.rows) {
    db::Cursor c(r);
    d.maintenance.push_back({c.int64(), c.text(), c.text(), c.text(), c.opt_text()});
    c.finish();
  }
  return {};
}

Result<std::int64_t> insert_maintenance(db::Tx& tx, std::int64_t device_id, const Maintenance& m,
                                        const std::string& now) {
  return tx.insert(
      "INSERT INTO dcim_maintenance (device_id, performed_on, performed_by, summary, next_due, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
      {device_id, m.performed_on, m.performed_by, m.summary, m.next_due, now});
}

Result<std::vector<std::int64_t>> customer_devices(db::Tx& tx, std::int64_t customer_id) {
  COLO_TRY(auto res, tx.query("SELECT id FROM dcim_devices WHERE customer_id = $1 ORDER BY id", {customer_id}));
  std::vector<std::int64_t> out;
  for (const auto& r : res.rows) out.push_back(r.int64(0));
  return out;
}

}  // namespace colo::dcim::store
