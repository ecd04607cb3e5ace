#include "applications/render.hpp"

#include <boost/json.hpp>

#include "core/json.hpp"

namespace colo::applications {

namespace json = boost::json;

namespace {

// Half units as a JSON number of units (4 -> 2, 3 -> 1.5).
json::value units_of(int hu) {
  if (hu % 2 == 0) return json::value(static_cast<std::int64_t>(hu / 2));
  return json::value(hu / 2.0);
}

json::value kg_of(std::int64_t g) {
  if (g % 1000 == 0) return json::value(g / 1000);
  return json::value(static_cast<double>(g) / 1000.0);
}

json::value kw_of(std::int64_t w) {
  if (w % 1000 == 0) return json::value(w / 1000);
  return json::value(static_cast<double>(w) / 1000.0);
}

json::object rack_json(const RackInfo& r) {
  return {{"id", r.id},
          {"name", r.name},
          {"room", json::object{{"id", r.room_id}, {"name", r.room_name}}},
          {"site", json::object{{"id", r.site_id}, {"name", r.site_name}}}};
}

}  // namespace

json::object step_json(const workflow::Step& s) {
  return {{"id", s.id},
          {"action", s.action},
          {"from", s.from_state},
          {"to", s.to_state},
          {"actor_id", s.actor_id},
          {"actor", s.actor},
          {"roles", s.actor_roles},
          {"comment", s.comment},
          {"at", s.at}};
}

json::object application_json(const Application& a, bool detail) {
  json::object o{{"id", a.id},
                 {"number", a.number},
                 {"customer", json::object{{"id", a.customer_id}, {"name", a.customer_name}}},
                 {"status", a.status},
                 {"created_by", json::object{{"id", a.created_by}, {"name", a.created_by_name}}},
                 {"submitted_at", nullable(a.submitted_at)},
                 {"decided_at", nullable(a.decided_at)},
                 {"contract_id", nullable(a.contract_id)},
                 {"created_at", a.created_at},
                 {"updated_at", a.updated_at}};
  const auto& n = a.needs;
  std::int64_t device_count = 0;
  for (const auto& l : a.devices) device_count += l.count;
  o["device_count"] = device_count;
  o["start_date"] = n.start_date ? json::value(format_date(*n.start_date)) : json::value(nullptr);
  o["term_months"] = n.term_months;
  if (!detail) return o;
  o["company"] = a.company;
  json::array devices;
  for (const auto& l : a.devices)
    devices.push_back(json::object{{"device_type_id", nullable(l.device_type_id)},
                                   {"label", l.label},
                                   {"u_height", units_of(l.height_hu)},
                                   {"full_depth", l.full_depth},
                                   {"power_w", l.power_w},
                                   {"power_stated", l.power_stated},
                                   {"weight_kg", kg_of(l.weight_g)},
                                   {"count", l.count}});
  o["devices"] = std::move(devices);
  json::array extras;
  for (const auto& e : n.extra_services) extras.emplace_back(e);
  o["needs"] =
      json::object{{"site_id", nullable(n.site_id)},
                   {"room_id", nullable(n.room_id)},
                   {"space", n.space},
                   {"units", n.units},
                   {"racks", n.racks},
                   {"power_kw", kw_of(n.power_w)},
                   {"power_w", n.power_w},
                   {"redundant", n.redundant},
                   {"bandwidth_mbps", n.bandwidth_mbps},
                   {"ipv4_count", n.ipv4_count},
                   {"start_date", n.start_date ? json::value(format_date(*n.start_date)) : json::value(nullptr)},
                   {"term_months", n.term_months},
                   {"extra_services", std::move(extras)},
                   {"notes", n.notes}};
  if (a.placement) {
    json::array ids;
    for (auto id : a.placement->reservation_ids) ids.emplace_back(id);
    o["placement"] = json::object{{"proposal", a.placement->proposal},
                                  {"reservation_ids", std::move(ids)},
                                  {"accepted_at", a.placement->accepted_at},
                                  {"accepted_by", a.placement->accepted_by},
                                  {"expires_at", a.placement->expires_at}};
  } else {
    o["placement"] = nullptr;
  }
  return o;
}

json::object detail_json(const Detail& d) {
  auto o = application_json(d.application, true);
  // A customer sees where its devices will go, not the operator's uplink, addresses or other racks.
  if (!d.staff_view && d.application.placement) {
    json::array items;
    if (const auto* p = d.application.placement->proposal.if_object())
      for (const auto& v : p->at("items").as_array()) {
        const auto& it = v.as_object();
        json::object kept;
        for (const char* k : {"line", "copy", "label", "spare", "u_height", "placed", "rack", "position", "face"})
          if (const auto* x = it.if_contains(k)) kept[k] = *x;
        items.push_back(std::move(kept));
      }
    o["placement"].as_object()["proposal"] = json::object{{"items", std::move(items)}};
  }
  json::array timeline;
  for (const auto& s : d.timeline) timeline.push_back(step_json(s));
  o["timeline"] = std::move(timeline);
  json::array actions;
  for (const auto& a : d.actions) actions.emplace_back(a);
  o["actions"] = std::move(actions);
  o["editable"] = d.editable;
  o["can_accept_feasibility"] = d.can_accept_feasibility;
  return o;
}

json::object feasibility_json(const Feasibility& f) {
  json::array items;
  for (const auto& it : f.items) {
    json::object o{{"line", static_cast<std::int64_t>(it.line)},
                   {"copy", it.copy},
                   {"label", it.label},
                   {"spare", it.spare},
                   {"device_type_id", nullable(it.device_type_id)},
                   {"height_hu", it.item.height_hu},
                   {"u_height", units_of(it.item.height_hu)},
                   {"full_depth", it.item.full_depth},
                   {"power_w", it.item.power_w},
                   {"weight_kg", kg_of(it.item.weight_g)},
                   {"placed", it.placed.has_value()}};
    if (it.placed && it.rack) {
      o["rack"] = rack_json(*it.rack);
      o["bottom_hu"] = it.placed->bottom_hu;
      o["position"] = it.placed->height_hu > 0 ? json::value(u_label(it.placed->bottom_hu)) : json::value(nullptr);
      o["face"] = it.placed->face;
      o["feed"] = it.placed->feed;
      o["load_a_w"] = it.placed->load_a_w;
      o["load_b_w"] = it.placed->load_b_w;
    }
    if (it.unplaced) o["reason"] = json::object{{"code", it.unplaced->code}, {"message", it.unplaced->message}};
    items.push_back(std::move(o));
  }
  json::array racks;
  for (const auto& r : f.racks) racks.push_back(rack_json(r));
  json::array whole;
  for (const auto& r : f.whole_racks) {
    auto o = rack_json(r);
    o["u_height"] = r.u_height;
    whole.push_back(std::move(o));
  }
  json::array reasons;
  for (const auto& r : f.reasons)
    reasons.push_back(
        json::object{{"code", r.code},
                     {"message", r.message},
                     {"item", r.item ? json::value(static_cast<std::int64_t>(*r.item)) : json::value(nullptr)}});
  std::optional<std::int64_t> headroom;
  if (f.uplink_mbps) headroom = *f.uplink_mbps - f.bandwidth_committed_mbps;
  return {
      {"feasible", f.feasible},
      {"site", f.site ? json::value(json::object{{"id", f.site->id}, {"name", f.site->name}}) : json::value(nullptr)},
      {"preferred_room", f.preferred_room
                             ? json::value(json::object{{"id", f.preferred_room->id}, {"name", f.preferred_room->name}})
                             : json::value(nullptr)},
      {"items", std::move(items)},
      {"racks", std::move(racks)},
      {"whole_racks", std::move(whole)},
      {"power", json::object{{"requested_w", f.power_requested_w}, {"devices_max_w", f.power_devices_w}}},
      {"bandwidth", json::object{{"requested_mbps", f.bandwidth_requested_mbps},
                                 {"uplink_mbps", nullable(f.uplink_mbps)},
                                 {"committed_mbps", f.bandwidth_committed_mbps},
                                 {"headroom_mbps", nullable(headroom)},
                                 {"status", f.bandwidth_status}}},
      {"ipv4",
       json::object{{"requested", f.ipv4_requested}, {"free", nullable(f.ipv4_free)}, {"status", f.ipv4_status}}},
      {"reasons", std::move(reasons)},
      {"computed_at", f.computed_at}};
}

}  // namespace colo::applications
