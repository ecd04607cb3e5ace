#include "http/body.hpp"

#include <boost/json/parse.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>
#include <charconv>
#include <cmath>

#include "core/json.hpp"
#include "core/text.hpp"

namespace colo::http {

namespace {

std::string trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// Counts code points so length limits mean characters, not bytes (Chinese names).
std::size_t utf8_length(std::string_view s) { return text::count_characters(s); }

// Field names are one line of text.
constexpr text::TextRules kKeyRules{.tab = false, .line_breaks = false};

std::string join_path(const std::string& path, std::string_view key) {
  auto shown = text::scrub(key, kKeyRules);  // the path is echoed in the answer, which must stay valid text
  return path.empty() ? shown : path + "/" + shown;
}

// Every key and string value of a body must be acceptable text (core/text.hpp): Boost.JSON is
// told to let invalid UTF-8 through so that it is reported here at its field, with
// noncharacters and control characters, rather than as a bare syntax error.
void check_text(const boost::json::value& v, const std::string& path, std::vector<FieldError>& errors) {
  switch (v.kind()) {
    case boost::json::kind::string:
      if (auto flaw = text::find_flaw(v.get_string()))
        errors.push_back(
            {path.empty() ? "body" : path, "invalid_text", "The text contains " + text::describe(*flaw) + "."});
      break;
    case boost::json::kind::array: {
      const auto& array = v.get_array();
      for (std::size_t i = 0; i < array.size(); ++i) check_text(array[i], join_path(path, std::to_string(i)), errors);
      break;
    }
    case boost::json::kind::object:
      for (const auto& kv : v.get_object()) {
        const auto field = join_path(path, kv.key());
        if (auto flaw = text::find_flaw(kv.key(), kKeyRules))
          errors.push_back({field, "invalid_text", "The field name contains " + text::describe(*flaw) + "."});
        check_text(kv.value(), field, errors);
      }
      break;
    default:
      break;
  }
}

bool has_control_chars(std::string_view s) {
  for (unsigned char c : s)
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') return true;
  return false;
}

}  // namespace

JsonObjectReader::JsonObjectReader(const boost::json::object& object, std::string prefix,
                                   std::vector<FieldError>* errors)
    : object_(object), prefix_(std::move(prefix)), errors_(errors) {}

bool JsonObjectReader::has(std::string_view key) const { return object_.contains(key); }

bool JsonObjectReader::is_null(std::string_view key) const {
  auto it = object_.find(key);
  return it != object_.end() && it->value().is_null();
}

const boost::json::value* JsonObjectReader::find(std::string_view key) {
  seen_.emplace(key);
  auto it = object_.find(key);
  if (it == object_.end()) return nullptr;
  return &it->value();
}

void JsonObjectReader::error(std::string_view key, std::string code, std::string message) {
  errors_->push_back({path(key), std::move(code), std::move(message)});
}

std::optional<std::string> JsonObjectReader::string(std::string_view key, StringRule rule) {
  const auto* v = find(key);
  if (!v || v->is_null()) {
    if (rule.required) error(key, "required", "This field is required.");
    return std::nullopt;
  }
  if (!v->is_string()) {
    error(key, "type", "Expected a string.");
    return std::nullopt;
  }
  std::string s = rule.trim ? trimmed(v->get_string()) : std::string(v->get_string());
  if (has_control_chars(s)) {
    error(key, "invalid", "Control characters are not allowed.");
    return std::nullopt;
  }
  auto len = utf8_length(s);
  if (rule.required && len == 0) {
    error(key, "required", "This field is required.");
    return std::nullopt;
  }
  if (len < rule.min) {
    errors_->push_back({path(key),
                        "too_short",
                        "At least " + std::to_string(rule.min) + " characters.",
                        {{"min", std::to_string(rule.min)}},
                        "field.too_short_min"});
    return std::nullopt;
  }
  if (len > rule.max) {
    errors_->push_back({path(key),
                        "too_long",
                        "At most " + std::to_string(rule.max) + " characters.",
                        {{"max", std::to_string(rule.max)}},
                        "field.too_long_max"});
    return std::nullopt;
  }
  return s;
}

std::optional<std::int64_t> JsonObjectReader::integer(std::string_view key, IntRule rule) {
  const auto* v = find(key);
  if (!v || v->is_null()) {
    if (rule.required) error(key, "required", "This field is required.");
    return std::nullopt;
  }
  std::int64_t n;
  if (v->is_int64()) {
    n = v->get_int64();
  } else if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
    n = static_cast<std::int64_t>(v->get_uint64());
  } else if (v->is_double() && std::trunc(v->get_double()) == v->get_double() && std::fabs(v->get_double()) < 9e15) {
    n = static_cast<std::int64_t>(v->get_double());
  } else {
    error(key, "type", "Expected an integer.");
    return std::nullopt;
  }
  if (n < rule.min || n > rule.max) {
    error(key, "out_of_range",
          "Must be between " + std::to_string(rule.min) + " and " + std::to_string(rule.max) + ".");
    return std::nullopt;
  }
  return n;
}

std::optional<double> JsonObjectReader::number(std::string_view key, NumberRule rule) {
  const auto* v = find(key);
  if (!v || v->is_null()) {
    if (rule.required) error(key, "required", "This field is required.");
    return std::nullopt;
  }
  if (!v->is_number()) {
    error(key, "type", "Expected a number.");
    return std::nullopt;
  }
  double d = v->to_number<double>();
  if (!std::isfinite(d) || d < rule.min || d > rule.max) {
    error(key, "out_of_range", "Out of range.");
    return std::nullopt;
  }
  return d;
}

std::optional<bool> JsonObjectReader::boolean(std::string_view key, bool required) {
  const auto* v = find(key);
  if (!v || v->is_null()) {
    if (required) error(key, "required", "This field is required.");
    return std::nullopt;
  }
  if (!v->is_bool()) {
    error(key, "type", "Expected true or false.");
    return std::nullopt;
  }
  return v->get_bool();
}

std::optional<Date> JsonObjectReader::date(std::string_view key, bool required) {
  auto s = string(key, {.required = required, .max = 10});
  if (!s) return std::nullopt;
  auto d = parse_date(*s);
  if (!d) error(key, "invalid_date", "Expected a date as YYYY-MM-DD.");
  return d;
}

std::optional<Instant> JsonObjectReader::instant(std::string_view key, bool required) {
  auto s = string(key, {.required = required, .max = 40});
  if (!s) return std::nullopt;
  auto t = parse_instant(*s);
  if (!t) error(key, "invalid_datetime", "Expected an ISO-8601 date and time with a zone.");
  return t;
}

std::optional<std::string> JsonObjectReader::choice(std::string_view key,
                                                    std::initializer_list<std::string_view> allowed, bool required) {
  std::vector<std::string> v(allowed.begin(), allowed.end());
  return choice(key, v, required);
}

std::optional<std::string> JsonObjectReader::choice(std::string_view key, const std::vector<std::string>& allowed,
                                                    bool required) {
  auto s = string(key, {.required = required, .max = 64});
  if (!s) return std::nullopt;
  for (const auto& a : allowed)
    if (a == *s) return s;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  errors_->push_back(
      {path(key), "invalid_choice", "Must be one of: " + list + ".", {{"choices", list}}, "field.invalid_choice_of"});
  return std::nullopt;
}

const boost::json::array* JsonObjectReader::array(std::string_view key, bool required) {
  const auto* v = find(key);
  if (!v || v->is_null()) {
    if (required) error(key, "required", "This field is required.");
    return nullptr;
  }
  if (!v->is_array()) {
    error(key, "type", "Expected an array.");
    return nullptr;
  }
  return &v->get_array();
}

const boost::json::object* JsonObjectReader::object(std::string_view key, bool required) {
  const auto* v = find(key);
  if (!v || v->is_null()) {
    if (required) error(key, "required", "This field is required.");
    return nullptr;
  }
  if (!v->is_object()) {
    error(key, "type", "Expected an object.");
    return nullptr;
  }
  return &v->get_object();
}

const boost::json::value* JsonObjectReader::raw(std::string_view key) { return find(key); }

void JsonObjectReader::reject_unknown() {
  for (const auto& kv : object_) {
    if (!seen_.count(std::string_view(kv.key())))
      errors_->push_back({path(kv.key()), "unknown_field", "Unknown field."});
  }
}

const boost::json::object& JsonBody::parse(const Request& request, boost::json::value& storage) {
  auto ct = request.header("content-type");
  if (!ct || ct->substr(0, ct->find(';')).find("json") == std::string_view::npos) {
    fail(Error{ErrorKind::unsupported_media, "unsupported_media_type", "Send the body as application/json.", {}});
  }
  boost::system::error_code ec;
  boost::json::parse_options opts;
  opts.max_depth = 32;
  opts.allow_invalid_utf8 = true;  // check_text names the field instead
  storage = boost::json::parse(request.body, ec, {}, opts);
  if (ec) fail(Error::invalid("malformed_json", "The body is not valid JSON: " + ec.message() + "."));
  if (!storage.is_object()) fail(Error::invalid("invalid_body", "The body must be a JSON object."));
  std::vector<FieldError> text_errors;
  check_text(storage, "", text_errors);
  if (!text_errors.empty()) fail(Error::validation(std::move(text_errors)));
  return storage.get_object();
}

JsonBody::JsonBody(const Request& request)
    : JsonObjectReader(parse(request, storage), "", &(this->JsonBodyStorage::errors)) {}

void JsonBody::finish() {
  reject_unknown();
  auto& errs = JsonBodyStorage::errors;
  if (!errs.empty()) fail(Error::validation(std::move(errs)));
}

QueryReader::QueryReader(const Request& request) : request_(request) {}

std::optional<std::string_view> QueryReader::find(std::string_view name) {
  seen_.emplace(name);
  return request_.query_param(name);
}

void QueryReader::error(std::string_view name, std::string code, std::string message) {
  errors_.push_back({std::string(name), std::move(code), std::move(message)});
}

std::optional<std::string> QueryReader::string(std::string_view name, std::size_t max) {
  auto v = find(name);
  if (!v) return std::nullopt;
  if (utf8_length(*v) > max || has_control_chars(*v)) {
    error(name, "invalid", "Invalid value.");
    return std::nullopt;
  }
  return std::string(*v);
}

std::optional<std::int64_t> QueryReader::integer(std::string_view name, IntRule rule) {
  auto v = find(name);
  if (!v) {
    if (rule.required) error(name, "required", "This parameter is required.");
    return std::nullopt;
  }
  std::int64_t n = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || p != v->data() + v->size()) {
    error(name, "type", "Expected an integer.");
    return std::nullopt;
  }
  if (n < rule.min || n > rule.max) {
    error(name, "out_of_range",
          "Must be between " + std::to_string(rule.min) + " and " + std::to_string(rule.max) + ".");
    return std::nullopt;
  }
  return n;
}

std::optional<bool> QueryReader::boolean(std::string_view name) {
  auto v = find(name);
  if (!v) return std::nullopt;
  if (*v == "true" || *v == "1") return true;
  if (*v == "false" || *v == "0") return false;
  error(name, "type", "Expected true or false.");
  return std::nullopt;
}

std::optional<Date> QueryReader::date(std::string_view name) {
  auto v = find(name);
  if (!v) return std::nullopt;
  auto d = parse_date(*v);
  if (!d) error(name, "invalid_date", "Expected a date as YYYY-MM-DD.");
  return d;
}

std::optional<std::string> QueryReader::choice(std::string_view name, const std::vector<std::string>& allowed) {
  auto v = find(name);
  if (!v) return std::nullopt;
  for (const auto& a : allowed)
    if (a == *v) return a;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  errors_.push_back({std::string(name),
                     "invalid_choice",
                     "Must be one of: " + list + ".",
                     {{"choices", list}},
                     "field.invalid_choice_of"});
  return std::nullopt;
}

std::vector<std::string> QueryReader::all(std::string_view name) {
  seen_.emplace(name);
  std::vector<std::string> out;
  for (auto v : request_.query_params(name)) out.emplace_back(v);
  return out;
}

void QueryReader::finish() {
  for (const auto& [k, v] : request_.query) {
    if (!seen_.count(std::string_view(k))) errors_.push_back({k, "unknown_parameter", "Unknown query parameter."});
  }
  if (!errors_.empty()) {
    fail(Error{ErrorKind::invalid, "invalid_query", "The query string has invalid parameters.", std::move(errors_)});
  }
}

Page read_page(QueryReader& query, std::int64_t default_limit, std::int64_t max_limit) {
  Page p;
  p.limit = query.integer("limit", {.min = 1, .max = max_limit}).value_or(default_limit);
  p.offset = query.integer("offset", {.min = 0, .max = INT32_MAX}).value_or(0);
  return p;
}

namespace {

std::string link(const Request& request, std::int64_t limit, std::int64_t offset) {
  std::string out = request.path;
  char sep = '?';
  auto append = [&](std::string_view k, std::string_view v) {
    out += sep;
    sep = '&';
    out += boost::urls::encode(k, boost::urls::unreserved_chars);
    out += '=';
    out += boost::urls::encode(v, boost::urls::unreserved_chars);
  };
  for (const auto& [k, v] : request.query)
    if (k != "limit" && k != "offset") append(k, v);
  append("limit", std::to_string(limit));
  append("offset", std::to_string(offset));
  return out;
}

}  // namespace

boost::json::object page_json(const Request& request, const Page& page, std::int64_t count,
                              boost::json::array results) {
  boost::json::object o;
  o["count"] = count;
  if (page.offset + page.limit < count)
    o["next"] = link(request, page.limit, page.offset + page.limit);
  else
    o["next"] = nullptr;
  if (page.offset > 0)
    o["previous"] = link(request, page.limit, std::max<std::int64_t>(0, page.offset - page.limit));
  else
    o["previous"] = nullptr;
  o["results"] = std::move(results);
  return o;
}

Response page_response(const Request& request, const Page& page, std::int64_t count, std::string_view results_json) {
  auto head = page_json(request, page, count, {});
  head.erase("results");
  auto text = to_json(head);
  text.pop_back();  // the closing brace
  text.reserve(text.size() + results_json.size() + 13);
  text += ",\"results\":";
  text += results_json;
  text += '}';
  return Response::text(200, std::move(text), "application/json");
}

Response json_response(const boost::json::value& value, int status) {
  return Response::text(status, to_json(value), "application/json");
}

std::int64_t id_param(const Request& request, std::string_view name) {
  auto s = request.path_param(name);
  std::int64_t n = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (s.empty() || ec != std::errc() || p != s.data() + s.size() || n <= 0) fail(Error::not_found("Object"));
  return n;
}

}  // namespace colo::http
