// Wiring of the firewall module: its ports over dcim (devices and their owners), customers
// (names) and IPAM (the customer's own prefixes and addresses), its routes and its daily job.
#pragma once

#include "app/app.hpp"

namespace colo::customers {
class Service;
}
namespace colo::dcim {
class Service;
}
namespace colo::ipam {
class Service;
}
namespace colo::firewall {
class Service;
}

namespace colo::app {

firewall::Service& add_firewall(App& app, dcim::Service& dcim, ipam::Service& ipam, customers::Service& customers);
// `colo jobs run firewall-expiry [--date]`: one run of the expiry job for the day.
Status run_firewall_expiry(App& app, const std::string& date);

}  // namespace colo::app
