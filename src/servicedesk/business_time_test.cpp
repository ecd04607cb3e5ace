#include "servicedesk/business_time.hpp"

#include <gtest/gtest.h>

namespace colo::servicedesk {
namespace {

Instant at(const char* s) { return *parse_instant(s); }
Date day(const char* s) { return *parse_date(s); }

// Working hours in Beijing with the 2026 National Day and Spring Festival exceptions as the
// migration ships them (a subset is enough for these cases).
WorkCalendar beijing_office() {
  WorkCalendar c;
  c.around_the_clock = false;
  c.zone = *BusinessCalendar::in_zone("Asia/Shanghai");
  for (const char* d :
       {"2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22",
        "2026-02-23", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"})
    c.exceptions[day(d)] = DayKind::holiday;
  for (const char* d : {"2026-02-14", "2026-02-28", "2026-09-20", "2026-10-10"})
    c.exceptions[day(d)] = DayKind::workday;
  return c;
}

TEST(WorkingDays, WeekdaysHolidaysAndMakeUpDays) {
  auto c = beijing_office();
  EXPECT_TRUE(c.working_day(day("2026-11-27")));   // Friday
  EXPECT_FALSE(c.working_day(day("2026-11-28")));  // Saturday
  EXPECT_FALSE(c.working_day(day("2026-10-05")));  // Monday in the National Day holiday
  EXPECT_TRUE(c.working_day(day("2026-10-10")));   // Saturday worked in exchange (调休)
  EXPECT_TRUE(c.working_day(day("2026-09-20")));   // Sunday worked in exchange
}

TEST(BusinessMinutes, AroundTheClockCountsEveryMinute) {
  WorkCalendar c;  // 7x24
  EXPECT_EQ(business_minutes(c, at("2026-11-27T10:00:00Z"), at("2026-11-30T10:00:00Z")), 3 * 24 * 60);
  EXPECT_EQ(business_minutes(c, at("2026-11-27T10:00:00Z"), at("2026-11-27T10:00:59Z")), 0);  // whole minutes
  EXPECT_EQ(business_minutes(c, at("2026-11-27T10:00:00Z"), at("2026-11-27T09:00:00Z")), 0);
  EXPECT_EQ(add_business_minutes(c, at("2026-11-27T22:00:00Z"), 240), at("2026-11-28T02:00:00Z"));
  // A two-hour pause inside a day of 7x24.
  EXPECT_EQ(business_minutes(c, at("2026-11-27T00:00:00Z"), at("2026-11-28T00:00:00Z"),
                             {{at("2026-11-27T08:00:00Z"), at("2026-11-27T10:00:00Z")}}),
            22 * 60);
}

TEST(BusinessMinutes, WorkingHoursTable) {
  auto c = beijing_office();
  struct Case {
    const char *from, *to;
    std::int64_t minutes;
    const char* why;
  };
  const Case cases[] = {
      {"2026-11-23T09:00:00+08:00", "2026-11-23T18:00:00+08:00", 540, "one whole working day"},
      {"2026-11-23T07:00:00+08:00", "2026-11-23T20:00:00+08:00", 540, "hours outside the window do not count"},
      {"2026-11-27T17:00:00+08:00", "2026-11-30T10:00:00+08:00", 120, "across a weekend"},
      {"2026-09-30T17:30:00+08:00", "2026-10-08T09:30:00+08:00", 60, "across the National Day holiday"},
      {"2026-10-09T17:00:00+08:00", "2026-10-10T10:00:00+08:00", 120, "into a make-up Saturday"},
      {"2026-02-13T17:00:00+08:00", "2026-02-24T09:00:00+08:00", 600, "Spring Festival with its make-up Saturday"},
      {"2026-11-28T09:00:00+08:00", "2026-11-29T18:00:00+08:00", 0, "an ordinary weekend counts nothing"},
      {"2026-11-23T01:00:00Z", "2026-11-23T02:00:00Z", 60, "UTC instants are judged in Beijing time"},
  };
  for (const auto& k : cases) EXPECT_EQ(business_minutes(c, at(k.from), at(k.to)), k.minutes) << k.why;
}

TEST(BusinessMinutes, PausesWhileWaitingForTheCustomer) {
  auto c = beijing_office();
  Instant mon9 = at("2026-11-23T09:00:00+08:00");
  Instant tue18 = at("2026-11-24T18:00:00+08:00");
  // Paused 10:00-12:00 Monday: 2 h fewer of 18 h.
  EXPECT_EQ(business_minutes(c, mon9, tue18, {{at("2026-11-23T10:00:00+08:00"), at("2026-11-23T12:00:00+08:00")}}),
            1080 - 120);
  // Paused overnight from 17:00 Monday to 10:00 Tuesday: only the working hours in it count.
  EXPECT_EQ(business_minutes(c, mon9, tue18, {{at("2026-11-23T17:00:00+08:00"), at("2026-11-24T10:00:00+08:00")}}),
            1080 - 120);
  // A pause over a weekend costs nothing extra.
  EXPECT_EQ(business_minutes(c, at("2026-11-27T17:00:00+08:00"), at("2026-11-30T10:00:00+08:00"),
                             {{at("2026-11-28T10:00:00+08:00"), at("2026-11-29T10:00:00+08:00")}}),
            120);
  // A pause reaching beyond the measured span is clipped to it.
  EXPECT_EQ(business_minutes(c, mon9, at("2026-11-23T12:00:00+08:00"),
                             {{at("2026-11-23T11:00:00+08:00"), at("2026-11-25T11:00:00+08:00")}}),
            120);
}

TEST(AddBusinessMinutes, DueTimesTable) {
  auto c = beijing_office();
  struct Case {
    const char* from;
    std::int64_t minutes;
    const char* due;
    const char* why;
  };
  const Case cases[] = {
      {"2026-11-23T09:00:00+08:00", 240, "2026-11-23T13:00:00+08:00", "within the day"},
      {"2026-11-23T07:00:00+08:00", 60, "2026-11-23T10:00:00+08:00", "raised before opening"},
      {"2026-11-23T14:00:00+08:00", 240, "2026-11-23T18:00:00+08:00", "used up exactly at closing"},
      {"2026-11-27T17:00:00+08:00", 120, "2026-11-30T10:00:00+08:00", "over a weekend"},
      {"2026-11-28T12:00:00+08:00", 30, "2026-11-30T09:30:00+08:00", "raised on a Saturday"},
      {"2026-09-30T17:30:00+08:00", 60, "2026-10-08T09:30:00+08:00", "over the National Day holiday"},
      {"2026-10-09T17:00:00+08:00", 120, "2026-10-10T10:00:00+08:00", "onto a make-up Saturday"},
      {"2026-02-13T17:00:00+08:00", 4320, "2026-03-03T17:00:00+08:00",
       "72 working hours over Spring Festival, two make-up Saturdays"},
  };
  for (const auto& k : cases) {
    EXPECT_EQ(format_instant(add_business_minutes(c, at(k.from), k.minutes)), format_instant(at(k.due))) << k.why;
    // The two functions agree: the business minutes up to the due time are the target.
    EXPECT_EQ(business_minutes(c, at(k.from), add_business_minutes(c, at(k.from), k.minutes)), k.minutes) << k.why;
  }
}

}  // namespace
}  // namespace colo::servicedesk
