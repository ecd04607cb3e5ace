// The audit log (R6.1.3): every write is recorded with who, what, before and after, and the
// hash chain exposes a row altered behind Colo's back.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <cstdio>

#include "audit/audit.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

class Audit : public ApiTest {};

TEST_P(Audit, R6_1_3_WritesAreRecordedWithActorAndBeforeAfter) {
  auto biz = as("business");
  auto created =
      biz.send_json("POST", "/api/v1/customers", json::object{{"name", "审计测试 " + std::to_string(::getpid())}});
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
  auto [rc, out] =
      server().run_cli({"user", "add", "--username", "cli-made-" + std::to_string(::getpid()), "--role", "finance"});
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

// Runs SQL on the server's database behind Colo's back, as someone with database access would.
void tamper(const ServerProcess& server, Backend backend, const std::string& sql) {
  std::string cmd = backend == Backend::sqlite ? "sqlite3 " + server.db_url().substr(9) + " \"" + sql + "\""
                                               : "psql -q '" + server.db_url() + "' -c \"" + sql + "\"";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
}

// The output of one SQL query on the server's database.
std::string query(const ServerProcess& server, Backend backend, const std::string& sql) {
  std::string cmd = backend == Backend::sqlite ? "sqlite3 " + server.db_url().substr(9) + " \"" + sql + "\""
                                               : "psql -qAt '" + server.db_url() + "' -c \"" + sql + "\"";
  std::string out;
  if (FILE* p = ::popen(cmd.c_str(), "r")) {
    char buf[256];
    while (std::fgets(buf, sizeof buf, p)) out += buf;
    ::pclose(p);
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

std::string checkpoint_file(Backend backend) {
  return ::testing::TempDir() + "/colo-audit-api-" + std::to_string(::getpid()) + "-" + backend_name(backend) +
         ".checkpoint";
}

TEST_P(AuditTamper, VerifyFindsTheNewestEntriesRemovedThroughTheCheckpoint) {
  if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) GTEST_SKIP();
  const auto checkpoint = checkpoint_file(GetParam());
  std::remove(checkpoint.c_str());
  auto server =
      ServerProcess::start({.backend = GetParam(), .env = {{"COLO_AUDIT_CHECKPOINT", checkpoint}}, .demo = true});
  // The server's daily jobs append entries of their own after start; stopped, it cannot append
  // between the checkpoint and the cut.
  ASSERT_EQ(server->terminate(), 0) << server->log();
  auto [ok_rc, ok_out] = server->run_cli({"audit", "verify"});
  ASSERT_EQ(ok_rc, 0) << ok_out;
  EXPECT_NE(ok_out.find("recorded in " + checkpoint), std::string::npos) << ok_out;
  // The newest two entries go; what is left is a perfectly linked chain.
  tamper(*server, GetParam(), "DELETE FROM audit_log WHERE id > (SELECT MAX(id) - 2 FROM audit_log)");
  auto [rc, out] = server->run_cli({"audit", "verify"});
  EXPECT_EQ(rc, 1) << out;
  EXPECT_NE(out.find("is broken"), std::string::npos) << out;
  EXPECT_NE(out.find("newest entries were removed"), std::string::npos) << out;
  std::remove(checkpoint.c_str());
}

TEST_P(AuditTamper, VerifyFindsAnEntryAppendedWithoutTheKey) {
  if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) GTEST_SKIP();
  const auto checkpoint = checkpoint_file(GetParam());
  std::remove(checkpoint.c_str());
  auto server =
      ServerProcess::start({.backend = GetParam(), .env = {{"COLO_AUDIT_CHECKPOINT", checkpoint}}, .demo = true});
  // Stopped, the server's daily jobs cannot append between reading the head and the forgery.
  ASSERT_EQ(server->terminate(), 0) << server->log();
  // An entry linked to the newest one, hashed exactly as entries were hashed before the chain was
  // keyed: everything a forger without the key can compute.
  const std::string prev = query(*server, GetParam(), "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
  ASSERT_EQ(prev.size(), 64u) << prev;
  const std::vector<std::string> fields{
      "2026-11-25T08:00:00.000Z", "1", "admin", "admin", "", "cli", "user", "1", "forged", "", "null", "{}"};
  tamper(*server, GetParam(),
         "INSERT INTO audit_log (at, actor_id, actor, roles, request_id, source, object_type, object_id, action, "
         "customer_id, before_json, after_json, prev_hash, hash) VALUES ('2026-11-25T08:00:00.000Z', 1, 'admin', "
         "'admin', '', 'cli', 'user', '1', 'forged', NULL, 'null', '{}', '" +
             prev + "', '" + audit::entry_hash(prev, fields) + "')");
  auto [rc, out] = server->run_cli({"audit", "verify"});
  EXPECT_EQ(rc, 1) << out;
  EXPECT_NE(out.find("is broken"), std::string::npos) << out;
  EXPECT_NE(out.find("written without the audit key"), std::string::npos) << out;
  std::remove(checkpoint.c_str());
}

TEST(AuditConfig, ABadAuditKeyIsOneClearLine) {
  const std::string db = "sqlite://" + ::testing::TempDir() + "/colo-audit-key-" + std::to_string(::getpid()) + ".db";
  auto [rc, out] = run_colo(
      {"audit", "verify"}, {{"COLO_DB", db}, {"COLO_SECRET_KEY", std::string(64, 'a')}, {"COLO_AUDIT_KEY", "not-hex"}});
  EXPECT_EQ(rc, 1) << out;
  EXPECT_NE(out.find("colo: error: COLO_AUDIT_KEY must be 64 hexadecimal characters"), std::string::npos) << out;
  auto [zrc, zout] = run_colo({"audit", "verify"}, {{"COLO_DB", db}, {"COLO_TIME_ZONE", "Asia/Beijing"}});
  EXPECT_EQ(zrc, 1) << zout;
  EXPECT_NE(zout.find("colo: error: unknown time zone 'Asia/Beijing'"), std::string::npos) << zout;
  std::remove(db.substr(9).c_str());
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditTamper, ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const auto& info) { return backend_name(info.param); });

}  // namespace
}  // namespace colo::testing
