// Hosting applications in the composition root: the Inventory seam over dcim, ipam and customers,
// the service and its routes.
#pragma once

#include <memory>

#include "applications/inventory.hpp"
#include "core/result.hpp"

namespace colo::app {
class App;
}

namespace colo::customers {
class Service;
}
namespace colo::dcim {
class Service;
}
namespace colo::ipam {
class Service;
}

namespace colo::applications {

class Service;

// The Inventory seam over dcim, customers and (when given) ipam, as register_module builds it
// (also for tests that assemble the services over a database of their own).
std::unique_ptr<Inventory> make_inventory(dcim::Service& dcim, customers::Service& customers, ipam::Service* ipam);

// Needs app.services().dcim and .customers (.ipam optional); sets .applications.
Result<Service*> register_module(app::App& app);

}  // namespace colo::applications
