// The billing module's lists, each declared once (db::ListSpec) in the store that reads it: the
// store builds its SQL from the declaration and the routes document the list's parameters from it.
#pragma once

#include "db/list.hpp"

namespace colo::billing::store {

extern const db::ListSpec kInvoiceList;

}  // namespace colo::billing::store
