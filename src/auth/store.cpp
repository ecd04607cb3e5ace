#include "auth/store.hpp"

#include "auth/lists.hpp"

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"

namespace colo::auth::store {

namespace {

constexpr std::string_view kUserColumns =
    "SELECT u.id, u.username, u.display_name, u.email, u.customer_id, u.active, u.created_at, u.last_login_at "
    "FROM users u";
constexpr std::string_view kUserById = " WHERE u.id = $1";
constexpr std::string_view kUserIdByName = "SELECT id FROM users WHERE username = $1";
constexpr std::string_view kRolesOf = "SELECT user_id, role FROM user_roles WHERE user_id IN (";
constexpr std::string_view kRolesOrder = ") ORDER BY user_id, role";
constexpr std::string_view kCountUsersWhere = "SELECT COUNT(*) FROM users u";
}  // namespace

// Declared in auth/lists.hpp: the routes document the list's parameters from it.
const db::ListSpec kUserList{.search = {"u.username", "u.display_name"},
                             .sorts = {{"username", "u.username"},
                                       {"display_name", "u.display_name"},
                                       {"created_at", "u.created_at"},
                                       {"last_login_at", "u.last_login_at"}},
                             .default_order = "u.username, u.id",
                             .tiebreak = "u.id"};

namespace {
constexpr std::string_view kCountUsers = "SELECT COUNT(*) FROM users";
constexpr std::string_view kCountActiveWithRole =
    "SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = $1 AND u.active = 1";
constexpr std::string_view kInsertUser =
    "INSERT INTO users (username, display_name, email, password_hash, customer_id, active, created_at, updated_at, "
    "password_changed_at) VALUES ($1, $2, $3, $4, $5, 1, $6, $6, $6) RETURNING id";
constexpr std::string_view kDeleteRoles = "DELETE FROM user_roles WHERE user_id = $1";
constexpr std::string_view kInsertRole = "INSERT INTO user_roles (user_id, role) VALUES ($1, $2)";
constexpr std::string_view kUpdateProfile =
    "UPDATE users SET display_name = $2, email = $3, updated_at = $4 WHERE id = $1";
constexpr std::string_view kSetActive = "UPDATE users SET active = $2, updated_at = $3 WHERE id = $1";
constexpr std::string_view kSetPassword =
    "UPDATE users SET password_hash = $2, password_changed_at = $3, updated_at = $3 WHERE id = $1";
constexpr std::string_view kSetLastLogin = "UPDATE users SET last_login_at = $2 WHERE id = $1";
constexpr std::string_view kLoginRow = "SELECT id, password_hash, active FROM users WHERE username = $1";
constexpr std::string_view kPasswordHash = "SELECT password_hash FROM users WHERE id = $1";

// One row per role (or one row with a NULL role); sessions.token_hash is unique, users.id and
// user_roles (user_id, role) are primary keys, so this is three index lookups.
constexpr std::string_view kSessionCredential =
    "SELECT s.id, u.id, u.username, u.customer_id, s.csrf_token, s.last_seen_at, s.expires_at, 0, r.role "
    "FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN user_roles r ON r.user_id = u.id "
    "WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND u.active = 1 ORDER BY r.role";
constexpr std::string_view kTokenCredential =
    "SELECT t.id, u.id, u.username, u.customer_id, t.secret_hash, t.last_used_at, t.expires_at, t.read_only, r.role "
    "FROM api_tokens t JOIN users u ON u.id = t.user_id LEFT JOIN user_roles r ON r.user_id = u.id "
    "WHERE t.id = $1 AND t.revoked_at IS NULL AND u.active = 1 ORDER BY r.role";

constexpr std::string_view kInsertSession =
    "INSERT INTO sessions (user_id, token_hash, csrf_token, source, created_at, last_seen_at, expires_at) "
    "VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING id";
constexpr std::string_view kTouchSession = "UPDATE sessions SET last_seen_at = $2 WHERE id = $1";
constexpr std::string_view kRevokeSession = "UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL";
constexpr std::string_view kRevokeSessions =
    "UPDATE sessions SET revoked_at = $3 WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL";
constexpr std::string_view kCsrf = "SELECT csrf_token FROM sessions WHERE id = $1";

constexpr std::string_view kTokens =
    "SELECT id, name, read_only, expires_at, created_at, last_used_at FROM api_tokens "
    "WHERE user_id = $1 AND revoked_at IS NULL ORDER BY id";
constexpr std::string_view kInsertToken =
    "INSERT INTO api_tokens (user_id, name, secret_hash, read_only, expires_at, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
constexpr std::string_view kRevokeToken =
    "UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL";
constexpr std::string_view kSavedViews =
    "SELECT id, page, name, query, created_at, updated_at FROM user_saved_views "
    "WHERE user_id = $1 AND ($2 = '' OR page = $2) ORDER BY page, name";
constexpr std::string_view kUpsertSavedView =
    "INSERT INTO user_saved_views (user_id, page, name, query, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (user_id, page, name) "
    "DO UPDATE SET query = excluded.query, updated_at = excluded.updated_at RETURNING id";
constexpr std::string_view kDeleteSavedView = "DELETE FROM user_saved_views WHERE id = $1 AND user_id = $2";
constexpr std::string_view kRevokeTokens =
    "UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL";
constexpr std::string_view kTouchToken = "UPDATE api_tokens SET last_used_at = $2 WHERE id = $1";

// The mappers read their SELECT's columns in the order written there (db::Cursor) and end with
// finish(), so a column added to one and not the other fails every test that reads such a row.
User user_from(const db::Row& r) {
  db::Cursor c(r);
  User u;
  u.id = c.int64();
  u.username = c.text();
  u.display_name = c.text();
  u.email = c.text();
  u.customer_id = c.opt_int64();
  u.active = c.boolean();
  u.created_at = c.text();
  u.last_login_at = c.opt_text();
  c.finish();
  return u;
}

Result<std::optional<Credential>> credential(db::Tx& tx, std::string_view sql, db::Value key) {
  COLO_TRY(auto res, tx.query(sql, {std::move(key)}));
  if (res.rows.empty()) return std::optional<Credential>{};
  db::Cursor k(res.rows.front());
  Credential c;
  c.id = k.int64();
  c.user_id = k.int64();
  c.username = k.text();
  c.customer_id = k.opt_int64();
  c.secret = k.text();
  c.last_used_at = k.opt_text();
  c.expires_at = k.opt_text();
  c.read_only = k.boolean();
  const std::size_t role_column = k.position();  // one row per role
  k.skip();
  k.finish();
  for (const auto& row : res.rows)
    if (!row.is_null(role_column)) c.roles.push_back(row.text(role_column));
  return std::optional<Credential>(std::move(c));
}

}  // namespace

Result<std::optional<User>> find_user(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kUserColumns) + std::string(kUserById), {id}));
  if (!row) return std::optional<User>{};
  return std::optional<User>(user_from(*row));
}

Result<std::optional<std::int64_t>> user_id_by_name(db::Tx& tx, const std::string& username) {
  COLO_TRY(auto row, tx.one(kUserIdByName, {username}));
  if (!row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(row->int64(0));
}

Result<std::map<std::int64_t, std::vector<std::string>>> roles_of(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, std::vector<std::string>> out;
  if (ids.empty()) return out;
  db::Params params;
  const std::string sql = std::string(kRolesOf) + db::in_list(params, ids) + std::string(kRolesOrder);
  COLO_TRY(auto res, tx.query(sql, params));
  for (const auto& r : res.rows) out[r.int64(0)].push_back(r.text(1));
  return out;
}

Result<std::pair<std::int64_t, std::vector<User>>> list_users(db::Tx& tx, const UserFilter& f) {
  db::ListSql sql(kUserList);
  sql.search(f.q);
  if (f.role) sql.add("EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = ?)", *f.role);
  if (f.customer) sql.add("u.customer_id = ?", *f.customer);
  if (f.active) sql.add("u.active = ?", *f.active);
  return db::list_page<User>(tx, sql, kCountUsersWhere, kUserColumns, f.sort, f.limit, f.offset, user_from);
}

Result<std::int64_t> count_users(db::Tx& tx) {
  COLO_TRY(auto row, tx.one(kCountUsers));
  return row ? row->int64(0) : 0;
}

Result<std::int64_t> count_active_with_role(db::Tx& tx, const std::string& role) {
  COLO_TRY(auto row, tx.one(kCountActiveWithRole, {role}));
  return row ? row->int64(0) : 0;
}

Result<std::int64_t> insert_user(db::Tx& tx, const User& u, const std::string& password_hash) {
  return tx.insert(kInsertUser, {u.username, u.display_name, u.email, password_hash, u.customer_id, u.created_at});
}

Status set_roles(db::Tx& tx, std::int64_t user_id, const std::vector<std::string>& roles) {
  COLO_CHECK(tx.exec(kDeleteRoles, {user_id}));
  for (const auto& r : roles) COLO_CHECK(tx.exec(kInsertRole, {user_id, r}));
  return {};
}

Status update_profile(db::Tx& tx, std::int64_t user_id, const std::string& display_name, const std::string& email,
                      const std::string& now) {
  COLO_CHECK(tx.exec(kUpdateProfile, {user_id, display_name, email, now}));
  return {};
}

Status set_active(db::Tx& tx, std::int64_t user_id, bool active, const std::string& now) {
  COLO_CHECK(tx.exec(kSetActive, {user_id, active, now}));
  return {};
}

Status set_password(db::Tx& tx, std::int64_t user_id, const std::string& password_hash, const std::string& now) {
  COLO_CHECK(tx.exec(kSetPassword, {user_id, password_hash, now}));
  return {};
}

Status set_last_login(db::Tx& tx, std::int64_t user_id, const std::string& now) {
  COLO_CHECK(tx.exec(kSetLastLogin, {user_id, now}));
  return {};
}

Result<std::optional<LoginRow>> login_row(db::Tx& tx, const std::string& username) {
  COLO_TRY(auto row, tx.one(kLoginRow, {username}));
  if (!row) return std::optional<LoginRow>{};
  db::Cursor c(*row);
  LoginRow login;
  login.user_id = c.int64();
  login.password_hash = c.text();
  login.active = c.boolean();
  c.finish();
  return std::optional<LoginRow>(std::move(login));
}

Result<std::optional<std::string>> password_hash(db::Tx& tx, std::int64_t user_id) {
  COLO_TRY(auto row, tx.one(kPasswordHash, {user_id}));
  if (!row) return std::optional<std::string>{};
  return std::optional<std::string>(row->text(0));
}

Result<std::optional<Credential>> session_by_token_hash(db::Tx& tx, const std::string& token_hash) {
  return credential(tx, kSessionCredential, token_hash);
}

Result<std::optional<Credential>> token_by_id(db::Tx& tx, std::int64_t id) {
  return credential(tx, kTokenCredential, id);
}

Result<std::int64_t> insert_session(db::Tx& tx, std::int64_t user_id, const std::string& token_hash,
                                    const std::string& csrf_token, const std::string& source, const std::string& now,
                                    const std::string& expires_at) {
  return tx.insert(kInsertSession, {user_id, token_hash, csrf_token, source, now, expires_at});
}

Status touch_session(db::Tx& tx, std::int64_t session_id, const std::string& now) {
  COLO_CHECK(tx.exec(kTouchSession, {session_id, now}));
  return {};
}

Result<std::int64_t> revoke_session(db::Tx& tx, std::int64_t session_id, const std::string& now) {
  return tx.exec(kRevokeSession, {session_id, now});
}

Result<std::int64_t> revoke_sessions(db::Tx& tx, std::int64_t user_id, std::int64_t keep, const std::string& now) {
  return tx.exec(kRevokeSessions, {user_id, keep, now});
}

Result<std::optional<std::string>> csrf_token(db::Tx& tx, std::int64_t session_id) {
  COLO_TRY(auto row, tx.one(kCsrf, {session_id}));
  if (!row) return std::optional<std::string>{};
  return std::optional<std::string>(row->text(0));
}

Result<std::vector<ApiToken>> tokens_of(db::Tx& tx, std::int64_t user_id) {
  COLO_TRY(auto res, tx.query(kTokens, {user_id}));
  std::vector<ApiToken> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    ApiToken t;
    t.id = c.int64();
    t.name = c.text();
    t.read_only = c.boolean();
    t.expires_at = c.opt_text();
    t.created_at = c.text();
    t.last_used_at = c.opt_text();
    c.finish();
    out.push_back(std::move(t));
  }
  return out;
}

Result<std::int64_t> insert_token(db::Tx& tx, std::int64_t user_id, const ApiToken& t, const std::string& secret_hash) {
  return tx.insert(kInsertToken, {user_id, t.name, secret_hash, t.read_only, t.expires_at, t.created_at});
}

Result<std::int64_t> revoke_token(db::Tx& tx, std::int64_t token_id, std::int64_t user_id, const std::string& now) {
  return tx.exec(kRevokeToken, {token_id, user_id, now});
}

Result<std::int64_t> revoke_tokens(db::Tx& tx, std::int64_t user_id, const std::string& now) {
  return tx.exec(kRevokeTokens, {user_id, now});
}

Status touch_token(db::Tx& tx, std::int64_t token_id, const std::string& now) {
  COLO_CHECK(tx.exec(kTouchToken, {token_id, now}));
  return {};
}

// ---- Saved list views ----

Result<std::vector<SavedView>> saved_views_of(db::Tx& tx, std::int64_t user_id, const std::string& page) {
  COLO_TRY(auto res, tx.query(kSavedViews, {user_id, page}));
  std::vector<SavedView> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    SavedView v;
    v.id = c.int64();
    v.page = c.text();
    v.name = c.text();
    v.query = c.text();
    v.created_at = c.text();
    v.updated_at = c.text();
    c.finish();
    out.push_back(std::move(v));
  }
  return out;
}

Result<std::int64_t> upsert_saved_view(db::Tx& tx, std::int64_t user_id, const SavedView& v) {
  return tx.insert(kUpsertSavedView, {user_id, v.page, v.name, v.query, v.updated_at});
}

Result<std::int64_t> delete_saved_view(db::Tx& tx, std::int64_t id, std::int64_t user_id) {
  return tx.exec(kDeleteSavedView, {id, user_id});
}

// ---- Two-factor sign-in ----
namespace {
constexpr std::string_view kTotpOf = "SELECT secret_sealed, confirmed_at, last_step FROM user_totp WHERE user_id = $1";
constexpr std::string_view kDeleteUnconfirmedTotp = "DELETE FROM user_totp WHERE user_id = $1 AND confirmed_at IS NULL";
constexpr std::string_view kInsertTotp =
    "INSERT INTO user_totp (user_id, secret_sealed, confirmed_at, last_step, created_at) "
    "SELECT $1, $2, NULL, -1, $3 WHERE NOT EXISTS (SELECT 1 FROM user_totp WHERE user_id = $1)";
constexpr std::string_view kTakeTotpStep = "UPDATE user_totp SET last_step = $2 WHERE user_id = $1 AND last_step < $2";
constexpr std::string_view kConfirmTotp = "UPDATE user_totp SET confirmed_at = $2 WHERE user_id = $1";
constexpr std::string_view kDeleteTotp = "DELETE FROM user_totp WHERE user_id = $1";
constexpr std::string_view kTotpEnabledAmong =
    "SELECT user_id FROM user_totp WHERE confirmed_at IS NOT NULL AND user_id IN (";
constexpr std::string_view kDeleteRecoveryCodes = "DELETE FROM user_recovery_codes WHERE user_id = $1";
constexpr std::string_view kInsertRecoveryCode =
    "INSERT INTO user_recovery_codes (user_id, code_hash, used_at) VALUES ($1, $2, NULL)";
constexpr std::string_view kUseRecoveryCode =
    "UPDATE user_recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL";
constexpr std::string_view kRecoveryCodesLeft =
    "SELECT COUNT(*) FROM user_recovery_codes WHERE user_id = $1 AND used_at IS NULL";
constexpr std::string_view kInsertChallenge =
    "INSERT INTO auth_challenges (token_hash, user_id, purpose, source, created_at, expires_at, failures) "
    "VALUES ($1, $2, $3, $4, $5, $6, 0) RETURNING id";
constexpr std::string_view kLiveChallenge =
    "SELECT id, user_id, purpose, expires_at, failures FROM auth_challenges WHERE token_hash = $1 AND used_at IS NULL";
constexpr std::string_view kChallengeFailure = "UPDATE auth_challenges SET failures = failures + 1 WHERE id = $1";
constexpr std::string_view kUseChallenge = "UPDATE auth_challenges SET used_at = $2 WHERE id = $1 AND used_at IS NULL";
}  // namespace

Result<std::optional<TotpRow>> totp_of(db::Tx& tx, std::int64_t user_id) {
  COLO_TRY(auto row, tx.one(kTotpOf, {user_id}));
  if (!row) return std::optional<TotpRow>{};
  return std::optional<TotpRow>(TotpRow{row->text(0), row->opt_text(1), row->int64(2)});
}

Result<std::int64_t> begin_totp(db::Tx& tx, std::int64_t user_id, const std::string& secret_sealed,
                                const std::string& now) {
  COLO_CHECK(tx.exec(kDeleteUnconfirmedTotp, {user_id}));
  return tx.exec(kInsertTotp, {user_id, secret_sealed, now});
}

Result<std::int64_t> take_totp_step(db::Tx& tx, std::int64_t user_id, std::int64_t step) {
  return tx.exec(kTakeTotpStep, {user_id, step});
}

Status confirm_totp(db::Tx& tx, std::int64_t user_id, const std::string& now) {
  COLO_CHECK(tx.exec(kConfirmTotp, {user_id, now}));
  return {};
}

Status delete_totp(db::Tx& tx, std::int64_t user_id) {
  COLO_CHECK(tx.exec(kDeleteTotp, {user_id}));
  COLO_CHECK(tx.exec(kDeleteRecoveryCodes, {user_id}));
  return {};
}

Result<std::vector<std::int64_t>> totp_enabled_among(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  std::vector<std::int64_t> out;
  if (ids.empty()) return out;
  std::string sql(kTotpEnabledAmong);
  std::vector<db::Value> params;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    sql += (i ? ", $" : "$") + std::to_string(i + 1);
    params.emplace_back(ids[i]);
  }
  sql += ")";
  COLO_TRY(auto res, tx.query(sql, params));
  for (const auto& r : res.rows) out.push_back(r.int64(0));
  return out;
}

Status replace_recovery_codes(db::Tx& tx, std::int64_t user_id, const std::vector<std::string>& code_hashes) {
  COLO_CHECK(tx.exec(kDeleteRecoveryCodes, {user_id}));
  for (const auto& h : code_hashes) COLO_CHECK(tx.exec(kInsertRecoveryCode, {user_id, h}));
  return {};
}

Result<std::int64_t> use_recovery_code(db::Tx& tx, std::int64_t user_id, const std::string& code_hash,
                                       const std::string& now) {
  return tx.exec(kUseRecoveryCode, {user_id, code_hash, now});
}

Result<std::int64_t> recovery_codes_left(db::Tx& tx, std::int64_t user_id) {
  COLO_TRY(auto row, tx.one(kRecoveryCodesLeft, {user_id}));
  return row ? row->int64(0) : 0;
}

Result<std::int64_t> insert_challenge(db::Tx& tx, const std::string& token_hash, std::int64_t user_id,
                                      const std::string& purpose, const std::string& source, const std::string& now,
                                      const std::string& expires_at) {
  return tx.insert(kInsertChallenge, {token_hash, user_id, purpose, source, now, expires_at});
}

Result<std::optional<Challenge>> live_challenge(db::Tx& tx, const std::string& token_hash) {
  COLO_TRY(auto row, tx.one(kLiveChallenge, {token_hash}));
  if (!row) return std::optional<Challenge>{};
  return std::optional<Challenge>(Challenge{row->int64(0), row->int64(1), row->text(2), row->text(3), row->int64(4)});
}

Status count_challenge_failure(db::Tx& tx, std::int64_t id) {
  COLO_CHECK(tx.exec(kChallengeFailure, {id}));
  return {};
}

Result<std::int64_t> use_challenge(db::Tx& tx, std::int64_t id, const std::string& now) {
  return tx.exec(kUseChallenge, {id, now});
}

}  // namespace colo::auth::store
