// IPAM's SQL, over its own tables only: ipam_vlans, ipam_prefixes, ipam_ip_addresses,
// ipam_interface_tagged_vlans, ipam_cables, ipam_cable_ends, and the two columns migration 0004
// added to dcim_interfaces for the VLAN mode (mode, untagged_vlan_id), which belong to IPAM.
// Every function runs inside the caller's transaction; tenancy of lists comes from
// db::tenant_filter. Implemented per aggregate: store_vlans.cpp (VLANs, interface VLAN mode),
// store_cables.cpp, store_prefixes.cpp, store_addresses.cpp; store_rows.hpp holds what they share.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "ipam/model.hpp"

namespace colo::ipam::store {

template <typename T>
using Page = std::pair<std::int64_t, std::vector<T>>;  // total count, rows of the page

// ---- VLANs ----
Result<std::optional<Vlan>> find_vlan(db::Tx& tx, std::int64_t id);
Result<std::vector<Vlan>> find_vlans(db::Tx& tx, const std::vector<std::int64_t>& ids);
Result<Page<Vlan>> list_vlans(db::Tx& tx, const Context& ctx, const VlanFilter& f);
Result<std::int64_t> insert_vlan(db::Tx& tx, const Vlan& v);
Status update_vlan(db::Tx& tx, const Vlan& v);
Status delete_vlan(db::Tx& tx, std::int64_t id);
// Whether prefixes or interfaces still refer to the VLAN.
Result<bool> vlan_in_use(db::Tx& tx, std::int64_t id);
// The interfaces carrying the VLAN (untagged or tagged).
Result<std::vector<std::int64_t>> interfaces_with_vlan(db::Tx& tx, std::int64_t vlan_id);
// Whether a prefix of another site than `site_id` refers to the VLAN.
Result<bool> vlan_used_by_other_site(db::Tx& tx, std::int64_t vlan_id, std::int64_t site_id);

// ---- Interface VLAN mode ----
Result<InterfaceVlans> interface_vlans(db::Tx& tx, std::int64_t interface_id);
Status set_interface_vlans(db::Tx& tx, std::int64_t interface_id, const std::optional<std::string>& mode,
                           std::optional<std::int64_t> untagged, const std::vector<std::int64_t>& tagged);

// ---- Cables ----
// A cable row with its interface and device ids; names are filled by the service.
Result<std::optional<Cable>> find_cable(db::Tx& tx, std::int64_t id);
// `device_scope`: for customer principals, only cables with an end on one of these devices.
Result<Page<Cable>> list_cables(db::Tx& tx, const CableFilter& f,
                                const std::optional<std::vector<std::int64_t>>& device_scope);
Result<std::int64_t> insert_cable(db::Tx& tx, const Cable& c);
Status update_cable(db::Tx& tx, const Cable& c);
// Takes both ends for the cable; Error conflict "dcim.cable.end_in_use" naming the interface
// when another live cable holds one.
Status claim_cable_ends(db::Tx& tx, const Cable& c);
Status release_cable_ends(db::Tx& tx, std::int64_t cable_id);
// The live cable on an interface, if any.
Result<std::optional<std::int64_t>> cable_on_interface(db::Tx& tx, std::int64_t interface_id);

// ---- Prefixes ----
// with_utilisation: also count the addresses inside (a range count; skip it for plain lookups).
Result<std::optional<PrefixRecord>> find_prefix(db::Tx& tx, std::int64_t id, bool with_utilisation);
Result<Page<PrefixRecord>> list_prefixes(db::Tx& tx, const Context& ctx, const PrefixFilter& f,
                                         const std::optional<Prefix>& within, const std::optional<Prefix>& contains);
Result<std::int64_t> insert_prefix(db::Tx& tx, const PrefixRecord& p);
Status update_prefix(db::Tx& tx, const PrefixRecord& p);
Status delete_prefix(db::Tx& tx, std::int64_t id);
// The most specific prefix containing the address, if any: its id and length.
Result<std::optional<std::pair<std::int64_t, int>>> most_specific_prefix(db::Tx& tx, const Address& a);
// Takes the prefix's row lock so that allocations from one prefix run one after the other on
// PostgreSQL (SQLite write transactions are serial anyway).
Status lock_prefix(db::Tx& tx, std::int64_t id);
// Fills utilisation of the given prefixes in two queries.
Status fill_utilisation(db::Tx& tx, std::vector<PrefixRecord>& prefixes);
// Per site and family, over active prefixes not inside another active prefix of the same site.
Result<std::vector<SiteUtilisation>> site_utilisation(db::Tx& tx, const Context& ctx,
                                                      std::optional<std::int64_t> site_id);

// ---- IP addresses ----
Result<std::optional<IpAddressRecord>> find_address(db::Tx& tx, std::int64_t id);
Result<std::vector<IpAddressRecord>> find_addresses(db::Tx& tx, const std::vector<std::int64_t>& ids);
Result<Page<IpAddressRecord>> list_addresses(db::Tx& tx, const Context& ctx, const IpAddressFilter& f,
                                             const std::optional<Prefix>& within);
Result<std::int64_t> insert_address(db::Tx& tx, const IpAddressRecord& a);
Status update_address(db::Tx& tx, const IpAddressRecord& a);
Status delete_address(db::Tx& tx, std::int64_t id);
// The id of the address stored with the same host address, if any.
Result<std::optional<std::int64_t>> address_by_host(db::Tx& tx, const Address& a);
// The first free runs in [first, last] (at most max_ranges), found in SQL from the stored
// addresses' keys: never more rows than runs asked for are read.
Result<std::vector<FreeRange>> free_ranges(db::Tx& tx, const Address& first, const Address& last,
                                           std::size_t max_ranges);

}  // namespace colo::ipam::store
