// Transport and sign-in security (R6.2): HTTPS with the certificate from configuration, the
// session cookie's Secure flag and HSTS on it, and a certificate that does not match its key
// refused at start-up.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

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
        key + " -out " + cert + " && openssl genpkey -algorithm RSA -out " + other_key);
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

}  // namespace
}  // namespace colo::testing
