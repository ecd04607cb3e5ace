// A small blocking HTTP/1.1 client for API tests (keep-alive, one connection).
#pragma once

#include <boost/json/value.hpp>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace colo::testing {

struct HttpResponse {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower case
  std::string body;
  std::optional<std::string> header(const std::string& lower_name) const;
  boost::json::value json() const;  // parses body; throws on invalid JSON
};

class HttpClient {
 public:
  HttpClient(std::string host, int port);
  ~HttpClient();
  HttpClient(HttpClient&&) noexcept;
  HttpClient& operator=(HttpClient&&) noexcept;
  HttpResponse request(const std::string& method, const std::string& target, const std::string& body = "",
                       const std::vector<std::pair<std::string, std::string>>& headers = {});
  HttpResponse get(const std::string& target) { return request("GET", target); }
  // JSON body with Content-Type: application/json.
  HttpResponse send_json(const std::string& method, const std::string& target, const boost::json::value& body,
                         std::vector<std::pair<std::string, std::string>> headers = {});
  // Sent with every request (cookies, CSRF token, bearer token).
  void set_default_header(const std::string& name, const std::string& value);
  void clear_default_headers();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace colo::testing
