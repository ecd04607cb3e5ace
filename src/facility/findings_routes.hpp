// HTTP adapter of rectification orders: list, detail with timeline, and the steps (staff only).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::facility {

class Findings;

void add_finding_routes(http::Router& router, Findings& svc);

}  // namespace colo::facility
