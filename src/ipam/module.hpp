// IPAM's Inventory port over the dcim and customers services (what IPAM reads of interfaces,
// devices, sites and customers), for the composition root (src/app) to build ipam::Service with,
// and for tests that assemble the services over a database of their own.
#pragma once

#include <memory>

#include "ipam/inventory.hpp"

namespace colo::dcim {
class Service;
}
namespace colo::customers {
class Service;
}

namespace colo::ipam {

// The services must outlive the inventory.
std::unique_ptr<Inventory> make_inventory(dcim::Service& dcim, customers::Service& customers);

}  // namespace colo::ipam
