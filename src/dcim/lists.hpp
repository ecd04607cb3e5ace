// The inventory's lists, each declared once: the columns `q` searches, the sort keys and what
// they order by, the default order and the customer column. The store builds its SQL from them
// and the routes document their sort keys from them.
#pragma once

#include "db/list.hpp"

namespace colo::dcim::lists {

extern const db::ListSpec kSites, kRooms, kRows, kRacks, kFeeds, kTypes, kDevices, kReservations, kInterfaces;

}  // namespace colo::dcim::lists
