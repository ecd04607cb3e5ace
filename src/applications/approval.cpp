#include "applications/approval.hpp"

#include "applications/model.hpp"

namespace colo::applications {

namespace {

constexpr const char* kBusiness = "applications.review.business";
constexpr const char* kTechnical = "applications.review.technical";
constexpr const char* kManagement = "applications.review.management";

workflow::Transition step(std::string action, std::string from, std::string to, std::string permission, bool comment,
                          bool customer, bool staff) {
  return workflow::Transition{std::move(action), {std::move(from)}, std::move(to), std::move(permission),
                              comment,           customer,          staff};
}

workflow::Definition make() {
  workflow::Definition d;
  d.name = "application";
  d.states = kStates;
  d.final_states = {"contracted", "rejected", "withdrawn"};
  auto& t = d.transitions;
  // The customer (or business staff for a customer) submits a draft or a returned application.
  t.push_back({"submit", {"draft", "returned"}, "business_review", "applications.create", false, true, true});
  // Each department approves, rejects or returns at its own step; rejecting and returning need a reason.
  struct Review {
    const char* state;
    const char* next;
    const char* permission;
  };
  for (const Review& r : {Review{"business_review", "technical_review", kBusiness},
                          Review{"technical_review", "management_review", kTechnical},
                          Review{"management_review", "approved", kManagement}}) {
    t.push_back(step("approve", r.state, r.next, r.permission, false, false, true));
    t.push_back(step("reject", r.state, "rejected", r.permission, true, false, true));
    t.push_back(step("return", r.state, "returned", r.permission, true, false, true));
  }
  // Before approval the customer may withdraw; staff may discard only what is still with the customer.
  t.push_back({"withdraw", {"draft", "returned"}, "withdrawn", "applications.create", false, true, true});
  t.push_back({"withdraw",
               {"business_review", "technical_review", "management_review"},
               "withdrawn",
               "applications.create",
               false,
               true,
               false});
  // Taken by the contract's activation.
  t.push_back(step("contract", "approved", "contracted", "contracts.write", false, false, true));
  return d;
}

}  // namespace

const workflow::Definition& approval_workflow() {
  static const workflow::Definition def = make();
  return def;
}

bool system_action(std::string_view action) { return action == "contract"; }

std::optional<std::string> department_of(std::string_view state) {
  if (state == "business_review" || state == "approved") return std::string("business");
  if (state == "technical_review") return std::string("technical");
  if (state == "management_review") return std::string("management");
  return std::nullopt;
}

std::vector<workflow::Step> customer_timeline(std::vector<workflow::Step> steps) {
  for (auto& s : steps)
    if (s.action == "approve") s.comment.clear();
  return steps;
}

std::vector<std::string> review_states_for(const Context& ctx) {
  std::vector<std::string> out;
  if (ctx.can(kBusiness)) out.push_back("business_review");
  if (ctx.can(kTechnical)) out.push_back("technical_review");
  if (ctx.can(kManagement)) out.push_back("management_review");
  return out;
}

}  // namespace colo::applications
