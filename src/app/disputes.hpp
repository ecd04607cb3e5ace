// Wiring of the disputes module: its ports over contracts, billing (invoices, the collections
// pause hook, pending credits) and the service desk's complaints.
#pragma once

#include "app/app.hpp"

namespace colo::billing {
class Service;
}
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
                                servicedesk::Service& desk);

}  // namespace colo::app
