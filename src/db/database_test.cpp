#include <gtest/gtest.h>

#include <atomic>
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
    for (const char* sql : {
             "CREATE TABLE parent (id BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
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

TEST_P(DatabaseTest, ValuesRoundTrip) {
  auto tx = Tx::begin(db(), Access::write).take();
  ASSERT_TRUE(tx.exec("INSERT INTO parent (id, name) VALUES (1, 'p')").ok());
  ASSERT_TRUE(tx.exec("INSERT INTO child (id, parent_id, qty, ratio, note) VALUES ($1, $2, $3, $4, $5)",
                      {1, 1, 42, 0.25, std::optional<std::string>{}}).ok());
  ASSERT_TRUE(tx.exec("INSERT INTO child (id, parent_id, qty, ratio, note) VALUES ($1, $2, $3, $4, $5)",
                      {2, 1, 0, nullptr, "机柜 A01 'quoted' \"x\""}).ok());
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
  struct Case { const char* sql; const char* code; ErrorKind kind; };
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
        if (!tx.ok()) { ++failures; continue; }
        if (!tx->exec("INSERT INTO parent (id, name) VALUES ($1, $2)", {w * 1000 + i, "w" + std::to_string(w * 1000 + i)}).ok()) ++failures;
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

COLO_INSTANTIATE_ENGINE_TEST(DatabaseTest);

TEST(DatabaseUrlTest, UrlsAreParsedOrRefused) {
  EXPECT_EQ(parse_url("sqlite:///var/lib/colo.db")->target, "/var/lib/colo.db");
  EXPECT_EQ(parse_url("sqlite://var/colo.db")->target, "var/colo.db");
  EXPECT_EQ(parse_url("postgresql://u@h:5432/d")->engine, Engine::postgres);
  EXPECT_EQ(parse_url("postgres://u@h/d")->engine, Engine::postgres);
  EXPECT_FALSE(parse_url("mysql://x").ok());
  EXPECT_FALSE(parse_url("sqlite://").ok());
}

TEST(DatabaseUrlTest, UnreachablePostgresIsUnavailableWithAClearMessage) {
  auto r = Database::open("postgresql://colo:secret@127.0.0.1:1/colo?connect_timeout=2");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::unavailable);
  EXPECT_NE(r.error().message.find("cannot connect to PostgreSQL at 127.0.0.1:1/colo"), std::string::npos)
      << r.error().message;
  EXPECT_EQ(r.error().message.find("secret"), std::string::npos) << "no password in messages";
}

}  // namespace
}  // namespace colo::db
