// HTTP adapter of the customer backup service (R6.1).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::backupsvc {

class Service;

void add_routes(http::Router& router, Service& svc);

}  // namespace colo::backupsvc
