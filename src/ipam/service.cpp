#include "ipam/service.hpp"

#include <algorithm>
#include <limits>
#include <set>

#include "audit/audit.hpp"
#include "ipam/render.hpp"

namespace colo::ipam {

namespace {

using boost::json::value;

Status staff_only(const Context& ctx) {
  if (ctx.tenant()) return Error::forbidden("Customers cannot change the network inventory.");
  return {};
}

bool one_of(const std::string& v, const std::vector<std::string>& allowed) {
  return std::find(allowed.begin(), allowed.end(), v) != allowed.end();
}

Error bad_field(std::string field, std::string code, std::string message) {
  return Error::validation({{std::move(field), std::move(code), std::move(message)}});
}

Error unprocessable_field(std::string code, std::string field, std::string message) {
  return Error::unprocessable(code, message, {{std::move(field), code, message}});
}

// A domain error with the offending field attached.
Error with_field(Error e, std::string field) {
  e.fields.push_back({std::move(field), e.code, e.message});
  return e;
}

Status record(db::Tx& tx, const Context& ctx, const Clock& clock, std::string type, std::int64_t id,
              std::string action, value before, value after, std::optional<std::int64_t> customer) {
  return audit::record(tx, ctx, clock,
                       audit::Change{std::move(type), std::to_string(id), std::move(action), std::move(before),
                                     std::move(after), customer});
}

template <typename T>
void apply(std::optional<T>& target, const std::optional<std::optional<T>>& patch) {
  if (patch) target = *patch;
}

// Colours as NetBox keeps them: six lower-case hex digits, "#" dropped; "" for none.
std::optional<std::string> normalise_colour(std::string c) {
  if (!c.empty() && c[0] == '#') c.erase(c.begin());
  if (c.empty()) return c;
  if (c.size() != 6) return std::nullopt;
  for (auto& ch : c) {
    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!std::isxdigit(static_cast<unsigned char>(ch))) return std::nullopt;
  }
  return c;
}

bool valid_dns_name(const std::string& s) {
  if (s.size() > 255) return false;
  for (unsigned char c : s)
    if (!(std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == '*')) return false;
  return true;
}

Error duplicate_address(const Address& a) {
  return with_field(Error::conflict("ipam.address.duplicate", "The address " + a.to_string() + " already exists."),
                    "address");
}

}  // namespace

// ---------------------------------------------------------------- VLANs

Result<store::Page<Vlan>> Service::list_vlans(const Context& ctx, const VlanFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_vlans(tx, ctx, f);
}

Result<Vlan> Service::vlan(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto v, store::find_vlan(tx, id));
  if (!v || !ctx.sees(v->customer_id)) return Error::not_found("VLAN");
  return *v;
}

namespace {

Status check_vlan(db::Tx& tx, const Context& ctx, Inventory& inventory, const Vlan& v) {
  std::vector<FieldError> errors;
  if (v.vid < kMinVid || v.vid > kMaxVid) errors.push_back({"vid", "out_of_range", "Must be between 1 and 4094."});
  if (v.name.empty()) errors.push_back({"name", "required", "This field is required."});
  if (!one_of(v.status, kVlanStatuses)) errors.push_back({"status", "invalid_choice", "Unknown status."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  if (v.site_id) {
    COLO_TRY(bool ok, inventory.site_exists(tx, ctx, *v.site_id));
    if (!ok) return unprocessable_field("ipam.vlan.unknown_site", "site", "No such site.");
  }
  if (v.customer_id) {
    COLO_TRY(bool ok, inventory.customer_exists(tx, *v.customer_id));
    if (!ok) return unprocessable_field("ipam.vlan.unknown_customer", "customer", "No such customer.");
  }
  return {};
}

Error vlan_write_error(Error e, const Vlan& v) {
  if (!e.is("db.unique_violation")) return e;
  return with_field(Error::conflict("ipam.vlan.duplicate_vid",
                                    "VLAN " + std::to_string(v.vid) +
                                        (v.site_id ? " already exists at this site." : " already exists among the global VLANs.")),
                    "vid");
}

}  // namespace

Result<Vlan> Service::create_vlan(const Context& ctx, const VlanInput& in) {
  COLO_CHECK(staff_only(ctx));
  Vlan v;
  v.vid = in.vid.value_or(0);
  v.name = in.name.value_or("");
  apply(v.site_id, in.site_id);
  v.status = in.status.value_or("active");
  apply(v.customer_id, in.customer_id);
  v.description = in.description.value_or("");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(check_vlan(tx, ctx, inventory_, v));
  v.created_at = v.updated_at = format_instant(clock_.now());
  auto id = store::insert_vlan(tx, v);
  if (!id.ok()) return vlan_write_error(std::move(id).error(), v);
  v.id = *id;
  COLO_CHECK(record(tx, ctx, clock_, "ipam.vlan", v.id, "create", nullptr, vlan_json(v), v.customer_id));
  COLO_CHECK(tx.commit());
  return v;
}

Result<Vlan> Service::update_vlan(const Context& ctx, std::int64_t id, const VlanInput& in) {
  COLO_CHECK(staff_only(ctx));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_vlan(tx, id));
  if (!found) return Error::not_found("VLAN");
  Vlan v = *found;
  if (in.vid) v.vid = *in.vid;
  if (in.name) v.name = *in.name;
  apply(v.site_id, in.site_id);
  if (in.status) v.status = *in.status;
  apply(v.customer_id, in.customer_id);
  if (in.description) v.description = *in.description;
  COLO_CHECK(check_vlan(tx, ctx, inventory_, v));
  // Moving the VLAN to a site: whatever carries it must be at that site.
  if (v.site_id && v.site_id != found->site_id) {
    COLO_TRY(auto interfaces, store::interfaces_with_vlan(tx, id));
    COLO_TRY(auto infos, inventory_.interfaces(tx, ctx, interfaces));
    for (const auto& i : infos)
      if (i.site_id != v.site_id)
        return unprocessable_field("ipam.vlan.site_in_use", "site",
                                   "Interface " + i.name + " of " + i.device_name + " at another site carries this VLAN.");
    COLO_TRY(bool other, store::vlan_used_by_other_site(tx, id, *v.site_id));
    if (other)
      return unprocessable_field("ipam.vlan.site_in_use", "site", "A prefix of another site uses this VLAN.");
  }
  v.updated_at = format_instant(clock_.now());
  auto st = store::update_vlan(tx, v);
  if (!st.ok()) return vlan_write_error(std::move(st).error(), v);
  COLO_CHECK(record(tx, ctx, clock_, "ipam.vlan", v.id, "update", vlan_json(*found), vlan_json(v), v.customer_id));
  COLO_CHECK(tx.commit());
  return v;
}

Status Service::delete_vlan(const Context& ctx, std::int64_t id) {
  COLO_CHECK(staff_only(ctx));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_vlan(tx, id));
  if (!found) return Error::not_found("VLAN");
  COLO_TRY(bool used, store::vlan_in_use(tx, id));
  if (used)
    return Error::conflict("ipam.vlan.in_use", "Prefixes or interfaces still use this VLAN; remove it there first.");
  COLO_CHECK(store::delete_vlan(tx, id));
  COLO_CHECK(record(tx, ctx, clock_, "ipam.vlan", id, "delete", vlan_json(*found), nullptr, found->customer_id));
  return tx.commit();
}

// ---------------------------------------------------------------- Interface VLAN mode

Result<InterfaceVlans> Service::interface_vlans(const Context& ctx, std::int64_t interface_id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto info, inventory_.interface(tx, ctx, interface_id, false));
  if (!info || !ctx.sees(info->customer_id)) return Error::not_found("Interface");
  return store::interface_vlans(tx, interface_id);
}

Result<InterfaceVlans> Service::set_interface_vlans(const Context& ctx, std::int64_t interface_id,
                                                    const InterfaceVlansInput& in) {
  COLO_CHECK(staff_only(ctx));
  // The mode's shape first: nothing to look up when it is wrong.
  std::vector<FieldError> errors;
  if (in.mode && !one_of(*in.mode, kInterfaceModes))
    errors.push_back({"mode", "invalid_choice", "Must be one of: access, tagged, tagged-all."});
  const std::string mode = in.mode.value_or("");
  if (mode == "access") {
    if (!in.untagged_vlan_id)
      errors.push_back({"untagged_vlan", "required", "An access interface needs exactly one untagged VLAN."});
    if (!in.tagged_vlan_ids.empty())
      errors.push_back({"tagged_vlans", "not_allowed", "An access interface carries no tagged VLANs."});
  } else if (mode == "tagged-all") {
    if (!in.tagged_vlan_ids.empty())
      errors.push_back({"tagged_vlans", "not_allowed", "A tagged-all interface carries every VLAN; list none."});
  } else if (mode.empty()) {
    if (in.untagged_vlan_id || !in.tagged_vlan_ids.empty())
      errors.push_back({"mode", "required", "Set a mode to carry VLANs."});
  }
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < in.tagged_vlan_ids.size(); ++i) {
    auto id = in.tagged_vlan_ids[i];
    if (!seen.insert(id).second)
      errors.push_back({"tagged_vlans/" + std::to_string(i), "duplicate", "This VLAN is listed twice."});
    if (in.untagged_vlan_id && *in.untagged_vlan_id == id)
      errors.push_back({"tagged_vlans/" + std::to_string(i), "untagged", "The untagged VLAN cannot also be tagged."});
  }
  if (!errors.empty()) return Error::validation(std::move(errors));

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto info, inventory_.interface(tx, ctx, interface_id, true));
  if (!info) return Error::not_found("Interface");
  std::vector<std::int64_t> ids = in.tagged_vlan_ids;
  if (in.untagged_vlan_id) ids.push_back(*in.untagged_vlan_id);
  COLO_TRY(auto vlans, store::find_vlans(tx, ids));
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const bool untagged = in.untagged_vlan_id && i + 1 == ids.size();
    const std::string field = untagged ? "untagged_vlan" : "tagged_vlans/" + std::to_string(i);
    auto it = std::find_if(vlans.begin(), vlans.end(), [&](const Vlan& v) { return v.id == ids[i]; });
    if (it == vlans.end())
      return unprocessable_field("ipam.interface.unknown_vlan", field, "No such VLAN: " + std::to_string(ids[i]) + ".");
    if (it->site_id && it->site_id != info->site_id)
      return unprocessable_field("ipam.interface.vlan_site", field,
                                 "VLAN " + std::to_string(it->vid) + " (" + it->name +
                                     ") belongs to another site than the interface's device.");
  }
  COLO_TRY(auto before, store::interface_vlans(tx, interface_id));
  std::optional<std::string> stored_mode;
  if (!mode.empty()) stored_mode = mode;
  // Setting what is already there writes nothing (and audits nothing).
  std::set<std::int64_t> before_tagged;
  for (const auto& t : before.tagged) before_tagged.insert(t.id);
  const std::optional<std::int64_t> before_untagged =
      before.untagged ? std::optional<std::int64_t>(before.untagged->id) : std::nullopt;
  if (before.mode == stored_mode && before_untagged == in.untagged_vlan_id && before_tagged == seen) return before;
  COLO_CHECK(store::set_interface_vlans(tx, interface_id, stored_mode, in.untagged_vlan_id, in.tagged_vlan_ids));
  COLO_TRY(auto after, store::interface_vlans(tx, interface_id));
  COLO_CHECK(record(tx, ctx, clock_, "ipam.interface_vlans", interface_id, "update", interface_vlans_json(before),
                    interface_vlans_json(after), info->customer_id));
  COLO_CHECK(tx.commit());
  return after;
}

// ---------------------------------------------------------------- Cables

Status Service::name_cables(db::Tx& tx, const Context& ctx, std::vector<Cable>& cables) {
  std::vector<std::int64_t> ids;
  for (const auto& c : cables) {
    ids.push_back(c.a.interface_id);
    ids.push_back(c.b.interface_id);
  }
  COLO_TRY(auto infos, inventory_.interfaces(tx, ctx, ids));
  auto fill = [&](CableEnd& end) {
    for (const auto& i : infos) {
      if (i.id != end.interface_id) continue;
      end.device_id = i.device_id;
      // A customer sees the names of its own and the operator's devices, not another customer's.
      if (!ctx.tenant() || !i.customer_id || ctx.sees(i.customer_id)) {
        end.interface_name = i.name;
        end.device_name = i.device_name;
      }
    }
  };
  for (auto& c : cables) {
    fill(c.a);
    fill(c.b);
  }
  return {};
}

Result<Cable> Service::with_names(db::Tx& tx, const Context& ctx, Cable c) {
  std::vector<Cable> one{std::move(c)};
  COLO_CHECK(name_cables(tx, ctx, one));
  return std::move(one.front());
}

Result<store::Page<Cable>> Service::list_cables(const Context& ctx, const CableFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  std::optional<std::vector<std::int64_t>> scope;
  if (auto t = ctx.tenant()) {
    COLO_TRY(auto devices, inventory_.customer_devices(tx, ctx, *t));
    scope = std::move(devices);
  }
  COLO_TRY(auto page, store::list_cables(tx, f, scope));
  COLO_CHECK(name_cables(tx, ctx, page.second));
  return page;
}

Result<Cable> Service::cable(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto c, store::find_cable(tx, id));
  if (!c) return Error::not_found("Cable");
  if (ctx.tenant()) {
    COLO_TRY(auto infos, inventory_.interfaces(tx, ctx, {c->a.interface_id, c->b.interface_id}));
    bool visible = false;
    for (const auto& i : infos) visible = visible || (i.customer_id && ctx.sees(i.customer_id));
    if (!visible) return Error::not_found("Cable");
  }
  return with_names(tx, ctx, std::move(*c));
}

namespace {

// Validates the cable and fills its ends' device ids from the inventory.
Status check_cable(db::Tx& tx, const Context& ctx, Inventory& inventory, Cable& c) {
  std::vector<FieldError> errors;
  if (!one_of(c.type, kCableTypes)) errors.push_back({"type", "invalid_choice", "Unknown cable type."});
  if (!one_of(c.status, kCableStatuses)) errors.push_back({"status", "invalid_choice", "Unknown status."});
  if (c.length_m && (*c.length_m < 0 || *c.length_m > 100000))
    errors.push_back({"length_m", "out_of_range", "Must be between 0 and 100000 metres."});
  auto colour = normalise_colour(c.colour);
  if (!colour) errors.push_back({"colour", "invalid", "Expected six hex digits, such as 2f6fd0."});
  else c.colour = *colour;
  if (!errors.empty()) return Error::validation(std::move(errors));
  if (c.a.interface_id == c.b.interface_id)
    return unprocessable_field("dcim.cable.same_interface", "b_interface", "A cable cannot connect an interface to itself.");
  for (auto [end, field] : {std::pair{&c.a, "a_interface"}, std::pair{&c.b, "b_interface"}}) {
    COLO_TRY(auto info, inventory.interface(tx, ctx, end->interface_id, true));
    if (!info) return unprocessable_field("dcim.cable.unknown_interface", field, "No such interface.");
    end->device_id = info->device_id;
  }
  return {};
}

bool live(const Cable& c) { return c.status != "decommissioned"; }

}  // namespace

Result<Cable> Service::create_cable(const Context& ctx, const CableInput& in) {
  COLO_CHECK(staff_only(ctx));
  Cable c;
  c.a.interface_id = in.a_interface_id.value_or(0);
  c.b.interface_id = in.b_interface_id.value_or(0);
  c.type = in.type.value_or("");
  c.status = in.status.value_or("connected");
  c.label = in.label.value_or("");
  apply(c.length_m, in.length_m);
  c.colour = in.colour.value_or("");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(check_cable(tx, ctx, inventory_, c));
  c.created_at = c.updated_at = format_instant(clock_.now());
  COLO_TRY(c.id, store::insert_cable(tx, c));
  if (live(c)) COLO_CHECK(store::claim_cable_ends(tx, c));
  COLO_TRY(c, with_names(tx, ctx, std::move(c)));
  COLO_CHECK(record(tx, ctx, clock_, "dcim.cable", c.id, "create", nullptr, cable_json(c), std::nullopt));
  COLO_CHECK(tx.commit());
  return c;
}

Result<Cable> Service::update_cable(const Context& ctx, std::int64_t id, const CableInput& in) {
  COLO_CHECK(staff_only(ctx));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_cable(tx, id));
  if (!found) return Error::not_found("Cable");
  COLO_TRY(auto before, with_names(tx, ctx, *found));
  Cable c = before;
  if (in.a_interface_id) c.a = CableEnd{*in.a_interface_id, "", 0, ""};
  if (in.b_interface_id) c.b = CableEnd{*in.b_interface_id, "", 0, ""};
  if (in.type) c.type = *in.type;
  if (in.status) c.status = *in.status;
  if (in.label) c.label = *in.label;
  apply(c.length_m, in.length_m);
  if (in.colour) c.colour = *in.colour;
  COLO_CHECK(check_cable(tx, ctx, inventory_, c));
  c.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update_cable(tx, c));
  COLO_CHECK(store::release_cable_ends(tx, c.id));
  if (live(c)) COLO_CHECK(store::claim_cable_ends(tx, c));
  COLO_TRY(c, with_names(tx, ctx, std::move(c)));
  COLO_CHECK(record(tx, ctx, clock_, "dcim.cable", c.id, "update", cable_json(before), cable_json(c), std::nullopt));
  COLO_CHECK(tx.commit());
  return c;
}

Status Service::decommission_cable(const Context& ctx, std::int64_t id) {
  COLO_CHECK(staff_only(ctx));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_cable(tx, id));
  if (!found) return Error::not_found("Cable");
  if (!live(*found)) return {};  // already decommissioned: nothing changes
  COLO_TRY(auto before, with_names(tx, ctx, *found));
  Cable c = before;
  c.status = "decommissioned";
  c.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update_cable(tx, c));
  COLO_CHECK(store::release_cable_ends(tx, c.id));
  COLO_CHECK(record(tx, ctx, clock_, "dcim.cable", c.id, "decommission", cable_json(before), cable_json(c),
                    std::nullopt));
  return tx.commit();
}

Result<std::optional<std::int64_t>> Service::cable_on_interface(db::Tx& tx, std::int64_t interface_id) {
  return store::cable_on_interface(tx, interface_id);
}

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
    return with_field(Error::invalid("ipam.prefix.v4_mapped",
                                     "IPv6 space overlapping ::ffff:0:0/96 (IPv4-mapped) is kept as IPv4."),
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
  return with_field(Error::conflict("ipam.prefix.duplicate", "The prefix " + p.to_string() + " already exists."),
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
  COLO_CHECK(record(tx, ctx, clock_, "ipam.prefix", id, "update", prefix_json(*found, false),
                    prefix_json(p, false), p.customer_id));
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
  COLO_CHECK(record(tx, ctx, clock_, "ipam.prefix", id, "delete", prefix_json(*found, false), nullptr,
                    found->customer_id));
  return tx.commit();
}

Result<std::vector<AddressWithMask>> Service::available_ips(const Context& ctx, std::int64_t prefix_id,
                                                            std::int64_t limit) {
  limit = std::clamp<std::int64_t>(limit, 1, kMaxAllocation);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto p, store::find_prefix(tx, prefix_id, false));
  if (!p || !ctx.sees(p->customer_id)) return Error::not_found("Prefix");
  const auto n = static_cast<std::size_t>(limit);
  COLO_TRY(auto ranges, store::free_ranges(tx, p->prefix.first_usable(p->is_pool), p->prefix.last_usable(p->is_pool), n));
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
  COLO_TRY(auto ranges, store::free_ranges(tx, p->prefix.first_usable(p->is_pool), p->prefix.last_usable(p->is_pool), n));
  auto free = take_addresses(p->prefix.family(), ranges, n);
  if (free.size() < n)
    return Error::conflict("ipam.prefix.exhausted", "The prefix " + p->prefix.to_string() + " has only " +
                                                        std::to_string(free.size()) + " free addresses.");
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
    COLO_TRY(auto ranges, store::free_ranges(tx, p.prefix.first_usable(p.is_pool), p.prefix.last_usable(p.is_pool), want));
    for (const auto& a : take_addresses(p.prefix.family(), ranges, want)) chosen.emplace_back(&p, a);
  }
  if (chosen.size() < n)
    return Error::conflict("ipam.assignment.exhausted",
                           "The site has " + std::to_string(chosen.size()) + " free IPv4 address(es) in pools for "
                           "customers; " + std::to_string(count) + " are needed.");
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

Result<std::vector<SiteUtilisation>> Service::site_utilisation(const Context& ctx,
                                                              std::optional<std::int64_t> site_id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::site_utilisation(tx, ctx, site_id);
}

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
  return store::list_addresses(tx, ctx, f, within);
}

Result<IpAddressRecord> Service::address(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto a, store::find_address(tx, id));
  if (!a || !ctx.sees(a->customer_id)) return Error::not_found("IP address");
  return *a;
}

Status Service::check_address(db::Tx& tx, const Context& ctx, const IpAddressRecord& a) {
  std::vector<FieldError> errors;
  if (!one_of(a.status, kAddressStatuses)) errors.push_back({"status", "invalid_choice", "Unknown status."});
  if (a.role && !one_of(*a.role, kAddressRoles)) errors.push_back({"role", "invalid_choice", "Unknown role."});
  if (!valid_dns_name(a.dns_name)) errors.push_back({"dns_name", "invalid", "Not a DNS name."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  if (a.address.address.is_v4_mapped())
    return with_field(Error::invalid("ipam.address.v4_mapped", "Write IPv4-mapped addresses in IPv4 form."),
                      "address");
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
  COLO_CHECK(record(tx, ctx, clock_, "ipam.ip_address", *id, "create", nullptr, address_json(*created),
                    a.customer_id));
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
  COLO_CHECK(record(tx, ctx, clock_, "ipam.ip_address", id, "delete", address_json(*found), nullptr,
                    found->customer_id));
  return tx.commit();
}

}  // namespace colo::ipam
