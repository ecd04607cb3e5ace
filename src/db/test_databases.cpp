#include "db/test_databases.hpp"

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>

namespace colo::db::testing {

namespace {

std::atomic<int> counter{0};

std::string admin_url() {
  const char* u = std::getenv("COLO_TEST_PG_URL");
  return u ? u : "";
}

struct FinishConn {
  void operator()(PGconn* c) const { PQfinish(c); }
};
struct ClearResult {
  void operator()(PGresult* r) const { PQclear(r); }
};

void ignore_notice(void*, const char*) {}

// Runs one statement on the server's admin database; failures surface when the test opens it.
void admin_exec(const std::string& sql) {
  std::unique_ptr<PGconn, FinishConn> c(PQconnectdb(admin_url().c_str()));
  // "database ... does not exist, skipping" on every test is noise.
  PQsetNoticeProcessor(c.get(), ignore_notice, nullptr);
  std::unique_ptr<PGresult, ClearResult> r(PQexec(c.get(), sql.c_str()));
}

}  // namespace

bool postgres_configured() { return !admin_url().empty(); }

std::string engine_name(Engine e) { return e == Engine::sqlite ? "SQLite" : "PostgreSQL"; }

TestDatabase::~TestDatabase() {
  db.reset();
  if (!pg_name.empty()) admin_exec("DROP DATABASE IF EXISTS " + pg_name + " WITH (FORCE)");
  std::error_code ec;
  if (!dir.empty()) std::filesystem::remove_all(dir, ec);
}

std::unique_ptr<TestDatabase> make_test_database(Engine engine, const Options& options) {
  auto t = std::make_unique<TestDatabase>();
  if (engine == Engine::sqlite) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "colo-db-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) return nullptr;
    t->dir = tmpl;
    t->url = "sqlite://" + tmpl + "/test.db";
  } else {
    t->pg_name = "colo_u_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
    admin_exec("DROP DATABASE IF EXISTS " + t->pg_name);
    admin_exec("CREATE DATABASE " + t->pg_name);
    std::string base = admin_url();
    auto q = base.find('?');
    std::string query = q == std::string::npos ? "" : base.substr(q);
    base = base.substr(0, q);
    base = base.substr(0, base.rfind('/') + 1);
    t->url = base + t->pg_name + query;
  }
  auto opened = Database::open(t->url, options);
  if (!opened.ok()) {
    ADD_FAILURE() << "cannot open " << t->url << ": " << opened.error().message;
    return nullptr;
  }
  t->db = std::move(opened).value();
  return t;
}

void EngineTest::SetUp() {
  if (GetParam() == Engine::postgres && !postgres_configured()) {
    const char* req = std::getenv("COLO_REQUIRE_PG");
    if (req && std::string(req) == "1") FAIL() << "COLO_REQUIRE_PG=1 but COLO_TEST_PG_URL is unset";
    GTEST_SKIP() << "PostgreSQL not configured (set COLO_TEST_PG_URL)";
  }
  test_db_ = make_test_database(GetParam());
  ASSERT_TRUE(test_db_);
}

}  // namespace colo::db::testing
