// JSON helpers over Boost.JSON shared by every module's routes.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace colo {

namespace json = boost::json;

// Serialises compactly; doubles as plain decimals (7.86, never 7.86E0) with the shortest digits
// that read back as the same value.
std::string to_json(const json::value& v);

// A nullable JSON value from an optional.
template <typename T>
json::value nullable(const std::optional<T>& v) {
  if (!v) return nullptr;
  return json::value(*v);
}
inline json::value nullable(const std::optional<std::string>& v) {
  if (!v) return nullptr;
  return json::value(json::string(*v));
}

}  // namespace colo
