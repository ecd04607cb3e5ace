// Job leases on both engines: one holder at a time, renewal by the holder, expiry, release.
#include "scheduler/scheduler.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "core/business_calendar.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::scheduler {
namespace {

using namespace std::chrono_literals;

// A clock another thread may move while the scheduler reads it.
class SharedClock final : public Clock {
 public:
  explicit SharedClock(Instant t) : ms_(t.time_since_epoch().count()) {}
  Instant now() const override { return Instant{std::chrono::milliseconds{ms_.load()}}; }
  void advance(std::chrono::milliseconds d) { ms_ += d.count(); }

 private:
  std::atomic<std::int64_t> ms_;
};

class SchedulerTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
  }
  Instant t0{std::chrono::milliseconds{1'790'000'000'000}};
};

TEST_P(SchedulerTest, OneHolderAtATimeUntilTheLeaseExpires) {
  EXPECT_TRUE(take_lease(db(), "job", "a", t0 + 1h, t0).take());
  EXPECT_FALSE(take_lease(db(), "job", "b", t0 + 2h, t0 + 1min).take());
  EXPECT_TRUE(take_lease(db(), "job", "a", t0 + 2h, t0 + 1min).take());  // the holder renews
  EXPECT_FALSE(take_lease(db(), "job", "b", t0 + 3h, t0 + 90min).take());
  EXPECT_TRUE(take_lease(db(), "job", "b", t0 + 3h, t0 + 2h).take());  // expired: b takes it
  EXPECT_TRUE(take_lease(db(), "other", "a", t0 + 1h, t0).take());     // leases are per job
}

TEST_P(SchedulerTest, AReleasedLeaseIsFreeAtOnce) {
  EXPECT_TRUE(take_lease(db(), "job", "a", t0 + 1h, t0).take());
  ASSERT_TRUE(release_lease(db(), "job", "a", t0 + 1min).ok());
  EXPECT_TRUE(take_lease(db(), "job", "b", t0 + 1h, t0 + 2min).take());
}

TEST_P(SchedulerTest, ADailyJobRunsOnceAtStartAndAgainTheNextDay) {
  SharedClock clock(t0);
  std::atomic<int> runs{0};
  std::vector<Date> days;
  std::mutex m;
  std::vector<DailyJob> jobs{{"daily", [&](Date d) -> Status {
                                std::lock_guard lock(m);
                                days.push_back(d);
                                ++runs;
                                return {};
                              }}};
  std::jthread worker([&](std::stop_token st) { run_daily_jobs(st, db(), clock, jobs, "me", 5ms); });
  for (int i = 0; i < 400 && runs < 1; ++i) std::this_thread::sleep_for(5ms);
  std::this_thread::sleep_for(50ms);
  EXPECT_EQ(runs, 1);  // polled many times, ran once
  clock.advance(24h);
  for (int i = 0; i < 400 && runs < 2; ++i) std::this_thread::sleep_for(5ms);
  worker.request_stop();
  worker.join();
  ASSERT_EQ(runs, 2);
  EXPECT_EQ(days[1], add_days(days[0], 1));
  // A second server the same day finds the lease held.
  EXPECT_FALSE(take_lease(db(), "daily", "other", t0 + 25h, clock.now()).take());
}

TEST_P(SchedulerTest, TheDailyJobRunsForTheBusinessDateAndHoldsItsLeaseUntilLocalMidnight) {
  // 23:30 UTC on the 25th is 07:30 on the 26th in Beijing: the job runs for the 26th, and its
  // lease ends at the next Beijing midnight (the 26th, 16:00 UTC), not at 00:00 UTC.
  SharedClock clock(*parse_instant("2026-11-25T23:30:00Z"));
  clock.set_calendar(std::make_shared<const BusinessCalendar>(BusinessCalendar::in_zone("Asia/Shanghai").value()));
  std::atomic<int> runs{0};
  Date ran_for{};
  std::vector<DailyJob> jobs{{"daily", [&](Date d) -> Status {
                                ran_for = d;
                                ++runs;
                                return {};
                              }}};
  std::jthread worker([&](std::stop_token st) { run_daily_jobs(st, db(), clock, jobs, "me", 5ms); });
  for (int i = 0; i < 400 && runs < 1; ++i) std::this_thread::sleep_for(5ms);
  worker.request_stop();
  worker.join();
  ASSERT_EQ(runs, 1);
  EXPECT_EQ(format_date(ran_for), "2026-11-26");
  EXPECT_FALSE(take_lease(db(), "daily", "other", t0, *parse_instant("2026-11-26T15:59:59Z")).take());
  EXPECT_TRUE(take_lease(db(), "daily", "other", t0, *parse_instant("2026-11-26T16:00:00Z")).take());
}

COLO_INSTANTIATE_ENGINE_TEST(SchedulerTest);

}  // namespace
}  // namespace colo::scheduler
