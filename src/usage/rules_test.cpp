// The usage rules as tables: the 95th percentile's rank and bases, counters to rates with wrap
// and reset, the port-speed clamp, energy with register resets.
#include "usage/rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

namespace colo::usage {
namespace {

Instant at(std::int64_t s) { return from_epoch_seconds(s); }
constexpr std::int64_t kT0 = 1'790'000'100;  // a slot time: 1790000100 % 300 == 0

TEST(Percentile, RankDropsTheTopFivePercent) {
  struct Case {
    std::size_t n;
    std::int64_t rank;
  } cases[] = {{0, 0},    {1, 1},    {19, 19},   {20, 19},     {21, 20},
               {100, 95}, {101, 96}, {288, 274}, {8640, 8208}, {8928, 8482}};
  for (const auto& c : cases) EXPECT_EQ(p95_rank(c.n), c.rank) << c.n;
  // A 30-day month of five-minute samples: 432 are dropped.
  EXPECT_EQ(8640 - p95_rank(8640), 432);
}

TEST(Percentile, ExactSampleAtEightThousandSixHundredForty) {
  // 1..8640 in shuffled order: the billed value is the 8,208th smallest, i.e. 8208.
  std::vector<std::int64_t> v(8640);
  std::iota(v.begin(), v.end(), 1);
  std::shuffle(v.begin(), v.end(), std::mt19937(7));
  EXPECT_EQ(percentile95(v), 8208);
}

TEST(Percentile, EmptyTiesAndSingle) {
  std::vector<std::int64_t> empty;
  EXPECT_EQ(percentile95(empty), 0);
  std::vector<std::int64_t> one{42};
  EXPECT_EQ(percentile95(one), 42);
  // Ties: 95 samples of 10 and 5 of 1000: the 95th is still 10; one more 1000 makes it 1000.
  std::vector<std::int64_t> ties(95, 10);
  ties.insert(ties.end(), 5, 1000);
  EXPECT_EQ(percentile95(ties), 10);
  std::vector<std::int64_t> ties2(94, 10);
  ties2.insert(ties2.end(), 6, 1000);
  EXPECT_EQ(percentile95(ties2), 1000);
}

TEST(Percentile, HolesAreNotFilled) {
  // Twenty present samples of a month that should have 8,640: N is 20, so one is dropped.
  std::vector<std::int64_t> in(20), out(20, 0);
  std::iota(in.begin(), in.end(), 1);
  EXPECT_EQ(percentiles(in, out).in, 19);
}

TEST(Percentile, Bases) {
  // in peaks while out is low and the other way round: the bases differ.
  std::vector<std::int64_t> in, out;
  for (int i = 0; i < 100; ++i) {
    in.push_back(i < 50 ? 100 : 10);
    out.push_back(i < 50 ? 10 : 90);
  }
  auto p = percentiles(in, out);
  EXPECT_EQ(p.in, 100);
  EXPECT_EQ(p.out, 90);
  EXPECT_EQ(p.max, 100);
  EXPECT_EQ(p.sample_max, 100);
  EXPECT_EQ(p.sum, 110);
  // sample_max is below max when the directions peak in different slots and the peaks are rare.
  std::vector<std::int64_t> a(100, 0), b(100, 0);
  for (int i = 0; i < 6; ++i) a[static_cast<std::size_t>(i)] = 1000;
  for (int i = 6; i < 12; ++i) b[static_cast<std::size_t>(i)] = 800;
  auto q = percentiles(a, b);
  EXPECT_EQ(q.in, 1000);
  EXPECT_EQ(q.out, 800);
  EXPECT_EQ(q.max, 1000);
  EXPECT_EQ(q.sample_max, 1000);
  EXPECT_EQ(*basis_value(q, "max"), 1000);
  EXPECT_FALSE(basis_value(q, "average"));
}

TEST(Percentile, MilliMbpsRoundsHalfUp) {
  EXPECT_EQ(milli_mbps(1'234'500), 1235);
  EXPECT_EQ(milli_mbps(1'234'499), 1234);
  EXPECT_EQ(milli_mbps(0), 0);
  EXPECT_EQ(milli_mbps(10'000'000'000), 10'000'000);
}

TEST(Slots, Alignment) {
  EXPECT_TRUE(is_slot_time(at(kT0)));
  EXPECT_FALSE(is_slot_time(at(kT0 + 60)));
  EXPECT_FALSE(is_slot_time(at(kT0) + std::chrono::milliseconds(1)));
}

TEST(Clamp, AboveThePortSpeedIsCutAndFlagged) {
  auto s = clamp_to_speed({at(kT0), 1'500'000'000, 200, false}, 1000);
  EXPECT_EQ(s.in_bps, 1'000'000'000);
  EXPECT_EQ(s.out_bps, 200);
  EXPECT_TRUE(s.clamped);
  EXPECT_FALSE(clamp_to_speed({at(kT0), 1'000'000'000, 0, false}, 1000).clamped);
  EXPECT_FALSE(clamp_to_speed({at(kT0), 5'000'000'000, 0, false}, std::nullopt).clamped);
}

TEST(Counters, Table) {
  const std::uint64_t k32 = 1ull << 32;
  struct Case {
    const char* name;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> in_out;  // one reading per slot
    int width;
    std::optional<std::int64_t> speed;
    std::vector<std::int64_t> in_bps;  // per interval that gave a rate
    std::int64_t dropped;
  } cases[] = {
      {"steady", {{0, 0}, {37'500, 75'000}, {75'000, 150'000}}, 64, {}, {1000, 1000}, 0},
      {"32-bit wrap", {{k32 - 37'500, 0}, {0, 0}}, 32, {}, {1000}, 0},
      {"32-bit wrap past zero", {{k32 - 10'000, 0}, {27'500, 0}}, 32, {}, {1000}, 0},
      {"64-bit decrease is a reset", {{1'000'000, 0}, {500, 0}, {38'000, 0}}, 64, {}, {1000}, 1},
      {"32-bit decrease too fast for the port is a reset", {{3'000'000'000ull, 0}, {10, 0}}, 32, 1, {}, 1},
      {"32-bit wrap within the port speed", {{k32 - 37'500, 0}, {0, 0}}, 32, 1, {1000}, 0},
      {"rounded half up", {{0, 0}, {19, 0}}, 64, {}, {1}, 0},  // 152 bits / 300 s = 0.507 bit/s
  };
  for (const auto& c : cases) {
    std::vector<CounterReading> readings;
    for (std::size_t i = 0; i < c.in_out.size(); ++i)
      readings.push_back({at(kT0 + static_cast<std::int64_t>(i) * 300), c.in_out[i].first, c.in_out[i].second});
    auto r = rates_from_counters(std::nullopt, readings, c.width, c.speed);
    std::vector<std::int64_t> got;
    for (const auto& s : r.rates) got.push_back(s.in_bps);
    EXPECT_EQ(got, c.in_bps) << c.name;
    EXPECT_EQ(r.dropped, c.dropped) << c.name;
    ASSERT_TRUE(r.last) << c.name;
    EXPECT_EQ(r.last->in_octets, c.in_out.back().first) << c.name;
  }
}

TEST(Counters, TheRateGoesToTheSlotsTheIntervalCovers) {
  // Two readings 15 minutes apart: three slots from the first reading's, each at the average.
  std::vector<CounterReading> readings{{at(kT0), 0, 0}, {at(kT0 + 900), 112'500, 0}};
  auto r = rates_from_counters(std::nullopt, readings, 64, std::nullopt);
  ASSERT_EQ(r.rates.size(), 3u);
  EXPECT_EQ(r.rates[0].t, at(kT0));
  EXPECT_EQ(r.rates[2].t, at(kT0 + 600));
  for (const auto& s : r.rates) EXPECT_EQ(s.in_bps, 1000);
  // Longer than an hour: no rate, the later reading is the new base.
  std::vector<CounterReading> gap{{at(kT0), 0, 0}, {at(kT0 + 3900), 1, 0}};
  auto g = rates_from_counters(std::nullopt, gap, 64, std::nullopt);
  EXPECT_TRUE(g.rates.empty());
  EXPECT_EQ(g.dropped, 1);
  EXPECT_EQ(g.last->t, at(kT0 + 3900));
}

TEST(Counters, ContinueFromTheLastBatch) {
  std::vector<CounterReading> readings{{at(kT0 + 300), 37'500, 0}};
  auto r = rates_from_counters(CounterReading{at(kT0), 0, 0}, readings, 64, std::nullopt);
  ASSERT_EQ(r.rates.size(), 1u);
  EXPECT_EQ(r.rates[0].t, at(kT0));
  EXPECT_EQ(r.rates[0].in_bps, 1000);
}

TEST(Counters, ClampedToThePort) {
  // 1 Mbit/s port, 2 Mbit/s measured: clamped and flagged.
  std::vector<CounterReading> readings{{at(kT0), 0, 0}, {at(kT0 + 300), 75'000'000, 0}};
  auto r = rates_from_counters(std::nullopt, readings, 64, 1);
  ASSERT_EQ(r.rates.size(), 1u);
  EXPECT_EQ(r.rates[0].in_bps, 1'000'000);
  EXPECT_TRUE(r.rates[0].clamped);
}

TEST(Energy, Table) {
  struct Case {
    const char* name;
    std::optional<std::int64_t> baseline;
    std::vector<std::int64_t> wh;
    std::int64_t energy;
  } cases[] = {
      {"empty", {}, {}, 0},
      {"one reading, no base", {}, {5000}, 0},
      {"rising", {}, {1000, 1500, 2500}, 1500},
      {"from the base", 900, {1000, 1500}, 600},
      {"reset counts the new reading from zero", {}, {1000, 1500, 200, 700}, 500 + 200 + 500},
      {"flat", 100, {100, 100}, 0},
  };
  for (const auto& c : cases) {
    std::vector<EnergyReading> readings;
    for (std::size_t i = 0; i < c.wh.size(); ++i)
      readings.push_back({at(kT0 + static_cast<std::int64_t>(i) * 60), c.wh[i]});
    EXPECT_EQ(energy_wh(c.baseline, readings), c.energy) << c.name;
  }
}

}  // namespace
}  // namespace colo::usage
