// The schedule: spread first slots, fixed intervals, missed slots skipped, slots kept on reload.
#include "monitoring/schedule.hpp"

#include <gtest/gtest.h>

#include <set>

namespace colo::monitoring {
namespace {

TEST(Schedule, FirstSlotsAreSpreadOverTheIntervalAndRepeatAtIt) {
  Schedule s;
  std::vector<Schedule::Item> items;
  for (std::uint64_t k = 1; k <= 100; ++k) items.push_back({k, 60000});
  s.set(items, 0);
  // Within the first interval every item comes due once, and not all in the same second.
  std::set<std::int64_t> seconds;
  int due = 0;
  for (std::int64_t t = 999; t < 60000; t += 1000) {
    auto d = s.take_due(t);
    due += static_cast<int>(d.size());
    if (!d.empty()) seconds.insert(t);
  }
  EXPECT_EQ(due, 100);
  EXPECT_GT(seconds.size(), 30u);
  // The next interval: each once more.
  due = 0;
  for (std::int64_t t = 60999; t < 120000; t += 1000) due += static_cast<int>(s.take_due(t).size());
  EXPECT_EQ(due, 100);
}

TEST(Schedule, LatenessIsReportedAndMissedSlotsAreSkipped) {
  Schedule s;
  s.set({{7, 10000}}, 0);
  auto first = *s.next_at();
  auto d = s.take_due(first + 35000);  // three slots missed
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].late_ms, 35000);
  EXPECT_EQ(*s.next_at(), first + 40000);
  EXPECT_TRUE(s.take_due(first + 39999).empty());
}

TEST(Schedule, ReloadKeepsSlotsOfUnchangedItemsAndDropsGoneOnes) {
  Schedule s;
  s.set({{1, 60000}}, 0);
  auto slot1 = *s.next_at();
  s.set({{1, 60000}, {2, 60000}}, 10000);
  EXPECT_EQ(s.size(), 2u);
  s.set({{1, 60000}}, 30000);
  EXPECT_EQ(s.size(), 1u);
  EXPECT_EQ(*s.next_at(), slot1);
  s.set({{1, 30000}}, 30000);  // interval changed: a new slot
  EXPECT_GE(*s.next_at(), 30000);
  EXPECT_LT(*s.next_at(), 60000);
}

}  // namespace
}  // namespace colo::monitoring
