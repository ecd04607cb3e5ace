// Identity: users and their roles, sign-in sessions, API tokens (R5.2.2, R6.2.2).
//
// Every request re-reads its session or token together with the user row and roles in one query
// (store::Credential), so a disable, a revoke or a role change applies to the very next request;
// nothing about a principal is cached. Thread-safe: one Service serves all workers.
#pragma once

#include <boost/json/object.hpp>
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
#include "core/crypto.hpp"
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
  // When the password was right but a second step is owed, no session exists yet: token and
  // csrf_token are empty, second_factor says which step ("totp": a code or a recovery code;
  // "totp_enrol": the role requires two factors and the user must enrol first) and challenge
  // names this sign-in in that step.
  std::string second_factor;
  std::string challenge;
  // Shown once, when enrolment during sign-in completed.
  std::vector<std::string> recovery_codes;
};

// An authenticator being enrolled: the secret in base32 and as the otpauth:// URI of its QR code.
struct TotpEnrolment {
  std::string secret;
  std::string otpauth_uri;
};

struct TotpStatus {
  bool enabled = false;
  bool pending = false;   // enrolment begun, not yet confirmed with a code
  bool required = false;  // one of the user's roles requires two factors
  std::int64_t recovery_codes_left = 0;
};

// A sign-in's second step lives this long and allows this many wrong codes.
constexpr auto kChallengeLife = std::chrono::minutes(5);
constexpr std::int64_t kChallengeFailures = 5;

// The principal behind a request's credentials.
struct Authenticated {
  std::shared_ptr<const Principal> principal;
  std::string csrf_token;  // for sessions: what X-CSRF-Token must equal; "" for tokens
};

struct ServiceOptions {
  LoginLimiter::Rules login_limits;
  // Password hashes (sign-in, new passwords) that may run at once; see HashGate.
  int hash_slots = 4;
  // Seals TOTP secrets at rest (a subkey of the data key).
  crypto::Key totp_key{};
  // Users holding any of these roles sign in with a second factor and enrol at their next sign-in.
  std::vector<std::string> totp_required_roles;
  std::string totp_issuer = "Colo";  // the name authenticator apps show
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, customers::Service& customers, ServiceOptions options = {})
      : db_(db),
        clock_(clock),
        customers_(customers),
        limiter_(options.login_limits),
        hash_gate_(options.hash_slots),
        totp_sealer_(options.totp_key),
        totp_required_roles_(std::move(options.totp_required_roles)),
        totp_issuer_(std::move(options.totp_issuer)) {}

  // ctx: the request (source address, request id); its principal is ignored. Errors:
  // "auth.invalid_credentials" (401) alike for an unknown user, a wrong password and a disabled
  // user; "auth.rate_limited" (429) while the account from this address, the address, or (for a
  // short while) the account from anywhere is locked out; "auth.busy" (503) when every password
  // hashing slot is taken, before anything was checked or counted.
  // When the user has an authenticator, or a role that requires one, the answer carries a
  // challenge for the second step instead of a session.
  Result<Session> login(const std::string& username, const std::string& password, const Context& ctx);
  // The second step: a TOTP code or (for "totp") a recovery code; for "totp_enrol" the code of
  // the authenticator begun with login_enrol, which confirms it and answers recovery codes.
  // Errors (401): "auth.totp.challenge_invalid" (unknown, used, expired or too many wrong
  // codes), "auth.totp.invalid_code", "auth.totp.replayed" (a code of a time step already used);
  // "auth.rate_limited" (429) as for passwords; "auth.totp.not_pending" (409) when enrolment was
  // not begun. Every attempt is audited.
  Result<Session> login_second_step(const std::string& challenge, const std::string& code,
                                    const std::string& recovery_code, const Context& ctx);
  // Begins enrolment for a sign-in whose role requires two factors ("totp_enrol" challenges).
  Result<TotpEnrolment> login_enrol(const std::string& challenge, const Context& ctx);

  // One's own authenticator. begin_totp: "auth.totp.already_enabled" (409). confirm_totp answers
  // the recovery codes, once: "auth.totp.not_pending" (409), "auth.totp.invalid_code" (422).
  // disable_totp needs a current code: "auth.totp.not_enabled", "auth.totp.required" (409) while
  // a role requires it. reset_totp (users.write) removes another user's authenticator, for a
  // lost device, and revokes its sessions; its next sign-in enrols a new one.
  Result<TotpStatus> totp_status(const Context& ctx);
  Result<TotpEnrolment> begin_totp(const Context& ctx);
  Result<std::vector<std::string>> confirm_totp(const Context& ctx, const std::string& code);
  Status disable_totp(const Context& ctx, const std::string& code);
  Status reset_totp(const Context& ctx, std::int64_t user_id);
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
  bool totp_required(const std::vector<std::string>& roles) const;
  // Opens a session for `user` and audits the sign-in with `how` added to the entry.
  Result<Session> open_session(db::Tx& tx, User user, const Context& ctx, boost::json::object how);
  Result<TotpEnrolment> enrol(db::Tx& tx, const User& user, const Context& ctx);
  // The step of `code` when it is valid and newer than the last accepted one; the error otherwise.
  Result<std::int64_t> accept_code(db::Tx& tx, std::int64_t user_id, const std::string& sealed_secret,
                                   const std::string& code);
  Result<std::vector<std::string>> new_recovery_codes(db::Tx& tx, std::int64_t user_id);
  db::Database& db_;
  const Clock& clock_;
  customers::Service& customers_;
  LoginLimiter limiter_;
  HashGate hash_gate_;
  crypto::Sealer totp_sealer_;
  std::vector<std::string> totp_required_roles_;
  std::string totp_issuer_;
};

}  // namespace colo::auth
