// HTTP routes of the monitoring data API (/api/v1/monitoring/...).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::tsdb {

class Service;
void add_routes(http::Router& router, Service& svc);

}  // namespace colo::tsdb
