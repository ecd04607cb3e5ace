// Pure rules of the inventory (R4.3.2): where a device may go in a rack, whether the rack's power
// feeds and its floor loading can carry it. No database here: the service loads the facts and
// asks, and the tests ask with tables of cases.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace colo::dcim {

// Rack units in half units: U1 spans hu [2, 4).
constexpr int hu_of_u(double u) { return static_cast<int>(u * 2); }
// "U12" or "U12.5".
std::string u_text(int hu);

struct RackShape {
  int u_height = 42;
  std::string status = "active";
  std::optional<std::int64_t> owner;  // a dedicated rack or cage: only this customer's devices
};

struct Occupant {
  std::int64_t device_id = 0;
  std::string name;
  int bottom_hu = 0;
  int height_hu = 0;
  std::string face = "front";  // front | rear
  bool full_depth = true;
};

struct Reserved {
  std::int64_t reservation_id = 0;
  std::int64_t customer_id = 0;
  int bottom_hu = 0;
  int height_hu = 0;
};

struct Placement {
  int bottom_hu = 0;
  int height_hu = 0;
  std::string face = "front";
  bool full_depth = true;
  std::optional<std::int64_t> customer_id;    // the device's owner; nullopt: the operator
  std::optional<std::int64_t> moving_device;  // ignored among occupants (a move within the rack)
};

// Whether the device fits; every failure is 422 with a code naming the rule, except 409 for units
// already taken or reserved (what the later of two placements at once is told):
//   dcim.placement.rack_unusable   the rack is decommissioned and takes nothing
//   dcim.placement.dedicated_rack  the rack belongs to another customer (operator devices may go in)
//   dcim.placement.below_rack      below U1
//   dcim.placement.beyond_rack     above the rack's top unit
//   dcim.placement.overlap         units taken; the message names the blocking device
//   dcim.placement.reserved        units reserved for another customer (their own may go in)
// A 0U device takes no units: only the first two rules apply to it. Full-depth devices block both
// faces; half-depth devices on opposite faces share units.
Status check_placement(const RackShape& rack, const std::vector<Occupant>& occupants,
                       const std::vector<Reserved>& reservations, const Placement& p);

struct PowerState {
  std::int64_t capacity_a_w = 0;
  std::int64_t capacity_b_w = 0;
  std::int64_t allocated_a_w = 0;
  std::int64_t allocated_b_w = 0;
};

// The load a device puts on each feed: a redundant (A+B) device must be able to run on either
// feed alone, so its full maximum draw counts against both; a single-corded one against its feed.
struct FeedLoad {
  std::int64_t a_w = 0;
  std::int64_t b_w = 0;
};
FeedLoad feed_load(std::int64_t max_power_w, bool redundant, char feed);

// 422 dcim.power.over_capacity naming the feed, unless the load fits on both sides.
Status check_power(const PowerState& rack, const FeedLoad& load);

// The usable capacity of a feed: volts x amps (x sqrt 3 for three-phase) x the utilisation limit,
// rounded down to whole watts.
std::int64_t feed_capacity_w(int voltage, int amperage, const std::string& phase, int max_utilisation_pct);
// The smallest amperage (at least 1) whose feed_capacity_w at this voltage, phase and
// utilisation limit is about `watts` or more: the feed a rack of that capacity is given.
int amperage_for(std::int64_t watts, int voltage, const std::string& phase, int max_utilisation_pct);

// 422 dcim.placement.overweight when the device would load the rack beyond its maximum weight.
// Devices of unknown weight count as nothing.
Status check_weight(double max_weight_kg, double current_kg, double added_kg);

}  // namespace colo::dcim
