#include "auth/rate_limit.hpp"

#include <algorithm>
#include <utility>

namespace colo::auth {

namespace {

constexpr std::size_t kMaxKeys = 100000;  // bounded memory under a spray of names or addresses
enum Outcome { kAbandoned, kFailed, kSucceeded };

long seconds_until(LoginLimiter::TimePoint until, LoginLimiter::TimePoint now) {
  return until <= now ? 0 : static_cast<long>(std::chrono::ceil<std::chrono::seconds>(until - now).count());
}

}  // namespace

LoginLimiter::Attempt::Attempt(Attempt&& other) noexcept
    : limiter_(std::exchange(other.limiter_, nullptr)),
      account_(std::move(other.account_)),
      address_(std::move(other.address_)),
      retry_after_(other.retry_after_) {}

LoginLimiter::Attempt::~Attempt() {
  if (limiter_) limiter_->end(account_, address_, kAbandoned, TimePoint{});
}

void LoginLimiter::Attempt::failed(TimePoint now) {
  if (auto* l = std::exchange(limiter_, nullptr)) l->end(account_, address_, kFailed, now);
}

void LoginLimiter::Attempt::succeeded() {
  if (auto* l = std::exchange(limiter_, nullptr)) l->end(account_, address_, kSucceeded, TimePoint{});
}

const LoginLimiter::Rule& LoginLimiter::rule(Kind k) const {
  switch (k) {
    case kAccountAddress:
      return rules_.account_address;
    case kAddress:
      return rules_.address;
    default:
      return rules_.account;
  }
}

std::string LoginLimiter::key(Kind k, const std::string& account, const std::string& address) {
  // The user name is last in the pair key: it is free text and may hold any separator.
  switch (k) {
    case kAccountAddress:
      return "pair:" + address + " " + account;
    case kAddress:
      return "addr:" + address;
    default:
      return "user:" + account;
  }
}

long LoginLimiter::refusal(Kind k, const std::string& key, TimePoint now) {
  auto it = states_.find(key);
  if (it == states_.end()) return 0;
  const State& s = it->second;
  if (auto locked = seconds_until(s.locked_until, now); locked > 0) return locked;
  const int failures = now - s.window_start > rule(k).window ? 0 : s.failures;
  // Attempts in flight may all fail: together with the failures counted they must stay below the
  // limit (a throttling rule past its limit admits one attempt at a time).
  if (s.in_flight > 0 && failures + s.in_flight >= rule(k).max_failures) return 1;
  return 0;
}

LoginLimiter::Attempt LoginLimiter::begin(const std::string& account, const std::string& address, TimePoint now) {
  std::lock_guard lock(mutex_);
  long wait = 0;
  for (int k = 0; k < kKinds; ++k)
    wait = std::max(wait, refusal(static_cast<Kind>(k), key(static_cast<Kind>(k), account, address), now));
  if (wait > 0) return Attempt(nullptr, account, address, wait);
  if (states_.size() + kKinds > kMaxKeys) prune(now);
  for (int k = 0; k < kKinds; ++k) ++states_[key(static_cast<Kind>(k), account, address)].in_flight;
  return Attempt(this, account, address, 0);
}

void LoginLimiter::end(const std::string& account, const std::string& address, int outcome, TimePoint now) {
  std::lock_guard lock(mutex_);
  for (int k = 0; k < kKinds; ++k) {
    const auto kind = static_cast<Kind>(k);
    auto it = states_.find(key(kind, account, address));
    if (it == states_.end()) continue;  // pruned meanwhile
    State& s = it->second;
    s.in_flight = std::max(0, s.in_flight - 1);
    if (outcome == kSucceeded && kind != kAddress) {
      // The owner proved the password: her account is not under attack from here. The address
      // count stays, so one good account does not launder a spray of guesses.
      s.failures = 0;
      s.locked_until = {};
    } else if (outcome == kFailed) {
      const Rule& r = rule(kind);
      if (s.failures == 0 || now - s.window_start > r.window) {
        s.failures = 0;
        s.window_start = now;
      }
      ++s.failures;
      if (s.failures >= r.max_failures) {
        if (r.max_lockout > r.lockout) {
          const int past = std::min(s.failures - r.max_failures, 20);
          s.locked_until = now + std::min<std::chrono::seconds>(r.lockout * (1L << past), r.max_lockout);
        } else {
          s.locked_until = now + r.lockout;
          s.failures = 0;
        }
      }
    }
    if (s.in_flight == 0 && s.failures == 0 && s.locked_until == TimePoint{}) states_.erase(it);
  }
}

long LoginLimiter::locked_for(const std::string& account, const std::string& address, TimePoint now) {
  std::lock_guard lock(mutex_);
  long wait = 0;
  for (int k = 0; k < kKinds; ++k) {
    auto it = states_.find(key(static_cast<Kind>(k), account, address));
    if (it != states_.end()) wait = std::max(wait, seconds_until(it->second.locked_until, now));
  }
  return wait;
}

// Drops what no longer matters (no attempt in flight, no lock, window over); if a spray still
// fills the table, counts below a lock go too, but a lock is never lifted early.
void LoginLimiter::prune(TimePoint now) {
  auto idle = [&](const auto& entry, bool window_matters) {
    const State& s = entry.second;
    const auto kind = entry.first.rfind("pair:", 0) == 0   ? kAccountAddress
                      : entry.first.rfind("addr:", 0) == 0 ? kAddress
                                                           : kAccount;
    return s.in_flight == 0 && s.locked_until <= now && (!window_matters || now - s.window_start > rule(kind).window);
  };
  std::erase_if(states_, [&](const auto& e) { return idle(e, true); });
  if (states_.size() + kKinds > kMaxKeys) std::erase_if(states_, [&](const auto& e) { return idle(e, false); });
}

}  // namespace colo::auth
