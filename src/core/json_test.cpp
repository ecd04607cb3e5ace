#include "core/json.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cmath>
#include <limits>

namespace colo {
namespace {

TEST(JsonTest, NullableRendersNullOrValue) {
  EXPECT_EQ(to_json(nullable(std::optional<int>{})), "null");
  EXPECT_EQ(to_json(nullable(std::optional<int>{3})), "3");
  EXPECT_EQ(to_json(nullable(std::optional<std::string>{"机房"})), "\"机房\"");
}

// Boost.JSON alone writes 7.86 as "7.86E0"; every decimal must read as written and parse back to
// the same double, whole numbers included.
TEST(JsonTest, DoublesArePlainShortestDecimalsThatParseBack) {
  struct Case {
    double value;
    const char* text;
  };
  const Case cases[] = {
      {7.86, "7.86"},
      {0.1, "0.1"},
      {1e-7, "0.0000001"},
      {1.5e-7, "0.00000015"},
      {12345678.9, "12345678.9"},
      {3.0, "3.0"},
      {-2.5, "-2.5"},
      {-0.001, "-0.001"},
      {0.0, "0.0"},
      {1e21, "1000000000000000000000.0"},
      {0.30000000000000004, "0.30000000000000004"},
  };
  for (const auto& c : cases) {
    const auto text = to_json(json::value(c.value));
    EXPECT_EQ(text, c.text) << c.value;
    EXPECT_EQ(text.find_first_of("eE"), std::string::npos) << text;
    auto back = json::parse(text);
    ASSERT_TRUE(back.is_double()) << text;
    EXPECT_EQ(back.get_double(), c.value) << text;
  }
  EXPECT_EQ(to_json(json::value(std::numeric_limits<double>::infinity())), "null");
  EXPECT_EQ(to_json(json::value(std::nan(""))), "null");
}

// Everything but doubles is written as Boost.JSON writes it.
TEST(JsonTest, OtherValuesMatchBoostSerialisation) {
  const json::value v = json::parse(
      R"({"a":[1,-2,18446744073709551615,true,false,null],"s":"q\"b\\s\n\t\r\b\f\u0001\u001f/机房","o":{},"e":[],)"
      R"("n":{"x":{"y":[{"z":"w"}]}}})");
  EXPECT_EQ(to_json(v), json::serialize(v));
  EXPECT_EQ(to_json(json::object{{"weight_kg", 7.86}, {"name", "r1"}}), R"({"weight_kg":7.86,"name":"r1"})");
}

// Strings are written in runs between escapes: escapes first, last, adjacent, alone, and none.
TEST(JsonTest, StringEscapesAtEveryPositionMatchBoostSerialisation) {
  for (std::string_view s : {"", "\"", "\n\n", "\"a", "a\"", "\\\"\t", "机房\u0002柜", "plain text", "a\tb\rc"}) {
    const json::value v = json::string(s);
    EXPECT_EQ(to_json(v), json::serialize(v)) << s;
  }
}

}  // namespace
}  // namespace colo
