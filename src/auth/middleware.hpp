// Authentication and permission checks for every route, from the route table's declarations.
#pragma once

#include "http/pipeline.hpp"

namespace colo::auth {

class Service;

// Bearer token or session cookie -> request.principal; then the route's Auth and permission,
// read-only tokens and the CSRF token of cookie-authenticated writes.
http::Pipeline::Middleware make_middleware(Service& service);

}  // namespace colo::auth
