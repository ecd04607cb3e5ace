// Strict reading of request input: JSON bodies and query strings.
//
// Readers collect every field error instead of stopping at the first, and finish() rejects
// unknown fields, so a bad request is answered with all its problems at once and nothing is
// written. Failures are thrown as colo::Failure for the pipeline to answer as problem+json.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "http/message.hpp"

namespace colo::http {

struct StringRule {
  bool required = false;
  std::size_t min = 0;
  std::size_t max = 255;
  bool trim = true;  // leading and trailing white space removed before checks
};

struct IntRule {
  bool required = false;
  std::int64_t min = INT64_MIN;
  std::int64_t max = INT64_MAX;
};

struct NumberRule {
  bool required = false;
  double min = -1e300;
  double max = 1e300;
};

class JsonObjectReader {
 public:
  // Reads `object`; field paths in errors are prefixed with `prefix` ("contacts/0/").
  JsonObjectReader(const boost::json::object& object, std::string prefix, std::vector<FieldError>* errors);

  bool has(std::string_view key) const;      // present, even if null
  bool is_null(std::string_view key) const;  // present and null

  std::optional<std::string> string(std::string_view key, StringRule rule = {});
  std::optional<std::int64_t> integer(std::string_view key, IntRule rule = {});
  std::optional<double> number(std::string_view key, NumberRule rule = {});
  std::optional<bool> boolean(std::string_view key, bool required = false);
  std::optional<Date> date(std::string_view key, bool required = false);
  std::optional<Instant> instant(std::string_view key, bool required = false);
  // One of the allowed values.
  std::optional<std::string> choice(std::string_view key, std::initializer_list<std::string_view> allowed,
                                    bool required = false);
  std::optional<std::string> choice(std::string_view key, const std::vector<std::string>& allowed,
                                    bool required = false);
  // Nested values, marked as known; nullptr when absent (error recorded if required) or wrong type.
  const boost::json::array* array(std::string_view key, bool required = false);
  const boost::json::object* object(std::string_view key, bool required = false);
  const boost::json::value* raw(std::string_view key);

  void error(std::string_view key, std::string code, std::string message);
  std::string path(std::string_view key) const { return prefix_ + std::string(key); }
  // Records an error for every field of the object that no getter asked for.
  void reject_unknown();

 private:
  const boost::json::value* find(std::string_view key);
  const boost::json::object& object_;
  std::string prefix_;
  std::vector<FieldError>* errors_;
  std::set<std::string, std::less<>> seen_;
};

namespace detail {
// Owns the parsed body; a base class so it is built before the reader that refers to it.
struct JsonBodyStorage {
  boost::json::value storage;
  std::vector<FieldError> errors;
};
}  // namespace detail

// The JSON object body of a request.
class JsonBody : private detail::JsonBodyStorage, public JsonObjectReader {
 public:
  // Throws Failure: 415 when the content type is not JSON, 400 malformed_json when the body does
  // not parse, 400 invalid_body when it is not an object.
  explicit JsonBody(const Request& request);
  // Throws Failure (400 validation_failed) when any field failed or was unknown.
  void finish();
  std::vector<FieldError>& errors() { return JsonBodyStorage::errors; }

 private:
  static const boost::json::object& parse(const Request& request, boost::json::value& storage);
};

// Query-string parameters; the same collect-then-finish rule, unknown parameters rejected.
class QueryReader {
 public:
  explicit QueryReader(const Request& request);
  std::optional<std::string> string(std::string_view name, std::size_t max = 255);
  std::optional<std::int64_t> integer(std::string_view name, IntRule rule = {});
  std::optional<bool> boolean(std::string_view name);
  std::optional<Date> date(std::string_view name);
  std::optional<std::string> choice(std::string_view name, const std::vector<std::string>& allowed);
  std::vector<std::string> all(std::string_view name);  // repeated parameter
  void error(std::string_view name, std::string code, std::string message);
  void finish();

 private:
  std::optional<std::string_view> find(std::string_view name);
  const Request& request_;
  std::set<std::string, std::less<>> seen_;
  std::vector<FieldError> errors_;
};

// NetBox-style pagination: limit (default 50, max 1000) and offset.
struct Page {
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};
Page read_page(QueryReader& query, std::int64_t default_limit = 50, std::int64_t max_limit = 1000);

// {count, next, previous, results} with next/previous links built from the request's own query.
boost::json::object page_json(const Request& request, const Page& page, std::int64_t count, boost::json::array results);

Response json_response(const boost::json::value& value, int status = 200);

// The same page with its results already written as a JSON array text (shape::text_array), so
// that a list builds no JSON tree per row.
Response page_response(const Request& request, const Page& page, std::int64_t count, std::string_view results_json);

// A positive integer path parameter ({id}); otherwise throws Failure 404 (an id that cannot
// exist is simply not found).
std::int64_t id_param(const Request& request, std::string_view name = "id");

}  // namespace colo::http
