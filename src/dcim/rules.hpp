// Pure rules of the inventory (R4.3.2): where a device may go in a rack and whether a rack's
// power feeds can carry it. No database here; the service loads the facts and asks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace colo::dcim {

// Rack units in half units: U1 spans hu [2, 4).
constexpr int hu_of_u(double u) { return static_cast<int>(u * 2); }

struct RackShape {
  int u_height = 42;
  std::string status = "active";
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
  std::optional<std::int64_t> customer_id;     // the device's owner
  std::optional<std::int64_t> moving_device;   // ignored among occupants (a move within the rack)
};

// Whether the device fits. Errors (422): dcim.placement.rack_unusable, .below_rack,
// .beyond_rack, .half_unit, .overlap (names the blocking device), .reserved.
Status check_placement(const RackShape& rack, const std::vector<Occupant>& occupants,
                       const std::vector<Reserved>& reservations, const Placement& p);

struct PowerState {
  std::int64_t capacity_a_w = 0;
  std::int64_t capacity_b_w = 0;
  std::int64_t allocated_a_w = 0;
  std::int64_t allocated_b_w = 0;
};

// The load a device puts on each feed: a redundant (A+B) device must be able to run on either
// feed alone, so its full draw counts against both; a single-corded one against its feed.
struct FeedLoad {
  std::int64_t a_w = 0;
  std::int64_t b_w = 0;
};
FeedLoad feed_load(std::int64_t max_power_w, bool redundant, char feed);

// 422 dcim.power.over_capacity naming the feed, unless the load fits.
Status check_power(const PowerState& rack, const FeedLoad& load);

}  // namespace colo::dcim
