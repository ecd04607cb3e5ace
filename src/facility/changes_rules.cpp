#include "facility/changes_rules.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>

namespace colo::facility {

namespace {

workflow::Definition make_change(bool high_risk) {
  workflow::Definition d;
  d.name = "facility change";
  d.states = kChangeStates;
  d.final_states = {"rejected", "closed", "cancelled"};
  // {action, from, to, permission, comment required, customer may, staff may}
  if (high_risk) {
    d.transitions = {
        {"approve", {"submitted"}, "technical_approved", kPermChangeApproveTechnical, false, false, true},
        {"approve", {"technical_approved"}, "approved", kPermChangeApproveManagement, false, false, true},
        {"reject", {"submitted"}, "rejected", kPermChangeApproveTechnical, true, false, true},
        {"reject", {"technical_approved"}, "rejected", kPermChangeApproveManagement, true, false, true},
    };
  } else {
    d.transitions = {
        {"approve", {"submitted"}, "approved", kPermChangeApproveTechnical, false, false, true},
        {"reject", {"submitted"}, "rejected", kPermChangeApproveTechnical, true, false, true},
    };
  }
  d.transitions.push_back({"start", {"approved"}, "in_progress", kPermChangeExecute, false, false, true});
  d.transitions.push_back({"close", {"in_progress"}, "closed", kPermChangeExecute, false, false, true});
  d.transitions.push_back(
      {"cancel", {"submitted", "technical_approved", "approved"}, "cancelled", kPermChangeWrite, true, false, true});
  return d;
}

}  // namespace

const workflow::Definition& change_workflow(std::string_view risk) {
  static const workflow::Definition high = make_change(true);
  static const workflow::Definition normal = make_change(false);
  return risk == "high" ? high : normal;
}

bool change_final(std::string_view state) { return change_workflow("low").is_final(state); }

std::optional<std::string> notice_refusal(Instant now, Instant window_start, int notice_hours,
                                          bool customers_affected) {
  if (!customers_affected) return std::nullopt;
  if (window_start - now < std::chrono::hours(notice_hours)) return "facility.change.notice_too_short";
  return std::nullopt;
}

std::optional<std::string> close_refusal(std::string_view result, int open_steps, std::string_view note) {
  if (std::find(kChangeResults.begin(), kChangeResults.end(), result) == kChangeResults.end())
    return "facility.change.result_unknown";
  if (result == "successful") {
    if (open_steps > 0) return "facility.change.checklist_open";
    return std::nullopt;
  }
  auto blank = std::all_of(note.begin(), note.end(), [](unsigned char c) { return std::isspace(c); });
  if (blank) return "facility.change.result_note_required";
  return std::nullopt;
}

}  // namespace colo::facility
