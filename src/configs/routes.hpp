// HTTP routes of device configuration backups.
#pragma once

namespace colo::http {
class Router;
}

namespace colo::configs {

class Service;
void add_routes(http::Router& router, Service& svc);

}  // namespace colo::configs
