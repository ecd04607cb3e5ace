// Contract lines and the price list, and price changes (R8.1, R8.3). Pure.
//
// A line that names a catalogue item takes from the list entry in force on the contract's (or the
// change agreement's) date whatever the request left out: service, description, cycle, mode,
// metric, unit, tax rate and the unit price. A price given explicitly is the negotiated price and
// stays the contract's whatever the list does later.
//
// A change agreement is a price change when, compared with the terms it changes, it RAISES what
// the customer pays per unit for the same service:
//   - lines are paired by their catalogue item (else by service, mode and metric), in order;
//   - a paired line whose unit price per year (per cycle × cycles a year) is higher is a rise, and
//     so is a usage line whose included quantity shrinks at the same or a higher price;
//   - a new recurring or usage line with a price above zero is a rise (a new recurring charge);
//   - more or fewer units at the same price, a new one-off charge and lower prices are not.
// An operator's price change needs the customer's agreement (the change agreement workflow) and
// may take effect only `notice_days` (of the terms in force when proposed) after the customer was
// notified, and never before the customer agreed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "contracts/model.hpp"
#include "contracts/price_list.hpp"

namespace colo::contracts {

// `price` per `from_cycle` expressed per `to_cycle` (monthly 100 -> quarterly 300), rounded half up.
std::int64_t price_for_cycle(std::int64_t price, const std::string& from_cycle, const std::string& to_cycle);

// Fills the fields of `l` that l.from_list marks as left out from `entry`; false when the price was
// left out and the entry has none that day (retired or not yet priced).
bool fill_from_list(LineItem& l, const ListEntry& entry);

// The lines of `after` that raise a price over `before` (empty: not a price change).
std::vector<PriceRise> price_rises(const Terms& before, const Terms& after);

// The first day a price change notified on `notified_on` may take effect.
Date earliest_effective(Date notified_on, int notice_days);

}  // namespace colo::contracts
