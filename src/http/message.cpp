#include "http/message.hpp"

#include <algorithm>
#include <cctype>

namespace colo::http {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::string_view> Request::header(std::string_view lower_name) const {
  for (const auto& [k, v] : headers)
    if (k == lower_name) return std::string_view(v);
  return std::nullopt;
}

std::optional<std::string_view> Request::query_param(std::string_view name) const {
  for (const auto& [k, v] : query)
    if (k == name) return std::string_view(v);
  return std::nullopt;
}

std::vector<std::string_view> Request::query_params(std::string_view name) const {
  std::vector<std::string_view> out;
  for (const auto& [k, v] : query)
    if (k == name) out.emplace_back(v);
  return out;
}

std::string_view Request::path_param(std::string_view name) const {
  for (const auto& [k, v] : path_params)
    if (k == name) return v;
  return {};
}

std::optional<std::string_view> Request::cookie(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (k != "cookie") continue;
    std::string_view rest = v;
    while (!rest.empty()) {
      auto semi = rest.find(';');
      auto part = trim(rest.substr(0, semi));
      rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
      auto eq = part.find('=');
      if (eq == std::string_view::npos) continue;
      if (trim(part.substr(0, eq)) == name) return trim(part.substr(eq + 1));
    }
  }
  return std::nullopt;
}

void Response::set_header(std::string name, std::string value) {
  for (auto& [k, v] : headers) {
    if (iequals(k, name)) {
      v = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
}

std::optional<std::string_view> Response::header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (iequals(k, name)) return std::string_view(v);
  return std::nullopt;
}

Response Response::text(int status, std::string body, std::string content_type) {
  Response r;
  r.status = status;
  // Room for what the pipeline adds (nosniff, Cache-Control) and one more, without regrowing.
  r.headers.reserve(4);
  r.headers.emplace_back("Content-Type", std::move(content_type));
  r.body = std::move(body);
  return r;
}

std::string content_disposition(std::string_view kind, std::string_view fallback, std::string_view file_name) {
  std::string out(kind);
  out += "; filename=\"";
  out += fallback;
  out += '"';
  if (file_name.empty() || file_name == fallback) return out;
  out += "; filename*=UTF-8''";
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (unsigned char ch : file_name) {
    if (std::isalnum(ch) || std::string_view("!#$&+-.^_`|~").find(static_cast<char>(ch)) != std::string_view::npos) {
      out += static_cast<char>(ch);
    } else {
      out += '%';
      out += kHex[ch >> 4];
      out += kHex[ch & 0x0f];
    }
  }
  return out;
}

Response Response::no_content() {
  Response r;
  r.status = 204;
  return r;
}

}  // namespace colo::http

#include "core/error.hpp"
#include "http/context.hpp"

namespace colo::http {

Context context_of(const Request& request) {
  if (!request.principal) fail(Error::unauthenticated());
  return Context{request.principal, request.request_id, request.remote_addr, request.lang};
}

}  // namespace colo::http
