// The audit log (R6.1.3): every write is recorded with who, what, before and after, and the
// hash chain exposes a row altered behind Colo's back.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

class Audit : public ApiTest {};

TEST_P(Audit, R6_1_3_WritesAreRecordedWithActorAndBeforeAfter) {
  auto biz = as("business");
  auto created = biz.send_json("POST", "/api/v1/customers", json::object{{"name", "审计测试 " + std::to_string(::getpid())}});
  ASSERT_EQ(created.status, 201) << created.body;
  auto id = std::to_string(created.json().at("id").as_int64());
  ASSERT_EQ(biz.send_json("PATCH", "/api/v1/customers/" + id, json::object{{"status", "active"}},
                          {{"X-Request-ID", "audit-test-req-1"}})
                .status,
            200);
  auto log = as("auditor").get("/api/v1/audit?object_type=customer&object_id=" + id);
  ASSERT_EQ(log.status, 200) << log.body;
  auto rows = log.json().at("results").as_array();
  ASSERT_EQ(rows.size(), 2u);
  auto update = rows[0].as_object();  // newest first
  EXPECT_EQ(update.at("action").as_string(), "update");
  EXPECT_EQ(update.at("actor").as_string(), "business");
  EXPECT_EQ(update.at("request_id").as_string(), "audit-test-req-1");
  EXPECT_EQ(update.at("before").at("status").as_string(), "prospect");
  EXPECT_EQ(update.at("after").at("status").as_string(), "active");
  EXPECT_EQ(rows[1].at("action").as_string(), "create");
  EXPECT_TRUE(rows[1].at("before").is_null());
}

TEST_P(Audit, CustomersAndOtherDepartmentsCannotReadTheLog) {
  EXPECT_EQ(as("acme.admin").get("/api/v1/audit").status, 403);
  EXPECT_EQ(as("technical").get("/api/v1/audit").status, 403);
  EXPECT_EQ(as("admin").get("/api/v1/audit?limit=1").status, 200);
  EXPECT_EQ(as("auditor").get("/api/v1/audit?from=yesterday").status, 400);
}

TEST_P(Audit, CommandLineWritesAreAuditedToo) {
  auto [rc, out] = server().run_cli({"user", "add", "--username", "cli-made-" + std::to_string(::getpid()), "--role", "finance"});
  ASSERT_EQ(rc, 0) << out;
  auto log = as("auditor").get("/api/v1/audit?object_type=user&action=create&limit=1");
  auto row = log.json().at("results").as_array()[0].as_object();
  EXPECT_EQ(row.at("source").as_string(), "cli");
  EXPECT_EQ(row.at("actor").as_string().subview().substr(0, 4), "cli:");
}

COLO_INSTANTIATE_API_TEST(Audit);

// Tampering needs a server of its own: the chain it breaks stays broken.
class AuditTamper : public ::testing::TestWithParam<Backend> {};

TEST_P(AuditTamper, R6_1_3_VerifyNamesTheFirstAlteredEntry) {
  if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) GTEST_SKIP();
  auto server = ServerProcess::start({.backend = GetParam(), .demo = true});
  auto [ok_rc, ok_out] = server->run_cli({"audit", "verify"});
  ASSERT_EQ(ok_rc, 0) << ok_out;
  EXPECT_NE(ok_out.find("intact"), std::string::npos);
  const std::string sql = "UPDATE audit_log SET action = 'nothing-to-see' WHERE id = 3";
  std::string cmd;
  if (GetParam() == Backend::sqlite)
    cmd = "sqlite3 " + server->db_url().substr(9) + " \"" + sql + "\"";
  else
    cmd = "psql -q '" + server->db_url() + "' -c \"" + sql + "\"";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  auto [rc, out] = server->run_cli({"audit", "verify"});
  EXPECT_EQ(rc, 1) << out;
  EXPECT_NE(out.find("entry 3 is broken"), std::string::npos) << out;
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditTamper, ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const auto& info) { return backend_name(info.param); });

}  // namespace
}  // namespace colo::testing
