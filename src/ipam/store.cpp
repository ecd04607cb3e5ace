#include "ipam/store.hpp"

#include <algorithm>
#include <map>

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"

namespace colo::ipam::store {

namespace {

Status expect_one(Result<std::int64_t> affected) {
  if (!affected.ok()) return std::move(affected).error();
  if (*affected != 1) return Error::not_found("Object");
  return {};
}

int family_number(Family f) { return f == Family::v4 ? 4 : 6; }

// Row mappers read their SELECT's columns in the order written there (db::Cursor) and end with
// finish(), so a column added to one and not the other fails every test that reads such a row.

// ---- VLANs ----

constexpr std::string_view kVlanColumns =
    "v.id, v.vid, v.name, v.site_id, v.status, v.customer_id, v.description, v.created_at, v.updated_at";

Vlan vlan_from(const db::Row& r) {
  db::Cursor c(r);
  Vlan v;
  v.id = c.int64();
  v.vid = c.int32();
  v.name = c.text();
  v.site_id = c.opt_int64();
  v.status = c.text();
  v.customer_id = c.opt_int64();
  v.description = c.text();
  v.created_at = c.text();
  v.updated_at = c.text();
  c.finish();
  return v;
}

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

// IPAM's lists also take "created", their first name for created_at.
const db::ListSpec kVlanList{.search = {"v.name", "v.description"},
                             .sorts = {{"vid", "v.vid"}, {"name", "v.name"}, {"site", "v.site_id"},
                                       {"status", "v.status"}, {"created_at", "v.created_at"},
                                       {"created", "v.created_at"}},
                             .default_order = "v.vid, v.id",
                             .tiebreak = "v.id",
                             .tenant_column = "v.customer_id"};

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

// ---- Cables ----

constexpr std::string_view kCableColumns =
    "c.id, c.a_interface_id, c.a_device_id, c.b_interface_id, c.b_device_id, c.type, c.status, "
    "c.label, c.length_m, c.colour, c.created_at, c.updated_at";

Cable cable_from(const db::Row& r) {
  db::Cursor k(r);
  Cable c;
  c.id = k.int64();
  c.a.interface_id = k.int64();
  c.a.device_id = k.int64();
  c.b.interface_id = k.int64();
  c.b.device_id = k.int64();
  c.type = k.text();
  c.status = k.text();
  c.label = k.text();
  c.length_m = k.opt_real();
  c.colour = k.text();
  c.created_at = k.text();
  c.updated_at = k.text();
  k.finish();
  return c;
}

constexpr std::string_view kInsertCable =
    "INSERT INTO ipam_cables (a_interface_id, a_device_id, b_interface_id, b_device_id, type, status, "
    "label, length_m, colour, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id";
constexpr std::string_view kUpdateCable =
    "UPDATE ipam_cables SET a_interface_id = $2, a_device_id = $3, b_interface_id = $4, b_device_id = $5, "
    "type = $6, status = $7, label = $8, length_m = $9, colour = $10, updated_at = $11 WHERE id = $1";
constexpr std::string_view kClaimEnd =
    "INSERT INTO ipam_cable_ends (interface_id, cable_id, side) VALUES ($1, $2, $3)";
constexpr std::string_view kReleaseEnds = "DELETE FROM ipam_cable_ends WHERE cable_id = $1";
constexpr std::string_view kCableOnInterface =
    "SELECT cable_id FROM ipam_cable_ends WHERE interface_id = $1";

const db::ListSpec kCableList{.search = {"c.label"},
                              .sorts = {{"id", "c.id"}, {"label", "c.label"}, {"type", "c.type"},
                                        {"status", "c.status"}, {"created_at", "c.created_at"},
                                        {"created", "c.created_at"}},
                              .default_order = "c.id",
                              .tiebreak = "c.id"};

// ---- Prefixes ----

constexpr std::string_view kPrefixColumns =
    "p.id, p.prefix, p.site_id, p.vlan_id, p.customer_id, p.status, p.is_pool, p.description, "
    "p.created_at, p.updated_at";
// The addresses inside each prefix: an index range count per row, in the same query.
constexpr std::string_view kPrefixUsedColumn =
    ", (SELECT COUNT(*) FROM ipam_ip_addresses a WHERE a.addr_key >= p.first_key AND a.addr_key <= p.last_key)";

PrefixRecord prefix_from(const db::Row& r) {
  db::Cursor c(r);
  PrefixRecord p;
  p.id = c.int64();
  auto parsed = Prefix::parse(c.text());
  if (parsed.ok()) p.prefix = *parsed;
  p.site_id = c.opt_int64();
  p.vlan_id = c.opt_int64();
  p.customer_id = c.opt_int64();
  p.status = c.text();
  p.is_pool = c.boolean();
  p.description = c.text();
  p.created_at = c.text();
  p.updated_at = c.text();
  // The used-address count, when the SELECT asked for it (kPrefixUsedColumn).
  if (c.remaining() > 0) p.utilisation.used = static_cast<u128>(c.int64());
  c.finish();
  return p;
}

constexpr std::string_view kInsertPrefix =
    "INSERT INTO ipam_prefixes (family, prefix, prefix_len, first_key, last_key, site_id, vlan_id, "
    "customer_id, status, is_pool, description, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id";
constexpr std::string_view kUpdatePrefix =
    "UPDATE ipam_prefixes SET family = $2, prefix = $3, prefix_len = $4, first_key = $5, last_key = $6, "
    "site_id = $7, vlan_id = $8, customer_id = $9, status = $10, is_pool = $11, description = $12, "
    "updated_at = $13 WHERE id = $1";
constexpr std::string_view kDeletePrefix = "DELETE FROM ipam_prefixes WHERE id = $1";
constexpr std::string_view kLockPrefix = "UPDATE ipam_prefixes SET id = id WHERE id = $1";
constexpr std::string_view kMostSpecificPrefix =
    "SELECT p.id, p.prefix_len FROM ipam_prefixes p WHERE p.family = $1 AND p.first_key <= $2 AND p.last_key >= $2 "
    "ORDER BY p.prefix_len DESC LIMIT 1";

const db::ListSpec kPrefixList{.search = {"p.prefix", "p.description"},
                               .sorts = {{"prefix", "p.family, p.first_key, p.prefix_len"}, {"status", "p.status"},
                                         {"site", "p.site_id"}, {"vlan", "p.vlan_id"}, {"length", "p.prefix_len"},
                                         {"created_at", "p.created_at"}, {"created", "p.created_at"}},
                               .default_order = "p.family, p.first_key, p.prefix_len, p.id",
                               .tiebreak = "p.id",
                               .tenant_column = "p.customer_id"};

// Direct children of containers (no other prefix between), counted per length: the covered
// space is sum(count * 2^host_bits), summed in C++ because IPv6 sizes overflow SQL integers.
constexpr std::string_view kContainerChildrenHead =
    "SELECT p.id, c.prefix_len, COUNT(*) FROM ipam_prefixes p "
    "JOIN ipam_prefixes c ON c.family = p.family AND c.first_key >= p.first_key "
    "AND c.last_key <= p.last_key AND c.prefix_len > p.prefix_len "
    "WHERE NOT EXISTS (SELECT 1 FROM ipam_prefixes m WHERE m.family = p.family "
    "AND m.prefix_len > p.prefix_len AND m.prefix_len < c.prefix_len "
    "AND m.first_key <= c.first_key AND m.last_key >= c.last_key) AND p.id IN (";
constexpr std::string_view kContainerChildrenTail = ") GROUP BY p.id, c.prefix_len";

// Active prefixes of a site that no other active prefix of the same site contains.
constexpr std::string_view kTopLevelActive =
    "p.status = 'active' AND p.site_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ipam_prefixes q "
    "WHERE q.status = 'active' AND q.site_id = p.site_id AND q.family = p.family "
    "AND q.prefix_len < p.prefix_len AND q.first_key <= p.first_key AND q.last_key >= p.last_key)";

// ---- IP addresses ----

constexpr std::string_view kAddressColumns =
    "a.id, a.address, a.status, a.role, a.customer_id, a.interface_id, a.dns_name, a.description, "
    "a.created_at, a.updated_at, "
    "(SELECT p.id FROM ipam_prefixes p WHERE p.family = a.family AND p.first_key <= a.addr_key "
    "AND p.last_key >= a.addr_key ORDER BY p.prefix_len DESC LIMIT 1)";

IpAddressRecord address_from(const db::Row& r) {
  db::Cursor c(r);
  IpAddressRecord a;
  a.id = c.int64();
  auto parsed = parse_address_with_mask(c.text());
  if (parsed.ok()) a.address = *parsed;
  a.status = c.text();
  a.role = c.opt_text();
  a.customer_id = c.opt_int64();
  a.interface_id = c.opt_int64();
  a.dns_name = c.text();
  a.description = c.text();
  a.created_at = c.text();
  a.updated_at = c.text();
  a.prefix_id = c.opt_int64();
  c.finish();
  return a;
}

constexpr std::string_view kInsertAddress =
    "INSERT INTO ipam_ip_addresses (family, address, mask_len, addr_key, next_key, status, role, "
    "customer_id, interface_id, dns_name, description, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id";
constexpr std::string_view kUpdateAddress =
    "UPDATE ipam_ip_addresses SET family = $2, address = $3, mask_len = $4, addr_key = $5, next_key = $6, "
    "status = $7, role = $8, customer_id = $9, interface_id = $10, dns_name = $11, description = $12, "
    "updated_at = $13 WHERE id = $1";
constexpr std::string_view kDeleteAddress = "DELETE FROM ipam_ip_addresses WHERE id = $1";
constexpr std::string_view kAddressByKey = "SELECT id FROM ipam_ip_addresses WHERE addr_key = $1";

const db::ListSpec kAddressList{.search = {"a.address", "a.dns_name", "a.description"},
                                .sorts = {{"address", "a.addr_key"}, {"status", "a.status"},
                                          {"dns_name", "a.dns_name"}, {"created_at", "a.created_at"},
                                          {"created", "a.created_at"}},
                                .default_order = "a.addr_key, a.id",
                                .tiebreak = "a.id",
                                .tenant_column = "a.customer_id"};

// The free-space search. The first used key of the range, then every used address whose
// successor is free (the start of a free run) with the next used key after it (the run's end).
constexpr std::string_view kFirstUsed =
    "SELECT MIN(addr_key) FROM ipam_ip_addresses WHERE addr_key >= $1 AND addr_key <= $2";
constexpr std::string_view kRunStarts =
    "SELECT a.next_key, (SELECT MIN(b.addr_key) FROM ipam_ip_addresses b "
    "WHERE b.addr_key > a.addr_key AND b.addr_key <= $2) "
    "FROM ipam_ip_addresses a WHERE a.addr_key >= $1 AND a.addr_key < $2 "
    "AND NOT EXISTS (SELECT 1 FROM ipam_ip_addresses c WHERE c.addr_key = a.next_key) "
    "ORDER BY a.addr_key LIMIT $3";

// The key after the address's key (in key space, where IPv4 is mapped), or NULL at the very end.
std::optional<std::string> next_key_of(const Address& a) {
  const u128 in_key_space = a.is_v4() ? (static_cast<u128>(0xffffu) << 32) | a.value() : a.value();
  auto n = Address(Family::v6, in_key_space).next();
  if (!n) return std::nullopt;
  return n->key();
}

u128 key_value(const std::string& key) {
  auto a = Address::from_key(key);
  if (!a) return 0;
  return a->value();
}

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
  COLO_TRY(auto res, tx.query("SELECT " + std::string(kVlanColumns) + " FROM ipam_vlans v WHERE v.id IN (" +
                                  in + ")",
                              params));
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
  return tx.insert(kInsertVlan, {v.vid, v.name, v.site_id, v.status, v.customer_id, v.description,
                                 v.created_at, v.updated_at});
}

Status update_vlan(db::Tx& tx, const Vlan& v) {
  return expect_one(tx.exec(kUpdateVlan, {v.id, v.vid, v.name, v.site_id, v.status, v.customer_id,
                                          v.description, v.updated_at}));
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
                              "SELECT " + std::string(kCableColumns) + " FROM ipam_cables c", f.sort, f.limit,
                              f.offset, cable_from);
}

Result<std::int64_t> insert_cable(db::Tx& tx, const Cable& c) {
  return tx.insert(kInsertCable, {c.a.interface_id, c.a.device_id, c.b.interface_id, c.b.device_id, c.type,
                                  c.status, c.label, c.length_m, c.colour, c.created_at, c.updated_at});
}

Status update_cable(db::Tx& tx, const Cable& c) {
  return expect_one(tx.exec(kUpdateCable, {c.id, c.a.interface_id, c.a.device_id, c.b.interface_id,
                                           c.b.device_id, c.type, c.status, c.label, c.length_m, c.colour,
                                           c.updated_at}));
}

Status claim_cable_ends(db::Tx& tx, const Cable& c) {
  for (const auto& [end, side] : {std::pair{&c.a, "a"}, std::pair{&c.b, "b"}}) {
    auto r = tx.exec(kClaimEnd, {end->interface_id, c.id, side});
    if (!r.ok()) {
      if (!r.error().is("db.unique_violation")) return std::move(r).error();
      return Error::conflict("dcim.cable.end_in_use",
                             "Interface " + std::to_string(end->interface_id) +
                                 " already has a cable; decommission that cable first.");
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

// ---- Prefixes ----

Result<std::optional<PrefixRecord>> find_prefix(db::Tx& tx, std::int64_t id, bool with_utilisation) {
  COLO_TRY(auto row, tx.one("SELECT " + std::string(kPrefixColumns) +
                                (with_utilisation ? std::string(kPrefixUsedColumn) : std::string()) +
                                " FROM ipam_prefixes p WHERE p.id = $1",
                            {id}));
  if (!row) return std::optional<PrefixRecord>{};
  std::vector<PrefixRecord> one{prefix_from(*row)};
  if (with_utilisation) COLO_CHECK(fill_utilisation(tx, one));
  return std::optional<PrefixRecord>(std::move(one.front()));
}

Result<Page<PrefixRecord>> list_prefixes(db::Tx& tx, const Context& ctx, const PrefixFilter& f,
                                         const std::optional<Prefix>& within,
                                         const std::optional<Prefix>& contains) {
  db::ListSql w(kPrefixList);
  if (f.site_id) w.add("p.site_id = ?", *f.site_id);
  if (f.vlan_id) w.add("p.vlan_id = ?", *f.vlan_id);
  if (f.customer_id) w.add("p.customer_id = ?", *f.customer_id);
  if (f.status) w.add("p.status = ?", *f.status);
  if (f.family) w.add("p.family = ?", family_number(*f.family));
  w.search(f.q);
  if (within) {
    w.add("p.family = ?", family_number(within->family()));
    w.add("p.first_key >= ?", within->network().key());
    w.add("p.last_key <= ?", within->last().key());
    w.add("p.prefix_len > ?", within->length());
  }
  if (contains) {
    w.add("p.family = ?", family_number(contains->family()));
    w.add("p.first_key <= ?", contains->network().key());
    w.add("p.last_key >= ?", contains->last().key());
    w.add("p.prefix_len <= ?", contains->length());
  }
  w.tenant(ctx);
  COLO_TRY(auto page, db::list_page<PrefixRecord>(tx, w, "SELECT COUNT(*) FROM ipam_prefixes p",
                                                  "SELECT " + std::string(kPrefixColumns) +
                                                      std::string(kPrefixUsedColumn) + " FROM ipam_prefixes p",
                                                  f.sort, f.limit, f.offset, prefix_from));
  COLO_CHECK(fill_utilisation(tx, page.second));
  return page;
}

Result<std::int64_t> insert_prefix(db::Tx& tx, const PrefixRecord& p) {
  return tx.insert(kInsertPrefix,
                   {family_number(p.prefix.family()), p.prefix.to_string(), p.prefix.length(),
                    p.prefix.network().key(), p.prefix.last().key(), p.site_id, p.vlan_id, p.customer_id,
                    p.status, p.is_pool, p.description, p.created_at, p.updated_at});
}

Status update_prefix(db::Tx& tx, const PrefixRecord& p) {
  return expect_one(tx.exec(kUpdatePrefix,
                            {p.id, family_number(p.prefix.family()), p.prefix.to_string(), p.prefix.length(),
                             p.prefix.network().key(), p.prefix.last().key(), p.site_id, p.vlan_id,
                             p.customer_id, p.status, p.is_pool, p.description, p.updated_at}));
}

Status delete_prefix(db::Tx& tx, std::int64_t id) { return expect_one(tx.exec(kDeletePrefix, {id})); }

Result<std::optional<std::pair<std::int64_t, int>>> most_specific_prefix(db::Tx& tx, const Address& a) {
  using Found = std::optional<std::pair<std::int64_t, int>>;
  COLO_TRY(auto row, tx.one(kMostSpecificPrefix, {family_number(a.family()), a.key()}));
  if (!row) return Found{};
  return Found(std::pair{row->int64(0), static_cast<int>(row->int64(1))});
}

Status lock_prefix(db::Tx& tx, std::int64_t id) { return expect_one(tx.exec(kLockPrefix, {id})); }

Status fill_utilisation(db::Tx& tx, std::vector<PrefixRecord>& prefixes) {
  std::vector<std::int64_t> containers;
  for (auto& p : prefixes) {
    if (p.status == "container") {
      containers.push_back(p.id);
      p.utilisation.used = 0;
      p.utilisation.total = p.prefix.usable_count(true);
    } else {
      p.utilisation.total = p.prefix.usable_count(p.is_pool);
    }
  }
  if (containers.empty()) return {};
  db::Params params;
  std::string in = db::in_list(params, containers);
  COLO_TRY(auto res, tx.query(std::string(kContainerChildrenHead) + in + std::string(kContainerChildrenTail), params));
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    const auto container = c.int64();
    const int child_length = c.int32();
    const auto children = c.int64();
    c.finish();
    auto it = std::find_if(prefixes.begin(), prefixes.end(), [&](const auto& p) { return p.id == container; });
    if (it == prefixes.end()) continue;
    int host = max_length(it->prefix.family()) - child_length;
    u128 size = host >= 128 ? ~static_cast<u128>(0) : static_cast<u128>(1) << host;
    it->utilisation.used += size * static_cast<u128>(children);
  }
  return {};
}

Result<std::vector<SiteUtilisation>> site_utilisation(db::Tx& tx, const Context& ctx,
                                                      std::optional<std::int64_t> site_id) {
  db::ListSql w(kPrefixList);
  w.raw(kTopLevelActive);
  if (site_id) w.add("p.site_id = ?", *site_id);
  w.tenant(ctx);
  // Sizes per (site, family, length, pool) and addresses per (site, family), both grouped in SQL.
  COLO_TRY(auto sizes, tx.query("SELECT p.site_id, p.family, p.prefix_len, p.is_pool, COUNT(*) "
                                "FROM ipam_prefixes p" + w.where() +
                                " GROUP BY p.site_id, p.family, p.prefix_len, p.is_pool",
                                w.params()));
  COLO_TRY(auto used, tx.query("SELECT p.site_id, p.family, COUNT(a.id) FROM ipam_prefixes p "
                               "JOIN ipam_ip_addresses a ON a.addr_key >= p.first_key "
                               "AND a.addr_key <= p.last_key" + w.where() + " GROUP BY p.site_id, p.family",
                               w.params()));
  std::map<std::pair<std::int64_t, int>, SiteUtilisation> by;
  for (const auto& r : sizes.rows) {
    db::Cursor c(r);
    const auto site = c.int64();
    const int family_no = c.int32();
    const int length = c.int32();
    const bool pool = c.boolean();
    const auto prefixes = c.int64();
    c.finish();
    auto family = family_no == 4 ? Family::v4 : Family::v6;
    auto& s = by[{site, family_no}];
    s.site_id = site;
    s.family = family;
    s.prefixes += prefixes;
    auto sample = Prefix::of(Address(family, 0), length);
    s.utilisation.total += sample.usable_count(pool) * static_cast<u128>(prefixes);
  }
  for (const auto& r : used.rows) {
    db::Cursor c(r);
    const auto site = c.int64();
    const int family_no = c.int32();
    const auto addresses = c.int64();
    c.finish();
    auto it = by.find({site, family_no});
    if (it != by.end()) it->second.utilisation.used = static_cast<u128>(addresses);
  }
  std::vector<SiteUtilisation> out;
  for (auto& [k, v] : by) out.push_back(v);
  return out;
}

// ---- IP addresses ----

Result<std::optional<IpAddressRecord>> find_address(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row,
           tx.one("SELECT " + std::string(kAddressColumns) + " FROM ipam_ip_addresses a WHERE a.id = $1", {id}));
  if (!row) return std::optional<IpAddressRecord>{};
  return std::optional<IpAddressRecord>(address_from(*row));
}

Result<std::vector<IpAddressRecord>> find_addresses(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  std::vector<IpAddressRecord> out;
  if (ids.empty()) return out;
  db::Params params;
  std::string in = db::in_list(params, ids);
  COLO_TRY(auto res, tx.query("SELECT " + std::string(kAddressColumns) + " FROM ipam_ip_addresses a WHERE a.id IN (" +
                                  in + ") ORDER BY a.addr_key",
                              params));
  for (const auto& r : res.rows) out.push_back(address_from(r));
  return out;
}

Result<Page<IpAddressRecord>> list_addresses(db::Tx& tx, const Context& ctx, const IpAddressFilter& f,
                                             const std::optional<Prefix>& within) {
  db::ListSql w(kAddressList);
  if (f.site_id)
    w.add("EXISTS (SELECT 1 FROM ipam_prefixes p WHERE p.site_id = ? AND p.family = a.family "
          "AND p.first_key <= a.addr_key AND p.last_key >= a.addr_key)",
          *f.site_id);
  if (f.vlan_id)
    w.add("EXISTS (SELECT 1 FROM ipam_prefixes p WHERE p.vlan_id = ? AND p.family = a.family "
          "AND p.first_key <= a.addr_key AND p.last_key >= a.addr_key)",
          *f.vlan_id);
  if (f.customer_id) w.add("a.customer_id = ?", *f.customer_id);
  if (f.interface_id) w.add("a.interface_id = ?", *f.interface_id);
  if (f.status) w.add("a.status = ?", *f.status);
  if (f.role) w.add("a.role = ?", *f.role);
  if (f.family) w.add("a.family = ?", family_number(*f.family));
  w.search(f.q);
  if (within) {
    w.add("a.addr_key >= ?", within->network().key());
    w.add("a.addr_key <= ?", within->last().key());
  }
  w.tenant(ctx);
  return db::list_page<IpAddressRecord>(tx, w, "SELECT COUNT(*) FROM ipam_ip_addresses a",
                                        "SELECT " + std::string(kAddressColumns) + " FROM ipam_ip_addresses a",
                                        f.sort, f.limit, f.offset, address_from);
}

Result<std::int64_t> insert_address(db::Tx& tx, const IpAddressRecord& a) {
  const auto& host = a.address.address;
  return tx.insert(kInsertAddress,
                   {family_number(host.family()), a.address.to_string(), a.address.length, host.key(),
                    next_key_of(host), a.status, a.role, a.customer_id, a.interface_id, a.dns_name,
                    a.description, a.created_at, a.updated_at});
}

Status update_address(db::Tx& tx, const IpAddressRecord& a) {
  const auto& host = a.address.address;
  return expect_one(tx.exec(kUpdateAddress,
                            {a.id, family_number(host.family()), a.address.to_string(), a.address.length,
                             host.key(), next_key_of(host), a.status, a.role, a.customer_id, a.interface_id,
                             a.dns_name, a.description, a.updated_at}));
}

Status delete_address(db::Tx& tx, std::int64_t id) { return expect_one(tx.exec(kDeleteAddress, {id})); }

Result<std::optional<std::int64_t>> address_by_host(db::Tx& tx, const Address& a) {
  COLO_TRY(auto row, tx.one(kAddressByKey, {a.key()}));
  if (!row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(row->int64(0));
}

Result<std::vector<FreeRange>> free_ranges(db::Tx& tx, const Address& first, const Address& last,
                                           std::size_t max_ranges) {
  std::vector<FreeRange> out;
  if (max_ranges == 0 || first > last) return out;
  const std::string lo = first.key(), hi = last.key();
  COLO_TRY(auto first_used, tx.one(kFirstUsed, {lo, hi}));
  if (!first_used || first_used->is_null(0)) {
    out.push_back({first.value(), last.value()});
    return out;
  }
  const u128 f = key_value(first_used->text(0));
  if (f > first.value()) out.push_back({first.value(), f - 1});
  if (out.size() >= max_ranges) return out;
  COLO_TRY(auto runs, tx.query(kRunStarts, {lo, hi, static_cast<std::int64_t>(max_ranges - out.size())}));
  for (const auto& r : runs.rows) {
    if (r.is_null(0)) continue;
    const u128 start = key_value(r.text(0));
    const u128 end = r.is_null(1) ? last.value() : key_value(r.text(1)) - 1;
    if (start > last.value() || start > end) continue;
    out.push_back({start, end});
  }
  return out;
}

}  // namespace colo::ipam::store
