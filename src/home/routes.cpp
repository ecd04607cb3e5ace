#include "home/routes.hpp"

#include <boost/json.hpp>

#include "http/body.hpp"
#include "http/context.hpp"
#include "http/router.hpp"

namespace colo::home {

namespace json = boost::json;

namespace {

// {pages: [{id, cards: [{id, data}]}]}; each card's data is its own object.
json::value response_schema() {
  json::object card{{"type", "object"},
                    {"required", json::array{"id", "data"}},
                    {"properties", json::object{{"id", json::object{{"type", "string"}}},
                                                {"data", json::object{{"type", "object"}}}}}};
  json::object page{{"type", "object"},
                    {"required", json::array{"id", "cards"}},
                    {"properties", json::object{{"id", json::object{{"type", "string"}}},
                                                {"cards", json::object{{"type", "array"}, {"items", card}}}}}};
  return json::object{{"type", "object"},
                      {"required", json::array{"pages"}},
                      {"properties", json::object{{"pages", json::object{{"type", "array"}, {"items", page}}}}}};
}

}  // namespace

void add_routes(http::Router& router, const Registry& registry) {
  router.add({.method = "GET",
              .pattern = "/api/v1/home",
              .handler =
                  [&registry](http::Request& req) {
                    http::QueryReader q(req);
                    q.finish();
                    return http::json_response(render(registry, http::context_of(req)).take());
                  },
              .summary = "The caller's home pages: one per department the caller belongs to (business, technical, "
                         "management, operations, finance) or the customer portal's, each with the cards the "
                         "caller may see. Figures are aggregated in SQL; trends are 12 weeks or 12 months in the "
                         "business time zone; a customer's figures count only its own objects.",
              .tag = "home",
              .auth = http::Auth::authenticated,
              .response_schema = response_schema()});
}

}  // namespace colo::home
