// Identity's plain types: users, their filters and changes, API tokens.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace colo::auth {

struct User {
  std::int64_t id = 0;
  std::string username;
  std::string display_name;
  std::string email;
  std::vector<std::string> roles;  // sorted
  std::optional<std::int64_t> customer_id;
  std::optional<std::string> customer_name;
  bool active = true;
  std::string created_at;
  std::optional<std::string> last_login_at;
};

struct NewUser {
  std::string username;
  std::string display_name;  // defaults to the user name
  std::string email;
  std::string password;
  std::vector<std::string> roles;
  std::optional<std::int64_t> customer_id;  // required for customer roles, refused for staff roles
};

// Absent fields stay as they are.
struct UserChange {
  std::optional<std::string> display_name;
  std::optional<std::string> email;
  std::optional<std::vector<std::string>> roles;
};

struct UserFilter {
  std::optional<std::string> q;  // part of the user name or display name
  std::optional<std::string> role;
  std::optional<std::int64_t> customer;
  std::optional<bool> active;
  std::optional<std::string> sort;
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

struct ApiToken {
  std::int64_t id = 0;
  std::string name;
  bool read_only = false;
  std::optional<std::string> expires_at;
  std::string created_at;
  std::optional<std::string> last_used_at;
  std::optional<std::string> token;  // the secret, only in the answer that created it
};

// A saved list filter of one user: `query` is the list's query parameters as a JSON object of
// strings ({"status": "active", "q": "web"}), kept as JSON text.
struct SavedView {
  std::int64_t id = 0;
  std::string page;  // which list: "dcim.devices", "ipam.prefixes", ...
  std::string name;
  std::string query;
  std::string created_at;
  std::string updated_at;
};

// What a password change, a reset or a disable/enable revoked: a user's credentials must not
// outlive the password or the account state they were issued under.
struct Revoked {
  std::int64_t sessions = 0;
  std::int64_t tokens = 0;
};

}  // namespace colo::auth
