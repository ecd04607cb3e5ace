// HTTP adapter of the price list: GET/POST /api/v1/billing/catalogue, GET/PATCH
// /api/v1/billing/catalogue/{id}, POST /api/v1/billing/catalogue/{id}/versions.
#pragma once

namespace colo::http {
class Router;
}

namespace colo::billing {

class Catalogue;
void add_catalogue_routes(http::Router& router, Catalogue& catalogue);

}  // namespace colo::billing
