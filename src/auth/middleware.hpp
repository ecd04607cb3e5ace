// Authentication and permission checks for every route, from the route table's declarations.
// Modules only declare Route::auth and Route::permission; this middleware enforces them.
#pragma once

#include "http/pipeline.hpp"

namespace colo::auth {

class Service;

// For every matched route:
//  - credentials: `Authorization: Bearer colo_<id>_<secret>` or the colo_session cookie, re-read
//    from the database on every request; on success request.principal is set (also on Auth::none
//    routes, which otherwise pass through);
//  - Auth::authenticated: 401 "unauthenticated" without a principal ("auth.invalid_token" for a
//    bad bearer token);
//  - Auth::permission: as above, then 403 "forbidden" when the permission is not granted;
//  - writes (anything but GET/HEAD/OPTIONS): 403 "auth.read_only_token" for a read-only token and
//    403 "auth.csrf_failed" for a cookie-authenticated request without the session's X-CSRF-Token.
http::Pipeline::Middleware make_middleware(Service& service);

}  // namespace colo::auth
