#include "auth/rate_limit.hpp"

#include <gtest/gtest.h>

namespace colo::auth {
namespace {

using namespace std::chrono;

TEST(LoginLimiterTest, LocksAfterTooManyFailuresAndUnlocksLater) {
  LoginLimiter l({.max_failures = 3, .window = seconds(60), .lockout = seconds(120)});
  auto t = steady_clock::time_point{} + hours(1);
  l.failure("a", t);
  l.failure("a", t);
  EXPECT_EQ(l.locked_for("a", t), 0);
  l.failure("a", t);
  EXPECT_EQ(l.locked_for("a", t), 120);
  EXPECT_EQ(l.locked_for("a", t + seconds(119)), 1);
  EXPECT_EQ(l.locked_for("a", t + seconds(120)), 0);
  EXPECT_EQ(l.locked_for("b", t), 0);
}

TEST(LoginLimiterTest, FailuresOutsideTheWindowDoNotAddUp) {
  LoginLimiter l({.max_failures = 3, .window = seconds(60), .lockout = seconds(120)});
  auto t = steady_clock::time_point{} + hours(1);
  l.failure("a", t);
  l.failure("a", t + seconds(30));
  l.failure("a", t + seconds(100));
  EXPECT_EQ(l.locked_for("a", t + seconds(100)), 0);
}

TEST(LoginLimiterTest, SuccessClearsTheCount) {
  LoginLimiter l({.max_failures = 2, .window = seconds(60), .lockout = seconds(120)});
  auto t = steady_clock::time_point{} + hours(1);
  l.failure("a", t);
  l.success("a");
  l.failure("a", t);
  EXPECT_EQ(l.locked_for("a", t), 0);
}

}  // namespace
}  // namespace colo::auth
