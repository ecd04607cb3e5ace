// ipam::Service: VLANs and the VLAN mode of interfaces.
#include "ipam/service.hpp"

#include <set>

#include "ipam/render.hpp"
#include "ipam/service_internal.hpp"

namespace colo::ipam {

using namespace detail;

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
  return with_field(
      Error::conflict("ipam.vlan.duplicate_vid",
                      "VLAN " + std::to_string(v.vid) +
                          (v.site_id ? " already exists at this site." : " already exists among the global VLANs."))
          .with("vid", std::to_string(v.vid)),
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
        return unprocessable_field(
            "ipam.vlan.site_in_use", "site",
            "Interface " + i.name + " of " + i.device_name + " at another site carries this VLAN.");
    COLO_TRY(bool other, store::vlan_used_by_other_site(tx, id, *v.site_id));
    if (other) return unprocessable_field("ipam.vlan.site_in_use", "site", "A prefix of another site uses this VLAN.");
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

}  // namespace colo::ipam
