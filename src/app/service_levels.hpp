// Wiring of the service-level part of the service desk: its ports to contracts, to the service desk's maintenance
// notices (and, once billing's ledger is merged, to billing's pending charges).
#pragma once

#include "app/app.hpp"

namespace colo::contracts {
class Service;
}
namespace colo::servicedesk {
class ServiceLevels;
class Service;
}  // namespace colo::servicedesk

namespace colo::app {

servicedesk::ServiceLevels& add_service_levels(App& app, contracts::Service& contracts, servicedesk::Service& desk);

}  // namespace colo::app
