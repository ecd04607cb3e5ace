#include "http/pipeline.hpp"

#include <chrono>
#include <exception>

#include "http/problem.hpp"
#include "http/static_files.hpp"

namespace colo::http {

Pipeline::Pipeline(Router& router, Metrics& metrics) : router_(router), metrics_(metrics) {}

void Pipeline::use(Middleware middleware) { middleware_.push_back(std::move(middleware)); }

void Pipeline::set_static_root(std::string root) { static_root_ = std::move(root); }

void Pipeline::set_trusted_proxies(TrustedProxies proxies) { trusted_proxies_ = std::move(proxies); }

Response Pipeline::dispatch(Request& request, int& route_index, Router::Match* matched) {
  auto m = matched ? std::move(*matched) : router_.match(request.method, request.path);
  if (!m.route) {
    if (!m.allowed.empty()) {
      std::string allow;
      for (const auto& a : m.allowed) allow += (allow.empty() ? "" : ", ") + a;
      auto r = problem(Error{ErrorKind::method_not_allowed, "method_not_allowed", "Use one of: " + allow + ".", {}},
                       request);
      r.set_header("Allow", allow);
      return r;
    }
    if (!static_root_.empty() && (request.method == "GET" || request.method == "HEAD")) {
      if (auto r = serve_static(static_root_, request)) return std::move(*r);
    }
    return problem(Error::not_found("Resource"), request);
  }
  const Route& route = *m.route;
  route_index = static_cast<int>(route.index);
  request.route = route.pattern;
  request.path_params = std::move(m.params);
  // Inline routes are public and run on an I/O thread, where the middleware's database
  // look-ups must not happen (Route::inline_handler).
  if (!route.inline_handler) {
    for (const auto& mw : middleware_) {
      if (auto r = mw(request, route)) return std::move(*r);
    }
  }
  return route.handler(request);
}

Response Pipeline::handle(Request& request) { return run(request, nullptr); }

std::optional<Response> Pipeline::handle_inline(Request& request) {
  auto m = router_.match(request.method, request.path);
  if (!m.route || !m.route->inline_handler) return std::nullopt;
  return run(request, &m);
}

Response Pipeline::run(Request& request, Router::Match* matched) {
  const auto start = std::chrono::steady_clock::now();
  int route_index = -1;
  Response response;
  resolve_forwarded(request, trusted_proxies_);
  try {
    response = dispatch(request, route_index, matched);
  } catch (const Failure& f) {
    response = problem(f.error, request);
  } catch (const std::exception& e) {
    // problem() logs the message with the request id and answers without it.
    response = problem(Error::internal(std::string("uncaught exception: ") + e.what()), request);
  } catch (...) {
    response = problem(Error::internal("uncaught exception of unknown type"), request);
  }
  if (!response.header("X-Content-Type-Options")) response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  if (request.path.rfind("/api/", 0) == 0 && !response.header("Cache-Control"))
    response.headers.emplace_back("Cache-Control", "no-store");
  metrics_.record(route_index, response.status, std::chrono::steady_clock::now() - start);
  return response;
}

}  // namespace colo::http
