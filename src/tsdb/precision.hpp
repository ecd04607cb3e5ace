// Lossy precision for rate-like series, as VictoriaMetrics' -precisionBits: a value keeps its
// `bits` most significant bits and loses the rest, so that the deltas the block codec writes
// (codec.hpp, over their common divisor) carry fewer bits. A port's rate of 734,221,317 bit/s
// kept at 12 bits becomes 734,265,344: the codec then sees multiples of 2^18 and writes the
// deltas of their quotients.
//
// Rounding works on the decimal form the codec stores when there is one (the integer m with
// m / 10^e the value, e <= 9): m is rounded to `bits` significant bits, so a temperature of 23.7
// (m = 237, 8 bits) stays 23.7 instead of becoming 23.703125, which would cost the codec six
// decimal digits. Values without such a form (more than nine fraction digits, magnitudes of 2^53
// and beyond) have their binary mantissa rounded instead. Either way the relative error is below
// 2^-bits and rounding a rounded value changes nothing. Pure functions; thread-safe.
#pragma once

#include <string_view>

namespace colo::tsdb {

// [monitoring] rate_precision_bits when not set: busy ports' rates then store at 1.36 (every 60 s)
// and 1.39 (every 300 s) bytes a sample instead of 3.13 and 3.53 (bench/tsdb_bench.cpp, size), and
// each raw value is within 2^-11 (0.049 %) of what was read; at 12 bits they take 1.49 and 1.51.
constexpr int kDefaultRatePrecisionBits = 11;

// `value` with `bits` significant bits; unchanged for bits <= 0 or >= 53 (lossless), for values
// that already fit, and for 0, infinities and NaN.
double round_precision(double value, int bits);

// Whether a metric's values may be rounded: rates (names ending in _per_second: port bit rates,
// errors and discards) and power and environment gauges (sensor_*, pdu_power_*,
// ups_load_percent). Not states (device_up, if_oper_up, check_up, ups_on_battery), times
// (device_rtt_seconds, ups_runtime_seconds) nor anything else.
bool rounds_precision(std::string_view metric);

}  // namespace colo::tsdb
