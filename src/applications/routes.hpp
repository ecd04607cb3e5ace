// HTTP routes of hosting applications (/api/v1/applications...).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::applications {

class Service;
void add_routes(http::Router& router, Service& service);

}  // namespace colo::applications
