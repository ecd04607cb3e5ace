// Receivables rules (R8.2.1): payment input, allocation, refunds from credit, deposit states,
// ageing buckets. Table tests, no database.
#include "billing/payments_rules.hpp"

#include <gtest/gtest.h>

#include <numeric>

namespace colo::billing {
namespace {

Date d(const char* s) { return *parse_date(s); }

PaymentInput transfer(std::int64_t amount) { return {1, amount, d("2026-11-20"), "bank_transfer", "B-1", "Payer", ""}; }

std::int64_t sum(const std::vector<Allocation>& v) {
  return std::accumulate(v.begin(), v.end(), std::int64_t{0},
                         [](std::int64_t s, const Allocation& a) { return s + a.amount_fen; });
}

TEST(PaymentRules, R8_2_1_APaymentIsPositiveNotFutureAndATransferCarriesItsReference) {
  const auto today = d("2026-11-25");
  EXPECT_TRUE(validate_payment(transfer(1), today).empty());
  EXPECT_TRUE(validate_payment(transfer(kMaxAmountFen), today).empty());
  struct Case {
    PaymentInput in;
    std::string field, code;
  };
  auto future = transfer(100);
  future.received_on = d("2026-11-26");
  auto no_ref = transfer(100);
  no_ref.bank_reference.clear();
  auto cash = transfer(100);
  cash.method = "cash";
  cash.bank_reference.clear();
  auto bad_method = transfer(100);
  bad_method.method = "bitcoin";
  const std::vector<Case> cases = {
      {transfer(0), "amount_fen", "too_small"},
      {transfer(-5), "amount_fen", "too_small"},
      {transfer(kMaxAmountFen + 1), "amount_fen", "out_of_range"},
      {future, "received_on", "in_future"},
      {no_ref, "bank_reference", "required"},
      {bad_method, "method", "invalid_choice"},
  };
  for (const auto& c : cases) {
    auto e = validate_payment(c.in, today);
    ASSERT_EQ(e.size(), 1u) << c.field;
    EXPECT_EQ(e[0].field, c.field);
    EXPECT_EQ(e[0].code, c.code);
  }
  EXPECT_TRUE(validate_payment(cash, today).empty()) << "cash needs no bank reference";
  auto today_itself = transfer(1);
  today_itself.received_on = today;
  EXPECT_TRUE(validate_payment(today_itself, today).empty());
}

TEST(PaymentRules, R8_2_1_OldestDueInvoiceIsPaidFirstThenByNumber) {
  const std::vector<OpenInvoice> open = {
      {3, "INV-2026-000003", d("2026-10-31"), 5'000},
      {1, "INV-2026-000001", d("2026-09-30"), 10'000},
      {2, "INV-2026-000002", d("2026-10-31"), 7'000},
      {4, "INV-2026-000004", d("2026-08-31"), 0},  // owes nothing: skipped
  };
  struct Case {
    std::int64_t amount;
    std::vector<Allocation> expected;
  };
  const std::vector<Case> cases = {
      {1, {{1, 1}}},
      {10'000, {{1, 10'000}}},
      {10'001, {{1, 10'000}, {2, 1}}},                  // same due date: the lower number first
      {17'000, {{1, 10'000}, {2, 7'000}}},              // exactly two invoices
      {22'000, {{1, 10'000}, {2, 7'000}, {3, 5'000}}},  // exactly everything
      {30'000, {{1, 10'000}, {2, 7'000}, {3, 5'000}}},  // overpayment: 8,000 stays as credit
  };
  for (const auto& c : cases) {
    auto got = allocate_oldest_first(open, c.amount);
    ASSERT_EQ(got.size(), c.expected.size()) << c.amount;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].invoice_id, c.expected[i].invoice_id) << c.amount << " #" << i;
      EXPECT_EQ(got[i].amount_fen, c.expected[i].amount_fen) << c.amount << " #" << i;
    }
    EXPECT_EQ(sum(got), std::min<std::int64_t>(c.amount, 22'000));
  }
  EXPECT_TRUE(allocate_oldest_first({}, 100).empty());
  EXPECT_TRUE(allocate_oldest_first(open, 0).empty());
}

TEST(PaymentRules, R8_2_1_ChosenAllocationsNeverExceedWhatIsOwedOrAvailable) {
  const std::vector<OpenInvoice> open = {
      {1, "INV-2026-000001", d("2026-09-30"), 10'000},
      {2, "INV-2026-000002", d("2026-10-31"), 7'000},
  };
  auto ok = check_chosen_allocations(open, {{2, 7'000}, {1, 1}}, 7'001);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(sum(*ok), 7'001);

  struct Case {
    std::vector<Allocation> chosen;
    std::int64_t available;
    std::string field, code;
  };
  const std::vector<Case> cases = {
      {{{9, 100}}, 1'000, "allocations/0/invoice_id", "billing.allocation.not_open"},  // foreign / credit note
      {{{1, 100}, {1, 100}}, 1'000, "allocations/1/invoice_id", "duplicate"},
      {{{1, 0}}, 1'000, "allocations/0/amount_fen", "too_small"},
      {{{1, -1}}, 1'000, "allocations/0/amount_fen", "too_small"},
      {{{2, 7'001}}, 100'000, "allocations/0/amount_fen", "billing.allocation.over_outstanding"},
      {{{1, 600}, {2, 500}}, 1'000, "allocations", "billing.allocation.over_available"},
  };
  for (const auto& c : cases) {
    auto r = check_chosen_allocations(open, c.chosen, c.available);
    ASSERT_FALSE(r.ok()) << c.code;
    EXPECT_EQ(r.error().code, "billing.allocation.invalid");
    ASSERT_EQ(r.error().fields.size(), 1u) << c.code;
    EXPECT_EQ(r.error().fields[0].field, c.field);
    EXPECT_EQ(r.error().fields[0].code, c.code);
  }
}

TEST(PaymentRules, R8_2_1_ARefundDrawsFromTheOldestCreditAndNeverMoreThanTheBalance) {
  const std::vector<Pot> pots = {{10, 300}, {11, 0}, {12, 500}};
  auto all = draw_from(pots, 800);
  ASSERT_TRUE(all.has_value());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].pot_id, 10);
  EXPECT_EQ((*all)[0].amount_fen, 300);
  EXPECT_EQ((*all)[1].pot_id, 12);
  EXPECT_EQ((*all)[1].amount_fen, 500);
  auto part = draw_from(pots, 301);
  ASSERT_TRUE(part.has_value());
  EXPECT_EQ(part->back().amount_fen, 1);
  EXPECT_FALSE(draw_from(pots, 801).has_value());
  EXPECT_FALSE(draw_from({}, 1).has_value());
}

TEST(PaymentRules, R8_2_1_ADepositIsReleasedOrOffsetOnceFromHeld) {
  struct Case {
    std::string state, action;
    std::string next;  // empty: refused
    std::string code;
  };
  const std::vector<Case> cases = {
      {"held", "release", "released", ""},
      {"held", "offset", "offset", ""},
      {"released", "release", "", "billing.deposit.not_held"},
      {"released", "offset", "", "billing.deposit.not_held"},
      {"offset", "release", "", "billing.deposit.not_held"},
      {"offset", "offset", "", "billing.deposit.not_held"},
      {"held", "burn", "", "billing.deposit.unknown_action"},
  };
  for (const auto& c : cases) {
    auto r = deposit_next_state(c.state, c.action);
    if (c.next.empty()) {
      ASSERT_FALSE(r.ok()) << c.state << " " << c.action;
      EXPECT_EQ(r.error().code, c.code);
    } else {
      ASSERT_TRUE(r.ok()) << c.state << " " << c.action;
      EXPECT_EQ(*r, c.next);
    }
  }
}

TEST(PaymentRules, R11_2_3_ADepositOffsetsOpenInvoicesOldestFirstAndTheRestIsPaidBack) {
  const std::vector<OpenInvoice> open = {
      {2, "INV-2026-000002", d("2026-10-31"), 7'000},
      {1, "INV-2026-000001", d("2026-09-30"), 2'000},
  };
  auto s = settle_deposit(10'000, "offset", open);
  EXPECT_EQ(s.state, "offset");
  EXPECT_EQ(s.offset_fen, 9'000);
  EXPECT_EQ(s.released_fen, 1'000);
  ASSERT_EQ(s.offsets.size(), 2u);
  EXPECT_EQ(s.offsets[0].invoice_id, 1);

  auto small = settle_deposit(5'000, "offset", open);
  EXPECT_EQ(small.offset_fen, 5'000);
  EXPECT_EQ(small.released_fen, 0);

  auto nothing_owed = settle_deposit(5'000, "offset", {});
  EXPECT_EQ(nothing_owed.state, "released");
  EXPECT_EQ(nothing_owed.released_fen, 5'000);

  auto release = settle_deposit(5'000, "release", open);
  EXPECT_EQ(release.state, "released");
  EXPECT_TRUE(release.offsets.empty());
  EXPECT_EQ(release.released_fen, 5'000);
}

TEST(PaymentRules, R8_2_1_AgeingBucketsOnTheirBoundaryDays) {
  const auto due = d("2026-01-31");
  struct Case {
    int late;
    const char* bucket;
  };
  const std::vector<Case> cases = {{-10, "current"}, {0, "current"},   {1, "d1_30"},   {30, "d1_30"},
                                   {31, "d31_60"},   {60, "d31_60"},   {61, "d61_90"}, {90, "d61_90"},
                                   {91, "d90_plus"}, {400, "d90_plus"}};
  for (const auto& c : cases) EXPECT_EQ(ageing_bucket(due, add_days(due, c.late)), c.bucket) << c.late;
}

}  // namespace
}  // namespace colo::billing
