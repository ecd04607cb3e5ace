// ipam::Service: cables.
#include "ipam/service.hpp"

#include "ipam/render.hpp"
#include "ipam/service_internal.hpp"

namespace colo::ipam {

using namespace detail;

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
  if (!colour)
    errors.push_back({"colour", "invalid", "Expected six hex digits, such as 2f6fd0."});
  else
    c.colour = *colour;
  if (!errors.empty()) return Error::validation(std::move(errors));
  if (c.a.interface_id == c.b.interface_id)
    return unprocessable_field("dcim.cable.same_interface", "b_interface",
                               "A cable cannot connect an interface to itself.");
  for (auto [end, field] : {std::pair{&c.a, "a_interface"}, std::pair{&c.b, "b_interface"}}) {
    COLO_TRY(auto info, inventory.interface(tx, ctx, end->interface_id, true));
    if (!info) return unprocessable_field("dcim.cable.unknown_interface", field, "No such interface.");
    end->device_id = info->device_id;
    end->interface_name = info->name;  // so that a refusal names the interface, not its id
    end->device_name = info->device_name;
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
  COLO_CHECK(
      record(tx, ctx, clock_, "dcim.cable", c.id, "decommission", cable_json(before), cable_json(c), std::nullopt));
  return tx.commit();
}

Result<std::optional<std::int64_t>> Service::cable_on_interface(db::Tx& tx, std::int64_t interface_id) {
  return store::cable_on_interface(tx, interface_id);
}

}  // namespace colo::ipam
