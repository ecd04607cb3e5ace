// Emergency drills' pure rules (R4.2.3): a plan without a drill in twelve months is flagged, and an
// open follow-up action past its due date is overdue.
#include "facility/drills_rules.hpp"

#include <gtest/gtest.h>

namespace colo::facility {
namespace {

TEST(DrillRules, R4_2_3_APlanWithoutADrillInTwelveMonthsIsFlagged) {
  const Date today = *parse_date("2026-11-26");
  struct Case {
    std::optional<std::string> last;
    bool flagged;
  } cases[] = {
      {std::nullopt, true},   // never drilled
      {"2026-11-26", false},  // today
      {"2025-11-26", false},  // exactly a year ago
      {"2025-11-25", true},   // a year and a day
      {"2024-03-01", true},  {"2026-02-28", false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.last.value_or("never"));
    std::optional<Date> last;
    if (c.last) last = parse_date(*c.last);
    EXPECT_EQ(plan_needs_drill(last, today), c.flagged);
  }
  // A leap day a year back: twelve months before 2025-02-28 is 2024-02-28.
  EXPECT_FALSE(plan_needs_drill(parse_date("2024-02-29"), *parse_date("2025-02-28")));
  EXPECT_TRUE(plan_needs_drill(parse_date("2024-02-27"), *parse_date("2025-02-28")));
}

TEST(DrillRules, AnOpenActionPastItsDueDateIsOverdue) {
  const Date today = *parse_date("2026-11-26");
  EXPECT_TRUE(action_overdue("open", *parse_date("2026-11-25"), today));
  EXPECT_FALSE(action_overdue("open", *parse_date("2026-11-26"), today));
  EXPECT_FALSE(action_overdue("closed", *parse_date("2026-01-01"), today));
}

}  // namespace
}  // namespace colo::facility
