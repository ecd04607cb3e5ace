#include <boost/json.hpp>

#include <stdexcept>

#include "app/app.hpp"

namespace colo::app {

namespace json = boost::json;

namespace {

std::string operation_id(const http::Route& r) {
  std::string id;
  for (char c : r.method) id += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (char c : r.pattern) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      id += c;
    else if (c == '/' || c == '-' || c == '.' || c == '_')
      id += '_';
  }
  return id;
}

json::value problem_response() {
  return json::object{
      {"description", "Error (RFC 9457 problem details)"},
      {"content", json::object{{"application/problem+json",
                                json::object{{"schema", json::object{{"$ref", "#/components/schemas/Problem"}}}}}}}};
}

// Moves the named schemas a shape's schema carries ("x-components") into `components`. Two
// shapes that give one name different schemas are a programmer error.
json::value lift(json::value schema, json::object& components) {
  if (!schema.is_object()) return schema;
  auto& o = schema.as_object();
  if (auto* named = o.if_contains("x-components")) {
    for (auto& [name, s] : named->as_object()) {
      if (auto* have = components.if_contains(name)) {
        if (*have != s) throw std::logic_error("two different schemas are named " + std::string(name));
      } else {
        components[name] = std::move(s);
      }
    }
    o.erase("x-components");
  }
  return schema;
}

}  // namespace

json::object openapi_document(const http::Router& router) {
  json::object paths;
  json::object components;
  for (const auto& rp : router.routes()) {
    const auto& r = *rp;
    json::object op;
    op["operationId"] = operation_id(r);
    op["summary"] = r.summary;
    op["tags"] = json::array{json::string(r.tag)};
    json::array params;
    std::string_view p = r.pattern;
    for (std::size_t i = p.find('{'); i != std::string_view::npos; i = p.find('{', i + 1)) {
      auto end = p.find('}', i);
      params.push_back(json::object{{"name", std::string(p.substr(i + 1, end - i - 1))},
                                    {"in", "path"},
                                    {"required", true},
                                    {"schema", json::object{{"type", "string"}}}});
    }
    for (const auto& q : r.query) {
      json::object schema{{"type", q.type}};
      if (!q.values.empty()) {
        json::array e;
        for (const auto& v : q.values) e.emplace_back(json::string(v));
        schema["enum"] = std::move(e);
      }
      params.push_back(json::object{
          {"name", q.name}, {"in", "query"}, {"description", q.description}, {"schema", std::move(schema)}});
    }
    if (!params.empty()) op["parameters"] = std::move(params);
    if (!r.request_types.empty()) {
      json::value schema = r.request_schema.is_null()
                               ? json::value(json::object{{"type", "string"}, {"format", "binary"}})
                               : lift(r.request_schema, components);
      json::object content;
      for (const auto& t : r.request_types) content[t] = json::object{{"schema", schema}};
      op["requestBody"] = json::object{{"required", true}, {"content", std::move(content)}};
    } else if (!r.request_schema.is_null()) {
      op["requestBody"] = json::object{
          {"required", true},
          {"content",
           json::object{{"application/json", json::object{{"schema", lift(r.request_schema, components)}}}}}};
    }
    json::object ok{{"description", "Success"}};
    if (r.success_status != 204) {
      json::value schema =
          r.response_schema.is_null() ? json::value(json::object{}) : lift(r.response_schema, components);
      ok["content"] = json::object{{r.response_type, json::object{{"schema", schema}}}};
    }
    op["responses"] = json::object{{std::to_string(r.success_status), std::move(ok)}, {"default", problem_response()}};
    if (r.auth == http::Auth::none) {
      op["security"] = json::array{};
    } else if (r.auth == http::Auth::permission) {
      op["x-permission"] = r.permission;
    }
    std::string method;
    for (char c : r.method) method += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto& slot = paths[r.pattern];
    if (!slot.is_object()) slot = json::object();
    slot.as_object()[method] = std::move(op);
  }
  components["Problem"] = json::object{
      {"type", "object"},
      {"required", json::array{"type", "title", "status", "code"}},
      {"properties",
       json::object{
           {"type", json::object{{"type", "string"}}},
           {"title", json::object{{"type", "string"}}},
           {"status", json::object{{"type", "integer"}}},
           {"detail", json::object{{"type", "string"}}},
           {"code", json::object{{"type", "string"}}},
           {"instance", json::object{{"type", "string"}}},
           {"request_id", json::object{{"type", "string"}}},
           {"errors",
            json::object{{"type", "array"},
                         {"items", json::object{{"type", "object"},
                                                {"properties",
                                                 json::object{{"field", json::object{{"type", "string"}}},
                                                              {"code", json::object{{"type", "string"}}},
                                                              {"message", json::object{{"type", "string"}}}}}}}}}}}};
  return json::object{
      {"openapi", "3.1.0"},
      {"info", json::object{{"title", "Colo API"},
                            {"version", version()},
                            {"description", "Colocation management: inventory, applications, contracts."}}},
      {"paths", std::move(paths)},
      {"components",
       json::object{
           {"schemas", std::move(components)},
           {"securitySchemes",
            json::object{{"session", json::object{{"type", "apiKey"}, {"in", "cookie"}, {"name", "colo_session"}}},
                         {"bearer", json::object{{"type", "http"}, {"scheme", "bearer"}}}}}}},
      {"security", json::array{json::object{{"session", json::array{}}}, json::object{{"bearer", json::array{}}}}}};
}

}  // namespace colo::app
