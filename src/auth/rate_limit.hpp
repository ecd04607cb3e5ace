// Login throttling: failures counted per account and per source address within a window; past
// the limit the key is locked out for a while (429 with Retry-After). In memory, per server.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace colo::auth {

class LoginLimiter {
 public:
  struct Limits {
    int max_failures = 5;
    std::chrono::seconds window{15 * 60};
    std::chrono::seconds lockout{15 * 60};
  };
  LoginLimiter() = default;
  explicit LoginLimiter(Limits limits) : limits_(limits) {}

  // Seconds until the key may try again; 0 when it may try now.
  long locked_for(const std::string& key, std::chrono::steady_clock::time_point now);
  void failure(const std::string& key, std::chrono::steady_clock::time_point now);
  void success(const std::string& key);

 private:
  struct State {
    int failures = 0;
    std::chrono::steady_clock::time_point window_start;
    std::chrono::steady_clock::time_point locked_until;
  };
  Limits limits_;
  std::mutex mutex_;
  std::map<std::string, State> states_;
};

}  // namespace colo::auth
