// Emergency plans and drills' pure rules (R4.2.3): the scenarios a plan covers, and when a plan is
// flagged for want of a drill. No I/O.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"

namespace colo::facility {

inline const std::vector<std::string> kDrillScenarios = {"power_failure", "fire", "cooling_failure", "network_outage",
                                                         "flooding"};
inline const std::vector<std::string> kDrillStatuses = {"scheduled", "held", "cancelled"};
inline const std::vector<std::string> kDrillEntryKinds = {"timeline", "finding"};
inline const std::vector<std::string> kDrillActionStatuses = {"open", "closed"};

// A plan must be drilled at least once in twelve months.
inline constexpr int kDrillEveryMonths = 12;

// Whether the plan waits for a drill on `today`: never drilled, or last drilled more than twelve
// months before (a drill on the same day a year ago still counts).
bool plan_needs_drill(const std::optional<Date>& last_held, Date today);

// Whether a follow-up action is overdue on `today` (open past its due date).
bool action_overdue(const std::string& status, Date due_on, Date today);

}  // namespace colo::facility
