#include "contracts/price_change.hpp"

#include <map>

namespace colo::contracts {

namespace {

std::int64_t cycles_a_year(const std::string& cycle) { return cycle == "yearly" ? 1 : cycle == "quarterly" ? 4 : 12; }

// Per year, so that a line moved from monthly to quarterly billing at three times the price is
// no rise.
std::int64_t per_year(const LineItem& l) { return l.unit_price_fen * cycles_a_year(l.billing_cycle); }

std::string pairing_key(const LineItem& l) {
  if (l.catalogue_item) return "item:" + *l.catalogue_item;
  return "service:" + l.service + "|" + l.mode + "|" + l.metric.value_or("");
}

}  // namespace

std::int64_t price_for_cycle(std::int64_t price, const std::string& from_cycle, const std::string& to_cycle) {
  const std::int64_t year = price * cycles_a_year(from_cycle);
  const std::int64_t per = cycles_a_year(to_cycle);
  return (year * 2 + per) / (per * 2);  // half up; prices are never negative
}

bool fill_from_list(LineItem& l, const ListEntry& e) {
  const auto& d = l.from_list;
  if (d.service) l.service = e.service;
  if (d.description) l.description = e.name;
  if (d.billing_cycle) l.billing_cycle = e.billing_cycle;
  if (d.mode) l.mode = e.mode;
  if (d.metric && l.mode == "usage") l.metric = e.metric;
  if (d.unit) l.unit = e.unit;
  if (d.tax_rate) l.tax_rate_bp = e.tax_rate_bp;
  if (d.unit_price) {
    if (!e.price_fen) return false;
    l.unit_price_fen = price_for_cycle(*e.price_fen, e.billing_cycle, l.billing_cycle);
  }
  l.from_list = {};
  return true;
}

std::vector<PriceRise> price_rises(const Terms& before, const Terms& after) {
  std::map<std::string, std::vector<const LineItem*>> old_lines;
  for (const auto& l : before.line_items) old_lines[pairing_key(l)].push_back(&l);
  std::map<std::string, std::size_t> used;
  std::vector<PriceRise> out;
  for (std::size_t i = 0; i < after.line_items.size(); ++i) {
    const auto& l = after.line_items[i];
    const auto key = pairing_key(l);
    const LineItem* old = nullptr;
    if (auto it = old_lines.find(key); it != old_lines.end() && used[key] < it->second.size())
      old = it->second[used[key]++];
    bool rise = false;
    if (old) {
      rise = per_year(l) > per_year(*old) ||
             (l.mode == "usage" && l.included_quantity < old->included_quantity && per_year(l) >= per_year(*old));
    } else {
      rise = l.mode != "one_off" && l.unit_price_fen > 0;
    }
    if (!rise) continue;
    PriceRise r;
    r.line = static_cast<int>(i);
    r.service = l.service;
    r.catalogue_item = l.catalogue_item;
    r.description = l.description;
    r.billing_cycle = l.billing_cycle;
    if (old) r.old_price_fen = price_for_cycle(old->unit_price_fen, old->billing_cycle, l.billing_cycle);
    r.new_price_fen = l.unit_price_fen;
    out.push_back(std::move(r));
  }
  return out;
}

Date earliest_effective(Date notified_on, int notice_days) { return add_days(notified_on, notice_days); }

}  // namespace colo::contracts
