// IPAM operations (R5.1.2): VLANs, interface VLAN modes, cables, prefixes, IP addresses, the
// search for and allocation of free addresses, and utilisation. Every write runs in one write
// transaction with its audit entry; customers read only their own VLANs, prefixes and addresses
// (and cables touching their devices) and never write.
// Thread safety: a Service is shared by all request threads; it holds no mutable state.
//
// Files: one facade, implemented per aggregate. service_vlans.cpp (VLANs, interface VLAN modes),
// service_cables.cpp, service_prefixes.cpp (prefixes, utilisation), service_addresses.cpp (IP
// addresses, next free, allocation, assignment to customers). Each aggregate's SQL is in the
// matching store_*.cpp (declared in store.hpp; the column lists and their row readers in
// store_rows.hpp), and the helpers the service files share in service_internal.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "ipam/inventory.hpp"
#include "ipam/model.hpp"
#include "ipam/store.hpp"

namespace colo::ipam {

class Service {
 public:
  Service(db::Database& db, const Clock& clock, Inventory& inventory) : db_(db), clock_(clock), inventory_(inventory) {}

  // ---- VLANs ----
  Result<store::Page<Vlan>> list_vlans(const Context& ctx, const VlanFilter& f);
  // not_found for unknown and foreign VLANs.
  Result<Vlan> vlan(const Context& ctx, std::int64_t id);
  // 422 ipam.vlan.unknown_site / unknown_customer, 409 ipam.vlan.duplicate_vid.
  Result<Vlan> create_vlan(const Context& ctx, const VlanInput& in);
  Result<Vlan> update_vlan(const Context& ctx, std::int64_t id, const VlanInput& in);
  // 409 ipam.vlan.in_use while prefixes or interfaces refer to it.
  Status delete_vlan(const Context& ctx, std::int64_t id);

  // ---- Interface VLAN mode ----
  Result<InterfaceVlans> interface_vlans(const Context& ctx, std::int64_t interface_id);
  // access: exactly one untagged VLAN, no tagged ones; tagged: an optional untagged (native)
  // VLAN and the tagged list; tagged-all: an optional untagged VLAN and no list; no mode: none.
  // Every VLAN must be global or of the interface's site.
  //   400 validation_failed (mode rules, repeated VLANs), 422 ipam.interface.unknown_vlan,
  //   422 ipam.interface.vlan_site
  Result<InterfaceVlans> set_interface_vlans(const Context& ctx, std::int64_t interface_id,
                                             const InterfaceVlansInput& in);

  // ---- Cables ----
  Result<store::Page<Cable>> list_cables(const Context& ctx, const CableFilter& f);
  Result<Cable> cable(const Context& ctx, std::int64_t id);
  // 422 dcim.cable.same_interface / unknown_interface, 409 dcim.cable.end_in_use.
  Result<Cable> create_cable(const Context& ctx, const CableInput& in);
  Result<Cable> update_cable(const Context& ctx, std::int64_t id, const CableInput& in);
  // Sets the status to decommissioned and frees both ends; the row stays for the record.
  Status decommission_cable(const Context& ctx, std::int64_t id);

  // ---- Prefixes ----
  Result<store::Page<PrefixRecord>> list_prefixes(const Context& ctx, const PrefixFilter& f);
  Result<PrefixRecord> prefix(const Context& ctx, std::int64_t id);
  // 400 ipam.prefix.malformed / host_bits_set / v4_mapped, 409 ipam.prefix.duplicate,
  // 422 ipam.prefix.unknown_site / unknown_vlan / unknown_customer / vlan_site.
  Result<PrefixRecord> create_prefix(const Context& ctx, const PrefixInput& in);
  Result<PrefixRecord> update_prefix(const Context& ctx, std::int64_t id, const PrefixInput& in);
  Status delete_prefix(const Context& ctx, std::int64_t id);
  // The next free addresses of the prefix (at most `limit`, up to kMaxAllocation): IPv4 without
  // network and broadcast below /31, IPv6 without the subnet-router anycast address, unless the
  // prefix is a pool.
  Result<std::vector<AddressWithMask>> available_ips(const Context& ctx, std::int64_t prefix_id, std::int64_t limit);
  // Allocates the next `count` free addresses in one write transaction, all or none:
  // 409 ipam.prefix.exhausted when fewer are free. The unique address key makes two concurrent
  // allocations unable to hand out the same address; a collision is retried.
  Result<std::vector<IpAddressRecord>> allocate_ips(const Context& ctx, std::int64_t prefix_id,
                                                    const AllocationInput& in);
  Result<std::vector<SiteUtilisation>> site_utilisation(const Context& ctx, std::optional<std::int64_t> site_id);

  // ---- For contracts, inside the caller's write transaction ----
  // Assigns `count` free IPv4 addresses to the customer from the site's prefixes marked for
  // customer assignment: active IPv4 pools (is_pool) that belong to no customer, smallest
  // prefix first. All or none: 409 ipam.assignment.exhausted (nothing written) when fewer are
  // free across them; a concurrent allocation colliding on the unique address key fails the
  // transaction (db.unique_violation) and is the caller's to retry.
  Result<std::vector<IpAddressRecord>> assign_ipv4_in(db::Tx& tx, const Context& ctx, std::int64_t site_id,
                                                      std::int64_t customer_id, std::int64_t count,
                                                      const std::string& description);
  // Free addresses in the site's pools for customers (those assign_ipv4_in takes); nullopt when
  // the site has no active IPv4 prefix at all (no plan: unknown, not zero).
  Result<std::optional<std::int64_t>> free_customer_ipv4(const Context& ctx, std::int64_t site_id);
  // Those of `ids` that still exist, with their customer.
  Result<std::vector<IpAddressRecord>> addresses_in(db::Tx& tx, const std::vector<std::int64_t>& ids);
  // Returns an address to its pool (the assignment record is removed, audited); one already gone
  // is left alone.
  Status release_address_in(db::Tx& tx, const Context& ctx, std::int64_t id);

  // ---- IP addresses ----
  Result<store::Page<IpAddressRecord>> list_addresses(const Context& ctx, const IpAddressFilter& f);
  Result<IpAddressRecord> address(const Context& ctx, std::int64_t id);
  // 400 ipam.address.malformed / v4_mapped, 409 ipam.address.duplicate,
  // 422 ipam.address.outside_prefix / unknown_prefix / unknown_interface / unknown_customer.
  Result<IpAddressRecord> create_address(const Context& ctx, const IpAddressInput& in);
  Result<IpAddressRecord> update_address(const Context& ctx, std::int64_t id, const IpAddressInput& in);
  Status delete_address(const Context& ctx, std::int64_t id);

  // ---- For other modules, inside their transaction ----
  // The live cable on an interface (dcim refuses to delete a cabled interface).
  Result<std::optional<std::int64_t>> cable_on_interface(db::Tx& tx, std::int64_t interface_id);

 private:
  Result<Cable> with_names(db::Tx& tx, const Context& ctx, Cable c);
  Status name_cables(db::Tx& tx, const Context& ctx, std::vector<Cable>& cables);
  Status check_prefix(db::Tx& tx, const Context& ctx, const PrefixRecord& p);
  Status check_address(db::Tx& tx, const Context& ctx, const IpAddressRecord& a);
  // The site's active IPv4 prefixes (first) and, of them, the pools for customers, smallest first.
  Result<std::pair<std::size_t, std::vector<PrefixRecord>>> customer_pools(db::Tx& tx, const Context& ctx,
                                                                           std::int64_t site_id);
  Result<std::vector<IpAddressRecord>> allocate_once(const Context& ctx, std::int64_t prefix_id,
                                                     const AllocationInput& in);

  db::Database& db_;
  const Clock& clock_;
  Status name_interfaces(db::Tx& tx, const Context& ctx, std::vector<IpAddressRecord>& rows);
  Inventory& inventory_;
};

}  // namespace colo::ipam
