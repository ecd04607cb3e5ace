// Business time of SLA clocks: how many minutes of a calendar lie between two instants (less the
// pauses while waiting for the customer), and when a number of such minutes is used up. A 7x24
// calendar counts every minute; a working-hours calendar counts 09:00-18:00 in the business time
// zone on Chinese working days: Monday to Friday, except the public holidays, plus the make-up
// working days (调休) on weekends, both loaded per year as data. Pure; thread-safe when shared
// read-only.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "core/business_calendar.hpp"
#include "core/clock.hpp"

namespace colo::servicedesk {

enum class DayKind { holiday, workday };

struct WorkCalendar {
  bool around_the_clock = true;  // 7x24; otherwise working hours
  BusinessCalendar zone = BusinessCalendar::utc();
  int day_start_minute = 9 * 60;       // 09:00 local
  int day_end_minute = 18 * 60;        // 18:00 local
  std::map<Date, DayKind> exceptions;  // holidays and make-up working days; other days by weekday

  bool working_day(Date d) const;
};

// A pause of the clocks; `to` is the end (a pause still running is passed ending at "now").
struct Interval {
  Instant from{}, to{};
};

// Whole business minutes between `from` and `to` (0 when `to` is not after `from`), less the
// business minutes of every pause that falls in between. Pauses must not overlap each other.
std::int64_t business_minutes(const WorkCalendar& cal, Instant from, Instant to,
                              const std::vector<Interval>& pauses = {});

// The instant at which `minutes` business minutes after `from` are used up. With working hours, a
// target used up exactly at 18:00 falls due at 18:00, not at the next morning.
Instant add_business_minutes(const WorkCalendar& cal, Instant from, std::int64_t minutes);

}  // namespace colo::servicedesk
