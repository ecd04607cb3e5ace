// The foundation through real HTTP against the real binary, on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

class Foundation : public ApiTest {};

TEST_P(Foundation, HealthReadyAndVersion) {
  auto c = client();
  EXPECT_EQ(c.get("/healthz").status, 200);
  EXPECT_EQ(c.get("/readyz").status, 200);
  auto v = c.get("/api/v1/version");
  ASSERT_EQ(v.status, 200);
  EXPECT_EQ(v.json().at("name").as_string(), "colo");
  EXPECT_EQ(v.json().at("database").as_string(), GetParam() == Backend::sqlite ? "sqlite" : "postgresql");
  // The business time zone, in which the web shows dates and times ([business] time_zone).
  EXPECT_EQ(v.json().at("time_zone").as_string(), "Asia/Shanghai");
}

TEST_P(Foundation, RequestIdIsEchoedOrGenerated) {
  auto c = client();
  auto echoed = c.request("GET", "/healthz", "", {{"X-Request-ID", "abc-123"}});
  EXPECT_EQ(echoed.header("x-request-id").value_or(""), "abc-123");
  auto generated = c.get("/healthz");
  EXPECT_GE(generated.header("x-request-id").value_or("").size(), 16u);
  // An unsafe incoming id is replaced, never reflected.
  auto replaced = c.request("GET", "/healthz", "", {{"X-Request-ID", "<script>"}});
  EXPECT_NE(replaced.header("x-request-id").value_or(""), "<script>");
}

TEST_P(Foundation, UnknownApiPathIsProblemJson404) {
  auto r = client().get("/api/v1/no-such-thing");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.header("content-type").value_or(""), "application/problem+json");
  auto body = r.json().as_object();
  EXPECT_EQ(body.at("status").as_int64(), 404);
  EXPECT_EQ(body.at("code").as_string(), "not_found");
  EXPECT_TRUE(body.contains("type"));
  EXPECT_TRUE(body.contains("title"));
  EXPECT_TRUE(body.contains("detail"));
}

TEST_P(Foundation, WrongMethodIs405WithAllow) {
  auto r = client().request("DELETE", "/api/v1/version");
  EXPECT_EQ(r.status, 405);
  EXPECT_NE(r.header("allow").value_or("").find("GET"), std::string::npos);
  EXPECT_EQ(r.header("content-type").value_or(""), "application/problem+json");
}

TEST_P(Foundation, OpenApiListsEveryRouteTheServerAnswers) {
  auto c = client();
  auto doc = c.get("/api/v1/openapi.json");
  ASSERT_EQ(doc.status, 200);
  auto d = doc.json().as_object();
  EXPECT_EQ(d.at("openapi").as_string(), "3.1.0");
  const auto& paths = d.at("paths").as_object();
  ASSERT_TRUE(paths.contains("/api/v1/version"));
  ASSERT_TRUE(paths.contains("/healthz"));
  // Every documented GET without path parameters is really served (never 404/405).
  for (const auto& [path, ops] : paths) {
    if (std::string_view(path).find('{') != std::string_view::npos) continue;
    if (!ops.as_object().contains("get")) continue;
    auto r = c.get(std::string(path));
    EXPECT_NE(r.status, 404) << path;
    EXPECT_NE(r.status, 405) << path;
  }
}

TEST_P(Foundation, MetricsCountRequestsByRouteAndShowThePool) {
  auto c = client();
  c.get("/api/v1/version");
  auto m = c.get("/metrics");
  ASSERT_EQ(m.status, 200);
  EXPECT_NE(m.body.find("colo_http_requests_total{method=\"GET\",route=\"/api/v1/version\",status=\"200\"}"),
            std::string::npos);
  EXPECT_NE(m.body.find("colo_http_request_duration_seconds_bucket"), std::string::npos);
  EXPECT_NE(m.body.find("colo_db_pool_in_use"), std::string::npos);
}

TEST_P(Foundation, PathTraversalIsRefused) {
  auto c = client();
  for (const char* p : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fetc/passwd"}) {
    auto r = c.get(p);
    EXPECT_TRUE(r.status == 404 || r.status == 400) << p << " -> " << r.status;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << p;
  }
}

COLO_INSTANTIATE_API_TEST(Foundation);

// Process-level behaviour: start-up errors and graceful shutdown.

TEST(ServerProcessTest, SigtermStopsGracefullyWithExitZero) {
  auto server = ServerProcess::start({});
  auto c = server->client();
  ASSERT_EQ(c.get("/healthz").status, 200);
  EXPECT_EQ(server->terminate(), 0) << server->log();
}

TEST(ServerProcessTest, UnreachablePostgresIsOneClearLine) {
  auto [rc, out] = run_colo({"migrate", "--db", "postgresql://colo@127.0.0.1:1/colo"});
  EXPECT_NE(rc, 0);
  EXPECT_NE(out.find("colo: error:"), std::string::npos) << out;
  EXPECT_NE(out.find("PostgreSQL"), std::string::npos) << out;
  EXPECT_LE(std::count(out.begin(), out.end(), '\n'), 2) << out;
}

TEST(ServerProcessTest, BadOptionsFailWithoutStackTrace) {
  auto [rc1, out1] = run_colo({"serve", "--listen", "nonsense"});
  EXPECT_NE(rc1, 0);
  EXPECT_NE(out1.find("listen"), std::string::npos) << out1;
  auto [rc2, out2] = run_colo({"serve", "--no-such-flag"});
  EXPECT_NE(rc2, 0);
  auto [rc3, out3] = run_colo({"migrate", "--db", "mysql://x"});
  EXPECT_NE(rc3, 0);
  EXPECT_NE(out3.find("colo: error:"), std::string::npos) << out3;
}

TEST(ServerProcessTest, PortInUseIsOneClearLine) {
  auto first = ServerProcess::start({});
  auto [rc, out] = run_colo({"serve", "--listen", "127.0.0.1:" + std::to_string(first->port()), "--db",
                             "sqlite://" + first->dir() + "/other.db"});
  EXPECT_NE(rc, 0);
  EXPECT_NE(out.find("colo: error:"), std::string::npos) << out;
}

TEST(ServerProcessTest, VersionCommand) {
  auto [rc, out] = run_colo({"version"});
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(out.rfind("colo ", 0), 0u) << out;
}

}  // namespace
}  // namespace colo::testing
