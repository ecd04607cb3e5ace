// The request pipeline between the server and the modules: route matching, middleware
// (authentication and permission checks are installed by the app), the handler, error mapping
// to problem+json, static files, security headers and metrics. It never throws.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/forwarded.hpp"
#include "http/message.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"

namespace colo::http {

class Pipeline {
 public:
  // Runs after the route matched and before its handler; returning a Response ends the request
  // (e.g. 401). May throw Failure.
  using Middleware = std::function<std::optional<Response>(Request&, const Route&)>;

  Pipeline(Router& router, Metrics& metrics);
  void use(Middleware middleware);
  // Directory of the built web app; requests outside /api/ that match no route are served from it.
  void set_static_root(std::string root);
  // Proxies whose X-Forwarded-For/-Proto are believed; every request's remote_addr and secure are
  // resolved against them before anything else reads them (default: none).
  void set_trusted_proxies(TrustedProxies proxies);
  Response handle(Request& request);
  // The answer when the request is for an inline route (Route::inline_handler), to be run on
  // the calling I/O thread; nullopt otherwise, and then nothing about the request has changed.
  std::optional<Response> handle_inline(Request& request);

 private:
  Response run(Request& request, Router::Match* matched);
  Response dispatch(Request& request, int& route_index, Router::Match* matched);
  Router& router_;
  Metrics& metrics_;
  std::vector<Middleware> middleware_;
  std::string static_root_;
  TrustedProxies trusted_proxies_;
};

}  // namespace colo::http
