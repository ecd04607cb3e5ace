// Identity: users and their roles, sign-in sessions, API tokens (R5.2.2, R6.2.2).
//
// Every request re-reads its session or token together with the user row and roles in one query
// (store::Credential), so a disable, a revoke or a role change applies to the very next request;
// nothing about a principal is cached. Thread-safe: one Service serves all workers.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "auth/hash_gate.hpp"
#include "auth/model.hpp"
#include "auth/password_policy.hpp"
#include "auth/rate_limit.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::customers {
class Service;
}

namespace colo::auth {

constexpr auto kSessionIdle = std::chrono::minutes(30);
constexpr auto kSessionAbsolute = std::chrono::hours(12);
// last_seen_at / last_used_at are written at most this often, not on every request.
constexpr auto kTouchInterval = std::chrono::minutes(1);
constexpr std::int64_t kMaxSavedViewsPerPage = 50;
constexpr std::string_view kTokenPrefix = "colo_";  // tokens read colo_<id>_<secret>

struct Session {
  User user;
  std::string token;  // the cookie value; only its hash is stored
  std::string csrf_token;
};

// The principal behind a request's credentials.
struct Authenticated {
  std::shared_ptr<const Principal> principal;
  std::string csrf_token;  // for sessions: what X-CSRF-Token must equal; "" for tokens
};

struct ServiceOptions {
  LoginLimiter::Rules login_limits;
  // Password hashes (sign-in, new passwords) that may run at once; see HashGate.
  int hash_slots = 4;
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, customers::Service& customers, ServiceOptions options = {})
      : db_(db), clock_(clock), customers_(customers), limiter_(options.login_limits), hash_gate_(options.hash_slots) {}

  // ctx: the request (source address, request id); its principal is ignored. Errors:
  // "auth.invalid_credentials" (401) alike for an unknown user, a wrong password and a disabled
  // user; "auth.rate_limited" (429) while the account from this address, the address, or (for a
  // short while) the account from anywhere is locked out; "auth.busy" (503) when every password
  // hashing slot is taken, before anything was checked or counted.
  Result<Session> login(const std::string& username, const std::string& password, const Context& ctx);
  // Seconds until `username` from `source` may try again (0: now); for Retry-After.
  long login_retry_after(const std::string& username, const std::string& source);
  Status logout(const Context& ctx);
  // nullopt when the credential is unknown, expired, revoked or its user disabled.
  Result<std::optional<Authenticated>> from_session(std::string_view token);
  Result<std::optional<Authenticated>> from_bearer(std::string_view token);
  // The CSRF token of the caller's session; "" for token and command-line principals.
  Result<std::string> csrf_of(const Context& ctx);

  Result<User> me(const Context& ctx);
  // Revokes every other session and every API token of the user. Errors: "validation_failed"
  // (wrong current password, length), "auth.rate_limited" (429, wrong current passwords count as
  // failed sign-ins), "auth.password_weak" (422), "auth.password_changed" (409)
  // when the password changed meanwhile, "auth.busy" (503).
  Result<Revoked> change_password(const Context& ctx, const std::string& current, const std::string& next);

  Result<std::vector<ApiToken>> tokens(const Context& ctx);
  // The answer carries the secret, once. A read-only principal only mints read-only tokens.
  Result<ApiToken> create_token(const Context& ctx, const std::string& name, std::optional<Instant> expires_at,
                                bool read_only);
  Status revoke_token(const Context& ctx, std::int64_t id);

  // One's saved list filters. `page` names the list ([a-z0-9._-], up to 64); `query` is a JSON
  // object of string values. Saving a name that exists on that page replaces its query. Errors:
  // "validation_failed"; "auth.saved_views.too_many" past kMaxSavedViewsPerPage on one page.
  Result<std::vector<SavedView>> saved_views(const Context& ctx, const std::string& page);
  Result<SavedView> save_view(const Context& ctx, const std::string& page, const std::string& name,
                              const std::string& query);
  Status delete_view(const Context& ctx, std::int64_t id);

  // User administration: users.read to read; users.write for everything else, except that
  // users.customer_write (business staff) may create customer users.
  Result<std::pair<std::int64_t, std::vector<User>>> users(const Context& ctx, const UserFilter& f);
  Result<User> user(const Context& ctx, std::int64_t id);
  Result<User> create_user(const Context& ctx, const NewUser& in);
  Result<User> update_user(const Context& ctx, std::int64_t id, const UserChange& change);
  // Disabling revokes the user's sessions; disabling and enabling revoke its API tokens, so that
  // none works again after a re-enable. Users are never deleted.
  Result<std::pair<User, Revoked>> set_active(const Context& ctx, std::int64_t id, bool active);
  // Revokes all the user's sessions and API tokens.
  Result<Revoked> reset_password(const Context& ctx, std::int64_t id, const std::string& password);

  // True when no user exists yet (first start).
  Result<bool> empty();
  Result<std::optional<std::int64_t>> find_user_id(const std::string& username);

 private:
  Result<std::optional<User>> load_user(db::Tx& tx, std::int64_t id);
  Status fill_roles(db::Tx& tx, std::vector<User>& users);
  Status check_roles(db::Tx& tx, const Context& ctx, const std::vector<std::string>& roles,
                     std::optional<std::int64_t> customer_id);
  Status keep_an_administrator(db::Tx& tx, const User& before, bool stays_admin);
  // argon2id of a new password, within a hashing slot ("auth.busy" when none is free).
  Result<std::string> hash_new_password(const std::string& password);
  db::Database& db_;
  const Clock& clock_;
  customers::Service& customers_;
  LoginLimiter limiter_;
  HashGate hash_gate_;
};

}  // namespace colo::auth
