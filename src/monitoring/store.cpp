#include "monitoring/store.hpp"

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "monitoring/lists.hpp"

namespace colo::monitoring::store {

// A customer principal sees only the devices of its own customer.
const db::ListSpec kDeviceList{.search = {"m.device_name", "m.sys_name"},
                               .sorts = {{"device_name", "m.device_name"},
                                         {"snmp_version", "m.snmp_version"},
                                         {"discovered_at", "m.discovered_at"},
                                         {"updated_at", "m.updated_at"}},
                               .default_order = "m.device_name, m.device_id",
                               .tiebreak = "m.device_id",
                               .tenant_column = "m.customer_id"};

namespace {

constexpr std::string_view kDeviceCols =
    "SELECT m.device_id, m.device_name, m.customer_id, m.snmp_version, m.snmp_port, m.enabled, m.ping_interval_s, "
    "m.snmp_interval_s, m.sys_object_id, m.sys_name, m.discovered_at, m.last_error, m.created_at, m.updated_at, "
    "(SELECT COUNT(*) FROM monitoring_interfaces i WHERE i.device_id = m.device_id AND i.interface_id IS NOT NULL), "
    "(SELECT COUNT(*) FROM monitoring_interfaces i WHERE i.device_id = m.device_id AND i.interface_id IS NULL), "
    "m.snmp_sealed FROM monitoring_devices m";
constexpr std::string_view kDeviceCount = "SELECT COUNT(*) FROM monitoring_devices m";
constexpr std::string_view kInsertDevice =
    "INSERT INTO monitoring_devices (device_id, device_name, customer_id, snmp_version, snmp_sealed, snmp_port, "
    "enabled, ping_interval_s, snmp_interval_s, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)";
constexpr std::string_view kUpdateDevice =
    "UPDATE monitoring_devices SET device_name = $2, customer_id = $3, snmp_version = $4, snmp_sealed = $5, "
    "snmp_port = $6, enabled = $7, ping_interval_s = $8, snmp_interval_s = $9, updated_at = $10 "
    "WHERE device_id = $1";
constexpr std::string_view kRefreshLedger =
    "UPDATE monitoring_devices SET device_name = $2, customer_id = $3 WHERE device_id = $1 "
    "AND (device_name <> $2 OR customer_id IS DISTINCT FROM $3)";
constexpr std::string_view kRefreshLedgerSqlite =
    "UPDATE monitoring_devices SET device_name = $2, customer_id = $3 WHERE device_id = $1 "
    "AND (device_name <> $2 OR customer_id IS NOT $3)";
constexpr std::string_view kDeleteDevice = "DELETE FROM monitoring_devices WHERE device_id = $1";
constexpr std::string_view kDeleteInterfaces = "DELETE FROM monitoring_interfaces WHERE device_id = $1";
constexpr std::string_view kDeleteChecksOf = "DELETE FROM monitoring_checks WHERE device_id = $1";
constexpr std::string_view kInterfaceCols =
    "SELECT device_id, if_index, name, descr, alias, speed_bps, interface_id FROM monitoring_interfaces";
constexpr std::string_view kInsertInterface =
    "INSERT INTO monitoring_interfaces (device_id, if_index, name, descr, alias, speed_bps, interface_id) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7)";
constexpr std::string_view kRecordDiscovery =
    "UPDATE monitoring_devices SET sys_object_id = $2, sys_name = $3, discovered_at = $4, last_error = NULL "
    "WHERE device_id = $1";
constexpr std::string_view kRecordError = "UPDATE monitoring_devices SET last_error = $2 WHERE device_id = $1";
constexpr std::string_view kCheckCols =
    "SELECT id, device_id, kind, port, url, interval_s, timeout_ms, created_at FROM monitoring_checks";
constexpr std::string_view kInsertCheck =
    "INSERT INTO monitoring_checks (device_id, kind, port, url, interval_s, timeout_ms, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
constexpr std::string_view kDeleteCheck = "DELETE FROM monitoring_checks WHERE id = $1";
constexpr std::string_view kProfiles =
    "SELECT sys_object_id, metric, label, column_oid, scale FROM monitoring_oid_profiles ORDER BY id";

DeviceRow device_from(const db::Row& r) {
  db::Cursor c(r);
  DeviceRow row;
  auto& d = row.device;
  d.device_id = c.int64();
  d.device_name = c.text();
  d.customer_id = c.opt_int64();
  d.snmp_version = c.text();
  d.snmp_port = c.int64();
  d.enabled = c.boolean();
  d.ping_interval_s = c.int64();
  d.snmp_interval_s = c.int64();
  d.sys_object_id = c.opt_text();
  d.sys_name = c.opt_text();
  d.discovered_at = c.opt_text();
  d.last_error = c.opt_text();
  d.created_at = c.text();
  d.updated_at = c.text();
  d.matched = c.int64();
  d.unmatched = c.int64();
  row.sealed = c.text();
  c.finish();
  d.credentials_set = !row.sealed.empty();
  return row;
}

std::pair<std::int64_t, DiscoveredInterface> interface_from(const db::Row& r) {
  db::Cursor c(r);
  std::int64_t device_id = c.int64();
  DiscoveredInterface i;
  i.if_index = c.int64();
  i.name = c.text();
  i.descr = c.text();
  i.alias = c.text();
  i.speed_bps = c.opt_int64();
  i.interface_id = c.opt_int64();
  c.finish();
  return {device_id, std::move(i)};
}

Check check_from(const db::Row& r) {
  db::Cursor c(r);
  Check k;
  k.id = c.int64();
  k.device_id = c.int64();
  k.kind = c.text();
  k.port = c.opt_int64();
  k.url = c.opt_text();
  k.interval_s = c.int64();
  k.timeout_ms = c.int64();
  k.created_at = c.text();
  c.finish();
  return k;
}

}  // namespace

Result<db::Counted<MonitoredDevice>> list_devices(db::Tx& tx, const Context& ctx, const DeviceFilter& f) {
  db::ListSql sql(kDeviceList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.snmp_version) sql.add("m.snmp_version = ?", *f.snmp_version);
  if (f.customer) sql.add("m.customer_id = ?", *f.customer);
  return db::list_page<MonitoredDevice>(tx, sql, kDeviceCount, kDeviceCols, f.sort, f.limit, f.offset,
                                        [](const db::Row& r) { return device_from(r).device; });
}

Result<std::optional<DeviceRow>> find_device(db::Tx& tx, std::int64_t device_id) {
  COLO_TRY(auto row, tx.one(std::string(kDeviceCols) + " WHERE m.device_id = $1", {device_id}));
  if (!row) return std::optional<DeviceRow>{};
  return std::optional<DeviceRow>(device_from(*row));
}

Result<std::vector<DeviceRow>> enabled_devices(db::Tx& tx) {
  COLO_TRY(auto res, tx.query(std::string(kDeviceCols) + " WHERE m.enabled = 1 ORDER BY m.device_id"));
  std::vector<DeviceRow> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(device_from(r));
  return out;
}

Status insert_device(db::Tx& tx, const DeviceRow& row) {
  const auto& d = row.device;
  COLO_CHECK(tx.exec(kInsertDevice, {d.device_id, d.device_name, d.customer_id, d.snmp_version, row.sealed, d.snmp_port,
                                     d.enabled, d.ping_interval_s, d.snmp_interval_s, d.created_at}));
  return {};
}

Status update_device(db::Tx& tx, const DeviceRow& row) {
  const auto& d = row.device;
  COLO_CHECK(tx.exec(kUpdateDevice, {d.device_id, d.device_name, d.customer_id, d.snmp_version, row.sealed, d.snmp_port,
                                     d.enabled, d.ping_interval_s, d.snmp_interval_s, d.updated_at}));
  return {};
}

Status delete_device(db::Tx& tx, std::int64_t device_id) {
  COLO_CHECK(tx.exec(kDeleteInterfaces, {device_id}));
  COLO_CHECK(tx.exec(kDeleteChecksOf, {device_id}));
  COLO_CHECK(tx.exec(kDeleteDevice, {device_id}));
  return {};
}

Status refresh_ledger_fields(db::Tx& tx, std::int64_t device_id, const std::string& name,
                             std::optional<std::int64_t> customer_id) {
  // "IS DISTINCT FROM" is PostgreSQL's spelling of SQLite's "IS NOT" for a comparison with NULL.
  auto sql = tx.engine() == db::Engine::postgres ? kRefreshLedger : kRefreshLedgerSqlite;
  COLO_CHECK(tx.exec(sql, {device_id, name, customer_id}));
  return {};
}

Result<std::vector<DiscoveredInterface>> interfaces(db::Tx& tx, std::int64_t device_id) {
  COLO_TRY(auto res, tx.query(std::string(kInterfaceCols) + " WHERE device_id = $1 ORDER BY if_index", {device_id}));
  std::vector<DiscoveredInterface> out;
  for (const auto& r : res.rows) out.push_back(interface_from(r).second);
  return out;
}

Result<std::vector<std::pair<std::int64_t, DiscoveredInterface>>> matched_interfaces(
    db::Tx& tx, const std::vector<std::int64_t>& device_ids) {
  std::vector<std::pair<std::int64_t, DiscoveredInterface>> out;
  if (device_ids.empty()) return out;
  db::Params p;
  auto in = db::in_list(p, device_ids);
  COLO_TRY(auto res, tx.query(std::string(kInterfaceCols) + " WHERE device_id IN (" + in +
                                  ") AND interface_id IS NOT NULL ORDER BY device_id, if_index",
                              p));
  for (const auto& r : res.rows) out.push_back(interface_from(r));
  return out;
}

Status replace_interfaces(db::Tx& tx, std::int64_t device_id, const std::vector<DiscoveredInterface>& found) {
  COLO_CHECK(tx.exec(kDeleteInterfaces, {device_id}));
  for (const auto& i : found)
    COLO_CHECK(
        tx.exec(kInsertInterface, {device_id, i.if_index, i.name, i.descr, i.alias, i.speed_bps, i.interface_id}));
  return {};
}

Status record_discovery(db::Tx& tx, std::int64_t device_id, const std::string& sys_object_id,
                        const std::string& sys_name, const std::string& at) {
  COLO_CHECK(tx.exec(kRecordDiscovery, {device_id, sys_object_id, sys_name, at}));
  return {};
}

Status record_error(db::Tx& tx, std::int64_t device_id, const std::optional<std::string>& error) {
  COLO_CHECK(tx.exec(kRecordError, {device_id, error}));
  return {};
}

Result<std::vector<Check>> checks(db::Tx& tx, const std::vector<std::int64_t>& device_ids) {
  std::vector<Check> out;
  if (device_ids.empty()) return out;
  db::Params p;
  auto in = db::in_list(p, device_ids);
  COLO_TRY(auto res, tx.query(std::string(kCheckCols) + " WHERE device_id IN (" + in + ") ORDER BY id", p));
  for (const auto& r : res.rows) out.push_back(check_from(r));
  return out;
}

Result<std::optional<Check>> find_check(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kCheckCols) + " WHERE id = $1", {id}));
  if (!row) return std::optional<Check>{};
  return std::optional<Check>(check_from(*row));
}

Result<std::int64_t> insert_check(db::Tx& tx, const Check& c) {
  return tx.insert(kInsertCheck, {c.device_id, c.kind, c.port, c.url, c.interval_s, c.timeout_ms, c.created_at});
}

Status delete_check(db::Tx& tx, std::int64_t id) {
  COLO_CHECK(tx.exec(kDeleteCheck, {id}));
  return {};
}

Result<std::vector<OidProfile>> profiles(db::Tx& tx) {
  COLO_TRY(auto res, tx.query(kProfiles));
  std::vector<OidProfile> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    OidProfile p;
    p.sys_object_id = c.text();
    p.metric = c.text();
    p.label = c.text();
    p.column_oid = c.text();
    p.scale = c.real();
    c.finish();
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace colo::monitoring::store
