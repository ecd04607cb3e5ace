// Billing periods, proration by days, rounding and tax (R8.2.2).
#include "billing/periods.hpp"

#include <gtest/gtest.h>

namespace colo::billing {
namespace {

Date d(const char* s) { return *parse_date(s); }

contracts::LineItem rack(std::int64_t qty, std::int64_t price, std::string cycle = "monthly") {
  contracts::LineItem l;
  l.service = "rack_space";
  l.description = "42U 机柜";
  l.quantity = qty;
  l.unit_price_fen = price;
  l.billing_cycle = std::move(cycle);
  return l;
}

TEST(Rounding, HalfUpToTheFenAndSymmetricForCredits) {
  struct Case {
    std::int64_t num, den, want;
  } cases[] = {{5, 10, 1}, {4, 10, 0}, {15, 10, 2}, {14, 10, 1}, {-5, 10, -1}, {-4, 10, 0},
               {0, 7, 0},  {7, 7, 1},  {10, 4, 3},  {9, 4, 2},   {1, 3, 0},    {2, 3, 1}};
  for (const auto& c : cases) EXPECT_EQ(round_half_up_div(c.num, c.den), c.want) << c.num << "/" << c.den;
}

TEST(Rounding, TaxPerLineIsHalfUp) {
  EXPECT_EQ(tax_for(10000, 600), 600);
  EXPECT_EQ(tax_for(25, 600), 2);    // 1.5 -> 2
  EXPECT_EQ(tax_for(24, 600), 1);    // 1.44 -> 1
  EXPECT_EQ(tax_for(50, 900), 5);    // 4.5 -> 5
  EXPECT_EQ(tax_for(-25, 600), -2);  // a credit's tax mirrors the charge's
}

TEST(Periods, CalendarMonthsQuartersAndYears) {
  struct Case {
    const char* day;
    const char* cycle;
    const char* start;
    const char* end;
    int days;
  } cases[] = {
      {"2026-02-10", "monthly", "2026-02-01", "2026-02-28", 28},
      {"2028-02-29", "monthly", "2028-02-01", "2028-02-29", 29},  // leap year
      {"2026-01-31", "monthly", "2026-01-01", "2026-01-31", 31},
      {"2026-05-15", "quarterly", "2026-04-01", "2026-06-30", 91},
      {"2026-12-31", "quarterly", "2026-10-01", "2026-12-31", 92},
      {"2026-02-01", "quarterly", "2026-01-01", "2026-03-31", 90},
      {"2028-03-01", "quarterly", "2028-01-01", "2028-03-31", 91},
      {"2026-07-04", "yearly", "2026-01-01", "2026-12-31", 365},
      {"2028-07-04", "yearly", "2028-01-01", "2028-12-31", 366},
  };
  for (const auto& c : cases) {
    const auto p = period_containing(d(c.day), c.cycle);
    EXPECT_EQ(format_date(p.start), c.start) << c.day << " " << c.cycle;
    EXPECT_EQ(format_date(p.end), c.end) << c.day << " " << c.cycle;
    EXPECT_EQ(p.days(), c.days) << c.day << " " << c.cycle;
  }
  EXPECT_EQ(format_date(next_period(period_containing(d("2026-12-05"), "monthly"), "monthly").start), "2027-01-01");
  EXPECT_EQ(format_date(next_period(period_containing(d("2026-11-05"), "quarterly"), "quarterly").end), "2027-03-31");
}

// One version, the contract starting and ending mid-period: the days in service of the period.
TEST(Proration, PartialFirstAndLastPeriodsByDays) {
  contracts::Terms t;
  t.line_items = {rack(2, 300000)};  // 2 racks at 3,000.00 yuan a month
  struct Case {
    const char* period_day;
    const char* cycle;
    const char* from;
    const char* to;
    std::int64_t want;
    int days;
  } cases[] = {
      {"2026-03-01", "monthly", "2026-03-01", "2027-02-28", 600000, 31},  // a full month
      {"2026-03-01", "monthly", "2026-03-16", "2027-03-15", 309677, 16},  // 600000 × 16 / 31 = 309677.4
      {"2026-02-01", "monthly", "2026-02-15", "2027-02-14", 300000, 14},  // February: 14 of 28 days
      {"2028-02-01", "monthly", "2028-02-15", "2029-02-14", 310345, 15},  // leap February: 15 of 29
      {"2027-03-01", "monthly", "2026-03-16", "2027-03-15", 290323, 15},  // the last period: 15 of 31
      {"2026-03-01", "monthly", "2026-04-01", "2027-03-31", 0, 0},        // before the start
  };
  for (const auto& c : cases) {
    const auto p = period_containing(d(c.period_day), c.cycle);
    const auto due = recurring_due({{d(c.from), &t}}, p, c.cycle, d(c.from), d(c.to));
    if (c.want == 0) {
      EXPECT_TRUE(due.empty()) << c.period_day;
      continue;
    }
    ASSERT_EQ(due.size(), 1u) << c.period_day;
    EXPECT_EQ(due.begin()->second.amount_fen, c.want) << c.period_day << " " << c.from;
    EXPECT_EQ(due.begin()->second.days, c.days) << c.period_day << " " << c.from;
  }
}

TEST(Proration, QuarterAndYearLinesCountTheirOwnPeriodDays) {
  contracts::Terms q;
  q.line_items = {rack(1, 910000, "quarterly")};  // 9,100.00 a quarter
  // Q2 2026 has 91 days; starting 2026-05-01 leaves 61 of them: 910000 × 61 / 91 = 610000.
  auto due = recurring_due({{d("2026-05-01"), &q}}, period_containing(d("2026-05-01"), "quarterly"), "quarterly",
                           d("2026-05-01"), d("2027-04-30"));
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due.begin()->second.amount_fen, 610000);
  contracts::Terms y;
  y.line_items = {rack(1, 3650000, "yearly")};
  // 2026-07-01 .. 2026-12-31 is 184 of 365 days: 3650000 × 184 / 365 = 1840000.
  due = recurring_due({{d("2026-07-01"), &y}}, period_containing(d("2026-07-01"), "yearly"), "yearly", d("2026-07-01"),
                      d("2027-06-30"));
  EXPECT_EQ(due.begin()->second.amount_fen, 1840000);
  // A monthly line is not due in the quarterly run, nor the reverse.
  EXPECT_TRUE(recurring_due({{d("2026-05-01"), &q}}, period_containing(d("2026-05-01"), "monthly"), "monthly",
                            d("2026-05-01"), d("2027-04-30"))
                  .empty());
}

TEST(Proration, ChangeAgreementMidPeriodChangesThePriceFromItsDate) {
  contracts::Terms v1, v2;
  v1.line_items = {rack(1, 310000)};  // 3,100.00 a month
  v2.line_items = {rack(1, 620000)};  // doubled from 2026-03-11
  const auto p = period_containing(d("2026-03-01"), "monthly");
  const auto due =
      recurring_due({{d("2026-01-01"), &v1}, {d("2026-03-11"), &v2}}, p, "monthly", d("2026-01-01"), d("2026-12-31"));
  ASSERT_EQ(due.size(), 1u);
  // 10 days at 310000/31 + 21 days at 620000/31 = 100000 + 420000.
  EXPECT_EQ(due.begin()->second.amount_fen, 520000);
  EXPECT_EQ(due.begin()->second.line->unit_price_fen, 620000);
  // A version superseded the same day it takes effect counts for nothing.
  const auto same_day = recurring_due({{d("2026-01-01"), &v1}, {d("2026-03-01"), &v1}, {d("2026-03-01"), &v2}}, p,
                                      "monthly", d("2026-01-01"), d("2026-12-31"));
  EXPECT_EQ(same_day.begin()->second.amount_fen, 620000);
}

TEST(Proration, TerminationShortensTheLastPeriod) {
  contracts::Terms t;
  t.line_items = {rack(1, 300000)};
  const auto p = period_containing(d("2026-06-01"), "monthly");
  // Ended on 2026-06-10: 10 of 30 days.
  const auto due = recurring_due({{d("2026-01-01"), &t}}, p, "monthly", d("2026-01-01"), d("2026-06-10"));
  EXPECT_EQ(due.begin()->second.amount_fen, 100000);
  // A period after the end is due nothing (the run credits what was charged for it).
  EXPECT_TRUE(recurring_due({{d("2026-01-01"), &t}}, period_containing(d("2026-07-01"), "monthly"), "monthly",
                            d("2026-01-01"), d("2026-06-10"))
                  .empty());
}

TEST(Periods, BilledInAdvanceWithinTheLeadDays) {
  // On 2026-03-25 with 7 days' lead, April starts within the lead: March and April are due.
  auto ps = periods_to_bill("monthly", d("2026-03-16"), d("2027-03-15"), d("2026-03-25"), 7);
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(format_date(ps[1].start), "2026-04-01");
  // On 2026-03-20 April is 12 days away.
  EXPECT_EQ(periods_to_bill("monthly", d("2026-03-16"), d("2027-03-15"), d("2026-03-20"), 7).size(), 1u);
  // Nothing after the last day of service.
  EXPECT_EQ(periods_to_bill("monthly", d("2026-03-16"), d("2026-04-15"), d("2026-06-30"), 7).size(), 2u);
  // A contract starting beyond the lead is not billed yet.
  EXPECT_TRUE(periods_to_bill("monthly", d("2026-05-01"), d("2027-04-30"), d("2026-04-01"), 7).empty());
}

TEST(Usage, InArrearsForWindowsThatHaveEnded) {
  auto ws = usage_windows("monthly", d("2026-03-16"), d("2027-03-15"), d("2026-05-02"));
  ASSERT_EQ(ws.size(), 2u);
  EXPECT_EQ(format_date(ws[0].start), "2026-03-16");  // the first window starts with the service
  EXPECT_EQ(format_date(ws[0].end), "2026-03-31");
  EXPECT_EQ(format_date(ws[1].end), "2026-04-30");
  // Terminated on 2026-05-20: May's window ends then and is billed once that day has passed.
  ws = usage_windows("monthly", d("2026-03-16"), d("2026-05-20"), d("2026-05-21"));
  ASSERT_EQ(ws.size(), 3u);
  EXPECT_EQ(format_date(ws[2].end), "2026-05-20");
  EXPECT_EQ(usage_windows("monthly", d("2026-03-16"), d("2026-05-20"), d("2026-05-20")).size(), 2u);
}

TEST(Usage, IncludedQuantityIsNotBilled) {
  struct Case {
    std::int64_t measured_milli, included, price, want_milli, want_fen;
  } cases[] = {
      {250500, 200, 5000, 50500, 252500},  // 250.5 Mbps, 200 included, 50.00 a Mbps
      {150000, 200, 5000, 0, 0},           // under the commitment: nothing
      {200000, 200, 5000, 0, 0},
      {1234, 0, 333, 1234, 411},  // 1.234 kWh × 3.33 = 4.10922 -> 4.11
      {1500, 0, 1, 1500, 2},      // 1.5 fen -> 2
  };
  for (const auto& c : cases) {
    const auto b = billable_milli(c.measured_milli, c.included * 1000);
    EXPECT_EQ(b, c.want_milli);
    EXPECT_EQ(usage_amount(b, c.price), c.want_fen);
  }
}

// A contract starting or ending inside a period includes only its days' share of the committed
// bandwidth or included energy; a whole period includes all of it.
TEST(Usage, IncludedQuantityIsProratedByDaysForAPartialWindow) {
  struct Case {
    const char *from, *to, *cycle;
    std::int64_t included, want_milli;
  } cases[] = {
      {"2026-03-01", "2026-03-31", "monthly", 200, 200000},      // the whole month
      {"2026-03-16", "2026-03-31", "monthly", 200, 103226},      // 16 of 31 days: 103.2258 -> 103.226
      {"2026-03-01", "2026-03-15", "monthly", 200, 96774},       // ended on the 15th: 15/31
      {"2026-02-15", "2026-02-28", "monthly", 100, 50000},       // 14 of 28 days
      {"2026-03-31", "2026-03-31", "monthly", 31, 1000},         // one day of 31
      {"2026-04-01", "2026-06-30", "quarterly", 1000, 1000000},  // the whole quarter
      {"2026-05-01", "2026-06-30", "quarterly", 910, 610000},    // 61 of 91 days
      {"2026-03-16", "2026-03-31", "monthly", 0, 0},             // nothing included
  };
  for (const auto& c : cases) {
    const Period w{d(c.from), d(c.to)};
    EXPECT_EQ(included_milli(c.included, w, c.cycle), c.want_milli) << c.from << ".." << c.to << " " << c.cycle;
  }
  // Measured 150 Mbps over the second half of March against a 200 Mbps commitment: 46.774 billed.
  EXPECT_EQ(billable_milli(150000, included_milli(200, {d("2026-03-16"), d("2026-03-31")}, "monthly")), 46774);
}

TEST(LineKeys, StableNamesAcrossVersionsWithDuplicatesNumbered) {
  auto a = rack(1, 100);
  auto b = rack(2, 200);  // same service and description
  contracts::LineItem c;
  c.service = "power";
  c.description = "电力";
  c.catalogue_item = "POWER-KW";
  contracts::LineItem once = c;
  once.mode = "one_off";
  const auto keys = line_keys({a, b, c, once});
  EXPECT_EQ(keys[0], "r:rack_space:42U 机柜");
  EXPECT_EQ(keys[1], "r:rack_space:42U 机柜#2");
  EXPECT_EQ(keys[2], "r:POWER-KW");
  EXPECT_EQ(keys[3], "o:POWER-KW");
}

}  // namespace
}  // namespace colo::billing
