#include "app/app.hpp"
#include "core/json.hpp"
#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/problem.hpp"

namespace colo::app {

using http::Auth;
using http::Request;
using http::Response;

void add_system_routes(App& app) {
  auto& router = app.router();
  router.add({.method = "GET",
              .pattern = "/healthz",
              .handler = [](Request&) { return Response::text(200, "ok\n"); },
              .summary = "The process is up.",
              .tag = "system",
              .auth = Auth::none,
              .response_type = "text/plain",
              .inline_handler = true});
  router.add(
      {.method = "GET",
       .pattern = "/readyz",
       .handler =
           [&app](Request& req) {
             auto ping = app.db().ping();
             if (!ping.ok()) return http::problem(Error::unavailable("The database is not reachable."), req);
             // Ready means able to take writes: a read-only file, a full disk or a standby
             // would answer every change with 503. Checked afresh each time, so readiness
             // comes back by itself once the database can be written again.
             auto writable = app.db().check_writable();
             if (!writable.ok()) {
               const auto& e = writable.error();
               if (e.kind != ErrorKind::unavailable)
                 return http::problem(Error::unavailable("The database cannot be written."), req);
               return http::problem(Error{ErrorKind::unavailable, e.code, "The database cannot be written.", {}}, req);
             }
             return Response::text(200, "ready\n");
           },
       .summary = "The database is reachable and can be written.",
       .tag = "system",
       .auth = Auth::none,
       .response_type = "text/plain"});
  router.add({.method = "GET",
              .pattern = "/metrics",
              .handler =
                  [&app](Request&) {
                    return Response::text(200, app.metrics().render(), "text/plain; version=0.0.4; charset=utf-8");
                  },
              .summary = "Prometheus metrics.",
              .tag = "system",
              .auth = Auth::none,
              .response_type = "text/plain"});
  // Nothing in the answer changes while the process runs: rendered once, answered inline.
  struct Version {
    std::string name, version, database, time_zone;
  };
  static const shape::Values kEngines = {"sqlite", "postgresql"};
  constexpr auto version_shape = [](auto& w, const Version& v) {
    w.field("name", v.name);
    w.field("version", v.version);
    w.field("database", v.database, kEngines);
    // The web shows instants and business dates in this zone, not the browser's.
    w.field("time_zone", v.time_zone);
  };
  const std::string version_body = to_json(
      shape::value_of(Version{"colo", version(), app.db().engine() == db::Engine::sqlite ? "sqlite" : "postgresql",
                              app.config().time_zone},
                      version_shape));
  router.add({.method = "GET",
              .pattern = "/api/v1/version",
              .handler = [version_body](Request&) { return Response::text(200, version_body, "application/json"); },
              .summary = "Server version.",
              .tag = "system",
              .auth = Auth::none,
              .response_schema = shape::schema_of<Version>("Version", version_shape),
              .inline_handler = true});
  router.add({.method = "GET",
              .pattern = "/api/v1/openapi.json",
              .handler = [&app](Request&) { return http::json_response(openapi_document(app.router())); },
              .summary = "This API's OpenAPI 3.1 document.",
              .tag = "system",
              .auth = Auth::none,
              .response_schema = json::object{{"type", "object"}, {"description", "An OpenAPI 3.1 document."}}});
}

}  // namespace colo::app
