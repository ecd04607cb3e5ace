// The placement search of the feasibility assessment (R3.2.1): where the devices of a hosting
// application would go. Pure: plain structs in, a proposal out, no database; the service loads
// the racks' capacity from dcim and asks.
//
// Rules, the same as dcim's (src/dcim/rules.hpp): positions are in half units (U1 spans hu
// [2, 4)); a full-depth device needs its units free on both faces, a half-depth one on one face;
// a live reservation of another customer blocks its units on both faces (the applicant's own
// reservations do not); a redundant (A+B) device's full maximum draw must fit on feed A alone
// and on feed B alone, a single-corded one on one feed; the rack's maximum weight holds. Only
// active racks that are shared or dedicated to the applicant are candidates.
//
// Preference: racks this proposal already uses, then racks the customer already uses, then the
// others; best-fit inside a rack (the smallest free gap that takes the device) and, when a new
// rack must be opened, the smallest one that takes everything still to place, else the largest,
// so that few racks are used. Thread safety: none needed (no shared state).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace colo::applications {

struct UnitSpan {
  int bottom_hu = 0;
  int height_hu = 0;
};

struct HeldSpan {
  int bottom_hu = 0;
  int height_hu = 0;
  std::int64_t customer_id = 0;
};

// One rack as the search sees it.
struct RackCapacity {
  std::int64_t id = 0;
  std::string name;
  std::int64_t site_id = 0, room_id = 0;
  std::string site_name, room_name;  // for the answer only
  int u_height = 42;
  bool usable = true;                  // status active
  std::optional<std::int64_t> owner;   // dedicated to this customer
  std::vector<UnitSpan> front, rear;   // occupied; a full-depth device is in both
  std::vector<HeldSpan> reservations;  // live ones
  std::int64_t power_a_w = 0, power_b_w = 0;
  std::int64_t allocated_a_w = 0, allocated_b_w = 0;
  std::int64_t max_weight_g = 0, weight_g = 0;
  bool used_by_customer = false;  // the applicant has devices or reservations here
};

// One physical item to place (a device line of count 3 gives three items).
struct PlacementItem {
  std::size_t line = 0;  // index of the application's device line (or spare block)
  int copy = 1;          // 1..count
  std::string label;
  int height_hu = 2;  // 0: takes only power (a spare power allowance)
  bool full_depth = true;
  std::int64_t power_w = 0;  // maximum draw
  std::int64_t weight_g = 0;
};

struct PlacementRequest {
  std::int64_t customer_id = 0;
  std::optional<std::int64_t> site_id, room_id;  // preference: room, else site, else any site
  bool redundant = true;                         // A+B feeds
  int whole_racks = 0;                           // > 0: that many empty racks, the devices placed inside them
  std::vector<PlacementItem> items;
};

struct PlacedItem {
  std::size_t item = 0;  // index into PlacementRequest::items
  std::int64_t rack_id = 0;
  int bottom_hu = 0;
  int height_hu = 0;
  std::string face;  // front | rear | both (full depth) | none (0 height)
  std::string feed;  // A+B | A | B
  std::int64_t load_a_w = 0, load_b_w = 0;
};

struct UnplacedItem {
  std::size_t item = 0;
  std::string code;     // applications.placement.no_racks | no_space | no_power | too_heavy
  std::string message;  // names what was missing
};

struct Proposal {
  bool feasible = false;
  std::optional<std::int64_t> site_id;    // where the proposal lies
  std::vector<PlacedItem> placed;         // in item order
  std::vector<UnplacedItem> unplaced;     // in item order
  std::vector<std::int64_t> racks;        // racks used, in order of first use
  std::vector<std::int64_t> whole_racks;  // racks taken whole (whole_racks > 0)
  std::vector<std::string> problems;      // request-level reasons (not enough empty racks)
};

Proposal find_placement(const PlacementRequest& request, const std::vector<RackCapacity>& racks);

// "U12" or "U12.5" for a half-unit position.
std::string u_label(int hu);

// The ledger role of a device a customer described in its application ("接入交换机 1U", "Cisco
// Nexus 93180YC-FX switch"): switch, router, firewall, storage or pdu when the description names
// one, in Chinese or English (ASCII case ignored); otherwise server, what most lines are.
std::string device_role_for(std::string_view label);

}  // namespace colo::applications
