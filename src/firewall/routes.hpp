// HTTP adapter of firewall requests and rules.
#pragma once

namespace colo::http {
class Router;
}

namespace colo::firewall {

class Service;
void add_routes(http::Router& router, Service& service);

}  // namespace colo::firewall
