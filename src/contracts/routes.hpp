// HTTP routes of contracts (/api/v1/contracts...).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::contracts {

class Service;
void add_routes(http::Router& router, Service& service);

}  // namespace colo::contracts
