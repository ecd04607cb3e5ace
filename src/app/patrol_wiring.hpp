// Wiring of patrol inspections to the rest of Colo: a finding on a customer's dedicated rack
// opens an incident for that customer on the service desk (once per round and item, by its
// reference); a finding anywhere else — a room, an infrastructure asset, the generator yard —
// belongs to no customer, and the service desk only holds customers' tickets, so the operations
// group is told in its notifications instead.
#pragma once

#include "facility/inspections.hpp"

namespace colo::dcim {
class Service;
}
namespace colo::servicedesk {
class Service;
}

namespace colo::app {

// dcim and the service desk must outlive the ports.
facility::PatrolPorts patrol_ports(dcim::Service& dcim, servicedesk::Service& desk, const Clock& clock);

}  // namespace colo::app
