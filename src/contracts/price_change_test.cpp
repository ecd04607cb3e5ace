// Lines from the price list and what makes a change agreement a price change (R8.1, R8.3). Pure.
#include "contracts/price_change.hpp"

#include <gtest/gtest.h>

namespace colo::contracts {
namespace {

LineItem line(std::string service, std::int64_t price, std::string cycle = "monthly", std::string mode = "recurring") {
  LineItem l{std::move(service), "", 1, price, std::move(cycle)};
  l.mode = std::move(mode);
  if (l.mode == "usage") l.metric = "bandwidth_p95";
  return l;
}

Terms terms(std::vector<LineItem> lines) {
  Terms t;
  t.line_items = std::move(lines);
  return t;
}

TEST(PriceChange, PriceForAnotherCycleIsTheSamePerYearRoundedHalfUp) {
  EXPECT_EQ(price_for_cycle(100, "monthly", "quarterly"), 300);
  EXPECT_EQ(price_for_cycle(100, "monthly", "yearly"), 1200);
  EXPECT_EQ(price_for_cycle(1000, "yearly", "monthly"), 83);  // 83.33
  EXPECT_EQ(price_for_cycle(1002, "yearly", "monthly"), 84);  // 83.5 -> 84
  EXPECT_EQ(price_for_cycle(300, "quarterly", "monthly"), 100);
  EXPECT_EQ(price_for_cycle(0, "monthly", "yearly"), 0);
}

TEST(PriceChange, R8_1_ALineTakesWhatItLeftOutFromTheListEntry) {
  const ListEntry bw{"BW-COMMIT-MBPS", "保底带宽",   "bandwidth", "Mbps", "recurring",
                     "monthly",        std::nullopt, 900,         2500};
  LineItem l;
  l.catalogue_item = "BW-COMMIT-MBPS";
  l.quantity = 100;
  l.from_list = {.service = true,
                 .description = true,
                 .unit_price = true,
                 .billing_cycle = true,
                 .mode = true,
                 .unit = true,
                 .tax_rate = true,
                 .metric = true};
  ASSERT_TRUE(fill_from_list(l, bw));
  EXPECT_EQ(l.service, "bandwidth");
  EXPECT_EQ(l.description, "保底带宽");
  EXPECT_EQ(l.unit_price_fen, 2500);
  EXPECT_EQ(l.unit_name(), "Mbps");
  EXPECT_EQ(l.tax_rate(), 900);
  EXPECT_FALSE(l.from_list.any());

  // The negotiated price and a quarterly cycle stay; a list price left out follows the cycle.
  LineItem negotiated;
  negotiated.catalogue_item = "BW-COMMIT-MBPS";
  negotiated.unit_price_fen = 2000;
  negotiated.billing_cycle = "quarterly";
  negotiated.from_list = {.service = true, .tax_rate = true};
  ASSERT_TRUE(fill_from_list(negotiated, bw));
  EXPECT_EQ(negotiated.unit_price_fen, 2000);
  LineItem quarterly = negotiated;
  quarterly.from_list = {.unit_price = true};
  ASSERT_TRUE(fill_from_list(quarterly, bw));
  EXPECT_EQ(quarterly.unit_price_fen, 7500);

  // A retired item (no price that day) cannot price a line that gives none.
  ListEntry retired = bw;
  retired.price_fen.reset();
  LineItem unpriced;
  unpriced.catalogue_item = "BW-COMMIT-MBPS";
  unpriced.from_list = {.unit_price = true};
  EXPECT_FALSE(fill_from_list(unpriced, retired));
  LineItem priced = unpriced;
  priced.from_list = {};
  EXPECT_TRUE(fill_from_list(priced, retired));
}

TEST(PriceChange, R8_3_WhatCountsAsAPriceRise) {
  const Terms before =
      terms({line("rack_space", 30000), line("power", 80000), line("bandwidth", 3500, "monthly", "usage")});
  struct Case {
    const char* what;
    std::vector<LineItem> after;
    std::vector<int> raised;  // positions in `after`
  };
  auto with = [&](int i, std::int64_t price) {
    auto lines = before.line_items;
    lines[i].unit_price_fen = price;
    return lines;
  };
  auto more_units = before.line_items;
  more_units[0].quantity = 10;
  auto quarterly_same = before.line_items;
  quarterly_same[1].billing_cycle = "quarterly";
  quarterly_same[1].unit_price_fen = 240000;
  auto quarterly_dearer = quarterly_same;
  quarterly_dearer[1].unit_price_fen = 240003;
  auto less_included = before.line_items;
  less_included[2].included_quantity = -1;  // below the 0 before: never valid, but the rule still sees it
  auto new_recurring = before.line_items;
  new_recurring.push_back(line("ip_addresses", 5000));
  auto new_one_off = before.line_items;
  new_one_off.push_back(line("other", 100000, "monthly", "one_off"));
  auto new_free = before.line_items;
  new_free.push_back(line("ip_addresses", 0));
  auto reordered = std::vector<LineItem>{before.line_items[2], before.line_items[0], before.line_items[1]};
  auto dropped = std::vector<LineItem>{before.line_items[0]};
  for (const auto& c : std::vector<Case>{
           {"unchanged", before.line_items, {}},
           {"rack price up", with(0, 30001), {0}},
           {"rack price down", with(0, 29000), {}},
           {"usage price up", with(2, 4000), {2}},
           {"more units at the same price", more_units, {}},
           {"quarterly at three times the monthly price", quarterly_same, {}},
           {"quarterly above three times", quarterly_dearer, {1}},
           {"less included at the same price", less_included, {2}},
           {"a new recurring charge", new_recurring, {3}},
           {"a new one-off charge", new_one_off, {}},
           {"a new line at no charge", new_free, {}},
           {"the same lines in another order", reordered, {}},
           {"a line dropped", dropped, {}},
       }) {
    std::vector<int> got;
    for (const auto& r : price_rises(before, terms(c.after))) got.push_back(r.line);
    EXPECT_EQ(got, c.raised) << c.what;
  }
  const auto rise = price_rises(before, terms(with(1, 90000)));
  ASSERT_EQ(rise.size(), 1u);
  EXPECT_EQ(rise[0].old_price_fen, std::optional<std::int64_t>(80000));
  EXPECT_EQ(rise[0].new_price_fen, 90000);
  EXPECT_EQ(price_rises(before, terms(new_recurring))[0].old_price_fen, std::nullopt);
}

TEST(PriceChange, R8_3_LinesNamingAnItemArePairedByIt) {
  auto a = line("rack_space", 30000);
  a.catalogue_item = "RACK-U";
  auto b = line("rack_space", 50000);  // another rack line at a negotiated price, not from the list
  const Terms before = terms({a, b});
  auto a2 = a;
  a2.unit_price_fen = 31000;
  // The listed line went up even though the unlisted one is dearer still.
  auto rises = price_rises(before, terms({b, a2}));
  ASSERT_EQ(rises.size(), 1u);
  EXPECT_EQ(rises[0].line, 1);
  EXPECT_EQ(rises[0].catalogue_item, std::optional<std::string>("RACK-U"));
}

TEST(PriceChange, R8_3_TheEarliestDateIsTheNoticePeriodAfterTheNotice) {
  EXPECT_EQ(earliest_effective(*parse_date("2026-09-21"), 30), *parse_date("2026-10-21"));
  EXPECT_EQ(earliest_effective(*parse_date("2026-09-21"), 0), *parse_date("2026-09-21"));
}

}  // namespace
}  // namespace colo::contracts
