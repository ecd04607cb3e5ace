// Collections through real HTTP and the daily job on SQLite and PostgreSQL (R9.1): the
// late-payment penalty accrued once per day up to its cap and kept in one pending charge, waivers,
// the dispute pause, reminders sent once per offset, and suspensions proposed, approved, rejected
// and lifted with the devices' ledger states, tenancy and a race between two approvals.
//
// Invoices are written with the billing store (as a billing run writes them) and paid with
// billing::apply_payment, straight into the server's database: collections reads them from there.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <thread>

#include "api/billing_fixture.hpp"
#include "api/hosting_support.hpp"
#include "billing/ledger.hpp"
#include "billing/store.hpp"
#include "db/database.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";

// One server per test: the job runs over every invoice of the database, so tests that move its
// date back and forth must not share one.
class Collections : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) {
      const char* req = std::getenv("COLO_REQUIRE_PG");
      if (req && std::string(req) == "1") FAIL() << "COLO_REQUIRE_PG=1 but COLO_TEST_PG_URL is unset";
      GTEST_SKIP() << "PostgreSQL not configured (set COLO_TEST_PG_URL)";
    }
    server_ = ServerProcess::start({.backend = GetParam(), .demo = true});
    auto db = db::Database::open(server_->db_url());
    ASSERT_TRUE(db.ok()) << db.error().message;
    db_ = std::move(*db);
  }
  HttpClient as(const std::string& user) { return login(*server_, user); }

  struct Contract {
    std::int64_t id = 0, customer_id = 0, room = 0;
    std::string number, customer_name;
  };
  // An active acme contract from a fresh application, with `extra` terms.
  Contract active(json::object extra = {}) {
    auto admin = as("admin");
    auto room = make_room(admin, 1);
    auto app = approved(*server_, room.room);
    auto body = contract_body(app);
    for (const auto& [k, v] : extra) body[k] = v;
    auto business = as("business");
    auto r = business.send_json("POST", "/api/v1/contracts", body);
    EXPECT_EQ(r.status, 201) << r.body;
    auto id = id_of(r);
    EXPECT_EQ(business
                  .request("POST", "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie", kPdf,
                           {{"Content-Type", "application/pdf"}})
                  .status,
              200);
    auto a = business.request("POST", "/api/v1/contracts/" + id + "/activate");
    EXPECT_EQ(a.status, 200) << a.body;
    auto c = a.json();
    return {c.at("id").as_int64(), c.at("customer").at("id").as_int64(), room.room,
            std::string(c.at("number").as_string()), std::string(c.at("customer").at("name").as_string())};
  }

  // An issued invoice of the contract for `total_fen`, due on `due`.
  std::int64_t invoice(const Contract& c, std::int64_t total_fen, const std::string& due) {
    return insert_issued_invoice(*db_, {c.customer_id, c.customer_name, c.id, c.number}, total_fen, due);
  }

  void pay(std::int64_t invoice_id, std::int64_t fen) {
    auto tx = db::Tx::begin(*db_, db::Access::write);
    ASSERT_TRUE(tx.ok());
    auto r = billing::apply_payment(*tx, invoice_id, fen);
    ASSERT_TRUE(r.ok()) << r.error().message;
    ASSERT_TRUE(tx->commit().ok());
  }
  // The open late-fee charge of an invoice: {id, amount}; {0, 0} when none.
  std::pair<std::int64_t, std::int64_t> open_charge(std::int64_t invoice_id) {
    auto tx = db::Tx::begin(*db_, db::Access::read);
    auto row = tx->one(
        "SELECT id, amount_fen FROM billing_pending_charges WHERE source_type = 'billing_invoice' AND source_id = $1 "
        "AND invoice_id IS NULL AND cancelled_at IS NULL",
        {invoice_id});
    if (!row.ok() || !*row) return {0, 0};
    return {(*row)->int64(0), (*row)->int64(1)};
  }
  // What a billing run does with a pending charge: puts it on an invoice as a line.
  void bill_charge(std::int64_t charge_id, std::int64_t on_invoice) {
    auto tx = db::Tx::begin(*db_, db::Access::write);
    auto lines = billing::store::invoice_lines(*tx, on_invoice);
    ASSERT_TRUE(lines.ok() && !lines->empty());
    ASSERT_TRUE(billing::store::mark_pending_billed(*tx, charge_id, on_invoice, lines->front().id).ok());
    ASSERT_TRUE(tx->commit().ok());
  }

  void job(const std::string& date) {
    auto [rc, out] = server_->run_cli({"jobs", "run", "billing-collections", "--date", date});
    ASSERT_EQ(rc, 0) << out;
  }
  json::object penalty(std::int64_t invoice_id, const std::string& user = "finance") {
    auto r = as(user).get("/api/v1/billing/invoices/" + std::to_string(invoice_id) + "/penalties");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? r.json().at("penalty").as_object() : json::object{};
  }
  static std::int64_t fen(const json::object& o, const char* k) { return o.at(k).as_int64(); }

  std::unique_ptr<ServerProcess> server_;
  std::unique_ptr<db::Database> db_;
};

TEST_P(Collections, R9_1_1_APenaltyAccruesOncePerDayFromTheDayAfterTheDueDateUpToItsCap) {
  auto c = active(json::object{{"late_fee_bp_per_day", 100}, {"late_fee_cap_bp", 1000}});  // 1 % a day, cap 10 %
  const std::string due = day(-30);
  auto inv = invoice(c, 100'000, due);
  job(due);  // on the due date nothing is owed yet
  EXPECT_EQ(fen(penalty(inv), "accrued_fen"), 0);
  job(shift(due, 2));
  job(shift(due, 2));  // the same day twice accrues once
  auto p = penalty(inv);
  EXPECT_EQ(fen(p, "accrued_fen"), 2'000);
  EXPECT_EQ(p.at("accrued_through").as_string(), shift(due, 2));
  // The penalty waits for the next invoice in one pending charge.
  EXPECT_EQ(fen(p, "pending_fen"), 2'000);
  EXPECT_EQ(open_charge(inv).second, 2'000);
  // A partial payment lowers the base of the days after it; a missed day is caught up.
  pay(inv, 60'000);
  job(shift(due, 4));  // days 3 and 4 on 400.00
  p = penalty(inv);
  EXPECT_EQ(fen(p, "accrued_fen"), 2'800);
  EXPECT_EQ(fen(p, "outstanding_fen"), 40'000);
  // Capped at 10 % of the overdue amount (1,000.00), however long it stays unpaid.
  job(shift(due, 29));
  p = penalty(inv);
  EXPECT_EQ(fen(p, "accrued_fen"), 10'000);
  EXPECT_EQ(fen(p, "cap_fen"), 10'000);
  EXPECT_EQ(open_charge(inv).second, 10'000) << "still one charge, holding the whole penalty";
  // The list shows it, with the contract's terms.
  auto list = as("finance").get("/api/v1/billing/penalties?contract=" + std::to_string(c.id));
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_EQ(list.json().at("count").as_int64(), 1);
  EXPECT_EQ(list.json().at("results").at(0).at("bp_per_day").as_int64(), 100);
  // Paid in full: nothing more accrues.
  pay(inv, 40'000);
  job(shift(due, 29));
  EXPECT_EQ(fen(penalty(inv), "accrued_fen"), 10'000);
}

TEST_P(Collections, R9_1_1_FinanceWaivesWithAReasonWhatIsNotBilledAndNothingElse) {
  auto c = active(json::object{{"late_fee_bp_per_day", 100}});
  const std::string due = day(-20);
  auto inv = invoice(c, 100'000, due);
  job(shift(due, 5));  // 5,000 accrued
  const auto path = "/api/v1/billing/invoices/" + std::to_string(inv) + "/penalties/waive";
  auto finance = as("finance");
  // Bad input changes nothing.
  EXPECT_EQ(finance.send_json("POST", path, json::object{{"amount_fen", -5}, {"reason", "x"}}).status, 400);
  EXPECT_EQ(finance.send_json("POST", path, json::object{{"amount_fen", 1.5}, {"reason", "x"}}).status, 400);
  EXPECT_EQ(finance.send_json("POST", path, json::object{{"amount_fen", 100}}).status, 400);
  EXPECT_EQ(as("business").send_json("POST", path, json::object{{"amount_fen", 100}, {"reason", "x"}}).status, 403);
  EXPECT_EQ(as("acme.admin").send_json("POST", path, json::object{{"amount_fen", 100}, {"reason", "x"}}).status, 403);
  auto too_much = finance.send_json("POST", path, json::object{{"amount_fen", 5'001}, {"reason", "goodwill"}});
  EXPECT_EQ(too_much.status, 422) << too_much.body;
  EXPECT_EQ(too_much.json().at("code").as_string(), "billing.penalty.waive_exceeds");
  EXPECT_EQ(fen(penalty(inv), "waived_fen"), 0);

  auto ok = finance.send_json("POST", path, json::object{{"amount_fen", 1'500}, {"reason", "银行转账延误"}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  auto p = ok.json().at("penalty").as_object();
  EXPECT_EQ(fen(p, "waived_fen"), 1'500);
  EXPECT_EQ(fen(p, "pending_fen"), 3'500) << "a waived amount is not billed";
  EXPECT_EQ(open_charge(inv).second, 3'500);
  EXPECT_EQ(ok.json().at("waivers").at(0).at("reason").as_string(), "银行转账延误");
  // Audited.
  auto audit = as("admin").get("/api/v1/audit?object_type=billing.penalty&object_id=" + std::to_string(inv));
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_GE(audit.json().at("count").as_int64(), 1);

  // A billing run puts the charge on the next invoice; what is billed is no longer waivable here.
  auto next = invoice(c, 50'000, day(10));
  bill_charge(open_charge(inv).first, next);
  job(shift(due, 5));
  p = penalty(inv);
  EXPECT_EQ(fen(p, "billed_fen"), 3'500);
  EXPECT_EQ(fen(p, "waivable_fen"), 0);
  EXPECT_EQ(finance.send_json("POST", path, json::object{{"amount_fen", 1}, {"reason", "x"}}).status, 422);
  // Days after it go to a new charge for the invoice after.
  job(shift(due, 6));
  EXPECT_EQ(open_charge(inv).second, 1'000);
}

TEST_P(Collections, R9_1_1_TheBillingRunPutsThePenaltyOnTheContractsNextInvoiceOnce) {
  auto c = active(json::object{{"late_fee_bp_per_day", 100}});
  auto inv = invoice(c, 100'000, day(-10));
  job(day(-5));  // 5 days: 5,000 waiting in the pending charge
  ASSERT_EQ(open_charge(inv).second, 5'000);
  auto [rc, out] = server_->run_cli({"jobs", "run", "billing-run", "--date", day(0)});
  ASSERT_EQ(rc, 0) << out;
  // The contract's next invoice carries one late-fee line of 5,000 fen, without VAT.
  auto finance = as("finance");
  auto list = finance.get("/api/v1/billing/invoices?contract=" + std::to_string(c.id) + "&limit=100");
  ASSERT_EQ(list.status, 200) << list.body;
  int late_fee_lines = 0;
  const auto list_body = list.json();
  for (const auto& i : list_body.at("results").as_array()) {
    if (i.at("id").as_int64() == inv) continue;
    auto d = finance.get("/api/v1/billing/invoices/" + std::to_string(i.at("id").as_int64()));
    const auto d_body = d.json();
    for (const auto& l : d_body.at("lines").as_array())
      if (l.at("kind").as_string() == "late_fee") {
        ++late_fee_lines;
        EXPECT_EQ(l.at("amount_fen").as_int64(), 5'000);
        EXPECT_EQ(l.at("tax_fen").as_int64(), 0);
      }
  }
  EXPECT_EQ(late_fee_lines, 1);
  // Collections sees it billed: nothing left to bill or waive for those days.
  job(day(-5));
  auto p = penalty(inv);
  EXPECT_EQ(fen(p, "billed_fen"), 5'000);
  EXPECT_EQ(fen(p, "pending_fen"), 0);
  EXPECT_EQ(fen(p, "waivable_fen"), 0);
  EXPECT_EQ(open_charge(inv).first, 0);
}

// An operator whose tax office counts 违约金 as part of the price of the service bills it with VAT:
// the configured rate is on the pending charge and on the invoice line.
TEST_P(Collections, R9_1_1_ThePenaltyCarriesTheConfiguredVatRate) {
  db_.reset();  // the connection to the first server's database goes before that server
  server_.reset();
  server_ = ServerProcess::start(
      {.backend = GetParam(), .env = {{"COLO_BILLING_LATE_FEE_TAX_RATE_BP", "600"}}, .demo = true});
  auto db = db::Database::open(server_->db_url());
  ASSERT_TRUE(db.ok()) << db.error().message;
  db_ = std::move(*db);
  auto c = active(json::object{{"late_fee_bp_per_day", 100}});
  auto inv = invoice(c, 100'000, day(-10));
  job(day(-5));
  ASSERT_EQ(open_charge(inv).second, 5'000);
  {
    auto tx = db::Tx::begin(*db_, db::Access::read).take();
    auto row = tx.one("SELECT tax_rate_bp FROM billing_pending_charges WHERE id = $1", {open_charge(inv).first}).take();
    ASSERT_TRUE(row);
    EXPECT_EQ(row->int64(0), 600);
  }
  auto [rc, out] = server_->run_cli({"jobs", "run", "billing-run", "--date", day(0)});
  ASSERT_EQ(rc, 0) << out;
  auto finance = as("finance");
  const auto list = finance.get("/api/v1/billing/invoices?contract=" + std::to_string(c.id) + "&limit=100").json();
  int late_fee_lines = 0;
  for (const auto& i : list.at("results").as_array()) {
    if (i.at("id").as_int64() == inv) continue;
    const auto d = finance.get("/api/v1/billing/invoices/" + std::to_string(i.at("id").as_int64())).json();
    for (const auto& l : d.at("lines").as_array())
      if (l.at("kind").as_string() == "late_fee") {
        ++late_fee_lines;
        EXPECT_EQ(l.at("tax_rate_bp").as_int64(), 600);
        EXPECT_EQ(l.at("tax_fen").as_int64(), 300);
      }
  }
  EXPECT_EQ(late_fee_lines, 1);
}

TEST_P(Collections, R9_1_1_AnInvoiceInDisputeAccruesNothingWhilePaused) {
  auto c = active(json::object{{"late_fee_bp_per_day", 100}});
  const std::string due = day(-20);
  auto inv = invoice(c, 100'000, due);
  const auto path = "/api/v1/billing/invoices/" + std::to_string(inv) + "/penalties/pause";
  auto finance = as("finance");
  EXPECT_EQ(finance.send_json("POST", path, json::object{{"paused", true}}).status, 400) << "a reason is needed";
  auto r = finance.send_json("POST", path, json::object{{"paused", true}, {"reason", "客户对账单有异议"}});
  ASSERT_EQ(r.status, 200) << r.body;
  job(shift(due, 5));
  auto p = penalty(inv);
  EXPECT_EQ(fen(p, "accrued_fen"), 0);
  EXPECT_TRUE(p.at("paused").as_bool());
  EXPECT_EQ(open_charge(inv).first, 0);
  // Resumed: the days paused are not caught up.
  ASSERT_EQ(finance.send_json("POST", path, json::object{{"paused", false}}).status, 200);
  job(shift(due, 7));
  EXPECT_EQ(fen(penalty(inv), "accrued_fen"), 2'000);
}

TEST_P(Collections, R9_1_2_RemindersGoOutBeforeOnAndAfterTheDueDateOnceEach) {
  auto c = active();
  const std::string due = day(-40);
  auto inv = invoice(c, 88'000, due);
  job(shift(due, -4));  // too early
  job(shift(due, -3));
  job(shift(due, -3));  // again: nothing new
  job(shift(due, 0));
  job(shift(due, 1));   // between reminders
  job(shift(due, 20));  // the one on day 7 was missed: only day 15's goes out
  auto acme = as("acme.user");
  auto r = acme.get("/api/v1/billing/reminders?invoice=" + std::to_string(inv) + "&sort=offset_days");
  ASSERT_EQ(r.status, 200) << r.body;
  auto results = r.json().at("results").as_array();
  ASSERT_EQ(results.size(), 3u) << r.body;
  EXPECT_EQ(results[0].at("offset_days").as_int64(), -3);
  EXPECT_EQ(results[1].at("offset_days").as_int64(), 0);
  EXPECT_EQ(results[2].at("offset_days").as_int64(), 15);
  EXPECT_EQ(results[2].at("outstanding_fen").as_int64(), 88'000);
  EXPECT_GT(results[2].at("penalty_fen").as_int64(), 0) << "the reminder names the penalty so far";
  // In-app to the customer, in its language.
  auto n =
      acme.request("GET", "/api/v1/notifications?topic=billing.reminder&limit=100", "", {{"Accept-Language", "zh-CN"}});
  ASSERT_EQ(n.status, 200);
  int mine = 0;
  const auto n_body = n.json();
  for (const auto& x : n_body.at("results").as_array())
    if (std::string(x.at("title_zh").as_string()).find(results[0].at("invoice_number").as_string().c_str()) !=
        std::string::npos)
      ++mine;
  EXPECT_EQ(mine, 3);
  // Another customer sees none of it.
  auto zenith = as("zenith.admin");
  EXPECT_EQ(zenith.get("/api/v1/billing/reminders?invoice=" + std::to_string(inv)).json().at("count").as_int64(), 0);
  EXPECT_EQ(zenith.get("/api/v1/billing/invoices/" + std::to_string(inv) + "/penalties").status, 404);
}

// The contract's planned devices put into service, as the ledger has them once installed.
std::vector<std::int64_t> in_service(HttpClient& technical, std::int64_t room) {
  std::vector<std::int64_t> ids;
  auto list = technical.get("/api/v1/dcim/devices?room=" + std::to_string(room));
  EXPECT_EQ(list.status, 200) << list.body;
  const auto list_body = list.json();
  for (const auto& d : list_body.at("results").as_array()) {
    auto id = d.at("id").as_int64();
    auto r =
        technical.send_json("PATCH", "/api/v1/dcim/devices/" + std::to_string(id), json::object{{"status", "active"}});
    EXPECT_EQ(r.status, 200) << r.body;
    ids.push_back(id);
  }
  return ids;
}

std::string device_status(HttpClient& c, std::int64_t id) {
  return std::string(c.get("/api/v1/dcim/devices/" + std::to_string(id)).json().at("status").as_string());
}

TEST_P(Collections, R9_1_2_NonPaymentIsProposedApprovedThenLiftedOnFullPaymentWithTheLedgerFollowing) {
  auto c = active();
  auto technical = as("technical");
  auto devices = in_service(technical, c.room);
  ASSERT_FALSE(devices.empty());
  auto inv = invoice(c, 120'000, day(-31));
  job(day(0));
  job(day(0));  // one open proposal per contract
  auto finance = as("finance");
  auto list = finance.get("/api/v1/billing/suspensions?contract=" + std::to_string(c.id));
  ASSERT_EQ(list.json().at("count").as_int64(), 1) << list.body;
  auto s = list.json().at("results").at(0);
  EXPECT_EQ(s.at("status").as_string(), "proposed");
  EXPECT_EQ(s.at("reason").as_string(), "non_payment");
  EXPECT_EQ(s.at("overdue_fen").as_int64(), 120'000);
  const auto sid = std::to_string(s.at("id").as_int64());
  const auto act_on = "/api/v1/billing/suspensions/" + sid + "/transitions";
  // A second proposal for the contract is refused; finance cannot approve; planned until approved.
  auto again = finance.send_json("POST", "/api/v1/billing/suspensions",
                                 json::object{{"contract_id", c.id}, {"reason", "non_payment"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json().at("code").as_string(), "billing.suspension.open");
  EXPECT_EQ(finance.send_json("POST", act_on, json::object{{"action", "approve"}}).status, 403);
  EXPECT_EQ(device_status(technical, devices[0]), "active");

  auto management = as("management");
  auto ok = management.send_json("POST", act_on, json::object{{"action", "approve"}, {"stop_access", false}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json().at("suspension").at("status").as_string(), "active");
  EXPECT_FALSE(ok.json().at("suspension").at("stop_access").as_bool());
  EXPECT_EQ(ok.json().at("devices").as_array().size(), devices.size());
  for (auto d : devices) EXPECT_EQ(device_status(technical, d), "maintenance");
  auto standing = as("acme.user").get("/api/v1/billing/contracts/" + std::to_string(c.id) + "/standing");
  ASSERT_EQ(standing.status, 200) << standing.body;
  EXPECT_TRUE(standing.json().at("suspended").as_bool());
  EXPECT_EQ(standing.json().at("overdue_fen").as_int64(), 120'000);
  auto told = as("acme.user").get("/api/v1/notifications?topic=billing.suspension");
  EXPECT_GE(told.json().at("count").as_int64(), 1);

  // Paid in full: the job proposes the lift; management approves; the devices are back.
  pay(inv, 120'000);
  job(day(0));
  auto detail = finance.get("/api/v1/billing/suspensions/" + sid);
  EXPECT_EQ(detail.json().at("suspension").at("status").as_string(), "lift_proposed");
  auto lifted = management.send_json("POST", act_on, json::object{{"action", "approve_lift"}});
  ASSERT_EQ(lifted.status, 200) << lifted.body;
  EXPECT_EQ(lifted.json().at("suspension").at("status").as_string(), "lifted");
  for (auto d : devices) EXPECT_EQ(device_status(technical, d), "active");
  std::vector<std::string> steps;
  const auto lifted_body = lifted.json();
  for (const auto& t : lifted_body.at("timeline").as_array()) steps.emplace_back(t.at("action").as_string());
  EXPECT_EQ(steps, (std::vector<std::string>{"propose", "approve", "propose_lift", "approve_lift"}));
  EXPECT_FALSE(as("acme.user")
                   .get("/api/v1/billing/contracts/" + std::to_string(c.id) + "/standing")
                   .json()
                   .at("suspended")
                   .as_bool());
}

// Abuse or over-use started by operations is in force at once, without the overdue wait or
// management's approval: the devices stop, the customer is told, the step is audited; lifting it
// still needs management.
TEST_P(Collections, R9_1_2_OperationsStopAbuseAtOnceAndItsLiftIsApproved) {
  auto c = active();
  auto technical = as("technical");
  auto devices = in_service(technical, c.room);
  ASSERT_FALSE(devices.empty());
  auto operations = as("operations");
  auto no_evidence = operations.send_json("POST", "/api/v1/billing/suspensions",
                                          json::object{{"contract_id", c.id}, {"reason", "abuse"}});
  EXPECT_EQ(no_evidence.status, 400) << no_evidence.body;
  auto nothing = operations.send_json("POST", "/api/v1/billing/suspensions",
                                      json::object{{"contract_id", c.id}, {"reason", "non_payment"}});
  EXPECT_EQ(nothing.status, 422) << "nothing is overdue";
  EXPECT_EQ(as("acme.admin")
                .send_json("POST", "/api/v1/billing/suspensions",
                           json::object{{"contract_id", c.id}, {"reason", "abuse"}, {"evidence", "x"}})
                .status,
            403);
  EXPECT_EQ(operations
                .send_json("POST", "/api/v1/billing/suspensions",
                           json::object{{"contract_id", 999999}, {"reason", "abuse"}, {"evidence", "x"}})
                .status,
            404);
  for (auto d : devices) EXPECT_EQ(device_status(technical, d), "active") << "refused requests stop nothing";
  auto r = operations.send_json(
      "POST", "/api/v1/billing/suspensions",
      json::object{
          {"contract_id", c.id}, {"reason", "abuse"}, {"evidence", "2026-11-20 监测到对外 DDoS 攻击流量 40 Gbps"}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto body = r.json();
  EXPECT_EQ(body.at("suspension").at("status").as_string(), "active");
  EXPECT_EQ(body.at("devices").as_array().size(), devices.size());
  std::vector<std::string> steps;
  for (const auto& t : body.at("timeline").as_array()) steps.emplace_back(t.at("action").as_string());
  EXPECT_EQ(steps, (std::vector<std::string>{"propose", "suspend_now"}));
  // The evidence is on the timeline once, with the step that stopped the service.
  int with_evidence = 0;
  for (const auto& t : body.at("timeline").as_array())
    if (t.at("comment").is_string() && t.at("comment").as_string().find("DDoS") != std::string::npos) ++with_evidence;
  EXPECT_EQ(with_evidence, 1) << body.at("timeline");
  EXPECT_EQ(body.at("timeline").as_array().back().at("comment").as_string(),
            "2026-11-20 监测到对外 DDoS 攻击流量 40 Gbps");
  for (auto d : devices) EXPECT_EQ(device_status(technical, d), "maintenance");
  EXPECT_TRUE(as("acme.user")
                  .get("/api/v1/billing/contracts/" + std::to_string(c.id) + "/standing")
                  .json()
                  .at("suspended")
                  .as_bool());
  EXPECT_GE(as("acme.user").get("/api/v1/notifications?topic=billing.suspension").json().at("count").as_int64(), 1);
  auto audit = as("admin").get("/api/v1/audit?limit=20&customer=" + std::to_string(c.customer_id));
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_NE(audit.body.find("suspend_now"), std::string::npos) << audit.body.substr(0, 2000);

  // Lifting goes through management.
  const auto act_on =
      "/api/v1/billing/suspensions/" + std::to_string(body.at("suspension").at("id").as_int64()) + "/transitions";
  EXPECT_EQ(operations.send_json("POST", act_on, json::object{{"action", "suspend_now"}}).status, 400)
      << "not a decision anyone takes on a suspension";
  auto lift = operations.send_json("POST", act_on, json::object{{"action", "propose_lift"}, {"comment", "已整改"}});
  ASSERT_EQ(lift.status, 200) << lift.body;
  EXPECT_EQ(lift.json().at("suspension").at("status").as_string(), "lift_proposed");
  EXPECT_EQ(operations.send_json("POST", act_on, json::object{{"action", "approve_lift"}}).status, 403);
  for (auto d : devices) EXPECT_EQ(device_status(technical, d), "maintenance");
  auto lifted = as("management").send_json("POST", act_on, json::object{{"action", "approve_lift"}});
  ASSERT_EQ(lifted.status, 200) << lifted.body;
  EXPECT_EQ(lifted.json().at("suspension").at("status").as_string(), "lifted");
  for (auto d : devices) EXPECT_EQ(device_status(technical, d), "active");
}

// Abuse reported by finance (no immediate suspension) waits for management; a rejection changes
// no device.
TEST_P(Collections, R9_1_2_AbuseProposedByFinanceWaitsAndARejectionChangesNoDevice) {
  auto c = active();
  auto technical = as("technical");
  auto devices = in_service(technical, c.room);
  auto operations = as("operations");
  auto r = as("finance").send_json(
      "POST", "/api/v1/billing/suspensions",
      json::object{
          {"contract_id", c.id}, {"reason", "abuse"}, {"evidence", "2026-11-20 监测到对外 DDoS 攻击流量 40 Gbps"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json().at("suspension").at("status").as_string(), "proposed");
  for (auto d : devices) EXPECT_EQ(device_status(technical, d), "active");
  const auto act_on =
      "/api/v1/billing/suspensions/" + std::to_string(r.json().at("suspension").at("id").as_int64()) + "/transitions";
  EXPECT_EQ(as("acme.admin").send_json("POST", act_on, json::object{{"action", "approve"}}).status, 403);
  EXPECT_EQ(operations.send_json("POST", act_on, json::object{{"action", "approve"}}).status, 403);
  auto management = as("management");
  EXPECT_EQ(management.send_json("POST", act_on, json::object{{"action", "reject"}}).status, 400) << "needs a reason";
  auto rejected = management.send_json("POST", act_on, json::object{{"action", "reject"}, {"comment", "证据不足"}});
  ASSERT_EQ(rejected.status, 200) << rejected.body;
  EXPECT_EQ(rejected.json().at("suspension").at("status").as_string(), "rejected");
  for (auto d : devices) EXPECT_EQ(device_status(technical, d), "active");
  // Closed: a new proposal may follow. The customer reads its own; another customer does not.
  auto acme = as("acme.user");
  EXPECT_EQ(acme.get("/api/v1/billing/suspensions?contract=" + std::to_string(c.id)).json().at("count").as_int64(), 1);
  auto zenith = as("zenith.admin");
  EXPECT_EQ(zenith.get("/api/v1/billing/suspensions?contract=" + std::to_string(c.id)).json().at("count").as_int64(),
            0);
  EXPECT_EQ(zenith.get(act_on.substr(0, act_on.size() - std::string("/transitions").size())).status, 404);
  EXPECT_EQ(zenith.get("/api/v1/billing/contracts/" + std::to_string(c.id) + "/standing").status, 404);
}

TEST_P(Collections, R9_1_2_TwoApprovalsOfOneProposalOneWinsTheOtherIsRefused) {
  auto c = active();
  auto r =
      as("security")
          .send_json("POST", "/api/v1/billing/suspensions",
                     json::object{{"contract_id", c.id}, {"reason", "overuse"}, {"evidence", "持续超出合同带宽 300%"}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto act_on =
      "/api/v1/billing/suspensions/" + std::to_string(r.json().at("suspension").at("id").as_int64()) + "/transitions";
  std::vector<HttpClient> clients;
  for (int i = 0; i < 4; ++i) clients.push_back(as("management"));
  std::vector<int> statuses(clients.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < clients.size(); ++i)
    threads.emplace_back([&, i] {
      statuses[i] = clients[i].send_json("POST", act_on, json::object{{"action", "approve"}}).status;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 200), 1);
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 409), 3);
  auto detail = as("management").get(act_on.substr(0, act_on.size() - std::string("/transitions").size()));
  std::size_t approvals = 0;
  const auto detail_body = detail.json();
  for (const auto& t : detail_body.at("timeline").as_array()) approvals += t.at("action").as_string() == "approve";
  EXPECT_EQ(approvals, 1u);
}

COLO_INSTANTIATE_API_TEST(Collections);

}  // namespace
}  // namespace colo::testing
