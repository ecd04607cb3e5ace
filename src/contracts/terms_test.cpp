// Contract terms, change agreements, renewal, versions in force and reminders: table tests.
#include "contracts/terms.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "auth/permissions.hpp"
#include "contracts/amendment_flow.hpp"

namespace colo::contracts {
namespace {

Date d(const char* s) { return *parse_date(s); }

Terms sample() {
  Terms t;
  t.effective_date = d("2026-01-15");
  t.end_date = term_end(t.effective_date, 12);
  t.term_months = 12;
  t.line_items = {{"rack_space", "10U in hall 1", 10, 50'000, "monthly"}};
  return t;
}

TEST(Terms, TermEndIsTheDayBeforeTheSameDateMonthsLater) {
  EXPECT_EQ(term_end(d("2026-01-15"), 12), d("2027-01-14"));
  EXPECT_EQ(term_end(d("2026-01-01"), 1), d("2026-01-31"));
  EXPECT_EQ(term_end(d("2026-01-31"), 1), d("2026-02-27"));  // clamped to Feb 28, then the day before
}

TEST(Terms, R3_2_3_ValidTermsNeedAnEndAfterTheStartAndALineItem) {
  EXPECT_TRUE(validate_terms(sample()).empty());
  auto bad = sample();
  bad.end_date = d("2026-01-14");
  auto e = validate_terms(bad);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].field, "end_date");
  EXPECT_EQ(e[0].code, "before_start");
  bad.end_date = bad.effective_date;
  EXPECT_EQ(validate_terms(bad).at(0).code, "before_start");
  auto none = sample();
  none.line_items.clear();
  EXPECT_EQ(validate_terms(none).at(0).field, "line_items");
  auto money = sample();
  money.line_items[0].unit_price_fen = -1;
  EXPECT_EQ(validate_terms(money).at(0).field, "line_items/0/unit_price_fen");
  auto sla = sample();
  sla.sla_availability_bp = 10001;
  EXPECT_EQ(validate_terms(sla).at(0).field, "sla_availability_bp");
  auto secret = sample();
  secret.confidentiality_years = 0;
  EXPECT_EQ(validate_terms(secret).at(0).field, "confidentiality_years");
}

TEST(Terms, AmountsAreTheMonthlyEquivalentAndTheTotalOverTheTerm) {
  struct Case {
    std::vector<LineItem> items;
    int months;
    std::int64_t monthly, total;
  };
  const std::vector<Case> cases = {
      {{}, 12, 0, 0},
      {{{"rack_space", "", 10, 50'000, "monthly"}}, 12, 500'000, 6'000'000},
      // A quarterly 300.00 is 100.00 a month; a yearly 1,200.00 is 100.00 a month.
      {{{"bandwidth", "", 1, 30'000, "quarterly"}, {"ip", "", 1, 120'000, "yearly"}}, 24, 20'000, 480'000},
      // 1 fen a quarter: a third of a fen a month rounds to 0, but 36 months make 12 fen exactly.
      {{{"other", "", 1, 1, "quarterly"}}, 36, 0, 12},
      // Half a fen rounds up: 6 fen a year is 0.5 fen a month.
      {{{"other", "", 6, 1, "yearly"}}, 1, 1, 1},
      // A credit line lowers the amounts: 99.995 a month rounds up to 100.00, the year is exact.
      {{{"rack_space", "", 1, 10'000, "monthly"}, {"other", "", 1, -6, "yearly"}}, 12, 10'000, 119'994},
      // A net credit rounds away from zero at the half.
      {{{"other", "", 1, -6, "yearly"}}, 1, -1, -1},
  };
  for (const auto& c : cases) {
    Terms t = sample();
    t.line_items = c.items;
    t.term_months = c.months;
    auto a = amounts(t);
    EXPECT_EQ(a.monthly_fen, c.monthly) << c.months;
    EXPECT_EQ(a.total_fen, c.total) << c.months;
  }
}

TEST(Terms, R8_2_2_LinesSayHowTheyAreBilledAndAtWhichTaxRate) {
  LineItem bw{"bandwidth", "100 Mbps", 100, 5'000, "monthly"};
  EXPECT_EQ(bw.tax_rate(), 900);  // leased bandwidth: basic telecom
  EXPECT_EQ(bw.unit_name(), "Mbps");
  LineItem rack{"rack_space", "8U", 8, 30'000, "monthly"};
  EXPECT_EQ(rack.tax_rate(), 600);  // value-added telecom
  rack.tax_rate_bp = 1300;
  EXPECT_EQ(rack.tax_rate(), 1300);

  auto t = sample();
  LineItem burst{"bandwidth", "burst above 100 Mbps", 1, 4'000, "monthly", "usage"};
  t.line_items.push_back(burst);  // a usage line without a metric
  auto e = validate_terms(t);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].field, "line_items/1/metric");
  t.line_items[1].metric = "bandwidth_p95";
  t.line_items[1].p95_basis = "median";
  e = validate_terms(t);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].field, "line_items/1/p95_basis");
  t.line_items[1].p95_basis = "sample_max";
  EXPECT_TRUE(validate_terms(t).empty());
  t.line_items[0].metric = "power_kwh";  // a recurring line cannot measure
  EXPECT_EQ(validate_terms(t).at(0).field, "line_items/0/metric");
}

TEST(Terms, AmountsCountRecurringLinesMonthlyAndOneOffLinesOnceInTheTotal) {
  auto t = sample();  // 10 x 500.00 monthly over 12 months
  LineItem install{"other", "installation", 1, 200'000, "monthly", "one_off"};
  LineItem power{"power", "metered", 1, 120, "monthly", "usage"};
  power.metric = "power_kwh";
  t.line_items.push_back(install);
  t.line_items.push_back(power);
  auto a = amounts(t);
  EXPECT_EQ(a.monthly_fen, 500'000);
  EXPECT_EQ(a.total_fen, 500'000 * 12 + 200'000);
}

TEST(Terms, LinesStoredBeforeBillingModesReadAsRecurringAtTheServiceRate) {
  auto stored = boost::json::parse(R"({"effective_date":"2026-01-15","end_date":"2027-01-14","term_months":12,
    "auto_renew":false,"notice_days":30,"currency":"CNY","sla_availability_bp":9990,"sla_response_minutes":30,
    "late_fee_bp_per_day":5,"confidentiality_years":3,
    "line_items":[{"service":"bandwidth","description":"50M","quantity":50,"unit_price_fen":6000,
                   "billing_cycle":"monthly"}]})");
  auto t = terms_from_json(stored);
  ASSERT_TRUE(t.ok()) << t.error().message;
  ASSERT_EQ(t->line_items.size(), 1u);
  EXPECT_EQ(t->line_items[0].mode, "recurring");
  EXPECT_EQ(t->line_items[0].tax_rate(), 900);
  EXPECT_FALSE(t->line_items[0].metric.has_value());
  EXPECT_EQ(t->late_fee_cap_bp, 3000);  // the default cap
}

TEST(Terms, R10_3_ConfidentialityRunsFromTheEffectiveDate) {
  auto t = sample();
  t.confidentiality_years = 5;
  EXPECT_EQ(confidentiality_until(t), d("2031-01-15"));
}

TEST(Terms, R11_2_1_RenewalIsTheNextTermFromTheDayAfterTheEnd) {
  auto r = renewed(sample());
  EXPECT_EQ(r.effective_date, d("2026-01-15"));
  EXPECT_EQ(r.end_date, d("2028-01-14"));
}

TEST(Terms, R11_1_AChangeAgreementChangesWhatItSaysFromItsDate) {
  auto t = sample();
  const Date today = d("2026-03-01");
  AmendmentInput in{d("2026-04-01"), "More power", "", {}};
  in.changes.line_items = std::vector<LineItem>{{"power", "2 kW", 2, 30'000, "monthly"}};
  EXPECT_TRUE(validate_amendment(t, in, today).empty());
  auto after = apply_changes(t, in.changes);
  EXPECT_EQ(after.line_items.at(0).service, "power");
  EXPECT_EQ(after.end_date, t.end_date);

  struct Bad {
    AmendmentInput in;
    std::string field, code;
  };
  AmendmentInput nothing{d("2026-04-01"), "Nothing", "", {}};
  AmendmentInput past = in;
  past.effective_date = d("2026-02-28");
  AmendmentInput outside = in;
  outside.effective_date = d("2027-02-01");
  AmendmentInput early_end = in;
  early_end.changes.end_date = d("2026-03-31");
  AmendmentInput before_start = in;
  before_start.changes.end_date = d("2026-01-10");
  for (const auto& [input, field, code] : std::vector<Bad>{{nothing, "changes", "required"},
                                                           {past, "effective_date", "in_past"},
                                                           {outside, "effective_date", "outside_contract"},
                                                           {early_end, "changes/end_date", "before_effective"}}) {
    auto e = validate_amendment(t, input, today);
    ASSERT_FALSE(e.empty()) << field;
    EXPECT_EQ(e[0].field, field);
    EXPECT_EQ(e[0].code, code);
  }
  bool found = false;
  for (const auto& e : validate_amendment(t, before_start, today)) found = found || e.field == "changes/end_date";
  EXPECT_TRUE(found);
}

TEST(Terms, R11_1_TheVersionInForceOnADay) {
  std::vector<Version> v(3);
  v[0].version = 1;
  v[0].effective_from = d("2026-01-15");
  v[1].version = 2;
  v[1].effective_from = d("2026-04-01");
  v[2].version = 3;
  v[2].effective_from = d("2026-04-01");  // same day, later agreement wins
  EXPECT_EQ(in_force(v, d("2026-01-14")), nullptr);
  EXPECT_EQ(in_force(v, d("2026-01-15"))->version, 1);
  EXPECT_EQ(in_force(v, d("2026-03-31"))->version, 1);
  EXPECT_EQ(in_force(v, d("2026-04-01"))->version, 3);
  EXPECT_EQ(in_force(v, d("2030-01-01"))->version, 3);
}

TEST(Terms, R11_2_RenewalRemindersAt60_30And7DaysEachOnce) {
  const Date end = d("2026-12-31");
  struct Case {
    const char* today;
    std::set<int> sent;
    std::optional<int> expect;
  };
  for (const auto& c : std::vector<Case>{{"2026-10-31", {}, std::nullopt},
                                         {"2026-11-01", {}, 60},
                                         {"2026-11-15", {60}, std::nullopt},
                                         {"2026-12-01", {60}, 30},
                                         {"2026-12-01", {60, 30}, std::nullopt},
                                         {"2026-12-10", {}, 30},  // a late first run: only the nearest
                                         {"2026-12-24", {60, 30}, 7},
                                         {"2026-12-31", {60, 30}, 7},
                                         {"2026-12-31", {7}, std::nullopt},
                                         {"2027-01-01", {}, std::nullopt}}) {
    EXPECT_EQ(reminder_due(end, d(c.today), c.sent), c.expect) << c.today;
  }
}

TEST(Terms, StoredFormRoundTrips) {
  auto t = sample();
  t.auto_renew = true;
  auto back = terms_from_json(terms_json(t)).take();
  EXPECT_EQ(back.end_date, t.end_date);
  EXPECT_TRUE(back.auto_renew);
  EXPECT_EQ(back.line_items.at(0).unit_price_fen, 50'000);
  Changes c;
  c.end_date = d("2027-06-30");
  c.notice_days = 60;
  auto cb = changes_from_json(changes_json(c)).take();
  EXPECT_EQ(cb.end_date, c.end_date);
  EXPECT_EQ(cb.notice_days, 60);
  EXPECT_FALSE(cb.line_items);
}

Context as(std::string role, bool customer) {
  auto p = std::make_shared<Principal>();
  p->user_id = 1;
  p->roles = {role};
  p->permissions = auth::permissions_for({role});
  if (customer) p->customer_id = 3;
  return Context{p, "", "test"};
}

TEST(AmendmentFlow, R11_1_TheOtherSideAgrees) {
  struct Case {
    std::string state, action, role;
    bool customer;
    std::string comment, expect;
  };
  const auto& def = amendment_workflow();
  for (const auto& c : std::vector<Case>{
           {"proposed_by_operator", "agree", "customer_admin", true, "", "ok:agreed"},
           {"proposed_by_operator", "agree", "business", false, "", "forbidden"},
           {"proposed_by_operator", "agree", "customer_user", true, "", "forbidden"},
           {"proposed_by_customer", "agree", "business", false, "", "ok:agreed"},
           {"proposed_by_customer", "agree", "customer_admin", true, "", "forbidden"},
           {"proposed_by_customer", "reject", "business", false, "", "validation_failed"},
           {"proposed_by_customer", "reject", "business", false, "too cheap", "ok:rejected"},
           {"proposed_by_operator", "withdraw", "business", false, "", "ok:withdrawn"},
           {"proposed_by_operator", "withdraw", "customer_admin", true, "", "forbidden"},
           {"agreed", "agree", "customer_admin", true, "", "workflow.invalid_transition"},
           {"effective", "withdraw", "business", false, "", "workflow.invalid_transition"},
       }) {
    auto r = def.check(c.state, c.action, as(c.role, c.customer), c.comment);
    EXPECT_EQ(r.ok() ? "ok:" + (*r)->to : r.error().code, c.expect) << c.role << " " << c.action << " " << c.state;
  }
  EXPECT_EQ(proposed_state("customer"), "proposed_by_customer");
  EXPECT_EQ(proposed_state("operator"), "proposed_by_operator");
}

}  // namespace
}  // namespace colo::contracts
