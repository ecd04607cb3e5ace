// HTTP adapter of the home pages: GET /api/v1/home.
#pragma once

#include "home/cards.hpp"

namespace colo::http {
class Router;
}

namespace colo::home {

// The route's schema lists the cards registered so far; the registry is sealed against more.
void add_routes(http::Router& router, Registry& registry);

}  // namespace colo::home
