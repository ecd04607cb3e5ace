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

namespace colo::disputes {
namespace {

TEST(Breach, R9_kinds_belong_to_their_party) {
  BreachInput in{1, "customer", "data_loss", "第七条", "x", "2026-11-01"};
  auto errs = breach_errors(in);
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0].code, "disputes.breach.kind");
  in.party = "operator";
  EXPECT_TRUE(breach_errors(in).empty());
  in = {1, "nobody", "over_use", "", "", "2026-13-01"};
  EXPECT_EQ(breach_errors(in).size(), 4u) << "party, clause, description and date";
}

TEST(Breach, R9_consequences_fit_the_side_that_breached) {
  struct Case {
    const char* party;
    const char* consequence;
    std::optional<std::int64_t> amount;
    const char* note;
    const char* code;  // "" when valid
  };
  const Case cases[] = {
      {"customer", "penalty", 5000, "", ""},
      {"customer", "penalty", std::nullopt, "", "disputes.consequence.amount"},
      {"operator", "penalty", 5000, "", "disputes.consequence.customer_only"},
      {"customer", "suspension", std::nullopt, "", ""},
      {"operator", "suspension", std::nullopt, "", "disputes.consequence.customer_only"},
      {"operator", "compensation", 100000, "", ""},
      {"customer", "compensation", 100000, "", "disputes.consequence.operator_only"},
      {"customer", "termination", std::nullopt, "", "required"},
      {"customer", "termination", std::nullopt, "违法经营，依合同第九条解除", ""},
      {"operator", "none", 1, "", "disputes.consequence.no_amount"},
      {"operator", "apology", std::nullopt, "", "disputes.consequence"},
  };
  for (const auto& c : cases) {
    auto errs = consequence_errors(c.party, {c.consequence, c.amount, c.note});
    if (std::string(c.code).empty()) {
      EXPECT_TRUE(errs.empty()) << c.party << " " << c.consequence;
    } else {
      ASSERT_FALSE(errs.empty()) << c.party << " " << c.consequence;
      EXPECT_EQ(errs.front().code, c.code) << c.party << " " << c.consequence;
    }
  }
}

TEST(Breach, StepsFollowTheStatus) {
  EXPECT_TRUE(check_breach_step("open", "decide").ok());
  EXPECT_EQ(check_breach_step("open", "close").error().code, "disputes.breach.not_decided");
  EXPECT_EQ(check_breach_step("decided", "decide").error().code, "disputes.breach.decided");
  EXPECT_TRUE(check_breach_step("decided", "evidence").ok());
  EXPECT_EQ(check_breach_step("closed", "evidence").error().code, "disputes.breach.closed");
  Breach b;
  EXPECT_EQ(breach_actions(b, true), (std::vector<std::string>{"evidence", "decide"}));
  b.status = "decided";
  EXPECT_EQ(breach_actions(b, true), (std::vector<std::string>{"evidence", "close"}));
  EXPECT_TRUE(breach_actions(b, false).empty());
}

}  // namespace
}  // namespace colo::disputes
