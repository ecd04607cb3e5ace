// Identity through the real server (R5.2.2, R6.2.2): sign-in, sessions, CSRF, tokens, users.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <atomic>
#include <fstream>
#include <regex>
#include <set>
#include <thread>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

class Auth : public ApiTest {
 protected:
  // A fresh staff user per test, so that tests do not share lockouts or sessions.
  std::string make_user(const std::string& role, const std::string& password = "long-enough-pw") {
    static int n = 0;
    std::string name = "u" + std::to_string(::getpid()) + "_" + std::to_string(++n) + role;
    auto admin = as("admin");
    auto r = admin.send_json(
        "POST", "/api/v1/users",
        json::object{{"username", name}, {"password", password}, {"roles", json::array{json::value(role)}}});
    EXPECT_EQ(r.status, 201) << r.body;
    return name;
  }
  int user_id(const std::string& name) {
    auto r = as("admin").get("/api/v1/users?q=" + name);
    return static_cast<int>(r.json().at("results").as_array()[0].at("id").as_int64());
  }
};

TEST_P(Auth, LoginSetsAHardenedCookieAndMeAnswers) {
  auto c = client();
  auto r = c.send_json("POST", "/api/v1/auth/login",
                       json::object{{"username", "business"}, {"password", "colo-demo-business"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto cookie = r.header("set-cookie").value_or("");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("Path=/"), std::string::npos);
  auto me = as("business").get("/api/v1/auth/me");
  ASSERT_EQ(me.status, 200);
  auto user = me.json().at("user").as_object();
  EXPECT_EQ(user.at("username").as_string(), "business");
  EXPECT_EQ(user.at("roles").as_array()[0].as_string(), "business");
  EXPECT_FALSE(me.json().at("csrf_token").as_string().empty());
}

TEST_P(Auth, UnknownUserAndWrongPasswordGetTheSameAnswer) {
  auto c = client();
  auto a = c.send_json("POST", "/api/v1/auth/login",
                       json::object{{"username", "nobody-here"}, {"password", "whatever-123"}});
  auto b =
      c.send_json("POST", "/api/v1/auth/login", json::object{{"username", "auditor"}, {"password", "wrong-password"}});
  EXPECT_EQ(a.status, 401);
  EXPECT_EQ(b.status, 401);
  EXPECT_EQ(a.json().at("code"), b.json().at("code"));
  EXPECT_EQ(a.json().at("detail"), b.json().at("detail"));
  EXPECT_EQ(a.header("set-cookie"), std::nullopt);
}

TEST_P(Auth, RepeatedFailuresLockTheAccountWith429AndRetryAfter) {
  auto name = make_user("finance");
  auto c = client();
  int last = 0;
  for (int i = 0; i < 6; ++i)
    last = c.send_json("POST", "/api/v1/auth/login", json::object{{"username", name}, {"password", "wrong-password"}})
               .status;
  EXPECT_EQ(last, 429);
  auto locked =
      c.send_json("POST", "/api/v1/auth/login", json::object{{"username", name}, {"password", "long-enough-pw"}});
  EXPECT_EQ(locked.status, 429) << "the right password does not open a locked account";
  EXPECT_TRUE(locked.header("retry-after"));
  EXPECT_EQ(locked.json().at("code").as_string(), "auth.rate_limited");
}

TEST_P(Auth, NoSessionMeans401AndWrongRoleMeans403) {
  EXPECT_EQ(client().get("/api/v1/customers").status, 401);
  EXPECT_EQ(client().get("/api/v1/audit").status, 401);
  auto r = as("technical").get("/api/v1/audit");
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.json().at("code").as_string(), "forbidden");
}

TEST_P(Auth, CookieWritesNeedTheCsrfToken) {
  auto c = as("business");
  auto before = c.get("/api/v1/customers").json().at("count").as_int64();
  c.set_default_header("X-CSRF-Token", "forged");
  auto r = c.send_json("POST", "/api/v1/customers", json::object{{"name", "CSRF Victim Co"}});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.json().at("code").as_string(), "auth.csrf_failed");
  EXPECT_EQ(c.get("/api/v1/customers").json().at("count").as_int64(), before) << "nothing written";
}

TEST_P(Auth, TokensWorkUntilRevokedAndReadOnlyTokensCannotWrite) {
  auto c = as("business");
  auto created = c.send_json("POST", "/api/v1/auth/tokens", json::object{{"name", "script"}});
  ASSERT_EQ(created.status, 201) << created.body;
  std::string token(created.json().at("token").as_string());
  auto id = created.json().at("id").as_int64();
  auto bearer = client();
  bearer.set_default_header("Authorization", "Bearer " + token);
  EXPECT_EQ(bearer.get("/api/v1/customers").status, 200);
  // The list never shows the secret again.
  EXPECT_EQ(c.get("/api/v1/auth/tokens").body.find(token), std::string::npos);

  auto ro = c.send_json("POST", "/api/v1/auth/tokens", json::object{{"name", "ro"}, {"read_only", true}});
  auto robearer = client();
  robearer.set_default_header("Authorization", "Bearer " + std::string(ro.json().at("token").as_string()));
  EXPECT_EQ(robearer.get("/api/v1/customers").status, 200);
  auto w = robearer.send_json("POST", "/api/v1/customers", json::object{{"name", "Read Only Co"}});
  EXPECT_EQ(w.status, 403);
  EXPECT_EQ(w.json().at("code").as_string(), "auth.read_only_token");

  EXPECT_EQ(c.request("DELETE", "/api/v1/auth/tokens/" + std::to_string(id)).status, 204);
  auto revoked = bearer.get("/api/v1/customers");
  EXPECT_EQ(revoked.status, 401);
  EXPECT_EQ(revoked.json().at("code").as_string(), "auth.invalid_token");
  auto tampered = client();
  tampered.set_default_header("Authorization", "Bearer " + token.substr(0, token.size() - 1) + "x");
  EXPECT_EQ(tampered.get("/api/v1/customers").status, 401);
}

TEST_P(Auth, ExpiredTokenIsRefusedAtCreation) {
  auto r = as("business")
               .send_json("POST", "/api/v1/auth/tokens",
                          json::object{{"name", "old"}, {"expires_at", "2001-01-01T00:00:00Z"}});
  EXPECT_EQ(r.status, 400);
}

TEST_P(Auth, DisablingAUserEndsItsSessionsAtOnce) {
  auto name = make_user("operations");
  auto victim = login(server(), name, "long-enough-pw");
  EXPECT_EQ(victim.get("/api/v1/auth/me").status, 200);
  auto admin = as("admin");
  auto id = user_id(name);
  EXPECT_EQ(admin.request("POST", "/api/v1/users/" + std::to_string(id) + "/disable").status, 200);
  EXPECT_EQ(victim.get("/api/v1/auth/me").status, 401);
  auto again = client().send_json("POST", "/api/v1/auth/login",
                                  json::object{{"username", name}, {"password", "long-enough-pw"}});
  EXPECT_EQ(again.status, 401);
  EXPECT_EQ(admin.request("POST", "/api/v1/users/" + std::to_string(id) + "/enable").status, 200);
  EXPECT_EQ(
      client()
          .send_json("POST", "/api/v1/auth/login", json::object{{"username", name}, {"password", "long-enough-pw"}})
          .status,
      200);
}

TEST_P(Auth, PasswordChangeSignsOutOtherSessions) {
  auto name = make_user("security");
  auto first = login(server(), name, "long-enough-pw");
  auto second = login(server(), name, "long-enough-pw");
  auto bad = second.send_json("POST", "/api/v1/auth/password",
                              json::object{{"current_password", "wrong-one-xx"}, {"new_password", "another-long-pw"}});
  EXPECT_EQ(bad.status, 400);
  auto ok = second.send_json("POST", "/api/v1/auth/password",
                             json::object{{"current_password", "long-enough-pw"}, {"new_password", "another-long-pw"}});
  EXPECT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json().at("sessions_revoked").as_int64(), 1);
  EXPECT_EQ(first.get("/api/v1/auth/me").status, 401);
  EXPECT_EQ(second.get("/api/v1/auth/me").status, 200);
  auto short_pw = second.send_json("POST", "/api/v1/auth/password",
                                   json::object{{"current_password", "another-long-pw"}, {"new_password", "short"}});
  EXPECT_EQ(short_pw.status, 400);
}

// A credential must not outlive the password or the account state it was issued under: a change,
// a reset and a disable each revoke every API token, and say how many, in the answer and the audit.
TEST_P(Auth, R5_2_2_ANewPasswordOrADisableRevokesEveryApiToken) {
  auto name = make_user("technical");
  auto id = std::to_string(user_id(name));
  auto owner = login(server(), name, "long-enough-pw");
  auto mint = [&](HttpClient& c) {
    auto t = c.send_json("POST", "/api/v1/auth/tokens", json::object{{"name", "script"}});
    EXPECT_EQ(t.status, 201) << t.body;
    auto bearer = client();
    bearer.set_default_header("Authorization", "Bearer " + std::string(t.json().at("token").as_string()));
    EXPECT_EQ(bearer.get("/api/v1/auth/me").status, 200);
    return bearer;
  };
  auto admin = as("admin");

  auto first = mint(owner);
  auto second = mint(owner);
  auto changed =
      owner.send_json("POST", "/api/v1/auth/password",
                      json::object{{"current_password", "long-enough-pw"}, {"new_password", "another-long-pw"}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json().at("tokens_revoked").as_int64(), 2);
  EXPECT_EQ(first.get("/api/v1/auth/me").status, 401);
  EXPECT_EQ(second.get("/api/v1/auth/me").status, 401);

  auto third = mint(owner);
  auto reset = admin.send_json("POST", "/api/v1/users/" + id + "/reset-password",
                               json::object{{"password", "a-new-long-password"}});
  ASSERT_EQ(reset.status, 200) << reset.body;
  EXPECT_EQ(reset.json().at("tokens_revoked").as_int64(), 1);
  EXPECT_EQ(reset.json().at("sessions_revoked").as_int64(), 1);
  EXPECT_EQ(third.get("/api/v1/auth/me").status, 401);

  auto again = login(server(), name, "a-new-long-password");
  auto fourth = mint(again);
  auto disabled = admin.request("POST", "/api/v1/users/" + id + "/disable");
  ASSERT_EQ(disabled.status, 200) << disabled.body;
  EXPECT_EQ(disabled.json().at("tokens_revoked").as_int64(), 1);
  EXPECT_FALSE(disabled.json().at("active").as_bool());
  auto enabled = admin.request("POST", "/api/v1/users/" + id + "/enable");
  ASSERT_EQ(enabled.status, 200) << enabled.body;
  EXPECT_EQ(fourth.get("/api/v1/auth/me").status, 401) << "re-enabling the account does not revive its tokens";

  auto audit = admin.get("/api/v1/audit?object_type=user&object_id=" + id + "&limit=100");
  ASSERT_EQ(audit.status, 200) << audit.body;
  std::map<std::string, std::int64_t> revoked_by_action;
  const auto entries = audit.json();
  for (const auto& e : entries.at("results").as_array()) {
    const auto& after = e.at("after");
    if (after.is_object() && after.as_object().contains("tokens_revoked"))
      revoked_by_action[std::string(e.at("action").as_string())] = after.at("tokens_revoked").as_int64();
  }
  EXPECT_EQ(revoked_by_action["change_password"], 2);
  EXPECT_EQ(revoked_by_action["reset_password"], 1);
  EXPECT_EQ(revoked_by_action["disable"], 1);
}

TEST_P(Auth, WeakPasswordsAreRefusedWithTheReasonAndLengthCountsCharacters) {
  auto admin = as("admin");
  const std::string name = "weakpw" + std::to_string(::getpid());
  auto create = [&](const std::string& password) {
    return admin.send_json("POST", "/api/v1/users",
                           json::object{{"username", name}, {"password", password}, {"roles", json::array{"finance"}}});
  };
  auto dictionary = create("password123");
  ASSERT_EQ(dictionary.status, 422) << dictionary.body;
  EXPECT_EQ(dictionary.json().at("code").as_string(), "auth.password_weak");
  auto field = dictionary.json().at("errors").as_array().at(0);
  EXPECT_EQ(field.at("field").as_string(), "password");
  EXPECT_NE(std::string(field.at("message").as_string()).find("dictionary"), std::string::npos) << dictionary.body;
  auto own_name = create(name + "-" + name);
  EXPECT_EQ(own_name.status, 422) << own_name.body;
  auto four_chars = create("密码密码");  // 12 bytes, 4 characters
  ASSERT_EQ(four_chars.status, 400) << four_chars.body;
  EXPECT_EQ(four_chars.json().at("errors").as_array().at(0).at("code").as_string(), "too_short");
  EXPECT_EQ(admin.get("/api/v1/users?q=" + name).json().at("count").as_int64(), 0) << "nothing was created";
  EXPECT_EQ(create("密码是十个字符长的").status, 400) << "nine characters";
  EXPECT_EQ(create("密码是十个字符长的吗").status, 201) << "ten characters";
}

TEST_P(Auth, ForwardedHeadersFromAnUntrustedPeerChangeNothing) {
  auto name = make_user("finance");
  auto c = client();
  auto r = c.send_json("POST", "/api/v1/auth/login", json::object{{"username", name}, {"password", "long-enough-pw"}},
                       {{"X-Forwarded-For", "198.51.100.77"}, {"X-Forwarded-Proto", "https"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("set-cookie").value_or("").find("Secure"), std::string::npos)
      << "no TLS, and the claim comes from no trusted proxy";
  auto audit = as("admin").get("/api/v1/audit?object_type=session&actor=" + name);
  ASSERT_EQ(audit.status, 200) << audit.body;
  auto entries = audit.json().at("results").as_array();
  ASSERT_FALSE(entries.empty()) << audit.body;
  for (const auto& e : entries) EXPECT_EQ(e.at("source").as_string(), "127.0.0.1") << "the spoofed address is ignored";
}

TEST_P(Auth, LogoutEndsTheSession) {
  auto c = as("finance");
  EXPECT_EQ(c.request("POST", "/api/v1/auth/logout").status, 204);
  EXPECT_EQ(c.get("/api/v1/auth/me").status, 401);
}

TEST_P(Auth, BusinessCreatesCustomerUsersButNotStaff) {
  auto biz = as("business");
  auto staff = biz.send_json(
      "POST", "/api/v1/users",
      json::object{{"username", "sneaky-admin"}, {"password", "long-enough-pw"}, {"roles", json::array{"admin"}}});
  EXPECT_EQ(staff.status, 403);
  auto cust = biz.send_json("POST", "/api/v1/users",
                            json::object{{"username", "acme.new" + std::to_string(::getpid())},
                                         {"password", "long-enough-pw"},
                                         {"roles", json::array{"customer_user"}},
                                         {"customer_id", 1}});
  EXPECT_EQ(cust.status, 201) << cust.body;
  auto mixed = as("admin").send_json("POST", "/api/v1/users",
                                     json::object{{"username", "mixed-role"},
                                                  {"password", "long-enough-pw"},
                                                  {"roles", json::array{"admin", "customer_user"}},
                                                  {"customer_id", 1}});
  EXPECT_EQ(mixed.status, 400);
  auto dup = as("admin").send_json(
      "POST", "/api/v1/users",
      json::object{{"username", "admin"}, {"password", "long-enough-pw"}, {"roles", json::array{"admin"}}});
  EXPECT_EQ(dup.status, 409);
}

TEST_P(Auth, CustomerContactsAreEncryptedAtRestAndShownToTheirOwner) {
  auto biz = as("business");
  auto created = biz.send_json(
      "POST", "/api/v1/customers",
      json::object{{"name", "加密测试有限公司"}, {"credit_code", "91110000802100433B"}, {"status", "active"}});
  if (created.status == 409) GTEST_SKIP() << "already created on this server";
  ASSERT_EQ(created.status, 201) << created.body;
  auto id = std::to_string(created.json().at("id").as_int64());
  auto contact =
      biz.send_json("POST", "/api/v1/customers/" + id + "/contacts",
                    json::object{{"name", "钱七"}, {"phone", "+86 139 1234 5678"}, {"email", "qian@example.cn"}});
  ASSERT_EQ(contact.status, 201) << contact.body;
  auto detail = biz.get("/api/v1/customers/" + id);
  EXPECT_NE(detail.body.find("+86 139 1234 5678"), std::string::npos);
  // Straight from the database: no plain phone number or e-mail.
  auto [rc, out] = server().run_cli({"audit", "verify"});
  EXPECT_EQ(rc, 0) << out;
  if (GetParam() == Backend::sqlite) {
    auto path = server().db_url().substr(std::string("sqlite://").size());
    std::string cmd = "sqlite3 " + path + " \"SELECT phone_enc || email_enc FROM customer_contacts\"";
    FILE* p = popen(cmd.c_str(), "r");
    std::string dump;
    char buf[512];
    while (p && fgets(buf, sizeof buf, p)) dump += buf;
    if (p) pclose(p);
    EXPECT_FALSE(dump.empty());
    EXPECT_EQ(dump.find("1234"), std::string::npos);
    EXPECT_EQ(dump.find("qian@"), std::string::npos);
  }
}

TEST_P(Auth, BadCustomerInputIsRejectedWithFieldErrors) {
  auto biz = as("business");
  auto r = biz.send_json(
      "POST", "/api/v1/customers",
      json::object{{"name", ""}, {"credit_code", "91350100M000100Y44"}, {"status", "vip"}, {"color", "red"}});
  ASSERT_EQ(r.status, 400);
  std::set<std::string> fields;
  auto body = r.json();
  for (const auto& e : body.at("errors").as_array()) fields.insert(std::string(e.at("field").as_string()));
  EXPECT_TRUE(fields.count("name"));
  EXPECT_TRUE(fields.count("credit_code"));
  EXPECT_TRUE(fields.count("status"));
  EXPECT_TRUE(fields.count("color"));
}

COLO_INSTANTIATE_API_TEST(Auth);

// A server behind a TLS-terminating proxy: the tests connect from 127.0.0.1, configured as the
// trusted proxy, and name the client with X-Forwarded-For. Two request workers, so one password
// hashing slot.
class BehindProxy : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) GTEST_SKIP();
    static std::unique_ptr<ServerProcess> servers[2];
    auto& slot = servers[GetParam() == Backend::sqlite ? 0 : 1];
    if (!slot)
      slot = ServerProcess::start(
          {.backend = GetParam(), .env = {{"COLO_TRUSTED_PROXIES", "127.0.0.1"}, {"COLO_WORKERS", "2"}}, .demo = true});
    server_ = slot.get();
  }
  HttpResponse login_from(const std::string& address, const std::string& username, const std::string& password,
                          const std::string& proto = "http") {
    return server_->client().send_json("POST", "/api/v1/auth/login",
                                       json::object{{"username", username}, {"password", password}},
                                       {{"X-Forwarded-For", address}, {"X-Forwarded-Proto", proto}});
  }
  ServerProcess* server_ = nullptr;
};

TEST_P(BehindProxy, TheCookieIsSecureWhenTheProxySaysHttps) {
  auto tls = login_from("198.51.100.20", "business", "colo-demo-business", "https");
  ASSERT_EQ(tls.status, 200) << tls.body;
  EXPECT_NE(tls.header("set-cookie").value_or("").find("; Secure"), std::string::npos) << *tls.header("set-cookie");
  auto plain = login_from("198.51.100.20", "business", "colo-demo-business", "http");
  ASSERT_EQ(plain.status, 200) << plain.body;
  EXPECT_EQ(plain.header("set-cookie").value_or("").find("Secure"), std::string::npos);
  // The audit records the client the proxy names, not the proxy.
  auto audit = login(*server_, "auditor").get("/api/v1/audit?object_type=session&actor=business");
  ASSERT_EQ(audit.status, 200) << audit.body;
  std::set<std::string> sources;
  const auto entries = audit.json();
  for (const auto& e : entries.at("results").as_array()) sources.insert(std::string(e.at("source").as_string()));
  EXPECT_TRUE(sources.count("198.51.100.20")) << audit.body;
}

// Five failures lock the account only for the address they came from.
TEST_P(BehindProxy, R5_2_2_AStrangerLockedOutDoesNotLockTheAdministratorOut) {
  const std::string attacker = "203.0.113.66";
  int last = 0;
  for (int i = 0; i < 6; ++i) last = login_from(attacker, "admin", "not-the-password").status;
  EXPECT_EQ(last, 429);
  auto locked = login_from(attacker, "admin", "colo-demo-admin");
  EXPECT_EQ(locked.status, 429) << "the right password does not open the lock for the attacker's address";
  EXPECT_TRUE(locked.header("retry-after"));
  auto owner = login_from("192.0.2.10", "admin", "colo-demo-admin");
  EXPECT_EQ(owner.status, 200) << owner.body;
}

// Many sign-ins at once: password hashing has its own bounded slots, so some sign-ins are refused
// at once (503 auth.busy with Retry-After) and a cheap request made during the flood is answered.
TEST_P(BehindProxy, AFloodOfSignInsLeavesWorkersForOtherRequests) {
  auto reader = login(*server_, "auditor");
  ASSERT_EQ(reader.get("/api/v1/auth/me").status, 200);
  constexpr int kClients = 12, kEach = 6;
  std::atomic<int> busy{0}, limited{0}, ok{0}, other{0}, running{kClients};
  std::atomic<bool> retry_after_missing{false};
  std::vector<std::thread> flood;
  for (int i = 0; i < kClients; ++i) {
    flood.emplace_back([&, i] {
      for (int n = 0; n < kEach; ++n) {
        auto r = login_from("198.51.100." + std::to_string(100 + i), "technical", "colo-demo-technical");
        if (r.status == 503) {
          ++busy;
          if (!r.header("retry-after") || r.json().at("code").as_string() != "auth.busy") retry_after_missing = true;
        } else if (r.status == 429) {
          ++limited;
        } else if (r.status == 200) {
          ++ok;
        } else {
          ++other;
        }
      }
      --running;
    });
  }
  int during = 0, answered = 0;
  while (running > 0) {
    auto r = reader.get("/api/v1/auth/me");
    ++during;
    if (r.status == 200) ++answered;
  }
  for (auto& t : flood) t.join();
  EXPECT_GT(busy.load() + limited.load(), 0) << "ok " << ok << ", busy " << busy << ", limited " << limited;
  EXPECT_FALSE(retry_after_missing.load());
  EXPECT_EQ(other.load(), 0);
  EXPECT_GT(ok.load(), 0);
  EXPECT_GT(during, 0);
  EXPECT_EQ(answered, during) << "every request made during the flood was answered";
}

COLO_INSTANTIATE_API_TEST(BehindProxy);

// Start-up of a real installation: servers of their own, not the shared demo server.
class FirstStart : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) GTEST_SKIP();
  }
};

TEST_P(FirstStart, R6_2_1_WithoutASecretKeyTheServerRefusesToStart) {
  auto server = ServerProcess::start({.backend = GetParam()});
  auto [rc, out] =
      run_colo({"serve", "--listen", "127.0.0.1:0"}, {{"COLO_DB", server->db_url()}, {"COLO_SECRET_KEY", ""}});
  EXPECT_EQ(rc, 1) << out;
  EXPECT_NE(out.find("COLO_SECRET_KEY"), std::string::npos) << out;
  auto [bad_rc, bad_out] =
      run_colo({"serve", "--listen", "127.0.0.1:0"}, {{"COLO_DB", server->db_url()}, {"COLO_SECRET_KEY", "not-hex"}});
  EXPECT_EQ(bad_rc, 1) << bad_out;
  EXPECT_NE(bad_out.find("64 hexadecimal"), std::string::npos) << bad_out;
}

TEST_P(FirstStart, TheFirstAdministratorTakesCOLO_ADMIN_PASSWORD) {
  auto server = ServerProcess::start({.backend = GetParam(), .env = {{"COLO_ADMIN_PASSWORD", "first-admin-password"}}});
  auto admin = login(*server, "admin", "first-admin-password");
  auto me = admin.get("/api/v1/auth/me");
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json().at("user").at("roles").as_array()[0].as_string(), "admin");
  EXPECT_EQ(admin.get("/api/v1/users").json().at("count").as_int64(), 1) << "no demo users outside demo mode";
  // Command-line users go through the same rules and are audited.
  auto [rc, out] = server->run_cli({"user", "add", "--username", "ops1", "--role", "operations"});
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("password: "), std::string::npos) << "a generated password is printed once";
  auto [bad_rc, bad_out] = server->run_cli({"user", "add", "--username", "ops2", "--role", "no-such-role"});
  EXPECT_EQ(bad_rc, 1);
  EXPECT_NE(bad_out.find("roles: Unknown role"), std::string::npos) << bad_out;
}

TEST_P(FirstStart, AGeneratedPasswordIsPrintedOnce) {
  auto server = ServerProcess::start({.backend = GetParam()});
  static const std::regex kPassword(R"(administrator 'admin' with password: (\S+))");
  std::smatch m;
  auto log = server->log();
  ASSERT_TRUE(std::regex_search(log, m, kPassword)) << log;
  EXPECT_EQ(login(*server, "admin", m[1]).get("/api/v1/auth/me").status, 200);
}

TEST_P(FirstStart, R6_2_1_DemoModeKeepsItsGeneratedKey) {
  if (GetParam() != Backend::sqlite) GTEST_SKIP() << "the key file sits next to the SQLite database";
  auto server = ServerProcess::start({.backend = GetParam(), .env = {{"COLO_SECRET_KEY", ""}}, .demo = true});
  const std::string key_path = server->dir() + "/secret.key";
  std::ifstream in(key_path);
  std::string key;
  ASSERT_TRUE(in >> key) << key_path;
  EXPECT_EQ(key.size(), 64u);
  auto [rc, out] = server->run_cli({"demo"});
  EXPECT_EQ(rc, 0) << out;
  std::ifstream again(key_path);
  std::string key2;
  again >> key2;
  EXPECT_EQ(key, key2) << "the key is generated once and reused";
  // Contacts sealed by the first run still open.
  auto biz = login(*server, "business");
  auto customers = biz.get("/api/v1/customers?limit=1000").json().at("results").as_array();
  ASSERT_FALSE(customers.empty());
  for (const auto& c : customers) {
    auto detail = biz.get("/api/v1/customers/" + std::to_string(c.at("id").as_int64()));
    EXPECT_EQ(detail.status, 200) << detail.body;
  }
  auto first = biz.get("/api/v1/customers/" + std::to_string(customers[0].at("id").as_int64()));
  EXPECT_FALSE(first.json().at("contacts").as_array().empty());
}

COLO_INSTANTIATE_API_TEST(FirstStart);

}  // namespace
}  // namespace colo::testing
