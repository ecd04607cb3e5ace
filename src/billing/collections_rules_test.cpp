// Late-payment penalty accrual, dunning schedule and the suspension workflow: table tests (R9.1).
#include "billing/collections_rules.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "core/principal.hpp"

namespace colo::billing {
namespace {

Date d(const char* s) { return *parse_date(s); }

TEST(CollectionsRules, R9_1_1_ExactUnitsRoundHalfUpOnceToFen) {
  struct Case {
    std::int64_t exact, fen;
  };
  for (auto c : std::vector<Case>{
           {0, 0}, {4999, 0}, {5000, 1}, {9999, 1}, {10000, 1}, {14999, 1}, {15000, 2}, {123456789, 12346}}) {
    EXPECT_EQ(exact_to_fen(c.exact), c.fen) << c.exact;
  }
}

TEST(CollectionsRules, R9_1_1_PenaltyAccruesFromTheDayAfterTheDueDateUpToTheCap) {
  struct Case {
    const char* name;
    std::int64_t outstanding;
    PenaltyTerms terms;
    const char* due;
    const char* today;
    std::int64_t fen;  // accrued, rounded once
    int days;          // days accrued
  };
  const std::vector<Case> cases = {
      {"not yet due on the due date", 100'000, {5, 3000}, "2026-03-10", "2026-03-10", 0, 0},
      {"before the due date", 100'000, {5, 3000}, "2026-03-10", "2026-03-01", 0, 0},
      {"the first day after", 100'000, {5, 3000}, "2026-03-10", "2026-03-11", 50, 1},
      {"ten days", 100'000, {5, 3000}, "2026-03-10", "2026-03-20", 500, 10},
      // 0.05 % a day reaches 30 % after 600 days and stays there.
      {"capped at 30 %", 100'000, {5, 3000}, "2025-01-01", "2027-01-01", 30'000, 730},
      {"a contract's own cap", 100'000, {10, 500}, "2026-01-01", "2026-03-01", 5'000, 59},
      {"no cap means no penalty", 100'000, {5, 0}, "2026-01-01", "2026-02-01", 0, 31},
      {"no rate means no penalty", 100'000, {0, 3000}, "2026-01-01", "2026-02-01", 0, 31},
      // 1 fen at 5 bp: 0.0005 fen a day, 0.5 fen after 1,000 days -> rounds to 1 only once summed.
      {"fractions summed exactly, then rounded", 1, {5, 10000}, "2020-01-01", "2022-09-27", 1, 1000},
      {"fractions below half a fen", 1, {5, 10000}, "2020-01-01", "2022-09-26", 0, 999},
      // 2024 is a leap year: Feb 29 is a day like any other (due Feb 28, today Mar 1: two days).
      {"leap day counts", 100'000, {5, 3000}, "2024-02-28", "2024-03-01", 100, 2},
      {"no leap day in 2026", 100'000, {5, 3000}, "2026-02-28", "2026-03-01", 50, 1},
      {"over a year end", 33'333, {7, 3000}, "2025-12-30", "2026-01-02", 70, 3},  // 33,333*7*3 = 699,993 -> 70
  };
  for (const auto& c : cases) {
    auto s = accrue_through({}, d(c.due), d(c.today), c.outstanding, c.terms);
    EXPECT_EQ(exact_to_fen(s.accrued_exact), c.fen) << c.name;
    EXPECT_EQ(static_cast<int>(days_to_accrue(d(c.due), std::nullopt, d(c.today)).size()), c.days) << c.name;
  }
}

TEST(CollectionsRules, R9_1_1_RunningTheSameDayTwiceAccruesOnceAndAMissedDayIsCaughtUp) {
  const PenaltyTerms t{5, 3000};
  auto s = accrue_through({}, d("2026-03-10"), d("2026-03-12"), 100'000, t);
  EXPECT_EQ(s.accrued_through, d("2026-03-12"));
  auto again = accrue_through(s, d("2026-03-10"), d("2026-03-12"), 100'000, t);
  EXPECT_EQ(again.accrued_exact, s.accrued_exact);
  // Days 13 and 14 missed; the run for the 15th accrues 13, 14 and 15.
  auto later = accrue_through(s, d("2026-03-10"), d("2026-03-15"), 100'000, t);
  EXPECT_EQ(exact_to_fen(later.accrued_exact), 250) << "days 11 to 15, each once";
  EXPECT_EQ(later.accrued_through, d("2026-03-15"));
}

TEST(CollectionsRules, R9_1_1_PartialPaymentLowersTheDailyBaseNotTheCapReached) {
  const PenaltyTerms t{100, 1000};                                            // 1 % a day, capped at 10 %
  auto s = accrue_through({}, d("2026-03-10"), d("2026-03-14"), 100'000, t);  // 4 days on 1,000.00
  EXPECT_EQ(exact_to_fen(s.accrued_exact), 4'000);
  s = accrue_through(s, d("2026-03-10"), d("2026-03-16"), 40'000, t);  // 2 days on 400.00 after a payment
  EXPECT_EQ(exact_to_fen(s.accrued_exact), 4'800);
  EXPECT_EQ(s.cap_base_fen, 100'000) << "the cap stays on the highest overdue amount";
  s = accrue_through(s, d("2026-03-10"), d("2026-04-30"), 40'000, t);
  EXPECT_EQ(exact_to_fen(s.accrued_exact), 10'000) << "capped at 10 % of 1,000.00";
  // Paid in full: nothing more accrues, what accrued stays.
  s = accrue_through(s, d("2026-03-10"), d("2026-05-30"), 0, t);
  EXPECT_EQ(exact_to_fen(s.accrued_exact), 10'000);
  EXPECT_EQ(s.accrued_through, d("2026-05-30"));
}

TEST(CollectionsRules, R9_1_1_WaivableIsWhatIsNeitherWaivedNorBilled) {
  EXPECT_EQ(waivable_fen(1000, 0, 0), 1000);
  EXPECT_EQ(waivable_fen(1000, 300, 0), 700);
  EXPECT_EQ(waivable_fen(1000, 300, 700), 0);
  EXPECT_EQ(waivable_fen(1000, 600, 700), 0);
}

TEST(CollectionsRules, R9_1_2_ReminderDaysAreSortedUniqueAndBounded) {
  EXPECT_EQ(normalise_reminder_days({15, -3, 0, 7, 0}), (std::vector<int>{-3, 0, 7, 15}));
  EXPECT_FALSE(normalise_reminder_days({}));
  EXPECT_FALSE(normalise_reminder_days({0, 400}));
  EXPECT_FALSE(normalise_reminder_days({-366}));
}

TEST(CollectionsRules, R9_1_2_EachReminderOnceAndOnlyTheLatestWhenFoundLate) {
  const std::vector<int> offsets = kDefaultReminderDays;  // -3, 0, 7, 15
  struct Case {
    const char* name;
    const char* today;
    std::vector<int> sent;
    std::optional<int> due;
  };
  const std::vector<Case> cases = {
      {"too early", "2026-03-06", {}, std::nullopt},
      {"three days before", "2026-03-07", {}, -3},
      {"already sent", "2026-03-08", {-3}, std::nullopt},
      {"on the due date", "2026-03-10", {-3}, 0},
      {"a week late", "2026-03-17", {-3, 0}, 7},
      {"between reminders", "2026-03-20", {-3, 0, 7}, std::nullopt},
      {"a missed run catches the latest only", "2026-03-26", {-3}, 15},
      {"found late: no burst", "2026-03-18", {}, 7},
      {"all sent", "2026-05-01", {-3, 0, 7, 15}, std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(reminder_due(d("2026-03-10"), d(c.today), offsets, c.sent), c.due) << c.name;
}

TEST(CollectionsRules, R9_1_2_SuspensionIsDueAfterTheOverdueWait) {
  EXPECT_FALSE(suspension_due(std::nullopt, d("2026-05-01"), 30));
  EXPECT_FALSE(suspension_due(d("2026-03-10"), d("2026-04-08"), 30));
  EXPECT_TRUE(suspension_due(d("2026-03-10"), d("2026-04-09"), 30));
  EXPECT_TRUE(suspension_due(d("2024-02-01"), d("2024-03-02"), 30)) << "29 days of February 2024 + 1";
  EXPECT_FALSE(suspension_due(d("2024-02-01"), d("2024-03-01"), 30));
}

Context as(std::vector<std::string> perms) {
  auto p = std::make_shared<Principal>();
  p->user_id = 7;
  p->username = "someone";
  for (auto& s : perms) p->permissions.insert(s);
  Context ctx;
  ctx.principal = p;
  return ctx;
}

TEST(CollectionsRules, R9_1_2_SuspensionWorkflowStatesAndWhoMayTakeThem) {
  const auto& wf = suspension_workflow();
  const auto manager = as({kPermSuspensionApprove});
  const auto finance = as({kPermSuspensionPropose});
  struct Case {
    const char* state;
    const char* action;
    const Context* ctx;
    const char* comment;
    const char* to;     // empty: refused
    const char* error;  // code when refused
  };
  const std::vector<Case> cases = {
      {"proposed", "approve", &manager, "", "active", ""},
      {"proposed", "approve", &finance, "", "", "forbidden"},
      {"proposed", "reject", &manager, "", "", "validation_failed"},
      {"proposed", "reject", &manager, "paid by phone", "rejected", ""},
      {"proposed", "withdraw", &finance, "paid", "withdrawn", ""},
      {"active", "approve", &manager, "", "", "workflow.invalid_transition"},
      {"active", "propose_lift", &finance, "", "lift_proposed", ""},
      {"lift_proposed", "approve_lift", &manager, "", "lifted", ""},
      {"lift_proposed", "reject_lift", &manager, "cheque bounced", "active", ""},
      {"lifted", "propose_lift", &finance, "", "", "workflow.invalid_transition"},
      {"proposed", "suspend", &manager, "", "", "workflow.unknown_action"},
  };
  for (const auto& c : cases) {
    auto r = wf.check(c.state, c.action, *c.ctx, c.comment);
    if (*c.to) {
      ASSERT_TRUE(r.ok()) << c.state << " " << c.action << ": " << r.error().code;
      EXPECT_EQ((*r)->to, c.to);
    } else {
      ASSERT_FALSE(r.ok()) << c.state << " " << c.action;
      EXPECT_EQ(r.error().code, c.error) << c.state << " " << c.action;
    }
  }
  EXPECT_TRUE(suspension_in_force("active"));
  EXPECT_TRUE(suspension_in_force("lift_proposed"));
  EXPECT_FALSE(suspension_in_force("proposed"));
  EXPECT_FALSE(suspension_in_force("lifted"));
  EXPECT_TRUE(suspension_open("proposed"));
  EXPECT_FALSE(suspension_open("rejected"));
}

}  // namespace
}  // namespace colo::billing
