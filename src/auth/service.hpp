// Identity: users and their roles, login sessions, API tokens (R5.2.2, R6.2.2).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "auth/rate_limit.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::customers {
class Service;
}

namespace colo::auth {

constexpr std::size_t kMinPasswordLength = 10;
constexpr auto kSessionIdle = std::chrono::minutes(30);
constexpr auto kSessionAbsolute = std::chrono::hours(12);

struct User {
  std::int64_t id = 0;
  std::string username;
  std::string display_name;
  std::string email;
  std::vector<std::string> roles;
  std::optional<std::int64_t> customer_id;
  std::optional<std::string> customer_name;
  bool active = true;
  std::string created_at;
  std::optional<std::string> last_login_at;
};

struct NewUser {
  std::string username;
  std::string display_name;
  std::string email;
  std::string password;
  std::vector<std::string> roles;
  std::optional<std::int64_t> customer_id;
};

struct UserChange {
  std::optional<std::string> display_name;
  std::optional<std::string> email;
  std::optional<std::vector<std::string>> roles;
};

struct UserFilter {
  std::optional<std::string> q;
  std::optional<std::string> role;
  std::optional<std::int64_t> customer;
  std::optional<bool> active;
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

struct Session {
  User user;
  std::string token;       // the cookie value; only its hash is stored
  std::string csrf_token;
};

// The principal behind a request's credentials.
struct Authenticated {
  std::shared_ptr<Principal> principal;
  std::string csrf_token;  // for sessions: what X-CSRF-Token must equal
};

struct ApiToken {
  std::int64_t id = 0;
  std::string name;
  bool read_only = false;
  std::optional<std::string> expires_at;
  std::string created_at;
  std::optional<std::string> last_used_at;
  std::optional<std::string> token;  // only when created
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, customers::Service& customers)
      : db_(db), clock_(clock), customers_(customers) {}

  // Same answer for an unknown user, a wrong password and a disabled user.
  Result<Session> login(const std::string& username, const std::string& password, const Context& ctx);
  Status logout(const Context& ctx);
  Result<std::optional<Authenticated>> from_session(std::string_view token);
  Result<std::optional<Authenticated>> from_bearer(std::string_view token);
  Result<std::string> csrf_of(const Context& ctx);

  Result<User> me(const Context& ctx);
  // Revokes every other session of the user.
  Status change_password(const Context& ctx, const std::string& current, const std::string& next);

  Result<std::vector<ApiToken>> tokens(const Context& ctx);
  Result<ApiToken> create_token(const Context& ctx, const std::string& name,
                                std::optional<Instant> expires_at, bool read_only);
  Status revoke_token(const Context& ctx, std::int64_t id);

  Result<std::pair<std::int64_t, std::vector<User>>> users(const Context& ctx, const UserFilter& f);
  Result<User> user(const Context& ctx, std::int64_t id);
  Result<User> create_user(const Context& ctx, const NewUser& in);
  Result<User> update_user(const Context& ctx, std::int64_t id, const UserChange& change);
  Result<User> set_active(const Context& ctx, std::int64_t id, bool active);
  Status reset_password(const Context& ctx, std::int64_t id, const std::string& password);

  // True when no user exists yet (first start).
  Result<bool> empty();
  Result<std::optional<std::int64_t>> find_user_id(const std::string& username);


 private:
  Result<std::optional<User>> load_user(db::Tx& tx, std::int64_t id);
  Status fill_roles(db::Tx& tx, std::vector<User>& users);
  Status check_roles(db::Tx& tx, const Context& ctx, const std::vector<std::string>& roles,
                     std::optional<std::int64_t> customer_id);
  std::shared_ptr<Principal> principal_for(const User& u, const std::string& method, std::int64_t sid,
                                           bool read_only) const;
  db::Database& db_;
  const Clock& clock_;
  customers::Service& customers_;
  // An account locks after a few failures; an address, shared by an office behind NAT, after many.
  LoginLimiter account_limiter_{{.max_failures = 5}};
  LoginLimiter address_limiter_{{.max_failures = 50}};
};

}  // namespace colo::auth
