// The figures over-use detection reads: a contract's limits from its lines, and its meters'
// five-minute rates summed per slot.
#include "app/overuse.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace colo::app {
namespace {

Instant at(std::int64_t seconds) { return Instant(std::chrono::seconds(seconds)); }

contracts::LineItem line(const char* service, std::int64_t quantity, std::optional<std::string> item = {},
                         std::int64_t included = 0, const char* mode = "recurring", const char* unit = "") {
  contracts::LineItem l;
  l.service = service;
  l.quantity = quantity;
  l.catalogue_item = std::move(item);
  l.included_quantity = included;
  l.mode = mode;
  l.unit = unit;
  return l;
}

TEST(OveruseLimits, TheCommitIsTheIncludedMbpsAndThePowerTheKilowattLines) {
  contracts::Terms t;
  t.line_items = {line("bandwidth", 1, "BW-COMMIT-MBPS", 100), line("bandwidth", 1, "BW-COMMIT-MBPS", 50),
                  line("power", 2), line("other", 3, {}, 0, "recurring", "kW"),
                  // Billed energy limits nothing, nor does a burst line or another unit.
                  line("power", 1, "POWER-KWH", 0, "usage", "kWh"), line("bandwidth", 1, "BW-BURST-P95-MBPS", 500),
                  line("rack_space", 4)};
  const auto l = overuse_limits(t);
  EXPECT_EQ(l.bandwidth_bps, 150'000'000);
  EXPECT_EQ(l.power_w, 5'000);
  EXPECT_EQ(overuse_limits(contracts::Terms{}).bandwidth_bps, 0) << "a contract stating none has no limit";
  EXPECT_EQ(overuse_limits(contracts::Terms{}).power_w, 0);
}

TEST(OveruseSlots, BandwidthSumsEachDirectionAcrossPortsAndTakesTheHigher) {
  const std::vector<std::vector<usage::RateSample>> meters = {{{at(300), 60, 10, false}, {at(600), 10, 10, false}},
                                                              {{at(300), 50, 80, false}, {at(900), 5, 7, false}}};
  const auto got = bandwidth_slots(meters);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].slot, 1);
  EXPECT_EQ(got[0].value, 110) << "in 60 + 50 beats out 10 + 80";
  EXPECT_EQ(got[1].slot, 2);
  EXPECT_EQ(got[1].value, 10);
  EXPECT_EQ(got[2].slot, 3);
  EXPECT_EQ(got[2].value, 7);
}

TEST(OveruseSlots, PowerSpreadsEachIntervalsEnergyOverItsWholeSlots) {
  // Meter A read every five minutes: 100 Wh in five minutes is 1200 W. Meter B read hourly: 600
  // Wh in an hour is 600 W over each of its twelve slots.
  const std::vector<std::vector<usage::EnergyReading>> meters = {{{at(3600), 1000}, {at(3900), 1100}, {at(4200), 1150}},
                                                                 {{at(7200), 5600}, {at(3600), 5000}}};
  const auto got = power_slots(meters);
  ASSERT_EQ(got.size(), 12u);
  EXPECT_EQ(got[0].slot, 12);
  EXPECT_EQ(got[0].value, 1200 + 600);
  EXPECT_EQ(got[1].value, 600 + 600);
  EXPECT_EQ(got[2].value, 600);
  EXPECT_EQ(got[11].slot, 23);
}

TEST(OveruseSlots, NoPowerRateAcrossAGapAReplacedRegisterOrAPartSlot) {
  const std::vector<std::vector<usage::EnergyReading>> meters = {
      {{at(0), 100}, {at(7200), 900}},    // two hours apart: the reader was out
      {{at(600), 500}, {at(900), 400}},   // the register went back
      {{at(1000), 10}, {at(1400), 20}}};  // covers no whole slot
  EXPECT_TRUE(power_slots(meters).empty());
}

}  // namespace
}  // namespace colo::app
