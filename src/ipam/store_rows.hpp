// What the files of the IPAM store share: the affected-row check, the family number, and each
// aggregate's column list with the mapper that reads its row (kept side by side so that they
// change together). Internal to src/ipam.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/result.hpp"
#include "db/cursor.hpp"
#include "db/database.hpp"
#include "ipam/model.hpp"

namespace colo::ipam::store::detail {

inline Status expect_one(Result<std::int64_t> affected) {
  if (!affected.ok()) return std::move(affected).error();
  if (*affected != 1) return Error::not_found("Object");
  return {};
}

inline int family_number(Family f) { return f == Family::v4 ? 4 : 6; }

// Row mappers read their SELECT's columns in the order written there (db::Cursor) and end with
// finish(), so a column added to one and not the other fails every test that reads such a row.

// ---- VLANs

inline constexpr std::string_view kVlanColumns =
    "v.id, v.vid, v.name, v.site_id, v.status, v.customer_id, v.description, v.created_at, v.updated_at";

inline Vlan vlan_from(const db::Row& r) {
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

// ---- Cables

inline constexpr std::string_view kCableColumns =
    "c.id, c.a_interface_id, c.a_device_id, c.b_interface_id, c.b_device_id, c.type, c.status, "
    "c.label, c.length_m, c.colour, c.created_at, c.updated_at";

inline Cable cable_from(const db::Row& r) {
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

// ---- Prefixes

inline constexpr std::string_view kPrefixColumns =
    "p.id, p.prefix, p.site_id, p.vlan_id, p.customer_id, p.status, p.is_pool, p.description, "
    "p.created_at, p.updated_at";
// The addresses inside each prefix: an index range count per row, in the same query.
inline constexpr std::string_view kPrefixUsedColumn =
    ", (SELECT COUNT(*) FROM ipam_ip_addresses a WHERE a.addr_key >= p.first_key AND a.addr_key <= p.last_key)";

inline PrefixRecord prefix_from(const db::Row& r) {
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

// ---- IP addresses

inline constexpr std::string_view kAddressColumns =
    "a.id, a.address, a.status, a.role, a.customer_id, a.interface_id, a.dns_name, a.description, "
    "a.created_at, a.updated_at, "
    "(SELECT p.id FROM ipam_prefixes p WHERE p.family = a.family AND p.first_key <= a.addr_key "
    "AND p.last_key >= a.addr_key ORDER BY p.prefix_len DESC LIMIT 1)";

inline IpAddressRecord address_from(const db::Row& r) {
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

}  // namespace colo::ipam::store::detail
