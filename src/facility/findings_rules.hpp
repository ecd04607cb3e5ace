// Rectification orders' pure rules: the deadline a finding's severity gives, the order's workflow
// (open → assigned → rectified → verified, or dismissed as not a defect) and when an order is
// overdue.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "workflow/workflow.hpp"

namespace colo::facility {

inline const std::vector<std::string> kFindingStatuses = {"open", "assigned", "rectified", "verified", "dismissed"};
inline constexpr const char* kFindingObject = "facility.finding";
inline constexpr const char* kPermFindingRead = "facility.patrol.read";
inline constexpr const char* kPermFindingWrite = "facility.patrol.write";

// Hours from the finding to its deadline, per severity (1 critical, 2 major, 3 minor), as
// [facility] finding_deadline_hours_* set them.
struct FindingDeadlines {
  int critical_hours = 4;
  int major_hours = 24;
  int minor_hours = 72;
};
inline constexpr int kMaxFindingDeadlineHours = 24 * 90;

// The hours a finding of `severity` has; an unknown severity counts as major.
int deadline_hours(int severity, const FindingDeadlines& d);

// The order's steps; every transition needs facility.patrol.write. Reassigning an assigned order
// and sending a rectification back ("reopen", with the reason) are allowed; dismissal needs the
// reason it is not a defect.
const workflow::Definition& finding_workflow();

// Verified and dismissed orders are closed.
bool finding_closed(std::string_view status);

// Past its deadline and not closed. A rectified order waiting for verification is still overdue:
// the defect is closed only when someone else has checked it.
bool finding_overdue(std::string_view status, Instant deadline, Instant now);

}  // namespace colo::facility
