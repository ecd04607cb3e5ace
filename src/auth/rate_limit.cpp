#include "auth/rate_limit.hpp"

namespace colo::auth {

long LoginLimiter::locked_for(const std::string& key, std::chrono::steady_clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto it = states_.find(key);
  if (it == states_.end() || it->second.locked_until <= now) return 0;
  return static_cast<long>(
      std::chrono::ceil<std::chrono::seconds>(it->second.locked_until - now).count());
}

void LoginLimiter::failure(const std::string& key, std::chrono::steady_clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (states_.size() > 100000) states_.clear();  // bounded memory under a spray of names
  auto& s = states_[key];
  if (now - s.window_start > limits_.window) {
    s.failures = 0;
    s.window_start = now;
  }
  if (++s.failures >= limits_.max_failures) {
    s.locked_until = now + limits_.lockout;
    s.failures = 0;
    s.window_start = now;
  }
}

void LoginLimiter::success(const std::string& key) {
  std::lock_guard lock(mutex_);
  states_.erase(key);
}

}  // namespace colo::auth
