#include "contracts/amendment_flow.hpp"

#include "contracts/model.hpp"

namespace colo::contracts {

namespace {

constexpr const char* kAmend = "contracts.amend";

workflow::Definition make() {
  workflow::Definition d;
  d.name = "change agreement";
  d.states = kAmendmentStates;
  d.final_states = {"effective", "rejected", "withdrawn", "lapsed"};
  // {action, from, to, permission, comment required, customer may, staff may}
  d.transitions = {
      {"agree", {"proposed_by_operator"}, "agreed", kAmend, false, true, false},
      {"agree", {"proposed_by_customer"}, "agreed", kAmend, false, false, true},
      {"reject", {"proposed_by_operator"}, "rejected", kAmend, true, true, false},
      {"reject", {"proposed_by_customer"}, "rejected", kAmend, true, false, true},
      {"withdraw", {"proposed_by_operator"}, "withdrawn", kAmend, false, false, true},
      {"withdraw", {"proposed_by_customer"}, "withdrawn", kAmend, false, true, false},
      {"take_effect", {"agreed"}, "effective", "", false, false, true},
      // The contract ended (expired or terminated) before the change's date: it never applies.
      {"lapse", {"proposed_by_operator", "proposed_by_customer", "agreed"}, "lapsed", "", true, false, true},
  };
  return d;
}

}  // namespace

const workflow::Definition& amendment_workflow() {
  static const workflow::Definition def = make();
  return def;
}

std::string proposed_state(std::string_view side) {
  return side == "customer" ? "proposed_by_customer" : "proposed_by_operator";
}

bool amendment_system_action(std::string_view action) { return action == "take_effect" || action == "lapse"; }

}  // namespace colo::contracts
