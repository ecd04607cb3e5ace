// Time: UTC instants and calendar dates, with an injectable clock so schedulers and rules are
// tested at chosen moments. Instants are stored as ISO-8601 text "YYYY-MM-DDTHH:MM:SS.sssZ",
// dates as "YYYY-MM-DD"; both sort correctly as text on every engine.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace colo {

using Instant = std::chrono::sys_time<std::chrono::milliseconds>;
using Date = std::chrono::year_month_day;

class BusinessCalendar;  // core/business_calendar.hpp

// Now, and the business calendar in which "today" is judged (UTC until one is set; the server
// sets the configured zone once, before the clock is shared between threads).
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant now() const = 0;

  const BusinessCalendar& calendar() const;
  void set_calendar(std::shared_ptr<const BusinessCalendar> calendar);
  // The business date now: every "today" of a rule (signing, due dates, daily jobs).
  Date today() const;

 private:
  std::shared_ptr<const BusinessCalendar> calendar_;
};

class SystemClock final : public Clock {
 public:
  Instant now() const override;
};

// A clock that stands still until moved; for tests and simulated runs.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(Instant start) : now_(start) {}
  Instant now() const override { return now_; }
  void set(Instant t) { now_ = t; }
  void advance(std::chrono::milliseconds d) { now_ += d; }

 private:
  Instant now_;
};

std::string format_instant(Instant t);                     // 2026-11-25T08:30:00.000Z
std::optional<Instant> parse_instant(std::string_view s);  // accepts Z or +hh:mm offsets
std::string format_date(Date d);                           // 2026-11-25
std::optional<Date> parse_date(std::string_view s);        // strict YYYY-MM-DD, valid calendar date
Date utc_date(Instant t);  // the UTC date; business dates come from Clock::today / BusinessCalendar
Date add_days(Date d, int days);
Date add_months(Date d, int months);   // clamps to the month's last day (Jan 31 + 1 month = Feb 28/29)
int days_between(Date from, Date to);  // to - from

}  // namespace colo
