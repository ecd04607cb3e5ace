// The pure rules of usage: the 95th percentile and its bases, counters to rates (wrap and reset),
// the port-speed clamp, energy from register readings. No database, no HTTP; table-tested in
// rules_test.cpp and measured in bench/bench_usage.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "usage/model.hpp"

namespace colo::usage {

// ---- slots

// Seconds since the epoch, and whether `t` is a five-minute slot time (UTC, whole seconds).
std::int64_t epoch_seconds(Instant t);
Instant from_epoch_seconds(std::int64_t s);
bool is_slot_time(Instant t);

// ---- the 95th percentile

// The 1-based rank, in ascending order, of the billed sample among n present samples:
// ceil(0.95 n), so the top n - ceil(0.95 n) samples are dropped (432 of 8,640 in a 30-day month;
// 0 of 1..19, 1 of 20). 0 when n is 0.
std::int64_t p95_rank(std::size_t n);
// The sample at p95_rank among `values` (reordered in place: nth_element, linear time); 0 when
// empty. Holes are not filled: only the samples given count.
std::int64_t percentile95(std::vector<std::int64_t>& values);

// The bases of a 95th percentile over the same present slots (`in[i]`, `out[i]` of one slot):
//   in, out     the p95 of each direction
//   max         the higher of p95 in and p95 out (LibreNMS)
//   sample_max  the p95 of max(in, out) per slot (Huawei)
//   sum         the p95 of in + out per slot
// `in` and `out` must have the same length.
struct Percentiles {
  std::int64_t in = 0, out = 0, max = 0, sample_max = 0, sum = 0;
};
Percentiles percentiles(std::span<const std::int64_t> in, std::span<const std::int64_t> out);
// The figure of one basis ("in", "out", "max", "sample_max", "sum"); nullopt for another name.
std::optional<std::int64_t> basis_value(const Percentiles& p, std::string_view basis);
inline const std::vector<std::string> kBases = {"in", "out", "max", "sample_max", "sum"};

// Thousandths of a unit from a count of its thousandths' thousandths, rounded half up:
// bit/s -> Mbit/s x 1000 (1,234,500 bps -> 1235 = 1.235 Mbps).
std::int64_t milli_mbps(std::int64_t bps);

// ---- rates

// Cuts a rate above the port speed down to it and flags it; no speed (nullopt or 0): unchanged.
RateSample clamp_to_speed(RateSample s, std::optional<std::int64_t> speed_mbps);

// Interface octet counters to five-minute rates. Readings are taken in time order after
// `previous` (the last reading of an earlier batch, if any); each interval between two readings
// gives its average rate (8 x octets / seconds, rounded half up) to every slot it covers, from
// the earlier reading's slot on. A counter that went down:
//   - width 32: a wrap (one turn past 2^32) unless the wrapped delta would be faster than the
//     port speed (when known): then a reset;
//   - width 64: always a reset (a 64-bit counter does not wrap in practice).
// A reset, an interval longer than an hour, a rate above kMaxBps, or a reading not after the
// one before it give no rate for that interval (counted in `dropped`); the later reading becomes
// the new base either way.
struct CounterRates {
  std::vector<RateSample> rates;
  std::int64_t dropped = 0;
  std::optional<CounterReading> last;  // the base for the next batch
};
CounterRates rates_from_counters(std::optional<CounterReading> previous, std::span<const CounterReading> readings,
                                 int width, std::optional<std::int64_t> speed_mbps);

// ---- energy

// Energy in Wh from register readings in time order: the sum of the increases from `baseline`
// (the last reading before the period, if any) through each reading. A register that went down
// was reset or replaced: the new reading counts from zero.
std::int64_t energy_wh(std::optional<std::int64_t> baseline, std::span<const EnergyReading> readings);

}  // namespace colo::usage
