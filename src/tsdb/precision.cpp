#include "tsdb/precision.hpp"

#include <bit>
#include <cmath>
#include <cstdint>

namespace colo::tsdb {

namespace {

// The same powers the codec scales decimals with, so that m / 10^e gives the double it decodes.
constexpr double kPow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
constexpr double kTwo53 = 9007199254740992.0;

// |m| rounded half up to a multiple of 2^(width - bits).
std::int64_t round_integer(std::int64_t m, int bits) {
  const bool negative = m < 0;
  const auto magnitude = static_cast<std::uint64_t>(negative ? -m : m);
  const int shift = std::bit_width(magnitude) - bits;
  if (shift <= 0) return m;
  const std::uint64_t rounded = ((magnitude + (std::uint64_t{1} << (shift - 1))) >> shift) << shift;
  return negative ? -static_cast<std::int64_t>(rounded) : static_cast<std::int64_t>(rounded);
}

}  // namespace

double round_precision(double value, int bits) {
  if (bits <= 0 || bits >= 53 || !std::isfinite(value) || value == 0) return value;
  // A value whose binary mantissa already fits is kept: what the binary rounding below returns
  // must not be rounded again through a decimal form it happens to have (0.5 is 5 / 10).
  int exponent = 0;
  const double fraction = std::frexp(value, &exponent);  // in [0.5, 1)
  const double top = std::ldexp(fraction, bits);
  if (top == std::nearbyint(top)) return value;
  for (int e = 0; e <= 9; ++e) {
    const double scaled = value * kPow10[e];
    if (std::fabs(scaled) >= kTwo53) break;
    const auto m = static_cast<std::int64_t>(std::nearbyint(scaled));
    if (std::bit_cast<std::uint64_t>(static_cast<double>(m) / kPow10[e]) == std::bit_cast<std::uint64_t>(value))
      return static_cast<double>(round_integer(m, bits)) / kPow10[e];
  }
  // No short decimal form: the binary mantissa.
  return std::ldexp(std::nearbyint(top), exponent - bits);
}

bool rounds_precision(std::string_view metric) {
  return metric.ends_with("_per_second") || metric.starts_with("sensor_") || metric.starts_with("pdu_power_") ||
         metric == "ups_load_percent";
}

}  // namespace colo::tsdb
