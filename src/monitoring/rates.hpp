// Rates from SNMP counters: the difference of two readings over the time between them, with the
// counter's width deciding what a smaller second reading means (a wrap or a reset). Pure.
#pragma once

#include <cstdint>
#include <optional>

namespace colo::monitoring {

struct CounterReading {
  std::uint64_t value = 0;
  int width = 64;                       // 32 (ifInOctets, ifInErrors, ...) or 64 (ifHCInOctets, ...)
  std::int64_t t_ms = 0;                // when the poller received it
  std::optional<std::uint64_t> uptime;  // the agent's sysUpTime in hundredths of a second
};

enum class RateVerdict {
  ok,
  wrapped,      // ok, across a counter wrap
  clamped,      // ok, but above the cap by a little (timing of the agent's updates): the cap
  no_interval,  // the second reading is not later than the first
  reset,        // the agent restarted (uptime went back), the counter width changed, or a 64-bit
                // counter went back: no rate for this interval
  implausible,  // faster than the cap allows by far: a glitch, not traffic; no rate
};

struct Rate {
  RateVerdict verdict = RateVerdict::ok;
  double per_second = 0;  // counter units per second; meaningful when has_value()
  bool has_value() const {
    return verdict == RateVerdict::ok || verdict == RateVerdict::wrapped || verdict == RateVerdict::clamped;
  }
};

// Rate of a counter between two readings. `cap_per_second` (in counter units, e.g. ifSpeed / 8 for
// octets) bounds what is believable: up to half again above it the rate is clamped to it (agents
// update counters in bursts), beyond that it is discarded. A 32-bit counter that went back wrapped
// once when that is believable (the cap allows it, or without a cap when the first reading was in
// the upper half of the range); otherwise it was reset.
Rate counter_rate(const CounterReading& before, const CounterReading& after,
                  std::optional<double> cap_per_second = std::nullopt);

}  // namespace colo::monitoring
