// Wiring of patrol inspections to the rest of Colo: a finding on a customer's dedicated rack
// opens an incident for that customer on the service desk (once per round and item, by its
// reference); a finding anywhere else — a room, an infrastructure asset, the generator yard —
// belongs to no customer, and the service desk only holds customers' tickets, so it opens the
// operator's own rectification order in facility (in the same transaction) and the operations
// group is told with the link to it.
#pragma once

#include "facility/findings.hpp"
#include "facility/inspections.hpp"

namespace colo::auth {
class Service;
}
namespace colo::dcim {
class Service;
}
namespace colo::servicedesk {
class Service;
}

namespace colo::app {

// dcim, the service desk and the rectification orders must outlive the ports.
facility::PatrolPorts patrol_ports(dcim::Service& dcim, servicedesk::Service& desk, facility::Findings& findings,
                                   const Clock& clock);

// The orders' directory: an assignee is an active staff user. auth must outlive the ports.
facility::FindingPorts finding_ports(auth::Service& auth);

}  // namespace colo::app
