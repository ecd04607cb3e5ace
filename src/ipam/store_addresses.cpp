// IPAM store: the SQL of IP addresses and the free-space search.
#include "ipam/store.hpp"

#include "ipam/lists.hpp"

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "ipam/store_rows.hpp"

namespace colo::ipam::store {

using namespace detail;

namespace {

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

}  // namespace

// Declared in ipam/lists.hpp: the routes document the list's parameters from it.
const db::ListSpec kAddressList{.search = {"a.address", "a.dns_name", "a.description"},
                                .sorts = {{"address", "a.addr_key"},
                                          {"status", "a.status"},
                                          {"dns_name", "a.dns_name"},
                                          {"created_at", "a.created_at"},
                                          {"created", "a.created_at"}},
                                .default_order = "a.addr_key, a.id",
                                .tiebreak = "a.id",
                                .tenant_column = "a.customer_id"};

namespace {

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
    w.add(
        "EXISTS (SELECT 1 FROM ipam_prefixes p WHERE p.site_id = ? AND p.family = a.family "
        "AND p.first_key <= a.addr_key AND p.last_key >= a.addr_key)",
        *f.site_id);
  if (f.vlan_id)
    w.add(
        "EXISTS (SELECT 1 FROM ipam_prefixes p WHERE p.vlan_id = ? AND p.family = a.family "
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
                                        "SELECT " + std::string(kAddressColumns) + " FROM ipam_ip_addresses a", f.sort,
                                        f.limit, f.offset, address_from);
}

Result<std::int64_t> insert_address(db::Tx& tx, const IpAddressRecord& a) {
  const auto& host = a.address.address;
  return tx.insert(kInsertAddress, {family_number(host.family()), a.address.to_string(), a.address.length, host.key(),
                                    next_key_of(host), a.status, a.role, a.customer_id, a.interface_id, a.dns_name,
                                    a.description, a.created_at, a.updated_at});
}

Status update_address(db::Tx& tx, const IpAddressRecord& a) {
  const auto& host = a.address.address;
  return expect_one(tx.exec(kUpdateAddress, {a.id, family_number(host.family()), a.address.to_string(),
                                             a.address.length, host.key(), next_key_of(host), a.status, a.role,
                                             a.customer_id, a.interface_id, a.dns_name, a.description, a.updated_at}));
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
