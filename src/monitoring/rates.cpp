#include "monitoring/rates.hpp"

namespace colo::monitoring {

namespace {
constexpr double kClampTolerance = 1.5;
}

Rate counter_rate(const CounterReading& before, const CounterReading& after, std::optional<double> cap) {
  if (after.t_ms <= before.t_ms) return {RateVerdict::no_interval, 0};
  if (before.width != after.width) return {RateVerdict::reset, 0};
  if (before.uptime && after.uptime && *after.uptime < *before.uptime) return {RateVerdict::reset, 0};
  double seconds = static_cast<double>(after.t_ms - before.t_ms) / 1000.0;

  std::uint64_t delta = 0;
  bool wrapped = false;
  if (after.value >= before.value) {
    delta = after.value - before.value;
  } else {
    // A 64-bit octet counter takes decades to wrap even at 400 Gbit/s: going back means a reset.
    if (after.width != 32) return {RateVerdict::reset, 0};
    constexpr std::uint64_t kRange = std::uint64_t{1} << 32;
    if (before.value >= kRange || after.value >= kRange) return {RateVerdict::reset, 0};
    delta = kRange - before.value + after.value;
    wrapped = true;
    double rate = static_cast<double>(delta) / seconds;
    bool believable = cap ? rate <= *cap * kClampTolerance : before.value >= kRange / 2;
    if (!believable) return {RateVerdict::reset, 0};
  }
  double rate = static_cast<double>(delta) / seconds;
  if (cap && *cap > 0 && rate > *cap) {
    if (rate > *cap * kClampTolerance) return {RateVerdict::implausible, 0};
    return {RateVerdict::clamped, *cap};
  }
  return {wrapped ? RateVerdict::wrapped : RateVerdict::ok, rate};
}

}  // namespace colo::monitoring
