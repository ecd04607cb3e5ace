#include "configs/store.hpp"

#include "db/cursor.hpp"

namespace colo::configs::store {

const db::ListSpec kDeviceList{.search = {"d.device_name", "d.address", "d.vendor"},
                               .sorts = {{"device_name", "d.device_name"},
                                         {"vendor", "d.vendor"},
                                         {"last_fetch_at", "d.last_fetch_at"},
                                         {"last_success_at", "d.last_success_at"},
                                         {"next_fetch_at", "d.next_fetch_at"}},
                               .default_order = "d.device_name, d.device_id",
                               .tiebreak = "d.device_id",
                               .tenant_column = "d.customer_id"};

const db::ListSpec kVersionList{.search = {"d.device_name", "v.hash"},
                                .sorts = {{"number", "v.number"}, {"fetched_at", "v.fetched_at"}},
                                .default_order = "v.fetched_at DESC, v.id DESC",
                                .tiebreak = "v.id",
                                .tenant_column = "v.customer_id"};

const db::ListSpec kFetchList{.search = {"d.device_name", "f.error"},
                              .sorts = {{"at", "f.at"}, {"result", "f.result"}},
                              .default_order = "f.at DESC, f.id DESC",
                              .tiebreak = "f.id",
                              .tenant_column = "f.customer_id"};

namespace {

constexpr std::string_view kDeviceCols =
    "SELECT d.device_id, d.device_name, d.customer_id, d.vendor, d.vendor_override, d.address, d.port, d.username, "
    "d.secret_sealed, d.host_key, d.host_key_pending, d.interval_s, d.enabled, d.next_fetch_at, d.last_fetch_at, "
    "d.last_result, d.last_error, d.last_success_at, d.version_count, d.created_at, d.updated_at FROM configs_devices "
    "d";
constexpr std::string_view kDeviceCount = "SELECT COUNT(*) FROM configs_devices d";
constexpr std::string_view kSecret = "SELECT secret_sealed FROM configs_devices WHERE device_id = $1";
constexpr std::string_view kInsertDevice =
    "INSERT INTO configs_devices (device_id, device_name, customer_id, vendor, vendor_override, address, port, "
    "username, secret_sealed, host_key, host_key_pending, interval_s, enabled, next_fetch_at, version_count, "
    "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, $11, $12, $13, 0, $14, $14)";
constexpr std::string_view kUpdateDevice =
    "UPDATE configs_devices SET device_name = $2, customer_id = $3, vendor = $4, vendor_override = $5, address = $6, "
    "port = $7, username = $8, host_key = $9, host_key_pending = $10, interval_s = $11, enabled = $12, "
    "next_fetch_at = $13, updated_at = $14 WHERE device_id = $1";
constexpr std::string_view kUpdateSecret = "UPDATE configs_devices SET secret_sealed = $2 WHERE device_id = $1";
constexpr std::string_view kSetHostKeys =
    "UPDATE configs_devices SET host_key = $2, host_key_pending = $3, updated_at = $4 WHERE device_id = $1";
constexpr std::string_view kDue =
    "SELECT device_id, interval_s FROM configs_devices WHERE enabled = 1 AND next_fetch_at <= $1 ORDER BY "
    "next_fetch_at, "
    "device_id LIMIT $2";
constexpr std::string_view kClaim =
    "UPDATE configs_devices SET next_fetch_at = $2 WHERE device_id = $1 AND next_fetch_at <= $3";
constexpr std::string_view kSetNext = "UPDATE configs_devices SET next_fetch_at = $2 WHERE device_id = $1";
constexpr std::string_view kLastVersion =
    "SELECT id, number, hash, body_sealed FROM configs_versions WHERE device_id = $1 ORDER BY number DESC LIMIT 1";
constexpr std::string_view kInsertVersion =
    "INSERT INTO configs_versions (device_id, customer_id, number, hash, size, line_count, body_sealed, fetched_at, "
    "outside_change) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
constexpr std::string_view kInsertFetch =
    "INSERT INTO configs_fetches (device_id, customer_id, at, result, failure, error, version_id, cause) VALUES ($1, "
    "$2, $3, $4, $5, $6, $7, $8) RETURNING id";
constexpr std::string_view kRecordResult =
    "UPDATE configs_devices SET device_name = $2, customer_id = $3, vendor = $4, address = $5, last_fetch_at = $6, "
    "last_result = $7, last_error = $8, last_success_at = $9, version_count = $10, host_key = $11, "
    "host_key_pending = $12 WHERE device_id = $1";
constexpr std::string_view kVersionCols =
    "SELECT v.id, v.device_id, d.device_name, v.customer_id, v.number, v.hash, v.size, v.line_count, v.fetched_at, "
    "v.outside_change FROM configs_versions v JOIN configs_devices d ON d.device_id = v.device_id";
constexpr std::string_view kVersionCount =
    "SELECT COUNT(*) FROM configs_versions v JOIN configs_devices d ON d.device_id = v.device_id";
constexpr std::string_view kVersionBody = "SELECT body_sealed FROM configs_versions WHERE id = $1";
constexpr std::string_view kFetchCols =
    "SELECT f.id, f.device_id, d.device_name, f.customer_id, f.at, f.result, f.failure, f.error, f.version_id, "
    "f.cause FROM configs_fetches f JOIN configs_devices d ON d.device_id = f.device_id";
constexpr std::string_view kFetchCount =
    "SELECT COUNT(*) FROM configs_fetches f JOIN configs_devices d ON d.device_id = f.device_id";
constexpr std::string_view kComplianceDevices =
    "SELECT device_id, interval_s, created_at FROM configs_devices WHERE enabled = 1 AND created_at < $1 ORDER BY "
    "device_id";
constexpr std::string_view kSuccesses =
    "SELECT device_id, at FROM configs_fetches WHERE at >= $1 AND at < $2 AND result IN ('ok', 'unchanged') ORDER BY "
    "device_id, at";

ConfigDevice device_from(const db::Row& r) {
  db::Cursor c(r);
  ConfigDevice d;
  d.device_id = c.int64();
  d.device_name = c.text();
  d.customer_id = c.opt_int64();
  d.vendor = c.text();
  d.vendor_override = c.opt_text();
  d.address = c.text();
  d.port = c.int32();
  d.username = c.text();
  c.skip();  // secret_sealed: read by secret_of only
  d.host_key = c.opt_text();
  d.host_key_pending = c.opt_text();
  d.interval_s = c.int64();
  d.enabled = c.boolean();
  d.next_fetch_at = c.text();
  d.last_fetch_at = c.opt_text();
  d.last_result = c.opt_text();
  d.last_error = c.opt_text();
  d.last_success_at = c.opt_text();
  d.version_count = c.int64();
  d.created_at = c.text();
  d.updated_at = c.text();
  c.finish();
  return d;
}

ConfigVersion version_from(const db::Row& r) {
  db::Cursor c(r);
  ConfigVersion v;
  v.id = c.int64();
  v.device_id = c.int64();
  v.device_name = c.text();
  v.customer_id = c.opt_int64();
  v.number = c.int32();
  v.hash = c.text();
  v.size = c.int64();
  v.line_count = c.int32();
  v.fetched_at = c.text();
  v.outside_change = c.boolean();
  c.finish();
  return v;
}

FetchRecord fetch_from(const db::Row& r) {
  db::Cursor c(r);
  FetchRecord f;
  f.id = c.int64();
  f.device_id = c.int64();
  f.device_name = c.text();
  f.customer_id = c.opt_int64();
  f.at = c.text();
  f.result = c.text();
  f.failure = c.opt_text();
  f.error = c.text();
  f.version_id = c.opt_int64();
  f.cause = c.text();
  c.finish();
  return f;
}

}  // namespace

Result<db::Counted<ConfigDevice>> list_devices(db::Tx& tx, const Context& ctx, const DeviceFilter& f) {
  db::ListSql sql(kDeviceList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.vendor) sql.add("d.vendor = ?", *f.vendor);
  if (f.last_result) sql.add("d.last_result = ?", *f.last_result);
  if (f.customer) sql.add("d.customer_id = ?", *f.customer);
  if (f.host_key_pending)
    sql.raw(*f.host_key_pending ? "d.host_key_pending IS NOT NULL" : "d.host_key_pending IS NULL");
  return db::list_page<ConfigDevice>(tx, sql, kDeviceCount, kDeviceCols, f.sort, f.limit, f.offset, device_from);
}

Result<std::optional<ConfigDevice>> find_device(db::Tx& tx, std::int64_t device_id) {
  COLO_TRY(auto row, tx.one(std::string(kDeviceCols) + " WHERE d.device_id = $1", {device_id}));
  if (!row) return std::optional<ConfigDevice>{};
  return std::optional<ConfigDevice>(device_from(*row));
}

Result<std::string> secret_of(db::Tx& tx, std::int64_t device_id) {
  COLO_TRY(auto row, tx.one(kSecret, {device_id}));
  if (!row) return std::string();
  return row->text(0);
}

Status save_device(db::Tx& tx, const ConfigDevice& d, const std::string& secret_sealed, bool insert) {
  if (insert) {
    COLO_CHECK(tx.exec(kInsertDevice, {d.device_id, d.device_name, d.customer_id, d.vendor, d.vendor_override,
                                       d.address, d.port, d.username, secret_sealed, d.host_key, d.interval_s,
                                       d.enabled, d.next_fetch_at, d.updated_at}));
    return {};
  }
  COLO_CHECK(tx.exec(kUpdateDevice, {d.device_id, d.device_name, d.customer_id, d.vendor, d.vendor_override, d.address,
                                     d.port, d.username, d.host_key, d.host_key_pending, d.interval_s, d.enabled,
                                     d.next_fetch_at, d.updated_at}));
  if (!secret_sealed.empty()) COLO_CHECK(tx.exec(kUpdateSecret, {d.device_id, secret_sealed}));
  return {};
}

Status set_host_keys(db::Tx& tx, std::int64_t device_id, const std::optional<std::string>& on_record,
                     const std::optional<std::string>& pending, const std::string& at) {
  COLO_CHECK(tx.exec(kSetHostKeys, {device_id, on_record, pending, at}));
  return {};
}

Result<std::vector<std::pair<std::int64_t, std::int64_t>>> due(db::Tx& tx, const std::string& now, std::int64_t limit) {
  COLO_TRY(auto res, tx.query(kDue, {now, limit}));
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  for (const auto& r : res.rows) out.emplace_back(r.int64(0), r.int64(1));
  return out;
}

Result<bool> claim(db::Tx& tx, std::int64_t device_id, const std::string& next, const std::string& now) {
  COLO_TRY(auto n, tx.exec(kClaim, {device_id, next, now}));
  return n > 0;
}

Status set_next_fetch(db::Tx& tx, std::int64_t device_id, const std::string& at) {
  COLO_CHECK(tx.exec(kSetNext, {device_id, at}));
  return {};
}

Result<std::optional<LastVersion>> last_version(db::Tx& tx, std::int64_t device_id) {
  COLO_TRY(auto row, tx.one(kLastVersion, {device_id}));
  if (!row) return std::optional<LastVersion>{};
  db::Cursor c(*row);
  LastVersion v;
  v.id = c.int64();
  v.number = c.int32();
  v.hash = c.text();
  v.body_sealed = c.text();
  c.finish();
  return std::optional<LastVersion>(std::move(v));
}

Result<std::int64_t> insert_version(db::Tx& tx, const ConfigVersion& v, const std::string& body_sealed) {
  return tx.insert(kInsertVersion, {v.device_id, v.customer_id, v.number, v.hash, v.size, v.line_count, body_sealed,
                                    v.fetched_at, v.outside_change});
}

Result<std::int64_t> insert_fetch(db::Tx& tx, const FetchRecord& f) {
  return tx.insert(kInsertFetch,
                   {f.device_id, f.customer_id, f.at, f.result, f.failure, f.error, f.version_id, f.cause});
}

Status record_result(db::Tx& tx, const ConfigDevice& d) {
  COLO_CHECK(tx.exec(kRecordResult,
                     {d.device_id, d.device_name, d.customer_id, d.vendor, d.address, d.last_fetch_at, d.last_result,
                      d.last_error, d.last_success_at, d.version_count, d.host_key, d.host_key_pending}));
  return {};
}

Result<db::Counted<ConfigVersion>> list_versions(db::Tx& tx, const Context& ctx, const VersionFilter& f) {
  db::ListSql sql(kVersionList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.device) sql.add("v.device_id = ?", *f.device);
  return db::list_page<ConfigVersion>(tx, sql, kVersionCount, kVersionCols, f.sort, f.limit, f.offset, version_from);
}

Result<std::optional<ConfigVersion>> find_version(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kVersionCols) + " WHERE v.id = $1", {id}));
  if (!row) return std::optional<ConfigVersion>{};
  auto v = version_from(*row);
  COLO_TRY(auto body, tx.one(kVersionBody, {id}));
  if (body) v.body = body->text(0);
  return std::optional<ConfigVersion>(std::move(v));
}

Result<db::Counted<FetchRecord>> list_fetches(db::Tx& tx, const Context& ctx, const FetchFilter& f) {
  db::ListSql sql(kFetchList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.device) sql.add("f.device_id = ?", *f.device);
  if (f.result) sql.add("f.result = ?", *f.result);
  return db::list_page<FetchRecord>(tx, sql, kFetchCount, kFetchCols, f.sort, f.limit, f.offset, fetch_from);
}

Result<std::vector<ComplianceDevice>> compliance_devices(db::Tx& tx, const std::string& before) {
  COLO_TRY(auto res, tx.query(kComplianceDevices, {before}));
  std::vector<ComplianceDevice> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    ComplianceDevice d;
    d.device_id = c.int64();
    d.interval_s = c.int64();
    d.created_at = c.text();
    c.finish();
    out.push_back(std::move(d));
  }
  return out;
}

Result<std::vector<std::pair<std::int64_t, std::string>>> successes(db::Tx& tx, const std::string& from,
                                                                    const std::string& to) {
  COLO_TRY(auto res, tx.query(kSuccesses, {from, to}));
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (const auto& r : res.rows) out.emplace_back(r.int64(0), r.text(1));
  return out;
}

}  // namespace colo::configs::store
