// The applications' Inventory port over the dcim, ipam and customers services, for the
// composition root (src/app) to build applications::Service with.
#pragma once

#include <memory>

#include "applications/inventory.hpp"

namespace colo::dcim {
class Service;
}
namespace colo::customers {
class Service;
}
namespace colo::ipam {
class Service;
}

namespace colo::applications {

// The services must outlive the inventory.
std::unique_ptr<Inventory> make_inventory(dcim::Service& dcim, customers::Service& customers, ipam::Service& ipam);

}  // namespace colo::applications
