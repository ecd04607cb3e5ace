// The block codec: bit-level round trips, the value encodings chosen for typical series, and
// corrupt input reported instead of read out of bounds.
#include "tsdb/codec.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <limits>
#include <random>

namespace colo::tsdb {
namespace {

void expect_round_trip(const std::vector<Point>& points) {
  auto bytes = encode_block(points);
  auto back = decode_block(bytes);
  ASSERT_TRUE(back.ok()) << back.error().message;
  ASSERT_EQ(back->size(), points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    EXPECT_EQ((*back)[i].t_ms, points[i].t_ms) << i;
    // Bit for bit, so that NaN, -0 and every last digit come back unchanged.
    EXPECT_EQ(std::bit_cast<std::uint64_t>((*back)[i].value), std::bit_cast<std::uint64_t>(points[i].value)) << i;
  }
}

std::vector<Point> regular(std::size_t n, auto value_at, std::int64_t start = 1'764'000'000'000,
                           std::int64_t step = 60'000) {
  std::vector<Point> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back({start + static_cast<std::int64_t>(i) * step, value_at(i)});
  return out;
}

TEST(BitStream, WritesAndReadsEveryWidth) {
  BitWriter w;
  for (int width = 1; width <= 64; ++width)
    w.write(width == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << (width - 1)) | 1, width);
  auto bytes = w.finish();
  BitReader r(bytes);
  for (int width = 1; width <= 64; ++width)
    EXPECT_EQ(r.read(width), width == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << (width - 1)) | 1) << width;
  EXPECT_FALSE(r.failed());
  r.read(16);  // past the padding
  EXPECT_TRUE(r.failed());
}

TEST(ZigZag, MapsSmallMagnitudesToSmallNumbers) {
  struct Case {
    std::int64_t in;
    std::uint64_t out;
  } cases[] = {{0, 0},
               {-1, 1},
               {1, 2},
               {-2, 3},
               {std::numeric_limits<std::int64_t>::max(), ~std::uint64_t{1}},
               {std::numeric_limits<std::int64_t>::min(), ~std::uint64_t{0}}};
  for (auto c : cases) {
    EXPECT_EQ(zigzag(c.in), c.out) << c.in;
    EXPECT_EQ(unzigzag(c.out), c.in) << c.in;
  }
}

TEST(Codec, RoundTripsTypicalSeries) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  struct Case {
    const char* name;
    std::vector<Point> points;
  };
  std::vector<Case> cases = {
      {"one point", {{1'764'000'000'123, 42.5}}},
      {"constant", regular(120, [](std::size_t) { return 1.0; })},
      {"counter", regular(120, [](std::size_t i) { return 1e12 + static_cast<double>(i) * 7'500'000'000.0; })},
      {"temperature", regular(120, [](std::size_t i) { return 23.4 + static_cast<double>(i % 7) / 10; })},
      {"rates with fractions", regular(120, [](std::size_t i) { return 123456789.123 / static_cast<double>(i + 1); })},
      {"NaN and infinities", {{1, nan}, {2, inf}, {3, -inf}, {4, 0.0}, {5, -0.0}, {6, nan}}},
      {"irregular and negative times",
       {{-5'000, 1}, {-4'999, 2}, {0, 3}, {1'000'000'000'000, 4}, {1'000'000'000'001, 5}}},
      {"extremes",
       {{std::numeric_limits<std::int64_t>::min(), std::numeric_limits<double>::max()},
        {0, std::numeric_limits<double>::lowest()},
        {std::numeric_limits<std::int64_t>::max(), std::numeric_limits<double>::denorm_min()}}},
      {"huge integers", regular(5, [](std::size_t i) { return i % 2 ? 9.0e15 : -9.0e15; })},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    expect_round_trip(c.points);
  }
}

TEST(Codec, RoundTripsRandomSeries) {
  std::mt19937_64 rng(20261126);
  for (int round = 0; round < 300; ++round) {
    const std::size_t n = 1 + rng() % 300;
    std::vector<Point> points;
    std::int64_t t = static_cast<std::int64_t>(rng() >> 20);
    for (std::size_t i = 0; i < n; ++i) {
      t += 1 + static_cast<std::int64_t>(rng() % (round % 3 == 0 ? 10 : 100'000'000));
      double v = 0;
      switch (round % 4) {
        case 0:
          v = std::bit_cast<double>(rng());
          break;  // any bits, NaNs included
        case 1:
          v = static_cast<double>(static_cast<std::int64_t>(rng() % 100000) - 50000) / 100;
          break;
        case 2:
          v = std::ldexp(static_cast<double>(rng() % 1000), static_cast<int>(rng() % 200) - 100);
          break;
        default:
          v = static_cast<double>(rng() % 3);
          break;
      }
      points.push_back({t, v});
    }
    SCOPED_TRACE(round);
    expect_round_trip(points);
  }
}

// What the store's bytes-per-sample figure rests on: steady series cost a few bits a sample.
TEST(Codec, SteadySeriesTakeLittleSpace) {
  auto bits_per_sample = [](const std::vector<Point>& p) { return encode_block(p).size() * 8.0 / p.size(); };
  EXPECT_LT(bits_per_sample(regular(120, [](std::size_t) { return 1.0; })), 3.5);
  EXPECT_LT(bits_per_sample(regular(120, [](std::size_t i) { return 5e11 + 1e6 * static_cast<double>(i); })), 4.0);
  EXPECT_LT(bits_per_sample(regular(120, [](std::size_t i) { return 21.5 + (i % 2 ? 0.1 : 0.0); })), 12.0);
}

TEST(Codec, RoundTripsADayOfRollups) {
  std::vector<Rollup> day;
  for (int b = 0; b < 288; b += 1 + b % 3) {  // with holes
    const std::int64_t t = 1'795'651'200'000 + b * 300'000LL;
    day.push_back({t, 5 + b % 2, 20.5 - b * 0.1, 30.25 + b, 123456.789 * b, -1.5 * b, t + 240'000 + b});
  }
  auto bytes = encode_rollups(day);
  auto back = decode_rollups(bytes);
  ASSERT_TRUE(back.ok()) << back.error().message;
  ASSERT_EQ(back->size(), day.size());
  for (std::size_t i = 0; i < day.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ((*back)[i].t_ms, day[i].t_ms);
    EXPECT_EQ((*back)[i].samples, day[i].samples);
    EXPECT_EQ((*back)[i].min, day[i].min);
    EXPECT_EQ((*back)[i].max, day[i].max);
    EXPECT_EQ((*back)[i].total, day[i].total);
    EXPECT_EQ((*back)[i].last, day[i].last);
    EXPECT_EQ((*back)[i].last_t, day[i].last_t);
  }
  auto averages = decode_rollups(bytes, true).take();
  ASSERT_EQ(averages.size(), day.size());
  EXPECT_EQ(averages[7].total, day[7].total);
  EXPECT_EQ(averages[7].samples, day[7].samples);
  EXPECT_TRUE(decode_rollups(encode_rollups({})).ok());
  EXPECT_FALSE(decode_rollups(bytes.substr(0, bytes.size() - 3)).ok());
  EXPECT_FALSE(decode_rollups(bytes + "x").ok());
}

TEST(Codec, ReportsCorruptBlocks) {
  auto good = encode_block(regular(50, [](std::size_t i) { return static_cast<double>(i) * 1.5; }));
  std::vector<std::string> bad = {"",
                                  std::string("\x01", 1),
                                  std::string("\x09\x00\x05", 3),
                                  std::string("\x02\x0f\x05", 3),
                                  good.substr(0, good.size() / 2),
                                  std::string("\x01\x00\xff\xff\xff\xff\x0f", 7)};
  std::string huge_count = good;
  huge_count[2] = '\x7f';
  bad.push_back(huge_count);
  for (const auto& b : bad) {
    auto r = decode_block(b);
    ASSERT_FALSE(r.ok()) << b.size();
    EXPECT_EQ(r.error().code, "tsdb.block.corrupt");
  }
}

}  // namespace
}  // namespace colo::tsdb
