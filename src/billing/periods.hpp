// Pure rules of billing (R8.2.2): calendar billing periods, proration by days, rounding, tax, and
// what a contract's versions make due for one line and period. No database, no HTTP.
//
// A recurring line is billed in advance per calendar month, quarter or year of its billing cycle.
// What a period costs is summed day by day from the version in force each day, so that a change
// agreement taking effect mid-period changes the price from its date, and the first and last
// partial periods of a contract count only their days in service:
//   due = round_half_up(Σ_days quantity × unit_price ÷ days_in_period)
// (the sum is exact, the rounding happens once per line and period). The run compares what is due
// with what was already charged and bills the difference, so an early end becomes a credit.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "contracts/model.hpp"
#include "core/clock.hpp"

namespace colo::billing {

// num ÷ den rounded half away from zero (half up for positive amounts); den > 0.
std::int64_t round_half_up_div(std::int64_t num, std::int64_t den);
// The VAT of a line: round_half_up(amount × rate_bp ÷ 10000).
std::int64_t tax_for(std::int64_t amount_fen, int rate_bp);

struct Period {
  Date start{};
  Date end{};  // inclusive
  int days() const;
  bool operator==(const Period&) const = default;
};

// The calendar month, quarter or year (by billing cycle: monthly | quarterly | yearly) holding `day`.
Period period_containing(Date day, const std::string& cycle);
// The period after `p` of the same cycle.
Period next_period(const Period& p, const std::string& cycle);
// The days two periods (or a period and a span) have in common; 0 when apart.
int overlap_days(const Period& a, Date from, Date to);

// A stable name of a contract line across versions: its price-list item if it has one, else its
// service and description; a second line with the same name gets "#2", and so on. Lines of
// different modes never share a key (prefix "r:", "o:" or "u:").
std::vector<std::string> line_keys(const std::vector<contracts::LineItem>& lines);

// The versions that shape billing: each from its date, the later version winning on a day both
// cover (contracts::in_force).
struct VersionSpan {
  Date from{};
  const contracts::Terms* terms = nullptr;
};

// A recurring charge due for a line key in a period: the amount summed day by day over the days in
// service within the period. `service_from`/`service_to`: the contract's first and last day.
struct Due {
  std::int64_t amount_fen = 0;
  int days = 0;                               // days the line was in service within the period
  const contracts::LineItem* line = nullptr;  // as in the latest version covering the period
};
// Keyed by line key; versions sorted by `from`, the later one winning on equal dates.
std::map<std::string, Due> recurring_due(const std::vector<VersionSpan>& versions, const Period& period,
                                         const std::string& cycle, Date service_from, Date service_to);

// The recurring periods of `cycle` to bill for a contract on `today` with `lead_days`: every period
// that starts on or before today + lead_days and overlaps the days in service.
std::vector<Period> periods_to_bill(const std::string& cycle, Date service_from, Date service_to, Date today,
                                    int lead_days);

// Usage lines are billed in arrears: the measured windows of `cycle` that have ended before
// `today` (the period within the days in service), oldest first.
std::vector<Period> usage_windows(const std::string& cycle, Date service_from, Date service_to, Date today);

// The included quantity of a usage line (committed Mbps, included kWh) for one measured window, in
// thousandths: all of it when the window is the whole calendar period of `cycle`, prorated by days
// (rounded half up) when the contract starts or ends inside the period, so that half a month in
// service includes half the month's quantity.
std::int64_t included_milli(std::int64_t included_quantity, const Period& window, const std::string& cycle);
// The measured quantity billed: max(0, measured − included), both in thousandths.
std::int64_t billable_milli(std::int64_t measured_milli, std::int64_t included_milli);
// A usage line's amount: round_half_up(billable_milli × unit_price ÷ 1000).
std::int64_t usage_amount(std::int64_t billable_milli, std::int64_t unit_price_fen);

}  // namespace colo::billing
