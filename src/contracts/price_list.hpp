// What contracts need from the price list (billing's catalogue), behind one seam: the list entry
// of a catalogue item on a day, read in the caller's transaction. src/app fills it over
// billing::Catalogue, so contracts read no billing table.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::contracts {

struct ListEntry {
  std::string code;
  std::string name;  // in Chinese, the contract's language
  std::string service, unit, mode, billing_cycle;
  std::optional<std::string> metric;
  int tax_rate_bp = 600;
  std::optional<std::int64_t> price_fen;  // in force that day; none before its first price or once retired
};

struct PriceList {
  // nullopt: no such item.
  std::function<Result<std::optional<ListEntry>>(db::Tx& tx, const std::string& code, Date day)> entry;
};

}  // namespace colo::contracts
