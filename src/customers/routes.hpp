#pragma once

namespace colo::http {
class Router;
}

namespace colo::customers {

class Service;
void add_routes(http::Router& router, Service& service);

}  // namespace colo::customers
