#include "core/error.hpp"

#include <cctype>

namespace colo {

Error Error::invalid(std::string code, std::string message, std::vector<FieldError> fields) {
  return {ErrorKind::invalid, std::move(code), std::move(message), std::move(fields)};
}
Error Error::validation(std::vector<FieldError> fields) {
  return {ErrorKind::invalid, "validation_failed", "The request has invalid fields.", std::move(fields)};
}
Error Error::not_found(std::string what) {
  std::string key = "not_found.";
  for (char c : what) key += c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  Error e{ErrorKind::not_found, "not_found", what + " not found.", {}};
  e.key = std::move(key);
  return e;
}
Error Error::conflict(std::string code, std::string message) {
  return {ErrorKind::conflict, std::move(code), std::move(message), {}};
}
Error Error::unprocessable(std::string code, std::string message, std::vector<FieldError> fields) {
  return {ErrorKind::unprocessable, std::move(code), std::move(message), std::move(fields)};
}
Error Error::forbidden(std::string message) { return {ErrorKind::forbidden, "forbidden", std::move(message), {}}; }
Error Error::unauthenticated(std::string message) {
  return {ErrorKind::unauthenticated, "unauthenticated", std::move(message), {}};
}
Error Error::internal(std::string message) { return {ErrorKind::internal, "internal", std::move(message), {}}; }
Error Error::unavailable(std::string message) {
  return {ErrorKind::unavailable, "unavailable", std::move(message), {}};
}

int http_status(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::invalid:
      return 400;
    case ErrorKind::unauthenticated:
      return 401;
    case ErrorKind::forbidden:
      return 403;
    case ErrorKind::not_found:
      return 404;
    case ErrorKind::method_not_allowed:
      return 405;
    case ErrorKind::conflict:
      return 409;
    case ErrorKind::gone:
      return 410;
    case ErrorKind::too_large:
      return 413;
    case ErrorKind::uri_too_long:
      return 414;
    case ErrorKind::unsupported_media:
      return 415;
    case ErrorKind::unprocessable:
      return 422;
    case ErrorKind::rate_limited:
      return 429;
    case ErrorKind::header_too_large:
      return 431;
    case ErrorKind::internal:
      return 500;
    case ErrorKind::unavailable:
      return 503;
  }
  return 500;
}

const char* http_title(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::invalid:
      return "Bad Request";
    case ErrorKind::unauthenticated:
      return "Unauthorized";
    case ErrorKind::forbidden:
      return "Forbidden";
    case ErrorKind::not_found:
      return "Not Found";
    case ErrorKind::method_not_allowed:
      return "Method Not Allowed";
    case ErrorKind::conflict:
      return "Conflict";
    case ErrorKind::gone:
      return "Gone";
    case ErrorKind::too_large:
      return "Content Too Large";
    case ErrorKind::uri_too_long:
      return "URI Too Long";
    case ErrorKind::unsupported_media:
      return "Unsupported Media Type";
    case ErrorKind::unprocessable:
      return "Unprocessable Content";
    case ErrorKind::rate_limited:
      return "Too Many Requests";
    case ErrorKind::header_too_large:
      return "Request Header Fields Too Large";
    case ErrorKind::internal:
      return "Internal Server Error";
    case ErrorKind::unavailable:
      return "Service Unavailable";
  }
  return "Error";
}

void fail(Error error) { throw Failure{std::move(error)}; }

}  // namespace colo
