// HTTP adapter of emergency plans and drills (R4.2.3).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::facility {

class DrillsService;

void add_drill_routes(http::Router& router, DrillsService& svc);

}  // namespace colo::facility
