// IPAM's Inventory port over the dcim and customers services (what IPAM reads of interfaces,
// devices, sites and customers), for the composition root (src/app) to build ipam::Service with.
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
