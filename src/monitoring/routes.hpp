#pragma once

namespace colo::http {
class Router;
}

namespace colo::monitoring {

class Service;
void add_routes(http::Router& router, Service& service);

}  // namespace colo::monitoring
