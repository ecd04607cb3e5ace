// dcim store: the SQL of interfaces.
#include "dcim/store.hpp"

#include <unordered_map>

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "dcim/lists.hpp"
#include "dcim/store_rows.hpp"

namespace colo::dcim::store {

using namespace detail;

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

Result<std::vector<Interface>> interfaces_of_devices(db::Tx& tx, const std::vector<std::int64_t>& device_ids) {
  std::vector<Interface> out;
  if (device_ids.empty()) return out;
  db::Params p;
  auto in = db::in_list(p, device_ids);
  COLO_TRY(
      auto res,
      tx.query(std::string(kInterfaceCols) + " WHERE i.device_id IN (" + in + ") ORDER BY i.device_id, i.name", p));
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

}  // namespace colo::dcim::store
