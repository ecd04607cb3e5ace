// Error values: what an operation returns when it fails in a way the caller expects.
// One table (http_status) maps an error kind to an HTTP status; the stable `code`
// string is what API clients match on.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace colo {

enum class ErrorKind {
  invalid,             // 400: malformed or semantically invalid input
  unauthenticated,     // 401: no or bad credentials
  forbidden,           // 403: authenticated, not allowed
  not_found,           // 404 (also used for foreign tenants' objects)
  method_not_allowed,  // 405
  conflict,            // 409: unique violation, state conflict
  gone,                // 410
  too_large,           // 413
  uri_too_long,        // 414: the request target is longer than the server reads
  unsupported_media,   // 415
  unprocessable,       // 422: well-formed but breaks a rule (foreign key, placement)
  rate_limited,        // 429
  header_too_large,    // 431: the request's header fields are larger than the server reads
  internal,            // 500: a bug
  unavailable,         // 503: a dependency (database) is down
};

// One field that failed validation: `field` is a JSON pointer-like path ("contacts/0/email").
struct FieldError {
  std::string field;
  std::string code;
  std::string message;
};

struct Error {
  ErrorKind kind = ErrorKind::internal;
  std::string code;     // stable, dotted: "validation_failed", "dcim.rack.units_overlap"
  std::string message;  // human readable detail
  std::vector<FieldError> fields;

  // Callers branch on the stable code through this instead of comparing strings themselves, so
  // that how a code is held can change in one place.
  bool is(std::string_view stable_code) const { return code == stable_code; }

  static Error invalid(std::string code, std::string message, std::vector<FieldError> fields = {});
  static Error validation(std::vector<FieldError> fields);
  static Error not_found(std::string what);
  static Error conflict(std::string code, std::string message);
  static Error unprocessable(std::string code, std::string message, std::vector<FieldError> fields = {});
  static Error forbidden(std::string message = "You are not allowed to do this.");
  static Error unauthenticated(std::string message = "Authentication required.");
  static Error internal(std::string message);
  static Error unavailable(std::string message);
};

int http_status(ErrorKind kind);
const char* http_title(ErrorKind kind);

// Thrown to abort a request from deep inside a handler adapter (parsing helpers).
// The router turns it into a problem+json answer; services return Result instead.
struct Failure {
  Error error;
};

[[noreturn]] void fail(Error error);

}  // namespace colo
