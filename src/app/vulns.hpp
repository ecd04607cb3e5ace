// Wiring of vulnerability management: its ports over customers and IPAM, its options from the
// configuration, its routes and its scheduled scans.
#pragma once

#include "app/app.hpp"

namespace colo::customers {
class Service;
}
namespace colo::ipam {
class Service;
}
namespace colo::vulns {
class Service;
}

namespace colo::app {

// The daily job that runs the scheduled scans due.
inline constexpr const char* kVulnsScanJob = "vulns-scans";

vulns::Service& add_vulns(App& app, customers::Service& customers, ipam::Service& ipam);

}  // namespace colo::app
