#include "core/business_calendar.hpp"

#include <date/tz.h>

#include <memory>

namespace colo {

namespace {

const std::shared_ptr<const BusinessCalendar>& utc_calendar() {
  static const auto cal = std::make_shared<const BusinessCalendar>(BusinessCalendar::utc());
  return cal;
}

}  // namespace

Result<BusinessCalendar> BusinessCalendar::in_zone(std::string_view name) {
  if (name == "UTC" || name == "Etc/UTC") return utc();
  try {
    return BusinessCalendar(date::locate_zone(name), std::string(name));
  } catch (const std::exception&) {
    // locate_zone throws for an unknown name or an unreadable tz database.
    return Error::invalid("config",
                          "unknown time zone '" + std::string(name) + "': give an IANA name such as Asia/Shanghai");
  }
}

BusinessCalendar BusinessCalendar::utc() { return BusinessCalendar(nullptr, "UTC"); }

Date BusinessCalendar::date_of(Instant t) const {
  if (!zone_) return utc_date(t);
  auto info = zone_->get_info(std::chrono::floor<std::chrono::seconds>(t));
  return Date{std::chrono::floor<std::chrono::days>(t + info.offset)};
}

Instant BusinessCalendar::start_of(Date d) const {
  const std::chrono::sys_days day{d};
  if (!zone_) return Instant{day};
  const date::local_days local{date::days{day.time_since_epoch().count()}};
  // `earliest` picks the first of two midnights in a repeated hour; a midnight skipped by a
  // transition maps to the transition, the first instant of that day.
  return std::chrono::time_point_cast<std::chrono::milliseconds>(zone_->to_sys(local, date::choose::earliest));
}

// Clock's calendar lives here so that clock.cpp needs no zone rules.
const BusinessCalendar& Clock::calendar() const { return calendar_ ? *calendar_ : *utc_calendar(); }

void Clock::set_calendar(std::shared_ptr<const BusinessCalendar> calendar) { calendar_ = std::move(calendar); }

Date Clock::today() const { return calendar().date_of(now()); }

}  // namespace colo
