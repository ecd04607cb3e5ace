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

// A named value for a catalogue text: {"rack", "A-01"} fills "{rack}". Values are business names
// and numbers the reader knows (CT-2026-000001), never internal ids.
struct MessageParam {
  std::string name;
  std::string value;
};
using MessageParams = std::vector<MessageParam>;

// One field that failed validation: `field` is a JSON pointer-like path ("contacts/0/email").
// The reader sees the catalogue text "field.<code>" (or `key` when set) in their language;
// `message` is the English sentence kept for logs and for clients of older catalogues.
struct FieldError {
  std::string field;
  std::string code;
  std::string message;
  MessageParams params;
  std::string key;  // catalogue key, when the generic "field.<code>" text is not precise enough

  // A dotted code is an error code ("ipam.prefix.unknown_site") and has its own text.
  std::string message_key() const {
    if (!key.empty()) return key;
    return code.find('.') == std::string::npos ? "field." + code : code;
  }
};

struct Error {
  ErrorKind kind = ErrorKind::internal;
  std::string code;     // stable, dotted: "validation_failed", "dcim.rack.units_overlap"
  std::string message;  // human readable detail
  std::vector<FieldError> fields;
  // The reader sees the catalogue text for message_key() filled with `params`, in their
  // language; `message` stays the English sentence for logs.
  MessageParams params;
  std::string key;  // catalogue key when it is not the code itself ("not_found.rack")

  const std::string& message_key() const { return key.empty() ? code : key; }
  // Adds a named parameter for the catalogue text; chains: Error::conflict(...).with("rack", name).
  Error& with(std::string name, std::string value) & {
    params.push_back({std::move(name), std::move(value)});
    return *this;
  }
  Error&& with(std::string name, std::string value) && {
    params.push_back({std::move(name), std::move(value)});
    return std::move(*this);
  }
  // Chooses a more precise catalogue text than the code's own, for a code used in several places.
  Error&& keyed(std::string catalogue_key) && {
    key = std::move(catalogue_key);
    return std::move(*this);
  }

  // Callers branch on the stable code through this instead of comparing strings themselves, so
  // that how a code is held can change in one place.
  bool is(std::string_view stable_code) const { return code == stable_code; }

  static Error invalid(std::string code, std::string message, std::vector<FieldError> fields = {});
  static Error validation(std::vector<FieldError> fields);
  // `what` names the kind of object in English ("Power feed"); the catalogue key is
  // "not_found.power_feed" (falling back to "not_found").
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
