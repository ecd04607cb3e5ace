// R4.3.3 compliance: a device is backed up within its interval when no stretch of the period
// longer than the interval (plus the scheduler's grace) passes without a successful fetch.
#include "configs/compliance.hpp"

#include <gtest/gtest.h>

namespace colo::configs {
namespace {

Instant at(const char* s) { return *parse_instant(s); }

TEST(BackupCompliance, R4_3_3_NoGapLongerThanTheIntervalPlusGrace) {
  const auto start = at("2026-11-01T00:00:00Z"), end = at("2026-11-02T00:00:00Z");
  const std::chrono::seconds day(86'400), hour(3600);
  const auto configured = at("2026-10-01T00:00:00Z");
  struct Case {
    std::vector<const char*> successes;
    std::chrono::seconds interval;
    bool met;
  } cases[] = {
      {{}, day, false},                                                 // never
      {{"2026-10-31T23:00:00Z", "2026-11-01T22:00:00Z"}, day, true},    // the one before carries
      {{"2026-10-31T23:00:00Z"}, day, false},                           // then nothing for 25 hours
      {{"2026-10-30T23:00:00Z"}, day, false},                           // too old
      {{"2026-10-31T00:00:00Z", "2026-11-01T00:10:00Z"}, day, true},    // within the grace
      {{"2026-10-31T23:50:00Z", "2026-11-01T01:20:00Z"}, hour, false},  // 90 minutes between
      {{"2026-11-01T01:00:00Z", "2026-11-01T02:00:00Z"}, hour, false},  // then silence
      {{"2026-10-31T23:50:00Z", "2026-11-01T12:00:00Z"}, day, true},
  };
  for (const auto& c : cases) {
    std::vector<Instant> s;
    for (auto t : c.successes) s.push_back(at(t));
    EXPECT_EQ(backed_up_within_interval(s, configured, start, end, c.interval), c.met)
        << (c.successes.empty() ? "" : c.successes[0]);
  }
  EXPECT_TRUE(backed_up_within_interval({}, configured, end, start, day));  // empty period
  // A device configured within the period is given one interval from then.
  EXPECT_TRUE(backed_up_within_interval({at("2026-11-01T13:00:00Z")}, at("2026-11-01T12:30:00Z"),
                                        at("2026-11-01T12:30:00Z"), at("2026-11-01T14:00:00Z"), hour));
  EXPECT_FALSE(backed_up_within_interval({}, at("2026-11-01T12:30:00Z"), at("2026-11-01T12:30:00Z"),
                                         at("2026-11-01T14:00:00Z"), hour));
}

}  // namespace
}  // namespace colo::configs
