// Transport and sign-in security (R6.2): HTTPS with the certificate from configuration, the
// session cookie's Secure flag and HSTS on it, and a certificate that does not match its key
// refused at start-up.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include "auth/totp.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

// Output (stdout and stderr) and exit status of a shell command.
std::pair<int, std::string> shell(const std::string& cmd) {
  std::string out;
  FILE* p = ::popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return {-1, ""};
  char buf[4096];
  while (std::fgets(buf, sizeof buf, p)) out += buf;
  const int status = ::pclose(p);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

// A self-signed certificate for 127.0.0.1 and its key, and a second key that is not its own.
struct Certificate {
  std::string dir, cert, key, other_key;
  Certificate() {
    dir = ::testing::TempDir() + "/colo-tls-" + std::to_string(::getpid());
    fs::create_directories(dir);
    cert = dir + "/cert.pem";
    key = dir + "/key.pem";
    other_key = dir + "/other.pem";
    auto [rc, out] = shell(
        "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost"
        " -addext subjectAltName=IP:127.0.0.1 -keyout " +
        key + " -out " + cert + " 2>/dev/null && openssl genpkey -algorithm RSA -out " + other_key + " 2>/dev/null");
    EXPECT_EQ(rc, 0) << out;
  }
  ~Certificate() { fs::remove_all(dir); }
};

class Tls : public ::testing::TestWithParam<Backend> {};

TEST_P(Tls, R6_2_ServeSpeaksHttpsWithHstsAndASecureSessionCookie) {
  if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) GTEST_SKIP();
  Certificate c;
  auto server = ServerProcess::start(
      {.backend = GetParam(), .env = {{"COLO_TLS_CERT", c.cert}, {"COLO_TLS_KEY", c.key}}, .demo = true});
  EXPECT_NE(server->log().find("listening on https://"), std::string::npos) << server->log();
  const std::string base = "https://127.0.0.1:" + std::to_string(server->port());
  // curl trusts only the test's certificate and checks that it names 127.0.0.1.
  auto [rc, out] = shell("curl -sS -i --cacert " + c.cert + " -H 'Content-Type: application/json' -d " +
                         "'{\"username\":\"admin\",\"password\":\"colo-demo-admin\"}' " + base + "/api/v1/auth/login");
  ASSERT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("HTTP/1.1 200"), std::string::npos) << out;
  EXPECT_NE(out.find("Strict-Transport-Security: max-age=31536000"), std::string::npos) << out;
  const auto cookie = out.find("Set-Cookie: colo_session=");
  ASSERT_NE(cookie, std::string::npos) << out;
  const auto line = out.substr(cookie, out.find('\n', cookie) - cookie);
  EXPECT_NE(line.find("; Secure"), std::string::npos) << line;
  EXPECT_NE(line.find("HttpOnly"), std::string::npos) << line;
  // Plain HTTP to the same port gets no answer.
  auto [plain_rc, plain] = shell("curl -sS -m 5 http://127.0.0.1:" + std::to_string(server->port()) + "/healthz");
  EXPECT_NE(plain_rc, 0) << plain;
  // Request smuggling is refused over TLS as over plain HTTP.
  auto [s_rc, smuggled] = shell(
      "printf 'POST /api/v1/auth/login HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 5\\r\\nTransfer-Encoding: "
      "chunked\\r\\n\\r\\n0\\r\\n\\r\\nGET /healthz HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n' | timeout 10 openssl s_client "
      "-quiet -CAfile " +
      c.cert + " -connect 127.0.0.1:" + std::to_string(server->port()));
  EXPECT_NE(smuggled.find("HTTP/1.1 400"), std::string::npos) << smuggled;
  EXPECT_EQ(smuggled.find("HTTP/1.1 200"), std::string::npos) << smuggled;
}

TEST_P(Tls, ACertificateThatDoesNotMatchItsKeyStopsTheServerWithOneClearLine) {
  if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) GTEST_SKIP();
  Certificate c;
  std::string db = "sqlite://" + c.dir + "/colo.db", pg_name;
  if (GetParam() == Backend::postgres) db = create_pg_database(pg_name);
  auto [rc, out] = run_colo({"serve", "--listen", "127.0.0.1:0", "--demo"},
                            {{"COLO_DB", db}, {"COLO_TLS_CERT", c.cert}, {"COLO_TLS_KEY", c.other_key}});
  EXPECT_EQ(rc, 1) << out;
  EXPECT_NE(out.find("colo: error: the TLS key " + c.other_key), std::string::npos) << out;
  EXPECT_NE(out.find("not the key of that certificate"), std::string::npos) << out;
  EXPECT_EQ(out.find("listening"), std::string::npos) << out;
  // Half a configuration is refused too.
  auto [half_rc, half] = run_colo({"serve", "--listen", "127.0.0.1:0"}, {{"COLO_DB", db}, {"COLO_TLS_CERT", c.cert}});
  EXPECT_EQ(half_rc, 1) << half;
  EXPECT_NE(half.find("tls_cert and tls_key must be set together"), std::string::npos) << half;
  if (!pg_name.empty()) drop_pg_database(pg_name);
}

INSTANTIATE_TEST_SUITE_P(Backends, Tls, ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const auto& info) { return backend_name(info.param); });

// ---- Two-factor sign-in (RFC 6238 TOTP) ----

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// A client holding the session a successful sign-in step answered.
HttpClient signed_in(const ServerProcess& server, const HttpResponse& r) {
  auto c = server.client();
  auto cookie = r.header("set-cookie").value_or("");
  c.set_default_header("Cookie", cookie.substr(0, cookie.find(';')));
  c.set_default_header("X-CSRF-Token", std::string(r.json().at("csrf_token").as_string()));
  return c;
}

class TwoFactor : public ApiTest {
 protected:
  std::string make_user(const std::string& role) {
    static int n = 0;
    std::string name = "tf" + std::to_string(::getpid()) + "_" + std::to_string(++n);
    auto r = as("admin").send_json(
        "POST", "/api/v1/users",
        json::object{{"username", name}, {"password", kPassword}, {"roles", json::array{json::value(role)}}});
    EXPECT_EQ(r.status, 201) << r.body;
    user_id_ = std::to_string(r.json().at("id").as_int64());
    return name;
  }
  HttpResponse password_step(HttpClient& c, const std::string& name) {
    return c.send_json("POST", "/api/v1/auth/login", json::object{{"username", name}, {"password", kPassword}});
  }
  static constexpr const char* kPassword = "a-long-enough-password";
  std::string user_id_;
};

TEST_P(TwoFactor, R6_2_EnrolmentThenSignInNeedsACodeAndAReplayedCodeIsRefused) {
  const auto name = make_user("technical");
  auto me = login(server(), name, kPassword);
  auto begun = me.send_json("POST", "/api/v1/me/totp", json::object{});
  ASSERT_EQ(begun.status, 200) << begun.body;
  const auto secret = auth::totp::from_base32(std::string(begun.json().at("secret").as_string()));
  ASSERT_EQ(secret.size(), auth::totp::kSecretBytes);
  const std::string uri(begun.json().at("otpauth_uri").as_string());
  EXPECT_EQ(uri.rfind("otpauth://totp/Colo:" + name + "?secret=", 0), 0u) << uri;
  // A wrong code confirms nothing.
  auto wrong = me.send_json("POST", "/api/v1/me/totp/confirm", json::object{{"code", "000000"}});
  if (auth::totp::code(secret, unix_now()) != "000000") {
    EXPECT_EQ(wrong.status, 422) << wrong.body;
    EXPECT_EQ(wrong.json().at("code").as_string(), "auth.totp.invalid_code");
  }
  EXPECT_FALSE(me.get("/api/v1/me/totp").json().at("enabled").as_bool());
  const auto t = unix_now();
  auto confirmed = me.send_json("POST", "/api/v1/me/totp/confirm", json::object{{"code", auth::totp::code(secret, t)}});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  const auto codes = confirmed.json().at("recovery_codes").as_array();
  ASSERT_EQ(codes.size(), 10u);
  auto status = me.get("/api/v1/me/totp").json();
  EXPECT_TRUE(status.at("enabled").as_bool());
  EXPECT_EQ(status.at("recovery_codes_left").as_int64(), 10);

  // The password alone no longer opens a session.
  auto c = client();
  auto first = password_step(c, name);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json().at("second_factor").as_string(), "totp");
  EXPECT_FALSE(first.json().as_object().contains("user"));
  EXPECT_FALSE(first.header("set-cookie").has_value());
  const json::value challenge = first.json().at("challenge");
  // The code that confirmed enrolment belongs to a time step already used: refused.
  auto replayed = c.send_json("POST", "/api/v1/auth/login/totp",
                              json::object{{"challenge", challenge}, {"code", auth::totp::code(secret, t)}});
  EXPECT_EQ(replayed.status, 401) << replayed.body;
  EXPECT_EQ(replayed.json().at("code").as_string(), "auth.totp.replayed");
  // The next step's code is accepted (within the window of one step).
  const auto next = auth::totp::code(secret, t + auth::totp::kStepSeconds);
  auto second = c.send_json("POST", "/api/v1/auth/login/totp", json::object{{"challenge", challenge}, {"code", next}});
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.json().at("user").at("username").as_string(), name);
  EXPECT_EQ(signed_in(server(), second).get("/api/v1/auth/me").status, 200);
  // A used challenge cannot be used again, and the same code on a new sign-in is a replay.
  auto again = c.send_json("POST", "/api/v1/auth/login/totp", json::object{{"challenge", challenge}, {"code", next}});
  EXPECT_EQ(again.json().at("code").as_string(), "auth.totp.challenge_invalid") << again.body;
  auto other = password_step(c, name);
  auto replay2 = c.send_json("POST", "/api/v1/auth/login/totp",
                             json::object{{"challenge", other.json().at("challenge")}, {"code", next}});
  EXPECT_EQ(replay2.json().at("code").as_string(), "auth.totp.replayed") << replay2.body;

  // A recovery code works once.
  const std::string recovery(codes[0].as_string());
  auto with_recovery =
      c.send_json("POST", "/api/v1/auth/login/totp",
                  json::object{{"challenge", other.json().at("challenge")}, {"recovery_code", recovery}});
  ASSERT_EQ(with_recovery.status, 200) << with_recovery.body;
  auto third = password_step(c, name);
  auto reused = c.send_json("POST", "/api/v1/auth/login/totp",
                            json::object{{"challenge", third.json().at("challenge")}, {"recovery_code", recovery}});
  EXPECT_EQ(reused.status, 401) << reused.body;
  EXPECT_EQ(reused.json().at("code").as_string(), "auth.totp.invalid_code");
  EXPECT_EQ(me.get("/api/v1/me/totp").json().at("recovery_codes_left").as_int64(), 9);

  // Every step is in the audit chain.
  auto log = as("auditor").get("/api/v1/audit?object_type=user&object_id=" + user_id_ + "&limit=100");
  ASSERT_EQ(log.status, 200) << log.body;
  std::multiset<std::string> actions;
  const auto entries = log.json();
  for (const auto& row : entries.at("results").as_array()) actions.insert(std::string(row.at("action").as_string()));
  EXPECT_EQ(actions.count("totp_enrolment_begun"), 1u);
  EXPECT_EQ(actions.count("totp_enabled"), 1u);
  EXPECT_EQ(actions.count("login_second_step_owed"), 3u);
  EXPECT_EQ(actions.count("login_second_step_failed"), 3u);  // two replays and a reused recovery code

  // Turning it off needs a current code, and an administrator can reset it for a lost device:
  // the sessions go with the authenticator and the next sign-in enrols a new one (R6.2), though
  // no role requires two factors here.
  auto off_wrong = me.send_json("POST", "/api/v1/me/totp/disable", json::object{{"code", next}});
  EXPECT_EQ(off_wrong.status, 422) << off_wrong.body;
  EXPECT_EQ(me.send_json("POST", "/api/v1/users/" + user_id_ + "/totp/reset", json::object{}).status, 403);
  EXPECT_EQ(as("admin").send_json("POST", "/api/v1/users/" + user_id_ + "/totp/reset", json::object{}).status, 204);
  EXPECT_EQ(me.get("/api/v1/auth/me").status, 401);  // its sessions went with the authenticator
  auto after_reset = password_step(c, name);
  ASSERT_EQ(after_reset.status, 200) << after_reset.body;
  EXPECT_EQ(after_reset.json().at("second_factor").as_string(), "totp_enrol") << after_reset.body;
  auto old_code = c.send_json(
      "POST", "/api/v1/auth/login/totp",
      json::object{{"challenge", after_reset.json().at("challenge")}, {"code", auth::totp::code(secret, unix_now())}});
  EXPECT_NE(old_code.status, 200) << "the lost authenticator's codes open nothing";
  auto fresh_step = password_step(c, name);
  auto enrol =
      c.send_json("POST", "/api/v1/auth/login/enrol", json::object{{"challenge", fresh_step.json().at("challenge")}});
  ASSERT_EQ(enrol.status, 200) << enrol.body;
  const auto fresh = auth::totp::from_base32(std::string(enrol.json().at("secret").as_string()));
  auto enrolled = c.send_json(
      "POST", "/api/v1/auth/login/totp",
      json::object{{"challenge", fresh_step.json().at("challenge")}, {"code", auth::totp::code(fresh, unix_now())}});
  EXPECT_EQ(enrolled.status, 200) << enrolled.body;
  auto resets = as("auditor").get("/api/v1/audit?object_type=user&object_id=" + user_id_ + "&action=totp_reset");
  ASSERT_EQ(resets.status, 200) << resets.body;
  EXPECT_EQ(resets.json().at("count").as_int64(), 1) << "the reset is audited";
}

TEST_P(TwoFactor, WrongCodesEndTheChallengeAndChangeNothing) {
  const auto name = make_user("technical");
  auto me = login(server(), name, kPassword);
  const auto secret = auth::totp::from_base32(
      std::string(me.send_json("POST", "/api/v1/me/totp", json::object{}).json().at("secret").as_string()));
  ASSERT_EQ(
      me.send_json("POST", "/api/v1/me/totp/confirm", json::object{{"code", auth::totp::code(secret, unix_now())}})
          .status,
      200);
  auto c = client();
  const json::value challenge = password_step(c, name).json().at("challenge");
  const auto t = unix_now();
  std::string bad = "123456";
  for (int i = 0; i < 5; ++i) {
    while (auth::totp::matching_step(secret, t, bad)) bad = std::to_string(100000 + (std::stoi(bad) + 7) % 900000);
    auto r = c.send_json("POST", "/api/v1/auth/login/totp", json::object{{"challenge", challenge}, {"code", bad}});
    EXPECT_EQ(r.status, 401) << r.body;
    EXPECT_EQ(r.json().at("code").as_string(), "auth.totp.invalid_code");
  }
  // After five wrong codes even the right one is refused on this challenge.
  auto right = c.send_json("POST", "/api/v1/auth/login/totp",
                           json::object{{"challenge", challenge}, {"code", auth::totp::code(secret, t + 30)}});
  EXPECT_EQ(right.json().at("code").as_string(), "auth.totp.challenge_invalid") << right.body;
  auto nonsense =
      c.send_json("POST", "/api/v1/auth/login/totp", json::object{{"challenge", "nope"}, {"code", "123456"}});
  EXPECT_EQ(nonsense.status, 401);
  auto missing = c.send_json("POST", "/api/v1/auth/login/totp", json::object{{"challenge", challenge}});
  EXPECT_EQ(missing.status, 400) << missing.body;
}

COLO_INSTANTIATE_API_TEST(TwoFactor);

// A role that requires two factors: its users enrol at their next sign-in, before any session.
class RequiredTwoFactor : public ::testing::TestWithParam<Backend> {};

TEST_P(RequiredTwoFactor, R6_2_AUserOfARequiredRoleEnrolsAtSignInAndCannotTurnItOff) {
  if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) GTEST_SKIP();
  auto server =
      ServerProcess::start({.backend = GetParam(), .env = {{"COLO_TOTP_REQUIRED_ROLES", "finance"}}, .demo = true});
  auto c = server->client();
  auto first = c.send_json("POST", "/api/v1/auth/login",
                           json::object{{"username", "finance"}, {"password", "colo-demo-finance"}});
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json().at("second_factor").as_string(), "totp_enrol");
  EXPECT_FALSE(first.header("set-cookie").has_value());
  const json::value challenge = first.json().at("challenge");
  auto early =
      c.send_json("POST", "/api/v1/auth/login/totp", json::object{{"challenge", challenge}, {"code", "123456"}});
  EXPECT_EQ(early.status, 409) << early.body;
  EXPECT_EQ(early.json().at("code").as_string(), "auth.totp.not_pending");
  auto enrol = c.send_json("POST", "/api/v1/auth/login/enrol", json::object{{"challenge", challenge}});
  ASSERT_EQ(enrol.status, 200) << enrol.body;
  const auto secret = auth::totp::from_base32(std::string(enrol.json().at("secret").as_string()));
  const auto t = unix_now();
  auto done = c.send_json("POST", "/api/v1/auth/login/totp",
                          json::object{{"challenge", challenge}, {"code", auth::totp::code(secret, t)}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json().at("recovery_codes").as_array().size(), 10u);
  auto me = signed_in(*server, done);
  auto status = me.get("/api/v1/me/totp").json();
  EXPECT_TRUE(status.at("enabled").as_bool());
  EXPECT_TRUE(status.at("required").as_bool());
  auto off = me.send_json("POST", "/api/v1/me/totp/disable",
                          json::object{{"code", auth::totp::code(secret, t + auth::totp::kStepSeconds)}});
  EXPECT_EQ(off.status, 409) << off.body;
  EXPECT_EQ(off.json().at("code").as_string(), "auth.totp.required");
  // Other roles sign in as before.
  EXPECT_NO_THROW(login(*server, "business"));
  // An unknown role in the setting is a clear start-up error.
  std::string db = "sqlite://" + ::testing::TempDir() + "/colo-totp-roles-" + std::to_string(::getpid()) + ".db";
  auto [rc, out] = run_colo({"serve", "--listen", "127.0.0.1:0", "--demo"},
                            {{"COLO_DB", db}, {"COLO_TOTP_REQUIRED_ROLES", "finance,wizard"}});
  EXPECT_EQ(rc, 1) << out;
  EXPECT_NE(out.find("unknown role 'wizard'"), std::string::npos) << out;
  std::remove(db.substr(9).c_str());
}

INSTANTIATE_TEST_SUITE_P(Backends, RequiredTwoFactor, ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const auto& info) { return backend_name(info.param); });

// ---- Colo's own backup and restore (R6.1), into a real local restic repository ----

class BackupRestore : public ::testing::TestWithParam<Backend> {};

TEST_P(BackupRestore, R6_1_BackupWhileServingThenRestoreIntoAnEmptyDatabaseAndVerify) {
  if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) GTEST_SKIP();
  const std::string dir =
      ::testing::TempDir() + "/colo-backup-" + std::to_string(::getpid()) + "-" + backend_name(GetParam());
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string repo = dir + "/repo", password = dir + "/password";
  std::ofstream(password) << "restic-test-" << ::getpid() << "\n";
  auto [init_rc, init] = shell("restic init --repo " + repo + " --password-file " + password);
  ASSERT_EQ(init_rc, 0) << init;
  auto server =
      ServerProcess::start({.backend = GetParam(),
                            .env = {{"COLO_BACKUP_REPOSITORY", repo}, {"COLO_BACKUP_PASSWORD_FILE", password}},
                            .demo = true});
  auto biz = login(*server, "business");
  ASSERT_EQ(biz.send_json("POST", "/api/v1/customers", json::object{{"name", "备份前的客户 before-backup"}}).status,
            201);

  // While the server runs.
  auto [rc, out] = server->run_cli({"backup"});
  ASSERT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("backup snapshot "), std::string::npos) << out;
  auto [snap_rc, snapshots] = shell("restic snapshots --repo " + repo + " --password-file " + password);
  EXPECT_EQ(snap_rc, 0) << snapshots;
  EXPECT_NE(snapshots.find("colo"), std::string::npos) << snapshots;  // the tag
  auto log = login(*server, "auditor").get("/api/v1/audit?object_type=backup&action=backup");
  ASSERT_EQ(log.status, 200) << log.body;
  // The command's, and the server's daily one (it runs at start when a repository is configured).
  EXPECT_GE(log.json().at("count").as_int64(), 1) << log.body;
  const auto snapshot_id = out.substr(out.find("backup snapshot ") + 16, 8);
  EXPECT_NE(log.body.find("\"object_id\":\"" + snapshot_id + "\""), std::string::npos) << log.body;

  // Never into a database that has anything in it: the server's own is refused, untouched.
  auto [busy_rc, busy] = server->run_cli({"restore"});
  EXPECT_EQ(busy_rc, 1) << busy;
  EXPECT_NE(busy.find("restore only into an empty database"), std::string::npos) << busy;
  EXPECT_EQ(biz.get("/api/v1/customers?q=before-backup").json().at("count").as_int64(), 1);

  std::string target = "sqlite://" + dir + "/restored.db", pg_name;
  if (GetParam() == Backend::postgres) target = create_pg_database(pg_name);
  // With another audit key the restored chain does not verify: refused, and the target emptied.
  auto env = std::map<std::string, std::string>{{"COLO_SECRET_KEY", std::string(64, 'a')},
                                                {"COLO_AUDIT_KEY", std::string(64, 'b')},
                                                {"COLO_BACKUP_REPOSITORY", repo},
                                                {"COLO_BACKUP_PASSWORD_FILE", password}};
  auto [bad_rc, bad] = run_colo({"restore", "--db", target}, env);
  EXPECT_EQ(bad_rc, 1) << bad;
  EXPECT_NE(bad.find("audit chain does not verify"), std::string::npos) << bad;
  // Emptied: the right key restores into the same target.
  // This backup's snapshot: the server's own daily backup may run beside the command and, dumped
  // first and stored after it, be the repository's latest with the customer not yet in it.
  auto [ok_rc, ok] = server->run_cli({"restore", "--db", target, "--snapshot", snapshot_id});
  ASSERT_EQ(ok_rc, 0) << ok;
  EXPECT_NE(ok.find("with the rows the backup recorded; audit chain intact"), std::string::npos) << ok;
  auto [v_rc, verified] = server->run_cli({"audit", "verify", "--db", target});
  EXPECT_EQ(v_rc, 0) << verified;
  // The restored copy holds the data of the moment of the backup.
  const std::string sql = "SELECT COUNT(*) FROM customers WHERE name LIKE '%before-backup%'";
  auto [q_rc, count] = shell(GetParam() == Backend::sqlite ? "sqlite3 " + target.substr(9) + " \"" + sql + "\""
                                                           : "psql -qAt '" + target + "' -c \"" + sql + "\"");
  EXPECT_EQ(q_rc, 0) << count;
  EXPECT_EQ(count, "1\n");
  if (!pg_name.empty()) drop_pg_database(pg_name);
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Backends, BackupRestore, ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const auto& info) { return backend_name(info.param); });

}  // namespace
}  // namespace colo::testing
