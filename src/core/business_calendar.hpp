// The operator's business calendar: which calendar date an instant falls on, and where a date
// begins, in the business time zone from configuration (default Asia/Shanghai). Instants stay
// UTC everywhere; "today", due dates, signing dates and date filters are judged here, so that
// 00:30 in Beijing is already the next day although it is still the previous day in UTC.
// Zone rules come from the operating system's tz database (Howard Hinnant's date library).
// Thread safety: immutable after construction; share freely.
#pragma once

#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"

namespace date {
class time_zone;
}

namespace colo {

class BusinessCalendar {
 public:
  // The zone named by its IANA name ("Asia/Shanghai"); an error naming it when the tz database
  // does not know it.
  static Result<BusinessCalendar> in_zone(std::string_view name);
  // Calendar dates in UTC: the default of a clock nobody configured (tests, tools).
  static BusinessCalendar utc();

  const std::string& zone_name() const { return name_; }
  // The business date on which `t` falls.
  Date date_of(Instant t) const;
  // The first instant of `d` in the zone (its local midnight, or the end of a gap that skips it).
  Instant start_of(Date d) const;

 private:
  BusinessCalendar(const date::time_zone* zone, std::string name) : zone_(zone), name_(std::move(name)) {}
  const date::time_zone* zone_;  // owned by the process-wide tz database; nullptr means UTC
  std::string name_;
};

}  // namespace colo
