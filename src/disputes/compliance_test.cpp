// The compliance view's judgement: no data is never passing, the target decides, the trend
// compares with the period before, unmeasured clauses say so.
#include "disputes/compliance.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace colo::disputes {
namespace {

TEST(Compliance, AClauseWithNothingInItsPeriodIsNoDataNeverPassing) {
  Measure m;
  m.clause = "R12.1";
  auto s = evaluate(m);
  EXPECT_EQ(s.status, "no_data");
  EXPECT_FALSE(s.value_bp.has_value());
  EXPECT_EQ(s.trend, "none");
}

TEST(Compliance, TheTargetDecidesAndTheTrendComparesWithThePeriodBefore) {
  struct Case {
    std::int64_t met, total, previous_met, previous_total, target;
    const char* status;
    std::int64_t value;
    const char* trend;
  };
  const Case cases[] = {
      {10, 10, 0, 0, 10000, "passing", 10000, "none"}, {9, 10, 10, 10, 10000, "failing", 9000, "down"},
      {9, 10, 8, 10, 9000, "passing", 9000, "up"},     {1, 3, 2, 6, 5000, "failing", 3333, "flat"},
      {0, 1, 0, 0, 10000, "failing", 0, "none"},
  };
  for (const auto& c : cases) {
    Measure m{"R9.1.1", c.met, c.total, c.previous_met, c.previous_total, c.target, {}, "/breaches"};
    auto s = evaluate(m);
    EXPECT_EQ(s.status, c.status) << c.met << "/" << c.total;
    EXPECT_EQ(s.value_bp.value_or(-1), c.value) << c.met << "/" << c.total;
    EXPECT_EQ(s.trend, c.trend) << c.met << "/" << c.total;
  }
}

TEST(Compliance, FailingItemsAreCountedAndTheFirstOnesListed) {
  Measure m;
  m.clause = "R9.2.2";
  m.total = 30;
  for (int i = 0; i < 30; ++i) m.failing.push_back({"breach", i + 1, "BR-2026-" + std::to_string(i + 1)});
  auto s = evaluate(m);
  EXPECT_EQ(s.failing_count, 30);
  EXPECT_EQ(s.failing.size(), kMaxFailing);
}

TEST(Compliance, EveryClauseIsListedAndTheUnmeasuredSaySo) {
  Measure m;
  m.clause = "R12.1";
  m.met = m.total = 1;
  auto view = compliance_view({m});
  ASSERT_EQ(view.size(), regulation_clauses().size());
  EXPECT_EQ(view.front().clause, "R1.1");
  EXPECT_EQ(view.front().status, "not_measured");
  EXPECT_EQ(view.back().clause, "R12.2");
  auto r12 = std::find_if(view.begin(), view.end(), [](const ClauseStatus& s) { return s.clause == "R12.1"; });
  EXPECT_EQ(r12->status, "passing");
}

// R3.2: the business, technical and management steps each approved, by three different people.
TEST(Compliance, AnApprovalNeedsAllThreeStepsByThreeDifferentPeople) {
  using A = std::vector<std::pair<std::string, std::int64_t>>;
  struct Case {
    A approvals;
    bool ok;
    const char* why;
  };
  const Case cases[] = {
      {{{"business_review", 1}, {"technical_review", 2}, {"management_review", 3}}, true, "three people"},
      {{{"business_review", 1}, {"technical_review", 2}}, false, "management missing"},
      {{{"business_review", 1}, {"technical_review", 1}, {"management_review", 3}}, false, "one person twice"},
      {{{"business_review", 1}, {"technical_review", 2}, {"management_review", 1}}, false, "first and last alike"},
      {{{"business_review", 1}, {"business_review", 1}, {"technical_review", 2}, {"management_review", 3}},
       true,
       "the same step again after a return"},
      {{{"business_review", 1}, {"business_review", 4}, {"technical_review", 2}, {"management_review", 3}},
       false,
       "one step shared by two people"},
      {{{"draft", 9}, {"business_review", 1}, {"technical_review", 2}, {"management_review", 3}},
       true,
       "other actions ignored"},
      {{}, false, "no approval"},
  };
  for (const auto& c : cases) EXPECT_EQ(approved_by_three(c.approvals), c.ok) << c.why;
}

TEST(Compliance, AMeasureCountsBothPeriodsAndNamesOnlyThisPeriodsFailures) {
  auto m = measure_of("R4.1.2",
                      {{"work_order", 1, "WO-1", true, true},
                       {"work_order", 2, "WO-2", false, true},
                       {"work_order", 3, "WO-3", false, false},
                       {"work_order", 4, "WO-4", true, false}},
                      "/facility/work-orders", 9500);
  EXPECT_EQ(m.clause, "R4.1.2");
  EXPECT_EQ(m.met, 1);
  EXPECT_EQ(m.total, 2);
  EXPECT_EQ(m.previous_met, 1);
  EXPECT_EQ(m.previous_total, 2);
  EXPECT_EQ(m.target_bp, 9500);
  ASSERT_EQ(m.failing.size(), 1u);
  EXPECT_EQ(m.failing[0].number, "WO-2");
  auto s = evaluate(m);
  EXPECT_EQ(s.status, "failing");
  EXPECT_EQ(s.trend, "flat");
  EXPECT_EQ(evaluate(measure_of("R4.1.2", {{"work_order", 3, "WO-3", true, false}}, "")).status, "no_data")
      << "records only in the period before are no data for this one";
}

TEST(Compliance, AMeasureCountedInTheDatabaseGivesItsFailingCountBeyondTheItemsListed) {
  Measure m;
  m.clause = "R7.1.1";
  m.met = 995;
  m.total = 1000;
  m.failing = {{"sla_credit", 7, "CT-1 2026-10"}};
  m.failing_count = 5;
  auto s = evaluate(m);
  EXPECT_EQ(s.failing_count, 5);
  EXPECT_EQ(s.failing.size(), 1u);
  m.failing_count.reset();
  EXPECT_EQ(evaluate(m).failing_count, 1) << "else the items listed are all";
}

}  // namespace
}  // namespace colo::disputes
