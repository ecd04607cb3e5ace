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

// A poll taken this long after its slot is late ([monitoring] poll_late_after_ms): what the
// polling target's "no value late by more than 5 s" counts.
constexpr std::int64_t kDefaultLateAfterMs = 5000;

struct PollerOptions {
  std::int64_t reload_ms = 60000;
  int snmp_timeout_ms = 2000;
  int snmp_retries = 1;
  int ping_timeout_ms = 1000;
  int ping_retries = 1;
  int max_in_flight = 256;
  std::int64_t rediscover_ms = 6LL * 3600 * 1000;  // interfaces are matched again this often
  std::string fping = "fping";
  std::int64_t late_after_ms = kDefaultLateAfterMs;
};

// How long polls of one kind took (an SNMP request and its answer, a ping's round trip or its
// timeout, a TCP connect, an HTTP answer): a Prometheus histogram. Lock-free.
struct PollDurations {
  static constexpr int kBuckets = 11;
  static constexpr double kBounds[kBuckets] = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};  // seconds
  std::atomic<std::uint64_t> in_bucket[kBuckets + 1] = {};  // the last: above every bound
  std::atomic<std::int64_t> sum_us{0};
  void observe(double seconds);
};

// Figures for /metrics. Counters only grow; the lateness is the largest of the last minute.
struct PollerStats {
  std::atomic<std::uint64_t> snmp_polls{0}, snmp_failures{0}, snmp_timeouts{0};
  std::atomic<std::uint64_t> pings{0}, pings_unanswered{0}, service_checks{0}, service_checks_down{0};
  std::atomic<std::uint64_t> samples{0}, sink_failures{0}, counter_resets{0}, ignored_values{0};
  std::atomic<std::uint64_t> devices{0};
  std::atomic<std::int64_t> max_lateness_ms{0};
  // Polls sent and not yet answered (SNMP requests, pings and checks of the running batch).
  std::atomic<std::int64_t> in_flight{0};
  // Polls taken more than late_after_ms after their slot, and slots skipped because the poller
  // was a whole interval or more behind (those polls never happened).
  std::atomic<std::uint64_t> late_polls{0}, dropped_polls{0};
  PollDurations snmp_durations, ping_durations, tcp_durations, http_durations;
};

// What a poll taken `late_ms` after its slot says: late past `late_after_ms`, and how many slots
// before it were skipped (the schedule moves a poller that fell a whole interval or more behind to
// its next slot instead of catching up). Pure.
struct SlotMiss {
  bool late = false;
  std::uint64_t dropped = 0;
};
SlotMiss slot_miss(std::int64_t late_ms, std::int64_t interval_ms, std::int64_t late_after_ms);

// The histograms of poll durations by kind ("snmp", "ping", "tcp", "http") in the text
// exposition format, as one metric family: colo_poller_poll_duration_seconds.
std::string render_poll_durations(const PollerStats& stats);

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
