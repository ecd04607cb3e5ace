// HTTP adapter of infrastructure assets, maintenance plans and work orders (staff only).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::facility {

class Maintenance;

// Assets (assets_routes.cpp), plans and work orders (maintenance_routes.cpp).
void add_asset_routes(http::Router& router, Maintenance& svc);
void add_maintenance_routes(http::Router& router, Maintenance& svc);

}  // namespace colo::facility
