#include <gtest/gtest.h>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "db/test_databases.hpp"

namespace colo::db {
namespace {

using testing::EngineTest;

class DatabaseTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto tx = Tx::begin(db(), Access::write);
    ASSERT_TRUE(tx.ok());
    for (const char* sql :
         {"CREATE TABLE parent (id BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
          "CREATE TABLE child (id BIGINT PRIMARY KEY, parent_id BIGINT NOT NULL REFERENCES parent(id), "
          "qty INTEGER NOT NULL CHECK (qty >= 0), ratio DOUBLE PRECISION, note TEXT)"}) {
      auto st = tx->connection().execute_script(sql);
      ASSERT_TRUE(st.ok()) << st.error().message;
    }
    ASSERT_TRUE(tx->commit().ok());
  }
};

TEST_P(DatabaseTest, PlaceholdersBindByNumberInAnyOrder) {
  auto tx = Tx::begin(db(), Access::write).take();
  ASSERT_TRUE(tx.exec("INSERT INTO parent (id, name) VALUES ($2, $1)", {"rack-1", 10}).ok());
  auto row = tx.one("SELECT id, name, $1 || name FROM parent WHERE id = $2 AND name = $1", {"rack-1", 10}).take();
  ASSERT_TRUE(row);
  EXPECT_EQ(row->int64(0), 10);
  EXPECT_EQ(row->text(1), "rack-1");
  EXPECT_EQ(row->text(2), "rack-1rack-1");
}

// Placeholders written $1, $2, ... in order (a multi-row INSERT) are handed to SQLite as plain "?",
// the others as "?N": both bind the same values, a placeholder inside a string stays text.
TEST_P(DatabaseTest, PlaceholdersInOrderBindLikeNumberedOnes) {
  auto tx = Tx::begin(db(), Access::write).take();
  std::string sql = "INSERT INTO parent (id, name) VALUES ";
  Params params;
  for (int k = 0; k < 12; ++k) {
    sql += (k ? ", ($" : "($") + std::to_string(2 * k + 1) + ", $" + std::to_string(2 * k + 2) + ")";
    params.insert(params.end(), {100 + k, "p" + std::to_string(k)});
  }
  ASSERT_TRUE(tx.exec(sql, params).ok());
  auto in_order = tx.one("SELECT COUNT(*), MIN(name), MAX(id) FROM parent WHERE id >= $1", {100}).take();
  EXPECT_EQ(in_order->int64(0), 12);
  EXPECT_EQ(in_order->text(1), "p0");
  EXPECT_EQ(in_order->int64(2), 111);
  auto named = tx.one("SELECT name FROM parent WHERE id = $2 AND name = $1", {"p11", 111}).take();
  ASSERT_TRUE(named);
  EXPECT_EQ(named->text(0), "p11");
  auto quoted = tx.one("SELECT '$1', $1, $2 || $3", {"a", "b", "c"}).take();
  ASSERT_TRUE(quoted);
  EXPECT_EQ(quoted->text(0), "$1");
  EXPECT_EQ(quoted->text(1), "a");
  EXPECT_EQ(quoted->text(2), "bc");
}

TEST_P(DatabaseTest, ValuesRoundTrip) {
  auto tx = Tx::begin(db(), Access::write).take();
  ASSERT_TRUE(tx.exec("INSERT INTO parent (id, name) VALUES (1, 'p')").ok());
  ASSERT_TRUE(tx.exec("INSERT INTO child (id, parent_id, qty, ratio, note) VALUES ($1, $2, $3, $4, $5)",
                      {1, 1, 42, 0.25, std::optional<std::string>{}})
                  .ok());
  ASSERT_TRUE(tx.exec("INSERT INTO child (id, parent_id, qty, ratio, note) VALUES ($1, $2, $3, $4, $5)",
                      {2, 1, 0, nullptr, "机柜 A01 'quoted' \"x\""})
                  .ok());
  auto res = tx.query("SELECT id, qty, ratio, note FROM child ORDER BY id").take();
  ASSERT_EQ(res.rows.size(), 2u);
  EXPECT_EQ(res.rows[0].int64(1), 42);
  EXPECT_DOUBLE_EQ(res.rows[0].real(2), 0.25);
  EXPECT_TRUE(res.rows[0].is_null(3));
  EXPECT_FALSE(res.rows[0].opt_text(3));
  EXPECT_TRUE(res.rows[1].is_null(2));
  EXPECT_EQ(res.rows[1].text(3), "机柜 A01 'quoted' \"x\"");
  EXPECT_EQ(res.rows[1].index_of("note"), 3u);
  auto big = tx.one("SELECT CAST($1 AS BIGINT)", {std::int64_t{9007199254740993}}).take();
  EXPECT_EQ(big->int64(0), 9007199254740993);
}

TEST_P(DatabaseTest, ReturningGivesTheNewIdAndAffectedCounts) {
  auto tx = Tx::begin(db(), Access::write).take();
  auto id = tx.insert("INSERT INTO parent (id, name) VALUES (7, 'a') RETURNING id");
  ASSERT_TRUE(id.ok()) << id.error().message;
  EXPECT_EQ(*id, 7);
  tx.exec("INSERT INTO parent (id, name) VALUES (8, 'b')").take();
  EXPECT_EQ(tx.exec("UPDATE parent SET name = name || 'x'").take(), 2);
  EXPECT_EQ(tx.exec("DELETE FROM parent WHERE id = 99").take(), 0);
}

TEST_P(DatabaseTest, UncommittedTransactionRollsBack) {
  {
    auto tx = Tx::begin(db(), Access::write).take();
    tx.exec("INSERT INTO parent (id, name) VALUES (1, 'gone')").take();
  }
  {
    auto tx = Tx::begin(db(), Access::write).take();
    tx.exec("INSERT INTO parent (id, name) VALUES (2, 'kept')").take();
    ASSERT_TRUE(tx.commit().ok());
  }
  auto tx = Tx::begin(db(), Access::read).take();
  auto res = tx.query("SELECT name FROM parent").take();
  ASSERT_EQ(res.rows.size(), 1u);
  EXPECT_EQ(res.rows[0].text(0), "kept");
}

TEST_P(DatabaseTest, ConstraintViolationsAreTypedErrors) {
  {
    auto tx = Tx::begin(db(), Access::write).take();
    tx.exec("INSERT INTO parent (id, name) VALUES (1, 'p')").take();
    tx.commit().take();
  }
  struct Case {
    const char* sql;
    const char* code;
    ErrorKind kind;
  };
  const Case cases[] = {
      {"INSERT INTO parent (id, name) VALUES (2, 'p')", "db.unique_violation", ErrorKind::conflict},
      {"INSERT INTO child (id, parent_id, qty) VALUES (1, 99, 1)", "db.foreign_key_violation", ErrorKind::conflict},
      {"INSERT INTO child (id, parent_id, qty) VALUES (1, 1, -1)", "db.check_violation", ErrorKind::unprocessable},
      {"INSERT INTO parent (id, name) VALUES (3, NULL)", "db.not_null_violation", ErrorKind::unprocessable},
      {"SELEC nonsense", "db.error", ErrorKind::internal},
  };
  for (const auto& c : cases) {
    // One transaction per case: PostgreSQL aborts a transaction at its first error.
    auto tx = Tx::begin(db(), Access::write).take();
    auto r = tx.exec(c.sql);
    ASSERT_FALSE(r.ok()) << c.sql;
    EXPECT_EQ(r.error().code, c.code) << c.sql << ": " << r.error().message;
    EXPECT_EQ(r.error().kind, c.kind) << c.sql;
  }
  auto tx = Tx::begin(db(), Access::read).take();
  EXPECT_EQ(tx.one("SELECT COUNT(*) FROM parent").take()->int64(0), 1);
}

TEST_P(DatabaseTest, StatementsAreReusedAcrossCalls) {
  auto tx = Tx::begin(db(), Access::write).take();
  for (int i = 1; i <= 200; ++i)
    ASSERT_TRUE(tx.exec("INSERT INTO parent (id, name) VALUES ($1, $2)", {i, "n" + std::to_string(i)}).ok());
  auto n = tx.one("SELECT COUNT(*) FROM parent").take();
  EXPECT_EQ(n->int64(0), 200);
}

TEST_P(DatabaseTest, ConcurrentReadersAndWritersSeeCommittedData) {
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < 4; ++w) {
    threads.emplace_back([&, w] {
      for (int i = 0; i < 25; ++i) {
        auto tx = Tx::begin(db(), Access::write);
        if (!tx.ok()) {
          ++failures;
          continue;
        }
        if (!tx->exec("INSERT INTO parent (id, name) VALUES ($1, $2)",
                      {w * 1000 + i, "w" + std::to_string(w * 1000 + i)})
                 .ok())
          ++failures;
        if (!tx->commit().ok()) ++failures;
      }
    });
  }
  for (int r = 0; r < 4; ++r) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) {
        auto tx = Tx::begin(db(), Access::read);
        if (!tx.ok() || !tx->query("SELECT COUNT(*) FROM parent").ok()) ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  auto tx = Tx::begin(db(), Access::read).take();
  EXPECT_EQ(tx.one("SELECT COUNT(*) FROM parent").take()->int64(0), 100);
  EXPECT_EQ(db().stats().in_use, 1);
}

TEST_P(DatabaseTest, PingSucceeds) { EXPECT_TRUE(db().ping().ok()); }

TEST_P(DatabaseTest, PlaceholdersInQuotesAndCommentsAreLeftAlone) {
  auto tx = Tx::begin(db(), Access::read).take();
  // The apostrophe in the comment must not make the rewriter think a string starts there.
  auto row = tx.one("SELECT '$1 isn''t a parameter' AS a, /* don't: $3 */ $1 AS b -- it's $2\n", {"x"});
  ASSERT_TRUE(row.ok()) << row.error().message;
  ASSERT_TRUE(*row);
  EXPECT_EQ((*row)->text(0), "$1 isn't a parameter");
  EXPECT_EQ((*row)->text(1), "x");
}

TEST_P(DatabaseTest, AWrongParameterCountIsABugOnBothEngines) {
  for (const Params& params : {Params{1}, Params{1, 2, 3}}) {
    auto tx = Tx::begin(db(), Access::read).take();
    auto r = tx.query("SELECT CAST($1 AS BIGINT) + CAST($2 AS BIGINT)", params);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "db.error") << r.error().message;
    EXPECT_EQ(r.error().kind, ErrorKind::internal);
  }
  EXPECT_TRUE(db().ping().ok()) << "the connection survives";
}

TEST_P(DatabaseTest, RowAccessorsConvertBetweenRepresentations) {
  auto tx = Tx::begin(db(), Access::read).take();
  auto row = tx.one(
                   "SELECT CAST('42' AS TEXT), CAST(2.5 AS NUMERIC), 1 = 1, CAST(7 AS DOUBLE PRECISION), "
                   "CAST(NULL AS TEXT)")
                 .take();
  ASSERT_TRUE(row);
  EXPECT_EQ(row->text(0), "42");
  EXPECT_EQ(row->int64(0), 42);
  EXPECT_DOUBLE_EQ(row->real(1), 2.5);
  EXPECT_TRUE(row->boolean(2));
  EXPECT_EQ(row->int64(2), 1);
  EXPECT_EQ(row->int64(3), 7);
  EXPECT_EQ(row->text(3), "7");
  EXPECT_EQ(row->int64(4), 0);
  EXPECT_EQ(row->text(4), "");
  EXPECT_FALSE(row->opt_int64(4));
  EXPECT_FALSE(row->opt_real(4));
}

TEST_P(DatabaseTest, ReadTransactionsRefuseWrites) {
  auto tx = Tx::begin(db(), Access::read).take();
  auto r = tx.exec("INSERT INTO parent (id, name) VALUES (1, 'x')");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "db.error") << r.error().message;
}

TEST_P(DatabaseTest, InsertWantsOneReturnedId) {
  auto tx = Tx::begin(db(), Access::write).take();
  auto r = tx.insert("INSERT INTO parent (id, name) VALUES (1, 'x')");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::internal);
}

TEST_P(DatabaseTest, CommitIsOnceOnly) {
  auto tx = Tx::begin(db(), Access::write).take();
  tx.exec("INSERT INTO parent (id, name) VALUES (1, 'x')").take();
  ASSERT_TRUE(tx.commit().ok());
  EXPECT_FALSE(tx.commit().ok());
}

TEST_P(DatabaseTest, LeasesAreCountedAndReturned) {
  EXPECT_EQ(db().stats().in_use, 0);
  {
    auto w = Tx::begin(db(), Access::write).take();
    auto r = Tx::begin(db(), Access::read).take();
    EXPECT_EQ(db().stats().in_use, 2);
    EXPECT_GE(db().stats().size, 2);
  }
  EXPECT_EQ(db().stats().in_use, 0);
}

TEST_P(DatabaseTest, LeaseReturnedMidTransactionIsRolledBack) {
  {
    auto lease = db().acquire(Access::write).take();
    auto& c = lease.connection();
    ASSERT_TRUE(c.execute_script(c.engine() == Engine::sqlite ? "BEGIN IMMEDIATE" : "BEGIN").ok());
    ASSERT_TRUE(c.execute("INSERT INTO parent (id, name) VALUES (1, 'x')", {}).ok());
  }  // no COMMIT
  auto tx = Tx::begin(db(), Access::write).take();
  EXPECT_EQ(tx.one("SELECT COUNT(*) FROM parent").take()->int64(0), 0);
}

// A cached statement must not outlive a schema change in a way that breaks later calls.
TEST_P(DatabaseTest, StatementCacheSurvivesSchemaChanges) {
  {
    auto tx = Tx::begin(db(), Access::write).take();
    tx.exec("INSERT INTO parent (id, name) VALUES (1, 'x')").take();
    ASSERT_EQ(tx.one("SELECT * FROM parent").take()->size(), 2u);
    ASSERT_TRUE(tx.connection().execute_script("ALTER TABLE parent ADD COLUMN extra TEXT").ok());
    tx.commit().take();
  }
  // PostgreSQL refuses a cached plan whose result type changed once; the driver then forgets it.
  for (int attempt = 0; attempt < 2; ++attempt) {
    auto tx = Tx::begin(db(), Access::write).take();
    auto row = tx.one("SELECT * FROM parent");
    if (!row.ok() && attempt == 0 && db().engine() == Engine::postgres) continue;
    ASSERT_TRUE(row.ok()) << row.error().message;
    EXPECT_EQ((*row)->size(), 3u);
    break;
  }
}

TEST_P(DatabaseTest, PostgresPreparesEachStatementOncePerConnection) {
  if (db().engine() != Engine::postgres) GTEST_SKIP() << "pg_prepared_statements is PostgreSQL's";
  Options one;
  one.pool_size = 1;
  auto single = Database::open(test_db_->url, one).take();
  auto tx = Tx::begin(*single, Access::read).take();
  for (int i = 0; i < 50; ++i) ASSERT_EQ(tx.one("SELECT 1 + $1", {i}).take()->int64(0), 1 + i);
  auto n = tx.one("SELECT COUNT(*) FROM pg_prepared_statements WHERE statement = $1", {"SELECT 1 + $1"});
  ASSERT_TRUE(n.ok()) << n.error().message;
  EXPECT_EQ((*n)->int64(0), 1);
}

TEST_P(DatabaseTest, PostgresReopensAConnectionTheServerClosed) {
  if (db().engine() != Engine::postgres) GTEST_SKIP() << "PostgreSQL connections only";
  ASSERT_TRUE(db().ping().ok());
  {
    auto admin = Database::open(test_db_->url).take();
    auto tx = Tx::begin(*admin, Access::write).take();
    auto killed = tx.one(
        "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid()");
    ASSERT_TRUE(killed.ok()) << killed.error().message;
    ASSERT_GE((*killed)->int64(0), 1);
  }
  // The pooled connection is dead but does not know it yet; beginning a transaction reconnects.
  auto tx = Tx::begin(db(), Access::read);
  ASSERT_TRUE(tx.ok()) << tx.error().message;
  EXPECT_EQ(tx->one("SELECT 2").take()->int64(0), 2);
}

COLO_INSTANTIATE_ENGINE_TEST(DatabaseTest);

TEST(DatabaseUrlTest, UrlsAreParsedOrRefused) {
  EXPECT_EQ(parse_url("sqlite:///var/lib/colo.db")->target, "/var/lib/colo.db");
  EXPECT_EQ(parse_url("sqlite://var/colo.db")->target, "var/colo.db");
  EXPECT_EQ(parse_url("postgresql://u@h:5432/d")->engine, Engine::postgres);
  EXPECT_EQ(parse_url("postgres://u@h/d")->engine, Engine::postgres);
  EXPECT_EQ(parse_url("postgres://u@h/d")->target, "postgres://u@h/d") << "libpq gets the URL as-is";
  EXPECT_EQ(parse_url("sqlite::memory:")->target, ":memory:");
  EXPECT_FALSE(parse_url("mysql://x").ok());
  EXPECT_FALSE(parse_url("sqlite://").ok());
}

TEST(SqliteOpenTest, MemoryDatabaseRunsOnOneConnection) {
  auto db = Database::open("sqlite::memory:").take();
  EXPECT_EQ(db->stats().size, 1);
  {
    auto tx = Tx::begin(*db, Access::write).take();
    tx.exec("CREATE TABLE t (v TEXT)").take();
    tx.exec("INSERT INTO t (v) VALUES ($1)", {"a"}).take();
    tx.commit().take();
  }
  auto tx = Tx::begin(*db, Access::read).take();
  EXPECT_EQ(tx.one("SELECT v FROM t").take()->text(0), "a");
}

TEST(SqliteOpenTest, MissingParentDirectoriesAreCreated) {
  auto dir = std::filesystem::temp_directory_path() / ("colo-db-parents-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  auto path = dir / "a" / "b" / "colo.db";
  {
    auto db = Database::open("sqlite://" + path.string());
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_TRUE((*db)->ping().ok());
  }
  EXPECT_TRUE(std::filesystem::exists(path));
  std::filesystem::remove_all(dir);
}

TEST(SqliteOpenTest, AnUnusablePathIsUnavailableWithAClearMessage) {
  auto r = Database::open("sqlite:///dev/null/colo/colo.db");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::unavailable);
  EXPECT_NE(r.error().message.find("cannot open SQLite database /dev/null/colo/colo.db"), std::string::npos)
      << r.error().message;
}

TEST(DatabaseUrlTest, UnreachablePostgresIsUnavailableWithAClearMessage) {
  auto r = Database::open("postgresql://colo:secret@127.0.0.1:1/colo?connect_timeout=2");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::unavailable);
  EXPECT_NE(r.error().message.find("cannot connect to PostgreSQL at 127.0.0.1:1/colo"), std::string::npos)
      << r.error().message;
  EXPECT_EQ(r.error().message.find("secret"), std::string::npos) << "no password in messages";
  EXPECT_EQ(r.error().message.find('\n'), std::string::npos) << "one line";
}

}  // namespace
}  // namespace colo::db
