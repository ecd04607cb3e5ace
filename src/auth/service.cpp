#include "auth/service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <map>

#include "audit/audit.hpp"
#include "auth/permissions.hpp"
#include "core/crypto.hpp"
#include "customers/service.hpp"

namespace colo::auth {

namespace json = boost::json;

namespace {

constexpr std::string_view kUserColumns =
    "SELECT u.id, u.username, u.display_name, u.email, u.customer_id, u.active, u.created_at, "
    "u.last_login_at FROM users u";
constexpr std::string_view kRolesOf = "SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role";
constexpr std::string_view kLoginRow =
    "SELECT id, password_hash, active FROM users WHERE username = $1";
constexpr std::string_view kInsertSession =
    "INSERT INTO sessions (user_id, token_hash, csrf_token, source, created_at, last_seen_at, expires_at) "
    "VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING id";
constexpr std::string_view kSessionRow =
    "SELECT s.id, s.user_id, s.csrf_token, s.last_seen_at, s.expires_at, s.revoked_at, u.active "
    "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1";
constexpr std::string_view kTouchSession = "UPDATE sessions SET last_seen_at = $2 WHERE id = $1";
constexpr std::string_view kRevokeSession =
    "UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL";
constexpr std::string_view kRevokeOtherSessions =
    "UPDATE sessions SET revoked_at = $3 WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL";
constexpr std::string_view kRevokeAllSessions =
    "UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL";
constexpr std::string_view kCsrf = "SELECT csrf_token FROM sessions WHERE id = $1";
constexpr std::string_view kTokenRow =
    "SELECT t.id, t.user_id, t.secret_hash, t.read_only, t.expires_at, t.revoked_at, u.active "
    "FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.id = $1";
constexpr std::string_view kTouchToken = "UPDATE api_tokens SET last_used_at = $2 WHERE id = $1";
constexpr std::string_view kTokens =
    "SELECT id, name, read_only, expires_at, created_at, last_used_at FROM api_tokens "
    "WHERE user_id = $1 AND revoked_at IS NULL ORDER BY id";
constexpr std::string_view kInsertToken =
    "INSERT INTO api_tokens (user_id, name, secret_hash, read_only, expires_at, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
constexpr std::string_view kRevokeToken =
    "UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL";
constexpr std::string_view kInsertUser =
    "INSERT INTO users (username, display_name, email, password_hash, customer_id, active, created_at, "
    "updated_at, password_changed_at) VALUES ($1, $2, $3, $4, $5, 1, $6, $6, $6) RETURNING id";
constexpr std::string_view kInsertRole = "INSERT INTO user_roles (user_id, role) VALUES ($1, $2)";
constexpr std::string_view kDeleteRoles = "DELETE FROM user_roles WHERE user_id = $1";
constexpr std::string_view kUpdateUser =
    "UPDATE users SET display_name = $2, email = $3, updated_at = $4 WHERE id = $1";
constexpr std::string_view kSetActive = "UPDATE users SET active = $2, updated_at = $3 WHERE id = $1";
constexpr std::string_view kSetPassword =
    "UPDATE users SET password_hash = $2, password_changed_at = $3, updated_at = $3 WHERE id = $1";
constexpr std::string_view kLastLogin = "UPDATE users SET last_login_at = $2 WHERE id = $1";
constexpr std::string_view kPasswordHash = "SELECT password_hash FROM users WHERE id = $1";
constexpr std::string_view kCountUsers = "SELECT COUNT(*) FROM users";
constexpr std::string_view kUserIdByName = "SELECT id FROM users WHERE username = $1";

// Verified against when the user does not exist, so that both answers take as long.
const std::string& dummy_hash() {
  static const std::string h = crypto::hash_password("colo-dummy-password-for-timing");
  return h;
}

Error invalid_credentials() {
  return Error{ErrorKind::unauthenticated, "auth.invalid_credentials",
               "The user name or password is wrong.", {}};
}

json::value user_audit(const User& u) {
  json::array roles;
  for (const auto& r : u.roles) roles.push_back(json::value(r));
  return json::object{{"username", u.username}, {"display_name", u.display_name}, {"email", u.email},
                      {"roles", roles},
                      {"customer_id", u.customer_id ? json::value(*u.customer_id) : json::value(nullptr)},
                      {"active", u.active}};
}

Status check_password_rules(const std::string& password, const char* field) {
  if (password.size() < kMinPasswordLength)
    return Error::validation({{field, "too_short",
                               "At least " + std::to_string(kMinPasswordLength) + " characters."}});
  if (password.size() > 1024) return Error::validation({{field, "too_long", "At most 1024 characters."}});
  return {};
}

bool valid_username(const std::string& u) {
  if (u.size() < 2 || u.size() > 64) return false;
  for (char c : u)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '@'))
      return false;
  return true;
}

}  // namespace

std::shared_ptr<Principal> Service::principal_for(const User& u, const std::string& method,
                                                  std::int64_t sid, bool read_only) const {
  auto p = std::make_shared<Principal>();
  p->user_id = u.id;
  p->username = u.username;
  p->roles = u.roles;
  p->permissions = permissions_for(u.roles);
  p->customer_id = u.customer_id;
  p->auth_method = method;
  p->session_id = sid;
  p->read_only = read_only;
  return p;
}

Status Service::fill_roles(db::Tx& tx, std::vector<User>& users) {
  if (users.empty()) return {};
  db::Params params;
  std::string in;
  std::map<std::int64_t, User*> by_id;
  std::vector<std::int64_t> customer_ids;
  for (auto& u : users) {
    params.emplace_back(u.id);
    in += (in.empty() ? "$" : ", $") + std::to_string(params.size());
    by_id[u.id] = &u;
    if (u.customer_id) customer_ids.push_back(*u.customer_id);
  }
  COLO_TRY(auto res, tx.query("SELECT user_id, role FROM user_roles WHERE user_id IN (" + in +
                                  ") ORDER BY user_id, role",
                              params));
  for (const auto& r : res.rows) by_id[r.int64(0)]->roles.push_back(r.text(1));
  std::sort(customer_ids.begin(), customer_ids.end());
  customer_ids.erase(std::unique(customer_ids.begin(), customer_ids.end()), customer_ids.end());
  COLO_TRY(auto names, customers_.names(tx, customer_ids));
  for (auto& u : users)
    if (u.customer_id && names.count(*u.customer_id)) u.customer_name = names[*u.customer_id];
  return {};
}

Result<std::optional<User>> Service::load_user(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kUserColumns) + " WHERE u.id = $1", {id}));
  if (!row) return std::optional<User>{};
  std::vector<User> one{User{row->int64(0), row->text(1), row->text(2), row->text(3), {},
                             row->opt_int64(4), std::nullopt, row->boolean(5), row->text(6),
                             row->opt_text(7)}};
  COLO_CHECK(fill_roles(tx, one));
  return std::optional<User>(std::move(one[0]));
}

Result<Session> Service::login(const std::string& username, const std::string& password,
                               const Context& ctx) {
  auto now_steady = std::chrono::steady_clock::now();
  const std::string account_key = "user:" + username;
  const std::string source_key = "addr:" + ctx.source;
  long wait = std::max(account_limiter_.locked_for(account_key, now_steady),
                       address_limiter_.locked_for(source_key, now_steady));
  if (wait > 0)
    return Error{ErrorKind::rate_limited, "auth.rate_limited",
                 "Too many failed sign-ins. Try again in " + std::to_string(wait) + " seconds.",
                 {{"retry_after", "seconds", std::to_string(wait)}}};
  std::optional<std::int64_t> user_id;
  bool ok = false;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto row, tx.one(kLoginRow, {username}));
    if (row) {
      bool password_ok = crypto::verify_password(row->text(1), password);
      ok = password_ok && row->boolean(2);
      user_id = row->int64(0);
    } else {
      (void)crypto::verify_password(dummy_hash(), password);
    }
  }
  if (!ok) {
    account_limiter_.failure(account_key, now_steady);
    address_limiter_.failure(source_key, now_steady);
    return invalid_credentials();
  }
  account_limiter_.success(account_key);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto user, load_user(tx, *user_id));
  if (!user) return invalid_credentials();
  Session s;
  s.token = crypto::random_token();
  s.csrf_token = crypto::random_token();
  auto now = clock_.now();
  COLO_TRY(auto sid, tx.insert(kInsertSession, {user->id, crypto::blake2b_hex(s.token), s.csrf_token,
                                                ctx.source, format_instant(now),
                                                format_instant(now + kSessionAbsolute)}));
  COLO_CHECK(tx.exec(kLastLogin, {user->id, format_instant(now)}));
  user->last_login_at = format_instant(now);
  Context actor = ctx;
  actor.principal = principal_for(*user, "session", sid, false);
  COLO_CHECK(audit::record(tx, actor, clock_,
                           {"session", std::to_string(sid), "login", nullptr,
                            json::object{{"user", user->username}}, user->customer_id}));
  COLO_CHECK(tx.commit());
  s.user = std::move(*user);
  return s;
}

Status Service::logout(const Context& ctx) {
  if (ctx.principal->auth_method != "session") return {};
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto n, tx.exec(kRevokeSession, {ctx.principal->session_id, format_instant(clock_.now())}));
  if (n > 0)
    COLO_CHECK(audit::record(tx, ctx, clock_,
                             {"session", std::to_string(ctx.principal->session_id), "logout", nullptr,
                              nullptr, ctx.principal->customer_id}));
  return tx.commit();
}

Result<std::optional<Authenticated>> Service::from_session(std::string_view token) {
  if (token.empty() || token.size() > 100) return std::optional<Authenticated>{};
  const auto now = clock_.now();
  std::int64_t sid = 0;
  std::string csrf;
  std::optional<Instant> last_seen;
  std::optional<User> user;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto row, tx.one(kSessionRow, {crypto::blake2b_hex(token)}));
    if (!row || !row->is_null(5) || !row->boolean(6)) return std::optional<Authenticated>{};
    last_seen = parse_instant(row->text(3));
    auto expires = parse_instant(row->text(4));
    if (!last_seen || !expires || now >= *expires || now - *last_seen >= kSessionIdle)
      return std::optional<Authenticated>{};
    sid = row->int64(0);
    csrf = row->text(2);
    COLO_TRY(user, load_user(tx, row->int64(1)));
    if (!user) return std::optional<Authenticated>{};
  }
  if (now - *last_seen > std::chrono::minutes(1)) {
    // Sliding idle expiry, written at most once a minute per session.
    auto wtx = db::Tx::begin(db_, db::Access::write);
    if (wtx.ok() && wtx->exec(kTouchSession, {sid, format_instant(now)}).ok()) (void)wtx->commit();
  }
  return std::optional<Authenticated>(Authenticated{principal_for(*user, "session", sid, false), csrf});
}

Result<std::optional<Authenticated>> Service::from_bearer(std::string_view token) {
  // colo_<id>_<secret>
  if (token.rfind("colo_", 0) != 0 || token.size() > 120) return std::optional<Authenticated>{};
  auto rest = token.substr(5);
  auto sep = rest.find('_');
  if (sep == std::string_view::npos || sep == 0) return std::optional<Authenticated>{};
  std::int64_t id = 0;
  for (char c : rest.substr(0, sep)) {
    if (c < '0' || c > '9' || id > 1'000'000'000'000) return std::optional<Authenticated>{};
    id = id * 10 + (c - '0');
  }
  auto secret = rest.substr(sep + 1);
  const auto now = clock_.now();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto row, tx.one(kTokenRow, {id}));
  if (!row || !row->is_null(5) || !row->boolean(6)) return std::optional<Authenticated>{};
  if (!crypto::constant_time_equal(crypto::blake2b_hex(secret), row->text(2)))
    return std::optional<Authenticated>{};
  if (auto exp = row->opt_text(4)) {
    auto t = parse_instant(*exp);
    if (!t || now >= *t) return std::optional<Authenticated>{};
  }
  COLO_TRY(auto user, load_user(tx, row->int64(1)));
  if (!user) return std::optional<Authenticated>{};
  return std::optional<Authenticated>(
      Authenticated{principal_for(*user, "token", id, row->boolean(3)), ""});
}

Result<std::string> Service::csrf_of(const Context& ctx) {
  if (ctx.principal->auth_method != "session") return std::string();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto row, tx.one(kCsrf, {ctx.principal->session_id}));
  return row ? row->text(0) : std::string();
}

Result<User> Service::me(const Context& ctx) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto u, load_user(tx, ctx.principal->user_id));
  if (!u) return Error::not_found("User");
  return std::move(*u);
}

Status Service::change_password(const Context& ctx, const std::string& current, const std::string& next) {
  COLO_CHECK(check_password_rules(next, "new_password"));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto row, tx.one(kPasswordHash, {ctx.principal->user_id}));
  if (!row || !crypto::verify_password(row->text(0), current))
    return Error::validation({{"current_password", "wrong", "The current password is wrong."}});
  auto now = format_instant(clock_.now());
  COLO_CHECK(tx.exec(kSetPassword, {ctx.principal->user_id, crypto::hash_password(next), now}));
  COLO_CHECK(tx.exec(kRevokeOtherSessions, {ctx.principal->user_id,
                                            ctx.principal->auth_method == "session" ? ctx.principal->session_id : 0,
                                            now}));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"user", std::to_string(ctx.principal->user_id), "change_password", nullptr,
                            nullptr, ctx.principal->customer_id}));
  return tx.commit();
}

Result<std::vector<ApiToken>> Service::tokens(const Context& ctx) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto res, tx.query(kTokens, {ctx.principal->user_id}));
  std::vector<ApiToken> out;
  for (const auto& r : res.rows)
    out.push_back(ApiToken{r.int64(0), r.text(1), r.boolean(2), r.opt_text(3), r.text(4), r.opt_text(5), {}});
  return out;
}

Result<ApiToken> Service::create_token(const Context& ctx, const std::string& name,
                                       std::optional<Instant> expires_at, bool read_only) {
  if (name.empty()) return Error::validation({{"name", "required", "A name is required."}});
  if (expires_at && *expires_at <= clock_.now())
    return Error::validation({{"expires_at", "in_past", "The expiry must be in the future."}});
  // A read-only token cannot mint tokens that write.
  if (ctx.principal->read_only) read_only = true;
  std::string secret = crypto::random_token();
  ApiToken t;
  t.name = name;
  t.read_only = read_only;
  if (expires_at) t.expires_at = format_instant(*expires_at);
  t.created_at = format_instant(clock_.now());
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(t.id, tx.insert(kInsertToken, {ctx.principal->user_id, name, crypto::blake2b_hex(secret),
                                          read_only, t.expires_at, t.created_at}));
  t.token = "colo_" + std::to_string(t.id) + "_" + secret;
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"api_token", std::to_string(t.id), "create", nullptr,
                            json::object{{"name", name}, {"read_only", read_only}}, ctx.principal->customer_id}));
  COLO_CHECK(tx.commit());
  return t;
}

Status Service::revoke_token(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto n, tx.exec(kRevokeToken, {id, ctx.principal->user_id, format_instant(clock_.now())}));
  if (n == 0) return Error::not_found("API token");
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"api_token", std::to_string(id), "revoke", nullptr, nullptr, ctx.principal->customer_id}));
  return tx.commit();
}

Result<std::pair<std::int64_t, std::vector<User>>> Service::users(const Context& ctx, const UserFilter& f) {
  db::Params params;
  std::string where = " WHERE 1 = 1";
  if (f.q) {
    params.emplace_back("%" + *f.q + "%");
    auto n = std::to_string(params.size());
    where += " AND (u.username LIKE $" + n + " OR u.display_name LIKE $" + n + ")";
  }
  if (f.role) {
    params.emplace_back(*f.role);
    where += " AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = $" +
             std::to_string(params.size()) + ")";
  }
  if (f.customer) {
    params.emplace_back(*f.customer);
    where += " AND u.customer_id = $" + std::to_string(params.size());
  }
  if (f.active) {
    params.emplace_back(*f.active);
    where += " AND u.active = $" + std::to_string(params.size());
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto count, tx.one("SELECT COUNT(*) FROM users u" + where, params));
  auto p = params;
  p.emplace_back(f.limit);
  p.emplace_back(f.offset);
  COLO_TRY(auto res, tx.query(std::string(kUserColumns) + where + " ORDER BY u.username LIMIT $" +
                                  std::to_string(params.size() + 1) + " OFFSET $" +
                                  std::to_string(params.size() + 2),
                              p));
  std::vector<User> out;
  for (const auto& r : res.rows)
    out.push_back(User{r.int64(0), r.text(1), r.text(2), r.text(3), {}, r.opt_int64(4), std::nullopt,
                       r.boolean(5), r.text(6), r.opt_text(7)});
  COLO_CHECK(fill_roles(tx, out));
  return std::pair{count ? count->int64(0) : 0, std::move(out)};
}

Result<User> Service::user(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto u, load_user(tx, id));
  if (!u) return Error::not_found("User");
  return std::move(*u);
}

Status Service::check_roles(db::Tx& tx, const Context& ctx, const std::vector<std::string>& roles,
                            std::optional<std::int64_t> customer_id) {
  if (roles.empty()) return Error::validation({{"roles", "required", "At least one role."}});
  bool any_customer = false, any_staff = false;
  for (const auto& r : roles) {
    const auto* def = find_role(r);
    if (!def) return Error::validation({{"roles", "invalid_choice", "Unknown role '" + r + "'."}});
    (def->customer ? any_customer : any_staff) = true;
  }
  if (any_customer && any_staff)
    return Error::validation({{"roles", "mixed", "A user is either staff or a customer user, not both."}});
  if (any_customer && !customer_id)
    return Error::validation({{"customer_id", "required", "Customer roles need a customer."}});
  if (any_staff && customer_id)
    return Error::validation({{"customer_id", "not_allowed", "Staff users belong to no customer."}});
  // Business staff may create customer users only; everything else needs users.write.
  if (!ctx.can("users.write") && !(any_customer && ctx.can("users.customer_write")))
    return Error::forbidden("You may not assign these roles.");
  if (customer_id) {
    COLO_TRY(auto c, customers_.find(tx, *customer_id));
    if (!c) return Error::validation({{"customer_id", "not_found", "No such customer."}});
  }
  return {};
}

Result<User> Service::create_user(const Context& ctx, const NewUser& in) {
  std::vector<FieldError> errors;
  if (!valid_username(in.username))
    errors.push_back({"username", "invalid", "2–64 letters, digits, '.', '_', '-' or '@'."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_CHECK(check_password_rules(in.password, "password"));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(check_roles(tx, ctx, in.roles, in.customer_id));
  auto now = format_instant(clock_.now());
  auto id = tx.insert(kInsertUser, {in.username, in.display_name.empty() ? in.username : in.display_name,
                                    in.email, crypto::hash_password(in.password), in.customer_id, now});
  if (!id.ok()) {
    if (id.error().code == "db.unique_violation")
      return Error{ErrorKind::conflict, "users.username_taken", "This user name is taken.",
                   {{"username", "taken", "This user name is taken."}}};
    return std::move(id).error();
  }
  for (const auto& r : in.roles) COLO_CHECK(tx.exec(kInsertRole, {*id, r}));
  COLO_TRY(auto u, load_user(tx, *id));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"user", std::to_string(*id), "create", nullptr, user_audit(*u), u->customer_id}));
  COLO_CHECK(tx.commit());
  return std::move(*u);
}

Result<User> Service::update_user(const Context& ctx, std::int64_t id, const UserChange& change) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, load_user(tx, id));
  if (!before) return Error::not_found("User");
  User u = *before;
  if (change.display_name) u.display_name = *change.display_name;
  if (change.email) u.email = *change.email;
  COLO_CHECK(tx.exec(kUpdateUser, {id, u.display_name, u.email, format_instant(clock_.now())}));
  if (change.roles) {
    if (!ctx.can("users.write")) return Error::forbidden("Only administrators assign roles.");
    COLO_CHECK(check_roles(tx, ctx, *change.roles, u.customer_id));
    COLO_CHECK(tx.exec(kDeleteRoles, {id}));
    for (const auto& r : *change.roles) COLO_CHECK(tx.exec(kInsertRole, {id, r}));
  }
  COLO_TRY(auto after, load_user(tx, id));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"user", std::to_string(id), "update", user_audit(*before), user_audit(*after),
                            after->customer_id}));
  COLO_CHECK(tx.commit());
  return std::move(*after);
}

Result<User> Service::set_active(const Context& ctx, std::int64_t id, bool active) {
  if (!active && id == ctx.principal->user_id)
    return Error::conflict("users.disable_self", "You cannot disable your own account.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, load_user(tx, id));
  if (!before) return Error::not_found("User");
  auto now = format_instant(clock_.now());
  COLO_CHECK(tx.exec(kSetActive, {id, active, now}));
  if (!active) COLO_CHECK(tx.exec(kRevokeAllSessions, {id, now}));
  COLO_TRY(auto after, load_user(tx, id));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"user", std::to_string(id), active ? "enable" : "disable", user_audit(*before),
                            user_audit(*after), after->customer_id}));
  COLO_CHECK(tx.commit());
  return std::move(*after);
}

Status Service::reset_password(const Context& ctx, std::int64_t id, const std::string& password) {
  COLO_CHECK(check_password_rules(password, "password"));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto u, load_user(tx, id));
  if (!u) return Error::not_found("User");
  auto now = format_instant(clock_.now());
  COLO_CHECK(tx.exec(kSetPassword, {id, crypto::hash_password(password), now}));
  COLO_CHECK(tx.exec(kRevokeAllSessions, {id, now}));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"user", std::to_string(id), "reset_password", nullptr, nullptr, u->customer_id}));
  return tx.commit();
}

Result<bool> Service::empty() {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto row, tx.one(kCountUsers));
  return row->int64(0) == 0;
}

Result<std::optional<std::int64_t>> Service::find_user_id(const std::string& username) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto row, tx.one(kUserIdByName, {username}));
  if (!row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(row->int64(0));
}

}  // namespace colo::auth
