#include "auth/rate_limit.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <barrier>
#include <thread>
#include <vector>

namespace colo::auth {
namespace {

using namespace std::chrono;
using Rule = LoginLimiter::Rule;

const auto t0 = steady_clock::time_point{} + hours(1);

LoginLimiter::Rules rules(Rule pair, Rule address = {.max_failures = 1000}, Rule account = {.max_failures = 1000}) {
  return {pair, address, account};
}

void fail(LoginLimiter& l, const std::string& account, const std::string& address, steady_clock::time_point t) {
  auto a = l.begin(account, address, t);
  ASSERT_TRUE(a.admitted());
  a.failed(t);
}

TEST(LoginLimiterTest, LocksAfterTooManyFailuresAndUnlocksLater) {
  LoginLimiter l(rules({.max_failures = 3, .window = seconds(60), .lockout = seconds(120)}));
  fail(l, "a", "ip1", t0);
  fail(l, "a", "ip1", t0);
  EXPECT_EQ(l.locked_for("a", "ip1", t0), 0);
  fail(l, "a", "ip1", t0);
  EXPECT_EQ(l.locked_for("a", "ip1", t0), 120);
  EXPECT_FALSE(l.begin("a", "ip1", t0).admitted());
  EXPECT_EQ(l.begin("a", "ip1", t0).retry_after(), 120);
  EXPECT_EQ(l.locked_for("a", "ip1", t0 + seconds(119)), 1);
  EXPECT_EQ(l.locked_for("a", "ip1", t0 + seconds(120)), 0);
  EXPECT_TRUE(l.begin("a", "ip1", t0 + seconds(120)).admitted());
  EXPECT_EQ(l.locked_for("b", "ip1", t0), 0);
}

TEST(LoginLimiterTest, AnAccountLockedFromOneAddressStaysOpenFromAnother) {
  LoginLimiter l;  // the production rules
  for (int i = 0; i < 5; ++i) fail(l, "admin", "203.0.113.66", t0);
  EXPECT_FALSE(l.begin("admin", "203.0.113.66", t0).admitted());
  EXPECT_EQ(l.locked_for("admin", "203.0.113.66", t0), 15 * 60);
  auto owner = l.begin("admin", "192.0.2.10", t0);
  EXPECT_TRUE(owner.admitted()) << "a stranger's failures do not lock the owner out";
  EXPECT_EQ(l.locked_for("admin", "192.0.2.10", t0), 0);
}

TEST(LoginLimiterTest, FailuresFromManyAddressesOnlyDelayTheAccountForAWhile) {
  LoginLimiter l(rules({.max_failures = 5}, {.max_failures = 50},
                       {.max_failures = 4, .lockout = seconds(1), .max_lockout = seconds(8)}));
  auto t = t0;
  for (int i = 0; i < 4; ++i) fail(l, "admin", "198.51.100." + std::to_string(i), t);
  // Past the account-wide limit each further failure doubles the delay, up to its cap.
  EXPECT_EQ(l.locked_for("admin", "192.0.2.10", t), 1);
  const long expected[] = {2, 4, 8, 8, 8};
  for (long want : expected) {
    t += seconds(l.locked_for("admin", "192.0.2.10", t));
    fail(l, "admin", "198.51.100.99", t);
    EXPECT_EQ(l.locked_for("admin", "192.0.2.10", t), want);
  }
  EXPECT_FALSE(l.begin("admin", "192.0.2.10", t).admitted());
  EXPECT_TRUE(l.begin("admin", "192.0.2.10", t + seconds(8)).admitted()) << "never locked out for long";
  EXPECT_TRUE(l.begin("someone-else", "192.0.2.10", t).admitted());
}

TEST(LoginLimiterTest, TheAddressRuleStopsASprayOfNames) {
  LoginLimiter l(rules({.max_failures = 5}, {.max_failures = 3}));
  for (int i = 0; i < 3; ++i) fail(l, "name" + std::to_string(i), "198.51.100.7", t0);
  EXPECT_FALSE(l.begin("another", "198.51.100.7", t0).admitted());
  EXPECT_TRUE(l.begin("another", "198.51.100.8", t0).admitted());
}

TEST(LoginLimiterTest, FailuresOutsideTheWindowDoNotAddUp) {
  LoginLimiter l(rules({.max_failures = 3, .window = seconds(60), .lockout = seconds(120)}));
  fail(l, "a", "ip", t0);
  fail(l, "a", "ip", t0 + seconds(30));
  fail(l, "a", "ip", t0 + seconds(100));
  EXPECT_EQ(l.locked_for("a", "ip", t0 + seconds(100)), 0);
}

TEST(LoginLimiterTest, SuccessClearsTheAccountCountsButNotTheAddress) {
  LoginLimiter l(rules({.max_failures = 2}, {.max_failures = 3}));
  fail(l, "a", "ip", t0);
  l.begin("a", "ip", t0).succeeded();
  fail(l, "a", "ip", t0);
  EXPECT_EQ(l.locked_for("a", "ip", t0), 0) << "the pair count started again";
  fail(l, "b", "ip", t0);
  EXPECT_GT(l.locked_for("c", "ip", t0), 0) << "the address count kept its failures";
}

TEST(LoginLimiterTest, AnAbandonedAttemptCountsNothing) {
  LoginLimiter l(rules({.max_failures = 1}));
  for (int i = 0; i < 3; ++i) {
    auto a = l.begin("a", "ip", t0);
    EXPECT_TRUE(a.admitted());
  }  // dropped: the password was never checked
  EXPECT_TRUE(l.begin("a", "ip", t0).admitted());
}

TEST(LoginLimiterTest, AttemptsInFlightCountAgainstTheLimit) {
  LoginLimiter l(rules({.max_failures = 2}));
  auto first = l.begin("a", "ip", t0);
  auto second = l.begin("a", "ip", t0);
  ASSERT_TRUE(first.admitted() && second.admitted());
  auto third = l.begin("a", "ip", t0);
  EXPECT_FALSE(third.admitted()) << "two may still fail and reach the limit";
  EXPECT_EQ(third.retry_after(), 1);
  first.succeeded();
  EXPECT_TRUE(l.begin("a", "ip", t0).admitted());
}

// Many threads try the same account from the same address at once, each holding its attempt while
// the (slow) password check would run: exactly the limit is evaluated, the rest are refused, and
// the key ends locked.
TEST(LoginLimiterTest, ParallelTriesEvaluateExactlyTheLimit) {
  for (int round = 0; round < 20; ++round) {
    LoginLimiter l;
    constexpr int kThreads = 40;
    std::atomic<int> admitted{0}, refused{0};
    std::barrier start(kThreads), checked(kThreads);
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
      threads.emplace_back([&] {
        start.arrive_and_wait();
        auto a = l.begin("admin", "203.0.113.66", t0);
        (a.admitted() ? admitted : refused)++;
        checked.arrive_and_wait();  // every attempt is in flight or refused before any ends
        if (a.admitted()) a.failed(t0);
      });
    }
    for (auto& t : threads) t.join();
    ASSERT_EQ(admitted.load(), 5) << "round " << round;
    ASSERT_EQ(refused.load(), kThreads - 5);
    EXPECT_EQ(l.locked_for("admin", "203.0.113.66", t0), 15 * 60);
  }
}

// Without the in-flight barrier: attempts begin and end freely across threads and accounts; the
// failures counted per pair never exceed the limit before the lock.
TEST(LoginLimiterTest, HammeredFromManyThreadsCountsExactly) {
  LoginLimiter l;
  constexpr int kThreads = 16, kTries = 200;
  std::atomic<int> evaluated[4] = {0, 0, 0, 0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      for (int n = 0; n < kTries; ++n) {
        const int account = (i + n) % 4;
        auto a = l.begin("user" + std::to_string(account), "203.0.113.1", t0);
        if (!a.admitted()) continue;
        evaluated[account]++;
        a.failed(t0);
      }
    });
  }
  for (auto& t : threads) t.join();
  for (int account = 0; account < 4; ++account) {
    EXPECT_EQ(evaluated[account].load(), 5) << "user" << account;
    EXPECT_EQ(l.locked_for("user" + std::to_string(account), "203.0.113.1", t0), 15 * 60);
  }
}

}  // namespace
}  // namespace colo::auth
