// Hosting applications in the composition root: the Inventory seam over dcim, ipam and customers,
// the service and its routes.
#pragma once

#include "core/result.hpp"

namespace colo::app {
class App;
}

namespace colo::applications {

class Service;

// Needs app.services().dcim and .customers (.ipam optional); sets .applications.
Result<Service*> register_module(app::App& app);

}  // namespace colo::applications
