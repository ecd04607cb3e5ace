// Monitoring's Inventory port over dcim::Service, for the composition root and for tests that
// assemble the services over a database of their own.
#pragma once

#include <memory>

#include "monitoring/inventory.hpp"

namespace colo::dcim {
class Service;
}

namespace colo::monitoring {

// The service must outlive the inventory.
std::unique_ptr<Inventory> make_inventory(dcim::Service& dcim);

}  // namespace colo::monitoring
