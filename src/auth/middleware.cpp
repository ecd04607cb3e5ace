#include "auth/middleware.hpp"

#include "auth/service.hpp"
#include "core/crypto.hpp"
#include "http/problem.hpp"

namespace colo::auth {

namespace {

bool safe_method(const std::string& m) { return m == "GET" || m == "HEAD" || m == "OPTIONS"; }

}  // namespace

http::Pipeline::Middleware make_middleware(Service& svc) {
  return [&svc](http::Request& req, const http::Route& route) -> std::optional<http::Response> {
    std::optional<Authenticated> who;
    bool via_cookie = false;
    if (auto authz = req.header("authorization")) {
      if (authz->rfind("Bearer ", 0) == 0) {
        who = svc.from_bearer(authz->substr(7)).take();
        if (!who && route.auth != http::Auth::none)
          return http::problem(Error{ErrorKind::unauthenticated, "auth.invalid_token",
                                     "The API token is invalid, expired or revoked.", {}},
                               req);
      }
    } else if (auto cookie = req.cookie("colo_session")) {
      who = svc.from_session(*cookie).take();
      via_cookie = who.has_value();
    }
    if (who) req.principal = who->principal;
    if (route.auth == http::Auth::none) return std::nullopt;
    if (!who) return http::problem(Error::unauthenticated("Sign in or send an API token."), req);
    if (!safe_method(req.method)) {
      if (who->principal->read_only)
        return http::problem(Error{ErrorKind::forbidden, "auth.read_only_token",
                                   "This API token is read-only.", {}},
                             req);
      if (via_cookie) {
        auto sent = req.header("x-csrf-token");
        if (!sent || !crypto::constant_time_equal(*sent, who->csrf_token))
          return http::problem(Error{ErrorKind::forbidden, "auth.csrf_failed",
                                     "Missing or wrong X-CSRF-Token header.", {}},
                               req);
      }
    }
    if (route.auth == http::Auth::permission && !who->principal->can(route.permission))
      return http::problem(Error::forbidden("You lack the permission " + route.permission + "."), req);
    return std::nullopt;
  };
}

}  // namespace colo::auth
