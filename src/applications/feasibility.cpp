#include "applications/feasibility.hpp"

#include <algorithm>

namespace colo::applications {

namespace {

std::string units_text(int hu) { return hu % 2 ? std::to_string(hu / 2) + ".5U" : std::to_string(hu / 2) + "U"; }

}  // namespace

std::vector<FeasibilityItem> placement_items(const Application& a) {
  std::vector<FeasibilityItem> out;
  int device_hu = 0;
  std::int64_t device_w = 0;
  for (std::size_t i = 0; i < a.devices.size(); ++i) {
    const auto& l = a.devices[i];
    for (int c = 1; c <= l.count; ++c) {
      FeasibilityItem it;
      it.line = i;
      it.copy = c;
      it.label = l.label;
      it.device_type_id = l.device_type_id;
      it.item = PlacementItem{i, c, l.label, l.height_hu, l.full_depth, l.power_w, l.weight_g};
      out.push_back(std::move(it));
      device_hu += l.height_hu;
      device_w += l.power_w;
    }
  }
  // What was asked beyond the devices: a spare block of units carrying the extra power, or a
  // power-only allowance.
  int spare_hu = a.needs.space == "units" ? std::max(0, a.needs.units * 2 - device_hu) : 0;
  std::int64_t spare_w = std::max<std::int64_t>(0, a.needs.power_w - device_w);
  if (spare_hu > 0 || spare_w > 0) {
    FeasibilityItem it;
    it.line = a.devices.size();
    it.copy = 1;
    it.label = spare_hu > 0 ? "spare units" : "power allowance";
    it.spare = true;
    it.item = PlacementItem{it.line, 1, it.label, spare_hu, true, spare_w, 0};
    out.push_back(std::move(it));
  }
  return out;
}

std::vector<FieldError> submission_errors(const Application& a, Date today) {
  std::vector<FieldError> e;
  if (a.devices.empty()) e.push_back({"devices", "required", "List at least one device to host."});
  if (!a.needs.start_date)
    e.push_back({"start_date", "required", "Give the desired start date."});
  else if (*a.needs.start_date < today)
    e.push_back({"start_date", "in_past", "The desired start date has passed."});
  if (a.needs.term_months < 1) e.push_back({"term_months", "required", "Give the term in months."});
  // Lines saved before a type's missing power figure was required: never submitted at 0 W.
  for (std::size_t i = 0; i < a.devices.size(); ++i)
    if (a.devices[i].power_w <= 0)
      e.push_back({"devices/" + std::to_string(i) + "/power_w", "required",
                   "State the device's maximum draw in W; its type has no power figure."});
  if (a.needs.space == "racks" && a.needs.racks < 1)
    e.push_back({"racks", "required", "Give the number of whole racks."});
  if (a.needs.space == "units" && a.needs.units > 0) {
    int hu = 0;
    for (const auto& l : a.devices) hu += l.height_hu * l.count;
    if (a.needs.units * 2 < hu) e.push_back({"units", "too_few", "The devices alone take " + units_text(hu) + "."});
  }
  return e;
}

void finish_ipv4(Feasibility& f, std::optional<std::int64_t> free) {
  f.ipv4_free = free;
  if (f.ipv4_requested == 0) {
    f.ipv4_status = "ok";
  } else if (!free) {
    f.ipv4_status = "unknown";
  } else if (*free >= f.ipv4_requested) {
    f.ipv4_status = "ok";
  } else {
    f.ipv4_status = "insufficient";
    f.reasons.push_back({"applications.feasibility.ipv4",
                         std::to_string(*free) + " IPv4 address(es) free at the site; " +
                             std::to_string(f.ipv4_requested) + " requested.",
                         std::nullopt});
  }
  bool placed = true;
  for (const auto& it : f.items) placed = placed && it.placed.has_value();
  f.feasible = placed && f.problems.empty() && f.bandwidth_status != "insufficient" && f.ipv4_status != "insufficient";
}

}  // namespace colo::applications
