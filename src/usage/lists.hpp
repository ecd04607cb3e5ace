// The usage module's lists, each declared once (db::ListSpec) in the store that reads it.
#pragma once

#include "db/list.hpp"

namespace colo::usage::store {

extern const db::ListSpec kMeterList;

}  // namespace colo::usage::store
