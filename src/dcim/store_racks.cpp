// dcim store: the SQL of racks, power feeds, the facts rack rules check, utilisation, elevation
// and capacity.
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
  return db::list_page<Rack>(tx, sql, "SELECT COUNT(*) FROM dcim_racks r", kRackCols, q.sort, q.limit, q.offset,
                             rack_from);
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
  COLO_TRY(auto res,
           tx.query(std::string(kFeedCols) + " WHERE f.rack_id = $1 ORDER BY f.side, f.name, f.id", {rack_id}));
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
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    out.push_back({c.int64(), c.text(), c.int32(), c.int32(), c.opt_text().value_or("front"), c.boolean()});
    c.finish();
  }
  return out;
}

Result<std::vector<Reserved>> live_reservations(db::Tx& tx, std::int64_t rack_id, const std::string& now) {
  COLO_TRY(auto res, tx.query("SELECT id, customer_id, bottom_hu, height_hu FROM dcim_reservations WHERE rack_id = $1 "
                              "AND released_at IS NULL AND expires_at > $2 ORDER BY bottom_hu",
                              {rack_id, now}));
  std::vector<Reserved> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    out.push_back({c.int64(), c.int64(), c.int32(), c.int32()});
    c.finish();
  }
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
                                             std::optional<std::int64_t> room, const std::string& now,
                                             const std::vector<std::int64_t>& rack_ids) {
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
  if (!rack_ids.empty()) {
    where += " AND r.id IN (";
    for (std::size_t i = 0; i < rack_ids.size(); ++i) where += (i ? ", " : "") + db::bind(p, rack_ids[i]);
    where += ")";
  }
  const std::string group = scope == "row" ? key + ", r.row_name" : key + ", " + name;
  const std::string sql =
      "SELECT " + key + ", " + name +
      ", COUNT(*), SUM(r.u_height * 2), "
      "SUM(COALESCE(dv.full_hu, 0) + COALESCE(dv.front_half_hu, 0)), "
      "SUM(COALESCE(dv.full_hu, 0) + COALESCE(dv.rear_half_hu, 0)), "
      "SUM(COALESCE(dv.full_hu, 0) + COALESCE(dv.front_half_hu, 0) + COALESCE(dv.rear_half_hu, 0) - "
      "COALESCE(ov.shared_hu, 0)), "
      "SUM(CASE WHEN COALESCE(rv.reserved_hu, 0) > COALESCE(rov.filled_hu, 0) "
      "THEN COALESCE(rv.reserved_hu, 0) - COALESCE(rov.filled_hu, 0) ELSE 0 END), "
      "SUM(r.power_a_w), SUM(r.power_b_w), SUM(COALESCE(dv.load_a, 0)), SUM(COALESCE(dv.load_b, 0)), "
      "SUM(COALESCE(dv.devices, 0)), SUM(COALESCE(iv.total, 0)), SUM(COALESCE(iv.enabled, 0)) "
      "FROM dcim_racks r" +
      join + std::string(kPerRackAggregates) + where + " GROUP BY " + group + " ORDER BY " + group;
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
  COLO_TRY(auto res,
           tx.query("SELECT d.id, d.name, d.bottom_hu, t.height_hu, d.face, t.full_depth, d.customer_id "
                    "FROM dcim_devices d JOIN dcim_device_types t ON t.id = d.device_type_id "
                    "WHERE d.rack_id = $1 AND d.bottom_hu IS NOT NULL AND t.height_hu > 0 ORDER BY d.bottom_hu, d.id",
                    {rack_id}));
  std::vector<PlacedDevice> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    out.push_back(
        {c.int64(), c.text(), c.int32(), c.int32(), c.opt_text().value_or("front"), c.boolean(), c.opt_int64()});
    c.finish();
  }
  return out;
}

Result<std::vector<Reservation>> rack_reservations(db::Tx& tx, std::int64_t rack_id, const std::string& now) {
  COLO_TRY(auto res,
           tx.query(std::string(kReservationCols) +
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
  COLO_TRY(auto racks,
           tx.query("SELECT r.id, r.name, r.row_name, r.room_id, r.site_id, m.name, s.name, r.u_height, "
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
  COLO_TRY(auto devices,
           tx.query("SELECT d.rack_id, d.bottom_hu, t.height_hu, d.face, t.full_depth, d.customer_id "
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
                               "WHERE v.released_at IS NULL AND v.expires_at > " +
                                   n + scope + " ORDER BY v.rack_id, v.bottom_hu",
                               lp));
  for (const auto& r : held.rows) {
    db::Cursor c(r);
    auto it = index.find(c.int64());
    if (it == index.end()) continue;
    out[it->second].reservations.push_back({c.int64(), c.int64(), c.int32(), c.int32(), c.text()});
    c.finish();
  }
  COLO_TRY(auto loads,
           tx.query("SELECT d.rack_id, SUM(" COLO_DCIM_LOAD_A "), SUM(" COLO_DCIM_LOAD_B
                    "), SUM(COALESCE(t.weight_kg, 0)) FROM dcim_devices d "
                    "JOIN dcim_device_types t ON t.id = d.device_type_id JOIN dcim_racks r ON r.id = d.rack_id "
                    "WHERE 1 = 1" +
                        scope + " GROUP BY d.rack_id",
                    p));
  for (const auto& r : loads.rows) {
    db::Cursor c(r);
    auto it = index.find(c.int64());
    if (it == index.end()) continue;
    auto& k = out[it->second];
    k.allocated_a_w = c.int64();
    k.allocated_b_w = c.int64();
    k.weight_kg = c.real();
    c.finish();
  }
  return out;
}

}  // namespace colo::dcim::store
