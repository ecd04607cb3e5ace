// Change control's pure rules (R4.3.2): who approves a change at each risk and in which order,
// the notice the affected customers get before the window, and what closing with a result asks.
#include "facility/changes_rules.hpp"

#include <gtest/gtest.h>

#include <memory>

namespace colo::facility {
namespace {

Context staff(std::vector<std::string> permissions) {
  auto p = std::make_shared<Principal>();
  p->user_id = 1;
  p->username = "staff";
  p->roles = {"operations"};
  for (auto& perm : permissions) p->permissions.insert(perm);
  return Context{p, "req", "test"};
}

TEST(ChangeRules, R4_3_2_TechnicalApprovesAndAtHighRiskManagementApprovesAfterIt) {
  struct Case {
    const char* risk;
    const char* state;
    const char* permission;
    const char* to;  // "" when refused
  } cases[] = {
      {"low", "submitted", kPermChangeApproveTechnical, "approved"},
      {"medium", "submitted", kPermChangeApproveTechnical, "approved"},
      {"low", "submitted", kPermChangeApproveManagement, ""},
      {"high", "submitted", kPermChangeApproveTechnical, "technical_approved"},
      {"high", "submitted", kPermChangeApproveManagement, ""},
      {"high", "technical_approved", kPermChangeApproveManagement, "approved"},
      {"high", "technical_approved", kPermChangeApproveTechnical, ""},
      {"low", "technical_approved", kPermChangeApproveTechnical, ""},
      {"low", "approved", kPermChangeApproveTechnical, ""},
  };
  for (const auto& c : cases) {
    auto t = change_workflow(c.risk).check(c.state, "approve", staff({c.permission}), "");
    SCOPED_TRACE(std::string(c.risk) + " " + c.state + " " + c.permission);
    if (*c.to) {
      ASSERT_TRUE(t.ok()) << t.error().code;
      EXPECT_EQ((*t)->to, c.to);
    } else {
      EXPECT_FALSE(t.ok());
    }
  }
}

TEST(ChangeRules, RejectingAndCancellingNeedAReasonAndStartAndCloseFollowApproval) {
  const auto& w = change_workflow("high");
  auto all = staff({kPermChangeApproveTechnical, kPermChangeApproveManagement, kPermChangeExecute, kPermChangeWrite});
  EXPECT_TRUE(w.check("submitted", "reject", all, "").error().is("validation_failed"));
  EXPECT_TRUE(w.check("submitted", "reject", all, "too risky").ok());
  EXPECT_TRUE(w.check("approved", "cancel", all, "").error().is("validation_failed"));
  EXPECT_TRUE(w.check("submitted", "start", all, "").error().is("workflow.invalid_transition"));
  EXPECT_TRUE(w.check("technical_approved", "start", all, "").error().is("workflow.invalid_transition"));
  EXPECT_EQ((*w.check("approved", "start", all, ""))->to, "in_progress");
  EXPECT_EQ((*w.check("in_progress", "close", all, ""))->to, "closed");
  EXPECT_TRUE(w.check("in_progress", "cancel", all, "x").error().is("workflow.invalid_transition"));
  EXPECT_TRUE(w.check("closed", "close", all, "").error().is("workflow.invalid_transition"));
  EXPECT_TRUE(change_final("closed") && change_final("rejected") && change_final("cancelled"));
  EXPECT_FALSE(change_final("in_progress"));
}

TEST(ChangeRules, R4_3_2_AffectedCustomersAreToldAtLeastTheNoticeBeforeTheWindow) {
  auto now = *parse_instant("2026-11-26T00:00:00Z");
  struct Case {
    const char* start;
    int hours;
    bool customers;
    bool refused;
  } cases[] = {
      {"2026-11-29T00:00:00Z", 72, true, false},                                              // exactly the notice
      {"2026-11-28T23:59:59Z", 72, true, true},  {"2026-11-26T01:00:00Z", 72, false, false},  // nobody to tell
      {"2026-11-26T00:00:00Z", 0, true, false},  {"2026-11-25T23:00:00Z", 0, true, true},     // the window has begun
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.start);
    auto r = notice_refusal(now, *parse_instant(c.start), c.hours, c.customers);
    EXPECT_EQ(r.has_value(), c.refused);
    if (r) EXPECT_EQ(*r, "facility.change.notice_too_short");
  }
}

TEST(ChangeRules, ClosingSuccessfullyNeedsTheChecklistDoneAndARollbackOrFailureANote) {
  EXPECT_FALSE(close_refusal("successful", 0, ""));
  EXPECT_EQ(close_refusal("successful", 1, "fine"), "facility.change.checklist_open");
  EXPECT_EQ(close_refusal("rolled_back", 2, "  "), "facility.change.result_note_required");
  EXPECT_FALSE(close_refusal("rolled_back", 2, "breaker tripped, rolled back"));
  EXPECT_FALSE(close_refusal("failed", 0, "UPS did not transfer"));
  EXPECT_EQ(close_refusal("partial", 0, "x"), "facility.change.result_unknown");
}

}  // namespace
}  // namespace colo::facility
