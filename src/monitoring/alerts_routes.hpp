// HTTP adapter for alerts and maintenance windows.
#pragma once

namespace colo::http {
class Router;
}

namespace colo::monitoring {

class Alerts;
void add_alert_routes(http::Router& router, Alerts& alerts);

}  // namespace colo::monitoring
