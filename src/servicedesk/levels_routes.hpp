// HTTP adapter of the service levels: outages, credit tables, month-end credits and their review,
// compensation claims, improvement actions and the month's indicators.
#pragma once

namespace colo::http {
class Router;
}

namespace colo::servicedesk {

class ServiceLevels;
void add_levels_routes(http::Router& router, ServiceLevels& svc);
// The monthly service-quality report's routes (report_routes.cpp); added by add_levels_routes.
void add_report_routes(http::Router& router, ServiceLevels& svc);

}  // namespace colo::servicedesk
