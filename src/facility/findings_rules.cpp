#include "facility/findings_rules.hpp"

namespace colo::facility {

int deadline_hours(int severity, const FindingDeadlines& d) {
  if (severity <= 1) return d.critical_hours;
  if (severity >= 3) return d.minor_hours;
  return d.major_hours;
}

namespace {

workflow::Definition make_finding() {
  workflow::Definition d;
  d.name = "rectification order";
  d.states = kFindingStatuses;
  d.final_states = {"verified", "dismissed"};
  // {action, from, to, permission, comment required, customer may, staff may}
  d.transitions = {
      {"assign", {"open", "assigned"}, "assigned", kPermFindingWrite, false, false, true},
      {"rectify", {"assigned"}, "rectified", kPermFindingWrite, true, false, true},
      {"verify", {"rectified"}, "verified", kPermFindingWrite, false, false, true},
      {"reopen", {"rectified"}, "assigned", kPermFindingWrite, true, false, true},
      {"dismiss", {"open", "assigned"}, "dismissed", kPermFindingWrite, true, false, true},
  };
  return d;
}

}  // namespace

const workflow::Definition& finding_workflow() {
  static const workflow::Definition d = make_finding();
  return d;
}

bool finding_closed(std::string_view status) { return status == "verified" || status == "dismissed"; }

bool finding_overdue(std::string_view status, Instant deadline, Instant now) {
  return !finding_closed(status) && now > deadline;
}

}  // namespace colo::facility
