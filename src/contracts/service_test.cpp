// The contracts service on a real database, SQLite and PostgreSQL, called directly: a contract
// drafted from an approved application, signed with its scan, activated (the reserved units become
// planned devices, the addresses asked for are assigned), changed by an agreement both sides agree
// to, and terminated early with its settlement checklist (R3.2.3, R11) — and that a failing
// statement or COMMIT in the middle of an activation or a termination leaves every table as it was.
#include "contracts/service.hpp"

#include <gtest/gtest.h>

#include <map>

#include "applications/hosting_world_test.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::contracts {
namespace {

using hosting_test::person;

constexpr std::string_view kPdf = "%PDF-1.4\n% signed by both sides\n";

class ContractsServiceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    uploads_ = std::filesystem::temp_directory_path() / ("colo-contracts-" + crypto::random_token(8));
    h_ = std::make_unique<hosting_test::Hosting>(db(), clock_, key_, uploads_);
    site_ = hosting_test::make_site(*h_, admin_);
    customer_ = person(5, "customer_admin", site_.customer);
  }
  void TearDown() override {
    std::error_code ec;
    if (!uploads_.empty()) std::filesystem::remove_all(uploads_, ec);
  }

  // An application approved by the three departments, its units reserved.
  std::int64_t approved_application() {
    auto& s = h_->applications;
    auto id = s.create(customer_, hosting_test::application_input(site_, clock_.today())).take().application.id;
    for (const auto& [who, action] : std::vector<std::pair<Context, std::string>>{{customer_, "submit"},
                                                                                  {business_, "approve"},
                                                                                  {technical_, "accept"},
                                                                                  {technical_, "approve"},
                                                                                  {management_, "approve"}}) {
      auto r = action == "accept" ? s.accept_feasibility(who, id) : s.transition(who, id, action, "");
      EXPECT_TRUE(r.ok()) << action << ": " << r.error().message;
    }
    return id;
  }

  ContractInput draft_input(std::int64_t application) {
    ContractInput in;
    in.application_id = application;
    in.line_items =
        std::vector<LineItem>{{"rack_space", "4U", 4, 80000, "monthly"}, {"power", "1.5 kW A+B", 1, 120000, "monthly"}};
    return in;
  }

  Detail signed_contract() {
    auto draft = h_->contracts.create(business_, draft_input(approved_application())).take();
    return h_->contracts.sign(business_, draft.contract.id, "application/pdf", kPdf, "Zhang San", std::nullopt).take();
  }

  std::int64_t count(const std::string& sql) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return tx.one(sql).take()->int64(0);
  }

  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};  // 2026-09-21
  crypto::Key key_ = crypto::random_key();
  std::filesystem::path uploads_;
  std::unique_ptr<hosting_test::Hosting> h_;
  hosting_test::Site site_;
  Context admin_ = person(1, "admin");
  Context business_ = person(2, "business");
  Context technical_ = person(3, "technical");
  Context management_ = person(4, "management");
  Context customer_;
};

TEST_P(ContractsServiceTest, ADraftComesFromAnApprovedApplicationOnly) {
  auto& s = h_->contracts;
  auto app = h_->applications.create(customer_, hosting_test::application_input(site_, clock_.today())).take();
  auto early = s.create(business_, draft_input(app.application.id));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, "contracts.application_not_approved");
  EXPECT_EQ(s.create(business_, draft_input(999999)).error().code, "contracts.unknown_application");

  auto application = approved_application();
  auto draft = s.create(business_, draft_input(application)).take();
  const auto& c = draft.contract;
  EXPECT_EQ(c.status, "draft");
  EXPECT_EQ(c.number.rfind("CT-2026-", 0), 0u) << c.number;
  EXPECT_EQ(c.application_id, std::optional<std::int64_t>(application));
  EXPECT_EQ(c.customer_id, site_.customer);
  EXPECT_EQ(c.terms.effective_date, clock_.today());
  EXPECT_EQ(c.terms.term_months, 12);
  ASSERT_EQ(c.terms.line_items.size(), 2u);
  EXPECT_EQ(c.terms.line_items[1].unit_price_fen, 120000);
  ASSERT_EQ(draft.versions.size(), 1u);
  EXPECT_EQ(s.create(business_, draft_input(application)).error().code, "contracts.application_has_contract");

  ContractInput change;
  change.notice_days = 60;
  EXPECT_EQ(s.update(business_, c.id, change).take().contract.terms.notice_days, 60);
  // Read back as stored.
  auto again = s.get(customer_, c.id).take().contract;
  EXPECT_EQ(again.terms.notice_days, 60);
  EXPECT_EQ(again.number, c.number);
}

TEST_P(ContractsServiceTest, SigningAndActivationPutTheApplicationIntoTheLedger) {
  auto& s = h_->contracts;
  auto draft = s.create(business_, draft_input(approved_application())).take();
  auto id = draft.contract.id;
  EXPECT_EQ(s.activate(business_, id).error().code, "contracts.not_signed");
  auto wrong = s.sign(business_, id, "application/pdf", "not a pdf", "Zhang San", std::nullopt);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, "contracts.scan.content_mismatch");

  auto signed_ = s.sign(business_, id, "application/pdf", kPdf, "Zhang San", std::nullopt).take().contract;
  EXPECT_EQ(signed_.status, "signed");
  EXPECT_EQ(signed_.customer_signatory, std::optional<std::string>("Zhang San"));
  EXPECT_EQ(signed_.scan_size, std::optional<std::int64_t>(kPdf.size()));
  EXPECT_TRUE(std::filesystem::exists(s.scan(business_, id).take().path));
  EXPECT_EQ(s.update(business_, id, ContractInput{}).error().code, "contracts.not_draft");

  const auto held_before = count("SELECT COUNT(*) FROM dcim_reservations WHERE released_at IS NULL");
  EXPECT_GT(held_before, 0);
  auto active = s.activate(business_, id).take().contract;
  EXPECT_EQ(active.status, "active");
  EXPECT_TRUE(active.activated_at.has_value());
  EXPECT_EQ(s.activate(business_, id).error().code, "contracts.already_active");
  // Two planned devices of the customer, two addresses from the pool, both recorded on the contract.
  EXPECT_EQ(count("SELECT COUNT(*) FROM dcim_devices WHERE status = 'planned' AND customer_id = " +
                  std::to_string(site_.customer)),
            2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM ipam_ip_addresses WHERE customer_id = " + std::to_string(site_.customer)), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM contract_resources WHERE kind = 'device'"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM contract_resources WHERE kind = 'ipv4_address'"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM dcim_reservations WHERE released_at IS NULL"), 0);
  auto app = h_->applications.get(admin_, *active.application_id).take().application;
  EXPECT_EQ(app.status, "contracted");
  EXPECT_EQ(app.contract_id, std::optional<std::int64_t>(id));
}

// A change agreement proposed by the operator and agreed by the customer takes effect on its day
// as a new version; the terms before that day stay as they were.
TEST_P(ContractsServiceTest, AnAgreedAmendmentTakesEffectOnItsDayAsANewVersion) {
  auto& s = h_->contracts;
  auto id = signed_contract().contract.id;
  ASSERT_TRUE(s.activate(business_, id).ok());
  const Date start = clock_.today();
  const Date day = add_days(start, 10);
  AmendmentInput in;
  in.effective_date = day;
  in.summary = "Faster response";
  in.rights_duties = "The operator answers within 15 minutes.";
  in.changes.sla_response_minutes = 15;
  auto proposed = s.propose(business_, id, in).take();
  EXPECT_EQ(proposed.amendment.status, "proposed_by_operator");
  // Only the other side agrees.
  EXPECT_FALSE(s.amendment_transition(business_, id, proposed.amendment.id, "agree", "").ok());
  auto agreed = s.amendment_transition(customer_, id, proposed.amendment.id, "agree", "").take();
  EXPECT_EQ(agreed.amendment.status, "agreed");

  clock_.advance(std::chrono::days(10));
  auto report = s.run_daily(day).take();
  EXPECT_EQ(report.amendments_effective, 1);
  EXPECT_TRUE(report.errors.empty());
  auto now = s.get(business_, id).take();
  EXPECT_EQ(now.contract.terms.sla_response_minutes, 15);
  EXPECT_EQ(now.contract.current_version, 2);
  ASSERT_EQ(now.versions.size(), 2u);
  EXPECT_EQ(now.versions[1].reason, "amendment");
  auto before = s.get(business_, id, add_days(day, -1)).take();
  EXPECT_EQ(before.in_force->terms.sla_response_minutes, 30);
  // Idempotent per day.
  EXPECT_EQ(s.run_daily(day).take().amendments_effective, 0);
}

// Early termination ends the contract, opens the settlement checklist and offboards: the planned
// devices leave the ledger; the addresses come back after the grace period.
TEST_P(ContractsServiceTest, TerminationEndsTheContractAndOpensTheSettlement) {
  auto& s = h_->contracts;
  auto id = signed_contract().contract.id;
  ASSERT_TRUE(s.activate(business_, id).ok());
  Termination future{"operator", "Breach of the payment terms.", add_days(clock_.today(), 1)};
  EXPECT_EQ(s.terminate(business_, id, future).error().code, "contracts.termination_in_future");
  auto ended = s.terminate(business_, id, {"operator", "Breach of the payment terms.", clock_.today()}).take();
  EXPECT_EQ(ended.contract.status, "terminated");
  EXPECT_EQ(ended.contract.termination_initiator, std::optional<std::string>("operator"));
  std::vector<std::string> kinds;
  for (const auto& item : ended.settlement) kinds.push_back(item.kind);
  EXPECT_EQ(kinds, kSettlementItems);
  EXPECT_EQ(count("SELECT COUNT(*) FROM dcim_devices WHERE status = 'planned'"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM ipam_ip_addresses"), 2);  // held for the grace period
  EXPECT_EQ(s.terminate(business_, id, {"operator", "Again.", clock_.today()}).error().code, "contracts.not_live");
}

// R11.2.3: once billing keeps the records, the final invoice and deposit items follow them (read
// in the same transaction as the checklist) and nobody, finance included, ticks them by hand.
TEST_P(ContractsServiceTest, R11_2_3_TheMoneyItemsFollowBillingsRecords) {
  auto& s = h_->contracts;
  auto id = signed_contract().contract.id;
  ASSERT_TRUE(s.activate(business_, id).ok());
  MoneySettlement money;
  std::int64_t asked_for = 0;
  s.set_money_records([&](db::Tx&, const Context&, std::int64_t contract_id) -> Result<MoneySettlement> {
    asked_for = contract_id;
    return money;
  });
  auto items_of = [&](const Detail& d) {
    std::map<std::string, SettlementItem> out;
    for (const auto& i : d.settlement) out[i.kind] = i;
    return out;
  };
  auto ended = s.terminate(business_, id, {"operator", "Breach of the payment terms.", clock_.today()}).take();
  EXPECT_EQ(asked_for, id);
  EXPECT_FALSE(items_of(ended)["final_invoice"].done);
  EXPECT_FALSE(items_of(ended)["deposit"].done);

  money = {true, "INV-2026-000007 paid", true, "No deposit was held."};
  auto now = items_of(s.get(business_, id).take());
  EXPECT_TRUE(now["final_invoice"].done);
  EXPECT_EQ(now["final_invoice"].note, "INV-2026-000007 paid");
  EXPECT_EQ(now["final_invoice"].done_by, std::optional<std::string>("billing"));
  EXPECT_TRUE(now["deposit"].done);

  auto finance = person(6, "finance");
  auto r = s.settle(finance, id, now["deposit"].id, false, std::nullopt);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "contracts.settlement.from_billing");
  EXPECT_EQ(s.settle(business_, id, now["deposit"].id, true, std::nullopt).error().code,
            "contracts.settlement.finance_only");
}

// A failing statement or COMMIT in the middle of an activation or a termination answers the
// database's error and leaves every table (contract, application, ledger, addresses, audit,
// outbox) as it was; once the database works the same operation goes through.
TEST_P(ContractsServiceTest, AFailureInActivationOrTerminationLeavesNothingHalfWritten) {
  auto id = signed_contract().contract.id;
  db::FaultyDatabase faulty(db::Database::open(test_db_->url).take());
  hosting_test::Hosting f(faulty, clock_, key_, uploads_);
  hosting_test::expect_all_or_nothing(faulty, db(), [&] { return f.contracts.activate(business_, id); });
  EXPECT_EQ(h_->contracts.get(business_, id).take().contract.status, "active");
  EXPECT_EQ(count("SELECT COUNT(*) FROM contract_resources"), 4);
  hosting_test::expect_all_or_nothing(faulty, db(), [&] {
    return f.contracts.terminate(business_, id, {"operator", "Breach of the payment terms.", clock_.today()});
  });
  EXPECT_EQ(h_->contracts.get(business_, id).take().contract.status, "terminated");
}

COLO_INSTANTIATE_ENGINE_TEST(ContractsServiceTest);

}  // namespace
}  // namespace colo::contracts
