// Counter rates: wraps per width, resets, the cap by interface speed.
#include "monitoring/rates.hpp"

#include <gtest/gtest.h>

#include <string>

namespace colo::monitoring {
namespace {

constexpr std::uint64_t k32 = std::uint64_t{1} << 32;

struct Case {
  std::string name;
  CounterReading before, after;
  std::optional<double> cap;
  RateVerdict verdict;
  double per_second;
};

TEST(CounterRate, Table) {
  const Case cases[] = {
      {"steady 64-bit", {1000, 64, 0, 100}, {61000, 64, 60000, 6100}, {}, RateVerdict::ok, 1000},
      {"steady 32-bit", {1000, 32, 0, 100}, {31000, 32, 30000, 3100}, {}, RateVerdict::ok, 1000},
      {"no traffic", {5, 64, 0, {}}, {5, 64, 60000, {}}, {}, RateVerdict::ok, 0},
      {"32-bit wrap from the upper half, no cap",
       {k32 - 1000, 32, 0, 100},
       {2000, 32, 3000, 400},
       {},
       RateVerdict::wrapped,
       1000},
      {"32-bit wrap within the cap",
       {1000, 32, 0, {}},
       {500, 32, 60000, {}},
       125e6,
       RateVerdict::wrapped,
       static_cast<double>(k32 - 500) / 60},
      {"32-bit drop from the lower half without a cap is a reset",
       {1000, 32, 0, {}},
       {500, 32, 60000, {}},
       {},
       RateVerdict::reset,
       0},
      {"32-bit drop faster than the cap could wrap is a reset",
       {1000, 32, 0, {}},
       {500, 32, 60000, {}},
       1250,
       RateVerdict::reset,
       0},
      {"64-bit counter going back is a reset",
       {1ULL << 40, 64, 0, {}},
       {10, 64, 60000, {}},
       125e6,
       RateVerdict::reset,
       0},
      {"uptime went back: reset even though the counter rose",
       {1000, 64, 0, 900000},
       {5000, 64, 60000, 50},
       {},
       RateVerdict::reset,
       0},
      {"width changed (64-bit counters vanished, 32-bit fallback)",
       {1000, 64, 0, {}},
       {2000, 32, 60000, {}},
       {},
       RateVerdict::reset,
       0},
      {"same instant", {1000, 64, 5000, {}}, {2000, 64, 5000, {}}, {}, RateVerdict::no_interval, 0},
      {"earlier reading second", {1000, 64, 5000, {}}, {2000, 64, 4000, {}}, {}, RateVerdict::no_interval, 0},
      {"a little over the cap is clamped", {0, 64, 0, {}}, {1200, 64, 1000, {}}, 1000, RateVerdict::clamped, 1000},
      {"far over the cap is discarded", {0, 64, 0, {}}, {1000000, 64, 1000, {}}, 1000, RateVerdict::implausible, 0},
      {"32-bit value beyond its width is a reset", {k32 + 5, 32, 0, {}}, {3, 32, 1000, {}}, {}, RateVerdict::reset, 0},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    Rate r = counter_rate(c.before, c.after, c.cap);
    EXPECT_EQ(r.verdict, c.verdict);
    if (r.has_value()) {
      EXPECT_NEAR(r.per_second, c.per_second, 1e-6);
    }
  }
}

}  // namespace
}  // namespace colo::monitoring
