// A change agreement (变更协议, R11.1) as a workflow: proposed by one side, agreed (or declined) by
// the other — staff propose and a customer administrator agrees, and the reverse — then in
// effect from its date. The proposing side is part of the state, so the engine itself knows who
// may agree. Pure.
#pragma once

#include <string>
#include <string_view>

#include "workflow/workflow.hpp"

namespace colo::contracts {

const workflow::Definition& amendment_workflow();

// The state of a new proposal by `side` (operator | customer).
std::string proposed_state(std::string_view side);

// Taken by the system (the agreed date comes, the contract ends first); never offered through the API.
bool amendment_system_action(std::string_view action);

}  // namespace colo::contracts
