#include "core/clock.hpp"

#include <gtest/gtest.h>

namespace colo {
namespace {

using namespace std::chrono;

TEST(ClockTest, InstantRoundTripsThroughText) {
  auto t = parse_instant("2026-11-25T08:30:15.250Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(format_instant(*t), "2026-11-25T08:30:15.250Z");
}

TEST(ClockTest, OffsetsAreNormalisedToUtc) {
  auto t = parse_instant("2026-11-25T16:30:00+08:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(format_instant(*t), "2026-11-25T08:30:00.000Z");
}

TEST(ClockTest, MalformedInstantsAreRejected) {
  for (const char* s : {"", "2026-11-25", "2026-11-25T25:00:00Z", "2026-02-30T00:00:00Z", "2026-11-25T08:30:00",
                        "2026-11-25T08:30:00Zjunk", "2026-11-25T08:30:00.Z"}) {
    EXPECT_FALSE(parse_instant(s)) << s;
  }
}

TEST(ClockTest, DatesAreStrictCalendarDates) {
  EXPECT_TRUE(parse_date("2028-02-29"));
  EXPECT_FALSE(parse_date("2026-02-29"));
  EXPECT_FALSE(parse_date("2026-13-01"));
  EXPECT_FALSE(parse_date("2026-1-01"));
  EXPECT_FALSE(parse_date("20261101xx"));
}

TEST(ClockTest, AddMonthsClampsToTheLastDay) {
  struct Case {
    const char* from;
    int months;
    const char* to;
  };
  const Case cases[] = {{"2026-01-31", 1, "2026-02-28"},
                        {"2028-01-31", 1, "2028-02-29"},
                        {"2026-03-15", 12, "2027-03-15"},
                        {"2026-12-31", -1, "2026-11-30"},
                        {"2026-08-31", 36, "2029-08-31"}};
  for (const auto& c : cases) EXPECT_EQ(format_date(add_months(*parse_date(c.from), c.months)), c.to);
}

TEST(ClockTest, DaysBetweenAndAddDays) {
  auto a = *parse_date("2026-12-25");
  auto b = *parse_date("2027-01-24");
  EXPECT_EQ(days_between(a, b), 30);
  EXPECT_EQ(format_date(add_days(a, 7)), "2027-01-01");
}

TEST(ClockTest, ManualClockMovesOnlyWhenTold) {
  ManualClock clock(*parse_instant("2026-11-25T00:00:00Z"));
  auto t0 = clock.now();
  clock.advance(hours(25));
  EXPECT_EQ(format_date(utc_date(clock.now())), "2026-11-26");
  EXPECT_EQ(clock.now() - t0, hours(25));
}

}  // namespace
}  // namespace colo
