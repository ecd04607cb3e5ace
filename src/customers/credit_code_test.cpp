#include "customers/credit_code.hpp"

#include <gtest/gtest.h>

#include <string>

namespace colo::customers {
namespace {

// Completes a code from its first 16 characters: the organisation code's own check digit, then
// the GB 32100 check character, so that a case fails only for the part it is about.
std::string complete(std::string first16) {
  first16.push_back(organisation_code_check_character(first16.substr(8, 8)));
  first16.push_back(credit_code_check_character(first16));
  return first16;
}

TEST(CreditCodeTest, R3_1_1_PublishedCodesPass) {
  // Codes of real registrations; each was checked part by part against the standard.
  for (const char* ok : {"91350100M000100Y43", "91110000802100433B", "91110000100010433L"})
    EXPECT_TRUE(valid_credit_code(ok)) << ok;
}

TEST(CreditCodeTest, R3_1_1_LengthAlphabetAndCheckCharacter) {
  for (const char* bad : {"91350100M000100Y44",   // wrong check character
                          "91350100M000100Y4",    // too short
                          "91350100M000100Y433",  // too long
                          "91350100I000100Y43",   // I is not in the alphabet
                          "91350100m000100Y43",   // lower case
                          ""})
    EXPECT_FALSE(valid_credit_code(bad)) << bad;
}

TEST(CreditCodeTest, R3_1_1_AllZeroesIsRefusedAlthoughItsCheckCharacterMatches) {
  // The final check character alone accepts it (0 weights to 0); the structure does not.
  EXPECT_EQ(credit_code_check_character("00000000000000000"), '0');
  EXPECT_FALSE(valid_credit_code("000000000000000000"));
}

TEST(CreditCodeTest, R3_1_1_AuthorityAndCategoryComeFromTheAllowedTable) {
  struct Case {
    const char* prefix;
    bool ok;
  };
  const Case cases[] = {
      {"11", true},  {"12", true},  {"13", true},  {"19", true},  {"14", false},  // 机构编制
      {"51", true},  {"52", true},  {"53", true},  {"59", true},  {"54", false},  // 民政
      {"91", true},  {"92", true},  {"93", true},  {"99", false}, {"94", false},  // 工商
      {"Y1", true},  {"Y2", false}, {"Y9", false},                                // 其他
      {"31", true},  {"35", true},  {"36", false}, {"81", true},  {"82", false},  // later authorities
      {"N3", true},  {"A1", true},  {"A2", false},                                //
      {"01", false}, {"B1", false}, {"X1", false}, {"90", false},
  };
  for (const auto& c : cases) {
    std::string code = complete(std::string(c.prefix) + "110000" + "80210043");
    EXPECT_EQ(valid_credit_code(code), c.ok) << code;
  }
}

TEST(CreditCodeTest, R3_1_1_DivisionIsSixDigitsOfAProvince) {
  struct Case {
    const char* division;
    bool ok;
  };
  const Case cases[] = {
      {"110108", true},  {"150000", true},  {"210000", true},  {"230100", true},  {"310115", true},  {"370000", true},
      {"410000", true},  {"460000", true},  {"500000", true},  {"540000", true},  {"610000", true},  {"650000", true},
      {"710000", true},  {"810000", true},  {"820000", true},  {"100000", true},  // national level: central bodies
      {"000000", false}, {"160000", false}, {"200000", false}, {"240000", false}, {"380000", false}, {"470000", false},
      {"550000", false}, {"660000", false}, {"720000", false}, {"830000", false}, {"990000", false}, {"101000", false},
      {"11A108", false}, {"1101B8", false},
  };
  for (const auto& c : cases) {
    std::string code = complete(std::string("91") + c.division + "80210043");
    EXPECT_EQ(valid_credit_code(code), c.ok) << code;
  }
}

TEST(CreditCodeTest, R3_1_1_EmbeddedOrganisationCodeCarriesItsOwnCheckDigit) {
  // GB 11714: weights 3 7 9 10 5 8 4 2, letters A=10 .. Z=35, 11 - sum mod 11, 10 -> X, 11 -> 0.
  EXPECT_EQ(organisation_code_check_character("80210043"), '3');
  EXPECT_EQ(organisation_code_check_character("M000100Y"), '4');
  EXPECT_EQ(organisation_code_check_character("MA01ACME"), 'X');  // remainder 1 -> 10 -> X
  EXPECT_EQ(organisation_code_check_character("00000000"), '0');  // remainder 0 -> 11 -> 0
  EXPECT_EQ(organisation_code_check_character("0000000a"), '\0');

  // A wrong ninth character fails even when the final check character is recomputed to match.
  for (char wrong : {'0', '1', '2', '4', 'X'}) {
    std::string first17 = std::string("91110000") + "80210043" + wrong;
    std::string code = first17 + credit_code_check_character(first17);
    EXPECT_FALSE(valid_credit_code(code)) << code;
  }
  EXPECT_TRUE(valid_credit_code(complete("9111000080210043")));
}

}  // namespace
}  // namespace colo::customers
