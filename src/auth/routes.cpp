// HTTP adapter: sign-in, sessions, API tokens, user administration, the role table.
#include "auth/routes.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "auth/lists.hpp"
#include "auth/permissions.hpp"
#include "auth/service.hpp"
#include "core/json.hpp"
#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/problem.hpp"
#include "http/router.hpp"

namespace colo::auth {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

// The answers, written once as shapes (core/shape.hpp): the JSON and the document's schemas.
template <typename W>
void write_user(W& w, const User& u) {
  auto granted = permissions_for(u.roles);
  std::vector<std::string> perms(granted.begin(), granted.end());
  std::sort(perms.begin(), perms.end());
  w.field("id", u.id);
  w.field("username", u.username);
  w.field("display_name", u.display_name);
  w.field("email", u.email);
  w.strings("roles", u.roles);
  w.field("customer_id", u.customer_id);
  w.field("customer_name", u.customer_name);
  w.strings("permissions", perms);
  w.field("active", u.active);
  w.field("created_at", u.created_at);
  w.field("last_login_at", u.last_login_at);
}

template <typename W>
void write_revoked(W& w, const Revoked& r) {
  w.field("sessions_revoked", r.sessions);
  w.field("tokens_revoked", r.tokens);
}

template <typename W>
void write_token(W& w, const ApiToken& t) {
  w.field("id", t.id);
  w.field("name", t.name);
  w.field("read_only", t.read_only);
  w.field("expires_at", t.expires_at);
  w.field("created_at", t.created_at);
  w.field("last_used_at", t.last_used_at);
  // The secret, only in the answer that created the token.
  w.when(t.token.has_value(), [&] { w.field("token", t.token.value_or("")); });
}

// Who is signed in, and the CSRF token its writes must send.
struct SignedIn {
  User user;
  std::string csrf_token;
};
template <typename W>
void write_session(W& w, const SignedIn& s) {
  w.object("user", "User", [&] { write_user(w, s.user); });
  w.field("csrf_token", s.csrf_token);
}

// A user whose state changed, with the credentials that change revoked.
struct UserRevoked {
  User user;
  Revoked revoked;
};

template <typename W>
void write_role(W& w, const RoleDef& r) {
  std::vector<std::string> perms;
  for (const auto& p : all_permissions())
    if (std::find(p.roles.begin(), p.roles.end(), r.name) != p.roles.end()) perms.emplace_back(p.name);
  w.field("name", r.name);
  w.field("label_en", r.label_en);
  w.field("label_zh", r.label_zh);
  w.field("customer", r.customer);
  w.strings("permissions", perms);
}

std::string session_cookie(const Request& req, const std::string& value, long max_age);

// A sign-in's answer: the session, or the second step it still owes.
template <typename W>
void write_sign_in(W& w, const Session& s) {
  const bool signed_in = s.second_factor.empty();
  w.when(signed_in, [&] {
    w.object("user", "User", [&] { write_user(w, s.user); });
    w.field("csrf_token", s.csrf_token);
  });
  w.when(!signed_in, [&] {
    w.field("second_factor", s.second_factor, shape::Values{"totp", "totp_enrol"});
    w.field("challenge", s.challenge);
  });
  w.when(!s.recovery_codes.empty(), [&] { w.strings("recovery_codes", s.recovery_codes); });
}

constexpr auto sign_in_shape = [](auto& w, const Session& s) { write_sign_in(w, s); };
constexpr auto enrolment_shape = [](auto& w, const TotpEnrolment& e) {
  w.field("secret", e.secret);
  w.field("otpauth_uri", e.otpauth_uri);
};
constexpr auto totp_status_shape = [](auto& w, const TotpStatus& t) {
  w.field("enabled", t.enabled);
  w.field("pending", t.pending);
  w.field("required", t.required);
  w.field("recovery_codes_left", t.recovery_codes_left);
};
struct RecoveryCodes {
  std::vector<std::string> codes;
};
constexpr auto recovery_codes_shape = [](auto& w, const RecoveryCodes& r) { w.strings("recovery_codes", r.codes); };

// The answer to a sign-in step: a session sets the cookie; a pending second step does not.
Response sign_in_answer(Result<Session> s, Service& svc, const std::string& username, const Request& req) {
  if (!s.ok()) {
    auto r = http::problem(s.error(), req);
    if (s.error().kind == ErrorKind::rate_limited && !username.empty())
      r.set_header("Retry-After", std::to_string(std::max(1L, svc.login_retry_after(username, req.remote_addr))));
    else if (s.error().kind == ErrorKind::rate_limited)
      r.set_header("Retry-After", "60");
    if (s.error().is("auth.busy")) r.set_header("Retry-After", "1");
    return r;
  }
  auto r = http::json_response(shape::value_of(*s, sign_in_shape));
  if (s->second_factor.empty())
    r.headers.emplace_back(
        "Set-Cookie",
        session_cookie(req, s->token, std::chrono::duration_cast<std::chrono::seconds>(kSessionAbsolute).count()));
  return r;
}

constexpr auto user_shape = [](auto& w, const User& u) { write_user(w, u); };
constexpr auto token_shape = [](auto& w, const ApiToken& t) { write_token(w, t); };
constexpr auto session_shape = [](auto& w, const SignedIn& s) { write_session(w, s); };
constexpr auto revoked_shape = [](auto& w, const Revoked& r) { write_revoked(w, r); };
constexpr auto user_revoked_shape = [](auto& w, const UserRevoked& x) {
  write_user(w, x.user);
  write_revoked(w, x.revoked);
};
constexpr auto role_shape = [](auto& w, const RoleDef& r) { write_role(w, r); };

json::object user_json(const User& u) { return shape::value_of(u, user_shape); }

const std::vector<std::string>& role_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const auto& r : all_roles()) v.push_back(r.name);
    return v;
  }();
  return names;
}

json::object token_json(const ApiToken& t) { return shape::value_of(t, token_shape); }

std::string session_cookie(const Request& req, const std::string& value, long max_age) {
  std::string c = "colo_session=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age);
  if (req.secure) c += "; Secure";
  return c;
}

std::vector<std::string> read_roles(http::JsonObjectReader& b, bool required) {
  std::vector<std::string> roles;
  const auto* arr = b.array("roles", required);
  if (!arr) return roles;
  for (const auto& v : *arr) {
    if (!v.is_string()) {
      b.error("roles", "type", "Expected role names.");
      return {};
    }
    roles.emplace_back(v.get_string());
  }
  return roles;
}

// A saved filter's query, stored as JSON text: an object of filter names and values.
json::value saved_query(const std::string& text) {
  boost::system::error_code ec;
  auto query = json::parse(text, ec);
  if (ec || !query.is_object()) return json::object{};
  return query;
}

constexpr auto saved_view_shape = [](auto& w, const SavedView& v) {
  w.field("id", v.id);
  w.field("page", v.page);
  w.field("name", v.name);
  w.any("query", saved_query(v.query));
  w.field("created_at", v.created_at);
  w.field("updated_at", v.updated_at);
};

json::object revoked_json(const Revoked& r) { return shape::value_of(r, revoked_shape); }

// A password change or reset answers what it revoked; "auth.busy" answers with Retry-After.
Response password_set(Result<Revoked> result, const Request& req) {
  if (!result.ok() && result.error().is("auth.busy")) {
    auto r = http::problem(result.error(), req);
    r.set_header("Retry-After", "1");
    return r;
  }
  return http::json_response(revoked_json(std::move(result).take()));
}

json::value obj(std::initializer_list<std::pair<const char*, const char*>> props) {
  json::object p;
  for (auto [k, t] : props) p[k] = json::object{{"type", t}};
  return json::object{{"type", "object"}, {"properties", p}};
}

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  router.add({.method = "POST",
              .pattern = "/api/v1/auth/login",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto username = b.string("username", {.required = true, .max = 64});
                    auto password = b.string("password", {.required = true, .max = 1024, .trim = false});
                    b.finish();
                    Context ctx{nullptr, req.request_id, req.remote_addr, req.lang};
                    return sign_in_answer(svc.login(*username, *password, ctx), svc, *username, req);
                  },
              .summary = "Sign in; sets the session cookie and answers the CSRF token, or answers the second step "
                         "(second_factor, challenge) when two-factor sign-in is on or required.",
              .tag = "auth",
              .auth = http::Auth::none,
              .request_schema = obj({{"username", "string"}, {"password", "string"}}),
              .response_schema = shape::schema_of<Session>("SignIn", sign_in_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/auth/login/totp",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto challenge = b.string("challenge", {.required = true, .max = 100});
                    auto code = b.string("code", {.max = 16});
                    auto recovery = b.string("recovery_code", {.max = 64});
                    if (!code && !recovery) b.error("code", "required", "Give the code or a recovery code.");
                    b.finish();
                    Context ctx{nullptr, req.request_id, req.remote_addr, req.lang};
                    return sign_in_answer(
                        svc.login_second_step(*challenge, code.value_or(""), recovery.value_or(""), ctx), svc, "", req);
                  },
              .summary =
                  "The second step of a sign-in: the authenticator's code or a recovery code (one use); "
                  "sets the session cookie. After enrolment during sign-in the recovery codes are answered once.",
              .tag = "auth",
              .auth = http::Auth::none,
              .request_schema = obj({{"challenge", "string"}, {"code", "string"}, {"recovery_code", "string"}}),
              .response_schema = shape::schema_of<Session>("SignIn", sign_in_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/auth/login/enrol",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto challenge = b.string("challenge", {.required = true, .max = 100});
                    b.finish();
                    Context ctx{nullptr, req.request_id, req.remote_addr, req.lang};
                    return http::json_response(
                        shape::value_of(svc.login_enrol(*challenge, ctx).take(), enrolment_shape));
                  },
              .summary = "Begin enrolling an authenticator during a sign-in whose role requires two factors.",
              .tag = "auth",
              .auth = http::Auth::none,
              .request_schema = obj({{"challenge", "string"}}),
              .response_schema = shape::schema_of<TotpEnrolment>("TotpEnrolment", enrolment_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/me/totp",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(
                        shape::value_of(svc.totp_status(http::context_of(req)).take(), totp_status_shape));
                  },
              .summary = "Whether one's two-factor sign-in is on, pending or required, and recovery codes left.",
              .tag = "auth",
              .permission = "auth.self",
              .response_schema = shape::schema_of<TotpStatus>("TotpStatus", totp_status_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/me/totp",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(
                        shape::value_of(svc.begin_totp(http::context_of(req)).take(), enrolment_shape));
                  },
              .summary = "Begin enrolling an authenticator: its secret and otpauth:// URI (for the QR code).",
              .tag = "auth",
              .permission = "auth.self",
              .response_schema = shape::schema_of<TotpEnrolment>("TotpEnrolment", enrolment_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/me/totp/confirm",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto code = b.string("code", {.required = true, .max = 16});
                    b.finish();
                    auto codes = svc.confirm_totp(http::context_of(req), *code).take();
                    return http::json_response(shape::value_of(RecoveryCodes{codes}, recovery_codes_shape));
                  },
              .summary = "Confirm the authenticator with its current code; turns two-factor sign-in on and answers "
                         "the recovery codes, once.",
              .tag = "auth",
              .permission = "auth.self",
              .request_schema = obj({{"code", "string"}}),
              .response_schema = shape::schema_of<RecoveryCodes>("RecoveryCodes", recovery_codes_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/me/totp/disable",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto code = b.string("code", {.required = true, .max = 16});
                    b.finish();
                    svc.disable_totp(http::context_of(req), *code).take();
                    return Response::no_content();
                  },
              .summary = "Turn two-factor sign-in off with a current code (not while a role requires it).",
              .tag = "auth",
              .permission = "auth.self",
              .request_schema = obj({{"code", "string"}}),
              .success_status = 204});
  router.add({.method = "POST",
              .pattern = "/api/v1/auth/logout",
              .handler =
                  [&svc](Request& req) {
                    svc.logout(http::context_of(req)).take();
                    auto r = Response::no_content();
                    r.headers.emplace_back("Set-Cookie", session_cookie(req, "", 0));
                    return r;
                  },
              .summary = "Sign out.",
              .tag = "auth",
              .auth = http::Auth::authenticated,
              .success_status = 204});
  router.add({.method = "GET",
              .pattern = "/api/v1/auth/me",
              .handler =
                  [&svc](Request& req) {
                    auto ctx = http::context_of(req);
                    auto u = svc.me(ctx).take();
                    return http::json_response(shape::value_of(SignedIn{u, svc.csrf_of(ctx).take()}, session_shape));
                  },
              .summary = "The signed-in user and the CSRF token.",
              .tag = "auth",
              .auth = http::Auth::authenticated,
              .response_schema = shape::schema_of<SignedIn>("Session", session_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/auth/password",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto cur = b.string("current_password", {.required = true, .max = 1024, .trim = false});
                    auto next = b.string("new_password", {.required = true, .max = 1024, .trim = false});
                    b.finish();
                    return password_set(svc.change_password(http::context_of(req), *cur, *next), req);
                  },
              .summary = "Change one's password; other sessions and all API tokens are revoked (counts answered).",
              .tag = "auth",
              .permission = "auth.self",
              .request_schema = obj({{"current_password", "string"}, {"new_password", "string"}}),
              .response_schema = shape::schema_of<Revoked>("Revoked", revoked_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/auth/tokens",
              .handler =
                  [&svc](Request& req) {
                    auto tokens = svc.tokens(http::context_of(req)).take();
                    return Response::text(200, shape::text_array(tokens, token_shape), "application/json");
                  },
              .summary = "One's API tokens.",
              .tag = "auth",
              .permission = "auth.self",
              .response_schema = shape::array_of<ApiToken>("ApiToken", token_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/auth/tokens",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto name = b.string("name", {.required = true, .max = 100});
                    auto expires = b.instant("expires_at");
                    auto ro = b.boolean("read_only");
                    b.finish();
                    auto t = svc.create_token(http::context_of(req), *name, expires, ro.value_or(false)).take();
                    return http::json_response(token_json(t), 201);
                  },
              .summary = "Create an API token; the secret is shown once.",
              .tag = "auth",
              .permission = "auth.self",
              .request_schema = obj({{"name", "string"}, {"expires_at", "string"}, {"read_only", "boolean"}}),
              .response_schema = shape::schema_of<ApiToken>("ApiToken", token_shape),
              .success_status = 201});
  router.add({.method = "DELETE",
              .pattern = "/api/v1/auth/tokens/{id}",
              .handler =
                  [&svc](Request& req) {
                    svc.revoke_token(http::context_of(req), http::id_param(req)).take();
                    return Response::no_content();
                  },
              .summary = "Revoke an API token.",
              .tag = "auth",
              .permission = "auth.self",
              .success_status = 204});

  // ---- saved list views (one's own)
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/me/saved-views",
       .handler =
           [&svc](Request& req) {
             http::QueryReader q(req);
             auto page = q.string("page", 64);
             q.finish();
             return Response::text(
                 200,
                 shape::text_array(svc.saved_views(http::context_of(req), page.value_or("")).take(), saved_view_shape),
                 "application/json");
           },
       .summary = "One's saved list filters, of one list (page) or all, by name.",
       .tag = "auth",
       .permission = "auth.self",
       .query = {{"page", "string", "which list, e.g. dcim.devices"}},
       .response_schema = shape::array_of<SavedView>("SavedView", saved_view_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/me/saved-views",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto page = b.string("page", {.required = true, .max = 64});
                    auto name = b.string("name", {.required = true, .max = 100});
                    const auto* query = b.object("query", true);
                    json::object filters;
                    if (query) {
                      if (query->size() > 40) b.error("query", "too_many", "At most 40 filters.");
                      for (const auto& [k, v] : *query) {
                        if (k.empty() || k.size() > 64 || !v.is_string() || v.as_string().size() > 1000) {
                          b.error("query", "invalid", "Filters are names with text values of up to 1000 characters.");
                          break;
                        }
                        filters[k] = v;
                      }
                    }
                    b.finish();
                    auto v = svc.save_view(http::context_of(req), *page, *name, json::serialize(filters)).take();
                    return http::json_response(shape::value_of(v, saved_view_shape), 201);
                  },
              .summary = "Save a list filter under a name (the same name on the same list replaces it).",
              .tag = "auth",
              .permission = "auth.self",
              .request_schema = json::object{{"type", "object"},
                                             {"properties", json::object{{"page", json::object{{"type", "string"}}},
                                                                         {"name", json::object{{"type", "string"}}},
                                                                         {"query", json::object{{"type", "object"}}}}},
                                             {"required", json::array{"page", "name", "query"}}},
              .response_schema = shape::schema_of<SavedView>("SavedView", saved_view_shape),
              .success_status = 201});
  router.add({.method = "DELETE",
              .pattern = "/api/v1/me/saved-views/{id}",
              .handler =
                  [&svc](Request& req) {
                    svc.delete_view(http::context_of(req), http::id_param(req)).take();
                    return Response::no_content();
                  },
              .summary = "Delete one of one's saved list filters.",
              .tag = "auth",
              .permission = "auth.self",
              .success_status = 204});

  router.add({.method = "GET",
              .pattern = "/api/v1/users",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    UserFilter f;
                    f.q = q.string("q", 100);
                    f.role = q.choice("role", role_names());
                    f.customer = q.integer("customer", {.min = 1});
                    f.active = q.boolean("active");
                    f.sort = q.string("sort", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.users(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, user_shape));
                  },
              .summary = "List users.",
              .tag = "users",
              .permission = "users.read",
              .query = http::list_docs(store::kUserList,
                                       {{"role", "string", "Role name.", role_names()},
                                        {"customer", "integer", "Customer id."},
                                        {"active", "boolean", "Enabled (true) or disabled (false) users."}},
                                       {.q = "Part of the user name or display name."}),
              .response_schema = shape::page_of<User>("User", user_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/users",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    NewUser in;
                    in.username = b.string("username", {.required = true, .max = 64}).value_or("");
                    in.display_name = b.string("display_name", {.max = 100}).value_or("");
                    in.email = b.string("email", {.max = 254}).value_or("");
                    in.password = b.string("password", {.required = true, .max = 1024, .trim = false}).value_or("");
                    in.roles = read_roles(b, true);
                    in.customer_id = b.integer("customer_id", {.min = 1});
                    b.finish();
                    auto u = svc.create_user(http::context_of(req), in).take();
                    return http::json_response(user_json(u), 201);
                  },
              .summary = "Create a user (business staff: customer users only).",
              .tag = "users",
              .permission = "users.customer_write",
              .request_schema = obj({{"username", "string"},
                                     {"display_name", "string"},
                                     {"email", "string"},
                                     {"password", "string"},
                                     {"roles", "array"},
                                     {"customer_id", "integer"}}),
              .response_schema = shape::schema_of<User>("User", user_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/users/{id}",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(user_json(svc.user(http::context_of(req), http::id_param(req)).take()));
                  },
              .summary = "A user.",
              .tag = "users",
              .permission = "users.read",
              .response_schema = shape::schema_of<User>("User", user_shape)});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/users/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    UserChange c;
                    c.display_name = b.string("display_name", {.max = 100});
                    c.email = b.string("email", {.max = 254});
                    if (b.has("roles")) c.roles = read_roles(b, true);
                    b.finish();
                    return http::json_response(user_json(svc.update_user(http::context_of(req), id, c).take()));
                  },
              .summary = "Change a user's name, e-mail or roles.",
              .tag = "users",
              .permission = "users.write",
              .request_schema = obj({{"display_name", "string"}, {"email", "string"}, {"roles", "array"}}),
              .response_schema = shape::schema_of<User>("User", user_shape)});
  for (bool active : {false, true}) {
    router.add({.method = "POST",
                .pattern = active ? "/api/v1/users/{id}/enable" : "/api/v1/users/{id}/disable",
                .handler =
                    [&svc, active](Request& req) {
                      auto [user, revoked] = svc.set_active(http::context_of(req), http::id_param(req), active).take();
                      return http::json_response(shape::value_of(UserRevoked{user, revoked}, user_revoked_shape));
                    },
                .summary = active ? "Re-enable a user; API tokens from before stay revoked (tokens_revoked)."
                                  : "Disable a user (never deleted); revokes its sessions and API tokens.",
                .tag = "users",
                .permission = "users.write",
                .response_schema = shape::schema_of<UserRevoked>("UserRevoked", user_revoked_shape)});
  }
  router.add({.method = "POST",
              .pattern = "/api/v1/users/{id}/reset-password",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto pw = b.string("password", {.required = true, .max = 1024, .trim = false});
                    b.finish();
                    return password_set(svc.reset_password(http::context_of(req), id, *pw), req);
                  },
              .summary = "Set a new password for a user; revokes its sessions and API tokens (counts answered).",
              .tag = "users",
              .permission = "users.write",
              .request_schema = obj({{"password", "string"}}),
              .response_schema = shape::schema_of<Revoked>("Revoked", revoked_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/users/{id}/totp/reset",
              .handler =
                  [&svc](Request& req) {
                    svc.reset_totp(http::context_of(req), http::id_param(req)).take();
                    return Response::no_content();
                  },
              .summary = "Remove a user's authenticator (a lost device) and revoke its sessions; it enrols again.",
              .tag = "users",
              .permission = "users.write",
              .success_status = 204});
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/roles",
       .handler =
           [](Request&) { return Response::text(200, shape::text_array(all_roles(), role_shape), "application/json"); },
       .summary = "Roles with their labels and permissions.",
       .tag = "users",
       .auth = http::Auth::authenticated,
       .response_schema = shape::array_of<RoleDef>("Role", role_shape)});
}

}  // namespace colo::auth
