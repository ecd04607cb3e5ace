// The module services of a running App, for the command line and demo data.
#pragma once

#include <memory>

namespace colo::customers {
class Service;
}
namespace colo::auth {
class Service;
}

namespace colo::app {

struct Services {
  customers::Service* customers = nullptr;
  auth::Service* auth = nullptr;
};

}  // namespace colo::app
