// IPAM store: the SQL of cables and their ends.
#include "ipam/store.hpp"

#include "ipam/lists.hpp"

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "ipam/store_rows.hpp"

namespace colo::ipam::store {

using namespace detail;

namespace {

constexpr std::string_view kInsertCable =
    "INSERT INTO ipam_cables (a_interface_id, a_device_id, b_interface_id, b_device_id, type, status, "
    "label, length_m, colour, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id";
constexpr std::string_view kUpdateCable =
    "UPDATE ipam_cables SET a_interface_id = $2, a_device_id = $3, b_interface_id = $4, b_device_id = $5, "
    "type = $6, status = $7, label = $8, length_m = $9, colour = $10, updated_at = $11 WHERE id = $1";
constexpr std::string_view kClaimEnd = "INSERT INTO ipam_cable_ends (interface_id, cable_id, side) VALUES ($1, $2, $3)";
constexpr std::string_view kReleaseEnds = "DELETE FROM ipam_cable_ends WHERE cable_id = $1";
constexpr std::string_view kCableOnInterface = "SELECT cable_id FROM ipam_cable_ends WHERE interface_id = $1";

}  // namespace

// Declared in ipam/lists.hpp: the routes document the list's parameters from it.
const db::ListSpec kCableList{.search = {"c.label"},
                              .sorts = {{"id", "c.id"},
                                        {"label", "c.label"},
                                        {"type", "c.type"},
                                        {"status", "c.status"},
                                        {"created_at", "c.created_at"},
                                        {"created", "c.created_at"}},
                              .default_order = "c.id",
                              .tiebreak = "c.id"};

namespace {}  // namespace

// ---- Cables ----

Result<std::optional<Cable>> find_cable(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one("SELECT " + std::string(kCableColumns) + " FROM ipam_cables c WHERE c.id = $1", {id}));
  if (!row) return std::optional<Cable>{};
  return std::optional<Cable>(cable_from(*row));
}

Result<Page<Cable>> list_cables(db::Tx& tx, const CableFilter& f,
                                const std::optional<std::vector<std::int64_t>>& device_scope) {
  Page<Cable> page{0, {}};
  if (device_scope && device_scope->empty()) return page;
  db::ListSql w(kCableList);
  if (f.device_id) w.add("(c.a_device_id = ? OR c.b_device_id = ?)", *f.device_id);
  if (f.interface_id) w.add("(c.a_interface_id = ? OR c.b_interface_id = ?)", *f.interface_id);
  if (f.type) w.add("c.type = ?", *f.type);
  if (f.status) w.add("c.status = ?", *f.status);
  w.search(f.q);
  if (device_scope) {
    std::string in = w.in_list(*device_scope);
    w.raw("(c.a_device_id IN (" + in + ") OR c.b_device_id IN (" + in + "))");
  }
  return db::list_page<Cable>(tx, w, "SELECT COUNT(*) FROM ipam_cables c",
                              "SELECT " + std::string(kCableColumns) + " FROM ipam_cables c", f.sort, f.limit, f.offset,
                              cable_from);
}

Result<std::int64_t> insert_cable(db::Tx& tx, const Cable& c) {
  return tx.insert(kInsertCable, {c.a.interface_id, c.a.device_id, c.b.interface_id, c.b.device_id, c.type, c.status,
                                  c.label, c.length_m, c.colour, c.created_at, c.updated_at});
}

Status update_cable(db::Tx& tx, const Cable& c) {
  return expect_one(tx.exec(kUpdateCable, {c.id, c.a.interface_id, c.a.device_id, c.b.interface_id, c.b.device_id,
                                           c.type, c.status, c.label, c.length_m, c.colour, c.updated_at}));
}

Status claim_cable_ends(db::Tx& tx, const Cable& c) {
  for (const auto& [end, side] : {std::pair{&c.a, "a"}, std::pair{&c.b, "b"}}) {
    auto r = tx.exec(kClaimEnd, {end->interface_id, c.id, side});
    if (!r.ok()) {
      if (!r.error().is("db.unique_violation")) return std::move(r).error();
      return Error::conflict("dcim.cable.end_in_use", "Interface " + end->interface_name + " of " + end->device_name +
                                                          " already has a cable; decommission that cable first.")
          .with("interface", end->interface_name)
          .with("device", end->device_name);
    }
  }
  return {};
}

Status release_cable_ends(db::Tx& tx, std::int64_t cable_id) {
  COLO_CHECK(tx.exec(kReleaseEnds, {cable_id}));
  return {};
}

Result<std::optional<std::int64_t>> cable_on_interface(db::Tx& tx, std::int64_t interface_id) {
  COLO_TRY(auto row, tx.one(kCableOnInterface, {interface_id}));
  if (!row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(row->int64(0));
}

}  // namespace colo::ipam::store
