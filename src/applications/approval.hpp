// The three-department approval of a hosting application as a workflow definition (R3.1.2,
// R3.2.1, R3.2.2): business review, technical review (feasibility), management approval. Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "workflow/workflow.hpp"

namespace colo::applications {

const workflow::Definition& approval_workflow();

// Actions the system takes (the contract's activation), never offered through the API.
bool system_action(std::string_view action);

// The staff role that acts on an application in `state` ("business" for business_review and
// for approved, where the contract is prepared), or nullopt.
std::optional<std::string> department_of(std::string_view state);

// The review states the caller's permissions let them act on (their inbox).
std::vector<std::string> review_states_for(const Context& ctx);

// The timeline as the customer sees it: every step, but the departments' approval comments are
// internal notes and are left out; the reasons of a return or a rejection are addressed to the
// customer and stay.
std::vector<workflow::Step> customer_timeline(std::vector<workflow::Step> steps);

}  // namespace colo::applications
