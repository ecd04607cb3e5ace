#include "usage/rules.hpp"

#include <algorithm>
#include <cmath>

namespace colo::usage {

std::int64_t epoch_seconds(Instant t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

Instant from_epoch_seconds(std::int64_t s) { return Instant(std::chrono::seconds(s)); }

bool is_slot_time(Instant t) {
  auto ms = t.time_since_epoch().count();
  return ms % (kSlotSeconds * 1000) == 0;
}

std::int64_t p95_rank(std::size_t n) { return (static_cast<std::int64_t>(n) * 95 + 99) / 100; }

std::int64_t percentile95(std::vector<std::int64_t>& values) {
  if (values.empty()) return 0;
  auto nth = values.begin() + (p95_rank(values.size()) - 1);
  std::nth_element(values.begin(), nth, values.end());
  return *nth;
}

Percentiles percentiles(std::span<const std::int64_t> in, std::span<const std::int64_t> out) {
  Percentiles p;
  const std::size_t n = std::min(in.size(), out.size());
  std::vector<std::int64_t> work(in.begin(), in.begin() + static_cast<std::ptrdiff_t>(n));
  p.in = percentile95(work);
  work.assign(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(n));
  p.out = percentile95(work);
  p.max = std::max(p.in, p.out);
  for (std::size_t i = 0; i < n; ++i) work[i] = std::max(in[i], out[i]);
  p.sample_max = percentile95(work);
  for (std::size_t i = 0; i < n; ++i) work[i] = in[i] + out[i];
  p.sum = percentile95(work);
  return p;
}

std::optional<std::int64_t> basis_value(const Percentiles& p, std::string_view basis) {
  if (basis == "in") return p.in;
  if (basis == "out") return p.out;
  if (basis == "max") return p.max;
  if (basis == "sample_max") return p.sample_max;
  if (basis == "sum") return p.sum;
  return std::nullopt;
}

std::int64_t milli_mbps(std::int64_t bps) { return (bps + 500) / 1000; }

RateSample clamp_to_speed(RateSample s, std::optional<std::int64_t> speed_mbps) {
  if (!speed_mbps || *speed_mbps <= 0) return s;
  const std::int64_t cap = *speed_mbps * 1'000'000;
  if (s.in_bps > cap) s.in_bps = cap, s.clamped = true;
  if (s.out_bps > cap) s.out_bps = cap, s.clamped = true;
  return s;
}

namespace {

constexpr std::int64_t kMaxIntervalSeconds = 3600;

// The octets counted from `prev` to `cur`, or nullopt for a reset (see rates_from_counters).
std::optional<unsigned __int128> counted(std::uint64_t prev, std::uint64_t cur, int width, std::int64_t seconds,
                                         std::optional<std::int64_t> speed_mbps) {
  if (cur >= prev) return static_cast<unsigned __int128>(cur - prev);
  if (width != 32 || prev > 0xFFFFFFFFull) return std::nullopt;
  const unsigned __int128 wrapped = (static_cast<unsigned __int128>(1) << 32) - prev + cur;
  if (speed_mbps && *speed_mbps > 0 &&
      wrapped * 8 > static_cast<unsigned __int128>(*speed_mbps) * 1'000'000 * static_cast<unsigned __int128>(seconds))
    return std::nullopt;
  return wrapped;
}

std::optional<std::int64_t> rate_of(unsigned __int128 octets, std::int64_t seconds) {
  const unsigned __int128 s = static_cast<unsigned __int128>(seconds);
  const unsigned __int128 bps = (octets * 8 * 2 + s) / (2 * s);  // rounded half up
  if (bps > static_cast<unsigned __int128>(kMaxBps)) return std::nullopt;
  return static_cast<std::int64_t>(bps);
}

}  // namespace

CounterRates rates_from_counters(std::optional<CounterReading> previous, std::span<const CounterReading> readings,
                                 int width, std::optional<std::int64_t> speed_mbps) {
  CounterRates out;
  out.last = previous;
  for (const auto& r : readings) {
    if (!out.last) {
      out.last = r;
      continue;
    }
    const CounterReading p = *out.last;  // a copy: out.last moves on below
    const std::int64_t seconds = epoch_seconds(r.t) - epoch_seconds(p.t);
    if (seconds <= 0) {
      ++out.dropped;  // not after the base: keep the base
      continue;
    }
    out.last = r;
    if (seconds > kMaxIntervalSeconds) {
      ++out.dropped;
      continue;
    }
    auto in = counted(p.in_octets, r.in_octets, width, seconds, speed_mbps);
    auto outo = counted(p.out_octets, r.out_octets, width, seconds, speed_mbps);
    std::optional<std::int64_t> in_bps, out_bps;
    if (in && outo) in_bps = rate_of(*in, seconds), out_bps = rate_of(*outo, seconds);
    if (!in_bps || !out_bps) {
      ++out.dropped;
      continue;
    }
    // Every slot the interval covers, from the base's own slot.
    const std::int64_t first = epoch_seconds(p.t) / kSlotSeconds * kSlotSeconds;
    for (std::int64_t s = first; s < epoch_seconds(r.t); s += kSlotSeconds)
      out.rates.push_back(clamp_to_speed(RateSample{from_epoch_seconds(s), *in_bps, *out_bps, false}, speed_mbps));
  }
  return out;
}

std::int64_t energy_wh(std::optional<std::int64_t> baseline, std::span<const EnergyReading> readings) {
  std::int64_t total = 0;
  std::optional<std::int64_t> prev = baseline;
  for (const auto& r : readings) {
    if (prev) total += r.wh >= *prev ? r.wh - *prev : r.wh;
    prev = r.wh;
  }
  return total;
}

}  // namespace colo::usage
