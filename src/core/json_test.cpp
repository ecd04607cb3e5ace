#include "core/json.hpp"

#include <gtest/gtest.h>

namespace colo {
namespace {

TEST(JsonTest, NullableRendersNullOrValue) {
  EXPECT_EQ(to_json(nullable(std::optional<int>{})), "null");
  EXPECT_EQ(to_json(nullable(std::optional<int>{3})), "3");
  EXPECT_EQ(to_json(nullable(std::optional<std::string>{"机房"})), "\"机房\"");
}

}  // namespace
}  // namespace colo
