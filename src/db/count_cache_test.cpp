#include "db/count_cache.hpp"

#include <gtest/gtest.h>

#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::db {
namespace {

using testing::EngineTest;

class CountCacheTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto applied = migrate(db(), builtin_migrations());
    ASSERT_TRUE(applied.ok()) << applied.error().message;
  }
  void add_site(const std::string& name) {
    auto tx = Tx::begin(db(), Access::write).take();
    ASSERT_TRUE(
        tx.exec("INSERT INTO dcim_sites (name, slug, created_at, updated_at) VALUES ($1, $1, 'x', 'x')", {name}).ok());
    ASSERT_TRUE(bump_data_version(tx, "dcim").ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  std::int64_t count(CountCache& cache, const std::string& prefix) {
    auto tx = Tx::begin(db(), Access::read).take();
    return cache.count(tx, "dcim", "SELECT COUNT(*) FROM dcim_sites WHERE name LIKE $1", {prefix + "%"}).take();
  }
};

TEST_P(CountCacheTest, ReusesACountUntilTheScopeChanges) {
  CountCache cache;
  add_site("a-1");
  add_site("a-2");
  add_site("b-1");
  EXPECT_EQ(count(cache, "a"), 2);
  EXPECT_EQ(count(cache, "a"), 2);
  EXPECT_EQ(count(cache, "b"), 1);  // other parameters: their own entry
  EXPECT_EQ(cache.stats().hits, 1);
  EXPECT_EQ(cache.stats().misses, 2);
  add_site("a-3");
  EXPECT_EQ(count(cache, "a"), 3) << "a committed write makes the count stale";
  EXPECT_EQ(cache.stats().misses, 3);
}

TEST_P(CountCacheTest, AWriteThatDoesNotBumpIsNotSeenAndARolledBackBumpChangesNothing) {
  CountCache cache;
  add_site("c-1");
  EXPECT_EQ(count(cache, "c"), 1);
  {
    // A rolled-back write: the version is unchanged, and so is the data.
    auto tx = Tx::begin(db(), Access::write).take();
    ASSERT_TRUE(
        tx.exec("INSERT INTO dcim_sites (name, slug, created_at, updated_at) VALUES ('c-2', 'c-2', 'x', 'x')").ok());
    ASSERT_TRUE(bump_data_version(tx, "dcim").ok());
  }
  EXPECT_EQ(count(cache, "c"), 1);
  EXPECT_EQ(cache.stats().hits, 1);
}

TEST_P(CountCacheTest, StaysWithinItsCapacity) {
  CountCache cache(2);
  add_site("d-1");
  for (const char* p : {"d", "e", "f", "d"}) count(cache, p);
  EXPECT_EQ(cache.stats().hits, 0) << "d was evicted by e and f";
  EXPECT_EQ(count(cache, "d"), 1);
  EXPECT_EQ(cache.stats().hits, 1);
}

TEST_P(CountCacheTest, AnUnknownScopeIsAnError) {
  auto tx = Tx::begin(db(), Access::write).take();
  EXPECT_FALSE(bump_data_version(tx, "nowhere").ok());
  CountCache cache;
  EXPECT_FALSE(cache.count(tx, "nowhere", "SELECT 1", {}).ok());
}

COLO_INSTANTIATE_ENGINE_TEST(CountCacheTest);

}  // namespace
}  // namespace colo::db
