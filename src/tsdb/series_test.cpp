// Series keys, name rules and the selector syntax of the query API.
#include "tsdb/series.hpp"

#include <gtest/gtest.h>

namespace colo::tsdb {
namespace {

TEST(SeriesKey, IsOneSpellingPerSeries) {
  EXPECT_EQ(series_key("device_up", {}), "device_up{}");
  EXPECT_EQ(series_key("m", normalise({{"b", "2"}, {"a", "1"}, {"b", "3"}})), "m{a=\"1\",b=\"3\"}");
  EXPECT_EQ(series_key("m", {{"a", "say \"hi\"\\\n"}}), "m{a=\"say \\\"hi\\\"\\\\\\n\"}");
}

TEST(Selector, ParsesEqualityMatchers) {
  struct Case {
    const char* text;
    const char* metric;
    Labels equal;
  } cases[] = {
      {"device_up", "device_up", {}},
      {"if_in_bits_per_second{device_id=\"12\", if_index=\"3\"}",
       "if_in_bits_per_second",
       {{"device_id", "12"}, {"if_index", "3"}}},
      {" {room_id=\"4\"} ", "", {{"room_id", "4"}}},
      {"m{b=\"2\",a=\"q\\\"x\",}", "m", {{"a", "q\"x"}, {"b", "2"}}},
      {"m{}", "m", {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    auto s = parse_selector(c.text);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(s->metric, c.metric);
    EXPECT_EQ(s->equal, c.equal);
  }
}

TEST(Selector, RefusesWhatItCannotMatch) {
  for (const char* text : {"", "{}", "1bad", "m{a!=\"1\"}", "m{a=~\"x\"}", "m{a=1}", "m{a=\"1\"", "m{__name__=\"x\"}",
                           "m{a=\"1\"} extra", "m{\"a\"=\"1\"}", "m{a=\"1\" b=\"2\"}"}) {
    SCOPED_TRACE(text);
    auto s = parse_selector(text);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "tsdb.selector.invalid");
  }
}

TEST(CheckSample, NamesTheFieldAtFault) {
  const std::int64_t t = 1'795'651'200'000;
  struct Case {
    Sample s;
    const char* code;  // "" when valid
  } cases[] = {
      {{"sensor_temperature_celsius", {{"room_id", "4"}}, t, 23.5}, ""},
      {{"ns:metric_total", {}, t, 0}, ""},
      {{"", {}, t, 1}, "tsdb.sample.bad_metric"},
      {{"9lives", {}, t, 1}, "tsdb.sample.bad_metric"},
      {{"a-b", {}, t, 1}, "tsdb.sample.bad_metric"},
      {{"m", {{"bad-name", "1"}}, t, 1}, "tsdb.sample.bad_label"},
      {{"m", {{"__reserved", "1"}}, t, 1}, "tsdb.sample.bad_label"},
      {{"m", {{"a", std::string(300, 'x')}}, t, 1}, "tsdb.sample.bad_label"},
      {{"m", {}, t / 1000, 1}, "tsdb.sample.bad_time"},
      {{"m", {}, t * 1000, 1}, "tsdb.sample.bad_time"},
  };
  for (const auto& c : cases) {
    auto e = check_sample(c.s, "samples/0");
    SCOPED_TRACE(c.s.metric);
    if (std::string(c.code).empty()) {
      EXPECT_FALSE(e.has_value());
    } else {
      ASSERT_TRUE(e.has_value());
      EXPECT_EQ(e->code, c.code);
      EXPECT_TRUE(e->field.starts_with("samples/0/"));
    }
  }
}

}  // namespace
}  // namespace colo::tsdb
