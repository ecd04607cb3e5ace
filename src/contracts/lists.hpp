// The contracts module's lists, each declared once (db::ListSpec) in the store that reads it: the store
// builds its SQL from the declaration and the routes document the list's parameters from it.
#pragma once

#include "db/list.hpp"

namespace colo::contracts::store {

extern const db::ListSpec kContractList;
// GET /api/v1/billing/price-changes: change agreements that raise a price.
extern const db::ListSpec kPriceChangeList;

}  // namespace colo::contracts::store
