// The JSON of the inventory, written once per record as a shape (core/shape.hpp): the same
// functions render the answers and describe them in the API document.
//
// Units in JSON are rack units (U), in half-unit steps: "position": 10.5, "u_height": 2. Power is
// in watts, weight in kg. `brief` answers carry only the identifying fields; `detail` answers add
// the record's children.
#pragma once

#include <algorithm>
#include <optional>

#include "core/shape.hpp"
#include "dcim/elevation.hpp"
#include "dcim/model.hpp"

namespace colo::dcim::render {

using shape::Number;

// Half units as a number of U: 42 or 0.5, never 42.0.
inline Number units(std::int64_t hu) {
  if (hu % 2) return static_cast<double>(hu) / 2.0;
  return hu / 2;
}
inline std::optional<Number> units(std::optional<int> hu) {
  if (!hu) return std::nullopt;
  return units(static_cast<std::int64_t>(*hu));
}

// A percentage with one decimal at most; 0 of nothing is 0.
inline Number percent(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return std::int64_t{0};
  auto tenths = (1000 * part + whole / 2) / whole;
  if (tenths % 10) return static_cast<double>(tenths) / 10;
  return tenths / 10;
}

inline const shape::Values kFaces = {"front", "rear"};
inline const shape::Values kUnitFaces = {"front", "rear", "both"};
inline const shape::Values kFeedSides = {"A", "B"};
inline const shape::Values kPhases = {"single", "three"};
inline const shape::Values kUnitKinds = {"device", "reserved"};
inline const shape::Values kScopes = {"site", "room", "row", "rack"};

using shape::ref;

template <typename W>
void site(W& w, const Site& s, bool brief) {
  w.field("id", s.id);
  w.field("name", s.name);
  w.field("slug", s.slug);
  w.when(!brief, [&] {
    w.field("address", s.address);
    w.field("time_zone", s.time_zone);
    w.field("uplink_mbps", s.uplink_mbps);
    w.field("created_at", s.created_at);
    w.field("updated_at", s.updated_at);
  });
}

template <typename W>
void room(W& w, const Room& m, bool brief) {
  w.field("id", m.id);
  w.field("name", m.name);
  ref(w, "site", m.site_id, m.site_name);
  w.when(!brief, [&] {
    w.field("floor", m.floor);
    w.field("temp_min_c", m.temp_min_c);
    w.field("temp_max_c", m.temp_max_c);
    w.field("humidity_min_pct", m.humidity_min_pct);
    w.field("humidity_max_pct", m.humidity_max_pct);
    w.field("created_at", m.created_at);
    w.field("updated_at", m.updated_at);
  });
}

template <typename W>
void row(W& w, const RackRow& r) {
  w.field("name", r.name);
  ref(w, "room", r.room_id, r.room_name);
  w.field("site_id", r.site_id);
  w.field("racks", r.racks);
}

template <typename W>
void rack(W& w, const Rack& k, bool brief) {
  w.field("id", k.id);
  w.field("name", k.name);
  w.when(!brief, [&] {
    ref(w, "site", k.site_id, k.site_name);
    ref(w, "room", k.room_id, k.room_name);
    w.field("row", k.row_name);
    w.field("facility_id", k.facility_id);
    w.field("u_height", k.u_height);
    w.field("descending", k.descending);
    w.field("power_a_w", k.power_a_w);
    w.field("power_b_w", k.power_b_w);
    w.field("max_weight_kg", k.max_weight_kg);
  });
  w.field("status", k.status, kRackStatuses);
  w.when(!brief, [&] {
    w.field("customer_id", k.customer_id);
    w.field("created_at", k.created_at);
    w.field("updated_at", k.updated_at);
  });
}

template <typename W>
void feed(W& w, const PowerFeed& f, bool brief) {
  w.field("id", f.id);
  w.field("name", f.name);
  w.field("side", f.side, kFeedSides);
  ref(w, "rack", f.rack_id, f.rack_name);
  w.when(!brief, [&] {
    w.field("voltage", f.voltage);
    w.field("amperage", f.amperage);
    w.field("phase", f.phase, kPhases);
    w.field("max_utilisation_pct", f.max_utilisation_pct);
    w.field("capacity_w", f.capacity_w);
    w.field("status", f.status, kFeedStatuses);
    w.field("panel", f.panel);
    w.field("created_at", f.created_at);
    w.field("updated_at", f.updated_at);
  });
}

template <typename W>
void device_type(W& w, const DeviceType& t, bool brief, bool detail) {
  w.field("id", t.id);
  w.field("manufacturer", t.manufacturer);
  w.field("model", t.model);
  w.field("slug", t.slug);
  w.when(!brief, [&] {
    w.field("part_number", t.part_number);
    w.field("u_height", units(t.height_hu));
    w.field("full_depth", t.full_depth);
    w.field("typical_power_w", t.typical_power_w);
    w.field("max_power_w", t.max_power_w);
    w.field("power_ports", t.power_ports);
    w.field("weight_kg", t.weight_kg);
  });
  w.when(detail, [&] {
    w.array("interfaces", "InterfaceTemplate", t.interfaces, [&](const InterfaceTemplate& i) {
      w.field("name", i.name);
      w.field("type", i.type);
      w.field("mgmt_only", i.mgmt_only);
      w.field("speed_mbps", i.speed_mbps);
    });
    w.array("power_port_templates", "PowerPortTemplate", t.power_port_templates, [&](const PowerPortTemplate& p) {
      w.field("name", p.name);
      w.field("type", p.type);
      w.field("maximum_draw_w", p.maximum_draw_w);
      w.field("allocated_draw_w", p.allocated_draw_w);
    });
    w.field("device_count", t.device_count);
  });
}

template <typename W>
void maintenance(W& w, const Maintenance& x) {
  w.field("id", x.id);
  w.field("performed_on", x.performed_on);
  w.field("performed_by", x.performed_by);
  w.field("summary", x.summary);
  w.field("next_due", x.next_due);
}

template <typename W>
void device(W& w, const Device& d, bool brief, bool detail) {
  w.field("id", d.id);
  w.field("name", d.name);
  w.field("status", d.status, kDeviceStatuses);
  w.when(!brief, [&] {
    w.object("device_type", "DeviceTypeRef", [&] {
      w.field("id", d.device_type_id);
      w.field("label", d.type_label);
      w.field("manufacturer", d.manufacturer);
      w.field("model", d.model);
    });
    w.field("u_height", units(d.height_hu));
    w.field("full_depth", d.full_depth);
    w.field("role", d.role, kDeviceRoles);
    w.field("serial", d.serial);
    w.field("asset_tag", d.asset_tag);
    w.field("customer_id", d.customer_id);
    w.field("site_id", d.site_id);
    w.field("room_id", d.room_id);
    ref(w, "site", d.site_id, d.site_name);
    ref(w, "room", d.room_id, d.room_name);
    ref(w, "rack", d.rack_id, d.rack_name);
    w.field("position", units(d.bottom_hu));
    w.field("face", d.face, kFaces);
    w.field("redundant_power", d.redundant_power);
    w.field("feed", d.feed, kFeedSides);
    w.field("max_power_w", d.max_power_w);
    w.field("weight_kg", d.weight_kg);
    w.field("mgmt_address", d.mgmt_address);
    w.field("config_notes", d.config_notes);
    w.field("created_at", d.created_at);
    w.field("updated_at", d.updated_at);
  });
  w.when(detail, [&] {
    w.array("history", "DeviceEvent", d.history, [&](const DeviceEvent& e) {
      w.field("kind", e.kind);
      w.field("detail", e.detail);
      w.field("actor", e.actor);
      w.field("at", e.at);
    });
    w.array("maintenance", "Maintenance", d.maintenance, [&](const Maintenance& x) { maintenance(w, x); });
  });
}

template <typename W>
void reservation(W& w, const Reservation& r) {
  w.field("id", r.id);
  w.field("rack_id", r.rack_id);
  w.field("customer_id", r.customer_id);
  w.field("position", units(r.bottom_hu));
  w.field("units", units(r.height_hu));
  w.field("reason", r.reason);
  w.field("expires_at", r.expires_at);
  w.field("created_at", r.created_at);
}

template <typename W>
void interface(W& w, const Interface& i, bool brief) {
  w.field("id", i.id);
  ref(w, "device", i.device_id, i.device_name);
  w.field("name", i.name);
  w.when(!brief, [&] {
    w.field("type", i.type);
    w.field("speed_mbps", i.speed_mbps);
    w.field("mgmt_only", i.mgmt_only);
    w.field("enabled", i.enabled);
    w.field("description", i.description);
    w.field("customer_id", i.customer_id);
    w.field("rack_id", i.rack_id);
  });
}

template <typename W>
void utilisation(W& w, const Utilisation& u) {
  const auto free = std::max<std::int64_t>(0, u.units_total - u.units_used_hu - u.units_reserved_hu);
  // Power use is the share of the tighter side: a redundant load must fit on either feed.
  const auto used_a = percent(u.allocated_a_w, u.power_a_w), used_b = percent(u.allocated_b_w, u.power_b_w);
  const bool a_tighter =
      u.power_a_w > 0 && (u.power_b_w == 0 || u.allocated_a_w * u.power_b_w >= u.allocated_b_w * u.power_a_w);
  w.field("scope", u.scope, kScopes);
  w.field("id", u.id);
  w.field("name", u.name);
  w.field("racks", u.racks);
  w.field("devices", u.devices);
  w.object("units", "", [&] {
    w.field("total", units(u.units_total));
    w.field("used", units(u.units_used_hu));
    w.field("used_front", units(u.units_front_hu));
    w.field("used_rear", units(u.units_rear_hu));
    w.field("reserved", units(u.units_reserved_hu));
    w.field("free", units(free));
    w.field("used_pct", percent(u.units_used_hu, u.units_total));
  });
  w.object("power", "", [&] {
    w.field("capacity_a_w", u.power_a_w);
    w.field("capacity_b_w", u.power_b_w);
    w.field("allocated_a_w", u.allocated_a_w);
    w.field("allocated_b_w", u.allocated_b_w);
    w.field("available_a_w", u.power_a_w - u.allocated_a_w);
    w.field("available_b_w", u.power_b_w - u.allocated_b_w);
    w.field("used_a_pct", used_a);
    w.field("used_b_pct", used_b);
    w.field("used_pct", a_tighter ? used_a : used_b);
  });
  w.object("ports", "", [&] {
    w.field("total", u.interfaces);
    w.field("enabled", u.interfaces_enabled);
  });
  // A row is named within its room: the id above is the room's.
  w.when(u.scope == "row", [&] { w.field("room_id", u.id); });
}

// A site or a room with its utilisation (absent when it has no racks).
struct WithUtilisation {
  std::optional<Utilisation> utilisation;
  std::vector<Utilisation> rows;  // a room's rows
  std::vector<PowerFeed> feeds;   // a rack's feeds
};

template <typename W>
void utilisation_of(W& w, const std::optional<Utilisation>& u) {
  w.optional_object("utilisation", "Utilisation", u, [&](const Utilisation& x) { utilisation(w, x); });
}

template <typename W>
void site_detail(W& w, const Site& s, const WithUtilisation& x) {
  site(w, s, false);
  utilisation_of(w, x.utilisation);
}

template <typename W>
void room_detail(W& w, const Room& m, const WithUtilisation& x) {
  room(w, m, false);
  utilisation_of(w, x.utilisation);
  w.array("rows", "Utilisation", x.rows, [&](const Utilisation& u) { utilisation(w, u); });
}

template <typename W>
void rack_detail(W& w, const Rack& k, const WithUtilisation& x) {
  rack(w, k, false);
  utilisation_of(w, x.utilisation);
  w.array("power_feeds", "PowerFeed", x.feeds, [&](const PowerFeed& f) { feed(w, f, false); });
}

template <typename W>
void elevation(W& w, const Elevation& e) {
  w.object("rack", "Rack", [&] { rack(w, e.rack, false); });
  w.array("units", "ElevationUnit", e.units, [&](const ElevationUnit& u) {
    w.field("kind", u.kind, kUnitKinds);
    w.field("position", units(u.bottom_hu));
    w.field("units", units(u.height_hu));
    w.field("face", u.face, kUnitFaces);
    w.field("label", u.label);
    w.field("device_id", u.device_id);
    w.field("customer_id", u.customer_id);
    w.field("reservation_id", u.reservation_id);
    w.field("colour", customer_colour(u.customer_id));
  });
}

template <typename W>
void csv_report(W& w, const CsvReport& r) {
  w.field("created", r.created);
  w.field("updated", r.updated);
  w.field("unchanged", r.unchanged);
}

template <typename W>
void import_report(W& w, const ImportReport& r) {
  w.field("imported", r.imported);
  w.field("updated", r.updated);
  w.field("unchanged", r.unchanged);
  w.array("skipped", "", r.skipped, [&](const std::pair<std::string, std::string>& s) {
    w.field("file", s.first);
    w.field("reason", s.second);
  });
}

}  // namespace colo::dcim::render
