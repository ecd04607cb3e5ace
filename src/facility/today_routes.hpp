// HTTP adapter of the shift's today view.
#pragma once

namespace colo::http {
class Router;
}

namespace colo::facility {

class TodayService;

void add_today_routes(http::Router& router, TodayService& svc);

}  // namespace colo::facility
