// The day blocks round-trip exactly, stay small, refuse corrupt bytes and merge idempotently.
#include "usage/codec.hpp"

#include <gtest/gtest.h>

#include <random>

namespace colo::usage {
namespace {

TEST(Codec, RatesRoundTripWithHolesAndClamps) {
  RateDay day;
  std::mt19937_64 rng(3);
  for (int s = 0; s < kSlotsPerDay; ++s) {
    if (s % 7 == 3) continue;  // holes
    day.present.set(static_cast<std::size_t>(s));
    day.in[static_cast<std::size_t>(s)] = static_cast<std::int64_t>(rng() % 10'000'000'000ull);
    day.out[static_cast<std::size_t>(s)] = static_cast<std::int64_t>(rng() % 1'000'000);
  }
  day.clamped.set(11);
  auto bytes = encode_rates(day);
  auto back = decode_rates(bytes);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->present, day.present);
  EXPECT_EQ(back->clamped, day.clamped);
  for (int s = 0; s < kSlotsPerDay; ++s) {
    if (!day.present[static_cast<std::size_t>(s)]) continue;
    EXPECT_EQ(back->in[static_cast<std::size_t>(s)], day.in[static_cast<std::size_t>(s)]);
    EXPECT_EQ(back->out[static_cast<std::size_t>(s)], day.out[static_cast<std::size_t>(s)]);
  }
}

TEST(Codec, SteadyTrafficPacksSmall) {
  RateDay day;
  for (int s = 0; s < kSlotsPerDay; ++s) {
    day.present.set(static_cast<std::size_t>(s));
    day.in[static_cast<std::size_t>(s)] = 500'000'000 + (s % 3) * 20;
    day.out[static_cast<std::size_t>(s)] = 80'000'000;
  }
  // 288 x 2 x 8 bytes raw; deltas of a few dozen fit in one byte each.
  EXPECT_LT(encode_rates(day).size(), 700u);
}

TEST(Codec, EmptyDayAndCorruptBytes) {
  RateDay empty;
  auto back = decode_rates(encode_rates(empty));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->count(), 0);
  EXPECT_FALSE(decode_rates("").ok());
  EXPECT_FALSE(decode_rates("\x02").ok());
  auto bytes = encode_rates(empty);
  EXPECT_FALSE(decode_rates(bytes + "x").ok());  // trailing bytes
  RateDay one;
  one.present.set(5);
  one.in[5] = 1'000'000;
  auto b1 = encode_rates(one);
  EXPECT_FALSE(decode_rates(b1.substr(0, b1.size() - 1)).ok());  // cut short
}

TEST(Codec, ReadingsRoundTrip) {
  std::vector<DayReading> readings{{0, 1000}, {3600, 1500}, {3601, 200}, {86399, 900'000'000'000}};
  auto back = decode_readings(encode_readings(readings));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, readings);
  EXPECT_FALSE(decode_readings(encode_rates(RateDay{})).ok());
}

TEST(Codec, MergeIsIdempotentAndCountsReplacements) {
  RateDay day;
  WriteReport r;
  merge_rate(day, 3, 100, 200, false, r);
  merge_rate(day, 3, 100, 200, false, r);
  merge_rate(day, 3, 150, 200, false, r);
  EXPECT_EQ(r.inserted, 1);
  EXPECT_EQ(r.unchanged, 1);
  EXPECT_EQ(r.replaced, 1);
  EXPECT_EQ(day.in[3], 150);

  std::vector<DayReading> readings;
  WriteReport w;
  merge_reading(readings, {60, 10}, w);
  merge_reading(readings, {30, 5}, w);
  merge_reading(readings, {60, 10}, w);
  merge_reading(readings, {60, 11}, w);
  EXPECT_EQ(w.inserted, 2);
  EXPECT_EQ(w.unchanged, 1);
  EXPECT_EQ(w.replaced, 1);
  ASSERT_EQ(readings.size(), 2u);
  EXPECT_EQ(readings[0].second, 30);
  EXPECT_EQ(readings[1].wh, 11);
}

}  // namespace
}  // namespace colo::usage
