// dcim store: the SQL of reservations.
#include "dcim/store.hpp"

#include <unordered_map>

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "dcim/lists.hpp"
#include "dcim/store_rows.hpp"

namespace colo::dcim::store {

using namespace detail;

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
  return db::list_page<Reservation>(tx, sql, "SELECT COUNT(*) FROM dcim_reservations v", kReservationCols, q.sort,
                                    q.limit, q.offset, reservation_from);
}

Result<std::optional<Reservation>> find_reservation(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kReservationCols) + " WHERE v.id = $1", {id}));
  if (!row) return std::optional<Reservation>{};
  return std::optional<Reservation>(reservation_from(*row));
}

Result<std::int64_t> insert_reservation(db::Tx& tx, const Reservation& r) {
  return tx.insert(
      "INSERT INTO dcim_reservations (rack_id, customer_id, bottom_hu, height_hu, reason, expires_at, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
      {r.rack_id, r.customer_id, r.bottom_hu, r.height_hu, r.reason, r.expires_at, r.created_at});
}

Status release_reservation(db::Tx& tx, std::int64_t id, const std::string& now) {
  COLO_CHECK(tx.exec("UPDATE dcim_reservations SET released_at = $2 WHERE id = $1 AND released_at IS NULL", {id, now}));
  return {};
}

}  // namespace colo::dcim::store
