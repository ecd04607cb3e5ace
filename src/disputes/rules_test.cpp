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

// A breach proposed from monitoring is confirmed or dismissed before anything else but evidence;
// nothing else is reviewed.
TEST(Breach, AProposalIsReviewedFirst) {
  EXPECT_TRUE(check_breach_step("proposed", "confirm").ok());
  EXPECT_TRUE(check_breach_step("proposed", "dismiss").ok());
  EXPECT_TRUE(check_breach_step("proposed", "evidence").ok());
  EXPECT_EQ(check_breach_step("proposed", "decide").error().code, "disputes.breach.proposed");
  EXPECT_EQ(check_breach_step("proposed", "close").error().code, "disputes.breach.proposed");
  EXPECT_EQ(check_breach_step("open", "confirm").error().code, "disputes.breach.not_proposed");
  EXPECT_EQ(check_breach_step("decided", "dismiss").error().code, "disputes.breach.not_proposed");
  EXPECT_EQ(check_breach_step("closed", "confirm").error().code, "disputes.breach.closed");
  Breach b;
  b.status = "proposed";
  EXPECT_EQ(breach_actions(b, true), (std::vector<std::string>{"evidence", "confirm", "dismiss"}));
  EXPECT_TRUE(breach_actions(b, false).empty());
}

// An episode seen again by a later run, whole or only its tail, is the proposal's; one after a
// gap is new.
TEST(Overuse, AnEpisodeContinuesAProposalThatItOverlapsOrFollowsDirectly) {
  const Overuse prior{"bandwidth", 100, 120, 5'000, 4'000};
  struct Case {
    std::int64_t first;
    bool continues;
  } cases[] = {{100, true}, {110, true}, {120, true}, {121, true}, {122, false}, {99, false}, {200, false}};
  for (const auto& c : cases) {
    OverUseEpisode e{c.first, c.first + 20, 6'000, 4'000, 105};
    EXPECT_EQ(continues_episode(prior, e), c.continues) << c.first;
  }
}

// A payment plan closing a case: instalments of at least one fen, due from today on in order;
// nothing else carries instalments.
TEST(Plans, R12_a_payment_plan_needs_instalments_due_in_order_from_today) {
  const Date today = *parse_date("2026-06-10");
  auto plan_of = [](std::vector<Instalment> p) {
    CloseInput in;
    in.outcome = "payment_plan";
    in.note = "分三期";
    in.plan = std::move(p);
    return in;
  };
  auto codes = [&](const CloseInput& in) {
    std::string out;
    for (const auto& e : plan_errors(in, today)) out += (out.empty() ? "" : ",") + e.field + ":" + e.code;
    return out;
  };
  struct Case {
    CloseInput in;
    const char* expected;
  };
  CloseInput credit;
  credit.outcome = "credit";
  CloseInput credit_with_plan = credit;
  credit_with_plan.plan = {{0, "2026-07-01", 100}};
  const Case cases[] = {
      {plan_of({{0, "2026-06-10", 100}, {0, "2026-07-10", 200}}), ""},
      {plan_of({}), "plan:disputes.plan.instalments"},
      {plan_of({{0, "2026-06-09", 100}}), "plan/0/due_date:disputes.plan.due_date"},
      {plan_of({{0, "2026-07-10", 100}, {0, "2026-07-10", 100}}), "plan/1/due_date:disputes.plan.due_date"},
      {plan_of({{0, "2026-07-10", 100}, {0, "2026-07-01", 100}}), "plan/1/due_date:disputes.plan.due_date"},
      {plan_of({{0, "2026-02-30", 100}}), "plan/0/due_date:invalid"},
      {plan_of({{0, "2026-07-10", 0}}), "plan/0/amount_fen:disputes.plan.amount"},
      {credit, ""},
      {credit_with_plan, "plan:disputes.plan.not_plan"},
  };
  for (const auto& c : cases) EXPECT_EQ(codes(c.in), c.expected) << c.in.outcome << " " << c.in.plan.size();
}

// The pause holds while every instalment due is paid; the first one past its date and not covered
// by what was paid since the plan was agreed lifts it.
TEST(Plans, R12_the_first_instalment_past_due_and_unpaid_is_overdue) {
  const std::vector<Instalment> plan = {{1, "2026-07-01", 300}, {2, "2026-08-01", 300}, {3, "2026-09-01", 400}};
  struct Case {
    const char* day;
    std::int64_t paid;
    int expected_seq;  // 0: none overdue
  };
  const Case cases[] = {
      {"2026-06-15", 0, 0},    // nothing due yet
      {"2026-07-01", 0, 0},    // due today is not overdue
      {"2026-07-02", 0, 1},    // the first is overdue
      {"2026-07-02", 299, 1},  // short by a fen
      {"2026-07-02", 300, 0},  // paid
      {"2026-08-02", 300, 2},  // the second is overdue
      {"2026-08-02", 600, 0}, {"2026-09-02", 999, 3}, {"2026-09-02", 1'000, 0}, {"2027-01-01", 5'000, 0},  // paid ahead
  };
  for (const auto& c : cases) {
    auto got = overdue_instalment(plan, c.paid, *parse_date(c.day));
    EXPECT_EQ(got ? got->seq : 0, c.expected_seq) << c.day << " paid " << c.paid;
  }
  EXPECT_FALSE(overdue_instalment({}, 0, *parse_date("2030-01-01")));
}

// Over-use is proposed only for a run of consecutive five-minute slots above the contracted limit
// lasting the configured period; a gap in the data or a rate at the limit ends the run (R9).
TEST(OverUse, R9_only_a_sustained_run_above_the_limit_is_an_episode) {
  struct Case {
    const char* name;
    std::vector<RateSample> samples;
    std::int64_t limit;
    int minutes;
    std::vector<std::pair<std::int64_t, std::int64_t>> expected;  // first, last slot
  };
  auto run = [](std::int64_t from, int n, std::int64_t v) {
    std::vector<RateSample> s;
    for (int i = 0; i < n; ++i) s.push_back({from + i, v});
    return s;
  };
  auto cat = [](std::vector<RateSample> a, const std::vector<RateSample>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
  };
  const Case cases[] = {
      {"an hour above", run(100, 12, 5'000), 4'000, 60, {{100, 111}}},
      {"55 minutes above is short", run(100, 11, 5'000), 4'000, 60, {}},
      {"at the limit is within it", run(100, 12, 4'000), 4'000, 60, {}},
      {"a missing slot ends the run", cat(run(100, 6, 5'000), run(107, 6, 5'000)), 4'000, 60, {}},
      {"a dip ends the run",
       cat(cat(run(100, 12, 5'000), run(112, 1, 100)), run(113, 12, 5'000)),
       4'000,
       60,
       {{100, 111}, {113, 124}}},
      {"no limit, no over-use", run(100, 12, 5'000), 0, 60, {}},
      {"minutes round up to slots", run(100, 2, 5'000), 4'000, 6, {{100, 101}}},
      {"out of order and repeated",
       cat(run(102, 1, 5'000), cat(run(100, 2, 4'500), run(101, 1, 6'000))),
       4'000,
       15,
       {{100, 102}}},
  };
  for (const auto& c : cases) {
    auto got = overuse_episodes(c.samples, c.limit, c.minutes);
    std::vector<std::pair<std::int64_t, std::int64_t>> spans;
    for (const auto& e : got) spans.emplace_back(e.first_slot, e.last_slot);
    EXPECT_EQ(spans, c.expected) << c.name;
  }
  auto e = overuse_episodes(cat(run(100, 11, 5'000), run(111, 1, 7'000)), 4'000, 60);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].peak, 7'000);
  EXPECT_EQ(e[0].limit, 4'000);
  EXPECT_EQ(e[0].minutes, 60);
}

}  // namespace
}  // namespace colo::disputes
