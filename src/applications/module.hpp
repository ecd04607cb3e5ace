// The applications' Inventory port over the dcim, ipam and customers services, for the
// composition root (src/app) to build applications::Service with, and for tests that assemble the
// services over a database of their own.
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

// The services must outlive the inventory. Without ipam the free addresses are unknown.
std::unique_ptr<Inventory> make_inventory(dcim::Service& dcim, customers::Service& customers, ipam::Service* ipam);

}  // namespace colo::applications
