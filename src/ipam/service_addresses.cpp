// ipam::Service: IP addresses, the next free ones, their allocation and assignment to customers.
#include "ipam/service.hpp"

#include <algorithm>
#include <limits>

#include "ipam/render.hpp"
#include "ipam/service_internal.hpp"

namespace colo::ipam {

using namespace detail;

// ---------------------------------------------------------------- IP addresses

Result<store::Page<IpAddressRecord>> Service::list_addresses(const Context& ctx, const IpAddressFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  std::optional<Prefix> within;
  if (f.within) {
    auto p = Prefix::parse(*f.within);
    if (!p.ok()) return bad_field("within", p.error().code, p.error().message);
    within = *p;
  }
  if (f.prefix_id) {
    COLO_TRY(auto p, store::find_prefix(tx, *f.prefix_id, false));
    if (!p || !ctx.sees(p->customer_id)) return bad_field("prefix", "not_found", "No such prefix.");
    // Both given: the narrower of the two, or nothing when they are disjoint.
    if (within && !within->overlaps(p->prefix)) return store::Page<IpAddressRecord>{0, {}};
    if (!within || within->contains(p->prefix)) within = p->prefix;
  }
  COLO_TRY(auto page, store::list_addresses(tx, ctx, f, within));
  COLO_CHECK(name_interfaces(tx, ctx, page.second));
  return page;
}

// The interface and device names of assigned addresses, in one inventory query.
Status Service::name_interfaces(db::Tx& tx, const Context& ctx, std::vector<IpAddressRecord>& rows) {
  std::vector<std::int64_t> ids;
  for (const auto& a : rows)
    if (a.interface_id) ids.push_back(*a.interface_id);
  if (ids.empty()) return {};
  COLO_TRY(auto found, inventory_.interfaces(tx, ctx, ids));
  for (auto& a : rows) {
    if (!a.interface_id) continue;
    for (const auto& i : found) {
      if (i.id != *a.interface_id) continue;
      a.interface_name = i.name;
      a.device_id = i.device_id;
      a.device_name = i.device_name;
    }
  }
  return {};
}

Result<IpAddressRecord> Service::address(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto a, store::find_address(tx, id));
  if (!a || !ctx.sees(a->customer_id)) return Error::not_found("IP address");
  std::vector<IpAddressRecord> one{*a};
  COLO_CHECK(name_interfaces(tx, ctx, one));
  return one.front();
}

Status Service::check_address(db::Tx& tx, const Context& ctx, const IpAddressRecord& a) {
  std::vector<FieldError> errors;
  if (!one_of(a.status, kAddressStatuses)) errors.push_back({"status", "invalid_choice", "Unknown status."});
  if (a.role && !one_of(*a.role, kAddressRoles)) errors.push_back({"role", "invalid_choice", "Unknown role."});
  if (!valid_dns_name(a.dns_name)) errors.push_back({"dns_name", "invalid", "Not a DNS name."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  if (a.address.address.is_v4_mapped())
    return with_field(Error::invalid("ipam.address.v4_mapped", "Write IPv4-mapped addresses in IPv4 form."), "address");
  if (a.customer_id) {
    COLO_TRY(bool ok, inventory_.customer_exists(tx, *a.customer_id));
    if (!ok) return unprocessable_field("ipam.address.unknown_customer", "customer", "No such customer.");
  }
  if (a.interface_id) {
    COLO_TRY(auto info, inventory_.interface(tx, ctx, *a.interface_id, false));
    if (!info) return unprocessable_field("ipam.address.unknown_interface", "interface", "No such interface.");
  }
  COLO_TRY(auto existing, store::address_by_host(tx, a.address.address));
  if (existing && *existing != a.id) return duplicate_address(a.address.address);
  return {};
}

namespace {

// Parses the address; checks it against the prefix named in the request, if any. Without a mask
// the address takes the length of that prefix, else of the most specific prefix containing it.
Result<AddressWithMask> resolve_address(db::Tx& tx, const std::string& text, std::optional<std::int64_t> prefix_id) {
  std::optional<PrefixRecord> given;
  if (prefix_id) {
    COLO_TRY(given, store::find_prefix(tx, *prefix_id, false));
    if (!given) return unprocessable_field("ipam.address.unknown_prefix", "prefix", "No such prefix.");
  }
  auto parsed = parse_address_with_mask(text);
  if (!parsed.ok()) return with_field(std::move(parsed).error(), "address");
  AddressWithMask a = *parsed;
  if (given && !given->prefix.contains(a.address))
    return unprocessable_field("ipam.address.outside_prefix", "address",
                               a.address.to_string() + " is not inside " + given->prefix.to_string() + ".");
  if (text.find('/') == std::string::npos) {
    if (given) {
      a.length = given->prefix.length();
    } else {
      COLO_TRY(auto found, store::most_specific_prefix(tx, a.address));
      if (found) a.length = found->second;
    }
  }
  return a;
}

Error address_write_error(Error e, const Address& a) {
  if (!e.is("db.unique_violation")) return e;
  return duplicate_address(a);
}

}  // namespace

Result<IpAddressRecord> Service::create_address(const Context& ctx, const IpAddressInput& in) {
  COLO_CHECK(staff_only(ctx));
  if (!in.address) return bad_field("address", "required", "This field is required.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  IpAddressRecord a;
  COLO_TRY(a.address, resolve_address(tx, *in.address, in.prefix_id));
  a.status = in.status.value_or("active");
  apply(a.role, in.role);
  apply(a.customer_id, in.customer_id);
  apply(a.interface_id, in.interface_id);
  a.dns_name = in.dns_name.value_or("");
  a.description = in.description.value_or("");
  COLO_CHECK(check_address(tx, ctx, a));
  a.created_at = a.updated_at = format_instant(clock_.now());
  auto id = store::insert_address(tx, a);
  if (!id.ok()) return address_write_error(std::move(id).error(), a.address.address);
  COLO_TRY(auto created, store::find_address(tx, *id));
  COLO_CHECK(record(tx, ctx, clock_, "ipam.ip_address", *id, "create", nullptr, address_json(*created), a.customer_id));
  COLO_CHECK(tx.commit());
  return std::move(*created);
}

Result<IpAddressRecord> Service::update_address(const Context& ctx, std::int64_t id, const IpAddressInput& in) {
  COLO_CHECK(staff_only(ctx));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_address(tx, id));
  if (!found) return Error::not_found("IP address");
  IpAddressRecord a = *found;
  if (in.address || in.prefix_id) {
    COLO_TRY(a.address, resolve_address(tx, in.address.value_or(found->address.to_string()), in.prefix_id));
  }
  if (in.status) a.status = *in.status;
  apply(a.role, in.role);
  apply(a.customer_id, in.customer_id);
  apply(a.interface_id, in.interface_id);
  if (in.dns_name) a.dns_name = *in.dns_name;
  if (in.description) a.description = *in.description;
  COLO_CHECK(check_address(tx, ctx, a));
  a.updated_at = format_instant(clock_.now());
  auto st = store::update_address(tx, a);
  if (!st.ok()) return address_write_error(std::move(st).error(), a.address.address);
  COLO_TRY(auto updated, store::find_address(tx, id));
  COLO_CHECK(record(tx, ctx, clock_, "ipam.ip_address", id, "update", address_json(*found), address_json(*updated),
                    a.customer_id));
  COLO_CHECK(tx.commit());
  return std::move(*updated);
}

Status Service::delete_address(const Context& ctx, std::int64_t id) {
  COLO_CHECK(staff_only(ctx));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_address(tx, id));
  if (!found) return Error::not_found("IP address");
  COLO_CHECK(store::delete_address(tx, id));
  COLO_CHECK(
      record(tx, ctx, clock_, "ipam.ip_address", id, "delete", address_json(*found), nullptr, found->customer_id));
  return tx.commit();
}

// ---------------------------------------------------------------- Next free, allocation, assignment

Result<std::vector<AddressWithMask>> Service::available_ips(const Context& ctx, std::int64_t prefix_id,
                                                            std::int64_t limit) {
  limit = std::clamp<std::int64_t>(limit, 1, kMaxAllocation);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto p, store::find_prefix(tx, prefix_id, false));
  if (!p || !ctx.sees(p->customer_id)) return Error::not_found("Prefix");
  const auto n = static_cast<std::size_t>(limit);
  COLO_TRY(auto ranges,
           store::free_ranges(tx, p->prefix.first_usable(p->is_pool), p->prefix.last_usable(p->is_pool), n));
  std::vector<AddressWithMask> out;
  for (const auto& a : take_addresses(p->prefix.family(), ranges, n)) out.push_back({a, p->prefix.length()});
  return out;
}

Result<std::vector<IpAddressRecord>> Service::allocate_once(const Context& ctx, std::int64_t prefix_id,
                                                            const AllocationInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto p, store::find_prefix(tx, prefix_id, false));
  if (!p) return Error::not_found("Prefix");
  COLO_CHECK(store::lock_prefix(tx, prefix_id));
  std::optional<std::int64_t> customer = in.customer_id ? *in.customer_id : p->customer_id;
  if (in.customer_id && *in.customer_id) {
    COLO_TRY(bool ok, inventory_.customer_exists(tx, **in.customer_id));
    if (!ok) return unprocessable_field("ipam.address.unknown_customer", "customer", "No such customer.");
  }
  const auto n = static_cast<std::size_t>(in.count);
  COLO_TRY(auto ranges,
           store::free_ranges(tx, p->prefix.first_usable(p->is_pool), p->prefix.last_usable(p->is_pool), n));
  auto free = take_addresses(p->prefix.family(), ranges, n);
  if (free.size() < n)
    return Error::conflict("ipam.prefix.exhausted", "The prefix " + p->prefix.to_string() + " has only " +
                                                        std::to_string(free.size()) + " free addresses.")
        .with("prefix", p->prefix.to_string())
        .with("free", std::to_string(free.size()));
  const auto now = format_instant(clock_.now());
  std::vector<std::int64_t> ids;
  for (const auto& a : free) {
    IpAddressRecord r;
    r.address = {a, p->prefix.length()};
    r.status = in.status;
    r.role = in.role;
    r.customer_id = customer;
    r.dns_name = in.dns_name;
    r.description = in.description;
    r.created_at = r.updated_at = now;
    COLO_TRY(r.id, store::insert_address(tx, r));  // a unique violation is retried by the caller
    r.prefix_id = prefix_id;
    COLO_CHECK(record(tx, ctx, clock_, "ipam.ip_address", r.id, "allocate", nullptr, address_json(r), r.customer_id));
    ids.push_back(r.id);
  }
  COLO_TRY(auto created, store::find_addresses(tx, ids));
  COLO_CHECK(tx.commit());
  return created;
}

Result<std::vector<IpAddressRecord>> Service::allocate_ips(const Context& ctx, std::int64_t prefix_id,
                                                           const AllocationInput& in) {
  COLO_CHECK(staff_only(ctx));
  std::vector<FieldError> errors;
  if (in.count < 1 || in.count > kMaxAllocation)
    errors.push_back({"count", "out_of_range", "Must be between 1 and " + std::to_string(kMaxAllocation) + "."});
  if (!one_of(in.status, kAddressStatuses)) errors.push_back({"status", "invalid_choice", "Unknown status."});
  if (in.role && !one_of(*in.role, kAddressRoles)) errors.push_back({"role", "invalid_choice", "Unknown role."});
  if (!valid_dns_name(in.dns_name)) errors.push_back({"dns_name", "invalid", "Not a DNS name."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  // Allocations from one prefix queue on its row lock; a manual address created meanwhile in the
  // same range can still collide on the unique key, which rolls back and searches again.
  for (int attempt = 0;; ++attempt) {
    auto r = allocate_once(ctx, prefix_id, in);
    if (r.ok() || !r.error().is("db.unique_violation")) return r;
    if (attempt == 4)
      return Error::conflict("ipam.prefix.allocation_contended",
                             "Addresses of this prefix are being allocated concurrently; try again.");
  }
}

Result<std::vector<IpAddressRecord>> Service::assign_ipv4_in(db::Tx& tx, const Context& ctx, std::int64_t site_id,
                                                             std::int64_t customer_id, std::int64_t count,
                                                             const std::string& description) {
  if (count <= 0) return std::vector<IpAddressRecord>{};
  COLO_TRY(auto found, customer_pools(tx, ctx, site_id));
  const auto& pools = found.second;
  const auto n = static_cast<std::size_t>(count);
  std::vector<std::pair<const PrefixRecord*, Address>> chosen;
  for (const auto& p : pools) {
    if (chosen.size() >= n) break;
    COLO_CHECK(store::lock_prefix(tx, p.id));
    const auto want = n - chosen.size();
    COLO_TRY(auto ranges,
             store::free_ranges(tx, p.prefix.first_usable(p.is_pool), p.prefix.last_usable(p.is_pool), want));
    for (const auto& a : take_addresses(p.prefix.family(), ranges, want)) chosen.emplace_back(&p, a);
  }
  if (chosen.size() < n)
    return Error::conflict("ipam.assignment.exhausted", "The site has " + std::to_string(chosen.size()) +
                                                            " free IPv4 address(es) in pools for "
                                                            "customers; " +
                                                            std::to_string(count) + " are needed.");
  const auto now = format_instant(clock_.now());
  std::vector<std::int64_t> ids;
  for (const auto& [p, a] : chosen) {
    IpAddressRecord r;
    r.address = {a, p->prefix.length()};
    r.status = "active";
    r.customer_id = customer_id;
    r.description = description;
    r.created_at = r.updated_at = now;
    COLO_TRY(r.id, store::insert_address(tx, r));
    r.prefix_id = p->id;
    COLO_CHECK(record(tx, ctx, clock_, "ipam.ip_address", r.id, "assign", nullptr, address_json(r), r.customer_id));
    ids.push_back(r.id);
  }
  return store::find_addresses(tx, ids);
}

Result<std::pair<std::size_t, std::vector<PrefixRecord>>> Service::customer_pools(db::Tx& tx, const Context& ctx,
                                                                                  std::int64_t site_id) {
  PrefixFilter f;
  f.site_id = site_id;
  f.status = "active";
  f.family = Family::v4;
  f.limit = 1000;
  COLO_TRY(auto page, store::list_prefixes(tx, ctx, f, std::nullopt, std::nullopt));
  const auto all = page.second.size();
  std::vector<PrefixRecord> pools;
  for (auto& p : page.second)
    if (p.is_pool && !p.customer_id) pools.push_back(std::move(p));
  // The smallest pools first, so that large ones stay whole for large requests.
  std::stable_sort(pools.begin(), pools.end(),
                   [](const PrefixRecord& a, const PrefixRecord& b) { return a.prefix.length() > b.prefix.length(); });
  return std::pair{all, std::move(pools)};
}

Result<std::optional<std::int64_t>> Service::free_customer_ipv4(const Context& ctx, std::int64_t site_id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto found, customer_pools(tx, ctx, site_id));
  if (found.first == 0) return std::optional<std::int64_t>{};
  u128 free = 0;
  for (const auto& p : found.second) {
    // A pool holds at most a few thousand runs of free addresses; the cap only bounds a pathological one.
    COLO_TRY(auto ranges, store::free_ranges(tx, p.prefix.first_usable(true), p.prefix.last_usable(true), 100000));
    for (const auto& r : ranges) free += r.last - r.first + 1;
  }
  const u128 cap = static_cast<u128>(std::numeric_limits<std::int64_t>::max());
  return std::optional<std::int64_t>(static_cast<std::int64_t>(free > cap ? cap : free));
}

Result<std::vector<IpAddressRecord>> Service::addresses_in(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return std::vector<IpAddressRecord>{};
  return store::find_addresses(tx, ids);
}

Status Service::release_address_in(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto found, store::find_address(tx, id));
  if (!found) return {};
  COLO_CHECK(store::delete_address(tx, id));
  return record(tx, ctx, clock_, "ipam.ip_address", id, "release", address_json(*found), nullptr, found->customer_id);
}

}  // namespace colo::ipam
