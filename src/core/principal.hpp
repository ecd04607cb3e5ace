// Who is calling: the authenticated user (or machine) behind a request or a command.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace colo {

struct Principal {
  std::int64_t user_id = 0;
  std::string username;
  std::vector<std::string> roles;
  std::unordered_set<std::string> permissions;
  std::optional<std::int64_t> customer_id;  // set for customer users: the tenant they belong to
  std::string auth_method;                  // "session", "token", "cli", "system"
  std::int64_t session_id = 0;              // or token id, by auth_method
  bool read_only = false;                   // read-only API token

  bool can(std::string_view permission) const { return permissions.count(std::string(permission)) > 0; }
  bool is_customer() const { return customer_id.has_value(); }
  bool has_role(std::string_view role) const {
    for (const auto& r : roles)
      if (r == role) return true;
    return false;
  }
};

}  // namespace colo
