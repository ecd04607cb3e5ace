// JSON of applications and feasibility assessments, written once as shapes (core/shape.hpp): the
// API's answers, their schemas, and the form in which an accepted proposal is kept with the
// application.
#pragma once

#include <boost/json/object.hpp>

#include "applications/service.hpp"
#include "core/shape.hpp"
#include "workflow/render.hpp"

namespace colo::applications {

boost::json::object application_json(const Application& a, bool detail);
boost::json::object detail_json(const Detail& d);
boost::json::object feasibility_json(const Feasibility& f);
boost::json::object step_json(const workflow::Step& s);

namespace render {

inline const shape::Values kFigureStatuses = {"ok", "insufficient", "unknown"};

// Half units as a number of units (4 -> 2, 3 -> 1.5); grams and watts as kg and kW.
shape::Number units_of(int hu);
shape::Number thousandths_of(std::int64_t v);
// The proposal as a customer sees it: where its devices go, not the operator's uplink, addresses
// or other racks.
boost::json::value customer_proposal(const boost::json::value& proposal);

using shape::ref;

inline std::optional<std::string> date_of(const std::optional<Date>& d) {
  if (!d) return std::nullopt;
  return format_date(*d);
}

// staff_view false: the placement's proposal as the customer may see it.
template <typename W>
void application(W& w, const Application& a, bool detail, bool staff_view = true) {
  const auto& n = a.needs;
  std::int64_t device_count = 0;
  for (const auto& l : a.devices) device_count += l.count;
  w.field("id", a.id);
  w.field("number", a.number);
  ref(w, "customer", a.customer_id, a.customer_name);
  w.field("status", a.status, kStates);
  ref(w, "created_by", a.created_by, a.created_by_name);
  w.field("submitted_at", a.submitted_at);
  w.field("decided_at", a.decided_at);
  w.field("contract_id", a.contract_id);
  w.field("created_at", a.created_at);
  w.field("updated_at", a.updated_at);
  w.field("device_count", device_count);
  w.field("start_date", date_of(n.start_date));
  w.field("term_months", n.term_months);
  w.when(detail, [&] {
    // The customer record as it was when the application was last saved.
    w.any("company", a.company);
    w.array("devices", "ApplicationDeviceLine", a.devices, [&](const DeviceLine& l) {
      w.field("device_type_id", l.device_type_id);
      w.field("label", l.label);
      w.field("u_height", units_of(l.height_hu));
      w.field("full_depth", l.full_depth);
      w.field("power_w", l.power_w);
      w.field("power_stated", l.power_stated);
      w.field("weight_kg", thousandths_of(l.weight_g));
      w.field("count", l.count);
    });
    w.object("needs", "ApplicationNeeds", [&] {
      w.field("site_id", n.site_id);
      w.field("room_id", n.room_id);
      w.field("space", n.space, kSpaceKinds);
      w.field("units", n.units);
      w.field("racks", n.racks);
      w.field("power_kw", thousandths_of(n.power_w));
      w.field("power_w", n.power_w);
      w.field("redundant", n.redundant);
      w.field("bandwidth_mbps", n.bandwidth_mbps);
      w.field("ipv4_count", n.ipv4_count);
      w.field("start_date", date_of(n.start_date));
      w.field("term_months", n.term_months);
      w.strings("extra_services", n.extra_services, kExtraServices);
      w.field("notes", n.notes);
    });
    w.nullable_object("placement", "AcceptedPlacement", a.placement, [&](const AcceptedPlacement& p) {
      // The feasibility answer accepted (a Feasibility), kept as it was answered.
      w.any("proposal", staff_view ? p.proposal : customer_proposal(p.proposal));
      w.integers("reservation_ids", p.reservation_ids);
      w.field("accepted_at", p.accepted_at);
      w.field("accepted_by", p.accepted_by);
      w.field("expires_at", p.expires_at);
    });
  });
}

template <typename W>
void detail(W& w, const Detail& d) {
  application(w, d.application, true, d.staff_view);
  w.array("timeline", "WorkflowStep", d.timeline, [&](const workflow::Step& s) { workflow::write_step(w, s); });
  w.strings("actions", d.actions);
  w.field("editable", d.editable);
  w.field("can_accept_feasibility", d.can_accept_feasibility);
}

template <typename W>
void placement_rack(W& w, const RackInfo& r) {
  w.field("id", r.id);
  w.field("name", r.name);
  ref(w, "room", r.room_id, r.room_name);
  ref(w, "site", r.site_id, r.site_name);
}

template <typename W>
void feasibility(W& w, const Feasibility& f) {
  std::optional<std::int64_t> headroom;
  if (f.uplink_mbps) headroom = *f.uplink_mbps - f.bandwidth_committed_mbps;
  w.field("feasible", f.feasible);
  w.nullable_object("site", "Ref", f.site, [&](const SiteInfo& s) {
    w.field("id", s.id);
    w.field("name", s.name);
  });
  w.nullable_object("preferred_room", "Ref", f.preferred_room, [&](const RoomInfo& r) {
    w.field("id", r.id);
    w.field("name", r.name);
  });
  w.array("items", "FeasibilityItem", f.items, [&](const FeasibilityItem& it) {
    w.field("line", static_cast<std::int64_t>(it.line));
    w.field("copy", it.copy);
    w.field("label", it.label);
    w.field("spare", it.spare);
    w.field("device_type_id", it.device_type_id);
    w.field("height_hu", it.item.height_hu);
    w.field("u_height", units_of(it.item.height_hu));
    w.field("full_depth", it.item.full_depth);
    w.field("power_w", it.item.power_w);
    w.field("weight_kg", thousandths_of(it.item.weight_g));
    w.field("placed", it.placed.has_value());
    w.when(it.placed && it.rack, [&] {
      const auto& placed = shape::or_blank(it.placed);
      w.object("rack", "PlacementRack", [&] { placement_rack(w, shape::or_blank(it.rack)); });
      w.field("bottom_hu", placed.bottom_hu);
      w.field("position", placed.height_hu > 0 ? std::optional<std::string>(u_label(placed.bottom_hu)) : std::nullopt);
      w.field("face", placed.face);
      w.field("feed", placed.feed);
      w.field("load_a_w", placed.load_a_w);
      w.field("load_b_w", placed.load_b_w);
    });
    w.optional_object("reason", "PlacementReason", it.unplaced, [&](const UnplacedItem& u) {
      w.field("code", u.code);
      w.field("message", u.message);
    });
  });
  w.array("racks", "PlacementRack", f.racks, [&](const RackInfo& r) { placement_rack(w, r); });
  w.array("whole_racks", "PlacementWholeRack", f.whole_racks, [&](const RackInfo& r) {
    placement_rack(w, r);
    w.field("u_height", r.u_height);
  });
  w.object("power", "", [&] {
    w.field("requested_w", f.power_requested_w);
    w.field("devices_max_w", f.power_devices_w);
  });
  w.object("bandwidth", "", [&] {
    w.field("requested_mbps", f.bandwidth_requested_mbps);
    w.field("uplink_mbps", f.uplink_mbps);
    w.field("committed_mbps", f.bandwidth_committed_mbps);
    w.field("headroom_mbps", headroom);
    w.field("status", f.bandwidth_status, kFigureStatuses);
  });
  w.object("ipv4", "", [&] {
    w.field("requested", f.ipv4_requested);
    w.field("free", f.ipv4_free);
    w.field("status", f.ipv4_status, kFigureStatuses);
  });
  w.array("reasons", "FeasibilityReason", f.reasons, [&](const Feasibility::Reason& r) {
    w.field("code", r.code);
    w.field("message", r.message);
    w.field("item", r.item ? std::optional<std::int64_t>(static_cast<std::int64_t>(*r.item)) : std::nullopt);
  });
  w.field("computed_at", f.computed_at);
}

}  // namespace render
}  // namespace colo::applications
