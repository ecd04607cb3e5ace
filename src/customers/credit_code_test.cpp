#include "customers/credit_code.hpp"

#include <gtest/gtest.h>

namespace colo::customers {
namespace {

TEST(CreditCodeTest, R3_1_1_ValidCodesPassAndAlteredOnesFail) {
  // Published codes of real registrations (check character last).
  for (const char* ok : {"91350100M000100Y43", "91110000802100433B"})
    EXPECT_TRUE(valid_credit_code(ok)) << ok;
  for (const char* bad : {"91350100M000100Y44",   // wrong check character
                          "91350100M000100Y4",    // too short
                          "91350100M000100Y433",  // too long
                          "91350100I000100Y43",   // I is not in the alphabet
                          "91350100m000100Y43",   // lower case
                          ""})
    EXPECT_FALSE(valid_credit_code(bad)) << bad;
}

}  // namespace
}  // namespace colo::customers
