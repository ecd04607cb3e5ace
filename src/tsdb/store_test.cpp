// The embedded store on both engines: samples through the database and back, sealing, rollups,
// retention, ordering, the series registry under concurrent creation, matchers and tenancy.
#include "tsdb/store.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <random>
#include <thread>

#include "db/faults.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "tsdb/precision.hpp"

namespace colo::tsdb {
namespace {

using namespace std::chrono_literals;

// 2026-11-26T00:00:00Z: a multiple of the twelve-hour period and of five minutes.
constexpr std::int64_t kT0 = 1'795'651'200'000;
static_assert(kT0 % (12 * 3600 * 1000) == 0);

Instant at(std::int64_t ms) { return Instant(std::chrono::milliseconds(ms)); }

Sample port_rate(std::int64_t t, double v, std::string device = "12", std::string customer = "7") {
  return Sample{"if_in_bits_per_second", {{"if_index", "3"}, {"device_id", device}, {"customer_id", customer}}, t, v};
}

class StoreTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
  }
  std::int64_t count(std::string_view sql) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return tx.one(sql).take()->int64(0);
  }
  ManualClock clock_{at(kT0 + 30 * 86'400'000LL)};
};

TEST_P(StoreTest, SamplesComeBackBitForBitFromBlocksAndHead) {
  Store store(db(), clock_);
  std::vector<Sample> batch;
  std::vector<Point> expected;
  // 300 minutes: two sealed blocks of 120 in the first period, the rest in the second period's
  // head; values with fractions, a NaN and a negative zero.
  for (int i = 0; i < 300; ++i) {
    double v = i == 50 ? std::nan("") : i == 51 ? -0.0 : 1e9 / (i + 3);
    batch.push_back(port_rate(kT0 + i * 60'000LL, v));
    expected.push_back({kT0 + i * 60'000LL, v});
  }
  auto report = store.append(batch).take();
  EXPECT_EQ(report.accepted, 300);
  EXPECT_EQ(count("SELECT COUNT(*) FROM tsdb_series"), 1);
  // Sealed at each two-hour period: two blocks of 120; the last 60 stay in the head.
  EXPECT_EQ(count("SELECT COUNT(*) FROM tsdb_blocks"), 2);
  EXPECT_EQ(count("SELECT samples FROM tsdb_heads"), 60);
  auto series = store.find_series({"if_in_bits_per_second", {{"device_id", "12"}}}, std::nullopt, 10).take();
  ASSERT_EQ(series.size(), 1u);
  auto got = store.range(series[0].id, kT0, kT0 + 300 * 60'000LL, 0).take();
  EXPECT_FALSE(got.from_rollups);
  ASSERT_EQ(got.points.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(got.points[i].t_ms, expected[i].t_ms);
    EXPECT_EQ(std::bit_cast<std::uint64_t>(got.points[i].value), std::bit_cast<std::uint64_t>(expected[i].value)) << i;
  }
  // A range inside: only its points, both ends included.
  EXPECT_EQ(store.range(series[0].id, kT0 + 60'000, kT0 + 120'000, 0).take().points.size(), 2u);
}

TEST_P(StoreTest, AcceptedSamplesSurviveTheProcess) {
  {
    Store store(db(), clock_);
    ASSERT_TRUE(store.write({port_rate(kT0, 1), port_rate(kT0 + 60'000, 2)}).ok());
  }  // as after kill -9: nothing of the first store is flushed on the way out
  Store again(db(), clock_);
  auto id = again.find_series({"if_in_bits_per_second", {}}, std::nullopt, 10).take().at(0).id;
  EXPECT_EQ(again.range(id, kT0, kT0 + 60'000, 0).take().points.size(), 2u);
  // The new process knows the newest sample too: the same instant again is a duplicate.
  auto report = again.append({port_rate(kT0 + 60'000, 5), port_rate(kT0 + 120'000, 3)}).take();
  EXPECT_EQ(report.duplicates, 1);
  EXPECT_EQ(report.accepted, 1);
}

TEST_P(StoreTest, OutOfOrderDuplicateAndInvalidSamplesAreCountedAndDropped) {
  Store store(db(), clock_);
  ASSERT_TRUE(store.write({port_rate(kT0 + 120'000, 1)}).ok());
  auto report = store
                    .append({port_rate(kT0 + 60'000, 9), port_rate(kT0 + 120'000, 9), port_rate(kT0 + 180'000, 2),
                             port_rate(kT0 + 180'000, 7), Sample{"bad name", {}, kT0, 1},
                             Sample{"x", {{"__name__", "y"}}, kT0, 1}, Sample{"x", {}, kT0 / 1000, 1}})
                    .take();
  EXPECT_EQ(report.accepted, 1);
  EXPECT_EQ(report.out_of_order, 1);
  EXPECT_EQ(report.duplicates, 2);  // the stored instant, and the second of two new ones at one instant
  EXPECT_EQ(report.invalid, 3);
  EXPECT_EQ(store.counters().duplicates, 2);
  auto id = store.find_series({"if_in_bits_per_second", {}}, std::nullopt, 10).take().at(0).id;
  auto points = store.range(id, kT0, kT0 + 3'600'000, 0).take().points;
  ASSERT_EQ(points.size(), 2u);
  EXPECT_EQ(points[1].value, 2);  // the first of the two at one instant
}

TEST_P(StoreTest, FiveMinuteRollupsJoinSealedBlocksAndTheHead) {
  // Blocks of 7 samples, so that sealing splits five-minute buckets.
  Store store(db(), clock_, StoreOptions{.block_samples = 7});
  std::vector<Sample> batch;
  for (int i = 0; i < 60; ++i) batch.push_back(port_rate(kT0 + i * 30'000LL, i));  // every 30 s for 30 min
  ASSERT_TRUE(store.write(batch).ok());
  auto id = store.find_series({"if_in_bits_per_second", {}}, std::nullopt, 10).take().at(0).id;
  auto rollups = store.five_minute_rollups(id, kT0, kT0 + 3'600'000).take();
  ASSERT_EQ(rollups.size(), 6u);
  for (int b = 0; b < 6; ++b) {
    SCOPED_TRACE(b);
    EXPECT_EQ(rollups[b].t_ms, kT0 + b * kRollupMs);
    EXPECT_EQ(rollups[b].samples, 10);
    EXPECT_EQ(rollups[b].min, b * 10);
    EXPECT_EQ(rollups[b].max, b * 10 + 9);
    EXPECT_DOUBLE_EQ(rollups[b].avg(), b * 10 + 4.5);
    EXPECT_EQ(rollups[b].last, b * 10 + 9);
  }
  auto averages = store.five_minute_averages(id, kT0 + kRollupMs, kT0 + 3 * kRollupMs).take();
  ASSERT_EQ(averages.size(), 2u);
  EXPECT_DOUBLE_EQ(averages[0].value, 14.5);
  // A query by fifteen minutes reads the rollups; by one minute the raw samples.
  auto wide = store.range(id, kT0, kT0 + 1'800'000 - 1, 900'000).take();
  EXPECT_TRUE(wide.from_rollups);
  ASSERT_EQ(wide.points.size(), 2u);
  EXPECT_DOUBLE_EQ(wide.points[0].value, 14.5);
  auto narrow = store.range(id, kT0, kT0 + 1'800'000 - 1, 60'000).take();
  EXPECT_FALSE(narrow.from_rollups);
  ASSERT_EQ(narrow.points.size(), 30u);
  EXPECT_DOUBLE_EQ(narrow.points[3].value, 6.5);
}

// The bulk percentile read gives, for every series asked, what the nearest-rank quantile of its
// own five-minute averages is: sealed days and the head together, several series per statement.
TEST_P(StoreTest, PercentilesOfManySeriesMatchEachSeriesAverages) {
  Store store(db(), clock_, StoreOptions{.block_samples = 50});
  std::vector<Sample> batch;
  // Device 1: three days every 300 s (sealed into blocks and day rollups, the last ones in the
  // head); device 2: two samples in the head only, in one bucket; device 3: only before the period.
  for (int i = 0; i < 3 * 288; ++i)
    batch.push_back(port_rate(kT0 + i * kRollupMs + 1000, static_cast<double>((i * 7919) % 1000), "1"));
  batch.push_back(port_rate(kT0 + 20 * kRollupMs, 40, "2"));
  batch.push_back(port_rate(kT0 + 20 * kRollupMs + 60'000, 60, "2"));
  batch.push_back(port_rate(kT0 - 86'400'000LL, 5, "3"));
  ASSERT_TRUE(store.write(batch).ok());
  ASSERT_GT(count("SELECT COUNT(*) FROM tsdb_rollups"), 1);
  auto id_of = [&](const char* device) {
    return store.find_series({"", {{"device_id", device}}}, std::nullopt, 10).take().at(0).id;
  };
  const std::int64_t one = id_of("1"), two = id_of("2"), three = id_of("3");
  const std::int64_t from = kT0 + 3'600'000, to = kT0 + 3 * 86'400'000LL - 7'200'000;
  auto expected = [&](std::int64_t id) {
    std::vector<double> v;
    for (const auto& p : store.five_minute_averages(id, from, to).take()) v.push_back(p.value);
    std::sort(v.begin(), v.end());
    return v.at(static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(v.size()))) - 1);
  };
  auto got = store.five_minute_percentiles({one, two, three, 999'999, one}, from, to, 0.95).take();
  ASSERT_EQ(got.size(), 5u);
  ASSERT_TRUE(got[0].has_value());
  EXPECT_EQ(*got[0], expected(one));
  EXPECT_EQ(*got[0], 949);  // 95 % of (i * 7919) % 1000 over 816 buckets
  EXPECT_EQ(got[1], std::optional<double>(50));
  EXPECT_FALSE(got[2].has_value());
  EXPECT_FALSE(got[3].has_value());
  EXPECT_EQ(got[4], got[0]);
  EXPECT_EQ(store.five_minute_percentiles({one}, from, to, 1.0).take()[0], std::optional<double>(999));
}

TEST_P(StoreTest, IdleHeadsAreSealedAndOldRawBlocksExpireWhileRollupsStay) {
  Store store(db(), clock_, StoreOptions{.retention_raw_days = 35});
  // Forty days ago and today.
  const std::int64_t old_t = kT0 - 10 * 86'400'000LL;
  ASSERT_TRUE(store.write({port_rate(old_t, 4), port_rate(old_t + 60'000, 6)}).ok());
  EXPECT_EQ(count("SELECT COUNT(*) FROM tsdb_blocks"), 0);
  EXPECT_EQ(store.seal_idle().take(), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM tsdb_blocks"), 1);
  EXPECT_EQ(count("SELECT samples FROM tsdb_heads"), 0);
  auto totals = store.totals().take();
  EXPECT_EQ(totals.block_samples, 2);
  EXPECT_GT(totals.bytes_per_sample(), 0);
  ASSERT_TRUE(store.write({port_rate(kT0 + 30 * 86'400'000LL - 30'000, 1)}).ok());
  EXPECT_EQ(store.seal_idle().take(), 0);  // today's period has not ended

  EXPECT_EQ(store.delete_expired().take(), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM tsdb_blocks"), 0);
  EXPECT_EQ(store.totals().take().block_samples, 0);
  auto id = store.find_series({"if_in_bits_per_second", {}}, std::nullopt, 10).take().at(0).id;
  EXPECT_TRUE(store.range(id, old_t, old_t + 60'000, 0).take().points.empty());
  auto kept = store.five_minute_averages(id, old_t, old_t + kRollupMs).take();
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_DOUBLE_EQ(kept[0].value, 5);
  // The sealed series still refuses what is older than its newest sample.
  EXPECT_EQ(store.append({port_rate(old_t, 1)}).take().out_of_order, 1);
}

TEST_P(StoreTest, MatchersAndTenancyPickSeries) {
  Store store(db(), clock_);
  ASSERT_TRUE(store
                  .write({port_rate(kT0, 1, "12", "7"), port_rate(kT0, 1, "13", "7"), port_rate(kT0, 1, "14", "8"),
                          Sample{"device_up", {{"device_id", "12"}}, kT0, 1}})
                  .ok());
  EXPECT_EQ(store.find_series({"", {{"device_id", "12"}}}, std::nullopt, 10).take().size(), 2u);
  EXPECT_EQ(store.find_series({"if_in_bits_per_second", {}}, std::nullopt, 10).take().size(), 3u);
  EXPECT_EQ(store.find_series({"if_in_bits_per_second", {}}, 7, 10).take().size(), 2u);
  EXPECT_EQ(store.find_series({"if_in_bits_per_second", {}}, 9, 10).take().size(), 0u);
  EXPECT_EQ(store.find_series({"if_in_bits_per_second", {}}, std::nullopt, 1).take().size(), 1u);
  auto one = store.find_series({"", {{"device_id", "14"}, {"if_index", "3"}}}, std::nullopt, 10).take();
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].customer_id, 8);
  EXPECT_EQ(one[0].labels, (Labels{{"customer_id", "8"}, {"device_id", "14"}, {"if_index", "3"}}));
}

// Two servers (two stores, each with its own cache) create the same series at once: one series,
// every distinct instant stored once.
TEST_P(StoreTest, ConcurrentWritersCreateOneSeries) {
  Store a(db(), clock_), b(db(), clock_);
  std::atomic<std::int64_t> accepted{0}, dropped{0};
  std::vector<std::jthread> threads;
  for (int w = 0; w < 4; ++w)
    threads.emplace_back([&, w] {
      Store& s = w % 2 ? a : b;
      for (int i = 0; i < 20; ++i) {
        auto r = s.append({port_rate(kT0 + (i * 4 + w) * 1000LL, w),
                           Sample{"device_up", {{"device_id", std::to_string(i)}}, kT0, 1}});
        ASSERT_TRUE(r.ok()) << r.error().message;
        accepted += r->accepted;
        dropped += r->out_of_order + r->duplicates;
      }
    });
  threads.clear();
  EXPECT_EQ(count("SELECT COUNT(*) FROM tsdb_series"), 21);
  EXPECT_EQ(count("SELECT COUNT(*) FROM tsdb_series_labels WHERE name = 'device_id'"), 21);
  auto id = a.find_series({"if_in_bits_per_second", {}}, std::nullopt, 10).take().at(0).id;
  auto points = a.range(id, kT0, kT0 + 3'600'000, 0).take().points;
  EXPECT_EQ(accepted + dropped, 80 + 80);
  // Each device_up series took one of its four writes; every accepted rate is stored once.
  EXPECT_EQ(static_cast<std::int64_t>(points.size()) + 20, accepted.load());
  for (std::size_t i = 1; i < points.size(); ++i) EXPECT_LT(points[i - 1].t_ms, points[i].t_ms);
}

TEST_P(StoreTest, RemoteWriteQueuesAcceptedSamplesOnly) {
  Store store(db(), clock_, StoreOptions{.remote_write = true});
  ASSERT_TRUE(store.write({port_rate(kT0, 1), port_rate(kT0, 2), port_rate(kT0 + 1000, 3)}).ok());
  EXPECT_EQ(store.totals().take().remote_queue, 2);
  auto tx = db::Tx::begin(db(), db::Access::read).take();
  auto row = tx.one("SELECT data FROM tsdb_remote_queue").take();
  auto batch = decode_queue_batch(blob_cell(tx.engine(), row->text(0)).take()).take();
  ASSERT_EQ(batch.size(), 2u);
  EXPECT_EQ(batch[1].second.t_ms, kT0 + 1000);
  EXPECT_EQ(batch[1].second.value, 3);
}

// A failed append leaves nothing behind, and the series it was creating is not remembered: the
// next append creates it again instead of writing to an id that was rolled back.
TEST_P(StoreTest, AFailedAppendStoresNothingAndRemembersNoSeries) {
  auto faulty_owner = std::make_unique<db::FaultyDatabase>(std::move(test_db_->db));
  auto* faulty = faulty_owner.get();
  test_db_->db = std::move(faulty_owner);
  Store store(*faulty, clock_);
  faulty->fail_commits(true);
  EXPECT_FALSE(store.write({port_rate(kT0, 1), Sample{"device_up", {{"device_id", "1"}}, kT0, 1}}).ok());
  faulty->clear();
  EXPECT_EQ(count("SELECT COUNT(*) FROM tsdb_series"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM tsdb_heads"), 0);
  for (int n = 1; n <= 6; ++n) {
    SCOPED_TRACE(n);
    faulty->fail_nth_statement(n);
    EXPECT_FALSE(store.write({port_rate(kT0, 1), Sample{"device_up", {{"device_id", "1"}}, kT0, 1}}).ok());
    faulty->clear();
    EXPECT_EQ(count("SELECT COUNT(*) FROM tsdb_series"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM tsdb_series_labels"), 0);
  }
  auto report = store.append({port_rate(kT0, 1), Sample{"device_up", {{"device_id", "1"}}, kT0, 1}}).take();
  EXPECT_EQ(report.accepted, 2);
  auto id = store.find_series({"device_up", {}}, std::nullopt, 10).take().at(0).id;
  EXPECT_EQ(store.range(id, kT0, kT0, 0).take().points.size(), 1u);
}

// Rate precision rounds the raw blocks of rate-like series only: a week of busy ports read every
// 60 s comes back from the raw blocks within 2^-bits of what was read, in fewer bytes, while the
// five-minute rollups billing's 95th percentile reads are those of the exact values, so the
// figure (in bit/s, and in the Mbit/s billing shows) is the same as when nothing is rounded.
TEST_P(StoreTest, RoundedRatesKeepRawValuesCloseAndBillingsPercentileExact) {
  Store lossy(db(), clock_, StoreOptions{.rate_precision_bits = kDefaultRatePrecisionBits});
  Store lossless(db(), clock_, StoreOptions{.rate_precision_bits = 64});
  std::mt19937_64 rng(95);
  std::normal_distribution<double> noise(0, 0.05);
  std::map<std::string, std::vector<Point>> sent;  // per device
  std::vector<Sample> to_lossy, to_lossless;
  const int minutes = 7 * 1440;
  for (int port = 0; port < 3; ++port) {
    const double mean = 2e8 * (port + 1);  // 200, 400 and 600 Mbit/s around a daily cycle
    for (int m = 0; m < minutes; ++m) {
      const double v = std::round(mean * (1 + 0.4 * std::sin(2 * M_PI * m / 1440.0)) * (1 + noise(rng)));
      const std::int64_t t = kT0 + m * 60'000LL;
      to_lossy.push_back(port_rate(t, v, "lossy" + std::to_string(port)));
      to_lossless.push_back(port_rate(t, v, "exact" + std::to_string(port)));
      sent["lossy" + std::to_string(port)].push_back({t, v});
    }
  }
  // A round-trip time is not a rate: kept bit for bit.
  to_lossy.push_back(Sample{"device_rtt_seconds", {{"device_id", "rtt"}}, kT0, 0.0123456789});
  ASSERT_TRUE(lossy.write(to_lossy).ok());
  ASSERT_TRUE(lossless.write(to_lossless).ok());
  ASSERT_GT(lossy.seal_idle().take() + lossless.seal_idle().take(), 0);
  EXPECT_EQ(count("SELECT SUM(samples) FROM tsdb_heads"), 0);

  auto id_of = [&](const std::string& device) {
    return lossy.find_series({"", {{"device_id", device}}}, std::nullopt, 10).take().at(0).id;
  };
  const std::int64_t from = kT0, to = kT0 + minutes * 60'000LL;
  for (int port = 0; port < 3; ++port) {
    const std::string name = "lossy" + std::to_string(port);
    const std::int64_t rounded_id = id_of(name), exact_id = id_of("exact" + std::to_string(port));
    auto raw = lossy.range(rounded_id, from, to, 0).take().points;
    const auto& original = sent[name];
    ASSERT_EQ(raw.size(), original.size());
    int changed = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      EXPECT_LT(std::fabs(raw[i].value - original[i].value) / original[i].value,
                std::ldexp(1.0, -kDefaultRatePrecisionBits));
      changed += raw[i].value != original[i].value;
    }
    EXPECT_GT(changed, minutes / 2) << "the raw values were rounded";
    auto p95 = lossy.five_minute_percentiles({rounded_id, exact_id}, from, to, 0.95).take();
    ASSERT_TRUE(p95[0] && p95[1]);
    EXPECT_EQ(*p95[0], *p95[1]);
    EXPECT_EQ(std::llround(*p95[0] / 1e6), std::llround(*p95[1] / 1e6));
    const std::string bytes = "SELECT SUM(bytes) FROM tsdb_blocks WHERE series_id = ";
    EXPECT_LT(count(bytes + std::to_string(rounded_id)) * 2, count(bytes + std::to_string(exact_id)));
  }
  auto rtt = lossy.range(id_of("rtt"), kT0, kT0, 0).take().points;
  ASSERT_EQ(rtt.size(), 1u);
  EXPECT_EQ(rtt[0].value, 0.0123456789);
}

COLO_INSTANTIATE_ENGINE_TEST(StoreTest);

}  // namespace
}  // namespace colo::tsdb
