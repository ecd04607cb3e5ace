// Helpers shared by the files that implement dcim::Service (service_*.cpp); not for other modules.
#pragma once

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "dcim/model.hpp"
#include "dcim/rules.hpp"

namespace colo::dcim::detail {

template <typename T>
inline boost::json::value opt(const std::optional<T>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

inline boost::json::value site_audit(const Site& s) {
  return boost::json::object{{"name", s.name},
                             {"slug", s.slug},
                             {"address", s.address},
                             {"time_zone", s.time_zone},
                             {"uplink_mbps", s.uplink_mbps}};
}
inline boost::json::value room_audit(const Room& m) {
  return boost::json::object{{"name", m.name},
                             {"site_id", m.site_id},
                             {"floor", m.floor},
                             {"temp_min_c", m.temp_min_c},
                             {"temp_max_c", m.temp_max_c},
                             {"humidity_min_pct", m.humidity_min_pct},
                             {"humidity_max_pct", m.humidity_max_pct}};
}
inline boost::json::value rack_audit(const Rack& r) {
  return boost::json::object{{"name", r.name},
                             {"room_id", r.room_id},
                             {"row", r.row_name},
                             {"u_height", r.u_height},
                             {"status", r.status},
                             {"power_a_w", r.power_a_w},
                             {"power_b_w", r.power_b_w},
                             {"max_weight_kg", r.max_weight_kg},
                             {"facility_id", opt(r.facility_id)},
                             {"customer_id", opt(r.customer_id)}};
}
inline boost::json::value feed_audit(const PowerFeed& f) {
  return boost::json::object{{"rack_id", f.rack_id},
                             {"name", f.name},
                             {"side", f.side},
                             {"voltage", f.voltage},
                             {"amperage", f.amperage},
                             {"phase", f.phase},
                             {"max_utilisation_pct", f.max_utilisation_pct},
                             {"capacity_w", f.capacity_w},
                             {"status", f.status}};
}
inline boost::json::value device_audit(const Device& d) {
  return boost::json::object{
      {"name", d.name},      {"device_type_id", d.device_type_id}, {"status", d.status},
      {"role", d.role},      {"rack_id", opt(d.rack_id)},          {"bottom_hu", opt(d.bottom_hu)},
      {"face", opt(d.face)}, {"site_id", opt(d.site_id)},          {"customer_id", opt(d.customer_id)},
      {"serial", d.serial},  {"asset_tag", opt(d.asset_tag)},      {"redundant_power", d.redundant_power},
      {"feed", d.feed},      {"mgmt_address", d.mgmt_address}};
}

inline bool is_one_of(const std::string& v, const std::vector<std::string>& allowed) {
  return std::find(allowed.begin(), allowed.end(), v) != allowed.end();
}

// "U10 (front)" for the history.
inline std::string place_text(const std::string& rack_name, std::optional<int> bottom_hu,
                              std::optional<std::string> face) {
  std::string s = rack_name;
  if (bottom_hu) s += " at " + u_text(*bottom_hu);
  if (face) s += " (" + *face + ")";
  return s;
}

inline Error conflict_field(std::string code, const std::string& field, std::string message) {
  return Error{ErrorKind::conflict, std::move(code), message, {{field, "taken", message}}};
}

inline bool is_db_error(const Error& e) { return e.code.rfind("db.", 0) == 0; }

}  // namespace colo::dcim::detail
