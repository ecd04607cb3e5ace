// dcim store: the SQL of sites and rooms.
#include "dcim/store.hpp"

#include <unordered_map>

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "dcim/lists.hpp"
#include "dcim/store_rows.hpp"

namespace colo::dcim::store {

using namespace detail;

// ---- sites and rooms -------------------------------------------------------------------------

Result<Paged<Site>> list_sites(db::Tx& tx, const ListQuery& q) {
  db::ListSql sql(lists::kSites);
  sql.search(q.q);
  return db::list_page<Site>(tx, sql, "SELECT COUNT(*) FROM dcim_sites s", kSiteCols, q.sort, q.limit, q.offset,
                             site_from);
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
  return db::list_page<Room>(tx, sql, "SELECT COUNT(*) FROM dcim_rooms m", kRoomCols, q.sort, q.limit, q.offset,
                             room_from);
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
      "SELECT r.room_id, r.site_id, m.name, r.row_name, COUNT(*) FROM dcim_racks r JOIN dcim_rooms m ON m.id = "
      "r.room_id" +
          sql.where() + group + order,
      sql.params(), q.limit, q.offset, [](const db::Row& r) {
        db::Cursor c(r);
        RackRow row{c.int64(), c.int64(), c.text(), c.text(), c.int64()};
        c.finish();
        return row;
      });
}

}  // namespace colo::dcim::store
