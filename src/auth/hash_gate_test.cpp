#include "auth/hash_gate.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <barrier>
#include <thread>
#include <vector>

namespace colo::auth {
namespace {

TEST(HashGateTest, SlotsStayBelowTheWorkers) {
  EXPECT_EQ(HashGate::slots_for_workers(1), 1);
  EXPECT_EQ(HashGate::slots_for_workers(2), 1) << "one of two workers always stays free";
  EXPECT_EQ(HashGate::slots_for_workers(3), 1);
  EXPECT_EQ(HashGate::slots_for_workers(8), 4);
}

TEST(HashGateTest, RefusesAtOnceWhenFullAndFreesOnScopeExit) {
  HashGate gate(2);
  auto a = gate.try_enter();
  auto b = gate.try_enter();
  EXPECT_TRUE(a && b);
  EXPECT_FALSE(gate.try_enter());
  {
    auto moved = std::move(a);
    EXPECT_TRUE(moved);
    EXPECT_FALSE(a);
  }
  auto c = gate.try_enter();
  EXPECT_TRUE(c) << "the moved slot was released once";
  EXPECT_FALSE(gate.try_enter());
}

TEST(HashGateTest, NeverMoreHoldersThanSlots) {
  HashGate gate(3);
  std::atomic<int> inside{0}, most{0}, entered{0};
  constexpr int kThreads = 12;
  std::barrier start(kThreads);
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i)
    threads.emplace_back([&] {
      start.arrive_and_wait();
      for (int n = 0; n < 2000; ++n) {
        auto slot = gate.try_enter();
        if (!slot) continue;
        ++entered;
        int now = ++inside;
        for (int m = most; now > m && !most.compare_exchange_weak(m, now);) {}
        --inside;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_LE(most.load(), 3);
  EXPECT_GT(entered.load(), 0);
}

}  // namespace
}  // namespace colo::auth
