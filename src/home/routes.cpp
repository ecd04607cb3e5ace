#include "home/routes.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "core/shape.hpp"

#include "http/body.hpp"
#include "http/context.hpp"
#include "http/router.hpp"

namespace colo::home {

namespace json = boost::json;

namespace {

json::array ids_of(const auto& items) {
  json::array out;
  for (const auto& x : items) out.emplace_back(json::string(x.id));
  return out;
}

// {pages: [{id, cards: [{id, data}]}]} as named schemas (HomeAnswer, HomePage, HomeCard): a card's
// data is one of the registered cards' schemas, each written by the shape that writes the data.
// Cards that share a form share a schema, listed once, so that a data matches exactly one.
json::value response_schema(const Registry& registry) {
  json::array data;
  json::object components;
  for (const auto& c : registry.cards()) {
    const auto& schema = c.schema.as_object();
    if (const auto* named = schema.if_contains("x-components"))
      for (const auto& [name, s] : named->as_object()) {
        if (const auto* have = components.if_contains(name); have && *have != s)
          throw std::logic_error("home: two different schemas are named " + std::string(name));
        components[name] = s;
      }
    json::object ref = schema;
    ref.erase("x-components");
    if (std::find(data.begin(), data.end(), json::value(ref)) == data.end()) data.emplace_back(std::move(ref));
  }
  components["HomeCard"] = json::object{
      {"type", "object"},
      {"required", json::array{"id", "data"}},
      {"properties", json::object{{"id", json::object{{"type", "string"}, {"enum", ids_of(registry.cards())}}},
                                  {"data", json::object{{"oneOf", std::move(data)}}}}}};
  components["HomePage"] = json::object{
      {"type", "object"},
      {"required", json::array{"id", "cards"}},
      {"properties",
       json::object{{"id", json::object{{"type", "string"}, {"enum", ids_of(registry.pages())}}},
                    {"cards", json::object{{"type", "array"}, {"items", shape::SchemaWriter::ref("HomeCard")}}}}}};
  components["HomeAnswer"] = json::object{
      {"type", "object"},
      {"required", json::array{"pages"}},
      {"properties",
       json::object{{"pages", json::object{{"type", "array"}, {"items", shape::SchemaWriter::ref("HomePage")}}}}}};
  return shape::with_components(shape::SchemaWriter::ref("HomeAnswer"), std::move(components));
}

}  // namespace

void add_routes(http::Router& router, Registry& registry) {
  auto schema = response_schema(registry);
  registry.seal();
  router.add({.method = "GET",
              .pattern = "/api/v1/home",
              .handler =
                  [&registry = std::as_const(registry)](http::Request& req) {
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
              .response_schema = std::move(schema)});
}

}  // namespace colo::home
