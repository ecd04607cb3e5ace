// HTTP adapter of change control (R4.3.2).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::facility {

class ChangesService;

void add_change_routes(http::Router& router, ChangesService& svc);

}  // namespace colo::facility
