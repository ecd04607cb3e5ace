#include "dcim/rules.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace colo::dcim {

std::string u_text(int hu) {
  char buf[24];
  if (hu % 2)
    std::snprintf(buf, sizeof buf, "U%d.5", hu / 2);
  else
    std::snprintf(buf, sizeof buf, "U%d", hu / 2);
  return buf;
}

namespace {

bool overlaps(int a_bottom, int a_height, int b_bottom, int b_height) {
  return a_bottom < b_bottom + b_height && b_bottom < a_bottom + a_height;
}

// "U10–U11" for the units a span covers (its last half unit included).
std::string span_text(int bottom_hu, int height_hu) {
  const int last_unit = (bottom_hu + height_hu - 1) / 2;
  auto first = u_text(bottom_hu);
  return last_unit == bottom_hu / 2 ? first : first + "–U" + std::to_string(last_unit);
}

std::string kw_text(std::int64_t w) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f kW", static_cast<double>(w) / 1000.0);
  return buf;
}

}  // namespace

Status check_placement(const RackShape& rack, const std::vector<Occupant>& occupants,
                       const std::vector<Reserved>& reservations, const Placement& p) {
  if (rack.status == "decommissioned")
    return Error::unprocessable("dcim.placement.rack_unusable", "The rack is decommissioned and takes no devices.",
                                {{"rack_id", "decommissioned", "The rack is decommissioned."}});
  if (rack.owner && p.customer_id && *p.customer_id != *rack.owner)
    return Error::unprocessable("dcim.placement.dedicated_rack", "The rack is dedicated to another customer.",
                                {{"rack_id", "dedicated", "The rack is dedicated to another customer."}});
  if (p.height_hu == 0) return {};  // 0U devices (vertical PDUs) take no units
  if (p.bottom_hu < 2)
    return Error::unprocessable("dcim.placement.below_rack", "Positions start at U1.",
                                {{"position", "out_of_range", "Positions start at U1."}});
  const int top = p.bottom_hu + p.height_hu;
  if (top > (rack.u_height + 1) * 2)
    return Error::unprocessable("dcim.placement.beyond_rack",
                                "The device would reach U" + std::to_string((top - 1) / 2) + " of a " +
                                    std::to_string(rack.u_height) + "U rack.",
                                {{"position", "out_of_range", "The device does not fit below the top of the rack."}})
        .with("top", std::to_string((top - 1) / 2))
        .with("height", std::to_string(rack.u_height));
  for (const auto& o : occupants) {
    if (p.moving_device && *p.moving_device == o.device_id) continue;
    if (o.height_hu == 0) continue;
    if (!overlaps(p.bottom_hu, p.height_hu, o.bottom_hu, o.height_hu)) continue;
    // Half-depth devices on opposite faces share units; anything full-depth blocks both.
    if (!p.full_depth && !o.full_depth && p.face != o.face) continue;
    // 409: the units are taken, which is also what the later of two placements at once is told.
    return Error{
        ErrorKind::conflict,
        "dcim.placement.overlap",
        span_text(o.bottom_hu, o.height_hu) + " (" + o.face + ") is taken by " + o.name + ".",
        {{"position", "taken", "Taken by " + o.name + ".", {{"device", o.name}}, "field.taken_by"}},
        {{"units", span_text(o.bottom_hu, o.height_hu)}, {"@face", "rack.face." + o.face}, {"device", o.name}}};
  }
  for (const auto& r : reservations) {
    if (p.customer_id && *p.customer_id == r.customer_id) continue;
    if (!overlaps(p.bottom_hu, p.height_hu, r.bottom_hu, r.height_hu)) continue;
    return Error{ErrorKind::conflict,
                 "dcim.placement.reserved",
                 span_text(r.bottom_hu, r.height_hu) + " is reserved for another customer.",
                 {{"position", "reserved", "Reserved for another customer."}},
                 {{"units", span_text(r.bottom_hu, r.height_hu)}}};
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
    return Error::unprocessable("dcim.power.over_capacity",
                                std::string("Feed ") + feed + " would carry " + kw_text(used + add) + " of its " +
                                    kw_text(cap) + " (" + kw_text(used) + " allocated, " + kw_text(add) + " more).",
                                {{"power", "over_capacity", std::string("Feed ") + feed + " is over capacity."}})
        .with("feed", feed)
        .with("total", kw_text(used + add))
        .with("capacity", kw_text(cap))
        .with("used", kw_text(used))
        .with("added", kw_text(add));
  };
  COLO_CHECK(over("A", rack.capacity_a_w, rack.allocated_a_w, load.a_w));
  return over("B", rack.capacity_b_w, rack.allocated_b_w, load.b_w);
}

std::int64_t feed_capacity_w(int voltage, int amperage, const std::string& phase, int max_utilisation_pct) {
  // Integer arithmetic except for sqrt(3), so that the same inputs give the same watts everywhere.
  long double va = static_cast<long double>(voltage) * amperage;
  if (phase == "three") va *= std::sqrt(3.0L);
  return static_cast<std::int64_t>(std::floor(va * max_utilisation_pct / 100.0L + 1e-9L));
}

// Watts per amp with the limit applied; the small slack keeps an exact fit at its amperage.
int amperage_for(std::int64_t watts, int voltage, const std::string& phase, int pct) {
  long double per_amp = static_cast<long double>(voltage) * pct / 100.0L;
  if (phase == "three") per_amp *= std::sqrt(3.0L);
  return std::max(1, static_cast<int>(std::ceil(static_cast<long double>(watts) / per_amp - 1e-9L)));
}

Status check_weight(double max_weight_kg, double current_kg, double added_kg) {
  if (added_kg <= 0 || current_kg + added_kg <= max_weight_kg + 1e-9) return {};
  char buf[160];
  std::snprintf(buf, sizeof buf, "The rack would carry %.1f kg of its %.1f kg (%.1f kg more).", current_kg + added_kg,
                max_weight_kg, added_kg);
  auto kg = [](double v) {
    char out[32];
    std::snprintf(out, sizeof out, "%.1f", v);
    return std::string(out);
  };
  return Error::unprocessable("dcim.placement.overweight", buf,
                              {{"rack_id", "overweight", "The rack cannot carry the device's weight."}})
      .with("total", kg(current_kg + added_kg))
      .with("max", kg(max_weight_kg))
      .with("added", kg(added_kg));
}

}  // namespace colo::dcim
