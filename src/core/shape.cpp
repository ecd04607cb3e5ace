#include "core/shape.hpp"

#include "core/json.hpp"

namespace colo::shape {

void TextWriter::any(std::string_view k, const json::value& v) {
  key(k);
  out_ += to_json(v);
}

json::object SchemaWriter::take() {
  json::object o{{"type", "object"}, {"properties", std::move(props_)}};
  if (!required_.empty()) o["required"] = std::move(required_);
  props_ = {};
  required_ = {};
  return o;
}

json::object SchemaWriter::ref(std::string_view name) {
  return json::object{{"$ref", "#/components/schemas/" + std::string(name)}};
}

json::object SchemaWriter::scalar(const char* type, bool nullable) {
  if (!nullable) return json::object{{"type", type}};
  return json::object{{"type", json::array{type, "null"}}};
}

json::object SchemaWriter::enumeration(const Values& values, bool nullable) {
  json::array e;
  for (const auto& v : values) e.emplace_back(json::string(v));
  if (nullable) e.emplace_back(nullptr);
  auto o = scalar("string", nullable);
  o["enum"] = std::move(e);
  return o;
}

void SchemaWriter::strings(std::string_view k, const std::vector<std::string>&) {
  put(k, json::object{{"type", "array"}, {"items", json::object{{"type", "string"}}}});
}

void SchemaWriter::integers(std::string_view k, const std::vector<std::int64_t>&) {
  put(k, json::object{{"type", "array"}, {"items", json::object{{"type", "integer"}}}});
}

void SchemaWriter::put(std::string_view k, json::value schema) {
  props_[k] = std::move(schema);
  if (!optional_) required_.emplace_back(json::string(k));
}

json::object with_components(json::value schema, Components components) {
  json::object o = schema.is_object() ? std::move(schema.as_object()) : json::object{};
  if (!components.empty()) o["x-components"] = std::move(components);
  return o;
}

json::object page_schema(json::value item) {
  const json::object link{{"type", json::array{"string", "null"}}};
  return json::object{
      {"type", "object"},
      {"properties", json::object{{"count", json::object{{"type", "integer"}}},
                                  {"next", link},
                                  {"previous", link},
                                  {"results", json::object{{"type", "array"}, {"items", std::move(item)}}}}},
      {"required", json::array{"count", "next", "previous", "results"}}};
}

}  // namespace colo::shape
