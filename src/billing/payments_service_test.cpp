// The receivables service on SQLite and PostgreSQL, called directly, with a database that fails
// on purpose: a failing statement or COMMIT in the middle of recording, reversing, refunding,
// applying credit or settling a deposit answers the database's error and leaves every billing
// table (payments, allocations, invoices' paid amounts, refunds, deposits) and the audit log as
// they were; once the database works the same operation goes through.
#include "billing/payments.hpp"

#include <gtest/gtest.h>

#include "applications/hosting_world_test.hpp"
#include "billing/store.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::billing {
namespace {

using hosting_test::person;

constexpr std::string_view kPdf = "%PDF-1.4\n% signed by both sides\n";

class PaymentsServiceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    uploads_ = std::filesystem::temp_directory_path() / ("colo-payments-" + crypto::random_token(8));
    h_ = std::make_unique<hosting_test::Hosting>(db(), clock_, key_, uploads_);
    site_ = hosting_test::make_site(*h_, admin_);
  }
  void TearDown() override {
    std::error_code ec;
    if (!uploads_.empty()) std::filesystem::remove_all(uploads_, ec);
  }

  // An active contract of the site's customer.
  std::int64_t active_contract() {
    auto& s = h_->applications;
    const auto customer = person(5, "customer_admin", site_.customer);
    auto id = s.create(customer, hosting_test::application_input(site_, clock_.today())).take().application.id;
    for (const auto& [who, action] : std::vector<std::pair<Context, std::string>>{{customer, "submit"},
                                                                                  {business_, "approve"},
                                                                                  {technical_, "accept"},
                                                                                  {technical_, "approve"},
                                                                                  {management_, "approve"}}) {
      auto r = action == "accept" ? s.accept_feasibility(who, id) : s.transition(who, id, action, "");
      EXPECT_TRUE(r.ok()) << action << ": " << r.error().message;
    }
    contracts::ContractInput in;
    in.application_id = id;
    in.line_items = std::vector<contracts::LineItem>{{"rack_space", "4U", 4, 80000, "monthly"}};
    auto draft = h_->contracts.create(business_, in).take();
    h_->contracts.sign(business_, draft.contract.id, "application/pdf", kPdf, "Zhang San", std::nullopt).take();
    h_->contracts.activate(business_, draft.contract.id).take();
    return draft.contract.id;
  }

  std::int64_t issue(std::int64_t contract, Date due, std::int64_t total_fen) {
    Invoice inv;
    inv.number = "INV-T-" + std::to_string(++numbers_);
    inv.customer_id = site_.customer;
    inv.customer_name = "客户";
    inv.contract_id = contract;
    inv.contract_number = "CT-T";
    inv.due_date = due;
    inv.issue_date = inv.period_start = add_days(due, -30);
    inv.period_end = due;
    inv.subtotal_fen = inv.total_fen = total_fen;
    inv.created_by_name = "test";
    inv.created_at = inv.updated_at = format_instant(clock_.now());
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    EXPECT_TRUE(store::insert_invoice(tx, inv).ok());
    tx.commit().take();
    return inv.id;
  }

  PaymentsService service(db::Database& database, hosting_test::Hosting& h) {
    return PaymentsService(
        database, clock_, h.customers, [&h](const Context& ctx, std::int64_t id) -> Result<ContractInfo> {
          COLO_TRY(auto d, h.contracts.get(ctx, id));
          return ContractInfo{d.contract.id, d.contract.customer_id, d.contract.number, d.contract.status};
        });
  }

  // Every billing table and the audit log, as text.
  std::string state() {
    static const std::vector<std::string> kTables = {"billing_payments", "billing_allocations", "billing_invoices",
                                                     "billing_refunds",  "billing_deposits",    "audit_log"};
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    std::string out;
    for (const auto& table : kTables) {
      out += "[" + table + "]\n";
      for (const auto& row : tx.query("SELECT * FROM " + table + " ORDER BY id").take().rows) {
        for (std::size_t i = 0; i < row.size(); ++i)
          out += std::visit(
                     [](const auto& v) -> std::string {
                       using T = std::decay_t<decltype(v)>;
                       if constexpr (std::is_same_v<T, std::monostate>)
                         return "NULL";
                       else if constexpr (std::is_same_v<T, std::string>)
                         return v;
                       else
                         return std::to_string(v);
                     },
                     row.at(i).get()) +
                 "|";
        out += "\n";
      }
    }
    return out;
  }

  // `op` with a failing COMMIT, then with its 1st, 2nd, ... statement failing until it runs past
  // the fault: each failed run answers the injected error and changes nothing.
  template <class Op>
  void expect_all_or_nothing(db::FaultyDatabase& faulty, Op&& op) {
    const auto before = state();
    faulty.fail_commits(true);
    auto failed = op();
    faulty.clear();
    ASSERT_FALSE(failed.ok()) << "the COMMIT failed but the operation succeeded";
    EXPECT_EQ(state(), before) << "a failed COMMIT left rows behind";
    for (int n = 1;; ++n) {
      ASSERT_LT(n, 1000) << "the operation never got past the injected fault";
      faulty.fail_nth_statement(n);
      const int start = faulty.statements();
      auto r = op();
      const int ran = faulty.statements() - start;
      faulty.clear();
      if (r.ok()) {
        EXPECT_LT(ran, n) << "statement " << n << " failed and the operation still succeeded";
        return;
      }
      EXPECT_EQ(r.error().code, "db.unavailable") << "statement " << n << ": " << r.error().message;
      EXPECT_EQ(state(), before) << "statement " << n << " failed and left rows behind";
    }
  }

  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};  // 2026-09-21
  crypto::Key key_ = crypto::random_key();
  std::filesystem::path uploads_;
  std::unique_ptr<hosting_test::Hosting> h_;
  hosting_test::Site site_;
  int numbers_ = 0;
  Context admin_ = person(1, "admin");
  Context business_ = person(2, "business");
  Context technical_ = person(3, "technical");
  Context management_ = person(4, "management");
  Context finance_ = person(6, "finance");
};

TEST_P(PaymentsServiceTest, R8_2_1_AFailureWhileMovingMoneyLeavesNothingHalfWritten) {
  const auto contract = active_contract();
  const auto today = clock_.today();
  issue(contract, add_days(today, -20), 10'000);
  issue(contract, add_days(today, -5), 4'000);
  db::FaultyDatabase faulty(db::Database::open(test_db_->url).take());
  hosting_test::Hosting f(faulty, clock_, key_, uploads_);
  auto payments = service(faulty, f);

  // A payment over two invoices with credit left over.
  RecordPayment in;
  in.input = {site_.customer, 15'000, today, "bank_transfer", "B-1", "付款人", ""};
  expect_all_or_nothing(faulty, [&]() -> Status {
    auto r = payments.record_payment(finance_, in);
    if (!r.ok()) return std::move(r).error();
    return {};
  });
  auto b = payments.balance(finance_, site_.customer).take();
  EXPECT_EQ(b.outstanding_fen, 0);
  EXPECT_EQ(b.credit_fen, 1'000);

  // Credit put on a later invoice, then part of what is left paid back.
  issue(contract, add_days(today, 25), 600);
  expect_all_or_nothing(faulty, [&]() -> Status {
    auto r = payments.apply_credit(finance_, site_.customer, std::nullopt);
    if (!r.ok()) return std::move(r).error();
    return {};
  });
  EXPECT_EQ(payments.balance(finance_, site_.customer).take().credit_fen, 400);
  expect_all_or_nothing(faulty, [&]() -> Status {
    auto r = payments.refund(finance_, {site_.customer, 400, today, "RF-1", ""});
    if (!r.ok()) return std::move(r).error();
    return {};
  });
  EXPECT_EQ(payments.balance(finance_, site_.customer).take().credit_fen, 0);

  // A second payment bounces: its allocation is undone.
  RecordPayment bounced;
  bounced.input = {site_.customer, 2'000, today, "cheque", "", "", ""};
  const auto third = issue(contract, add_days(today, -1), 3'000);
  bounced.allocations = std::vector<Allocation>{{third, 2'000}};
  const auto p2 = payments.record_payment(finance_, bounced).take().payment.id;
  expect_all_or_nothing(faulty, [&]() -> Status {
    auto r = payments.reverse_payment(finance_, p2, "退票");
    if (!r.ok()) return std::move(r).error();
    return {};
  });
  EXPECT_EQ(payments.balance(finance_, site_.customer).take().outstanding_fen, 3'000);
  EXPECT_EQ(payments.reverse_payment(finance_, p2, "again").error().code, "billing.payment.reversed");

  // A deposit offset against the ended contract's open invoice, the rest paid back.
  auto deposit = payments.receive_deposit(finance_, {contract, 5'000, today, std::nullopt, "DP", ""}).take();
  h_->contracts.terminate(business_, contract, {"operator", "Breach of the payment terms.", today}).take();
  expect_all_or_nothing(faulty, [&]() -> Status {
    auto r = payments.settle_deposit(finance_, deposit.id, {"offset", "DP-BACK", "", std::nullopt});
    if (!r.ok()) return std::move(r).error();
    EXPECT_EQ(r->offset_fen, 3'000);
    EXPECT_EQ(r->released_fen, 2'000);
    return {};
  });
  EXPECT_EQ(payments.balance(finance_, site_.customer).take().outstanding_fen, 0);
}

COLO_INSTANTIATE_ENGINE_TEST(PaymentsServiceTest);

}  // namespace
}  // namespace colo::billing
