// Wiring of the service-level part of the service desk: its ports to contracts (and, once billing's
// ledger is merged, to billing's pending charges).
#pragma once

#include "app/app.hpp"

namespace colo::contracts {
class Service;
}
namespace colo::servicedesk {
class ServiceLevels;
}

namespace colo::app {

servicedesk::ServiceLevels& add_service_levels(App& app, contracts::Service& contracts);

}  // namespace colo::app
