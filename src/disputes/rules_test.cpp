// The case's steps per state and what an escalation and an outcome must carry (R12.1, R12.2).
#include "disputes/rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace colo::disputes {
namespace {

std::string code_of(const Status& s) { return s.ok() ? "ok" : s.error().code; }

TEST(Steps, R12_each_state_allows_only_its_steps) {
  struct Case {
    const char* status;
    const char* action;
    int open_deadlines;
    const char* expected;
  };
  const Case cases[] = {
      {"negotiating", "log", 0, "ok"},
      {"negotiating", "escalate", 0, "ok"},
      {"negotiating", "case", 0, "disputes.dispute.not_escalated"},
      {"negotiating", "close", 0, "ok"},
      {"negotiating", "close", 2, "disputes.dispute.open_items"},
      {"escalated", "escalate", 0, "disputes.dispute.already_escalated"},
      {"escalated", "case", 0, "ok"},
      {"escalated", "close", 1, "disputes.dispute.open_items"},
      {"escalated", "link", 0, "ok"},
      {"resolved", "log", 0, "disputes.dispute.closed"},
      {"resolved", "close", 0, "disputes.dispute.closed"},
      {"withdrawn", "deadline", 0, "disputes.dispute.closed"},
      {"resolved", "hold", 0, "ok"},
      {"withdrawn", "release", 0, "ok"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(code_of(check_step(c.status, c.action, c.open_deadlines)), c.expected)
        << c.status << " " << c.action << " " << c.open_deadlines;
}

TEST(Steps, ActionsFollowPermissionsStateAndHold) {
  Dispute d;
  d.status = "negotiating";
  auto has = [](const std::vector<std::string>& v, const char* a) {
    return std::find(v.begin(), v.end(), a) != v.end();
  };
  auto a = actions_for(d, 0, true, false);
  EXPECT_TRUE(has(a, "escalate"));
  EXPECT_TRUE(has(a, "close"));
  EXPECT_FALSE(has(a, "case"));
  EXPECT_FALSE(has(a, "hold"));
  EXPECT_FALSE(has(actions_for(d, 1, true, false), "close"));
  EXPECT_TRUE(actions_for(d, 0, false, false).empty());
  auto holder = actions_for(d, 0, false, true);
  EXPECT_EQ(holder, std::vector<std::string>{"hold"});
  d.legal_hold = true;
  d.status = "resolved";
  EXPECT_EQ(actions_for(d, 0, true, true), std::vector<std::string>{"release"});
}

TEST(Escalation, R12_2_needs_the_forum_and_a_real_hearing_date) {
  EscalateInput in;
  in.forum_kind = "mediation";
  in.hearing_date = "2026-02-30";
  auto errs = escalation_errors(in);
  ASSERT_EQ(errs.size(), 3u);
  EXPECT_EQ(errs[0].field, "forum_kind");
  EXPECT_EQ(errs[1].field, "forum_name");
  EXPECT_EQ(errs[2].field, "hearing_date");
  in = {"arbitration", "上海国际仲裁中心", std::string("(2026)沪仲字第0042号"), std::string("2026-09-01")};
  EXPECT_TRUE(escalation_errors(in).empty());
}

TEST(Outcome, CreditWithinTheClaimAndNotesForPlansAndTerminations) {
  struct Case {
    const char* outcome;
    std::optional<std::int64_t> amount;
    const char* note;
    const char* field;  // "" when valid
  };
  const Case cases[] = {
      {"credit", 50000, "", ""},
      {"credit", 100000, "", ""},
      {"credit", 100001, "", "amount_fen"},
      {"credit", 0, "", "amount_fen"},
      {"credit", std::nullopt, "", "amount_fen"},
      {"payment_plan", std::nullopt, "", "note"},
      {"payment_plan", std::nullopt, "three monthly instalments", ""},
      {"termination", std::nullopt, "", "note"},
      {"no_change", 100, "", "amount_fen"},
      {"no_change", std::nullopt, "", ""},
      {"withdrawn", std::nullopt, "", ""},
      {"settled", std::nullopt, "", "outcome"},
  };
  for (const auto& c : cases) {
    auto errs = outcome_errors({c.outcome, c.amount, c.note}, 100000);
    if (std::string(c.field).empty()) {
      EXPECT_TRUE(errs.empty()) << c.outcome;
    } else {
      ASSERT_FALSE(errs.empty()) << c.outcome << " " << c.field;
    }
    if (!errs.empty()) {
      EXPECT_EQ(errs.front().field, c.field) << c.outcome;
    }
  }
  EXPECT_EQ(closed_status("withdrawn"), "withdrawn");
  EXPECT_EQ(closed_status("credit"), "resolved");
  EXPECT_FALSE(is_open("resolved"));
  EXPECT_TRUE(is_open("escalated"));
}

}  // namespace
}  // namespace colo::disputes
