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

}  // namespace
}  // namespace colo::disputes
