// Price changes and list prices through the contracts service on SQLite and PostgreSQL (R8.1,
// R8.3): a line naming a price list item takes the list's terms and price on the contract's date
// and keeps a negotiated price; an operator's price rise notifies the customer, waits the notice
// period, and applies only once the customer agreed before its date — else it lapses.
#include <gtest/gtest.h>

#include <map>

#include "applications/hosting_world_test.hpp"
#include "contracts/service.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::contracts {
namespace {

using hosting_test::person;

constexpr std::string_view kPdf = "%PDF-1.4\n% signed by both sides\n";

class PriceChangeServiceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    uploads_ = std::filesystem::temp_directory_path() / ("colo-prices-" + crypto::random_token(8));
    h_ = std::make_unique<hosting_test::Hosting>(db(), clock_, key_, uploads_);
    site_ = hosting_test::make_site(*h_, admin_);
    customer_ = person(5, "customer_admin", site_.customer);
    // The price list port over a map the test changes, as the catalogue would.
    list_.entry = [this](db::Tx&, const std::string& code, Date) -> Result<std::optional<ListEntry>> {
      auto it = prices_.find(code);
      if (it == prices_.end()) return std::optional<ListEntry>{};
      return std::optional<ListEntry>(it->second);
    };
    prices_["RACK-U"] = {"RACK-U",  "机柜空间（按U）", "rack_space", "U",  "recurring",
                         "monthly", std::nullopt,      600,          30000};
    prices_["BW-COMMIT-MBPS"] = {"BW-COMMIT-MBPS", "保底带宽",   "bandwidth", "Mbps", "recurring",
                                 "monthly",        std::nullopt, 900,         2500};
    listed_ = std::make_unique<Service>(db(), clock_, h_->applications, uploads_, h_->ledger.get(), 30, &list_);
  }
  void TearDown() override {
    std::error_code ec;
    if (!uploads_.empty()) std::filesystem::remove_all(uploads_, ec);
  }

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

  static LineItem listed(const std::string& code, std::int64_t quantity) {
    LineItem l;
    l.catalogue_item = code;
    l.quantity = quantity;
    l.from_list = {.service = true,
                   .description = true,
                   .unit_price = true,
                   .billing_cycle = true,
                   .mode = true,
                   .unit = true,
                   .tax_rate = true,
                   .metric = true};
    return l;
  }

  // Active, 30 days' notice: 4U at 800 yuan and power at 1,200 yuan a month.
  std::int64_t active_contract() {
    ContractInput in;
    in.application_id = approved_application();
    in.notice_days = 30;
    in.line_items =
        std::vector<LineItem>{{"rack_space", "4U", 4, 80000, "monthly"}, {"power", "1.5 kW A+B", 1, 120000, "monthly"}};
    auto id = listed_->create(business_, in).take().contract.id;
    EXPECT_TRUE(listed_->sign(business_, id, "application/pdf", kPdf, "Zhang San", std::nullopt).ok());
    EXPECT_TRUE(listed_->activate(business_, id).ok());
    return id;
  }

  AmendmentInput rack_price(std::int64_t price, Date from) {
    AmendmentInput in;
    in.effective_date = from;
    in.summary = "Rack space price";
    in.changes.line_items =
        std::vector<LineItem>{{"rack_space", "4U", 4, price, "monthly"}, {"power", "1.5 kW A+B", 1, 120000, "monthly"}};
    return in;
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
  std::map<std::string, ListEntry> prices_;
  PriceList list_;
  std::unique_ptr<Service> listed_;
  Context admin_ = person(1, "admin");
  Context business_ = person(2, "business");
  Context technical_ = person(3, "technical");
  Context management_ = person(4, "management");
  Context customer_;
};

TEST_P(PriceChangeServiceTest, R8_1_ListedLinesTakeTheListAndKeepANegotiatedPrice) {
  ContractInput in;
  in.application_id = approved_application();
  auto negotiated = listed("BW-COMMIT-MBPS", 100);
  negotiated.unit_price_fen = 2000;
  negotiated.from_list.unit_price = false;
  in.line_items = std::vector<LineItem>{listed("RACK-U", 4), negotiated};
  auto made = listed_->create(business_, in).take().contract;
  ASSERT_EQ(made.terms.line_items.size(), 2u);
  const auto& rack = made.terms.line_items[0];
  EXPECT_EQ(rack.service, "rack_space");
  EXPECT_EQ(rack.unit_price_fen, 30000);
  EXPECT_EQ(rack.description, "机柜空间（按U）");
  EXPECT_EQ(rack.tax_rate(), 600);
  EXPECT_EQ(made.terms.line_items[1].unit_price_fen, 2000);
  EXPECT_EQ(made.terms.line_items[1].tax_rate(), 900);

  // The list changes later; the contract keeps the prices it was made with.
  prices_["RACK-U"].price_fen = 99999;
  auto again = listed_->get(customer_, made.id).take().contract;
  EXPECT_EQ(again.terms.line_items[0].unit_price_fen, 30000);
  EXPECT_EQ(again.terms.line_items[1].unit_price_fen, 2000);

  // An item the list lacks is refused, naming the line; so is a listed line without a list price.
  ContractInput unknown;
  unknown.line_items = std::vector<LineItem>{listed("NOPE", 1)};
  auto bad = listed_->update(business_, made.id, unknown);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "contracts.line.unknown_catalogue_item");
  ASSERT_EQ(bad.error().fields.size(), 1u);
  EXPECT_EQ(bad.error().fields[0].field, "line_items/0/catalogue_item");
  prices_["RACK-U"].price_fen.reset();
  ContractInput unpriced;
  unpriced.line_items = std::vector<LineItem>{listed("RACK-U", 1)};
  EXPECT_EQ(listed_->update(business_, made.id, unpriced).error().code, "contracts.line.no_list_price");
}

TEST_P(PriceChangeServiceTest, R8_3_ARiseNeedsTheNoticePeriodAndNotifiesTheCustomer) {
  const auto id = active_contract();
  const Date today = clock_.today();
  const auto notices = count("SELECT COUNT(*) FROM notifications");
  auto early = listed_->propose(business_, id, rack_price(90000, add_days(today, 29)));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, "contracts.price_change.notice_too_short");
  EXPECT_EQ(early.error().kind, ErrorKind::unprocessable);
  ASSERT_FALSE(early.error().params.empty());
  EXPECT_EQ(early.error().params[0].name, "earliest");
  EXPECT_EQ(early.error().params[0].value, format_date(add_days(today, 30)));
  ASSERT_EQ(early.error().fields.size(), 1u);
  EXPECT_EQ(early.error().fields[0].field, "effective_date");
  EXPECT_EQ(count("SELECT COUNT(*) FROM contract_amendments"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM notifications"), notices);

  auto ok = listed_->propose(business_, id, rack_price(90000, add_days(today, 30))).take().amendment;
  EXPECT_TRUE(ok.price_change);
  EXPECT_EQ(ok.earliest_date, std::optional<Date>(add_days(today, 30)));
  ASSERT_TRUE(ok.notification_id.has_value());
  ASSERT_TRUE(ok.notified_at.has_value());
  ASSERT_EQ(ok.price_rises.size(), 1u);
  EXPECT_EQ(ok.price_rises[0].old_price_fen, std::optional<std::int64_t>(80000));
  EXPECT_EQ(ok.price_rises[0].new_price_fen, 90000);
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM notifications WHERE id = " + std::to_string(*ok.notification_id) +
            " AND customer_id = " + std::to_string(site_.customer) + " AND title_key = 'notice.contract.price_change'"),
      1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM notify_outbox WHERE topic = 'contract.price_change_notified'"), 1);
  auto views = listed_->amendments(customer_, id).take();
  ASSERT_EQ(views.size(), 1u);
  bool noticed = false;
  for (const auto& s : views[0].timeline) noticed = noticed || s.comment_key == "timeline.amendment.price_notice";
  EXPECT_TRUE(noticed);

  // A lower price needs no notice; a customer asking for more at a higher price has none to wait for.
  auto lower = listed_->propose(business_, id, rack_price(70000, add_days(today, 1))).take().amendment;
  EXPECT_FALSE(lower.price_change);
  EXPECT_FALSE(lower.notification_id.has_value());
  auto asked = listed_->propose(customer_, id, rack_price(95000, add_days(today, 1))).take().amendment;
  EXPECT_TRUE(asked.price_change);
  EXPECT_FALSE(asked.earliest_date.has_value());

  // The report: pending rises, the customer's own only.
  PriceChangeFilter f;
  EXPECT_EQ(listed_->price_changes(customer_, f).take().first, 2);
  EXPECT_EQ(listed_->price_changes(person(9, "customer_admin", site_.customer + 1000), f).take().first, 0);
  EXPECT_EQ(listed_->price_changes(business_, f).take().first, 2);
}

TEST_P(PriceChangeServiceTest, R8_3_ARiseAppliesOnlyOnceTheCustomerAgreedBeforeItsDate) {
  const auto id = active_contract();
  const Date day = add_days(clock_.today(), 30);
  auto a = listed_->propose(business_, id, rack_price(90000, day)).take().amendment;
  // Only the customer agrees to an operator's change.
  EXPECT_FALSE(listed_->amendment_transition(business_, id, a.id, "agree", "").ok());
  auto b = listed_->propose(business_, id, rack_price(85000, add_days(day, 1))).take().amendment;
  EXPECT_EQ(listed_->amendment_transition(customer_, id, b.id, "agree", "").take().amendment.status, "agreed");

  // The date of the first passes unagreed: agreeing now is refused and changes nothing...
  clock_.advance(std::chrono::days(31));
  auto late = listed_->amendment_transition(customer_, id, a.id, "agree", "");
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, "contracts.price_change.date_passed");
  EXPECT_EQ(listed_->amendments(customer_, id).take()[0].amendment.status, "proposed_by_operator");
  // ...and the daily job lets it lapse; the agreed one takes effect on its own day.
  auto report = listed_->run_daily(clock_.today()).take();
  EXPECT_TRUE(report.errors.empty());
  EXPECT_EQ(report.price_changes_lapsed, 1);
  EXPECT_EQ(listed_->run_daily(clock_.today()).take().price_changes_lapsed, 0);  // once
  auto views = listed_->amendments(customer_, id).take();
  EXPECT_EQ(views[0].amendment.status, "lapsed");
  EXPECT_EQ(views[1].amendment.status, "effective");
  auto now = listed_->get(customer_, id).take().contract;
  EXPECT_EQ(now.terms.line_items[0].unit_price_fen, 85000);
  EXPECT_EQ(listed_->price_changes(business_, {}).take().first, 0);
}

COLO_INSTANTIATE_ENGINE_TEST(PriceChangeServiceTest);

}  // namespace
}  // namespace colo::contracts
