// The poller: SNMP for every polled device on one thread (net-snmp's asynchronous API, many
// devices in flight), ICMP reachability and TCP/HTTP checks on a second; each on its own schedule
// per device; samples written through a tsdb::Sink. Reloads what to poll from the service every
// minute, so devices added, changed or removed are picked up without a restart.
//
// Thread-safety: run() owns the two threads; stats() may be read from any thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <stop_token>
#include <string>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "monitoring/service.hpp"
#include "tsdb/sample.hpp"

namespace colo::monitoring {

struct PollerOptions {
  std::int64_t reload_ms = 60000;
  int snmp_timeout_ms = 2000;
  int snmp_retries = 1;
  int ping_timeout_ms = 1000;
  int ping_retries = 1;
  int max_in_flight = 256;
  std::int64_t rediscover_ms = 6LL * 3600 * 1000;  // interfaces are matched again this often
  std::string fping = "fping";
};

// Figures for /metrics. Counters only grow; the lateness is the largest of the last minute.
struct PollerStats {
  std::atomic<std::uint64_t> snmp_polls{0}, snmp_failures{0}, snmp_timeouts{0};
  std::atomic<std::uint64_t> pings{0}, pings_unanswered{0}, service_checks{0}, service_checks_down{0};
  std::atomic<std::uint64_t> samples{0}, sink_failures{0}, counter_resets{0}, ignored_values{0};
  std::atomic<std::uint64_t> devices{0};
  std::atomic<std::int64_t> max_lateness_ms{0};
};

class Poller {
 public:
  Poller(Service& service, tsdb::Sink& sink, const Clock& clock, PollerOptions options = {});
  ~Poller();
  Poller(const Poller&) = delete;
  Poller& operator=(const Poller&) = delete;

  // Polls until `stop` is requested: SNMP on this thread, reachability and checks on another.
  void run(std::stop_token stop);
  // Polls every enabled device and check once, now (SNMP twice when `rates`, a second apart at
  // least, so that counters give rates), and returns. For `colo poll --once` and tests.
  Status poll_once(bool rates = false);
  const PollerStats& stats() const { return stats_; }

 private:
  struct State;
  void snmp_loop(std::stop_token stop);
  void check_loop(std::stop_token stop);
  Service& service_;
  tsdb::Sink& sink_;
  const Clock& clock_;
  PollerOptions options_;
  PollerStats stats_;
  std::unique_ptr<State> state_;
};

}  // namespace colo::monitoring
