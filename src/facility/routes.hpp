// HTTP adapter of the facility module: authorised people, visits, the front desk and the entry log.
#pragma once

namespace colo::http {
class Router;
}

namespace colo::facility {

class Service;

void add_routes(http::Router& router, Service& svc);
// Each aggregate's routes (access_routes.cpp, visits_routes.cpp, slips_routes.cpp).
void add_access_routes(http::Router& router, Service& svc);
void add_visit_routes(http::Router& router, Service& svc);
void add_slip_routes(http::Router& router, Service& svc);

}  // namespace colo::facility
