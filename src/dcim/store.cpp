#include "dcim/store.hpp"

#include <algorithm>
#include <unordered_map>

#include "db/count_cache.hpp"
#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "dcim/lists.hpp"

namespace colo::dcim::lists {

const db::ListSpec kSites{.search = {"s.name", "s.slug"},
                          .sorts = {{"name", "s.name"}, {"slug", "s.slug"}, {"created_at", "s.created_at"}},
                          .default_order = "s.id",
                          .tiebreak = "s.id"};
const db::ListSpec kRooms{.search = {"m.name"},
                          .sorts = {{"name", "m.name"}, {"floor", "m.floor"}, {"site", "m.site_id"}},
                          .default_order = "m.site_id, m.name, m.id",
                          .tiebreak = "m.id"};
const db::ListSpec kRows{.search = {"r.row_name"},
                         .sorts = {{"name", "r.row_name"}, {"room", "m.name"}, {"site", "r.site_id"}},
                         .default_order = "r.site_id, m.name, r.room_id, r.row_name",
                         .tiebreak = "r.room_id, r.row_name"};
const db::ListSpec kRacks{.search = {"r.name", "r.facility_id"},
                          .sorts = {{"name", "r.name"},
                                    {"row", "r.row_name"},
                                    {"status", "r.status"},
                                    {"u_height", "r.u_height"},
                                    {"site", "r.site_id"},
                                    {"room", "r.room_id"},
                                    {"created_at", "r.created_at"}},
                          .default_order = "r.site_id, r.room_id, r.row_name, r.name, r.id",
                          .tiebreak = "r.id"};
const db::ListSpec kFeeds{.search = {"f.name", "f.panel"},
                          .sorts = {{"name", "f.name"}, {"side", "f.side"}, {"capacity_w", "f.capacity_w"}},
                          .default_order = "r.site_id, r.room_id, r.name, f.side, f.name, f.id",
                          .tiebreak = "f.id"};
const db::ListSpec kTypes{.search = {"t.model", "t.manufacturer", "t.part_number", "t.slug"},
                          .sorts = {{"manufacturer", "t.manufacturer"},
                                    {"model", "t.model"},
                                    {"u_height", "t.height_hu"},
                                    {"max_power_w", "t.max_power_w"}},
                          .default_order = "t.manufacturer, t.model, t.id",
                          .tiebreak = "t.id"};
const db::ListSpec kDevices{.search = {"d.name", "d.serial", "d.asset_tag", "d.mgmt_address"},
                            .sorts = {{"name", "d.name"},
                                      {"status", "d.status"},
                                      {"role", "d.role"},
                                      {"serial", "d.serial"},
                                      {"asset_tag", "d.asset_tag"},
                                      {"position", "d.bottom_hu"},
                                      {"rack", "r.name"},
                                      {"model", "t.model"},
                                      {"created_at", "d.created_at"},
                                      {"updated_at", "d.updated_at"}},
                            .default_order = "d.name, d.id",
                            .tiebreak = "d.id",
                            .tenant_column = "d.customer_id"};
// q finds a reservation by its reason or its rack's name.
const db::ListSpec kReservations{
    .search = {"v.reason", "(SELECT sr.name FROM dcim_racks sr WHERE sr.id = v.rack_id)"},
    .sorts = {{"expires_at", "v.expires_at"}, {"created_at", "v.created_at"}, {"rack", "v.rack_id"}},
    .default_order = "v.id",
    .tiebreak = "v.id",
    .tenant_column = "v.customer_id"};
const db::ListSpec kInterfaces{.search = {"i.name", "i.description"},
                               .sorts = {{"name", "i.name"}, {"device", "d.name"}, {"type", "i.type"}},
                               .default_order = "d.name, i.device_id, i.id",
                               .tiebreak = "i.id",
                               .tenant_column = "d.customer_id"};

}  // namespace colo::dcim::lists

namespace colo::dcim::store {

namespace {

// The data version that list counts of the ledger depend on (devices, racks, device types).
constexpr std::string_view kScope = "dcim";

// Racks a customer may see: its own, those holding its devices, those with its live reservations.
// Staff see all. The one place this rule is written. The condition (without AND), "" for staff.
std::string visible_racks(const Context& ctx, const std::string& alias, db::Params& p, const std::string& now) {
  auto t = ctx.tenant();
  if (!t) return "";
  auto c = db::bind(p, *t);
  auto n = db::bind(p, now);
  return "(" + alias + ".customer_id = " + c + " OR EXISTS (SELECT 1 FROM dcim_devices vd WHERE vd.rack_id = " +
         alias + ".id AND vd.customer_id = " + c +
         ") OR EXISTS (SELECT 1 FROM dcim_reservations vr WHERE vr.rack_id = " + alias + ".id AND vr.customer_id = " +
         c + " AND vr.released_at IS NULL AND vr.expires_at > " + n + "))";
}
// " AND <visible_racks>", "" for staff.
std::string rack_visibility(const Context& ctx, const std::string& alias, db::Params& p, const std::string& now) {
  auto condition = visible_racks(ctx, alias, p, now);
  return condition.empty() ? condition : " AND " + condition;
}
void confine_to_visible_racks(db::ListSql& sql, const Context& ctx, const std::string& now) {
  auto condition = visible_racks(ctx, "r", sql.params(), now);
  if (!condition.empty()) sql.raw(condition);
}

// ---- row mapping
//
// Each mapper reads its SELECT's columns in the order written there (db::Cursor) and ends with
// finish(), so a column added to one and not the other fails every test that reads such a row.

constexpr std::string_view kSiteCols =
    "SELECT s.id, s.name, s.slug, s.address, s.time_zone, s.uplink_mbps, s.created_at, s.updated_at FROM dcim_sites s";
Site site_from(const db::Row& r) {
  db::Cursor c(r);
  Site s;
  s.id = c.int64();
  s.name = c.text();
  s.slug = c.text();
  s.address = c.text();
  s.time_zone = c.text();
  s.uplink_mbps = c.int64();
  s.created_at = c.text();
  s.updated_at = c.text();
  c.finish();
  return s;
}

constexpr std::string_view kRoomCols =
    "SELECT m.id, m.site_id, s.name, m.name, m.floor, m.temp_min_c, m.temp_max_c, m.humidity_min_pct, "
    "m.humidity_max_pct, m.created_at, m.updated_at FROM dcim_rooms m JOIN dcim_sites s ON s.id = m.site_id";
Room room_from(const db::Row& r) {
  db::Cursor c(r);
  Room m;
  m.id = c.int64();
  m.site_id = c.int64();
  m.site_name = c.text();
  m.name = c.text();
  m.floor = c.text();
  m.temp_min_c = c.real();
  m.temp_max_c = c.real();
  m.humidity_min_pct = c.real();
  m.humidity_max_pct = c.real();
  m.created_at = c.text();
  m.updated_at = c.text();
  c.finish();
  return m;
}

constexpr std::string_view kRackCols =
    "SELECT r.id, r.room_id, r.site_id, m.name, s.name, r.row_name, r.name, r.facility_id, r.u_height, r.descending, "
    "r.power_a_w, r.power_b_w, r.max_weight_kg, r.status, r.customer_id, r.created_at, r.updated_at "
    "FROM dcim_racks r JOIN dcim_rooms m ON m.id = r.room_id JOIN dcim_sites s ON s.id = r.site_id";
Rack rack_from(const db::Row& r) {
  db::Cursor c(r);
  Rack k;
  k.id = c.int64();
  k.room_id = c.int64();
  k.site_id = c.int64();
  k.room_name = c.text();
  k.site_name = c.text();
  k.row_name = c.text();
  k.name = c.text();
  k.facility_id = c.opt_text();
  k.u_height = c.int32();
  k.descending = c.boolean();
  k.power_a_w = c.int64();
  k.power_b_w = c.int64();
  k.max_weight_kg = c.real();
  k.status = c.text();
  k.customer_id = c.opt_int64();
  k.created_at = c.text();
  k.updated_at = c.text();
  c.finish();
  return k;
}

constexpr std::string_view kFeedCols =
    "SELECT f.id, f.rack_id, r.site_id, r.name, f.name, f.side, f.voltage, f.amperage, f.phase, "
    "f.max_utilisation_pct, f.capacity_w, f.status, f.panel, f.created_at, f.updated_at "
    "FROM dcim_power_feeds f JOIN dcim_racks r ON r.id = f.rack_id";
PowerFeed feed_from(const db::Row& r) {
  db::Cursor c(r);
  PowerFeed f;
  f.id = c.int64();
  f.rack_id = c.int64();
  f.site_id = c.int64();
  f.rack_name = c.text();
  f.name = c.text();
  f.side = c.text();
  f.voltage = c.int32();
  f.amperage = c.int32();
  f.phase = c.text();
  f.max_utilisation_pct = c.int32();
  f.capacity_w = c.int64();
  f.status = c.text();
  f.panel = c.text();
  f.created_at = c.text();
  f.updated_at = c.text();
  c.finish();
  return f;
}

constexpr std::string_view kTypeCols =
    "SELECT t.id, t.manufacturer, t.model, t.slug, t.part_number, t.height_hu, t.full_depth, t.typical_power_w, "
    "t.max_power_w, t.power_ports, t.weight_kg FROM dcim_device_types t";
DeviceType type_from(const db::Row& r) {
  db::Cursor c(r);
  DeviceType t;
  t.id = c.int64();
  t.manufacturer = c.text();
  t.model = c.text();
  t.slug = c.text();
  t.part_number = c.text();
  t.height_hu = c.int32();
  t.full_depth = c.boolean();
  t.typical_power_w = c.int64();
  t.max_power_w = c.int64();
  t.power_ports = c.int32();
  t.weight_kg = c.opt_real();
  c.finish();
  return t;
}

constexpr std::string_view kDeviceFrom =
    " FROM dcim_devices d JOIN dcim_device_types t ON t.id = d.device_type_id "
    "LEFT JOIN dcim_racks r ON r.id = d.rack_id LEFT JOIN dcim_rooms m ON m.id = d.room_id "
    "LEFT JOIN dcim_sites s ON s.id = d.site_id";
constexpr std::string_view kDeviceCols =
    "SELECT d.id, d.device_type_id, t.manufacturer, t.model, t.height_hu, t.full_depth, t.max_power_w, t.weight_kg, "
    "d.name, d.serial, d.asset_tag, d.role, d.status, d.customer_id, d.site_id, d.room_id, d.rack_id, s.name, m.name, "
    "r.name, d.bottom_hu, d.face, d.redundant_power, d.feed, d.mgmt_address, d.config_notes, d.created_at, "
    "d.updated_at";
Device device_from(const db::Row& r) {
  db::Cursor c(r);
  Device d;
  d.id = c.int64();
  d.device_type_id = c.int64();
  d.manufacturer = c.text();
  d.model = c.text();
  d.type_label = d.manufacturer + " " + d.model;
  d.height_hu = c.int32();
  d.full_depth = c.boolean();
  d.max_power_w = c.int64();
  d.weight_kg = c.opt_real();
  d.name = c.text();
  d.serial = c.text();
  d.asset_tag = c.opt_text();
  d.role = c.text();
  d.status = c.text();
  d.customer_id = c.opt_int64();
  d.site_id = c.opt_int64();
  d.room_id = c.opt_int64();
  d.rack_id = c.opt_int64();
  d.site_name = c.text();
  d.room_name = c.text();
  d.rack_name = c.text();
  d.bottom_hu = c.opt_int32();
  d.face = c.opt_text();
  d.redundant_power = c.boolean();
  d.feed = c.text();
  d.mgmt_address = c.text();
  d.config_notes = c.text();
  d.created_at = c.text();
  d.updated_at = c.text();
  c.finish();
  return d;
}

constexpr std::string_view kInterfaceCols =
    "SELECT i.id, i.device_id, d.name, d.customer_id, d.site_id, i.name, i.type, i.speed_mbps, i.mgmt_only, "
    "i.enabled, i.description, d.room_id, d.rack_id FROM dcim_interfaces i JOIN dcim_devices d ON d.id = i.device_id";
Interface interface_from(const db::Row& r) {
  db::Cursor c(r);
  Interface i;
  i.id = c.int64();
  i.device_id = c.int64();
  i.device_name = c.text();
  i.customer_id = c.opt_int64();
  i.site_id = c.opt_int64();
  i.name = c.text();
  i.type = c.text();
  i.speed_mbps = c.opt_int64();
  i.mgmt_only = c.boolean();
  i.enabled = c.boolean();
  i.description = c.text();
  i.room_id = c.opt_int64();
  i.rack_id = c.opt_int64();
  c.finish();
  return i;
}

constexpr std::string_view kReservationCols =
    "SELECT v.id, v.rack_id, v.customer_id, v.bottom_hu, v.height_hu, v.reason, v.expires_at, v.created_at, "
    "v.released_at FROM dcim_reservations v";
Reservation reservation_from(const db::Row& r) {
  db::Cursor c(r);
  Reservation v;
  v.id = c.int64();
  v.rack_id = c.int64();
  v.customer_id = c.int64();
  v.bottom_hu = c.int32();
  v.height_hu = c.int32();
  v.reason = c.text();
  v.expires_at = c.text();
  v.created_at = c.text();
  v.released_at = c.opt_text();
  c.finish();
  return v;
}

}  // namespace

// ---- sites and rooms -------------------------------------------------------------------------

Result<Paged<Site>> list_sites(db::Tx& tx, const ListQuery& q) {
  db::ListSql sql(lists::kSites);
  sql.search(q.q);
  return db::list_page<Site>(tx, sql, "SELECT COUNT(*) FROM dcim_sites s", kSiteCols, q.sort, q.limit,
                             q.offset, site_from);
}

Result<std::optional<Site>> find_site(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kSiteCols) + " WHERE s.id = $1", {id}));
  if (!row) return std::optional<Site>{};
  return std::optional<Site>(site_from(*row));
}

Result<std::optional<Site>> find_site_by_slug(db::Tx& tx, const std::string& slug) {
  COLO_TRY(auto row, tx.one(std::string(kSiteCols) + " WHERE s.slug = $1", {slug}));
  if (!row) return std::optional<Site>{};
  return std::optional<Site>(site_from(*row));
}

Result<std::optional<Site>> find_site_by_key(db::Tx& tx, const std::string& key) {
  COLO_TRY(auto row, tx.one(std::string(kSiteCols) + " WHERE s.name = $1 OR s.slug = $1 ORDER BY s.id", {key}));
  if (!row) return std::optional<Site>{};
  return std::optional<Site>(site_from(*row));
}

constexpr std::string_view kInsertSite =
    "INSERT INTO dcim_sites (name, slug, address, time_zone, uplink_mbps, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id";
constexpr std::string_view kUpdateSite =
    "UPDATE dcim_sites SET name = $2, slug = $3, address = $4, time_zone = $5, uplink_mbps = $6, updated_at = $7 "
    "WHERE id = $1";

Result<std::int64_t> insert_site(db::Tx& tx, const Site& s, const std::string& now) {
  return tx.insert(kInsertSite, {s.name, s.slug, s.address, s.time_zone, s.uplink_mbps, now});
}
Result<std::int64_t> update_site(db::Tx& tx, const Site& s, const std::string& now) {
  return tx.exec(kUpdateSite, {s.id, s.name, s.slug, s.address, s.time_zone, s.uplink_mbps, now});
}

Result<Paged<Room>> list_rooms(db::Tx& tx, const ListQuery& q) {
  db::ListSql sql(lists::kRooms);
  if (q.site) sql.add("m.site_id = ?", *q.site);
  sql.search(q.q);
  return db::list_page<Room>(tx, sql, "SELECT COUNT(*) FROM dcim_rooms m", kRoomCols, q.sort, q.limit,
                             q.offset, room_from);
}

Result<std::optional<Room>> find_room(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kRoomCols) + " WHERE m.id = $1", {id}));
  if (!row) return std::optional<Room>{};
  return std::optional<Room>(room_from(*row));
}

Result<std::optional<Room>> find_room_by_name(db::Tx& tx, std::int64_t site_id, const std::string& name) {
  COLO_TRY(auto row, tx.one(std::string(kRoomCols) + " WHERE m.site_id = $1 AND m.name = $2", {site_id, name}));
  if (!row) return std::optional<Room>{};
  return std::optional<Room>(room_from(*row));
}

constexpr std::string_view kInsertRoom =
    "INSERT INTO dcim_rooms (site_id, name, floor, temp_min_c, temp_max_c, humidity_min_pct, humidity_max_pct, "
    "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id";
constexpr std::string_view kUpdateRoom =
    "UPDATE dcim_rooms SET site_id = $1, name = $2, floor = $3, temp_min_c = $4, temp_max_c = $5, "
    "humidity_min_pct = $6, humidity_max_pct = $7, updated_at = $8 WHERE id = $9";

Result<std::int64_t> insert_room(db::Tx& tx, const Room& m, const std::string& now) {
  return tx.insert(kInsertRoom, {m.site_id, m.name, m.floor, m.temp_min_c, m.temp_max_c, m.humidity_min_pct,
                                 m.humidity_max_pct, now});
}
Result<std::int64_t> update_room(db::Tx& tx, const Room& m, const std::string& now) {
  return tx.exec(kUpdateRoom, {m.site_id, m.name, m.floor, m.temp_min_c, m.temp_max_c, m.humidity_min_pct,
                               m.humidity_max_pct, now, m.id});
}

Result<Paged<RackRow>> list_rows(db::Tx& tx, const Context& ctx, const ListQuery& q, const std::string& now) {
  db::ListSql sql(lists::kRows);
  confine_to_visible_racks(sql, ctx, now);
  if (q.site) sql.add("r.site_id = ?", *q.site);
  if (q.room) sql.add("r.room_id = ?", *q.room);
  sql.search(q.q);
  COLO_TRY(auto order, db::order_by(lists::kRows, q.sort));
  const std::string group = " GROUP BY r.room_id, r.site_id, m.name, r.row_name";
  return db::counted_page<RackRow>(
      tx, "SELECT COUNT(*) FROM (SELECT DISTINCT r.room_id, r.row_name FROM dcim_racks r" + sql.where() + ") x",
      "SELECT r.room_id, r.site_id, m.name, r.row_name, COUNT(*) FROM dcim_racks r JOIN dcim_rooms m ON m.id = r.room_id" +
          sql.where() + group + order,
      sql.params(), q.limit, q.offset, [](const db::Row& r) {
        return RackRow{r.int64(0), r.int64(1), r.text(2), r.text(3), r.int64(4)};
      });
}

// ---- racks and feeds --------------------------------------------------------------------------

Result<Paged<Rack>> list_racks(db::Tx& tx, const Context& ctx, const ListQuery& q, const std::string& now) {
  db::ListSql sql(lists::kRacks);
  confine_to_visible_racks(sql, ctx, now);
  if (q.site) sql.add("r.site_id = ?", *q.site);
  if (q.room) sql.add("r.room_id = ?", *q.room);
  if (q.row) sql.add("r.row_name = ?", *q.row);
  if (q.status) sql.add("r.status = ?", *q.status);
  if (q.customer) sql.add("r.customer_id = ?", *q.customer);
  sql.search(q.q);
  return db::list_page<Rack>(tx, sql, "SELECT COUNT(*) FROM dcim_racks r", kRackCols, q.sort, q.limit,
                             q.offset, rack_from);
}

Result<std::optional<Rack>> find_rack(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kRackCols) + " WHERE r.id = $1", {id}));
  if (!row) return std::optional<Rack>{};
  return std::optional<Rack>(rack_from(*row));
}

Result<std::optional<Rack>> find_visible_rack(db::Tx& tx, const Context& ctx, std::int64_t id, const std::string& now) {
  db::Params p{id};
  COLO_TRY(auto row, tx.one(std::string(kRackCols) + " WHERE r.id = $1" + rack_visibility(ctx, "r", p, now), p));
  if (!row) return std::optional<Rack>{};
  return std::optional<Rack>(rack_from(*row));
}

Result<std::optional<Rack>> find_rack_by_name(db::Tx& tx, std::int64_t room_id, const std::string& name) {
  COLO_TRY(auto row, tx.one(std::string(kRackCols) + " WHERE r.room_id = $1 AND r.name = $2", {room_id, name}));
  if (!row) return std::optional<Rack>{};
  return std::optional<Rack>(rack_from(*row));
}

Result<std::vector<Rack>> racks_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  std::vector<Rack> out;
  if (ids.empty()) return out;
  db::Params p;
  auto in = db::in_list(p, ids);
  COLO_TRY(auto res, tx.query(std::string(kRackCols) + " WHERE r.id IN (" + in + ") ORDER BY r.id", p));
  for (const auto& r : res.rows) out.push_back(rack_from(r));
  return out;
}

constexpr std::string_view kInsertRack =
    "INSERT INTO dcim_racks (room_id, site_id, row_name, name, facility_id, u_height, descending, power_a_w, "
    "power_b_w, max_weight_kg, status, customer_id, created_at, updated_at) VALUES "
    "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id";
// power_a_w/power_b_w are left to refresh_rack_power.
constexpr std::string_view kUpdateRack =
    "UPDATE dcim_racks SET room_id = $1, site_id = $2, row_name = $3, name = $4, facility_id = $5, u_height = $6, "
    "descending = $7, max_weight_kg = $8, status = $9, customer_id = $10, updated_at = $11 WHERE id = $12";

Result<std::int64_t> insert_rack(db::Tx& tx, const Rack& k, const std::string& now) {
  COLO_CHECK(db::bump_data_version(tx, kScope));
  return tx.insert(kInsertRack, {k.room_id, k.site_id, k.row_name, k.name, k.facility_id, k.u_height, k.descending,
                                 k.power_a_w, k.power_b_w, k.max_weight_kg, k.status, k.customer_id, now});
}
Result<std::int64_t> update_rack(db::Tx& tx, const Rack& k, const std::string& now) {
  COLO_CHECK(db::bump_data_version(tx, kScope));
  return tx.exec(kUpdateRack, {k.room_id, k.site_id, k.row_name, k.name, k.facility_id, k.u_height, k.descending,
                               k.max_weight_kg, k.status, k.customer_id, now, k.id});
}

Result<int> rack_top_hu(db::Tx& tx, std::int64_t rack_id) {
  COLO_TRY(auto row, tx.one("SELECT MAX(d.bottom_hu + t.height_hu) FROM dcim_devices d JOIN dcim_device_types t "
                            "ON t.id = d.device_type_id WHERE d.rack_id = $1 AND d.bottom_hu IS NOT NULL",
                            {rack_id}));
  return row ? static_cast<int>(row->int64(0)) : 0;
}

Result<std::int64_t> rack_device_count(db::Tx& tx, std::int64_t rack_id) {
  COLO_TRY(auto row, tx.one("SELECT COUNT(*) FROM dcim_devices WHERE rack_id = $1", {rack_id}));
  return row ? row->int64(0) : 0;
}

Result<bool> rack_holds_other_customers(db::Tx& tx, std::int64_t rack_id, std::int64_t customer_id) {
  COLO_TRY(auto row, tx.one("SELECT 1 FROM dcim_devices WHERE rack_id = $1 AND customer_id IS NOT NULL "
                            "AND customer_id <> $2 LIMIT 1",
                            {rack_id, customer_id}));
  return row.has_value();
}

Result<Paged<PowerFeed>> list_feeds(db::Tx& tx, const Context& ctx, const ListQuery& q, const std::string& now) {
  db::ListSql sql(lists::kFeeds);
  confine_to_visible_racks(sql, ctx, now);
  if (q.rack) sql.add("f.rack_id = ?", *q.rack);
  if (q.site) sql.add("r.site_id = ?", *q.site);
  if (q.room) sql.add("r.room_id = ?", *q.room);
  if (q.status) sql.add("f.status = ?", *q.status);
  sql.search(q.q);
  return db::list_page<PowerFeed>(tx, sql,
                                  "SELECT COUNT(*) FROM dcim_power_feeds f JOIN dcim_racks r ON r.id = f.rack_id",
                                  kFeedCols, q.sort, q.limit, q.offset, feed_from);
}

Result<std::optional<PowerFeed>> find_feed(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kFeedCols) + " WHERE f.id = $1", {id}));
  if (!row) return std::optional<PowerFeed>{};
  return std::optional<PowerFeed>(feed_from(*row));
}

Result<std::vector<PowerFeed>> feeds_of_rack(db::Tx& tx, std::int64_t rack_id) {
  COLO_TRY(auto res, tx.query(std::string(kFeedCols) + " WHERE f.rack_id = $1 ORDER BY f.side, f.name, f.id", {rack_id}));
  std::vector<PowerFeed> out;
  for (const auto& r : res.rows) out.push_back(feed_from(r));
  return out;
}

constexpr std::string_view kInsertFeed =
    "INSERT INTO dcim_power_feeds (rack_id, name, side, voltage, amperage, phase, max_utilisation_pct, capacity_w, "
    "status, panel, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id";
constexpr std::string_view kUpdateFeed =
    "UPDATE dcim_power_feeds SET name = $2, side = $3, voltage = $4, amperage = $5, phase = $6, "
    "max_utilisation_pct = $7, capacity_w = $8, status = $9, panel = $10, updated_at = $11 WHERE id = $1";

Result<std::int64_t> insert_feed(db::Tx& tx, const PowerFeed& f, const std::string& now) {
  return tx.insert(kInsertFeed, {f.rack_id, f.name, f.side, f.voltage, f.amperage, f.phase, f.max_utilisation_pct,
                                 f.capacity_w, f.status, f.panel, now});
}
Result<std::int64_t> update_feed(db::Tx& tx, const PowerFeed& f, const std::string& now) {
  return tx.exec(kUpdateFeed, {f.id, f.name, f.side, f.voltage, f.amperage, f.phase, f.max_utilisation_pct,
                               f.capacity_w, f.status, f.panel, now});
}

constexpr std::string_view kRefreshRackPower =
    "UPDATE dcim_racks SET "
    "power_a_w = (SELECT COALESCE(SUM(capacity_w), 0) FROM dcim_power_feeds WHERE rack_id = $1 AND side = 'A' "
    "AND status = 'active'), "
    "power_b_w = (SELECT COALESCE(SUM(capacity_w), 0) FROM dcim_power_feeds WHERE rack_id = $1 AND side = 'B' "
    "AND status = 'active') WHERE id = $1";

Status refresh_rack_power(db::Tx& tx, std::int64_t rack_id) {
  COLO_CHECK(tx.exec(kRefreshRackPower, {rack_id}));
  return {};
}

// ---- rack facts -------------------------------------------------------------------------------

Result<std::vector<Occupant>> rack_occupants(db::Tx& tx, std::int64_t rack_id, std::int64_t except_device) {
  COLO_TRY(auto res, tx.query("SELECT d.id, d.name, d.bottom_hu, t.height_hu, d.face, t.full_depth FROM dcim_devices d "
                              "JOIN dcim_device_types t ON t.id = d.device_type_id WHERE d.rack_id = $1 AND d.id <> $2 "
                              "AND d.bottom_hu IS NOT NULL AND t.height_hu > 0 ORDER BY d.bottom_hu",
                              {rack_id, except_device}));
  std::vector<Occupant> out;
  for (const auto& r : res.rows)
    out.push_back({r.int64(0), r.text(1), static_cast<int>(r.int64(2)), static_cast<int>(r.int64(3)),
                   r.opt_text(4).value_or("front"), r.boolean(5)});
  return out;
}

Result<std::vector<Reserved>> live_reservations(db::Tx& tx, std::int64_t rack_id, const std::string& now) {
  COLO_TRY(auto res, tx.query("SELECT id, customer_id, bottom_hu, height_hu FROM dcim_reservations WHERE rack_id = $1 "
                              "AND released_at IS NULL AND expires_at > $2 ORDER BY bottom_hu",
                              {rack_id, now}));
  std::vector<Reserved> out;
  for (const auto& r : res.rows)
    out.push_back({r.int64(0), r.int64(1), static_cast<int>(r.int64(2)), static_cast<int>(r.int64(3))});
  return out;
}

// The load of a device on each side, in SQL: the full maximum draw on both sides for a redundant
// device, on its feed for a single-corded one, nothing once decommissioned (rules.hpp feed_load).
#define COLO_DCIM_LOAD_A                                                                                   \
  "CASE WHEN d.status <> 'decommissioned' AND (d.redundant_power = 1 OR d.feed = 'A') THEN t.max_power_w " \
  "ELSE 0 END"
#define COLO_DCIM_LOAD_B                                                                                   \
  "CASE WHEN d.status <> 'decommissioned' AND (d.redundant_power = 1 OR d.feed = 'B') THEN t.max_power_w " \
  "ELSE 0 END"

Result<RackLoad> rack_load(db::Tx& tx, std::int64_t rack_id, std::int64_t except_device) {
  COLO_TRY(auto row, tx.one("SELECT COALESCE(SUM(" COLO_DCIM_LOAD_A "), 0), COALESCE(SUM(" COLO_DCIM_LOAD_B
                            "), 0), COALESCE(SUM(t.weight_kg), 0) FROM dcim_devices d JOIN dcim_device_types t "
                            "ON t.id = d.device_type_id WHERE d.rack_id = $1 AND d.id <> $2",
                            {rack_id, except_device}));
  if (!row) return RackLoad{};
  return RackLoad{row->int64(0), row->int64(1), row->real(2)};
}

// ---- device types -----------------------------------------------------------------------------

Result<Paged<DeviceType>> list_types(db::Tx& tx, const ListQuery& q) {
  db::ListSql sql(lists::kTypes);
  if (q.manufacturer) sql.add("t.manufacturer = ?", *q.manufacturer);
  sql.search(q.q);
  return db::list_page<DeviceType>(tx, sql, "SELECT COUNT(*) FROM dcim_device_types t", kTypeCols, q.sort,
                                   q.limit, q.offset, type_from);
}

Result<std::optional<DeviceType>> find_type(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kTypeCols) + " WHERE t.id = $1", {id}));
  if (!row) return std::optional<DeviceType>{};
  return std::optional<DeviceType>(type_from(*row));
}

Result<std::optional<DeviceType>> find_type_by_model(db::Tx& tx, const std::string& manufacturer,
                                                     const std::string& model) {
  COLO_TRY(auto row, tx.one(std::string(kTypeCols) + " WHERE t.manufacturer = $1 AND t.model = $2", {manufacturer, model}));
  if (!row) return std::optional<DeviceType>{};
  return std::optional<DeviceType>(type_from(*row));
}

Status load_type_templates(db::Tx& tx, DeviceType& t) {
  COLO_TRY(auto ifs, tx.query("SELECT name, type, mgmt_only, speed_mbps FROM dcim_device_type_interfaces "
                              "WHERE device_type_id = $1 ORDER BY position",
                              {t.id}));
  t.interfaces.clear();
  for (const auto& r : ifs.rows) t.interfaces.push_back({r.text(0), r.text(1), r.boolean(2), r.opt_int64(3)});
  COLO_TRY(auto pps, tx.query("SELECT name, type, maximum_draw_w, allocated_draw_w FROM dcim_device_type_power_ports "
                              "WHERE device_type_id = $1 ORDER BY position",
                              {t.id}));
  t.power_port_templates.clear();
  for (const auto& r : pps.rows) t.power_port_templates.push_back({r.text(0), r.text(1), r.opt_int64(2), r.opt_int64(3)});
  return {};
}

Result<std::int64_t> type_device_count(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one("SELECT COUNT(*) FROM dcim_devices WHERE device_type_id = $1", {id}));
  return row ? row->int64(0) : 0;
}

Result<std::map<std::string, std::pair<std::int64_t, std::string>>> type_hashes(db::Tx& tx) {
  COLO_TRY(auto res, tx.query("SELECT manufacturer, model, id, content_hash FROM dcim_device_types"));
  std::map<std::string, std::pair<std::int64_t, std::string>> out;
  for (const auto& r : res.rows) out[r.text(0) + "\n" + r.text(1)] = {r.int64(2), r.text(3)};
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
  COLO_CHECK(tx.exec(kUpdateTypeByHand, {t.id, t.manufacturer, t.model, t.slug, t.part_number, t.height_hu,
                                         t.full_depth, t.typical_power_w, t.max_power_w, t.weight_kg,
                                         std::string(kHandMadeTypeHash), now}));
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
    std::string sql = "INSERT INTO dcim_device_type_interfaces (device_type_id, position, name, type, mgmt_only, "
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
    std::string sql = "INSERT INTO dcim_device_type_power_ports (device_type_id, position, name, type, maximum_draw_w, "
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
  return {d.device_type_id, d.name, d.serial, d.asset_tag, d.role, d.status, d.customer_id, d.site_id,
          d.room_id, d.rack_id, d.bottom_hu, d.face, d.redundant_power, d.feed, d.mgmt_address,
          d.config_notes, now};
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
  COLO_TRY(auto ev, tx.query("SELECT kind, detail, actor, at FROM dcim_device_events WHERE device_id = $1 ORDER BY id",
                             {d.id}));
  for (const auto& r : ev.rows) d.history.push_back({r.text(0), r.text(1), r.text(2), r.text(3)});
  COLO_TRY(auto mt, tx.query("SELECT id, performed_on, performed_by, summary, next_due FROM dcim_maintenance "
                             "WHERE device_id = $1 ORDER BY performed_on DESC, id DESC",
                             {d.id}));
  for (const auto& r : mt.rows) d.maintenance.push_back({r.int64(0), r.text(1), r.text(2), r.text(3), r.opt_text(4)});
  return {};
}

Result<std::int64_t> insert_maintenance(db::Tx& tx, std::int64_t device_id, const Maintenance& m,
                                        const std::string& now) {
  return tx.insert("INSERT INTO dcim_maintenance (device_id, performed_on, performed_by, summary, next_due, created_at) "
                   "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                   {device_id, m.performed_on, m.performed_by, m.summary, m.next_due, now});
}

Result<std::vector<std::int64_t>> customer_devices(db::Tx& tx, std::int64_t customer_id) {
  COLO_TRY(auto res, tx.query("SELECT id FROM dcim_devices WHERE customer_id = $1 ORDER BY id", {customer_id}));
  std::vector<std::int64_t> out;
  for (const auto& r : res.rows) out.push_back(r.int64(0));
  return out;
}

// ---- reservations -----------------------------------------------------------------------------

Result<Paged<Reservation>> list_reservations(db::Tx& tx, const Context& ctx, const ListQuery& q,
                                             const std::string& now) {
  db::ListSql sql(lists::kReservations);
  sql.raw("v.released_at IS NULL");
  sql.add("v.expires_at > ?", now);
  sql.tenant(ctx);
  if (q.rack) sql.add("v.rack_id = ?", *q.rack);
  if (q.customer) sql.add("v.customer_id = ?", *q.customer);
  if (q.site) sql.add("v.rack_id IN (SELECT r.id FROM dcim_racks r WHERE r.site_id = ?)", *q.site);
  if (q.room) sql.add("v.rack_id IN (SELECT r.id FROM dcim_racks r WHERE r.room_id = ?)", *q.room);
  sql.search(q.q);
  return db::list_page<Reservation>(tx, sql, "SELECT COUNT(*) FROM dcim_reservations v",
                                    kReservationCols, q.sort, q.limit, q.offset, reservation_from);
}

Result<std::optional<Reservation>> find_reservation(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kReservationCols) + " WHERE v.id = $1", {id}));
  if (!row) return std::optional<Reservation>{};
  return std::optional<Reservation>(reservation_from(*row));
}

Result<std::int64_t> insert_reservation(db::Tx& tx, const Reservation& r) {
  return tx.insert("INSERT INTO dcim_reservations (rack_id, customer_id, bottom_hu, height_hu, reason, expires_at, "
                   "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                   {r.rack_id, r.customer_id, r.bottom_hu, r.height_hu, r.reason, r.expires_at, r.created_at});
}

Status release_reservation(db::Tx& tx, std::int64_t id, const std::string& now) {
  COLO_CHECK(tx.exec("UPDATE dcim_reservations SET released_at = $2 WHERE id = $1 AND released_at IS NULL", {id, now}));
  return {};
}

// ---- interfaces -------------------------------------------------------------------------------

Result<Paged<Interface>> list_interfaces(db::Tx& tx, const Context& ctx, const ListQuery& q,
                                         std::optional<std::int64_t> device) {
  db::ListSql sql(lists::kInterfaces);
  sql.tenant(ctx);
  if (device) sql.add("i.device_id = ?", *device);
  if (q.rack) sql.add("d.rack_id = ?", *q.rack);
  if (q.room) sql.add("d.room_id = ?", *q.room);
  if (q.customer) sql.add("d.customer_id = ?", *q.customer);
  if (q.site) sql.add("d.site_id = ?", *q.site);
  sql.search(q.q);
  return db::list_page<Interface>(tx, sql,
                                  "SELECT COUNT(*) FROM dcim_interfaces i JOIN dcim_devices d ON d.id = i.device_id",
                                  kInterfaceCols, q.sort, q.limit, q.offset, interface_from);
}

Result<std::optional<Interface>> find_interface(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kInterfaceCols) + " WHERE i.id = $1", {id}));
  if (!row) return std::optional<Interface>{};
  return std::optional<Interface>(interface_from(*row));
}

Result<std::vector<Interface>> interfaces_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  std::vector<Interface> out;
  if (ids.empty()) return out;
  db::Params p;
  auto in = db::in_list(p, ids);
  COLO_TRY(auto res, tx.query(std::string(kInterfaceCols) + " WHERE i.id IN (" + in + ") ORDER BY i.id", p));
  for (const auto& r : res.rows) out.push_back(interface_from(r));
  return out;
}

Status lock_interface(db::Tx& tx, std::int64_t id) {
  // A no-op write: PostgreSQL takes the row lock, portable SQL needs no FOR UPDATE.
  COLO_CHECK(tx.exec("UPDATE dcim_interfaces SET enabled = enabled WHERE id = $1", {id}));
  return {};
}

Status update_interface(db::Tx& tx, const Interface& i) {
  COLO_CHECK(tx.exec("UPDATE dcim_interfaces SET speed_mbps = $2, enabled = $3, description = $4 WHERE id = $1",
                     {i.id, i.speed_mbps, i.enabled, i.description}));
  return {};
}

// ---- utilisation, elevation, capacity ----------------------------------------------------------

// Per rack, in one statement: devices (units per face, either face, power per side, count),
// the overlap of half-depth devices sharing units front and rear (so that "used" counts a unit
// once), live reservations and the part of them devices already fill, and interfaces.
// $1 is now; $2 the caller's customer (NULL for staff): a customer's figures count only its own
// devices, reservations and interfaces, never those of others sharing its racks.
#define COLO_DCIM_OWN(column) "(CAST($2 AS BIGINT) IS NULL OR " column " = $2)"
constexpr std::string_view kPerRackAggregates =
    " LEFT JOIN (SELECT d.rack_id, COUNT(*) AS devices, "
    "SUM(CASE WHEN d.bottom_hu IS NOT NULL AND t.full_depth = 1 THEN t.height_hu ELSE 0 END) AS full_hu, "
    "SUM(CASE WHEN d.bottom_hu IS NOT NULL AND t.full_depth = 0 AND d.face = 'front' THEN t.height_hu ELSE 0 END) AS front_half_hu, "
    "SUM(CASE WHEN d.bottom_hu IS NOT NULL AND t.full_depth = 0 AND d.face = 'rear' THEN t.height_hu ELSE 0 END) AS rear_half_hu, "
    "SUM(" COLO_DCIM_LOAD_A ") AS load_a, SUM(" COLO_DCIM_LOAD_B ") AS load_b "
    "FROM dcim_devices d JOIN dcim_device_types t ON t.id = d.device_type_id WHERE d.rack_id IS NOT NULL "
    "AND " COLO_DCIM_OWN("d.customer_id") " GROUP BY d.rack_id) dv ON dv.rack_id = r.id "
    "LEFT JOIN (SELECT f.rack_id, SUM(CASE WHEN f.bottom_hu + tf.height_hu < b.bottom_hu + tb.height_hu "
    "THEN f.bottom_hu + tf.height_hu ELSE b.bottom_hu + tb.height_hu END - "
    "CASE WHEN f.bottom_hu > b.bottom_hu THEN f.bottom_hu ELSE b.bottom_hu END) AS shared_hu "
    "FROM dcim_devices f JOIN dcim_device_types tf ON tf.id = f.device_type_id "
    "JOIN dcim_devices b ON b.rack_id = f.rack_id JOIN dcim_device_types tb ON tb.id = b.device_type_id "
    "WHERE f.face = 'front' AND b.face = 'rear' AND tf.full_depth = 0 AND tb.full_depth = 0 "
    "AND f.bottom_hu IS NOT NULL AND b.bottom_hu IS NOT NULL "
    "AND f.bottom_hu < b.bottom_hu + tb.height_hu AND b.bottom_hu < f.bottom_hu + tf.height_hu "
    "AND " COLO_DCIM_OWN("f.customer_id") " AND " COLO_DCIM_OWN("b.customer_id")
    " GROUP BY f.rack_id) ov ON ov.rack_id = r.id "
    "LEFT JOIN (SELECT v.rack_id, SUM(v.height_hu) AS reserved_hu FROM dcim_reservations v "
    "WHERE v.released_at IS NULL AND v.expires_at > $1 AND " COLO_DCIM_OWN("v.customer_id")
    " GROUP BY v.rack_id) rv ON rv.rack_id = r.id "
    "LEFT JOIN (SELECT v.rack_id, SUM(CASE WHEN v.bottom_hu + v.height_hu < d.bottom_hu + t.height_hu "
    "THEN v.bottom_hu + v.height_hu ELSE d.bottom_hu + t.height_hu END - "
    "CASE WHEN v.bottom_hu > d.bottom_hu THEN v.bottom_hu ELSE d.bottom_hu END) AS filled_hu "
    "FROM dcim_reservations v JOIN dcim_devices d ON d.rack_id = v.rack_id "
    "JOIN dcim_device_types t ON t.id = d.device_type_id "
    "WHERE v.released_at IS NULL AND v.expires_at > $1 AND d.bottom_hu IS NOT NULL "
    "AND v.bottom_hu < d.bottom_hu + t.height_hu AND d.bottom_hu < v.bottom_hu + v.height_hu "
    "AND " COLO_DCIM_OWN("v.customer_id") " GROUP BY v.rack_id) rov ON rov.rack_id = r.id "
    "LEFT JOIN (SELECT d.rack_id, COUNT(*) AS total, SUM(i.enabled) AS enabled FROM dcim_interfaces i "
    "JOIN dcim_devices d ON d.id = i.device_id WHERE d.rack_id IS NOT NULL AND " COLO_DCIM_OWN("d.customer_id")
    " GROUP BY d.rack_id) iv ON iv.rack_id = r.id";
#undef COLO_DCIM_OWN

Result<std::vector<Utilisation>> utilisation(db::Tx& tx, const Context& ctx, const std::string& scope,
                                             std::optional<std::int64_t> id, std::optional<std::int64_t> site,
                                             std::optional<std::int64_t> room, const std::string& now) {
  std::string key, name, join;
  if (scope == "site") {
    key = "r.site_id";
    name = "x.name";
    join = " JOIN dcim_sites x ON x.id = r.site_id";
  } else if (scope == "room") {
    key = "r.room_id";
    name = "x.name";
    join = " JOIN dcim_rooms x ON x.id = r.room_id";
  } else if (scope == "row") {
    key = "r.room_id";
    name = "r.row_name";
  } else {
    key = "r.id";
    name = "r.name";
  }
  db::Params p{now, ctx.tenant()};
  std::string where = " WHERE 1 = 1" + rack_visibility(ctx, "r", p, now);
  // A decommissioned rack takes nothing: it counts in its own figures, not in its room's.
  if (scope != "rack") where += " AND r.status <> 'decommissioned'";
  if (id) where += " AND " + key + " = " + db::bind(p, *id);
  if (site) where += " AND r.site_id = " + db::bind(p, *site);
  if (room) where += " AND r.room_id = " + db::bind(p, *room);
  const std::string group = scope == "row" ? key + ", r.row_name" : key + ", " + name;
  const std::string sql =
      "SELECT " + key + ", " + name + ", COUNT(*), SUM(r.u_height * 2), "
      "SUM(COALESCE(dv.full_hu, 0) + COALESCE(dv.front_half_hu, 0)), "
      "SUM(COALESCE(dv.full_hu, 0) + COALESCE(dv.rear_half_hu, 0)), "
      "SUM(COALESCE(dv.full_hu, 0) + COALESCE(dv.front_half_hu, 0) + COALESCE(dv.rear_half_hu, 0) - "
      "COALESCE(ov.shared_hu, 0)), "
      "SUM(CASE WHEN COALESCE(rv.reserved_hu, 0) > COALESCE(rov.filled_hu, 0) "
      "THEN COALESCE(rv.reserved_hu, 0) - COALESCE(rov.filled_hu, 0) ELSE 0 END), "
      "SUM(r.power_a_w), SUM(r.power_b_w), SUM(COALESCE(dv.load_a, 0)), SUM(COALESCE(dv.load_b, 0)), "
      "SUM(COALESCE(dv.devices, 0)), SUM(COALESCE(iv.total, 0)), SUM(COALESCE(iv.enabled, 0)) "
      "FROM dcim_racks r" + join + std::string(kPerRackAggregates) + where + " GROUP BY " + group + " ORDER BY " + group;
  COLO_TRY(auto res, tx.query(sql, p));
  std::vector<Utilisation> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    Utilisation u;
    u.scope = scope;
    u.id = c.int64();
    u.name = c.text();
    u.racks = c.int64();
    u.units_total = c.int64();
    u.units_front_hu = c.int64();
    u.units_rear_hu = c.int64();
    u.units_used_hu = c.int64();
    u.units_reserved_hu = c.int64();
    u.power_a_w = c.int64();
    u.power_b_w = c.int64();
    u.allocated_a_w = c.int64();
    u.allocated_b_w = c.int64();
    u.devices = c.int64();
    u.interfaces = c.int64();
    u.interfaces_enabled = c.int64();
    c.finish();
    out.push_back(std::move(u));
  }
  return out;
}

Result<std::vector<PlacedDevice>> placed_devices(db::Tx& tx, std::int64_t rack_id) {
  COLO_TRY(auto res, tx.query("SELECT d.id, d.name, d.bottom_hu, t.height_hu, d.face, t.full_depth, d.customer_id "
                              "FROM dcim_devices d JOIN dcim_device_types t ON t.id = d.device_type_id "
                              "WHERE d.rack_id = $1 AND d.bottom_hu IS NOT NULL AND t.height_hu > 0 ORDER BY d.bottom_hu, d.id",
                              {rack_id}));
  std::vector<PlacedDevice> out;
  for (const auto& r : res.rows)
    out.push_back({r.int64(0), r.text(1), static_cast<int>(r.int64(2)), static_cast<int>(r.int64(3)),
                   r.opt_text(4).value_or("front"), r.boolean(5), r.opt_int64(6)});
  return out;
}

Result<std::vector<Reservation>> rack_reservations(db::Tx& tx, std::int64_t rack_id, const std::string& now) {
  COLO_TRY(auto res, tx.query(std::string(kReservationCols) +
                                  " WHERE v.rack_id = $1 AND v.released_at IS NULL AND v.expires_at > $2 ORDER BY v.bottom_hu",
                              {rack_id, now}));
  std::vector<Reservation> out;
  for (const auto& r : res.rows) out.push_back(reservation_from(r));
  return out;
}

Result<std::vector<RackCapacity>> capacity(db::Tx& tx, std::optional<std::int64_t> site_id,
                                           std::optional<std::int64_t> room_id, const std::string& now) {
  db::Params p;
  std::string scope;
  if (site_id) scope += " AND r.site_id = " + db::bind(p, *site_id);
  if (room_id) scope += " AND r.room_id = " + db::bind(p, *room_id);
  COLO_TRY(auto racks, tx.query("SELECT r.id, r.name, r.row_name, r.room_id, r.site_id, m.name, s.name, r.u_height, "
                                "r.status, r.customer_id, r.power_a_w, r.power_b_w, r.max_weight_kg FROM dcim_racks r "
                                "JOIN dcim_rooms m ON m.id = r.room_id JOIN dcim_sites s ON s.id = r.site_id WHERE 1 = 1" +
                                    scope + " ORDER BY r.id",
                                p));
  std::vector<RackCapacity> out;
  out.reserve(racks.rows.size());
  std::unordered_map<std::int64_t, std::size_t> index;
  for (const auto& r : racks.rows) {
    db::Cursor c(r);
    RackCapacity k;
    k.id = c.int64();
    k.name = c.text();
    k.row_name = c.text();
    k.room_id = c.int64();
    k.site_id = c.int64();
    k.room_name = c.text();
    k.site_name = c.text();
    k.u_height = c.int32();
    k.status = c.text();
    k.customer_id = c.opt_int64();
    k.power_a_w = c.int64();
    k.power_b_w = c.int64();
    k.max_weight_kg = c.real();
    c.finish();
    index[k.id] = out.size();
    out.push_back(std::move(k));
  }
  if (out.empty()) return out;
  COLO_TRY(auto devices, tx.query("SELECT d.rack_id, d.bottom_hu, t.height_hu, d.face, t.full_depth, d.customer_id "
                                  "FROM dcim_devices d JOIN dcim_device_types t ON t.id = d.device_type_id "
                                  "JOIN dcim_racks r ON r.id = d.rack_id WHERE d.bottom_hu IS NOT NULL AND t.height_hu > 0" +
                                      scope + " ORDER BY d.rack_id, d.bottom_hu",
                                  p));
  for (const auto& r : devices.rows) {
    db::Cursor c(r);
    auto it = index.find(c.int64());
    if (it == index.end()) continue;
    auto& k = out[it->second];
    UnitSpan span;
    span.bottom_hu = c.int32();
    span.height_hu = c.int32();
    const auto face = c.opt_text().value_or("front");
    span.full_depth = c.boolean();
    span.customer_id = c.opt_int64();
    c.finish();
    if (span.full_depth || face == "front") k.front.push_back(span);
    if (span.full_depth || face == "rear") k.rear.push_back(span);
  }
  auto lp = p;
  auto n = db::bind(lp, now);
  COLO_TRY(auto held, tx.query("SELECT v.rack_id, v.id, v.customer_id, v.bottom_hu, v.height_hu, v.expires_at "
                               "FROM dcim_reservations v JOIN dcim_racks r ON r.id = v.rack_id "
                               "WHERE v.released_at IS NULL AND v.expires_at > " + n + scope +
                                   " ORDER BY v.rack_id, v.bottom_hu",
                               lp));
  for (const auto& r : held.rows) {
    auto it = index.find(r.int64(0));
    if (it == index.end()) continue;
    out[it->second].reservations.push_back(
        {r.int64(1), r.int64(2), static_cast<int>(r.int64(3)), static_cast<int>(r.int64(4)), r.text(5)});
  }
  COLO_TRY(auto loads, tx.query("SELECT d.rack_id, SUM(" COLO_DCIM_LOAD_A "), SUM(" COLO_DCIM_LOAD_B
                                "), SUM(COALESCE(t.weight_kg, 0)) FROM dcim_devices d "
                                "JOIN dcim_device_types t ON t.id = d.device_type_id JOIN dcim_racks r ON r.id = d.rack_id "
                                "WHERE 1 = 1" + scope + " GROUP BY d.rack_id",
                                p));
  for (const auto& r : loads.rows) {
    auto it = index.find(r.int64(0));
    if (it == index.end()) continue;
    auto& c = out[it->second];
    c.allocated_a_w = r.int64(1);
    c.allocated_b_w = r.int64(2);
    c.weight_kg = r.real(3);
  }
  return out;
}

// ---- bulk loading -----------------------------------------------------------------------------

Status insert_devices(db::Tx& tx, const std::vector<BulkDevice>& devices, const std::string& now) {
  COLO_CHECK(db::bump_data_version(tx, kScope));
  constexpr std::size_t kBatch = 50;
  for (std::size_t start = 0; start < devices.size(); start += kBatch) {
    const auto end = std::min(devices.size(), start + kBatch);
    std::string sql =
        "INSERT INTO dcim_devices (device_type_id, name, serial, role, status, customer_id, site_id, room_id, rack_id, "
        "bottom_hu, face, redundant_power, feed, created_at, updated_at) VALUES ";
    db::Params p;
    p.reserve((end - start) * 13 + 1);
    const auto ts = db::bind(p, now);
    for (auto i = start; i < end; ++i) {
      const auto& d = devices[i];
      if (i > start) sql += ", ";
      // One placeholder per push, in order: the operands of + are not evaluated in a fixed order.
      sql += "(" + db::bind(p, d.device_type_id);
      sql += ", " + db::bind(p, d.name);
      sql += ", " + db::bind(p, d.serial);
      sql += ", " + db::bind(p, d.role);
      sql += ", " + db::bind(p, d.status);
      sql += ", " + db::bind(p, d.customer_id);
      sql += ", " + db::bind(p, d.site_id);
      sql += ", " + db::bind(p, d.room_id);
      sql += ", " + db::bind(p, d.rack_id);
      sql += ", " + db::bind(p, d.bottom_hu);
      sql += ", " + db::bind(p, d.face);
      sql += ", " + db::bind(p, d.redundant_power);
      sql += ", " + db::bind(p, d.feed);
      sql += ", " + ts + ", " + ts + ")";
    }
    COLO_CHECK(tx.exec(sql, p));
  }
  return {};
}

Status instantiate_rack_interfaces(db::Tx& tx, std::int64_t rack_id) {
  COLO_CHECK(tx.exec("INSERT INTO dcim_interfaces (device_id, name, type, speed_mbps, mgmt_only, enabled, description) "
                     "SELECT d.id, t.name, t.type, t.speed_mbps, t.mgmt_only, 1, '' FROM dcim_devices d "
                     "JOIN dcim_device_type_interfaces t ON t.device_type_id = d.device_type_id WHERE d.rack_id = $1",
                     {rack_id}));
  return {};
}

}  // namespace colo::dcim::store
