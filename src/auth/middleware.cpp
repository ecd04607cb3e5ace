#include "auth/middleware.hpp"

#include "auth/service.hpp"
#include "core/crypto.hpp"
#include "http/problem.hpp"

namespace colo::auth {

namespace {

bool safe_method(const std::string& m) { return m == "GET" || m == "HEAD" || m == "OPTIONS"; }

std::optional<std::string_view> bearer_token(const http::Request& req) {
  auto authz = req.header("authorization");
  if (!authz || authz->size() < 7) return std::nullopt;
  // The scheme is case-insensitive (RFC 9110 §11.1).
  auto scheme = authz->substr(0, 7);
  for (std::size_t i = 0; i < 6; ++i)
    if (std::tolower(static_cast<unsigned char>(scheme[i])) != "bearer"[i]) return std::nullopt;
  if (scheme[6] != ' ') return std::nullopt;
  return authz->substr(7);
}

}  // namespace

http::Pipeline::Middleware make_middleware(Service& svc) {
  return [&svc](http::Request& req, const http::Route& route) -> std::optional<http::Response> {
    std::optional<Authenticated> who;
    bool via_cookie = false;
    bool bad_token = false;
    if (auto token = bearer_token(req)) {
      who = svc.from_bearer(*token).take();
      bad_token = !who;
    } else if (auto cookie = req.cookie("colo_session")) {
      who = svc.from_session(*cookie).take();
      via_cookie = who.has_value();
    }
    if (who) req.principal = who->principal;
    if (route.auth == http::Auth::none) return std::nullopt;
    if (bad_token)
      return http::problem(
          Error{ErrorKind::unauthenticated, "auth.invalid_token", "The API token is invalid, expired or revoked.", {}},
          req);
    if (!who) return http::problem(Error::unauthenticated("Sign in or send an API token."), req);
    if (!safe_method(req.method)) {
      if (who->principal->read_only)
        return http::problem(Error{ErrorKind::forbidden, "auth.read_only_token", "This API token is read-only.", {}},
                             req);
      if (via_cookie) {
        auto sent = req.header("x-csrf-token");
        if (!sent || !crypto::constant_time_equal(*sent, who->csrf_token))
          return http::problem(
              Error{ErrorKind::forbidden, "auth.csrf_failed", "Missing or wrong X-CSRF-Token header.", {}}, req);
      }
    }
    if (route.auth == http::Auth::permission && !who->principal->can(route.permission))
      return http::problem(Error::forbidden("You lack the permission " + route.permission + "."), req);
    return std::nullopt;
  };
}

}  // namespace colo::auth
