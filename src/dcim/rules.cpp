#include "dcim/rules.hpp"

#include <cstdio>

namespace colo::dcim {

namespace {

std::string u_text(int hu) {
  char buf[16];
  if (hu % 2)
    std::snprintf(buf, sizeof buf, "U%d.5", hu / 2);
  else
    std::snprintf(buf, sizeof buf, "U%d", hu / 2);
  return buf;
}

bool overlaps(int a_bottom, int a_height, int b_bottom, int b_height) {
  return a_bottom < b_bottom + b_height && b_bottom < a_bottom + a_height;
}

}  // namespace

Status check_placement(const RackShape& rack, const std::vector<Occupant>& occupants,
                       const std::vector<Reserved>& reservations, const Placement& p) {
  if (rack.status == "decommissioned")
    return Error::unprocessable("dcim.placement.rack_unusable", "The rack is decommissioned.");
  if (p.height_hu == 0) return {};  // 0U devices (vertical PDUs) take no units
  if (p.bottom_hu < 2)
    return Error::unprocessable("dcim.placement.below_rack", "Positions start at U1.",
                                {{"position", "out_of_range", "Positions start at U1."}});
  const int top = p.bottom_hu + p.height_hu;
  if (top > (rack.u_height + 1) * 2)
    return Error::unprocessable(
        "dcim.placement.beyond_rack",
        "The device would reach " + u_text(top - 1) + " of a " + std::to_string(rack.u_height) + "U rack.",
        {{"position", "out_of_range", "The device does not fit below the top of the rack."}});
  for (const auto& o : occupants) {
    if (p.moving_device && *p.moving_device == o.device_id) continue;
    if (o.height_hu == 0) continue;
    if (!overlaps(p.bottom_hu, p.height_hu, o.bottom_hu, o.height_hu)) continue;
    // Half-depth devices on opposite faces share units; anything full-depth blocks both.
    if (!p.full_depth && !o.full_depth && p.face != o.face) continue;
    return Error::unprocessable("dcim.placement.overlap",
                                "Units " + u_text(o.bottom_hu) + "–" + u_text(o.bottom_hu + o.height_hu - 1) +
                                    " are taken by " + o.name + ".",
                                {{"position", "taken", "Taken by " + o.name + "."}});
  }
  for (const auto& r : reservations) {
    if (p.customer_id && *p.customer_id == r.customer_id) continue;
    if (!overlaps(p.bottom_hu, p.height_hu, r.bottom_hu, r.height_hu)) continue;
    return Error::unprocessable("dcim.placement.reserved",
                                "Units " + u_text(r.bottom_hu) + "–" + u_text(r.bottom_hu + r.height_hu - 1) +
                                    " are reserved for another customer.",
                                {{"position", "reserved", "Reserved for another customer."}});
  }
  return {};
}

FeedLoad feed_load(std::int64_t max_power_w, bool redundant, char feed) {
  if (redundant) return {max_power_w, max_power_w};
  return feed == 'B' ? FeedLoad{0, max_power_w} : FeedLoad{max_power_w, 0};
}

Status check_power(const PowerState& rack, const FeedLoad& load) {
  auto over = [&](const char* feed, std::int64_t cap, std::int64_t used, std::int64_t add) -> Status {
    if (add == 0 || used + add <= cap) return {};
    return Error::unprocessable(
        "dcim.power.over_capacity",
        std::string("Feed ") + feed + " would carry " + std::to_string(used + add) + " W of its " +
            std::to_string(cap) + " W.",
        {{"power", "over_capacity", std::string("Feed ") + feed + " is over capacity."}});
  };
  COLO_CHECK(over("A", rack.capacity_a_w, rack.allocated_a_w, load.a_w));
  return over("B", rack.capacity_b_w, rack.allocated_b_w, load.b_w);
}

}  // namespace colo::dcim
