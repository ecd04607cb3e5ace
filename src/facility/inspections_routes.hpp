// HTTP adapter of patrol inspections: templates, schedules, rounds, history and trends (staff only).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::facility {

class Patrols;

void add_patrol_routes(http::Router& router, Patrols& svc);

}  // namespace colo::facility
