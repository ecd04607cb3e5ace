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

namespace colo::notify {
class Service;
}
namespace colo::applications {
class Service;
}
namespace colo::contracts {
class Service;
}

namespace colo::servicedesk {
class ServiceLevels;
}

namespace colo::app {

struct Services {
  customers::Service* customers = nullptr;
  auth::Service* auth = nullptr;
  dcim::Service* dcim = nullptr;
  ipam::Service* ipam = nullptr;
  notify::Service* notify = nullptr;
  applications::Service* applications = nullptr;
  contracts::Service* contracts = nullptr;
  servicedesk::ServiceLevels* service_levels = nullptr;
};

}  // namespace colo::app
