#include "auth/service.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "audit/audit.hpp"
#include "auth/permissions.hpp"
#include "auth/store.hpp"
#include "auth/totp.hpp"
#include "core/crypto.hpp"
#include "core/json.hpp"
#include "customers/service.hpp"

namespace colo::auth {

namespace json = boost::json;

namespace {

// After an administrator's reset (an empty secret): the next sign-in must enrol a new authenticator.
bool enrolment_owed(const std::optional<store::TotpRow>& totp) {
  return totp && !totp->confirmed_at && totp->secret_sealed.empty();
}

// Verified against when the user does not exist, so that both answers take as long.
const std::string& dummy_hash() {
  static const std::string h = crypto::hash_password("colo-dummy-password-for-timing");
  return h;
}

Error invalid_credentials() {
  return Error{ErrorKind::unauthenticated, "auth.invalid_credentials", "The user name or password is wrong.", {}};
}

json::value user_audit(const User& u) {
  json::array roles;
  for (const auto& r : u.roles) roles.emplace_back(r);
  return json::object{{"username", u.username},    {"display_name", u.display_name},         {"email", u.email},
                      {"roles", std::move(roles)}, {"customer_id", nullable(u.customer_id)}, {"active", u.active}};
}

Status check_password_length(const std::string& password, const std::string& field) {
  auto errors = password_length_errors(password, field);
  if (!errors.empty()) return Error::validation(std::move(errors));
  return {};
}

Error hashing_busy() {
  return Error{
      ErrorKind::unavailable, "auth.busy", "The server is busy checking other passwords; try again shortly.", {}};
}

json::object revoked_audit(const Revoked& r) {
  return json::object{{"sessions_revoked", r.sessions}, {"tokens_revoked", r.tokens}};
}

bool valid_username(const std::string& u) {
  if (u.size() < 2 || u.size() > 64) return false;
  return std::all_of(u.begin(), u.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '@';
  });
}

std::shared_ptr<Principal> make_principal(std::int64_t user_id, std::string username, std::vector<std::string> roles,
                                          std::optional<std::int64_t> customer_id, std::string method,
                                          std::int64_t credential_id, bool read_only) {
  auto p = std::make_shared<Principal>();
  p->user_id = user_id;
  p->username = std::move(username);
  p->permissions = permissions_for(roles);
  p->roles = std::move(roles);
  p->customer_id = customer_id;
  p->auth_method = std::move(method);
  p->session_id = credential_id;
  p->read_only = read_only;
  return p;
}

bool older_than(const std::optional<std::string>& stamp, Instant now, std::chrono::milliseconds age) {
  if (!stamp) return true;
  auto t = parse_instant(*stamp);
  return !t || now - *t >= age;
}

Error forbidden_without(std::string_view permission) {
  return Error::forbidden("You lack the permission " + std::string(permission) + ".");
}

}  // namespace

// ---- Sign-in and credentials ----

long Service::login_retry_after(const std::string& username, const std::string& source) {
  return limiter_.locked_for(username, source, std::chrono::steady_clock::now());
}

Result<std::string> Service::hash_new_password(const std::string& password) {
  auto slot = hash_gate_.try_enter();
  if (!slot) return hashing_busy();
  return crypto::hash_password(password);
}

Result<Session> Service::login(const std::string& username, const std::string& password, const Context& ctx) {
  // The attempt is reserved before the password is checked, so that parallel tries cannot all
  // pass the limit check first and be counted afterwards.
  auto attempt = limiter_.begin(username, ctx.source, std::chrono::steady_clock::now());
  if (!attempt.admitted())
    return Error{ErrorKind::rate_limited,
                 "auth.rate_limited",
                 "Too many failed sign-ins. Try again in " + std::to_string(attempt.retry_after()) + " seconds.",
                 {}};
  std::optional<std::int64_t> user_id;
  {
    // Refused at once when full, before any database work: the attempt is dropped uncounted and
    // the worker is free again.
    auto slot = hash_gate_.try_enter();
    if (!slot) return hashing_busy();
    std::optional<store::LoginRow> row;
    {
      COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
      COLO_TRY(row, store::login_row(tx, username));
    }  // no transaction stays open while the password is verified
    if (row) {
      // The password is checked before `active`, so a disabled account answers alike and as slowly.
      if (crypto::verify_password(row->password_hash, password) && row->active) user_id = row->user_id;
    } else {
      (void)crypto::verify_password(dummy_hash(), password);
    }
  }
  if (!user_id) {
    attempt.failed(std::chrono::steady_clock::now());
    return invalid_credentials();
  }
  attempt.succeeded();

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto user, load_user(tx, *user_id));
  if (!user || !user->active) return invalid_credentials();  // disabled in between
  COLO_TRY(auto totp, store::totp_of(tx, user->id));
  const bool has_totp = totp && totp->confirmed_at;
  if (has_totp || enrolment_owed(totp) || totp_required(user->roles)) {
    // The password was right; the session waits for the second step.
    Session s;
    s.second_factor = has_totp ? "totp" : "totp_enrol";
    s.challenge = crypto::random_token();
    const auto now = clock_.now();
    COLO_TRY(auto cid,
             store::insert_challenge(tx, crypto::blake2b_hex(s.challenge), user->id, has_totp ? "totp" : "enrol",
                                     ctx.source, format_instant(now), format_instant(now + kChallengeLife)));
    Context actor = ctx;
    actor.principal = make_principal(user->id, user->username, user->roles, user->customer_id, "password", cid, false);
    COLO_CHECK(
        audit::record(tx, actor, clock_,
                      {"user", std::to_string(user->id), "login_second_step_owed", nullptr,
                       json::object{{"user", user->username}, {"second_factor", s.second_factor}}, user->customer_id}));
    COLO_CHECK(tx.commit());
    s.user = std::move(*user);
    return s;
  }
  COLO_TRY(auto s, open_session(tx, std::move(*user), ctx, json::object{}));
  COLO_CHECK(tx.commit());
  return s;
}

Result<Session> Service::open_session(db::Tx& tx, User user, const Context& ctx, json::object how) {
  Session s;
  s.token = crypto::random_token();
  s.csrf_token = crypto::random_token();
  const auto now = clock_.now();
  const auto now_text = format_instant(now);
  COLO_TRY(auto sid, store::insert_session(tx, user.id, crypto::blake2b_hex(s.token), s.csrf_token, ctx.source,
                                           now_text, format_instant(now + kSessionAbsolute)));
  COLO_CHECK(store::set_last_login(tx, user.id, now_text));
  user.last_login_at = now_text;
  Context actor = ctx;
  actor.principal = make_principal(user.id, user.username, user.roles, user.customer_id, "session", sid, false);
  how["user"] = user.username;
  COLO_CHECK(
      audit::record(tx, actor, clock_, {"session", std::to_string(sid), "login", nullptr, how, user.customer_id}));
  s.user = std::move(user);
  return s;
}

// ---- Two-factor sign-in ----

namespace {

Error challenge_invalid() {
  return Error{ErrorKind::unauthenticated,
               "auth.totp.challenge_invalid",
               "This sign-in has expired or was already completed; sign in again.",
               {}};
}

std::int64_t unix_seconds(Instant t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

}  // namespace

bool Service::totp_required(const std::vector<std::string>& roles) const {
  for (const auto& r : roles)
    if (std::find(totp_required_roles_.begin(), totp_required_roles_.end(), r) != totp_required_roles_.end())
      return true;
  return false;
}

Result<std::int64_t> Service::accept_code(db::Tx& tx, std::int64_t user_id, const std::string& sealed_secret,
                                          const std::string& code) {
  COLO_TRY(auto secret, totp_sealer_.open(sealed_secret));
  const auto step = totp::matching_step(secret, unix_seconds(clock_.now()), code);
  if (!step) return Error{ErrorKind::unauthenticated, "auth.totp.invalid_code", "The code is wrong or too old.", {}};
  // Only a step newer than the last accepted one is taken: a code seen once (over a shoulder, in a
  // proxy's log) cannot sign in again, nor can two requests race with one code.
  COLO_TRY(auto taken, store::take_totp_step(tx, user_id, *step));
  if (taken == 0)
    return Error{
        ErrorKind::unauthenticated, "auth.totp.replayed", "This code was already used; wait for the next one.", {}};
  return *step;
}

Result<std::vector<std::string>> Service::new_recovery_codes(db::Tx& tx, std::int64_t user_id) {
  auto codes = totp::new_recovery_codes();
  std::vector<std::string> hashes;
  for (const auto& c : codes) hashes.push_back(crypto::blake2b_hex(totp::normal_recovery_code(c)));
  COLO_CHECK(store::replace_recovery_codes(tx, user_id, hashes));
  return codes;
}

Result<TotpEnrolment> Service::enrol(db::Tx& tx, const User& user, const Context& ctx) {
  COLO_TRY(auto existing, store::totp_of(tx, user.id));
  if (existing && existing->confirmed_at)
    return Error::conflict("auth.totp.already_enabled", "Two-factor sign-in is already on for this account.");
  const auto raw = totp::new_secret();
  COLO_CHECK(store::begin_totp(tx, user.id, totp_sealer_.seal(raw), format_instant(clock_.now())));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"user", std::to_string(user.id), "totp_enrolment_begun", nullptr,
                            json::object{{"user", user.username}}, user.customer_id}));
  return TotpEnrolment{totp::base32(raw), totp::otpauth_uri(totp_issuer_, user.username, raw)};
}

Result<Session> Service::login_second_step(const std::string& challenge, const std::string& code,
                                           const std::string& recovery_code, const Context& ctx) {
  if (challenge.empty() || challenge.size() > 100) return challenge_invalid();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto ch, store::live_challenge(tx, crypto::blake2b_hex(challenge)));
  const auto now = clock_.now();
  if (!ch || ch->failures >= kChallengeFailures) return challenge_invalid();
  if (auto expires = parse_instant(ch->expires_at); !expires || now >= *expires) return challenge_invalid();
  COLO_TRY(auto user, load_user(tx, ch->user_id));
  if (!user || !user->active) return challenge_invalid();
  auto attempt = limiter_.begin(user->username, ctx.source, std::chrono::steady_clock::now());
  if (!attempt.admitted())
    return Error{ErrorKind::rate_limited,
                 "auth.rate_limited",
                 "Too many failed sign-ins. Try again in " + std::to_string(attempt.retry_after()) + " seconds.",
                 {}};
  COLO_TRY(auto totp, store::totp_of(tx, user->id));
  Context actor = ctx;
  actor.principal = make_principal(user->id, user->username, user->roles, user->customer_id, "password", ch->id, false);
  const bool enrolling = ch->purpose == "enrol";
  if (enrolling ? (!totp || totp->confirmed_at) : (!totp || !totp->confirmed_at))
    return Error::conflict("auth.totp.not_pending", "Begin enrolling an authenticator first.");

  std::string how;
  Status checked;
  if (!recovery_code.empty() && !enrolling) {
    how = "recovery_code";
    COLO_TRY(auto used,
             store::use_recovery_code(tx, user->id, crypto::blake2b_hex(totp::normal_recovery_code(recovery_code)),
                                      format_instant(now)));
    if (used == 0)
      checked = Error{ErrorKind::unauthenticated, "auth.totp.invalid_code", "The recovery code is wrong or used.", {}};
  } else {
    how = "totp";
    auto step = accept_code(tx, user->id, totp->secret_sealed, code);
    if (!step.ok()) checked = std::move(step).error();
  }
  if (!checked.ok()) {
    // The failure is recorded and counted, and the rest of this transaction kept: nothing else changed.
    attempt.failed(std::chrono::steady_clock::now());
    COLO_CHECK(store::count_challenge_failure(tx, ch->id));
    COLO_CHECK(
        audit::record(tx, actor, clock_,
                      {"user", std::to_string(user->id), "login_second_step_failed", nullptr,
                       json::object{{"user", user->username}, {"second_factor", how}, {"reason", checked.error().code}},
                       user->customer_id}));
    COLO_CHECK(tx.commit());
    return std::move(checked).error();
  }
  COLO_TRY(auto won, store::use_challenge(tx, ch->id, format_instant(now)));
  if (won == 0) return challenge_invalid();
  attempt.succeeded();
  std::vector<std::string> codes;
  if (enrolling) {
    COLO_CHECK(store::confirm_totp(tx, user->id, format_instant(now)));
    COLO_TRY(codes, new_recovery_codes(tx, user->id));
    COLO_CHECK(audit::record(tx, actor, clock_,
                             {"user", std::to_string(user->id), "totp_enabled", nullptr,
                              json::object{{"user", user->username}}, user->customer_id}));
  }
  COLO_TRY(auto s, open_session(tx, std::move(*user), ctx, json::object{{"second_factor", how}}));
  COLO_CHECK(tx.commit());
  s.recovery_codes = std::move(codes);
  return s;
}

Result<TotpEnrolment> Service::login_enrol(const std::string& challenge, const Context& ctx) {
  if (challenge.empty() || challenge.size() > 100) return challenge_invalid();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto ch, store::live_challenge(tx, crypto::blake2b_hex(challenge)));
  if (!ch || ch->purpose != "enrol" || ch->failures >= kChallengeFailures) return challenge_invalid();
  if (auto expires = parse_instant(ch->expires_at); !expires || clock_.now() >= *expires) return challenge_invalid();
  COLO_TRY(auto user, load_user(tx, ch->user_id));
  if (!user || !user->active) return challenge_invalid();
  Context actor = ctx;
  actor.principal = make_principal(user->id, user->username, user->roles, user->customer_id, "password", ch->id, false);
  COLO_TRY(auto e, enrol(tx, *user, actor));
  COLO_CHECK(tx.commit());
  return e;
}

Result<TotpStatus> Service::totp_status(const Context& ctx) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto totp, store::totp_of(tx, ctx.principal->user_id));
  TotpStatus st;
  st.enabled = totp && totp->confirmed_at;
  st.pending = totp && !totp->confirmed_at && !enrolment_owed(totp);
  st.required = totp_required(ctx.principal->roles) || enrolment_owed(totp);
  if (st.enabled) {
    COLO_TRY(st.recovery_codes_left, store::recovery_codes_left(tx, ctx.principal->user_id));
  }
  return st;
}

Result<TotpEnrolment> Service::begin_totp(const Context& ctx) {
  if (ctx.principal->auth_method != "session")
    return Error::forbidden("Two-factor sign-in is set up from a signed-in session, not with an API token.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto user, load_user(tx, ctx.principal->user_id));
  if (!user) return Error::not_found("User");
  COLO_TRY(auto e, enrol(tx, *user, ctx));
  COLO_CHECK(tx.commit());
  return e;
}

Result<std::vector<std::string>> Service::confirm_totp(const Context& ctx, const std::string& code) {
  if (ctx.principal->auth_method != "session")
    return Error::forbidden("Two-factor sign-in is set up from a signed-in session, not with an API token.");
  const auto uid = ctx.principal->user_id;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto totp, store::totp_of(tx, uid));
  if (!totp || totp->confirmed_at || enrolment_owed(totp))
    return Error::conflict("auth.totp.not_pending", "Begin enrolling an authenticator first.");
  auto step = accept_code(tx, uid, totp->secret_sealed, code);
  if (!step.ok())
    return Error::unprocessable("auth.totp.invalid_code", "The code is wrong or too old.",
                                {{"code", "invalid", "The code is wrong or too old."}});
  COLO_CHECK(store::confirm_totp(tx, uid, format_instant(clock_.now())));
  COLO_TRY(auto codes, new_recovery_codes(tx, uid));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"user", std::to_string(uid), "totp_enabled", nullptr,
                            json::object{{"user", ctx.principal->username}}, ctx.principal->customer_id}));
  COLO_CHECK(tx.commit());
  return codes;
}

Status Service::disable_totp(const Context& ctx, const std::string& code) {
  if (ctx.principal->auth_method != "session")
    return Error::forbidden("Two-factor sign-in is changed from a signed-in session, not with an API token.");
  const auto uid = ctx.principal->user_id;
  if (totp_required(ctx.principal->roles))
    return Error::conflict("auth.totp.required", "Your role requires two-factor sign-in; it cannot be turned off.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto totp, store::totp_of(tx, uid));
  if (!totp || !totp->confirmed_at)
    return Error::conflict("auth.totp.not_enabled", "Two-factor sign-in is not on for this account.");
  auto step = accept_code(tx, uid, totp->secret_sealed, code);
  if (!step.ok())
    return Error::unprocessable("auth.totp.invalid_code", "The code is wrong or too old.",
                                {{"code", "invalid", "The code is wrong or too old."}});
  COLO_CHECK(store::delete_totp(tx, uid));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"user", std::to_string(uid), "totp_disabled", nullptr,
                            json::object{{"user", ctx.principal->username}}, ctx.principal->customer_id}));
  return tx.commit();
}

Status Service::reset_totp(const Context& ctx, std::int64_t user_id) {
  if (!ctx.principal->can("users.write")) return forbidden_without("users.write");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto user, load_user(tx, user_id));
  if (!user) return Error::not_found("User");
  COLO_TRY(auto totp, store::totp_of(tx, user_id));
  if (!totp) return Error::conflict("auth.totp.not_enabled", "Two-factor sign-in is not on for this account.");
  COLO_CHECK(store::delete_totp(tx, user_id));
  // The account stays under two factors: its next sign-in enrols a new authenticator, whatever
  // its roles require (an empty secret marks the enrolment owed).
  COLO_CHECK(store::begin_totp(tx, user_id, "", format_instant(clock_.now())));
  // Whoever holds the lost device must not keep a session either.
  COLO_CHECK(store::revoke_sessions(tx, user_id, 0, format_instant(clock_.now())));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"user", std::to_string(user_id), "totp_reset", nullptr,
                            json::object{{"user", user->username}}, user->customer_id}));
  return tx.commit();
}

Status Service::logout(const Context& ctx) {
  if (ctx.principal->auth_method != "session") return {};
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto n, store::revoke_session(tx, ctx.principal->session_id, format_instant(clock_.now())));
  if (n > 0)
    COLO_CHECK(audit::record(tx, ctx, clock_,
                             {"session", std::to_string(ctx.principal->session_id), "logout", nullptr, nullptr,
                              ctx.principal->customer_id}));
  return tx.commit();
}

Result<std::optional<Authenticated>> Service::from_session(std::string_view token) {
  if (token.empty() || token.size() > 100) return std::optional<Authenticated>{};
  const auto now = clock_.now();
  std::optional<store::Credential> cred;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(cred, store::session_by_token_hash(tx, crypto::blake2b_hex(token)));
  }
  if (!cred) return std::optional<Authenticated>{};
  auto expires = cred->expires_at ? parse_instant(*cred->expires_at) : std::nullopt;
  if (!expires || now >= *expires || older_than(cred->last_used_at, now, kSessionIdle))
    return std::optional<Authenticated>{};
  if (older_than(cred->last_used_at, now, kTouchInterval)) {
    // Sliding idle expiry, written at most once a minute per session; a failed write only
    // shortens the session.
    if (auto wtx = db::Tx::begin(db_, db::Access::write); wtx.ok())
      if (store::touch_session(*wtx, cred->id, format_instant(now)).ok()) (void)wtx->commit();
  }
  return std::optional<Authenticated>(Authenticated{
      make_principal(cred->user_id, cred->username, cred->roles, cred->customer_id, "session", cred->id, false),
      cred->secret});
}

Result<std::optional<Authenticated>> Service::from_bearer(std::string_view token) {
  // colo_<id>_<secret>: the id finds the row, the secret is compared in constant time.
  if (token.substr(0, kTokenPrefix.size()) != kTokenPrefix || token.size() > 120) return std::optional<Authenticated>{};
  auto rest = token.substr(kTokenPrefix.size());
  auto sep = rest.find('_');
  if (sep == std::string_view::npos || sep == 0 || sep > 15) return std::optional<Authenticated>{};
  std::int64_t id = 0;
  for (char c : rest.substr(0, sep)) {
    if (c < '0' || c > '9') return std::optional<Authenticated>{};
    id = id * 10 + (c - '0');
  }
  auto secret = rest.substr(sep + 1);
  const auto now = clock_.now();
  std::optional<store::Credential> cred;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(cred, store::token_by_id(tx, id));
  }
  if (!cred || !crypto::constant_time_equal(crypto::blake2b_hex(secret), cred->secret))
    return std::optional<Authenticated>{};
  if (cred->expires_at) {
    auto t = parse_instant(*cred->expires_at);
    if (!t || now >= *t) return std::optional<Authenticated>{};
  }
  if (older_than(cred->last_used_at, now, kTouchInterval)) {
    if (auto wtx = db::Tx::begin(db_, db::Access::write); wtx.ok())
      if (store::touch_token(*wtx, cred->id, format_instant(now)).ok()) (void)wtx->commit();
  }
  return std::optional<Authenticated>(Authenticated{
      make_principal(cred->user_id, cred->username, cred->roles, cred->customer_id, "token", cred->id, cred->read_only),
      ""});
}

Result<std::string> Service::csrf_of(const Context& ctx) {
  if (ctx.principal->auth_method != "session") return std::string();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto csrf, store::csrf_token(tx, ctx.principal->session_id));
  return csrf.value_or("");
}

// ---- One's own account ----

Result<User> Service::me(const Context& ctx) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto u, load_user(tx, ctx.principal->user_id));
  if (!u) return Error::not_found("User");
  return std::move(*u);
}

Result<Revoked> Service::change_password(const Context& ctx, const std::string& current, const std::string& next) {
  COLO_CHECK(check_password_length(next, "new_password"));
  const auto user_id = ctx.principal->user_id;
  std::optional<std::string> hash;
  std::optional<User> user;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(hash, store::password_hash(tx, user_id));
    COLO_TRY(user, store::find_user(tx, user_id));
  }
  if (!hash || !user) return Error::not_found("User");
  // Guessing the current password through a stolen session is limited like signing in.
  auto attempt = limiter_.begin(user->username, ctx.source, std::chrono::steady_clock::now());
  if (!attempt.admitted())
    return Error{ErrorKind::rate_limited,
                 "auth.rate_limited",
                 "Too many wrong passwords. Try again in " + std::to_string(attempt.retry_after()) + " seconds.",
                 {}};
  std::string next_hash;
  {
    // Both argon2id runs happen outside the write transaction, within one hashing slot.
    auto slot = hash_gate_.try_enter();
    if (!slot) return hashing_busy();
    if (!crypto::verify_password(*hash, current)) {
      attempt.failed(std::chrono::steady_clock::now());
      return Error::validation({{"current_password", "wrong", "The current password is wrong."}});
    }
    attempt.succeeded();
    COLO_CHECK(check_password_strength(next, "new_password", {user->username, user->display_name}));
    next_hash = crypto::hash_password(next);
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto now_hash, store::password_hash(tx, user_id));
  if (now_hash != hash)
    return Error::conflict("auth.password_changed", "The password was changed meanwhile; sign in again.");
  auto now = format_instant(clock_.now());
  COLO_CHECK(store::set_password(tx, user_id, next_hash, now));
  Revoked revoked;
  COLO_TRY(revoked.sessions,
           store::revoke_sessions(tx, user_id, ctx.principal->auth_method == "session" ? ctx.principal->session_id : 0,
                                  now));
  COLO_TRY(revoked.tokens, store::revoke_tokens(tx, user_id, now));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"user", std::to_string(user_id), "change_password", nullptr, revoked_audit(revoked),
                            ctx.principal->customer_id}));
  COLO_CHECK(tx.commit());
  return revoked;
}

Result<std::vector<ApiToken>> Service::tokens(const Context& ctx) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::tokens_of(tx, ctx.principal->user_id);
}

Result<ApiToken> Service::create_token(const Context& ctx, const std::string& name, std::optional<Instant> expires_at,
                                       bool read_only) {
  if (name.empty()) return Error::validation({{"name", "required", "A name is required."}});
  if (expires_at && *expires_at <= clock_.now())
    return Error::validation({{"expires_at", "in_past", "The expiry must be in the future."}});
  ApiToken t;
  t.name = name;
  t.read_only = read_only || ctx.principal->read_only;  // a read-only token cannot mint writers
  if (expires_at) t.expires_at = format_instant(*expires_at);
  t.created_at = format_instant(clock_.now());
  const std::string secret = crypto::random_token();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(t.id, store::insert_token(tx, ctx.principal->user_id, t, crypto::blake2b_hex(secret)));
  t.token = std::string(kTokenPrefix) + std::to_string(t.id) + "_" + secret;
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {"api_token", std::to_string(t.id), "create", nullptr,
                     json::object{{"name", t.name}, {"read_only", t.read_only}, {"expires_at", nullable(t.expires_at)}},
                     ctx.principal->customer_id}));
  COLO_CHECK(tx.commit());
  return t;
}

Status Service::revoke_token(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto n, store::revoke_token(tx, id, ctx.principal->user_id, format_instant(clock_.now())));
  if (n == 0) return Error::not_found("API token");
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"api_token", std::to_string(id), "revoke", nullptr, nullptr, ctx.principal->customer_id}));
  return tx.commit();
}

// ---- Saved list views ----

namespace {
bool valid_page_key(const std::string& page) {
  if (page.empty() || page.size() > 64) return false;
  return std::all_of(page.begin(), page.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}
}  // namespace

Result<std::vector<SavedView>> Service::saved_views(const Context& ctx, const std::string& page) {
  if (!page.empty() && !valid_page_key(page))
    return Error::validation({{"page", "invalid", "A page key is up to 64 of a-z, 0-9, '.', '_' and '-'."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::saved_views_of(tx, ctx.principal->user_id, page);
}

Result<SavedView> Service::save_view(const Context& ctx, const std::string& page, const std::string& name,
                                     const std::string& query) {
  std::vector<FieldError> errors;
  if (!valid_page_key(page))
    errors.push_back({"page", "invalid", "A page key is up to 64 of a-z, 0-9, '.', '_' and '-'."});
  if (name.empty()) errors.push_back({"name", "required", "A name is required."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  SavedView v;
  v.page = page;
  v.name = name;
  v.query = query;
  v.created_at = v.updated_at = format_instant(clock_.now());
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  // Replacing a view of the same name does not count against the limit.
  COLO_TRY(auto existing, store::saved_views_of(tx, ctx.principal->user_id, page));
  const bool replaces =
      std::any_of(existing.begin(), existing.end(), [&](const SavedView& e) { return e.name == name; });
  if (!replaces && static_cast<std::int64_t>(existing.size()) >= kMaxSavedViewsPerPage)
    return Error::unprocessable("auth.saved_views.too_many", "At most " + std::to_string(kMaxSavedViewsPerPage) +
                                                                 " views can be saved for one list; delete one first.");
  COLO_TRY(v.id, store::upsert_saved_view(tx, ctx.principal->user_id, v));
  COLO_CHECK(tx.commit());
  for (const auto& e : existing)
    if (e.name == name) v.created_at = e.created_at;
  return v;
}

Status Service::delete_view(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto n, store::delete_saved_view(tx, id, ctx.principal->user_id));
  if (n == 0) return Error::not_found("Saved view");
  return tx.commit();
}

// ---- User administration ----

Status Service::fill_roles(db::Tx& tx, std::vector<User>& users) {
  if (users.empty()) return {};
  std::vector<std::int64_t> ids, customer_ids;
  for (const auto& u : users) {
    ids.push_back(u.id);
    if (u.customer_id) customer_ids.push_back(*u.customer_id);
  }
  std::sort(customer_ids.begin(), customer_ids.end());
  customer_ids.erase(std::unique(customer_ids.begin(), customer_ids.end()), customer_ids.end());
  COLO_TRY(auto roles, store::roles_of(tx, ids));
  COLO_TRY(auto names, customers_.names(tx, customer_ids));
  for (auto& u : users) {
    if (auto it = roles.find(u.id); it != roles.end()) u.roles = std::move(it->second);
    if (u.customer_id)
      if (auto it = names.find(*u.customer_id); it != names.end()) u.customer_name = it->second;
  }
  return {};
}

Result<std::optional<User>> Service::load_user(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto u, store::find_user(tx, id));
  if (!u) return u;
  std::vector<User> one{std::move(*u)};
  COLO_CHECK(fill_roles(tx, one));
  return std::optional<User>(std::move(one[0]));
}

Result<std::pair<std::int64_t, std::vector<User>>> Service::users(const Context& ctx, const UserFilter& f) {
  if (!ctx.can("users.read")) return forbidden_without("users.read");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto page, store::list_users(tx, f));
  COLO_CHECK(fill_roles(tx, page.second));
  return page;
}

Result<User> Service::user(const Context& ctx, std::int64_t id) {
  if (!ctx.can("users.read")) return forbidden_without("users.read");
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

// Refuses a change that would leave no active administrator to sign in with.
Status Service::keep_an_administrator(db::Tx& tx, const User& before, bool stays_admin) {
  bool was_admin = before.active && std::find(before.roles.begin(), before.roles.end(), "admin") != before.roles.end();
  if (!was_admin || stays_admin) return {};
  COLO_TRY(auto admins, store::count_active_with_role(tx, "admin"));
  if (admins <= 1) return Error::conflict("users.last_admin", "This is the last active administrator.");
  return {};
}

Result<User> Service::create_user(const Context& ctx, const NewUser& in) {
  if (!ctx.can("users.write") && !ctx.can("users.customer_write")) return forbidden_without("users.write");
  std::vector<FieldError> errors;
  if (!valid_username(in.username))
    errors.push_back({"username", "invalid", "2–64 letters, digits, '.', '_', '-' or '@'."});
  for (auto& f : password_length_errors(in.password, "password")) errors.push_back(std::move(f));
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_CHECK(check_password_strength(in.password, "password", {in.username, in.display_name}));
  auto roles = in.roles;
  std::sort(roles.begin(), roles.end());
  roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
  User u;
  u.username = in.username;
  u.display_name = in.display_name.empty() ? in.username : in.display_name;
  u.email = in.email;
  u.customer_id = in.customer_id;
  u.created_at = format_instant(clock_.now());
  COLO_TRY(const auto hash, hash_new_password(in.password));  // slow: before the write lock
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(check_roles(tx, ctx, roles, in.customer_id));
  auto id = store::insert_user(tx, u, hash);
  if (!id.ok()) {
    if (id.error().is("db.unique_violation"))
      return Error{ErrorKind::conflict,
                   "users.username_taken",
                   "This user name is taken.",
                   {{"username", "taken", "This user name is taken."}}};
    return std::move(id).error();
  }
  COLO_CHECK(store::set_roles(tx, *id, roles));
  COLO_TRY(auto created, load_user(tx, *id));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"user", std::to_string(*id), "create", nullptr, user_audit(*created), created->customer_id}));
  COLO_CHECK(tx.commit());
  return std::move(*created);
}

Result<User> Service::update_user(const Context& ctx, std::int64_t id, const UserChange& change) {
  if (!ctx.can("users.write")) return forbidden_without("users.write");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, load_user(tx, id));
  if (!before) return Error::not_found("User");
  User u = *before;
  if (change.display_name) u.display_name = change.display_name->empty() ? u.username : *change.display_name;
  if (change.email) u.email = *change.email;
  COLO_CHECK(store::update_profile(tx, id, u.display_name, u.email, format_instant(clock_.now())));
  if (change.roles) {
    auto roles = *change.roles;
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    COLO_CHECK(check_roles(tx, ctx, roles, u.customer_id));
    COLO_CHECK(keep_an_administrator(tx, *before, std::find(roles.begin(), roles.end(), "admin") != roles.end()));
    COLO_CHECK(store::set_roles(tx, id, roles));
  }
  COLO_TRY(auto after, load_user(tx, id));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"user", std::to_string(id), "update", user_audit(*before), user_audit(*after), after->customer_id}));
  COLO_CHECK(tx.commit());
  return std::move(*after);
}

Result<std::pair<User, Revoked>> Service::set_active(const Context& ctx, std::int64_t id, bool active) {
  if (!ctx.can("users.write")) return forbidden_without("users.write");
  if (!active && id == ctx.principal->user_id)
    return Error::conflict("users.disable_self", "You cannot disable your own account.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, load_user(tx, id));
  if (!before) return Error::not_found("User");
  if (!active) COLO_CHECK(keep_an_administrator(tx, *before, false));
  auto now = format_instant(clock_.now());
  COLO_CHECK(store::set_active(tx, id, active, now));
  Revoked revoked;
  if (!active) {
    COLO_TRY(revoked.sessions, store::revoke_sessions(tx, id, 0, now));
  }
  // Also on enabling: tokens of an account disabled before tokens were revoked with it must not
  // come back to life.
  COLO_TRY(revoked.tokens, store::revoke_tokens(tx, id, now));
  COLO_TRY(auto after, load_user(tx, id));
  auto after_audit = user_audit(*after);
  for (auto& [k, v] : revoked_audit(revoked)) after_audit.as_object()[k] = v;
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"user", std::to_string(id), active ? "enable" : "disable", user_audit(*before),
                            std::move(after_audit), after->customer_id}));
  COLO_CHECK(tx.commit());
  return std::pair<User, Revoked>{std::move(*after), revoked};
}

Result<Revoked> Service::reset_password(const Context& ctx, std::int64_t id, const std::string& password) {
  if (!ctx.can("users.write")) return forbidden_without("users.write");
  COLO_CHECK(check_password_length(password, "password"));
  std::optional<User> target;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(target, store::find_user(tx, id));
  }
  if (!target) return Error::not_found("User");
  COLO_CHECK(check_password_strength(password, "password", {target->username, target->display_name}));
  COLO_TRY(const auto hash, hash_new_password(password));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto u, load_user(tx, id));
  if (!u) return Error::not_found("User");
  auto now = format_instant(clock_.now());
  COLO_CHECK(store::set_password(tx, id, hash, now));
  Revoked revoked;
  COLO_TRY(revoked.sessions, store::revoke_sessions(tx, id, 0, now));
  COLO_TRY(revoked.tokens, store::revoke_tokens(tx, id, now));
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {"user", std::to_string(id), "reset_password", nullptr, revoked_audit(revoked), u->customer_id}));
  COLO_CHECK(tx.commit());
  return revoked;
}

Result<bool> Service::empty() {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto n, store::count_users(tx));
  return n == 0;
}

Result<std::optional<std::int64_t>> Service::find_user_id(const std::string& username) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::user_id_by_name(tx, username);
}

}  // namespace colo::auth
