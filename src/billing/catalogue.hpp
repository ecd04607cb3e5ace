// The price list (收费标准, R8.1): catalogue items, each with its prices by date, and the pure
// rules over them — which price is in force on a day, and whether a new price version may be
// added. Versions are never edited, only superseded; a version without a price retires the item
// from its date. No database, no HTTP.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/result.hpp"

namespace colo::billing {

// A price from a date: fen per unit and per the item's cycle; none retires the item.
struct PriceVersion {
  std::int64_t id = 0;
  std::int64_t item_id = 0;
  Date effective_from{};
  std::optional<std::int64_t> price_fen;
  std::string note;
  std::string created_by_name;
  std::string created_at;
};

struct CatalogueItem {
  std::int64_t id = 0;
  std::string code;  // "RACK-42U"
  std::string name_zh, name_en;
  std::string service;                // one of contracts::kServices
  std::string unit;                   // unit code: U, rack, kW, Mbps, IP, hour, TB, item
  std::string mode = "recurring";     // one of contracts::kLineModes
  std::optional<std::string> metric;  // usage items: one of contracts::kUsageMetrics
  std::string billing_cycle = "monthly";
  int tax_rate_bp = 600;
  std::string description;
  std::string created_at, updated_at;
  std::vector<PriceVersion> versions;  // oldest first
};

// The version in force on `day`: the latest one starting on or before it; nullptr before the first.
const PriceVersion* version_on(const std::vector<PriceVersion>& versions, Date day);
// The price of the item on `day`: none before its first price and while retired.
std::optional<std::int64_t> price_on(const std::vector<PriceVersion>& versions, Date day);
// Versions starting after `day`: announced changes, oldest first.
std::vector<PriceVersion> upcoming(const std::vector<PriceVersion>& versions, Date day);

// Whether a new version from `from` may follow `versions` on `today`: 422 billing.price.in_past
// before today, 422 billing.price.before_latest on or before the latest version's start (a
// version is superseded, never replaced), 422 billing.price.already_retired for a retirement of
// an item already retired. Both carry the first allowed day as "earliest".
Status check_new_version(const std::vector<PriceVersion>& versions, Date from, std::optional<std::int64_t> price_fen,
                         Date today);

// Field errors of an item's own fields (code, names, service, unit, mode and metric, cycle, tax rate).
std::vector<FieldError> validate_item(const CatalogueItem& item);

// The item's default VAT rate by service: 9 % for leased bandwidth (basic telecom), else 6 %.
int default_tax_rate_bp(const std::string& service);

}  // namespace colo::billing
