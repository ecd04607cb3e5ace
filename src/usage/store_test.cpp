// The block store on SQLite and PostgreSQL: binary blocks round-trip through both drivers, a
// merge is idempotent and counts replacements, ranges read back exactly, energy's base is found
// across days.
#include "usage/usage_store.hpp"

#include <gtest/gtest.h>

#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "usage/rules.hpp"
#include "usage/store.hpp"

namespace colo::usage {
namespace {

Instant at(std::int64_t s) { return from_epoch_seconds(s); }
constexpr std::int64_t kDay0 = 1'790'035'200;  // 2026-09-22T00:00:00Z, a UTC midnight

class UsageBlocks : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto applied = db::migrate(db(), db::builtin_migrations());
    ASSERT_TRUE(applied.ok()) << applied.error().message;
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto c = tx.insert(
        "INSERT INTO customers (name, address, status, created_at, updated_at) VALUES ('Acme', '', 'active', "
        "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') RETURNING id");
    ASSERT_TRUE(c.ok());
    for (const char* kind : {"bandwidth", "power"}) {
      Meter m;
      m.customer_id = *c;
      m.kind = kind;
      m.name = std::string("meter-") + kind;
      m.created_at = m.updated_at = "2026-01-01T00:00:00.000Z";
      auto id = store::insert(tx, m);
      ASSERT_TRUE(id.ok()) << id.error().message;
      (m.kind == "bandwidth" ? port_ : pdu_) = *id;
    }
    ASSERT_TRUE(tx.commit().ok());
  }
  std::int64_t port_ = 0, pdu_ = 0;
  ManualClock clock_{*parse_instant("2026-11-20T00:00:00Z")};
  std::unique_ptr<UsageStore> store_ = make_block_store(clock_);
};

TEST_P(UsageBlocks, RatesRoundTripAcrossDaysAndMergeIdempotently) {
  std::vector<RateSample> rates;
  // Two days and a bit, with a hole, values with every byte (zeros included) in their varints.
  for (std::int64_t s = kDay0 - 3600; s < kDay0 + 2 * 86400; s += 300) {
    if (s == kDay0 + 600) continue;
    rates.push_back({at(s), (s % 7) * 1'000'000'007, s % 256, s % 5 == 0});
  }
  WriteReport first;
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(store_->put_rates(tx, port_, rates, first).ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  EXPECT_EQ(first.inserted, static_cast<std::int64_t>(rates.size()));
  auto tx = db::Tx::begin(db(), db::Access::write).take();
  auto back = store_->rates(tx, port_, at(kDay0 - 3600), at(kDay0 + 2 * 86400));
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(*back, rates);
  // A window inside one day.
  auto window = store_->rates(tx, port_, at(kDay0), at(kDay0 + 1200));
  ASSERT_TRUE(window.ok());
  ASSERT_EQ(window->size(), 3u);  // 00:00, 00:05, 00:15 (00:10 is a hole)
  // The same again changes nothing; one changed value is a replacement.
  WriteReport again;
  ASSERT_TRUE(store_->put_rates(tx, port_, rates, again).ok());
  EXPECT_EQ(again.unchanged, static_cast<std::int64_t>(rates.size()));
  EXPECT_EQ(again.inserted + again.replaced, 0);
  std::vector<RateSample> one{{at(kDay0), 5, 6, false}};
  WriteReport changed;
  ASSERT_TRUE(store_->put_rates(tx, port_, one, changed).ok());
  EXPECT_EQ(changed.replaced, 1);
  auto after = store_->rates(tx, port_, at(kDay0), at(kDay0 + 300));
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), 1u);
  EXPECT_EQ((*after)[0].in_bps, 5);
  auto bytes = store_->stored_bytes(tx, port_);
  ASSERT_TRUE(bytes.ok());
  EXPECT_GT(*bytes, 0);
  EXPECT_LT(*bytes, static_cast<std::int64_t>(rates.size()) * 16);
}

TEST_P(UsageBlocks, ReadingsAndTheBaseBeforeAPeriod) {
  std::vector<EnergyReading> readings{
      {at(kDay0 - 86400 + 7200), 1000}, {at(kDay0 + 60), 1500}, {at(kDay0 + 3600), 2100}, {at(kDay0 + 86400 * 3), 50}};
  auto tx = db::Tx::begin(db(), db::Access::write).take();
  WriteReport r;
  ASSERT_TRUE(store_->put_readings(tx, pdu_, readings, r).ok());
  EXPECT_EQ(r.inserted, 4);
  auto base = store_->reading_before(tx, pdu_, at(kDay0));
  ASSERT_TRUE(base.ok());
  ASSERT_TRUE(*base);
  EXPECT_EQ((*base)->wh, 1000);
  auto same_day = store_->reading_before(tx, pdu_, at(kDay0 + 3600));
  ASSERT_TRUE(same_day.ok() && *same_day);
  EXPECT_EQ((*same_day)->wh, 1500);
  auto across = store_->reading_before(tx, pdu_, at(kDay0 + 86400 * 2));
  ASSERT_TRUE(across.ok() && *across);
  EXPECT_EQ((*across)->wh, 2100);
  auto none = store_->reading_before(tx, pdu_, at(kDay0 - 86400));
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(*none);
  auto in = store_->readings(tx, pdu_, at(kDay0), at(kDay0 + 86400 * 4));
  ASSERT_TRUE(in.ok());
  ASSERT_EQ(in->size(), 3u);
  EXPECT_EQ(energy_wh((*base)->wh, *in), 500 + 600 + 50);
}

COLO_INSTANTIATE_ENGINE_TEST(UsageBlocks);

}  // namespace
}  // namespace colo::usage
