// The price list's pure rules (R8.1): the price in force on a day, announced changes, and which
// new versions may follow the ones there are.
#include "billing/catalogue.hpp"

#include <gtest/gtest.h>

namespace colo::billing {
namespace {

Date d(const char* s) { return *parse_date(s); }

PriceVersion v(const char* from, std::optional<std::int64_t> price) {
  PriceVersion p;
  p.effective_from = d(from);
  p.price_fen = price;
  return p;
}

// 300 yuan from January, 320 from July, retired from next January, back at 350 in March.
const std::vector<PriceVersion> kHistory = {v("2026-01-01", 30000), v("2026-07-01", 32000),
                                            v("2027-01-01", std::nullopt), v("2027-03-01", 35000)};

TEST(CatalogueRules, R8_1_PriceOfAnItemOnADay) {
  struct Case {
    const char* day;
    std::optional<std::int64_t> price;
  };
  for (const auto& c : std::vector<Case>{{"2025-12-31", std::nullopt},
                                         {"2026-01-01", 30000},
                                         {"2026-06-30", 30000},
                                         {"2026-07-01", 32000},
                                         {"2026-12-31", 32000},
                                         {"2027-01-01", std::nullopt},
                                         {"2027-02-28", std::nullopt},
                                         {"2027-03-01", 35000},
                                         {"2030-01-01", 35000}})
    EXPECT_EQ(price_on(kHistory, d(c.day)), c.price) << c.day;
  // Stored order does not matter.
  std::vector<PriceVersion> shuffled = {kHistory[3], kHistory[1], kHistory[0], kHistory[2]};
  EXPECT_EQ(price_on(shuffled, d("2026-08-01")), std::optional<std::int64_t>(32000));
  EXPECT_EQ(price_on({}, d("2026-08-01")), std::nullopt);
}

TEST(CatalogueRules, R8_1_UpcomingAreTheVersionsAfterTheDayInOrder) {
  auto next = upcoming(kHistory, d("2026-07-01"));
  ASSERT_EQ(next.size(), 2u);
  EXPECT_EQ(next[0].effective_from, d("2027-01-01"));
  EXPECT_EQ(next[1].effective_from, d("2027-03-01"));
  EXPECT_TRUE(upcoming(kHistory, d("2027-03-01")).empty());
}

TEST(CatalogueRules, R8_1_ANewVersionStartsTodayOrLaterAndAfterTheLatest) {
  const std::vector<PriceVersion> two = {v("2026-01-01", 30000), v("2026-10-01", 32000)};
  struct Case {
    const char* from;
    std::optional<std::int64_t> price;
    const char* today;
    const char* code;  // "" when allowed
    const char* earliest;
  };
  for (const auto& c : std::vector<Case>{
           {"2026-09-20", 31000, "2026-09-21", "billing.price.in_past", "2026-10-02"},
           {"2026-09-21", 31000, "2026-09-21", "billing.price.before_latest", "2026-10-02"},
           {"2026-10-01", 31000, "2026-09-21", "billing.price.before_latest", "2026-10-02"},
           {"2026-10-02", 31000, "2026-09-21", "", ""},
           {"2026-10-02", std::nullopt, "2026-09-21", "", ""},
           {"2026-12-01", 33000, "2026-11-01", "", ""},
           {"2026-10-31", 33000, "2026-11-01", "billing.price.in_past", "2026-11-01"},
       }) {
    auto st = check_new_version(two, d(c.from), c.price, d(c.today));
    if (std::string(c.code).empty()) {
      EXPECT_TRUE(st.ok()) << c.from << " on " << c.today << ": " << st.error().code;
      continue;
    }
    ASSERT_FALSE(st.ok()) << c.from << " on " << c.today;
    EXPECT_EQ(st.error().code, c.code) << c.from;
    EXPECT_EQ(st.error().kind, ErrorKind::unprocessable);
    ASSERT_EQ(st.error().params.size(), 1u);
    EXPECT_EQ(st.error().params[0].value, c.earliest) << c.from << " on " << c.today;
  }
  // The first version of a new item: any day from today.
  EXPECT_TRUE(check_new_version({}, d("2026-09-21"), 100, d("2026-09-21")).ok());
  EXPECT_EQ(check_new_version({}, d("2026-09-20"), 100, d("2026-09-21")).error().code, "billing.price.in_past");
  // Retiring twice is refused; pricing again after a retirement is allowed.
  const std::vector<PriceVersion> retired = {v("2026-01-01", 30000), v("2026-02-01", std::nullopt)};
  EXPECT_EQ(check_new_version(retired, d("2026-09-21"), std::nullopt, d("2026-09-21")).error().code,
            "billing.price.already_retired");
  EXPECT_TRUE(check_new_version(retired, d("2026-09-21"), 40000, d("2026-09-21")).ok());
}

TEST(CatalogueRules, AnItemNamesItsServiceUnitModeAndMetric) {
  CatalogueItem ok;
  ok.code = "BW-BURST-P95-MBPS";
  ok.name_zh = "突发带宽";
  ok.name_en = "Burst bandwidth";
  ok.service = "bandwidth";
  ok.unit = "Mbps";
  ok.mode = "usage";
  ok.metric = "bandwidth_p95";
  ok.tax_rate_bp = 900;
  EXPECT_TRUE(validate_item(ok).empty());
  auto fields = [](const CatalogueItem& i) {
    std::vector<std::string> out;
    for (const auto& e : validate_item(i)) out.push_back(e.field);
    return out;
  };
  auto bad = ok;
  bad.metric.reset();
  EXPECT_EQ(fields(bad), std::vector<std::string>{"metric"});
  bad = ok;
  bad.mode = "recurring";
  EXPECT_EQ(fields(bad), std::vector<std::string>{"metric"});
  bad = ok;
  bad.code = "rack u";
  bad.service = "coffee";
  bad.tax_rate_bp = 10001;
  EXPECT_EQ(fields(bad), (std::vector<std::string>{"code", "service", "tax_rate_bp"}));
  EXPECT_EQ(default_tax_rate_bp("bandwidth"), 900);
  EXPECT_EQ(default_tax_rate_bp("rack_space"), 600);
}

}  // namespace
}  // namespace colo::billing
