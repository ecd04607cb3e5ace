// IPAM store: the SQL of VLANs and of the VLAN mode of interfaces.
#include "ipam/store.hpp"

#include "ipam/lists.hpp"

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "ipam/store_rows.hpp"

namespace colo::ipam::store {

using namespace detail;

namespace {

constexpr std::string_view kInsertVlan =
    "INSERT INTO ipam_vlans (vid, name, site_id, status, customer_id, description, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
constexpr std::string_view kUpdateVlan =
    "UPDATE ipam_vlans SET vid = $2, name = $3, site_id = $4, status = $5, customer_id = $6, "
    "description = $7, updated_at = $8 WHERE id = $1";
constexpr std::string_view kDeleteVlan = "DELETE FROM ipam_vlans WHERE id = $1";
constexpr std::string_view kVlanInUse =
    "SELECT 1 WHERE EXISTS (SELECT 1 FROM ipam_prefixes WHERE vlan_id = $1) "
    "OR EXISTS (SELECT 1 FROM ipam_interface_tagged_vlans WHERE vlan_id = $1) "
    "OR EXISTS (SELECT 1 FROM dcim_interfaces WHERE untagged_vlan_id = $1)";

constexpr std::string_view kInterfacesWithVlan =
    "SELECT id FROM dcim_interfaces WHERE untagged_vlan_id = $1 "
    "UNION SELECT interface_id FROM ipam_interface_tagged_vlans WHERE vlan_id = $1";
constexpr std::string_view kVlanOtherSitePrefix =
    "SELECT id FROM ipam_prefixes WHERE vlan_id = $1 AND site_id IS NOT NULL AND site_id <> $2 LIMIT 1";

}  // namespace

// Declared in ipam/lists.hpp: the routes document the list's parameters from it.
// IPAM's lists also take "created", their first name for created_at.
const db::ListSpec kVlanList{.search = {"v.name", "v.description"},
                             .sorts = {{"vid", "v.vid"},
                                       {"name", "v.name"},
                                       {"site", "v.site_id"},
                                       {"status", "v.status"},
                                       {"created_at", "v.created_at"},
                                       {"created", "v.created_at"}},
                             .default_order = "v.vid, v.id",
                             .tiebreak = "v.id",
                             .tenant_column = "v.customer_id"};

namespace {

// ---- Interface VLAN mode (IPAM's columns of dcim_interfaces) ----

constexpr std::string_view kInterfaceMode =
    "SELECT i.mode, v.id, v.vid, v.name, v.site_id FROM dcim_interfaces i "
    "LEFT JOIN ipam_vlans v ON v.id = i.untagged_vlan_id WHERE i.id = $1";
constexpr std::string_view kInterfaceTagged =
    "SELECT v.id, v.vid, v.name, v.site_id FROM ipam_interface_tagged_vlans t "
    "JOIN ipam_vlans v ON v.id = t.vlan_id WHERE t.interface_id = $1 ORDER BY v.vid, v.id";
constexpr std::string_view kSetInterfaceMode =
    "UPDATE dcim_interfaces SET mode = $2, untagged_vlan_id = $3 WHERE id = $1";
constexpr std::string_view kClearTagged = "DELETE FROM ipam_interface_tagged_vlans WHERE interface_id = $1";
constexpr std::string_view kAddTagged =
    "INSERT INTO ipam_interface_tagged_vlans (interface_id, vlan_id) VALUES ($1, $2)";

}  // namespace

// ---- VLANs ----

Result<std::optional<Vlan>> find_vlan(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one("SELECT " + std::string(kVlanColumns) + " FROM ipam_vlans v WHERE v.id = $1", {id}));
  if (!row) return std::optional<Vlan>{};
  return std::optional<Vlan>(vlan_from(*row));
}

Result<std::vector<Vlan>> find_vlans(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  std::vector<Vlan> out;
  if (ids.empty()) return out;
  db::Params params;
  std::string in = db::in_list(params, ids);
  COLO_TRY(auto res,
           tx.query("SELECT " + std::string(kVlanColumns) + " FROM ipam_vlans v WHERE v.id IN (" + in + ")", params));
  for (const auto& r : res.rows) out.push_back(vlan_from(r));
  return out;
}

Result<Page<Vlan>> list_vlans(db::Tx& tx, const Context& ctx, const VlanFilter& f) {
  db::ListSql w(kVlanList);
  if (f.site_id) w.add("v.site_id = ?", *f.site_id);
  if (f.global_only) w.raw("v.site_id IS NULL");
  if (f.customer_id) w.add("v.customer_id = ?", *f.customer_id);
  if (f.status) w.add("v.status = ?", *f.status);
  if (f.vid) w.add("v.vid = ?", *f.vid);
  w.search(f.q);
  w.tenant(ctx);
  return db::list_page<Vlan>(tx, w, "SELECT COUNT(*) FROM ipam_vlans v",
                             "SELECT " + std::string(kVlanColumns) + " FROM ipam_vlans v", f.sort, f.limit, f.offset,
                             vlan_from);
}

Result<std::int64_t> insert_vlan(db::Tx& tx, const Vlan& v) {
  return tx.insert(kInsertVlan,
                   {v.vid, v.name, v.site_id, v.status, v.customer_id, v.description, v.created_at, v.updated_at});
}

Status update_vlan(db::Tx& tx, const Vlan& v) {
  return expect_one(
      tx.exec(kUpdateVlan, {v.id, v.vid, v.name, v.site_id, v.status, v.customer_id, v.description, v.updated_at}));
}

Status delete_vlan(db::Tx& tx, std::int64_t id) { return expect_one(tx.exec(kDeleteVlan, {id})); }

Result<bool> vlan_in_use(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(kVlanInUse, {id}));
  return row.has_value();
}

Result<std::vector<std::int64_t>> interfaces_with_vlan(db::Tx& tx, std::int64_t vlan_id) {
  COLO_TRY(auto res, tx.query(kInterfacesWithVlan, {vlan_id}));
  std::vector<std::int64_t> out;
  for (const auto& r : res.rows) out.push_back(r.int64(0));
  return out;
}

Result<bool> vlan_used_by_other_site(db::Tx& tx, std::int64_t vlan_id, std::int64_t site_id) {
  COLO_TRY(auto row, tx.one(kVlanOtherSitePrefix, {vlan_id, site_id}));
  return row.has_value();
}

// ---- Interface VLAN mode ----

Result<InterfaceVlans> interface_vlans(db::Tx& tx, std::int64_t interface_id) {
  InterfaceVlans out;
  out.interface_id = interface_id;
  COLO_TRY(auto row, tx.one(kInterfaceMode, {interface_id}));
  if (!row) return Error::not_found("Interface");
  db::Cursor c(*row);
  out.mode = c.opt_text();
  if (c.next_is_null()) {  // no untagged VLAN: the joined VLAN's columns are all NULL
    c.skip(4);
  } else {
    VlanRef v;
    v.id = c.int64();
    v.vid = c.int32();
    v.name = c.text();
    v.site_id = c.opt_int64();
    out.untagged = std::move(v);
  }
  c.finish();
  COLO_TRY(auto tagged, tx.query(kInterfaceTagged, {interface_id}));
  for (const auto& r : tagged.rows) {
    db::Cursor c(r);
    VlanRef v;
    v.id = c.int64();
    v.vid = c.int32();
    v.name = c.text();
    v.site_id = c.opt_int64();
    c.finish();
    out.tagged.push_back(std::move(v));
  }
  return out;
}

Status set_interface_vlans(db::Tx& tx, std::int64_t interface_id, const std::optional<std::string>& mode,
                           std::optional<std::int64_t> untagged, const std::vector<std::int64_t>& tagged) {
  COLO_CHECK(expect_one(tx.exec(kSetInterfaceMode, {interface_id, mode, untagged})));
  COLO_CHECK(tx.exec(kClearTagged, {interface_id}));
  for (auto vlan : tagged) COLO_CHECK(tx.exec(kAddTagged, {interface_id, vlan}));
  return {};
}

}  // namespace colo::ipam::store
