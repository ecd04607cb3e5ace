// The module services of a running App, for the command line and demo data.
#pragma once

#include <memory>

namespace colo::customers {
class Service;
}
namespace colo::auth {
class Service;
}
namespace colo::dcim {
class Service;
}
namespace colo::ipam {
class Service;
}

namespace colo::app {

struct Services {
  customers::Service* customers = nullptr;
  auth::Service* auth = nullptr;
  dcim::Service* dcim = nullptr;
  ipam::Service* ipam = nullptr;
};

}  // namespace colo::app
