#include "billing/periods.hpp"

#include <algorithm>

namespace colo::billing {

namespace {

using namespace std::chrono;

Date later(Date a, Date b) { return a < b ? b : a; }
Date earlier(Date a, Date b) { return a < b ? a : b; }

std::string name_of(const contracts::LineItem& l) {
  if (l.catalogue_item && !l.catalogue_item->empty()) return *l.catalogue_item;
  return l.service + ":" + l.description;
}

}  // namespace

std::int64_t round_half_up_div(std::int64_t num, std::int64_t den) {
  // floor(num / den + 1/2), in integers.
  if (num >= 0) return (2 * num + den) / (2 * den);
  return -round_half_up_div(-num, den);
}

std::int64_t tax_for(std::int64_t amount_fen, int rate_bp) { return round_half_up_div(amount_fen * rate_bp, 10000); }

int Period::days() const { return days_between(start, end) + 1; }

Period period_containing(Date day, const std::string& cycle) {
  const auto y = day.year();
  if (cycle == "yearly") return {y / January / 1, y / December / 31};
  if (cycle == "quarterly") {
    const unsigned first = (static_cast<unsigned>(day.month()) - 1) / 3 * 3 + 1;
    const Date start = y / month(first) / 1;
    const year_month_day_last last{y, month_day_last{month(first + 2)}};
    return {start, Date{last}};
  }
  const Date start = y / day.month() / 1;
  return {start, Date{year_month_day_last{y, month_day_last{day.month()}}}};
}

Period next_period(const Period& p, const std::string& cycle) { return period_containing(add_days(p.end, 1), cycle); }

int overlap_days(const Period& a, Date from, Date to) {
  const auto s = later(a.start, from);
  const auto e = earlier(a.end, to);
  return e < s ? 0 : days_between(s, e) + 1;
}

std::vector<std::string> line_keys(const std::vector<contracts::LineItem>& lines) {
  std::vector<std::string> out;
  std::map<std::string, int> seen;
  out.reserve(lines.size());
  for (const auto& l : lines) {
    const char* prefix = l.mode == "one_off" ? "o:" : l.mode == "usage" ? "u:" : "r:";
    auto key = prefix + name_of(l);
    const int n = ++seen[key];
    if (n > 1) key += "#" + std::to_string(n);
    out.push_back(std::move(key));
  }
  return out;
}

std::map<std::string, Due> recurring_due(const std::vector<VersionSpan>& versions, const Period& period,
                                         const std::string& cycle, Date service_from, Date service_to) {
  std::map<std::string, Due> out;
  std::map<std::string, std::int64_t> sums;  // Σ quantity × price × days, exact
  for (std::size_t i = 0; i < versions.size(); ++i) {
    // A version governs from its date (the first one from the contract's start) to the day before
    // the next version's date.
    const Date from = i == 0 ? earlier(versions[i].from, service_from) : versions[i].from;
    Date to = service_to;
    if (i + 1 < versions.size()) {
      if (versions[i + 1].from <= from) continue;  // superseded the same day
      to = earlier(to, add_days(versions[i + 1].from, -1));
    }
    const int days = overlap_days(period, later(from, service_from), to);
    if (days <= 0) continue;
    const auto& lines = versions[i].terms->line_items;
    const auto keys = line_keys(lines);
    for (std::size_t k = 0; k < lines.size(); ++k) {
      const auto& l = lines[k];
      if (l.mode != "recurring" || l.billing_cycle != cycle) continue;
      sums[keys[k]] += l.quantity * l.unit_price_fen * days;
      auto& d = out[keys[k]];
      d.days += days;
      d.line = &l;
    }
  }
  const auto period_days = period.days();
  for (auto& [key, d] : out) d.amount_fen = round_half_up_div(sums[key], period_days);
  return out;
}

std::vector<Period> periods_to_bill(const std::string& cycle, Date service_from, Date service_to, Date today,
                                    int lead_days) {
  std::vector<Period> out;
  const auto horizon = add_days(today, lead_days);
  for (auto p = period_containing(service_from, cycle); p.start <= horizon && p.start <= service_to;
       p = next_period(p, cycle))
    out.push_back(p);
  return out;
}

std::vector<Period> usage_windows(const std::string& cycle, Date service_from, Date service_to, Date today) {
  std::vector<Period> out;
  for (auto p = period_containing(service_from, cycle); p.start <= service_to; p = next_period(p, cycle)) {
    const Period window{later(p.start, service_from), earlier(p.end, service_to)};
    if (!(window.end < today)) break;
    out.push_back(window);
  }
  return out;
}

std::int64_t included_milli(std::int64_t included_quantity, const Period& window, const std::string& cycle) {
  const Period whole = period_containing(window.start, cycle);
  if (window == whole) return included_quantity * 1000;
  return round_half_up_div(included_quantity * 1000 * window.days(), whole.days());
}

std::int64_t billable_milli(std::int64_t measured_milli, std::int64_t included_milli) {
  return std::max<std::int64_t>(0, measured_milli - included_milli);
}

std::int64_t usage_amount(std::int64_t billable_milli, std::int64_t unit_price_fen) {
  return round_half_up_div(billable_milli * unit_price_fen, 1000);
}

}  // namespace colo::billing
