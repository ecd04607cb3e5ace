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
  // A steady day (every bucket alike) takes fewer bytes than it has buckets, and still reads.
  std::vector<Rollup> steady;
  for (int b = 0; b < 288; ++b)
    steady.push_back({1'795'651'200'000 + b * 300'000LL, 5, 1, 1, 5, 1, 1'795'651'200'000 + b * 300'000LL});
  // One sample a bucket: min, max and last are the average and are not stored again.
  std::vector<Rollup> single;
  for (int b = 0; b < 288; ++b) {
    const double v = 1e6 + (b * 7919) % 100000;
    single.push_back({1'795'651'200'000 + b * 300'000LL, 1, v, v, v, v, 1'795'651'200'000 + b * 300'000LL + 1000});
  }
  auto single_bytes = encode_rollups(single);
  auto single_back = decode_rollups(single_bytes).take();
  ASSERT_EQ(single_back.size(), 288u);
  for (std::size_t i = 0; i < 288; ++i) {
    EXPECT_EQ(single_back[i].min, single[i].total);
    EXPECT_EQ(single_back[i].max, single[i].total);
    EXPECT_EQ(single_back[i].last, single[i].total);
    EXPECT_EQ(single_back[i].last_t, single[i].last_t);
  }
  single[5].max += 1;  // the max column is then stored, the others still not
  auto one_more = encode_rollups(single);
  EXPECT_GT(one_more.size(), single_bytes.size());
  EXPECT_EQ(decode_rollups(one_more)->at(5).max, single[5].total + 1);
  EXPECT_EQ(decode_rollups(one_more)->at(5).min, single[5].total);
  auto steady_bytes = encode_rollups(steady);
  EXPECT_LT(steady_bytes.size(), 288u);
  ASSERT_TRUE(decode_rollups(steady_bytes).ok());
  EXPECT_EQ(decode_rollups(steady_bytes)->size(), 288u);
  EXPECT_FALSE(decode_rollups(bytes.substr(0, bytes.size() - 3)).ok());
  EXPECT_FALSE(decode_rollups(bytes + "x").ok());
}

// Blocks written by the first version of the format (bytes as that encoder wrote them) stay
// readable: databases hold them.
TEST(Codec, ReadsVersionOneBlocks) {
  struct Case {
    const char* name;
    std::string bytes;
    std::vector<Point> points;
  };
  using namespace std::string_literals;
  std::vector<Point> linear;
  for (int i = 0; i < 12; ++i) linear.push_back({60000LL * i, 5000.0 + 1234.0 * i + (i == 7 ? 3 : 0)});
  const Case cases[] = {
      {"decimal delta, a counter with a late sample",
       "\x02\x00\x05\x00\x00\x01\xa2\x15\x26\xe4\x00\xe0\x1d\x4c\x06\x0f\xa3\x0f\x9f\x80\xc8\xbc\x60\x23\x1c\x3d\x05\x68"s,
       {{1795651200000, 100}, {1795651260000, 160}, {1795651320000, 230}, {1795651380500, 230}, {1795651440000, 1e6}}},
      {"decimal delta with one fraction digit",
       "\x02\x01\x03\x00\x00\x01\xa2\x15\x26\xe4\x00\xe0\x1d\x4c\x06\x06\xba\x09\x01"s,
       {{1795651200000, 21.5}, {1795651260000, 21.7}, {1795651320000, 21.6}}},
      {"XOR",
       "\x01\x00\x04\x00\x00\x00\x00\x00\x00\x03\xe8\xc3\xe8\x60\xfa\x30\xf9\xe7\xf7\x33\x33\x33\x33\x33\x33\x58\x3f\x81\x2c\x56\xec\x84\x20\xd7\xf1\xb0\x28\x8a\xd2\x65\x6e\x4e\xfd\xe4\x18\xe7\xda\x51\x19\x9e\xc0\x60"s,
       {{1000, 0.1}, {2000, -3.25e-7}, {3500, 1e300}, {4000, 0.1}}},
      {"decimal delta-of-delta",
       "\x03\x00\x0c\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x1d\x4c\x00\x03\x4e\x21\x89\xa4\x04\x1a\x17\x06\x00"s, linear},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto back = decode_block(c.bytes);
    ASSERT_TRUE(back.ok()) << back.error().message;
    ASSERT_EQ(back->size(), c.points.size());
    for (std::size_t i = 0; i < c.points.size(); ++i) {
      EXPECT_EQ((*back)[i].t_ms, c.points[i].t_ms) << i;
      EXPECT_EQ(std::bit_cast<std::uint64_t>((*back)[i].value), std::bit_cast<std::uint64_t>(c.points[i].value)) << i;
    }
    // Written again, the same points take the current format.
    EXPECT_EQ(static_cast<unsigned char>(encode_block(c.points)[0]), 4);
  }
}

// Series as the poller writes them: port rates in whole bits per second polled every 300 s,
// stamped in whole seconds with the odd poll a second late or missing, counters that wrap or
// reset, NaN and infinities among integers.
TEST(Codec, RoundTripsPollerShapedSeries) {
  std::mt19937_64 rng(20261127);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (int round = 0; round < 400; ++round) {
    const std::size_t n = 1 + rng() % 150;
    std::vector<Point> points;
    std::int64_t t = 1'795'651'200'000 + static_cast<std::int64_t>(rng() % 300) * 1000;
    double rate = static_cast<double>(rng() % 10'000'000'000ULL);
    for (std::size_t i = 0; i < n; ++i) {
      const auto jitter = static_cast<std::int64_t>(rng() % 5 == 0 ? rng() % 3 : 0);  // seconds
      t += (rng() % 40 == 0 ? 600'000 : 300'000) + jitter * (round % 2 ? 1000 : 7);
      double v =
          std::round(std::max(0.0, rate + static_cast<double>(static_cast<std::int64_t>(rng() % 200001) - 100000)));
      rate = v;
      switch (round % 5) {
        case 0:  // a 32-bit counter's rate across a wrap, and a reset to zero
          if (rng() % 20 == 0) v = rng() % 2 ? 0 : 4294967295.0 - v;
          break;
        case 1:
          if (rng() % 30 == 0) v = rng() % 2 ? nan : -std::numeric_limits<double>::infinity();
          break;
        case 2:
          v = v / 1000;  // three fraction digits
          break;
        case 3:
          v = std::bit_cast<double>(rng());
          break;
        default:
          if (i % 7 == 0) v = -v;
          break;
      }
      points.push_back({t, v});
    }
    SCOPED_TRACE(round);
    expect_round_trip(points);
  }
}

// Two 300 s port series of a day on the poller's whole-second stamps: an idle port costs almost
// nothing, a busy one little more than its noise.
TEST(Codec, PollerSeriesTakeAboutTheirNoise) {
  std::mt19937_64 rng(7);
  std::normal_distribution<double> noise(0, 1000);
  std::vector<Point> idle, busy;
  std::int64_t t = 1'795'651'200'000;
  for (int i = 0; i < 120; ++i) {
    t += 300'000 + (i % 17 == 0 ? 1000 : 0);
    idle.push_back({t, 0});
    busy.push_back({t, std::round(5e8 + noise(rng))});
  }
  auto bits_per_sample = [](const std::vector<Point>& p) { return encode_block(p).size() * 8.0 / p.size(); };
  // The header and the first time and value are 16 bytes, each on-time gap one bit.
  EXPECT_LT(bits_per_sample(idle), 2.5);
  // The deltas of a noise of 1000 have about log2(1414) + 2 = 12.5 bits of entropy; the fixed
  // buckets of the first format took 20.2 bits a sample here (and 4.7 for the idle port).
  EXPECT_LT(bits_per_sample(busy), 16.0);
}

TEST(Codec, ReportsCorruptBlocks) {
  auto good = encode_block(regular(50, [](std::size_t i) { return static_cast<double>(i) * 1.5; }));
  std::vector<std::string> bad = {"",
                                  std::string("\x01", 1),
                                  std::string("\x09\x00\x05", 3),
                                  std::string("\x02\x0f\x05", 3),
                                  good.substr(0, good.size() / 2),
                                  std::string("\x01\x00\xff\xff\xff\xff\x0f", 7),
                                  std::string("\x04\x02\x00\x05\x01\x00\x40\x01\xff", 9),
                                  std::string("\x04\x02\x00\xff\xff\x0f\x01\x00\xff\x01\xff", 11)};
  std::string huge_count = good;
  huge_count[3] = '\x7f';  // the count: more points than the bits can hold
  bad.push_back(huge_count);
  for (const auto& b : bad) {
    auto r = decode_block(b);
    ASSERT_FALSE(r.ok()) << b.size();
    EXPECT_EQ(r.error().code, "tsdb.block.corrupt");
  }
}

}  // namespace
}  // namespace colo::tsdb
