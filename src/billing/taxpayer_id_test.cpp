// The unified social credit code check (纳税人识别号 on the fapiao's buyer details).
#include "billing/taxpayer_id.hpp"

#include <gtest/gtest.h>

namespace colo::billing {
namespace {

TEST(CreditCode, RealCodesOfRegisteredCompaniesPass) {
  // Published on the companies' own filings: the check character holds for each.
  for (const char* code : {"9144030071526726XG",    // 深圳市腾讯计算机系统有限公司
                           "914403001922038216",    // 华为技术有限公司
                           "91330100799655058B",    // 阿里巴巴（中国）有限公司
                           "91110108551385082Q",    // 小米科技有限责任公司
                           "91350100M000100Y43"})   // the standard's own example
    EXPECT_TRUE(valid_credit_code(code)) << code;
}

TEST(CreditCode, WrongCheckLengthOrAlphabetFails) {
  for (const char* code : {"9144030071526726XH",    // check character changed
                           "914403001922038217",    // check digit changed
                           "914403001922038261",    // two characters swapped
                           "9144030071526726X",     // 17 characters
                           "9144030071526726XGG",   // 19
                           "9144030071526726xg",    // lower case (normalised before checking)
                           "91440300715267I6XG",    // I is not in the alphabet
                           "", "110101199003074512"})  // an identity card number is not a credit code
    EXPECT_FALSE(valid_credit_code(code)) << code;
}

TEST(CreditCode, NormalisedFromWhatPeopleType) {
  EXPECT_EQ(normalize_credit_code("9144 0300 7152 6726 xg"), "9144030071526726XG");
  EXPECT_TRUE(valid_credit_code(normalize_credit_code("91330100-79965505-8b")));
}

}  // namespace
}  // namespace colo::billing
