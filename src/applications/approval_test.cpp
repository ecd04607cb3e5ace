// The approval workflow, submission checks and placement items: pure rules, table tests.
#include "applications/approval.hpp"

#include <gtest/gtest.h>

#include "applications/feasibility.hpp"
#include "auth/permissions.hpp"

namespace colo::applications {
namespace {

Context as(std::string role, bool customer = false) {
  auto p = std::make_shared<Principal>();
  p->user_id = 1;
  p->username = role;
  p->roles = {role};
  p->permissions = auth::permissions_for({role});
  if (customer) p->customer_id = 9;
  return Context{p, "", "test"};
}

struct Case {
  std::string state, action, role;
  bool customer;
  std::string comment;
  std::string expect;  // "ok:<to>" or an error code
};

TEST(Approval, R3_1_2_R3_2_2_EachStepBelongsToItsDepartment) {
  const std::vector<Case> cases = {
      {"draft", "submit", "customer_user", true, "", "ok:business_review"},
      {"returned", "submit", "customer_admin", true, "", "ok:business_review"},
      {"draft", "submit", "business", false, "", "ok:business_review"},
      {"draft", "submit", "technical", false, "", "forbidden"},
      {"business_review", "approve", "business", false, "", "ok:technical_review"},
      {"business_review", "approve", "technical", false, "", "forbidden"},
      {"business_review", "approve", "management", false, "", "forbidden"},
      {"business_review", "approve", "customer_admin", true, "", "forbidden"},
      {"technical_review", "approve", "technical", false, "", "ok:management_review"},
      {"technical_review", "approve", "business", false, "", "forbidden"},
      {"management_review", "approve", "management", false, "", "ok:approved"},
      {"management_review", "approve", "admin", false, "", "forbidden"},
      {"business_review", "reject", "business", false, "no", "ok:rejected"},
      {"business_review", "reject", "business", false, "  ", "validation_failed"},
      {"technical_review", "return", "technical", false, "more power data", "ok:returned"},
      {"technical_review", "return", "technical", false, "", "validation_failed"},
      {"management_review", "reject", "technical", false, "no", "forbidden"},
      {"business_review", "withdraw", "customer_user", true, "", "ok:withdrawn"},
      {"management_review", "withdraw", "customer_admin", true, "", "ok:withdrawn"},
      {"business_review", "withdraw", "business", false, "", "forbidden"},
      {"draft", "withdraw", "business", false, "", "ok:withdrawn"},
      {"approved", "withdraw", "customer_admin", true, "", "workflow.invalid_transition"},
      {"approved", "approve", "management", false, "", "workflow.invalid_transition"},
      {"rejected", "submit", "customer_user", true, "", "workflow.invalid_transition"},
      {"withdrawn", "submit", "customer_user", true, "", "workflow.invalid_transition"},
      {"draft", "approve", "business", false, "", "workflow.invalid_transition"},
      {"draft", "launch", "business", false, "", "workflow.unknown_action"},
      {"approved", "contract", "business", false, "", "ok:contracted"},
      {"approved", "contract", "customer_admin", true, "", "forbidden"},
  };
  const auto& def = approval_workflow();
  for (const auto& c : cases) {
    auto r = def.check(c.state, c.action, as(c.role, c.customer), c.comment);
    std::string got = r.ok() ? "ok:" + (*r)->to : r.error().code;
    EXPECT_EQ(got, c.expect) << c.role << " " << c.action << " from " << c.state;
  }
}

TEST(Approval, DepartmentsAndInboxes) {
  EXPECT_EQ(department_of("business_review").value_or(""), "business");
  EXPECT_EQ(department_of("technical_review").value_or(""), "technical");
  EXPECT_EQ(department_of("management_review").value_or(""), "management");
  EXPECT_FALSE(department_of("draft"));
  EXPECT_EQ(review_states_for(as("technical")), std::vector<std::string>{"technical_review"});
  EXPECT_TRUE(review_states_for(as("admin")).empty());
  EXPECT_TRUE(system_action("contract"));
  EXPECT_FALSE(system_action("approve"));
}

Application complete_application() {
  Application a;
  a.devices = {DeviceLine{std::nullopt, "server", 4, true, 500, 20000, 3}};
  a.needs.start_date = Date{std::chrono::year{2030}, std::chrono::month{1}, std::chrono::day{1}};
  a.needs.term_months = 12;
  return a;
}

TEST(Approval, R3_1_1_SubmissionNeedsDevicesStartDateAndTerm) {
  const Date today{std::chrono::year{2029}, std::chrono::month{6}, std::chrono::day{1}};
  EXPECT_TRUE(submission_errors(complete_application(), today).empty());
  Application empty;
  auto e = submission_errors(empty, today);
  std::vector<std::string> fields;
  for (const auto& f : e) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"devices", "start_date", "term_months"}));
  auto past = complete_application();
  past.needs.start_date = Date{std::chrono::year{2029}, std::chrono::month{5}, std::chrono::day{31}};
  ASSERT_EQ(submission_errors(past, today).size(), 1u);
  EXPECT_EQ(submission_errors(past, today)[0].code, "in_past");
  auto few = complete_application();
  few.needs.units = 5;  // three 2U devices take 6U
  ASSERT_EQ(submission_errors(few, today).size(), 1u);
  EXPECT_EQ(submission_errors(few, today)[0].field, "units");
  auto unpowered = complete_application();  // a line kept from before power was required
  unpowered.devices[0].power_w = 0;
  ASSERT_EQ(submission_errors(unpowered, today).size(), 1u);
  EXPECT_EQ(submission_errors(unpowered, today)[0].field, "devices/0/power_w");
  auto racks = complete_application();
  racks.needs.space = "racks";
  ASSERT_EQ(submission_errors(racks, today).size(), 1u);
  EXPECT_EQ(submission_errors(racks, today)[0].field, "racks");
}

TEST(Approval, R3_2_1_PlacementItemsAreTheDevicesThenTheSpareUnitsAndPower) {
  auto a = complete_application();
  auto items = placement_items(a);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[2].copy, 3);
  EXPECT_FALSE(items[2].spare);
  a.needs.units = 10;      // 4U beyond the devices
  a.needs.power_w = 2000;  // 500 W beyond their 1,500 W
  items = placement_items(a);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_TRUE(items[3].spare);
  EXPECT_EQ(items[3].item.height_hu, 8);
  EXPECT_EQ(items[3].item.power_w, 500);
  a.needs.units = 0;
  items = placement_items(a);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[3].label, "power allowance");
  EXPECT_EQ(items[3].item.height_hu, 0);
}

TEST(Approval, R3_2_1_IpAndVerdict) {
  Feasibility f;
  FeasibilityItem placed;
  placed.placed = PlacedItem{};
  f.items = {placed};
  f.bandwidth_status = "ok";
  f.ipv4_requested = 8;
  finish_ipv4(f, std::nullopt);
  EXPECT_EQ(f.ipv4_status, "unknown");
  EXPECT_TRUE(f.feasible);  // unknown is reported honestly, not counted against
  finish_ipv4(f, 4);
  EXPECT_EQ(f.ipv4_status, "insufficient");
  EXPECT_FALSE(f.feasible);
  ASSERT_EQ(f.reasons.size(), 1u);
  EXPECT_EQ(f.reasons[0].code, "applications.feasibility.ipv4");
}

TEST(Approval, R6_2_2_TheCustomerReadsTheReasonsAddressedToItButNotTheApprovalNotes) {
  auto step = [](std::string action, std::string comment) {
    workflow::Step s;
    s.action = std::move(action);
    s.comment = std::move(comment);
    return s;
  };
  const std::vector<workflow::Step> steps = {step("submit", "urgent, please"), step("approve", "credit checked"),
                                             step("return", "add the weights"), step("reject", "no room in hall 2"),
                                             step("approve", "")};
  const auto seen = customer_timeline(steps);
  ASSERT_EQ(seen.size(), steps.size());
  const std::vector<std::string> comments = {"urgent, please", "", "add the weights", "no room in hall 2", ""};
  for (std::size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i].action, steps[i].action);
    EXPECT_EQ(seen[i].comment, comments[i]) << i;
  }
}

}  // namespace
}  // namespace colo::applications
