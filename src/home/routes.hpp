// HTTP adapter of the home pages: GET /api/v1/home.
#pragma once

#include "home/cards.hpp"

namespace colo::http {
class Router;
}

namespace colo::home {

void add_routes(http::Router& router, const Registry& registry);

}  // namespace colo::home
