// The usage module's Owners port over the customers and contracts services, for the composition
// root (src/app) to build usage::Service with.
#pragma once

#include <memory>

#include "usage/owners.hpp"

namespace colo::customers {
class Service;
}
namespace colo::contracts {
class Service;
}

namespace colo::usage {

// The services must outlive the port.
std::unique_ptr<Owners> make_owners(customers::Service& customers, contracts::Service& contracts);

}  // namespace colo::usage
