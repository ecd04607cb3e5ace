// The feasibility assessment's parts that need no I/O (R3.2.1): the items to place for an
// application, the checks a submission must pass, and the verdict. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "applications/inventory.hpp"
#include "applications/model.hpp"
#include "applications/placement.hpp"
#include "core/error.hpp"

namespace colo::applications {

struct FeasibilityItem {
  std::size_t line = 0;
  int copy = 1;
  std::string label;
  bool spare = false;  // the units/power asked for beyond the devices
  std::optional<std::int64_t> device_type_id;
  PlacementItem item;
  std::optional<PlacedItem> placed;
  std::optional<RackInfo> rack;
  std::optional<UnplacedItem> unplaced;
};

struct Feasibility {
  bool feasible = false;
  std::optional<SiteInfo> site;  // where the proposal lies (or the preferred site)
  std::optional<RoomInfo> preferred_room;
  std::vector<FeasibilityItem> items;
  std::vector<RackInfo> racks;        // used by the proposal
  std::vector<RackInfo> whole_racks;  // taken whole (space = racks)
  std::vector<std::string> problems;  // request-level
  std::int64_t power_requested_w = 0, power_devices_w = 0;
  std::int64_t bandwidth_requested_mbps = 0;
  std::optional<std::int64_t> uplink_mbps;  // nullopt: the site has no uplink figure
  std::int64_t bandwidth_committed_mbps = 0;
  std::string bandwidth_status;  // ok | insufficient | unknown
  std::int64_t ipv4_requested = 0;
  std::optional<std::int64_t> ipv4_free;
  std::string ipv4_status;  // ok | insufficient | unknown
  struct Reason {
    std::string code, message;
    std::optional<std::size_t> item;
  };
  std::vector<Reason> reasons;  // one for everything that does not fit
  std::string computed_at;
};

// The placement items of an application: each device line times its count, then a spare block
// for the units and power asked for beyond the devices. Pure.
std::vector<FeasibilityItem> placement_items(const Application& a);

// Sets the IPv4 figures (nullopt: unknown) and the verdict. Pure.
void finish_ipv4(Feasibility& f, std::optional<std::int64_t> free);

// The checks a submission must pass (field errors; empty when complete). Pure.
std::vector<FieldError> submission_errors(const Application& a, Date today);

}  // namespace colo::applications
