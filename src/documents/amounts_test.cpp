// How documents write money: thousands separators, tax rates, the amount in Chinese capitals and
// a statement's running balances.
#include "documents/amounts.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace colo::documents {
namespace {

TEST(FormatMoney, GroupsThousandsAndKeepsTwoDecimals) {
  const struct {
    std::int64_t fen;
    const char* text;
  } cases[] = {
      {0, "0.00"},
      {5, "0.05"},
      {100, "1.00"},
      {99999, "999.99"},
      {100000, "1,000.00"},
      {123456, "1,234.56"},
      {1234567890, "12,345,678.90"},
      {100000000000, "1,000,000,000.00"},
      {-5, "-0.05"},
      {-123456, "-1,234.56"},
      {std::numeric_limits<std::int64_t>::max(), "92,233,720,368,547,758.07"},
      {std::numeric_limits<std::int64_t>::min(), "-92,233,720,368,547,758.08"},
  };
  for (const auto& c : cases) EXPECT_EQ(format_money(c.fen), c.text) << c.fen;
}

TEST(FormatMoney, YuanSignComesAfterTheMinus) {
  EXPECT_EQ(format_yuan(123456), "¥1,234.56");
  EXPECT_EQ(format_yuan(-123456), "-¥1,234.56");
  EXPECT_EQ(format_yuan(0), "¥0.00");
}

TEST(FormatTaxRate, BasisPointsAsPercent) {
  EXPECT_EQ(format_tax_rate(600), "6%");
  EXPECT_EQ(format_tax_rate(900), "9%");
  EXPECT_EQ(format_tax_rate(1300), "13%");
  EXPECT_EQ(format_tax_rate(650), "6.5%");
  EXPECT_EQ(format_tax_rate(1325), "13.25%");
  EXPECT_EQ(format_tax_rate(5), "0.05%");
  EXPECT_EQ(format_tax_rate(0), "0%");
}

TEST(AmountInCapitals, FollowsTheRulesForWritingBills) {
  const struct {
    std::int64_t fen;
    const char* text;
  } cases[] = {
      {0, "零元整"},
      {5, "伍分"},
      {50, "伍角"},
      {15, "壹角伍分"},
      {100, "壹元整"},
      {1000, "壹拾元整"},  // 壹 before 拾, so that nothing can be written in front
      {1050, "壹拾元零伍角"},
      {10010, "壹佰元零壹角"},
      {1234567, "壹万贰仟叁佰肆拾伍元陆角柒分"},
      {140950, "壹仟肆佰零玖元伍角"},         // a zero inside the figure is written
      {600714, "陆仟零柒元壹角肆分"},         // a run of zeros is one 零
      {168032, "壹仟陆佰捌拾元零叁角贰分"},   // the units are zero, the jiao not
      {1640902, "壹万陆仟肆佰零玖元零贰分"},  // the jiao are zero, the fen not
      {32504, "叁佰贰拾伍元零肆分"},
      {10700053, "壹拾万柒仟元零伍角叁分"},  // zeros that end the 万 group before 仟
      {10050000, "壹拾万零伍佰元整"},
      {100000001, "壹佰万元零壹分"},
      {1001000000, "壹仟零壹万元整"},
      {10001000000, "壹亿零壹万元整"},
      {10000000100, "壹亿零壹元整"},
      {10000100000, "壹亿零壹仟元整"},
      {11111111111, "壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹元壹角壹分"},
      {-5, "负伍分"},
      {-1234567, "负壹万贰仟叁佰肆拾伍元陆角柒分"},
      {-100, "负壹元整"},
  };
  for (const auto& c : cases) EXPECT_EQ(amount_in_capitals(c.fen), c.text) << c.fen;
}

TEST(AmountInCapitals, WritesTheLargestAmounts) {
  // 92,233,720,368,547,758.07 yuan: 万亿 and 亿亿 above 亿.
  EXPECT_EQ(amount_in_capitals(std::numeric_limits<std::int64_t>::max()),
            "玖亿亿贰仟贰佰叁拾叁万亿柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分");
  EXPECT_EQ(amount_in_capitals(std::numeric_limits<std::int64_t>::min()).substr(0, 3), "负");
}

TEST(RunningBalances, DebitsAddAndCreditsSubtract) {
  Statement s;
  s.opening_balance = 10000;
  s.entries = {StatementEntry{.debit = 5000}, StatementEntry{.credit = 12000}, StatementEntry{.debit = 300},
               StatementEntry{.credit = 3300}};
  EXPECT_EQ(running_balances(s.opening_balance, s.entries), (std::vector<std::int64_t>{15000, 3000, 3300, 0}));
  EXPECT_EQ(closing_balance(s), 0);
  s.entries.push_back(StatementEntry{.credit = 700});
  EXPECT_EQ(closing_balance(s), -700);  // an overpayment is a credit in the customer's favour
  EXPECT_TRUE(running_balances(42, {}).empty());
}

}  // namespace
}  // namespace colo::documents
