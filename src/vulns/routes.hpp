// The vulnerability module's HTTP routes (/api/v1/vulns/...).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::vulns {

class Service;

// Consents, declared ports, schedules, scans, findings and assessments.
void add_routes(http::Router& router, Service& svc);

}  // namespace colo::vulns
