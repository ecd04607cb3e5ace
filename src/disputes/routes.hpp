// The disputes module's HTTP routes (/api/v1/disputes...).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::disputes {

class Service;

// Disputes and breach records.
void add_routes(http::Router& router, Service& svc);
void add_breach_routes(http::Router& router, Service& svc);
void add_compliance_routes(http::Router& router, Service& svc);

}  // namespace colo::disputes
