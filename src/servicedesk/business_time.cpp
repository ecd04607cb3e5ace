#include "servicedesk/business_time.hpp"

#include <algorithm>
#include <chrono>

namespace colo::servicedesk {

namespace {
using std::chrono::milliseconds;
using std::chrono::minutes;

// The working window of `d` in instants, or nullopt when it is not a working day.
std::optional<Interval> window_of(const WorkCalendar& cal, Date d) {
  if (!cal.working_day(d)) return std::nullopt;
  Instant midnight = cal.zone.start_of(d);
  return Interval{midnight + minutes(cal.day_start_minute), midnight + minutes(cal.day_end_minute)};
}

// Milliseconds of business time in [from, to).
std::int64_t business_ms(const WorkCalendar& cal, Instant from, Instant to) {
  if (to <= from) return 0;
  if (cal.around_the_clock) return (to - from).count();
  std::int64_t total = 0;
  Date last = cal.zone.date_of(to);
  for (Date d = cal.zone.date_of(from); d <= last; d = add_days(d, 1)) {
    auto w = window_of(cal, d);
    if (!w) continue;
    Instant a = std::max(from, w->from), b = std::min(to, w->to);
    if (b > a) total += (b - a).count();
  }
  return total;
}
}  // namespace

bool WorkCalendar::working_day(Date d) const {
  if (auto it = exceptions.find(d); it != exceptions.end()) return it->second == DayKind::workday;
  std::chrono::weekday wd{std::chrono::sys_days{d}};
  return wd != std::chrono::Saturday && wd != std::chrono::Sunday;
}

std::int64_t business_minutes(const WorkCalendar& cal, Instant from, Instant to, const std::vector<Interval>& pauses) {
  if (to <= from) return 0;
  std::int64_t ms = business_ms(cal, from, to);
  for (const auto& p : pauses) ms -= business_ms(cal, std::max(p.from, from), std::min(p.to, to));
  return std::max<std::int64_t>(0, ms) / 60000;
}

Instant add_business_minutes(const WorkCalendar& cal, Instant from, std::int64_t mins) {
  if (mins <= 0) return from;
  if (cal.around_the_clock) return from + minutes(mins);
  milliseconds left = minutes(mins);
  // A working day comes at least every few weeks even around the Spring Festival; the bound only
  // stops a calendar that marks every day a holiday from looping for ever.
  Date d = cal.zone.date_of(from);
  for (int guard = 0; guard < 366 * 10; ++guard, d = add_days(d, 1)) {
    auto w = window_of(cal, d);
    if (!w) continue;
    Instant a = std::max(from, w->from);
    if (a >= w->to) continue;
    milliseconds avail = w->to - a;
    if (left <= avail) return a + left;
    left -= avail;
  }
  return from + minutes(mins);  // unreachable with any real calendar
}

}  // namespace colo::servicedesk
