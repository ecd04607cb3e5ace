// Pure rules of the home pages' trends: the calendar buckets of a chart (weeks and months in the
// business time zone), occupancy over time from the ledger's racked/removed deltas, and ages in
// business days. No database, no HTTP.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/business_calendar.hpp"

namespace colo::home {

// One bar or point of a trend: business dates [first, next) and the UTC instants where they
// begin, so that instant columns (submitted_at, signed_at) are compared as stored text and date
// columns by the dates.
struct Bucket {
  Date first{}, next{};
  std::string from, to;  // calendar.start_of(first), calendar.start_of(next) as stored instants
  std::string label;     // "2026-11-23" for a week (its Monday), "2026-11" for a month
};

// `weeks` weeks from Monday to Sunday, oldest first; the last holds `today`.
std::vector<Bucket> weekly_buckets(const BusinessCalendar& calendar, Date today, int weeks);
// `months` calendar months, oldest first; the last holds `today`.
std::vector<Bucket> monthly_buckets(const BusinessCalendar& calendar, Date today, int months);

// Occupancy at the end of each bucket, given what is occupied now and the net change within each
// bucket (oldest first, the last ending now): walking back, a bucket's end is now minus every
// later change. Never below zero (a ledger loaded without events has no history to subtract).
std::vector<std::int64_t> occupancy_at_ends(std::int64_t now, const std::vector<std::int64_t>& deltas);

// Whole days from the business date of `instant` to `today` (0 for an unreadable instant).
int age_days(const BusinessCalendar& calendar, const std::string& instant, Date today);

}  // namespace colo::home
