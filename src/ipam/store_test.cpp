// The free-address search in SQL agrees with the pure walk, on SQLite and PostgreSQL.
#include "ipam/store.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::ipam {
namespace {

class IpamStore : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto applied = db::migrate(db(), db::builtin_migrations());
    ASSERT_TRUE(applied.ok()) << applied.error().message;
  }

  void add(db::Tx& tx, const Address& a, int length) {
    IpAddressRecord r;
    r.address = {a, length};
    r.status = "active";
    r.created_at = r.updated_at = "2026-01-01T00:00:00.000Z";
    auto id = store::insert_address(tx, r);
    ASSERT_TRUE(id.ok()) << id.error().message;
  }

  static std::vector<std::pair<std::string, std::string>> text(const std::vector<FreeRange>& ranges, Family f) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& r : ranges) out.emplace_back(Address(f, r.first).to_string(), Address(f, r.last).to_string());
    return out;
  }
};

TEST_P(IpamStore, FreeRangesInSqlMatchThePureWalk) {
  std::mt19937 rng(7);
  auto tx = db::Tx::begin(db(), db::Access::write).take();
  // IPv4: a /24 with random holes, plus neighbours outside it that must not count.
  const auto p4 = *Prefix::parse("198.51.100.0/24");
  std::set<u128> used4;
  for (int i = 0; i < 120; ++i) used4.insert(p4.network().value() + rng() % 256);
  used4.insert(p4.network().value() + 1);
  for (auto v : used4) add(tx, Address(Family::v4, v), 24);
  add(tx, *Address::parse("198.51.99.255"), 24);
  add(tx, *Address::parse("198.51.101.0"), 24);
  // IPv6: the top of the space, where the successor key does not exist.
  const auto p6 = *Prefix::parse("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00/120");
  std::set<u128> used6;
  for (int i = 0; i < 60; ++i) used6.insert(p6.network().value() + rng() % 256);
  used6.insert(p6.last().value());
  for (auto v : used6) add(tx, Address(Family::v6, v), 120);

  struct Case {
    Prefix prefix;
    const std::set<u128>& used;
    bool pool;
  };
  for (const Case& c : {Case{p4, used4, false}, Case{p4, used4, true}, Case{p6, used6, false}}) {
    const std::vector<u128> sorted(c.used.begin(), c.used.end());
    for (std::size_t max : {1u, 2u, 5u, 50u, 1000u}) {
      const auto first = c.prefix.first_usable(c.pool), last = c.prefix.last_usable(c.pool);
      auto got = store::free_ranges(tx, first, last, max);
      ASSERT_TRUE(got.ok()) << got.error().message;
      auto want = free_ranges(first.value(), last.value(), sorted, max);
      EXPECT_EQ(text(*got, c.prefix.family()), text(want, c.prefix.family())) << c.prefix.to_string() << " max " << max;
    }
  }
  // An empty range and a fully used one.
  const auto empty = *Prefix::parse("203.0.113.0/28");
  auto all_free = store::free_ranges(tx, empty.first_usable(), empty.last_usable(), 5);
  ASSERT_TRUE(all_free.ok());
  EXPECT_EQ(text(*all_free, Family::v4),
            (std::vector<std::pair<std::string, std::string>>{{"203.0.113.1", "203.0.113.14"}}));
  const auto full = *Prefix::parse("203.0.113.16/30");
  add(tx, *Address::parse("203.0.113.17"), 30);
  add(tx, *Address::parse("203.0.113.18"), 30);
  auto none = store::free_ranges(tx, full.first_usable(), full.last_usable(), 5);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_P(IpamStore, TheAddressKeyIsUniqueWhateverTheMask) {
  auto tx = db::Tx::begin(db(), db::Access::write).take();
  add(tx, *Address::parse("192.0.2.10"), 24);
  IpAddressRecord again;
  again.address = {*Address::parse("192.0.2.10"), 25};
  again.status = "active";
  again.created_at = again.updated_at = "2026-01-01T00:00:00.000Z";
  auto r = store::insert_address(tx, again);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "db.unique_violation");
}

COLO_INSTANTIATE_ENGINE_TEST(IpamStore);

}  // namespace
}  // namespace colo::ipam
