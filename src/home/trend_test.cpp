// The home pages' trend rules: weeks and months in the business time zone, occupancy walked back
// from now, ages in business days.
#include "home/trend.hpp"

#include <gtest/gtest.h>

namespace colo::home {
namespace {

Date d(const char* s) { return parse_date(s).value(); }

TEST(WeeklyBuckets, MondayToSundayOldestFirstTheLastHoldingToday) {
  const auto shanghai = BusinessCalendar::in_zone("Asia/Shanghai").value();
  // 2026-11-26 is a Thursday.
  auto b = weekly_buckets(shanghai, d("2026-11-26"), 12);
  ASSERT_EQ(b.size(), 12u);
  EXPECT_EQ(b.back().label, "2026-11-23");
  EXPECT_EQ(format_date(b.back().next), "2026-11-30");
  EXPECT_EQ(b.front().label, "2026-09-07");
  for (std::size_t i = 1; i < b.size(); ++i) EXPECT_EQ(b[i - 1].to, b[i].from);
  // A week begins at local midnight: 2026-11-23 00:00 in Beijing is 16:00 UTC the day before.
  EXPECT_EQ(b.back().from, "2026-11-22T16:00:00.000Z");
}

TEST(WeeklyBuckets, OnAMondayAndASundayTheWeekIsTheirOwn) {
  const auto utc = BusinessCalendar::utc();
  EXPECT_EQ(weekly_buckets(utc, d("2026-11-23"), 1).back().label, "2026-11-23");
  EXPECT_EQ(weekly_buckets(utc, d("2026-11-29"), 1).back().label, "2026-11-23");
  EXPECT_EQ(weekly_buckets(utc, d("2026-11-30"), 1).back().label, "2026-11-30");
}

TEST(MonthlyBuckets, CalendarMonthsAcrossTheYear) {
  const auto shanghai = BusinessCalendar::in_zone("Asia/Shanghai").value();
  auto b = monthly_buckets(shanghai, d("2026-02-28"), 3);
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b[0].label, "2025-12");
  EXPECT_EQ(b[1].label, "2026-01");
  EXPECT_EQ(b[2].label, "2026-02");
  EXPECT_EQ(b[2].from, "2026-01-31T16:00:00.000Z");
  EXPECT_EQ(b[2].to, "2026-02-28T16:00:00.000Z");
}

TEST(OccupancyAtEnds, WalksBackFromNowThroughLaterChanges) {
  struct Case {
    std::int64_t now;
    std::vector<std::int64_t> deltas, expected;
  };
  const std::vector<Case> cases = {
      {10, {0, 0, 0}, {10, 10, 10}},
      {10, {4, 2, 4}, {4, 6, 10}},  // racked 4, then 2, then 4
      {6, {4, 4, -2}, {4, 8, 6}},   // removed 2 in the last week
      {2, {0, 0, 8}, {0, 0, 2}},    // history without events: never below zero
      {0, {}, {}},
  };
  for (const auto& c : cases) EXPECT_EQ(occupancy_at_ends(c.now, c.deltas), c.expected);
}

TEST(AgeDays, CountsBusinessDates) {
  const auto shanghai = BusinessCalendar::in_zone("Asia/Shanghai").value();
  // 17:00 UTC on the 24th is already the 25th in Beijing.
  EXPECT_EQ(age_days(shanghai, "2026-11-24T17:00:00.000Z", d("2026-11-26")), 1);
  EXPECT_EQ(age_days(shanghai, "2026-11-24T15:00:00.000Z", d("2026-11-26")), 2);
  EXPECT_EQ(age_days(shanghai, "not a time", d("2026-11-26")), 0);
}

}  // namespace
}  // namespace colo::home
