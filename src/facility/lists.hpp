// The facility module's lists, each declared once (db::ListSpec) in the store that reads it.
#pragma once

#include "db/list.hpp"

namespace colo::facility::store {

extern const db::ListSpec kPersonList;
extern const db::ListSpec kVisitList;
extern const db::ListSpec kEntryList;
extern const db::ListSpec kSlipList;

}  // namespace colo::facility::store
