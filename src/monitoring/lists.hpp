// The monitoring module's lists, each declared once (db::ListSpec) in the store that reads it.
#pragma once

#include "db/list.hpp"

namespace colo::monitoring::store {

extern const db::ListSpec kDeviceList;

}  // namespace colo::monitoring::store
