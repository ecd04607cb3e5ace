#include "workflow/workflow.hpp"

#include <gtest/gtest.h>

#include "i18n/catalogue.hpp"

namespace colo::workflow {
namespace {

Definition review() {
  return Definition{"application",
                    {"draft", "submitted", "approved", "rejected"},
                    {"approved", "rejected"},
                    {
                        {"submit", {"draft"}, "submitted", "applications.create", false, true, true},
                        {"approve", {"submitted"}, "approved", "applications.review.business"},
                        {"reject", {"submitted"}, "rejected", "applications.review.business", true},
                    }};
}

Context as(std::vector<std::string> perms, std::optional<std::int64_t> customer = std::nullopt) {
  auto p = std::make_shared<Principal>();
  p->user_id = 7;
  p->username = "u";
  for (auto& x : perms) p->permissions.insert(x);
  p->customer_id = customer;
  return Context{p, "", "test"};
}

TEST(WorkflowTest, AllowedTransitionPasses) {
  auto d = review();
  auto r = d.check("submitted", "approve", as({"applications.review.business"}), "");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)->to, "approved");
}

TEST(WorkflowTest, ForbiddenTransitionsAreNamed) {
  auto d = review();
  struct Case {
    std::string state, action, comment;
    std::vector<std::string> perms;
    std::optional<std::int64_t> customer;
    std::string code;
  };
  const Case cases[] = {
      {"draft", "approve", "", {"applications.review.business"}, {}, "workflow.invalid_transition"},
      {"approved", "reject", "x", {"applications.review.business"}, {}, "workflow.invalid_transition"},
      {"submitted", "approve", "", {"applications.create"}, {}, "forbidden"},
      {"submitted", "reject", "  ", {"applications.review.business"}, {}, "validation_failed"},
      {"submitted", "fly", "", {"applications.review.business"}, {}, "workflow.unknown_action"},
      // A customer holding a staff permission still cannot take a staff-only step.
      {"submitted", "approve", "", {"applications.review.business"}, 3, "forbidden"},
  };
  for (const auto& c : cases) {
    auto r = d.check(c.state, c.action, as(c.perms, c.customer), c.comment);
    ASSERT_FALSE(r.ok()) << c.state << " " << c.action;
    EXPECT_EQ(r.error().code, c.code) << c.state << " " << c.action;
  }
}

TEST(WorkflowTest, AvailableListsOnlyWhatTheActorMayTake) {
  auto d = review();
  auto staff = d.available("submitted", as({"applications.review.business"}));
  ASSERT_EQ(staff.size(), 2u);
  auto customer = d.available("draft", as({"applications.create"}, 3));
  ASSERT_EQ(customer.size(), 1u);
  EXPECT_EQ(customer[0]->action, "submit");
  EXPECT_TRUE(d.available("approved", as({"applications.review.business"})).empty());
}

TEST(WorkflowTest, ActedFindsAnEarlierDecisionBySameUser) {
  std::vector<Step> steps(2);
  steps[0].actor_id = 7;
  steps[0].action = "approve";
  steps[1].actor_id = 8;
  steps[1].action = "return";
  EXPECT_TRUE(acted(steps, 7, {"approve"}));
  EXPECT_FALSE(acted(steps, 7, {"return"}));
  EXPECT_FALSE(acted(steps, 9, {"approve", "return"}));
}

TEST(WorkflowTest, SystemCommentsAreLocalisedAndPeoplesCommentsKept) {
  std::vector<Step> steps(2);
  steps[0].comment = "Please add the rack layout.";  // a person's words
  steps[1].comment = "Contract CT-2026-000003 activated";
  steps[1].comment_key = "timeline.application.contracted";
  steps[1].comment_params = {{"contract", "CT-2026-000003"}};
  auto zh = steps;
  localise(zh, "zh-CN");
  EXPECT_EQ(zh[0].comment, "Please add the rack layout.");
  EXPECT_EQ(zh[1].comment, "合同 CT-2026-000003 已生效");
  localise(steps, "en-US");
  EXPECT_EQ(steps[1].comment, "Contract CT-2026-000003 activated");
}

TEST(WorkflowTest, AnInvalidTransitionNamesTheStateInTheReadersLanguage) {
  auto r = review().check("approved", "submit", as({"applications.create"}), "");
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.error().code, "workflow.invalid_transition");
  // The state "approved" is named through the catalogue, not as the internal code.
  MessageParams expected{{"@state", "application.status.approved"}};
  ASSERT_EQ(r.error().params.size(), 1u);
  EXPECT_EQ(r.error().params[0].name, "@state");
  EXPECT_EQ(r.error().params[0].value, "application.status.approved");
  EXPECT_EQ(i18n::detail("zh-CN", r.error()), "当前状态为“已批准”，不能执行此操作。");
  EXPECT_EQ(i18n::detail("en-US", r.error()), "This action cannot be taken while it is approved.");
}

}  // namespace
}  // namespace colo::workflow
