// What the real server does when its database cannot be written or is locked, on SQLite and
// PostgreSQL: changes answer 503 with a stable code instead of 500 or a hang, /readyz fails, and
// once the database is writable or free again the same server works without a restart.
//
// Real faults, no hooks in the server: on SQLite a file-size limit (RLIMIT_FSIZE) set on the
// running server makes every write of the database fail as on a full disk; on PostgreSQL the
// database is set read-only (default_transaction_read_only) and its sessions ended, which is what
// the server meets after a failover to a standby. The locks are held by the test's own connection.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <libpq-fe.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include <set>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

// A libpq connection of the test's own, to the PostgreSQL server the test server uses.
class PgSession {
 public:
  explicit PgSession(const std::string& url) : conn_(PQconnectdb(url.c_str())) {
    if (PQstatus(conn_) != CONNECTION_OK) ADD_FAILURE() << "cannot connect: " << PQerrorMessage(conn_);
  }
  ~PgSession() { PQfinish(conn_); }
  void run(const std::string& sql) {
    PGresult* r = PQexec(conn_, sql.c_str());
    auto st = PQresultStatus(r);
    EXPECT_TRUE(st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) << sql << ": " << PQerrorMessage(conn_);
    PQclear(r);
  }

 private:
  PGconn* conn_;
};

// The database name of a postgresql://host/name?options URL.
std::string database_of(std::string url) {
  url = url.substr(0, url.find('?'));
  return url.substr(url.rfind('/') + 1);
}

class DatabaseFailures : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) {
      const char* req = std::getenv("COLO_REQUIRE_PG");
      if (req && std::string(req) == "1") FAIL() << "COLO_REQUIRE_PG=1 but COLO_TEST_PG_URL is unset";
      GTEST_SKIP() << "PostgreSQL not configured (set COLO_TEST_PG_URL)";
    }
    // Short waits so that the test does not sit through the default few seconds.
    server_ = ServerProcess::start({.backend = GetParam(),
                                    .env = {{"COLO_DB_BUSY_TIMEOUT_MS", "300"},
                                            {"COLO_DB_LOCK_TIMEOUT_MS", "300"},
                                            {"COLO_DB_STATEMENT_TIMEOUT_MS", "2000"}},
                                    .demo = true});
  }
  HttpResponse create_customer(HttpClient& c) {
    static int n = 0;
    return c.send_json(
        "POST", "/api/v1/customers",
        json::object{{"name", "Failure test " + std::to_string(::getpid()) + "-" + std::to_string(++n)}});
  }
  static std::string code_of(const HttpResponse& r) {
    try {
      return std::string(r.json().at("code").as_string());
    } catch (const std::exception&) {
      return "(no problem body: " + r.body + ")";
    }
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_P(DatabaseFailures, AnUnwritableDatabaseAnswers503AndRecoversWithoutARestart) {
  auto business = login(*server_, "business");
  ASSERT_EQ(create_customer(business).status, 201);
  ASSERT_EQ(server_->client().get("/readyz").status, 200);

  rlimit before{};
  std::unique_ptr<PgSession> pg;
  std::string pg_db;
  if (GetParam() == Backend::sqlite) {
    ASSERT_EQ(::prlimit(server_->pid(), RLIMIT_FSIZE, nullptr, &before), 0);
    rlimit tiny = before;
    tiny.rlim_cur = 1;  // no write at or past the first byte of any file
    ASSERT_EQ(::prlimit(server_->pid(), RLIMIT_FSIZE, &tiny, nullptr), 0);
  } else {
    pg = std::make_unique<PgSession>(server_->db_url());
    pg_db = database_of(server_->db_url());
    pg->run("ALTER DATABASE \"" + pg_db + "\" SET default_transaction_read_only = on");
    pg->run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + pg_db +
            "' AND pid <> pg_backend_pid()");
  }

  auto refused = create_customer(business);
  EXPECT_EQ(refused.status, 503) << refused.body;
  const std::set<std::string> unwritable{"db.unavailable", "db.read_only"};
  EXPECT_TRUE(unwritable.count(code_of(refused))) << refused.body;
  EXPECT_EQ(refused.header("content-type").value_or(""), "application/problem+json");
  auto ready = server_->client().get("/readyz");
  EXPECT_EQ(ready.status, 503) << ready.body;
  EXPECT_TRUE(unwritable.count(code_of(ready))) << ready.body;
  EXPECT_EQ(business.get("/api/v1/customers?limit=5").status, 200) << "reading goes on";

  if (GetParam() == Backend::sqlite) {
    ASSERT_EQ(::prlimit(server_->pid(), RLIMIT_FSIZE, &before, nullptr), 0);
  } else {
    pg->run("ALTER DATABASE \"" + pg_db + "\" SET default_transaction_read_only = off");
    pg->run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + pg_db +
            "' AND pid <> pg_backend_pid()");
  }
  EXPECT_EQ(server_->client().get("/readyz").status, 200);
  auto again = create_customer(business);
  EXPECT_EQ(again.status, 201) << again.body;
  EXPECT_TRUE(server_->running());
}

TEST_P(DatabaseFailures, ALockedDatabaseAnswers503BusyInsteadOfHanging) {
  auto business = login(*server_, "business");
  ASSERT_EQ(create_customer(business).status, 201);
  sqlite3* lite = nullptr;
  std::unique_ptr<PgSession> pg;
  if (GetParam() == Backend::sqlite) {
    // Another process's write lock on the file, as a backup tool or `colo` CLI run would hold it.
    const auto path = server_->db_url().substr(std::string("sqlite://").size());
    ASSERT_EQ(sqlite3_open(path.c_str(), &lite), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(lite, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  } else {
    pg = std::make_unique<PgSession>(server_->db_url());
    pg->run("BEGIN");
    pg->run("LOCK TABLE customers IN ACCESS EXCLUSIVE MODE");
  }

  auto busy = create_customer(business);
  EXPECT_EQ(busy.status, 503) << busy.body;
  EXPECT_EQ(code_of(busy), "db.busy") << busy.body;
  if (GetParam() == Backend::postgres) {
    // On PostgreSQL the lock keeps readers of the table out as well.
    auto list = business.get("/api/v1/customers?limit=5");
    EXPECT_EQ(list.status, 503) << list.body;
    EXPECT_EQ(code_of(list), "db.busy") << list.body;
  }

  if (lite) {
    sqlite3_exec(lite, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(lite);
  } else {
    pg->run("ROLLBACK");
  }
  auto after = create_customer(business);
  EXPECT_EQ(after.status, 201) << after.body;
}

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseFailures, ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const auto& info) { return backend_name(info.param); });

}  // namespace
}  // namespace colo::testing
