// Lossy precision: the relative error stays below 2^-bits, rounding twice is rounding once,
// decimals the codec stores short stay short, and rounded port rates store in fewer bytes.
#include "tsdb/precision.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "tsdb/codec.hpp"

namespace colo::tsdb {
namespace {

std::vector<double> sample_values() {
  std::vector<double> values = {1,       -1,
                                4095,    4096,
                                4097,    8191,
                                8193,    23.7,
                                -12.25,  0.1,
                                1e-12,   734'221'317.0,
                                1e15,    9.1e15,
                                1.5e300, 2.2250738585072014e-308,
                                1.0 / 3, 999'999'999.999};
  std::mt19937_64 rng(2026);
  std::uniform_int_distribution<std::int64_t> rates(1, 100'000'000'000LL);  // 1 bit/s to 100 Gbit/s
  std::uniform_int_distribution<int> tenths(-400, 1200);
  std::uniform_real_distribution<double> any(-1e6, 1e6);
  for (int i = 0; i < 3000; ++i) {
    values.push_back(static_cast<double>(rates(rng)));
    values.push_back(tenths(rng) / 10.0);
    values.push_back(any(rng));
  }
  return values;
}

TEST(Precision, RelativeErrorIsBelowTwoToTheMinusBits) {
  for (int bits : {1, 4, 8, 10, 12, 16, 24, 40, 52}) {
    const long double bound = std::ldexp(1.0L, -bits);
    for (double v : sample_values()) {
      const double r = round_precision(v, bits);
      if (v == 0) {
        EXPECT_EQ(r, 0.0);
        continue;
      }
      const long double error = std::fabs(static_cast<long double>(r) - static_cast<long double>(v));
      EXPECT_LT(error / std::fabs(static_cast<long double>(v)), bound) << v << " at " << bits << " bits gave " << r;
    }
  }
}

TEST(Precision, RoundingARoundedValueChangesNothing) {
  for (int bits : {1, 4, 8, 10, 12, 16, 24, 40, 52}) {
    for (double v : sample_values()) {
      const double once = round_precision(v, bits);
      EXPECT_EQ(std::bit_cast<std::uint64_t>(round_precision(once, bits)), std::bit_cast<std::uint64_t>(once))
          << v << " at " << bits << " bits";
    }
  }
}

TEST(Precision, KeepsTheTopBitsOfTheDecimalForm) {
  // 734,221,317 has 30 bits; kept at 12, it is a multiple of 2^18 (rounded half up).
  EXPECT_EQ(round_precision(734'221'317.0, 12), 2801.0 * 262'144);
  EXPECT_EQ(round_precision(-734'221'317.0, 12), -2801.0 * 262'144);
  // Values that fit in the bits (a temperature's 237 tenths, small rates) are not touched, so a
  // decimal stays the decimal the codec stores in a few bits.
  EXPECT_EQ(round_precision(23.7, 12), 23.7);
  EXPECT_EQ(round_precision(4095.0, 12), 4095.0);
  // 12.3456 has the decimal form 123456 (17 bits): kept at 12 bits, 123456 -> 123456 rounded to
  // a multiple of 32, which is 123456 itself; 12.34567 (1234567, 21 bits) -> multiples of 512.
  EXPECT_EQ(round_precision(12.3456, 12), 12.3456);
  EXPECT_EQ(round_precision(12.34567, 12), 1234432 / 1e5);
  // Without a short decimal form the binary mantissa is rounded: 1/3 (0.10101010...b) at 8 bits
  // is 0.10101011b, 171/512.
  EXPECT_EQ(round_precision(1.0 / 3, 8), 171.0 / 512);
}

TEST(Precision, LosslessSettingsAndSpecialValuesPassThrough) {
  for (int bits : {0, -3, 53, 64}) EXPECT_EQ(round_precision(734'221'317.0, bits), 734'221'317.0);
  EXPECT_EQ(round_precision(0.0, 12), 0.0);
  EXPECT_TRUE(std::signbit(round_precision(-0.0, 12)));
  EXPECT_TRUE(std::isnan(round_precision(std::nan(""), 12)));
  EXPECT_EQ(round_precision(std::numeric_limits<double>::infinity(), 12), std::numeric_limits<double>::infinity());
}

TEST(Precision, RatesAndPowerAndSensorGaugesRoundStatesDoNot) {
  for (auto m :
       {"if_in_bits_per_second", "if_out_bits_per_second", "if_in_errors_per_second", "if_out_discards_per_second",
        "sensor_temperature_celsius", "sensor_humidity_percent", "pdu_power_watts", "ups_load_percent"})
    EXPECT_TRUE(rounds_precision(m)) << m;
  for (auto m : {"device_up", "if_oper_up", "check_up", "ups_on_battery", "device_rtt_seconds", "ups_runtime_seconds",
                 "if_in_octets"})
    EXPECT_FALSE(rounds_precision(m)) << m;
}

TEST(Precision, RoundedBusyPortRatesEncodeShorter) {
  // A busy port's rates every 60 s, whole bits per second around 600 Mbit/s with 5 % noise.
  std::mt19937_64 rng(60);
  std::normal_distribution<double> noise(0, 0.05);
  std::vector<Point> exact, rounded;
  for (int i = 0; i < 120; ++i) {
    const double v = std::round(6e8 * (1 + noise(rng)));
    exact.push_back({1'795'651'200'000 + i * 60'000LL, v});
    rounded.push_back({exact.back().t_ms, round_precision(v, kDefaultRatePrecisionBits)});
  }
  const auto lossless = encode_block(exact).size(), lossy = encode_block(rounded).size();
  // About 25 bits a value without rounding; at 11 bits the deltas lose some 18 of them.
  EXPECT_LT(lossy * 2, lossless) << lossy << " vs " << lossless;
  EXPECT_LT(lossy, 120u * 3 / 2) << "more than 1.5 bytes a sample";
  auto back = decode_block(encode_block(rounded)).take();
  for (std::size_t i = 0; i < back.size(); ++i) EXPECT_EQ(back[i].value, rounded[i].value);
}

}  // namespace
}  // namespace colo::tsdb
