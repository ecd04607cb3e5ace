// Wiring of the customer backup service (R6.1): contracts name a plan's customer, the service desk
// takes the tickets of failed runs, and the runner runs every minute under its lease.
#pragma once

#include "app/app.hpp"
#include "core/crypto.hpp"

namespace colo::contracts {
class Service;
}
namespace colo::servicedesk {
class Service;
}
namespace colo::backupsvc {
class Service;
}

namespace colo::app {

backupsvc::Service& add_backup_service(App& app, contracts::Service& contracts, servicedesk::Service& desk,
                                       const crypto::Key& key);

}  // namespace colo::app
