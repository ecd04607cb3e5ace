// Admission for password hashing. argon2id takes about a tenth of a second of one core and 64 MiB
// per call, on the request workers: unbounded, a flood of sign-ins would occupy every worker and
// every other request would queue behind them. The gate lets at most `slots` hashes run at once
// (fewer than the workers, so some worker is always free for other requests) and refuses the rest
// at once instead of queueing them. Thread-safe.
#pragma once

#include <algorithm>
#include <semaphore>
#include <utility>

namespace colo::auth {

class HashGate {
 public:
  static constexpr int kMaxSlots = 256;

  // The slots for a server with `workers` request workers: half of them, at least one.
  static int slots_for_workers(int workers) { return std::clamp(workers / 2, 1, kMaxSlots); }

  explicit HashGate(int slots) : free_(std::clamp(slots, 1, kMaxSlots)) {}

  // Held while one password is hashed or verified; released when it goes out of scope.
  class Slot {
   public:
    Slot(Slot&& other) noexcept : gate_(std::exchange(other.gate_, nullptr)) {}
    Slot& operator=(Slot&&) = delete;
    ~Slot() {
      if (gate_) gate_->free_.release();
    }
    explicit operator bool() const { return gate_ != nullptr; }

   private:
    friend class HashGate;
    explicit Slot(HashGate* gate) : gate_(gate) {}
    HashGate* gate_;
  };

  // An empty (false) Slot when every slot is taken; never waits.
  Slot try_enter() { return Slot(free_.try_acquire() ? this : nullptr); }

 private:
  std::counting_semaphore<kMaxSlots> free_;
};

}  // namespace colo::auth
