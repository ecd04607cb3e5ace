// Login throttling, in memory, per server. Failures are counted per key within a window; past a
// rule's limit the key is locked out (429 with Retry-After). A sign-in is judged on three keys:
//  - the account from one address: a few failures lock that pair only, so a stranger failing
//    from his own address cannot lock the real user out of hers;
//  - the address: many failures (one address behind NAT serves a whole office) lock it for
//    every account, which stops spraying many names;
//  - the account from anywhere: a soft rule, a delay that doubles with every further failure up to
//    a minute, which slows guessing from many addresses without ever locking the owner out for long.
// Check and count are one step: begin() reserves the attempt on every key under one lock, and an
// attempt in flight counts against the limit until it ends, so parallel tries never evaluate more
// than the limit allows. Thread-safe.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace colo::auth {

class LoginLimiter {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;

  struct Rule {
    int max_failures = 5;  // failures within `window` that lock the key
    std::chrono::seconds window{15 * 60};
    std::chrono::seconds lockout{15 * 60};  // the lock; the count starts again after it
    // When longer than `lockout`, the rule throttles instead: the count is kept, and every failure
    // past the limit locks for twice as long as the one before, up to this.
    std::chrono::seconds max_lockout{0};
  };
  struct Rules {
    Rule account_address{.max_failures = 5};
    Rule address{.max_failures = 50};
    Rule account{.max_failures = 10, .lockout = std::chrono::seconds(1), .max_lockout = std::chrono::seconds(60)};
  };

  // One reserved sign-in attempt. Ends as failed(), succeeded(), or, when dropped without either
  // (the password could not be checked), as if it had never been tried.
  class Attempt {
   public:
    Attempt(Attempt&& other) noexcept;
    Attempt& operator=(Attempt&&) = delete;
    ~Attempt();
    // False when refused: a key is locked, or the attempts in flight already reach its limit.
    bool admitted() const { return limiter_ != nullptr; }
    // For a refused attempt: seconds until a retry may be admitted (at least 1).
    long retry_after() const { return retry_after_; }
    void failed(TimePoint now);
    void succeeded();

   private:
    friend class LoginLimiter;
    Attempt(LoginLimiter* limiter, std::string account, std::string address, long retry_after)
        : limiter_(limiter), account_(std::move(account)), address_(std::move(address)), retry_after_(retry_after) {}
    LoginLimiter* limiter_;
    std::string account_, address_;
    long retry_after_;
  };

  LoginLimiter() = default;
  explicit LoginLimiter(Rules rules) : rules_(rules) {}

  Attempt begin(const std::string& account, const std::string& address, TimePoint now);
  // Seconds until `account` from `address` is no longer locked; 0 when it is not.
  long locked_for(const std::string& account, const std::string& address, TimePoint now);

 private:
  enum Kind { kAccountAddress, kAddress, kAccount, kKinds };
  struct State {
    int failures = 0;
    int in_flight = 0;
    TimePoint window_start;
    TimePoint locked_until;
  };
  const Rule& rule(Kind k) const;
  static std::string key(Kind k, const std::string& account, const std::string& address);
  // Seconds the key refuses a new attempt for; 0 when it admits one. Caller holds mutex_.
  long refusal(Kind k, const std::string& key, TimePoint now);
  void end(const std::string& account, const std::string& address, int outcome, TimePoint now);
  void prune(TimePoint now);
  Rules rules_;
  std::mutex mutex_;
  std::map<std::string, State> states_;
};

}  // namespace colo::auth
