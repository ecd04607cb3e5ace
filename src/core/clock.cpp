#include "core/clock.hpp"

#include <cstdio>

namespace colo {

using namespace std::chrono;

Instant SystemClock::now() const { return time_point_cast<milliseconds>(system_clock::now()); }

std::string format_instant(Instant t) {
  auto day = floor<days>(t);
  year_month_day ymd{day};
  hh_mm_ss hms{t - day};
  char buf[64];  // wide enough for any long the compiler imagines
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02ld.%03ldZ", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()), long(hms.hours().count()), long(hms.minutes().count()),
                long(hms.seconds().count()), long(hms.subseconds().count()));
  return buf;
}

namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

}  // namespace

std::optional<Date> parse_date(std::string_view s) {
  int y, m, d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return std::nullopt;
  Date date{year{y}, month{unsigned(m)}, day{unsigned(d)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::optional<Instant> parse_instant(std::string_view s) {
  // YYYY-MM-DDTHH:MM:SS[.fff][Z|+hh:mm|-hh:mm]
  if (s.size() < 20) return std::nullopt;
  auto date = parse_date(s.substr(0, 10));
  if (!date || (s[10] != 'T' && s[10] != ' ')) return std::nullopt;
  int hh, mm, ss;
  if (!digits(s, 11, 2, hh) || s[13] != ':' || !digits(s, 14, 2, mm) || s[16] != ':' || !digits(s, 17, 2, ss))
    return std::nullopt;
  if (hh > 23 || mm > 59 || ss > 60) return std::nullopt;
  std::size_t pos = 19;
  int ms = 0;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    int scale = 100, n = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      if (n < 3) ms += (s[pos] - '0') * scale;
      scale /= 10;
      ++n;
      ++pos;
    }
    if (n == 0) return std::nullopt;
  }
  int offset_min = 0;
  if (pos < s.size() && s[pos] == 'Z') {
    ++pos;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    int oh, om;
    if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, om))
      return std::nullopt;
    offset_min = (oh * 60 + om) * (s[pos] == '-' ? -1 : 1);
    pos += 6;
  } else {
    return std::nullopt;
  }
  if (pos != s.size()) return std::nullopt;
  Instant t = sys_days{*date} + hours{hh} + minutes{mm} + seconds{ss} + milliseconds{ms};
  return t - minutes{offset_min};
}

std::string format_date(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()), unsigned(d.day()));
  return buf;
}

Date utc_date(Instant t) { return Date{floor<days>(t)}; }

Date add_days(Date d, int n) { return Date{sys_days{d} + days{n}}; }

Date add_months(Date d, int n) {
  year_month ym = year_month{d.year(), d.month()} + months{n};
  auto last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
  return Date{ym.year(), ym.month(), d.day() > last ? last : d.day()};
}

int days_between(Date from, Date to) { return int((sys_days{to} - sys_days{from}).count()); }

}  // namespace colo
