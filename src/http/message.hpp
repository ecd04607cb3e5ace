// The project's own light HTTP request and response types. Modules see only these;
// Beast stays inside src/http/server.cpp.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/principal.hpp"

namespace colo::http {

using Fields = std::vector<std::pair<std::string, std::string>>;

struct Request {
  std::string method;  // upper case: GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS
  std::string target;  // as received: path and query
  std::string path;    // percent-decoded path, no query
  Fields query;        // decoded query parameters in order
  Fields headers;      // names lower case
  std::string body;
  std::string remote_addr;
  std::string request_id;  // from X-Request-ID or generated
  bool secure = false;     // arrived over TLS

  // Filled in by the router and middleware.
  std::string route;   // the matched pattern, e.g. /api/v1/dcim/racks/{id}
  Fields path_params;  // {id} -> "42"
  std::shared_ptr<const Principal> principal;
  std::string lang = "en-US";  // from Accept-Language: "zh-CN" or "en-US"

  std::optional<std::string_view> header(std::string_view lower_name) const;
  std::optional<std::string_view> query_param(std::string_view name) const;
  std::vector<std::string_view> query_params(std::string_view name) const;  // repeated keys
  std::string_view path_param(std::string_view name) const;                 // "" when absent
  std::optional<std::string_view> cookie(std::string_view name) const;
};

struct Response {
  int status = 200;
  Fields headers;  // Content-Type included here
  std::string body;
  std::string file_path;  // when set, the server sends this file as the body (static files)

  void set_header(std::string name, std::string value);
  std::optional<std::string_view> header(std::string_view name) const;  // case-insensitive

  static Response text(int status, std::string body, std::string content_type = "text/plain; charset=utf-8");
  static Response no_content();
};

// A Content-Disposition value: `kind` is "inline" or "attachment"; `fallback` is an ASCII file
// name every client understands; `file_name` (any UTF-8, may be empty) is added as RFC 8187
// filename* when it differs from the fallback, percent-encoding every byte outside attr-char.
std::string content_disposition(std::string_view kind, std::string_view fallback, std::string_view file_name);

}  // namespace colo::http
