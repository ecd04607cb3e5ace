// Identity's SQL, over its tables users, user_roles, sessions and api_tokens. Every function runs
// inside the caller's transaction. Secrets are stored only as BLAKE2b hashes (sessions, tokens) or
// argon2id hashes (passwords); the service computes them.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "auth/model.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::auth::store {

// ---- Users ----
// Without roles and customer name (fill_roles / customers::Service::names add them).
Result<std::optional<User>> find_user(db::Tx& tx, std::int64_t id);
Result<std::optional<std::int64_t>> user_id_by_name(db::Tx& tx, const std::string& username);
// Roles of several users in one query, each sorted.
Result<std::map<std::int64_t, std::vector<std::string>>> roles_of(db::Tx& tx, const std::vector<std::int64_t>& ids);
// The total count and one page ordered by user name.
Result<std::pair<std::int64_t, std::vector<User>>> list_users(db::Tx& tx, const UserFilter& f);
Result<std::int64_t> count_users(db::Tx& tx);
// Active users holding `role`, for "never lock out the last administrator".
Result<std::int64_t> count_active_with_role(db::Tx& tx, const std::string& role);
// Errors: "db.unique_violation" when the user name is taken.
Result<std::int64_t> insert_user(db::Tx& tx, const User& u, const std::string& password_hash);
Status set_roles(db::Tx& tx, std::int64_t user_id, const std::vector<std::string>& roles);
Status update_profile(db::Tx& tx, std::int64_t user_id, const std::string& display_name, const std::string& email,
                      const std::string& now);
Status set_active(db::Tx& tx, std::int64_t user_id, bool active, const std::string& now);
Status set_password(db::Tx& tx, std::int64_t user_id, const std::string& password_hash, const std::string& now);
Status set_last_login(db::Tx& tx, std::int64_t user_id, const std::string& now);

struct LoginRow {
  std::int64_t user_id = 0;
  std::string password_hash;
  bool active = false;
};
Result<std::optional<LoginRow>> login_row(db::Tx& tx, const std::string& username);
Result<std::optional<std::string>> password_hash(db::Tx& tx, std::int64_t user_id);

// ---- Credentials: what one request's session or token resolves to ----
// Read with ONE indexed query that joins the user and its roles, so that a disabled user, a
// revoked session or a changed role takes effect on the very next request.
struct Credential {
  std::int64_t id = 0;  // session or token id
  std::int64_t user_id = 0;
  std::string username;
  std::optional<std::int64_t> customer_id;
  std::vector<std::string> roles;
  std::string secret;                       // sessions: the CSRF token; tokens: the secret's hash
  std::optional<std::string> last_used_at;  // sessions: last_seen_at
  std::optional<std::string> expires_at;
  bool read_only = false;
};
// Only live sessions (not revoked) of active users; expiry is the service's rule.
Result<std::optional<Credential>> session_by_token_hash(db::Tx& tx, const std::string& token_hash);
// Only live tokens (not revoked) of active users.
Result<std::optional<Credential>> token_by_id(db::Tx& tx, std::int64_t id);

// ---- Sessions ----
Result<std::int64_t> insert_session(db::Tx& tx, std::int64_t user_id, const std::string& token_hash,
                                    const std::string& csrf_token, const std::string& source, const std::string& now,
                                    const std::string& expires_at);
Status touch_session(db::Tx& tx, std::int64_t session_id, const std::string& now);
// Rows changed (0 when already revoked).
Result<std::int64_t> revoke_session(db::Tx& tx, std::int64_t session_id, const std::string& now);
// Every live session of the user except `keep` (0: none); how many were revoked.
Result<std::int64_t> revoke_sessions(db::Tx& tx, std::int64_t user_id, std::int64_t keep, const std::string& now);
Result<std::optional<std::string>> csrf_token(db::Tx& tx, std::int64_t session_id);

// ---- API tokens ----
Result<std::vector<ApiToken>> tokens_of(db::Tx& tx, std::int64_t user_id);
Result<std::int64_t> insert_token(db::Tx& tx, std::int64_t user_id, const ApiToken& t, const std::string& secret_hash);
// Rows changed (0 when not the user's or already revoked).
Result<std::int64_t> revoke_token(db::Tx& tx, std::int64_t token_id, std::int64_t user_id, const std::string& now);
// Every live token of the user; how many were revoked.
Result<std::int64_t> revoke_tokens(db::Tx& tx, std::int64_t user_id, const std::string& now);
Status touch_token(db::Tx& tx, std::int64_t token_id, const std::string& now);

// ---- Saved list views ----
// The user's views of one page (all pages when `page` is empty), by name.
Result<std::vector<SavedView>> saved_views_of(db::Tx& tx, std::int64_t user_id, const std::string& page);
// Inserts the view, or replaces the query of the user's view of that page with that name.
Result<std::int64_t> upsert_saved_view(db::Tx& tx, std::int64_t user_id, const SavedView& v);
// Rows deleted (0 when not the user's).
Result<std::int64_t> delete_saved_view(db::Tx& tx, std::int64_t id, std::int64_t user_id);

// ---- Two-factor sign-in (TOTP) ----
struct TotpRow {
  std::string secret_sealed;
  std::optional<std::string> confirmed_at;  // nullopt while enrolment waits for the first code
  std::int64_t last_step = -1;              // the newest time step a code was accepted for
};
Result<std::optional<TotpRow>> totp_of(db::Tx& tx, std::int64_t user_id);
// Replaces an unconfirmed enrolment; a confirmed one stays (rows changed: 0).
Result<std::int64_t> begin_totp(db::Tx& tx, std::int64_t user_id, const std::string& secret_sealed,
                                const std::string& now);
// Takes `step` as the newest accepted one, only when it is newer than the last (0 rows: a
// replay, or another request took that step first).
Result<std::int64_t> take_totp_step(db::Tx& tx, std::int64_t user_id, std::int64_t step);
Status confirm_totp(db::Tx& tx, std::int64_t user_id, const std::string& now);
Status delete_totp(db::Tx& tx, std::int64_t user_id);
// Users with a confirmed authenticator among `ids`.
Result<std::vector<std::int64_t>> totp_enabled_among(db::Tx& tx, const std::vector<std::int64_t>& ids);

Status replace_recovery_codes(db::Tx& tx, std::int64_t user_id, const std::vector<std::string>& code_hashes);
// Marks the user's unused code with that hash used; rows changed (0: unknown or used).
Result<std::int64_t> use_recovery_code(db::Tx& tx, std::int64_t user_id, const std::string& code_hash,
                                       const std::string& now);
Result<std::int64_t> recovery_codes_left(db::Tx& tx, std::int64_t user_id);

struct Challenge {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string purpose;  // totp, enrol
  std::string expires_at;
  std::int64_t failures = 0;
};
Result<std::int64_t> insert_challenge(db::Tx& tx, const std::string& token_hash, std::int64_t user_id,
                                      const std::string& purpose, const std::string& source, const std::string& now,
                                      const std::string& expires_at);
// Unused challenges only. Two requests may both read one; use_challenge decides which wins.
Result<std::optional<Challenge>> live_challenge(db::Tx& tx, const std::string& token_hash);
Status count_challenge_failure(db::Tx& tx, std::int64_t id);
// Rows changed (0: used meanwhile).
Result<std::int64_t> use_challenge(db::Tx& tx, std::int64_t id, const std::string& now);

}  // namespace colo::auth::store
