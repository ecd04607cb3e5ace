#include "home/trend.hpp"

#include <chrono>

namespace colo::home {

namespace {

Bucket bucket(const BusinessCalendar& calendar, Date first, Date next, std::string label) {
  return {first, next, format_instant(calendar.start_of(first)), format_instant(calendar.start_of(next)),
          std::move(label)};
}

}  // namespace

std::vector<Bucket> weekly_buckets(const BusinessCalendar& calendar, Date today, int weeks) {
  using namespace std::chrono;
  const weekday wd{sys_days(today)};
  // ISO weeks begin on Monday: days since Monday, 0..6.
  const int since_monday = static_cast<int>((wd.c_encoding() + 6) % 7);
  const Date this_monday = add_days(today, -since_monday);
  std::vector<Bucket> out;
  for (int i = weeks - 1; i >= 0; --i) {
    Date first = add_days(this_monday, -7 * i);
    out.push_back(bucket(calendar, first, add_days(first, 7), format_date(first)));
  }
  return out;
}

std::vector<Bucket> monthly_buckets(const BusinessCalendar& calendar, Date today, int months) {
  using namespace std::chrono;
  const Date this_month{today.year(), today.month(), day{1}};
  std::vector<Bucket> out;
  for (int i = months - 1; i >= 0; --i) {
    Date first = add_months(this_month, -i);
    out.push_back(bucket(calendar, first, add_months(first, 1), format_date(first).substr(0, 7)));
  }
  return out;
}

std::vector<std::int64_t> occupancy_at_ends(std::int64_t now, const std::vector<std::int64_t>& deltas) {
  std::vector<std::int64_t> out(deltas.size());
  std::int64_t level = now;
  for (std::size_t i = deltas.size(); i-- > 0;) {
    out[i] = level < 0 ? 0 : level;
    level -= deltas[i];
  }
  return out;
}

int age_days(const BusinessCalendar& calendar, const std::string& instant, Date today) {
  auto t = parse_instant(instant);
  if (!t) return 0;
  return days_between(calendar.date_of(*t), today);
}

}  // namespace colo::home
