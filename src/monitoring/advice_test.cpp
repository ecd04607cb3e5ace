// Optimisation advice: which ports, feeds and rooms get advice, at which levels, and the 95th
// percentile it reads.
#include "monitoring/advice.hpp"

#include <gtest/gtest.h>

namespace colo::monitoring {
namespace {

TEST(Advice, PortsFeedsAndRoomsAtTheirLevels) {
  std::vector<PortUsage> ports = {
      {1, 1, "sw / ge-0/0/1", 7, 1e9, 0.85e9},        // hot
      {1, 2, "sw / ge-0/0/2", 7, 1e9, 0.80e9},        // exactly 80 %: not above
      {1, 3, "sw / ge-0/0/3", 8, 1e9, 100.0},         // idle
      {1, 4, "sw / ge-0/0/4", 8, 1e9, std::nullopt},  // not measured: no advice
  };
  std::vector<FeedPower> feeds = {{9, "A01 / A", 7, 10'000, 8'500}, {9, "A01 / B", 7, 10'000, 4'000}};
  std::vector<RoomExcursions> rooms = {{4, "一号机房", 3}, {5, "二号机房", 0}};
  auto advice = advise(ports, feeds, rooms);
  ASSERT_EQ(advice.size(), 4u);
  EXPECT_EQ(advice[0].kind, "port.hot");
  EXPECT_EQ(advice[0].subject, "sw / ge-0/0/1");
  EXPECT_DOUBLE_EQ(advice[0].figure, 85);
  EXPECT_EQ(advice[0].customer_id, 7);
  EXPECT_EQ(advice[1].kind, "port.idle");
  EXPECT_EQ(advice[1].subject, "sw / ge-0/0/3");
  EXPECT_EQ(advice[2].kind, "feed.near_limit");
  EXPECT_EQ(advice[2].subject, "A01 / A");
  EXPECT_EQ(advice[2].action_key, "advice.feed.near_limit");
  EXPECT_EQ(advice[3].kind, "room.out_of_range");
  EXPECT_EQ(advice[3].subject, "一号机房");
  EXPECT_DOUBLE_EQ(advice[3].figure, 3);
}

// Each finding names the object a page links to: the port's device and interface, the feed's
// rack, the room.
TEST(Advice, NamesTheObjectItIsAbout) {
  std::vector<PortUsage> ports = {{11, 3, "sw / ge-0/0/3", 7, 1e9, 0.9e9}};
  std::vector<FeedPower> feeds = {{21, "A01 / A", 7, 10'000, 9'000}};
  std::vector<RoomExcursions> rooms = {{31, "一号机房", 2}};
  auto advice = advise(ports, feeds, rooms);
  ASSERT_EQ(advice.size(), 3u);
  EXPECT_EQ(advice[0].object_type, "device");
  EXPECT_EQ(advice[0].object_id, 11);
  EXPECT_EQ(advice[0].if_index, 3);
  EXPECT_EQ(advice[1].object_type, "rack");
  EXPECT_EQ(advice[1].object_id, 21);
  EXPECT_EQ(advice[1].if_index, std::nullopt);
  EXPECT_EQ(advice[2].object_type, "room");
  EXPECT_EQ(advice[2].object_id, 31);
}

TEST(Advice, NinetyFifthPercentileDropsTheTopFivePercent) {
  std::vector<double> v;
  for (int i = 1; i <= 100; ++i) v.push_back(i);
  EXPECT_EQ(p95(v), 95);
  EXPECT_EQ(p95({7}), 7);
  EXPECT_EQ(p95({}), std::nullopt);
}

}  // namespace
}  // namespace colo::monitoring
