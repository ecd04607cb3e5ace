// ipam::Service: prefixes and their utilisation.
#include "ipam/service.hpp"

#include "ipam/render.hpp"
#include "ipam/service_internal.hpp"

namespace colo::ipam {

using namespace detail;

// ---------------------------------------------------------------- Prefixes

Result<store::Page<PrefixRecord>> Service::list_prefixes(const Context& ctx, const PrefixFilter& f) {
  std::optional<Prefix> within, contains;
  if (f.within) {
    auto p = Prefix::parse(*f.within);
    if (!p.ok()) return bad_field("within", p.error().code, p.error().message);
    within = *p;
  }
  if (f.contains) {
    if (f.contains->find('/') == std::string::npos) {
      auto a = Address::parse(*f.contains);
      if (!a) return bad_field("contains", "ipam.address.malformed", "Expected an address or a prefix.");
      contains = Prefix::of(*a, max_length(a->family()));
    } else {
      auto p = Prefix::parse(*f.contains);
      if (!p.ok()) return bad_field("contains", p.error().code, p.error().message);
      contains = *p;
    }
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_prefixes(tx, ctx, f, within, contains);
}

Result<PrefixRecord> Service::prefix(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto p, store::find_prefix(tx, id, true));
  if (!p || !ctx.sees(p->customer_id)) return Error::not_found("Prefix");
  return *p;
}

Status Service::check_prefix(db::Tx& tx, const Context& ctx, const PrefixRecord& p) {
  if (p.prefix.overlaps_v4_mapped())
    return with_field(
        Error::invalid("ipam.prefix.v4_mapped", "IPv6 space overlapping ::ffff:0:0/96 (IPv4-mapped) is kept as IPv4."),
        "prefix");
  if (!one_of(p.status, kPrefixStatuses)) return bad_field("status", "invalid_choice", "Unknown status.");
  if (p.site_id) {
    COLO_TRY(bool ok, inventory_.site_exists(tx, ctx, *p.site_id));
    if (!ok) return unprocessable_field("ipam.prefix.unknown_site", "site", "No such site.");
  }
  if (p.vlan_id) {
    COLO_TRY(auto v, store::find_vlan(tx, *p.vlan_id));
    if (!v) return unprocessable_field("ipam.prefix.unknown_vlan", "vlan", "No such VLAN.");
    if (v->site_id && p.site_id && v->site_id != p.site_id)
      return unprocessable_field("ipam.prefix.vlan_site", "vlan", "The VLAN belongs to another site.");
  }
  if (p.customer_id) {
    COLO_TRY(bool ok, inventory_.customer_exists(tx, *p.customer_id));
    if (!ok) return unprocessable_field("ipam.prefix.unknown_customer", "customer", "No such customer.");
  }
  return {};
}

namespace {

Result<Prefix> parse_prefix_field(const std::string& text) {
  auto p = Prefix::parse(text);
  if (!p.ok()) return with_field(std::move(p).error(), "prefix");
  return *p;
}

Error prefix_write_error(Error e, const Prefix& p) {
  if (!e.is("db.unique_violation")) return e;
  return with_field(Error::conflict("ipam.prefix.duplicate", "The prefix " + p.to_string() + " already exists.")
                        .with("prefix", p.to_string()),
                    "prefix");
}

}  // namespace

Result<PrefixRecord> Service::create_prefix(const Context& ctx, const PrefixInput& in) {
  COLO_CHECK(staff_only(ctx));
  if (!in.prefix) return bad_field("prefix", "required", "This field is required.");
  PrefixRecord p;
  COLO_TRY(p.prefix, parse_prefix_field(*in.prefix));
  apply(p.site_id, in.site_id);
  apply(p.vlan_id, in.vlan_id);
  apply(p.customer_id, in.customer_id);
  p.status = in.status.value_or("active");
  p.is_pool = in.is_pool.value_or(false);
  p.description = in.description.value_or("");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(check_prefix(tx, ctx, p));
  p.created_at = p.updated_at = format_instant(clock_.now());
  auto id = store::insert_prefix(tx, p);
  if (!id.ok()) return prefix_write_error(std::move(id).error(), p.prefix);
  COLO_CHECK(record(tx, ctx, clock_, "ipam.prefix", *id, "create", nullptr, prefix_json(p), p.customer_id));
  COLO_TRY(auto created, store::find_prefix(tx, *id, true));
  COLO_CHECK(tx.commit());
  return std::move(*created);
}

Result<PrefixRecord> Service::update_prefix(const Context& ctx, std::int64_t id, const PrefixInput& in) {
  COLO_CHECK(staff_only(ctx));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_prefix(tx, id, false));
  if (!found) return Error::not_found("Prefix");
  PrefixRecord p = *found;
  if (in.prefix) {
    COLO_TRY(p.prefix, parse_prefix_field(*in.prefix));
  }
  apply(p.site_id, in.site_id);
  apply(p.vlan_id, in.vlan_id);
  apply(p.customer_id, in.customer_id);
  if (in.status) p.status = *in.status;
  if (in.is_pool) p.is_pool = *in.is_pool;
  if (in.description) p.description = *in.description;
  COLO_CHECK(check_prefix(tx, ctx, p));
  p.updated_at = format_instant(clock_.now());
  auto st = store::update_prefix(tx, p);
  if (!st.ok()) return prefix_write_error(std::move(st).error(), p.prefix);
  COLO_CHECK(record(tx, ctx, clock_, "ipam.prefix", id, "update", prefix_json(*found, false), prefix_json(p, false),
                    p.customer_id));
  COLO_TRY(auto updated, store::find_prefix(tx, id, true));
  COLO_CHECK(tx.commit());
  return std::move(*updated);
}

Status Service::delete_prefix(const Context& ctx, std::int64_t id) {
  COLO_CHECK(staff_only(ctx));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_prefix(tx, id, false));
  if (!found) return Error::not_found("Prefix");
  COLO_CHECK(store::delete_prefix(tx, id));
  COLO_CHECK(
      record(tx, ctx, clock_, "ipam.prefix", id, "delete", prefix_json(*found, false), nullptr, found->customer_id));
  return tx.commit();
}

Result<std::vector<SiteUtilisation>> Service::site_utilisation(const Context& ctx,
                                                               std::optional<std::int64_t> site_id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::site_utilisation(tx, ctx, site_id);
}

}  // namespace colo::ipam
