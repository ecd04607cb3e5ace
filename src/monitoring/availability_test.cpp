// Availability: outage minutes only after the configured number of failed checks, counted from
// the first failure of the run, ended by the next success, and none inside maintenance.
#include "monitoring/availability.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace colo::monitoring {
namespace {

constexpr std::int64_t kMin = 60'000;
constexpr std::int64_t kT0 = 1'795'651'200'000;

// One check a minute from kT0: 1 up, 0 down.
std::vector<tsdb::Point> checks(const std::string& pattern) {
  std::vector<tsdb::Point> out;
  for (std::size_t i = 0; i < pattern.size(); ++i)
    out.push_back({kT0 + static_cast<std::int64_t>(i) * kMin, pattern[i] == '1' ? 1.0 : 0.0});
  return out;
}

struct Case {
  std::string name;
  std::string pattern;
  int failures;
  std::vector<Interval> maintenance;  // in minutes from kT0
  double outage, maintenance_minutes;
};

TEST(Availability, Table) {
  const Case cases[] = {
      {"always up", "1111111111", 3, {}, 0, 0},
      {"two failures in a row are not an outage", "1001001111", 3, {}, 0, 0},
      {"three failures: down from the first until the next success", "1100011111", 3, {}, 3, 0},
      {"one failure is an outage when one is enough", "1101111111", 1, {}, 1, 0},
      {"down at the end of the period lasts to its end", "1111111000", 3, {}, 3, 0},
      {"down inside a maintenance window is not outage", "1100000111", 3, {{2, 6}}, 1, 4},
      {"overlapping windows count once", "1111111111", 3, {{1, 4}, {3, 5}}, 0, 4},
  };
  for (const auto& c : cases) {
    std::vector<Interval> windows;
    for (const auto& w : c.maintenance) windows.push_back({kT0 + w.from_ms * kMin, kT0 + w.to_ms * kMin});
    auto a = outage(checks(c.pattern), c.failures, {kT0, kT0 + 10 * kMin}, windows);
    EXPECT_DOUBLE_EQ(a.outage_minutes, c.outage) << c.name;
    EXPECT_DOUBLE_EQ(a.maintenance_minutes, c.maintenance_minutes) << c.name;
    EXPECT_DOUBLE_EQ(a.minutes, 10) << c.name;
    EXPECT_TRUE(a.measured) << c.name;
  }
}

TEST(Availability, NoSamplesIsUnmeasuredNotAnOutage) {
  auto a = outage({}, 3, {kT0, kT0 + 60 * kMin}, {});
  EXPECT_FALSE(a.measured);
  EXPECT_EQ(a.outage_minutes, 0);
  EXPECT_EQ(a.percent(), 100);
}

TEST(Availability, PercentLeavesMaintenanceOut) {
  Availability a{.minutes = 100, .outage_minutes = 9, .maintenance_minutes = 10, .measured = true};
  EXPECT_DOUBLE_EQ(a.percent(), 90);
}

// A stored day: whole minutes of outage per stretch, a stretch still down at the last sample
// ends there, maintenance split out of an outage, and no samples in the day is unmeasured.
TEST(AvailabilityDay, Table) {
  struct DayCase {
    std::string name, pattern;
    int failures;
    std::vector<Interval> windows;  // minutes from kT0
    std::int64_t outage, maintenance;
    std::size_t stretches;
  };
  const std::vector<DayCase> cases = {
      {"all up", "111111", 1, {}, 0, 0, 0},
      {"one failure below the threshold", "110111", 2, {}, 0, 0, 0},
      {"down for three minutes", "1100011", 1, {}, 3, 0, 1},
      {"still down at the last sample", "11000", 1, {}, 2, 0, 1},
      {"maintenance inside an outage splits it", "1000001", 1, {{2, 4}}, 3, 2, 2},
      {"maintenance covering the outage", "1000111", 1, {{0, 10}}, 0, 10, 0},
  };
  for (const auto& c : cases) {
    std::vector<Interval> windows;
    for (const auto& w : c.windows) windows.push_back({kT0 + w.from_ms * kMin, kT0 + w.to_ms * kMin});
    auto f = day_figure(checks(c.pattern), c.failures, {kT0, kT0 + 10 * kMin}, windows);
    EXPECT_TRUE(f.measured) << c.name;
    EXPECT_EQ(f.minutes, 10) << c.name;
    EXPECT_EQ(f.outage_minutes, c.outage) << c.name;
    EXPECT_EQ(f.maintenance_minutes, c.maintenance) << c.name;
    EXPECT_EQ(f.outages.size(), c.stretches) << c.name;
  }
  auto none = day_figure(checks("1111"), 1, {kT0 + 60 * kMin, kT0 + 70 * kMin}, {});
  EXPECT_FALSE(none.measured);
  EXPECT_EQ(none.outage_minutes, 0);
}

TEST(AvailabilityDay, SpansSurviveTheirTextAndGarbageIsDropped) {
  std::vector<Interval> spans = {{kT0, kT0 + kMin}, {kT0 + 5 * kMin, kT0 + 7 * kMin}};
  auto back = decode_spans(encode_spans(spans));
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[1].from_ms, kT0 + 5 * kMin);
  EXPECT_EQ(back[1].to_ms, kT0 + 7 * kMin);
  EXPECT_TRUE(decode_spans("").empty());
  EXPECT_EQ(decode_spans("x-y;5-3;1-2").size(), 1u);  // not numbers, backwards: dropped
}

}  // namespace
}  // namespace colo::monitoring
