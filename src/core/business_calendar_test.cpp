// Business dates in the operator's zone: the day boundary is local midnight, not 00:00 UTC.
#include "core/business_calendar.hpp"

#include <gtest/gtest.h>

namespace colo {
namespace {

Instant at(std::string_view s) { return *parse_instant(s); }
Date day(std::string_view s) { return *parse_date(s); }

TEST(BusinessCalendar, BeijingDatesTurnAtSixteenUtc) {
  auto cal = BusinessCalendar::in_zone("Asia/Shanghai").value();
  EXPECT_EQ(cal.zone_name(), "Asia/Shanghai");
  struct Case {
    const char* instant;
    const char* date;
  } cases[] = {
      {"2026-11-25T15:59:59.999Z", "2026-11-25"}, {"2026-11-25T16:00:00.000Z", "2026-11-26"},  // 00:00 in Beijing
      {"2026-11-25T16:30:00.000Z", "2026-11-26"}, {"2026-11-25T17:30:00.000Z", "2026-11-26"},
      {"2026-11-25T23:30:00.000Z", "2026-11-26"}, {"2026-12-31T16:00:00.000Z", "2027-01-01"},
      {"2026-11-25T00:00:00.000Z", "2026-11-25"},
  };
  for (const auto& c : cases) EXPECT_EQ(cal.date_of(at(c.instant)), day(c.date)) << c.instant;
  EXPECT_EQ(cal.start_of(day("2026-11-26")), at("2026-11-25T16:00:00Z"));
  EXPECT_EQ(cal.start_of(day("2027-01-01")), at("2026-12-31T16:00:00Z"));
}

TEST(BusinessCalendar, DaylightSavingZonesFollowTheirRules) {
  auto ny = BusinessCalendar::in_zone("America/New_York").value();
  EXPECT_EQ(ny.start_of(day("2026-07-01")), at("2026-07-01T04:00:00Z"));  // EDT
  EXPECT_EQ(ny.start_of(day("2026-12-01")), at("2026-12-01T05:00:00Z"));  // EST
  EXPECT_EQ(ny.date_of(at("2026-07-01T03:59:00Z")), day("2026-06-30"));
  // Midnight does not exist in Santiago on the day clocks spring forward: the day starts at
  // the transition (01:00 local).
  auto scl = BusinessCalendar::in_zone("America/Santiago").value();
  EXPECT_EQ(scl.start_of(day("2026-09-06")), at("2026-09-06T04:00:00Z"));
  EXPECT_EQ(scl.date_of(scl.start_of(day("2026-09-06"))), day("2026-09-06"));
}

TEST(BusinessCalendar, UnknownZonesAreRefusedByName) {
  auto bad = BusinessCalendar::in_zone("Mars/Olympus_Mons");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("Mars/Olympus_Mons"), std::string::npos);
  EXPECT_FALSE(BusinessCalendar::in_zone("").ok());
}

TEST(BusinessCalendar, AClockJudgesTodayInItsCalendar) {
  ManualClock clock(at("2026-11-25T17:30:00Z"));
  EXPECT_EQ(clock.today(), day("2026-11-25"));  // UTC until a calendar is set
  clock.set_calendar(std::make_shared<const BusinessCalendar>(BusinessCalendar::in_zone("Asia/Shanghai").value()));
  EXPECT_EQ(clock.today(), day("2026-11-26"));
  EXPECT_EQ(clock.calendar().zone_name(), "Asia/Shanghai");
}

}  // namespace
}  // namespace colo
