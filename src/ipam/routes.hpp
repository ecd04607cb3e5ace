// The IPAM API: /api/v1/ipam/{vlans,prefixes,ip-addresses,utilisation,interfaces/{interface_id}/vlans}
// and /api/v1/dcim/cables.
#pragma once

namespace colo::http {
class Router;
}

namespace colo::ipam {

class Service;
void add_routes(http::Router& router, Service& service);

}  // namespace colo::ipam
