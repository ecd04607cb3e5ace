// Change control's pure rules (R4.3.2): the risk levels and states of a change request, the
// approval workflow per risk (technical approves; at high risk management approves after it),
// whether the affected customers get enough notice, and what closing with a result asks for.
// No I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "workflow/workflow.hpp"

namespace colo::facility {

inline const std::vector<std::string> kChangeRisks = {"low", "medium", "high"};
inline const std::vector<std::string> kChangeStates = {
    "submitted", "technical_approved", "approved", "rejected", "in_progress", "closed", "cancelled"};
inline const std::vector<std::string> kChangeResults = {"successful", "rolled_back", "failed"};
inline const std::vector<std::string> kChangeActions = {"approve", "reject", "start", "close", "cancel"};

inline constexpr const char* kPermChangeWrite = "facility.changes.write";
inline constexpr const char* kPermChangeApproveTechnical = "facility.changes.approve_technical";
inline constexpr const char* kPermChangeApproveManagement = "facility.changes.approve_management";
inline constexpr const char* kPermChangeExecute = "facility.changes.execute";

// The workflow of a change of this risk: at high risk an approval by technical leads to
// technical_approved and management's to approved; otherwise technical's approval is final.
const workflow::Definition& change_workflow(std::string_view risk);

// States in which nothing more happens.
bool change_final(std::string_view state);
// States a shift sees as in progress (started and not closed).
inline bool change_in_progress(std::string_view state) { return state == "in_progress"; }

// Why the final approval must wait: nullopt when customers are told at least `notice_hours`
// before the window starts (or no customer is affected); else the code of the refusal.
std::optional<std::string> notice_refusal(Instant now, Instant window_start, int notice_hours, bool customers_affected);

// What closing with `result` needs: nullopt when it may close; else the code of the refusal
// (a successful change with open checklist steps; a rollback or failure without a note).
std::optional<std::string> close_refusal(std::string_view result, int open_steps, std::string_view note);

}  // namespace colo::facility
