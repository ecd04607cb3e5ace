// Failure modes of the storage seam on both engines: the writers' lock held from BEGIN, bounded
// waits for locks and statements, the read-only probe, and the fault-injecting decorator.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "db/faults.hpp"
#include "db/test_databases.hpp"

namespace colo::db {
namespace {

using testing::EngineTest;

class FailureTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto tx = Tx::begin(db(), Access::write).take();
    ASSERT_TRUE(tx.connection().execute_script("CREATE TABLE item (id BIGINT PRIMARY KEY, name TEXT NOT NULL)").ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  // A second handle on the same database whose waits end after 100 ms.
  std::unique_ptr<Database> impatient() {
    Options o;
    o.busy_timeout_ms = 100;
    o.lock_timeout_ms = 100;
    o.statement_timeout_ms = 1000;
    auto other = Database::open(test_db_->url, o);
    EXPECT_TRUE(other.ok()) << other.error().message;
    return other.ok() ? std::move(other).value() : nullptr;
  }
  std::int64_t count() {
    auto tx = Tx::begin(db(), Access::read).take();
    return tx.one("SELECT COUNT(*) FROM item").take()->int64(0);
  }
};

// What a write transaction reads before it writes cannot change under it: a second writer cannot
// even begin while the first is open, on either engine and from another process or server.
TEST_P(FailureTest, AWriteTransactionHoldsTheWritersLockFromItsBeginning) {
  auto other = impatient();
  ASSERT_TRUE(other);
  auto first = Tx::begin(db(), Access::write).take();
  ASSERT_TRUE(first.one("SELECT COUNT(*) FROM item").ok());  // a check, no write yet
  auto second = Tx::begin(*other, Access::write);
  ASSERT_FALSE(second.ok()) << "a second writer began while the first was checking";
  EXPECT_EQ(second.error().code, "db.busy") << second.error().message;
  EXPECT_EQ(second.error().kind, ErrorKind::unavailable);
  // Readers are not held up.
  auto reader = Tx::begin(*other, Access::read);
  ASSERT_TRUE(reader.ok()) << reader.error().message;
  EXPECT_TRUE(reader->one("SELECT COUNT(*) FROM item").ok());
  ASSERT_TRUE(first.commit().ok());
  auto after = Tx::begin(*other, Access::write);
  EXPECT_TRUE(after.ok()) << after.error().message;
}

// A table locked elsewhere makes a statement fail with db.busy instead of waiting for the lock.
TEST_P(FailureTest, ALockedTableAnswersBusyInsteadOfWaiting) {
  auto other = impatient();
  ASSERT_TRUE(other);
  auto holder = Tx::begin(db(), Access::write).take();
  if (db().engine() == Engine::postgres) {
    ASSERT_TRUE(holder.exec("LOCK TABLE item IN ACCESS EXCLUSIVE MODE").ok());
  }
  ASSERT_TRUE(holder.exec("INSERT INTO item (id, name) VALUES (1, 'held')").ok());
  if (db().engine() == Engine::postgres) {
    // A reader of the locked table (a writer would already wait for the writers' lock).
    auto reader = Tx::begin(*other, Access::read).take();
    auto r = reader.one("SELECT COUNT(*) FROM item");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "db.busy") << r.error().message;
  } else {
    auto writer = Tx::begin(*other, Access::write);
    ASSERT_FALSE(writer.ok());
    EXPECT_EQ(writer.error().code, "db.busy") << writer.error().message;
  }
}

TEST_P(FailureTest, PostgresEndsAStatementThatRunsTooLong) {
  if (db().engine() != Engine::postgres) GTEST_SKIP() << "statement_timeout is PostgreSQL's";
  auto other = impatient();
  ASSERT_TRUE(other);
  auto tx = Tx::begin(*other, Access::read).take();
  auto r = tx.one("SELECT pg_sleep(3)");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "db.busy") << r.error().message;
  // Migrations and other long work may opt out.
  auto unbounded = Tx::begin(*other, Access::read, Tx::Waits::unbounded).take();
  EXPECT_EQ(unbounded.one("SELECT current_setting('statement_timeout')").take()->text(0), "0");
}

TEST_P(FailureTest, AReadOnlyPostgresDatabaseIsReportedAndRecovers) {
  if (db().engine() != Engine::postgres) GTEST_SKIP() << "default_transaction_read_only is PostgreSQL's";
  EXPECT_TRUE(db().check_writable().ok());
  auto name = test_db_->pg_name;
  auto set = [&](const char* value) {
    auto tx = Tx::begin(db(), Access::write).take();
    ASSERT_TRUE(tx.connection()
                    .execute_script("ALTER DATABASE \"" + name + "\" SET default_transaction_read_only = " + value)
                    .ok());
    ASSERT_TRUE(tx.commit().ok());
  };
  set("on");
  {
    auto standby = Database::open(test_db_->url).take();  // new sessions see the setting
    auto st = standby->check_writable();
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, "db.read_only");
    auto tx = Tx::begin(*standby, Access::write).take();
    auto r = tx.exec("INSERT INTO item (id, name) VALUES (1, 'x')");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "db.read_only") << r.error().message;
    EXPECT_EQ(r.error().kind, ErrorKind::unavailable);
  }
  set("off");
  auto again = Database::open(test_db_->url).take();
  EXPECT_TRUE(again->check_writable().ok());
}

TEST_P(FailureTest, TheWritableProbeWritesAndSeesInjectedWriteFaults) {
  if (GetParam() == Engine::postgres)
    GTEST_SKIP() << "PostgreSQL's probe asks the server whether it takes writes (tested above) instead of "
                    "writing, so that it never queues behind the writers' lock";
  FaultyDatabase faulty(std::move(test_db_->db));
  EXPECT_TRUE(faulty.check_writable().ok());
  faulty.fail_writes(true);
  auto st = faulty.check_writable();
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().kind, ErrorKind::unavailable);
  EXPECT_TRUE(faulty.ping().ok()) << "reads still work";
  faulty.clear();
  EXPECT_TRUE(faulty.check_writable().ok());
  test_db_->db = nullptr;
}

TEST_P(FailureTest, AnInjectedFaultFailsTheNthStatementOrTheCommitAndChangesNothing) {
  FaultyDatabase faulty(std::move(test_db_->db));
  auto write = [&](int id) -> Status {
    COLO_TRY(auto tx, Tx::begin(faulty, Access::write));
    COLO_CHECK(tx.exec("INSERT INTO item (id, name) VALUES ($1, 'a')", {id}));
    COLO_CHECK(tx.exec("UPDATE item SET name = 'b' WHERE id = $1", {id}));
    return tx.commit();
  };
  auto rows = [&] {
    auto tx = Tx::begin(faulty, Access::read).take();
    return tx.one("SELECT COUNT(*) FROM item").take()->int64(0);
  };
  faulty.fail_nth_statement(2);
  auto st = write(1);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "db.unavailable");
  EXPECT_EQ(rows(), 0) << "the first statement was rolled back";
  faulty.set_error(Error{ErrorKind::unavailable, "db.read_only", "injected", {}});
  faulty.fail_commits(true);
  st = write(2);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "db.read_only");
  EXPECT_EQ(rows(), 0) << "a failed commit keeps nothing";
  faulty.clear();
  EXPECT_TRUE(write(3).ok()) << "the connection is usable after the failures";
  EXPECT_EQ(rows(), 1);
  EXPECT_GT(faulty.statements(), 4);
  test_db_->db = nullptr;
}

COLO_INSTANTIATE_ENGINE_TEST(FailureTest);

// A file SQLite may only read (here opened read-only; a read-only file system or file does the
// same) refuses writes as read-only, a 503, and the probe says so.
TEST(SqliteFailureTest, AReadOnlyFileIsReportedAsReadOnly) {
  auto dir = std::filesystem::temp_directory_path() / ("colo-db-ro-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  const auto path = (dir / "colo.db").string();
  {
    auto db = Database::open("sqlite://" + path).take();
    auto tx = Tx::begin(*db, Access::write).take();
    ASSERT_TRUE(tx.connection().execute_script("CREATE TABLE item (id BIGINT PRIMARY KEY)").ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  {
    auto opened = Database::open("sqlite://file:" + path + "?mode=ro");
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    auto& db = **opened;
    auto st = db.check_writable();
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, "db.read_only") << st.error().message;
    EXPECT_EQ(st.error().kind, ErrorKind::unavailable);
    auto tx = Tx::begin(db, Access::write);
    if (tx.ok()) {
      auto r = tx->exec("INSERT INTO item (id) VALUES (1)");
      ASSERT_FALSE(r.ok());
      EXPECT_EQ(r.error().code, "db.read_only") << r.error().message;
    } else {
      EXPECT_EQ(tx.error().code, "db.read_only") << tx.error().message;
    }
    EXPECT_TRUE(db.ping().ok()) << "reading goes on";
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace colo::db
