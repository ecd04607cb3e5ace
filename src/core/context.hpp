// The context of one operation: who acts, for which request, from where. Every service call
// takes one; the audit log and the tenancy filter read it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/principal.hpp"

namespace colo {

struct Context {
  std::shared_ptr<const Principal> principal;  // never null inside a service
  std::string request_id;                      // "" for commands and jobs
  std::string source;                          // remote address, "cli" or "scheduler"
  std::string lang = "en-US";                  // for human-facing messages

  // The customer the caller is confined to, or nullopt for staff (who see every customer).
  std::optional<std::int64_t> tenant() const { return principal ? principal->customer_id : std::nullopt; }
  bool can(std::string_view permission) const { return principal && principal->can(permission); }
  // Whether a row owned by `owner` (nullopt: operator-owned) is visible to the caller.
  bool sees(std::optional<std::int64_t> owner) const {
    auto t = tenant();
    return !t || (owner && *owner == *t);
  }
};

// The built-in actor for scheduled jobs and migrations: all permissions are implied by code.
Context system_context(std::string source = "system");

}  // namespace colo
