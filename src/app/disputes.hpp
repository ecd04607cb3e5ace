// Wiring of the disputes module (disputes and breach records): its ports over contracts, billing
// (invoices, the collections pause hook, pending charges, suspensions) and the service desk.
#pragma once

#include "app/app.hpp"

namespace colo::billing {
class Service;
class CollectionsService;
}  // namespace colo::billing
namespace colo::contracts {
class Service;
}
namespace colo::servicedesk {
class Service;
}
namespace colo::disputes {
class Service;
}

namespace colo::app {

disputes::Service& add_disputes(App& app, contracts::Service& contracts, billing::Service& billing,
                                billing::CollectionsService& collections, servicedesk::Service& desk);

}  // namespace colo::app
