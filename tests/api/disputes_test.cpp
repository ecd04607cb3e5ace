// Disputes and breach records through real HTTP on SQLite and PostgreSQL (R12, R9): a case opened on an invoice stops
// its late fee and reminders until it closes; negotiation, escalation to the forum with its case number and hearing;
// closing refused while a deadline is open; a credit outcome becomes a pending credit on the contract's next invoice; a
// legal hold keeps the case's links; customers see only their own.
//
// Invoices are written with the billing store, as a billing run writes them, straight into the
// server's database.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <chrono>
#include <optional>
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

class Disputes : public ::testing::TestWithParam<Backend> {
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
    std::int64_t id = 0, customer_id = 0;
    std::string number, customer_name;
  };
  Contract active() {
    auto admin = as("admin");
    auto room = make_room(admin, 1);
    auto app = approved(*server_, room.room);
    auto body = contract_body(app);
    body["late_fee_bp_per_day"] = 100;
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
    return {c.at("id").as_int64(), c.at("customer").at("id").as_int64(), std::string(c.at("number").as_string()),
            std::string(c.at("customer").at("name").as_string())};
  }

  std::int64_t invoice(const Contract& c, std::int64_t total_fen, const std::string& due) {
    return insert_issued_invoice(*db_, {c.customer_id, c.customer_name, c.id, c.number}, total_fen, due);
  }

  void job(const std::string& date) {
    auto [rc, out] = server_->run_cli({"jobs", "run", "billing-collections", "--date", date});
    ASSERT_EQ(rc, 0) << out;
  }
  json::object penalty(std::int64_t invoice_id) {
    auto r = as("finance").get("/api/v1/billing/invoices/" + std::to_string(invoice_id) + "/penalties");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? r.json().at("penalty").as_object() : json::object{};
  }
  std::int64_t reminders(std::int64_t invoice_id) {
    auto r = as("finance").get("/api/v1/billing/reminders?invoice=" + std::to_string(invoice_id));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().at("count").as_int64();
  }
  // The dispute's pending charges: {count, sum of amounts}.
  std::pair<std::int64_t, std::int64_t> credits(std::int64_t dispute_id) {
    auto tx = db::Tx::begin(*db_, db::Access::read);
    auto row = tx->one(
        "SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM billing_pending_charges WHERE source_type = 'dispute' "
        "AND source_id = $1 AND kind = 'credit' AND cancelled_at IS NULL",
        {dispute_id});
    if (!row.ok() || !*row) return {0, 0};
    return {(*row)->int64(0), (*row)->int64(1)};
  }
  static std::string code_of(const HttpResponse& r) {
    return r.json().is_object() && r.json().as_object().contains("code") ? std::string(r.json().at("code").as_string())
                                                                         : "";
  }
  static std::string path_of(const json::value& detail, const std::string& tail = "") {
    return "/api/v1/disputes/" + std::to_string(detail.at("dispute").at("id").as_int64()) + tail;
  }

  std::unique_ptr<ServerProcess> server_;
  std::unique_ptr<db::Database> db_;
};

TEST_P(Disputes, R12_AnOpenCaseOnAnInvoiceStopsItsLateFeeAndRemindersUntilItClosesWithACredit) {
  auto c = active();
  const std::string due = day(-20);
  auto inv = invoice(c, 100'000, due);
  auto business = as("business");
  auto opened = business.send_json("POST", "/api/v1/disputes",
                                   json::object{{"source_type", "invoice"},
                                                {"source_id", inv},
                                                {"claim", "机柜电费按 6kW 计收，合同约定 4kW"},
                                                {"amount_fen", 30'000}});
  ASSERT_EQ(opened.status, 201) << opened.body;
  auto d = opened.json();
  const auto number = std::string(d.at("dispute").at("number").as_string());
  EXPECT_EQ(number.rfind("DSP-", 0), 0u) << number;
  EXPECT_EQ(d.at("dispute").at("contract_id").as_int64(), c.id) << "the contract is the invoice's";
  EXPECT_EQ(d.at("dispute").at("status").as_string(), "negotiating");
  ASSERT_EQ(d.at("links").as_array().size(), 1u);
  EXPECT_EQ(d.at("links").as_array()[0].at("object_type").as_string(), "invoice");
  auto p = penalty(inv);
  EXPECT_TRUE(p.at("paused").as_bool());
  EXPECT_EQ(p.at("paused_reason").as_string(), number);

  // Days pass while the case is open: no late fee, no reminder.
  job(shift(due, 5));
  EXPECT_EQ(penalty(inv).at("accrued_fen").as_int64(), 0);
  EXPECT_EQ(reminders(inv), 0);

  // Negotiated (R12.1): a meeting and a proposal in the log.
  auto logged = business.send_json(
      "POST", path_of(d, "/entries"),
      json::object{
          {"kind", "proposal"}, {"on_date", day()}, {"summary", "退还多收电费 300 元"}, {"amount_fen", 30'000}});
  ASSERT_EQ(logged.status, 200) << logged.body;
  EXPECT_EQ(logged.json().at("entries").as_array().size(), 1u);

  // Closed with a credit beyond the claim: refused, nothing changed.
  auto too_much =
      business.send_json("POST", path_of(d, "/close"), json::object{{"outcome", "credit"}, {"amount_fen", 30'001}});
  EXPECT_EQ(too_much.status, 400) << too_much.body;
  EXPECT_EQ(credits(d.at("dispute").at("id").as_int64()).first, 0);
  // Closed with the agreed credit: a pending credit on the contract's next invoice.
  auto closed = business.send_json("POST", path_of(d, "/close"),
                                   json::object{{"outcome", "credit"}, {"amount_fen", 30'000}, {"note", "协商一致"}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.json().at("dispute").at("status").as_string(), "resolved");
  EXPECT_TRUE(closed.json().at("dispute").at("credit_charge_id").is_int64());
  EXPECT_EQ(credits(d.at("dispute").at("id").as_int64()), (std::pair<std::int64_t, std::int64_t>{1, -30'000}));
  // The invoice is collected again: its late fee accrues from now on.
  EXPECT_FALSE(penalty(inv).at("paused").as_bool());
  job(shift(due, 7));
  EXPECT_EQ(penalty(inv).at("accrued_fen").as_int64(), 2'000);
  // A closed case takes nothing more; closing again is the loser's 409.
  auto again = business.send_json("POST", path_of(d, "/close"), json::object{{"outcome", "no_change"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(code_of(again), "disputes.dispute.closed");
  EXPECT_EQ(credits(d.at("dispute").at("id").as_int64()).first, 1);
}

// A case closed with a payment plan keeps its invoice out of collections while the instalments are
// paid on time (no late fee, no reminder), and the first instalment overdue brings collections back
// (R12: the outcome and what it changes; the late fee stops only while the dispute or its plan holds).
TEST_P(Disputes, R12_APaymentPlanKeepsTheInvoicesLateFeeStoppedUntilAnInstalmentIsOverdue) {
  auto c = active();
  const std::string due = day(-20);
  auto inv = invoice(c, 100'000, due);
  auto business = as("business");
  auto opened = business.send_json(
      "POST", "/api/v1/disputes",
      json::object{
          {"source_type", "invoice"}, {"source_id", inv}, {"claim", "一次付清有困难"}, {"amount_fen", 100'000}});
  ASSERT_EQ(opened.status, 201) << opened.body;
  auto d = opened.json();
  const auto id = d.at("dispute").at("id").as_int64();
  auto plans = [&](const std::string& date) {
    auto [rc, out] = server_->run_cli({"jobs", "run", "dispute-plans", "--date", date});
    EXPECT_EQ(rc, 0) << out;
    return out;
  };
  auto plan_rows = [&] {
    auto tx = db::Tx::begin(*db_, db::Access::read);
    auto row = tx->one("SELECT COUNT(*) FROM dispute_instalments WHERE dispute_id = $1", {id});
    return row.ok() && *row ? (*row)->int64(0) : -1;
  };

  // Bad plans are refused and change nothing: none given, one already overdue, out of order.
  for (const auto& bad : {json::array{}, json::array{json::object{{"due_date", day(-1)}, {"amount_fen", 100'000}}},
                          json::array{json::object{{"due_date", day(30)}, {"amount_fen", 50'000}},
                                      json::object{{"due_date", day(10)}, {"amount_fen", 50'000}}}}) {
    auto r = business.send_json("POST", path_of(d, "/close"),
                                json::object{{"outcome", "payment_plan"}, {"note", "分两期"}, {"plan", bad}});
    EXPECT_EQ(r.status, 400) << r.body;
  }
  EXPECT_EQ(business.get(path_of(d)).json().at("dispute").at("status").as_string(), "negotiating");
  EXPECT_EQ(plan_rows(), 0);

  auto closed = business.send_json(
      "POST", path_of(d, "/close"),
      json::object{{"outcome", "payment_plan"},
                   {"note", "分两期付清"},
                   {"plan", json::array{json::object{{"due_date", day(10)}, {"amount_fen", 40'000}},
                                        json::object{{"due_date", day(40)}, {"amount_fen", 60'000}}}}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  const auto closed_body = closed.json();
  const auto& plan = closed_body.at("plan");
  ASSERT_TRUE(plan.is_object()) << closed.body;
  EXPECT_EQ(plan.at("total_fen").as_int64(), 100'000);
  ASSERT_EQ(plan.at("instalments").as_array().size(), 2u);
  EXPECT_EQ(plan.at("instalments").as_array()[1].at("seq").as_int64(), 2);
  EXPECT_TRUE(plan.at("lapsed_at").is_null());
  EXPECT_EQ(closed_body.at("dispute").at("status").as_string(), "resolved");

  // The case is closed but the plan holds: days pass with no late fee and no reminder.
  EXPECT_TRUE(penalty(inv).at("paused").as_bool());
  job(day(5));
  EXPECT_EQ(penalty(inv).at("accrued_fen").as_int64(), 0);
  EXPECT_EQ(reminders(inv), 0);
  EXPECT_NE(plans(day(5)).find("0 lapsed"), std::string::npos);

  // The first instalment is paid; past its date the plan still holds.
  {
    auto tx = db::Tx::begin(*db_, db::Access::write);
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(billing::apply_payment(*tx, inv, 40'000).ok());
    ASSERT_TRUE(tx->commit().ok());
  }
  EXPECT_NE(plans(day(11)).find("0 lapsed"), std::string::npos);
  job(day(11));
  EXPECT_TRUE(penalty(inv).at("paused").as_bool());
  EXPECT_EQ(penalty(inv).at("accrued_fen").as_int64(), 0);

  // The second is not paid: the day after its due date the plan lapses, once, and the invoice is
  // collected again.
  EXPECT_NE(plans(day(41)).find("1 lapsed"), std::string::npos);
  EXPECT_NE(plans(day(41)).find("0 lapsed"), std::string::npos);
  EXPECT_FALSE(penalty(inv).at("paused").as_bool());
  EXPECT_TRUE(business.get(path_of(d)).json().at("plan").at("lapsed_at").is_string());
  job(day(41));
  job(day(43));
  EXPECT_GT(penalty(inv).at("accrued_fen").as_int64(), 0);
  auto audit = as("admin").get("/api/v1/audit?object_type=dispute&object_id=" + std::to_string(id));
  EXPECT_NE(audit.body.find("plan_lapsed"), std::string::npos) << audit.body;
  EXPECT_NE(audit.body.find("\"due_date\""), std::string::npos) << "the close records the schedule";
}

TEST_P(Disputes, R12_2_EscalatedToTheForumAndRefusedClosingWhileADeadlineIsOpen) {
  auto c = active();
  auto business = as("business");
  auto opened = business.send_json(
      "POST", "/api/v1/disputes",
      json::object{
          {"contract_id", c.id}, {"claim", "停机 6 小时造成的损失"}, {"amount_fen", 500'000}, {"respond_by", day(10)}});
  ASSERT_EQ(opened.status, 201) << opened.body;
  auto d = opened.json();
  ASSERT_EQ(d.at("deadlines").as_array().size(), 1u);
  // Before escalation there is no case to update.
  EXPECT_EQ(code_of(business.send_json("POST", path_of(d, "/case"), json::object{{"case_number", "x"}})),
            "disputes.dispute.not_escalated");
  // Escalation needs the forum.
  auto bad =
      business.send_json("POST", path_of(d, "/escalate"), json::object{{"forum_kind", "court"}, {"forum_name", ""}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  auto esc = business.send_json("POST", path_of(d, "/escalate"),
                                json::object{{"forum_kind", "arbitration"},
                                             {"forum_name", "上海国际仲裁中心"},
                                             {"case_number", "(2026)沪仲案字第0042号"}});
  ASSERT_EQ(esc.status, 200) << esc.body;
  EXPECT_EQ(esc.json().at("dispute").at("status").as_string(), "escalated");
  auto hearing = business.send_json("POST", path_of(d, "/case"), json::object{{"hearing_date", day(30)}});
  ASSERT_EQ(hearing.status, 200) << hearing.body;
  EXPECT_EQ(hearing.json().at("dispute").at("hearing_date").as_string(), day(30));
  EXPECT_EQ(hearing.json().at("dispute").at("case_number").as_string(), "(2026)沪仲案字第0042号");

  // The open deadline keeps the case open: 409, the case unchanged.
  auto refused = business.send_json("POST", path_of(d, "/close"), json::object{{"outcome", "no_change"}});
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_EQ(code_of(refused), "disputes.dispute.open_items");
  EXPECT_EQ(business.get(path_of(d)).json().at("dispute").at("status").as_string(), "escalated");
  const auto deadline = d.at("deadlines").as_array()[0].at("id").as_int64();
  ASSERT_EQ(business.request("POST", path_of(d, "/deadlines/" + std::to_string(deadline) + "/done")).status, 200);
  auto closed =
      business.send_json("POST", path_of(d, "/close"),
                         json::object{{"outcome", "payment_plan"},
                                      {"note", "分三期支付"},
                                      {"plan", json::array{json::object{{"due_date", day(30)}, {"amount_fen", 100}}}}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.json().at("dispute").at("outcome").as_string(), "payment_plan");
  EXPECT_TRUE(closed.json().at("actions").as_array().empty()) << closed.body;
}

TEST_P(Disputes, ALegalHoldKeepsTheCasesLinksAndOnlyManagementSetsIt) {
  auto c = active();
  auto inv = invoice(c, 50'000, day(10));
  auto business = as("business");
  auto opened = business.send_json("POST", "/api/v1/disputes",
                                   json::object{{"contract_id", c.id}, {"claim", "账单争议"}, {"amount_fen", 10'000}});
  ASSERT_EQ(opened.status, 201) << opened.body;
  auto d = opened.json();
  auto linked =
      business.send_json("POST", path_of(d, "/links"), json::object{{"object_type", "invoice"}, {"object_id", inv}});
  ASSERT_EQ(linked.status, 200) << linked.body;
  EXPECT_TRUE(penalty(inv).at("paused").as_bool()) << "a linked invoice pauses too";
  EXPECT_EQ(code_of(business.send_json("POST", path_of(d, "/links"),
                                       json::object{{"object_type", "invoice"}, {"object_id", inv}})),
            "disputes.link.duplicate");
  const auto link = std::to_string(linked.json().at("links").as_array()[0].at("id").as_int64());

  EXPECT_EQ(business.send_json("POST", path_of(d, "/hold"), json::object{{"legal_hold", true}, {"reason", "x"}}).status,
            403);
  auto management = as("management");
  EXPECT_EQ(management.send_json("POST", path_of(d, "/hold"), json::object{{"legal_hold", true}}).status, 400)
      << "a reason is needed";
  ASSERT_EQ(
      management.send_json("POST", path_of(d, "/hold"), json::object{{"legal_hold", true}, {"reason", "诉讼证据保全"}})
          .status,
      200);
  auto refused = business.request("DELETE", path_of(d, "/links/" + link));
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_EQ(code_of(refused), "disputes.legal_hold");
  EXPECT_EQ(business.get(path_of(d)).json().at("links").as_array().size(), 1u);
  EXPECT_TRUE(penalty(inv).at("paused").as_bool());
  // Released: the link may go, and the invoice is collected again.
  ASSERT_EQ(management.send_json("POST", path_of(d, "/hold"), json::object{{"legal_hold", false}}).status, 200);
  EXPECT_EQ(business.request("DELETE", path_of(d, "/links/" + link)).status, 204);
  EXPECT_FALSE(penalty(inv).at("paused").as_bool());
}

TEST_P(Disputes, ALegalHoldKeepsLinkedEntryLogEntriesFromTheLogsRetention) {
  auto c = active();
  // Two entries of the customer's visitors, both long past the log's retention.
  auto entry = [&](const std::string& name) {
    auto tx = db::Tx::begin(*db_, db::Access::write);
    EXPECT_TRUE(tx.ok());
    auto id = tx->insert(
        "INSERT INTO facility_entry_log (at, customer_id, person_name, event, actor) VALUES ($1, $2, $3, "
        "'check_in', 'desk') RETURNING id",
        {shift(day(), -1000) + "T02:00:00.000Z", c.customer_id, name});
    EXPECT_TRUE(id.ok());
    EXPECT_TRUE(tx->commit().ok());
    return *id;
  };
  auto exists = [&](std::int64_t id) {
    auto tx = db::Tx::begin(*db_, db::Access::read);
    auto row = tx->one("SELECT 1 FROM facility_entry_log WHERE id = $1", {id});
    return row.ok() && row->has_value();
  };
  const auto held = entry("held-visitor"), other = entry("other-visitor");
  auto business = as("business");
  auto d = business
               .send_json("POST", "/api/v1/disputes",
                          json::object{{"contract_id", c.id}, {"claim", "机房出入争议"}, {"amount_fen", 1}})
               .json();
  ASSERT_EQ(
      business.send_json("POST", path_of(d, "/links"), json::object{{"object_type", "entry"}, {"object_id", held}})
          .status,
      200);
  ASSERT_EQ(as("management")
                .send_json("POST", path_of(d, "/hold"), json::object{{"legal_hold", true}, {"reason", "诉讼证据"}})
                .status,
            200);
  auto [rc, out] = server_->run_cli({"jobs", "run", "facility-entry-log"});
  ASSERT_EQ(rc, 0) << out;
  EXPECT_TRUE(exists(held)) << "the held entry stays";
  EXPECT_FALSE(exists(other)) << "the rest of the log past retention goes";
}

TEST_P(Disputes, ACustomerSeesItsOwnCasesOnlyAndCannotWorkThem) {
  auto c = active();
  auto business = as("business");
  auto opened = business.send_json("POST", "/api/v1/disputes",
                                   json::object{{"contract_id", c.id}, {"claim", "带宽未达承诺"}, {"amount_fen", 1}});
  ASSERT_EQ(opened.status, 201) << opened.body;
  auto d = opened.json();
  auto acme = as("acme.user");
  auto own = acme.get(path_of(d));
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_TRUE(own.json().at("actions").as_array().empty());
  EXPECT_EQ(acme.get("/api/v1/disputes").json().at("count").as_int64(), 1);
  EXPECT_EQ(acme.send_json("POST", path_of(d, "/entries"),
                           json::object{{"kind", "note"}, {"on_date", day()}, {"summary", "x"}})
                .status,
            403);
  auto zenith = as("zenith.admin");
  EXPECT_EQ(zenith.get(path_of(d)).status, 404);
  EXPECT_EQ(zenith.get("/api/v1/disputes").json().at("count").as_int64(), 0);
  // A contract of another customer cannot carry a complaint or invoice of this one.
  auto bad = business.send_json(
      "POST", "/api/v1/disputes",
      json::object{{"source_type", "invoice"}, {"source_id", 999999}, {"claim", "x"}, {"amount_fen", 1}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(business.get("/api/v1/disputes").json().at("count").as_int64(), 1) << "nothing was opened";
}

TEST_P(Disputes, R9_1_ACustomersBreachBecomesAPenaltyOnTheNextInvoiceOnceAndIsClosed) {
  auto c = active();
  auto inv = invoice(c, 80'000, day(-5));
  auto operations = as("operations");
  auto made = operations.send_json("POST", "/api/v1/breaches",
                                   json::object{{"contract_id", c.id},
                                                {"party", "customer"},
                                                {"kind", "over_use"},
                                                {"clause", "第五条 电力容量"},
                                                {"description", "连续 72 小时用电 6.2kW，超出合同 4kW"},
                                                {"occurred_on", day(-3)}});
  ASSERT_EQ(made.status, 201) << made.body;
  auto b = made.json();
  const auto id = std::to_string(b.at("breach").at("id").as_int64());
  EXPECT_EQ(std::string(b.at("breach").at("number").as_string()).rfind("BR-", 0), 0u);
  // A kind of the other side is refused.
  EXPECT_EQ(operations
                .send_json("POST", "/api/v1/breaches",
                           json::object{{"contract_id", c.id},
                                        {"party", "customer"},
                                        {"kind", "data_loss"},
                                        {"clause", "x"},
                                        {"description", "x"},
                                        {"occurred_on", day()}})
                .status,
            400);
  // Finance (who reads invoices) adds the invoice as evidence.
  auto ev = as("finance").send_json("POST", "/api/v1/breaches/" + id + "/evidence",
                                    json::object{{"object_type", "invoice"}, {"object_id", inv}});
  ASSERT_EQ(ev.status, 200) << ev.body;
  EXPECT_EQ(ev.json().at("evidence").at(0).at("label").as_string().rfind("INV-", 0), 0u);
  // Compensation is the operator's, not the customer's.
  EXPECT_EQ(operations
                .send_json("POST", "/api/v1/breaches/" + id + "/decision",
                           json::object{{"consequence", "compensation"}, {"amount_fen", 100}})
                .status,
            400);
  auto decided = operations.send_json("POST", "/api/v1/breaches/" + id + "/decision",
                                      json::object{{"consequence", "penalty"}, {"amount_fen", 50'000}});
  ASSERT_EQ(decided.status, 200) << decided.body;
  EXPECT_TRUE(decided.json().at("breach").at("charge_id").is_int64());
  auto again = operations.send_json("POST", "/api/v1/breaches/" + id + "/decision",
                                    json::object{{"consequence", "penalty"}, {"amount_fen", 50'000}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(code_of(again), "disputes.breach.decided");
  {
    auto tx = db::Tx::begin(*db_, db::Access::read);
    auto row = tx->one(
        "SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM billing_pending_charges WHERE source_type = 'breach' "
        "AND source_id = $1 AND kind = 'penalty'",
        {b.at("breach").at("id").as_int64()});
    ASSERT_TRUE(row.ok() && *row);
    EXPECT_EQ((*row)->int64(0), 1);
    EXPECT_EQ((*row)->int64(1), 50'000);
  }
  auto closed = operations.request("POST", "/api/v1/breaches/" + id + "/close");
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.json().at("breach").at("status").as_string(), "closed");
  // The customer sees its own breach; another customer does not.
  EXPECT_EQ(as("acme.user").get("/api/v1/breaches/" + id).status, 200);
  EXPECT_EQ(as("zenith.admin").get("/api/v1/breaches/" + id).status, 404);
  EXPECT_EQ(as("zenith.admin").get("/api/v1/breaches").json().at("count").as_int64(), 0);
}

TEST_P(Disputes, R9_2_TheOperatorsBreachIsCompensatedAndACustomersAbuseIsProposedForSuspension) {
  auto c = active();
  auto management = as("management");
  auto loss = management.send_json("POST", "/api/v1/breaches",
                                   json::object{{"contract_id", c.id},
                                                {"party", "operator"},
                                                {"kind", "data_loss"},
                                                {"clause", "第六条 数据备份"},
                                                {"description", "备份任务失败导致客户数据丢失"},
                                                {"occurred_on", day(-1)}});
  ASSERT_EQ(loss.status, 201) << loss.body;
  const auto loss_id = loss.json().at("breach").at("id").as_int64();
  EXPECT_EQ(management
                .send_json("POST", "/api/v1/breaches/" + std::to_string(loss_id) + "/decision",
                           json::object{{"consequence", "suspension"}})
                .status,
            400)
      << "the operator's breach suspends nobody";
  auto comp = management.send_json("POST", "/api/v1/breaches/" + std::to_string(loss_id) + "/decision",
                                   json::object{{"consequence", "compensation"}, {"amount_fen", 200'000}});
  ASSERT_EQ(comp.status, 200) << comp.body;
  {
    auto tx = db::Tx::begin(*db_, db::Access::read);
    auto row =
        tx->one("SELECT amount_fen, kind FROM billing_pending_charges WHERE source_type = 'breach' AND source_id = $1",
                {loss_id});
    ASSERT_TRUE(row.ok() && *row);
    EXPECT_EQ((*row)->int64(0), -200'000);
    EXPECT_EQ((*row)->text(1), "credit");
  }
  // Abuse: security proposes the suspension through collections; management decides it there.
  auto security = as("security");
  auto abuse = security.send_json("POST", "/api/v1/breaches",
                                  json::object{{"contract_id", c.id},
                                               {"party", "customer"},
                                               {"kind", "abuse"},
                                               {"clause", "第九条 禁止行为"},
                                               {"description", "对外发起 DDoS 攻击"},
                                               {"occurred_on", day()}});
  ASSERT_EQ(abuse.status, 201) << abuse.body;
  const auto abuse_id = std::to_string(abuse.json().at("breach").at("id").as_int64());
  auto suspended = security.send_json("POST", "/api/v1/breaches/" + abuse_id + "/decision",
                                      json::object{{"consequence", "suspension"}});
  ASSERT_EQ(suspended.status, 200) << suspended.body;
  const auto sid = suspended.json().at("breach").at("suspension_id").as_int64();
  auto s = management.get("/api/v1/billing/suspensions/" + std::to_string(sid));
  ASSERT_EQ(s.status, 200) << s.body;
  EXPECT_EQ(s.json().at("suspension").at("status").as_string(), "proposed");
  EXPECT_EQ(s.json().at("suspension").at("reason").as_string(), "abuse");
}

TEST_P(Disputes, R12_ADisputeOverABreachStaysOpenWhileTheBreachIsOpen) {
  auto c = active();
  auto business = as("business");
  auto made = business.send_json("POST", "/api/v1/breaches",
                                 json::object{{"contract_id", c.id},
                                              {"party", "operator"},
                                              {"kind", "sla_failure"},
                                              {"clause", "第七条 服务等级"},
                                              {"description", "可用性 99.2%，低于承诺 99.9%"},
                                              {"occurred_on", day(-10)}});
  ASSERT_EQ(made.status, 201) << made.body;
  const auto breach = made.json().at("breach").at("id").as_int64();
  auto opened = business.send_json(
      "POST", "/api/v1/disputes",
      json::object{
          {"source_type", "breach"}, {"source_id", breach}, {"claim", "要求按合同赔偿"}, {"amount_fen", 100'000}});
  ASSERT_EQ(opened.status, 201) << opened.body;
  auto d = opened.json();
  EXPECT_EQ(d.at("dispute").at("contract_id").as_int64(), c.id);
  EXPECT_EQ(d.at("links").at(0).at("object_type").as_string(), "breach");
  auto refused = business.send_json("POST", path_of(d, "/close"), json::object{{"outcome", "no_change"}});
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_EQ(code_of(refused), "disputes.dispute.open_items");
  const auto b = "/api/v1/breaches/" + std::to_string(breach);
  ASSERT_EQ(business.send_json("POST", b + "/decision", json::object{{"consequence", "none"}}).status, 200);
  ASSERT_EQ(business.request("POST", b + "/close").status, 200);
  EXPECT_EQ(business.send_json("POST", path_of(d, "/close"), json::object{{"outcome", "no_change"}}).status, 200);
}

TEST_P(Disputes, TheComplianceViewShowsNoDataAsSuchAndNamesTheFailingItems) {
  auto management = as("management");
  auto clause = [&](const std::string& id) {
    auto r = management.get("/api/v1/compliance");
    EXPECT_EQ(r.status, 200) << r.body;
    const auto doc = r.json();
    for (const auto& c : doc.at("clauses").as_array())
      if (c.at("clause").as_string() == id) return c.as_object();
    ADD_FAILURE() << id << " is not in the view";
    return json::object{};
  };
  EXPECT_EQ(clause("R12.1").at("status").as_string(), "no_data") << "nothing measured is not passing";
  EXPECT_EQ(clause("R1.1").at("status").as_string(), "not_measured");
  EXPECT_EQ(as("business").get("/api/v1/compliance").status, 403);
  EXPECT_EQ(as("acme.admin").get("/api/v1/compliance").status, 403);

  // Escalated without a word of negotiation (R12.1 fails, naming it), with its case number (R12.2).
  auto c = active();
  auto business = as("business");
  auto d = business
               .send_json("POST", "/api/v1/disputes",
                          json::object{{"contract_id", c.id}, {"claim", "直接起诉"}, {"amount_fen", 1}})
               .json();
  ASSERT_EQ(business
                .send_json("POST", path_of(d, "/escalate"),
                           json::object{{"forum_kind", "court"},
                                        {"forum_name", "上海市浦东新区人民法院"},
                                        {"case_number", "(2026)沪0115民初1号"}})
                .status,
            200);
  auto r12 = clause("R12.1");
  EXPECT_EQ(r12.at("status").as_string(), "failing");
  EXPECT_EQ(r12.at("value_bp").as_int64(), 0);
  ASSERT_EQ(r12.at("failing").as_array().size(), 1u);
  EXPECT_EQ(r12.at("failing").at(0).at("number").as_string(), d.at("dispute").at("number").as_string());
  EXPECT_EQ(clause("R12.2").at("status").as_string(), "passing");

  // A customer's abuse decided at once: handled in time (R9.1.2).
  auto b = as("security")
               .send_json("POST", "/api/v1/breaches",
                          json::object{{"contract_id", c.id},
                                       {"party", "customer"},
                                       {"kind", "abuse"},
                                       {"clause", "第九条"},
                                       {"description", "扫描他人网络"},
                                       {"occurred_on", day()}})
               .json();
  EXPECT_EQ(clause("R9.1.2").at("status").as_string(), "no_data") << "an open breach within its time is not counted";
  ASSERT_EQ(
      as("security")
          .send_json("POST", "/api/v1/breaches/" + std::to_string(b.at("breach").at("id").as_int64()) + "/decision",
                     json::object{{"consequence", "none"}})
          .status,
      200);
  EXPECT_EQ(clause("R9.1.2").at("status").as_string(), "passing");
}

// R12 with R11.2.2: a case closed with the outcome "termination" opens the contract's
// termination request for business to decide; a date the contract cannot end on refuses the close
// and changes nothing.
TEST_P(Disputes, ATerminationOutcomeOpensTheContractsTerminationRequest) {
  auto c = active();
  auto business = as("business");
  auto d = business
               .send_json("POST", "/api/v1/disputes",
                          json::object{{"contract_id", c.id}, {"claim", "长期违约，协商解除合同"}, {"amount_fen", 1}})
               .json();
  const std::string contract = "/api/v1/contracts/" + std::to_string(c.id);
  auto late =
      business.send_json("POST", path_of(d, "/close"),
                         json::object{{"outcome", "termination"}, {"note", "双方同意解除"}, {"end_date", day(4000)}});
  EXPECT_EQ(late.status, 400) << late.body;  // validation_failed: after the contract's end
  EXPECT_EQ(business.get(path_of(d)).json().at("dispute").at("status").as_string(), "negotiating");
  EXPECT_TRUE(business.get(contract).json().at("termination_requests").as_array().empty());

  auto closed =
      business.send_json("POST", path_of(d, "/close"),
                         json::object{{"outcome", "termination"}, {"note", "双方同意解除"}, {"end_date", day(30)}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  const auto request = closed.json().at("dispute").at("termination_request_id");
  ASSERT_TRUE(request.is_int64()) << closed.body;
  const auto requests = business.get(contract).json().at("termination_requests").as_array();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].at("id"), request);
  EXPECT_EQ(requests[0].at("status").as_string(), "open");
  EXPECT_EQ(requests[0].at("desired_date").as_string(), day(30));
  EXPECT_NE(requests[0].at("reason").as_string().find(d.at("dispute").at("number").as_string()), std::string::npos);
  // Audited as the contract's own request.
  auto audit = as("admin").get("/api/v1/audit?object_type=contract_termination_request");
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_NE(audit.body.find("\"object_id\":\"" + std::to_string(request.as_int64()) + "\""), std::string::npos)
      << audit.body;
}

// ---- Races: the loser answers 409 and changes nothing ----

// PostgreSQL: the test holds a write transaction (which locks the case's row as well) while the
// racing writes start, and lets them go once `waiting` of them wait for it, so that they are all
// under way together. SQLite runs one write transaction at a time; there they simply run at once.
class HeldRow {
 public:
  HeldRow(db::Database& db, Backend backend, std::int64_t dispute_id) : db_(db) {
    if (backend != Backend::postgres) return;
    auto tx = db::Tx::begin(db, db::Access::write);
    EXPECT_TRUE(tx.ok());
    tx_.emplace(std::move(*tx));
    EXPECT_TRUE(tx_->exec("UPDATE disputes SET updated_at = updated_at WHERE id = $1", {dispute_id}).ok());
  }
  // Waits (boundedly) until `n` statements wait for a lock, then releases the row.
  void release_when_waiting(int n) {
    if (!tx_) return;
    for (int i = 0; i < 2000 && waiting() < n; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    EXPECT_EQ(waiting(), n) << "the racing writes wait their turn";
    EXPECT_TRUE(tx_->commit().ok());
    tx_.reset();
  }
  void wait_for(int n) {
    if (!tx_) return;
    for (int i = 0; i < 2000 && waiting() < n; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }

 private:
  std::int64_t waiting() {
    auto tx = db::Tx::begin(db_, db::Access::read);
    auto row = tx->one(
        "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()");
    return row.ok() && row->has_value() ? (**row).int64(0) : -1;
  }
  db::Database& db_;
  std::optional<db::Tx> tx_;
};

TEST_P(Disputes, TwoClosesOfOneCaseAtOnceOneWinsTheOtherAnswers409) {
  auto c = active();
  auto business = as("business"), other = as("business");
  auto d = business
               .send_json("POST", "/api/v1/disputes",
                          json::object{{"contract_id", c.id}, {"claim", "重复结案"}, {"amount_fen", 10'000}})
               .json();
  const auto id = d.at("dispute").at("id").as_int64();
  const json::object body{{"outcome", "credit"}, {"amount_fen", 5'000}, {"note", "同意退还"}};
  int first = 0, second = 0;
  HeldRow row(*db_, GetParam(), id);
  std::thread a([&] { first = business.send_json("POST", path_of(d, "/close"), body).status; });
  std::thread b([&] { second = other.send_json("POST", path_of(d, "/close"), body).status; });
  row.release_when_waiting(2);
  a.join();
  b.join();
  EXPECT_EQ(std::min(first, second), 200);
  EXPECT_EQ(std::max(first, second), 409);
  // One credit, not two.
  auto tx = db::Tx::begin(*db_, db::Access::read);
  auto n =
      tx->one("SELECT COUNT(*) FROM billing_pending_charges WHERE source_type = 'dispute' AND source_id = $1", {id});
  ASSERT_TRUE(n.ok() && n->has_value()) << (n.ok() ? "" : n.error().message);
  EXPECT_EQ((**n).int64(0), 1);
}

TEST_P(Disputes, ClosingWhileAnOpenBreachIsLinkedLeavesNoClosedCaseWithAnOpenItem) {
  auto c = active();
  auto business = as("business"), other = as("business");
  auto d = business
               .send_json("POST", "/api/v1/disputes",
                          json::object{{"contract_id", c.id}, {"claim", "结案与关联同时"}, {"amount_fen", 1}})
               .json();
  const auto id = d.at("dispute").at("id").as_int64();
  auto b = as("security")
               .send_json("POST", "/api/v1/breaches",
                          json::object{{"contract_id", c.id},
                                       {"party", "customer"},
                                       {"kind", "abuse"},
                                       {"clause", "第九条"},
                                       {"description", "滥用资源"},
                                       {"occurred_on", day()}})
               .json();
  const auto breach = b.at("breach").at("id").as_int64();
  int closed = 0, linked = 0;
  HeldRow row(*db_, GetParam(), id);
  std::thread a([&] {
    closed = business.send_json("POST", path_of(d, "/close"), json::object{{"outcome", "no_change"}}).status;
  });
  std::thread l([&] {
    linked =
        other.send_json("POST", path_of(d, "/links"), json::object{{"object_type", "breach"}, {"object_id", breach}})
            .status;
  });
  row.release_when_waiting(2);
  a.join();
  l.join();
  EXPECT_EQ(std::min(closed, linked), 200) << closed << " " << linked;
  EXPECT_EQ(std::max(closed, linked), 409) << closed << " " << linked;
  auto now = business.get(path_of(d)).json();
  const bool is_closed = now.at("dispute").at("status").as_string() != "negotiating" &&
                         now.at("dispute").at("status").as_string() != "escalated";
  EXPECT_NE(is_closed, !now.at("links").as_array().empty()) << "closed with an open breach linked: " << now;
}

TEST_P(Disputes, ALegalHoldSetWhileTheRetentionJobRunsKeepsTheHeldEntry) {
  auto c = active();
  auto tx = db::Tx::begin(*db_, db::Access::write);
  ASSERT_TRUE(tx.ok());
  auto entry = tx->insert(
      "INSERT INTO facility_entry_log (at, customer_id, person_name, event, actor) VALUES ($1, $2, '争议证据', "
      "'check_in', 'desk') RETURNING id",
      {shift(day(), -1000) + "T02:00:00.000Z", c.customer_id});
  ASSERT_TRUE(entry.ok());
  ASSERT_TRUE(tx->commit().ok());
  auto business = as("business");
  auto management = as("management");
  auto d = business
               .send_json("POST", "/api/v1/disputes",
                          json::object{{"contract_id", c.id}, {"claim", "保全与清理同时"}, {"amount_fen", 1}})
               .json();
  ASSERT_EQ(
      business.send_json("POST", path_of(d, "/links"), json::object{{"object_type", "entry"}, {"object_id", *entry}})
          .status,
      200);
  int held = 0, rc = -1;
  HeldRow row(*db_, GetParam(), d.at("dispute").at("id").as_int64());
  std::thread h([&] {
    held = management.send_json("POST", path_of(d, "/hold"), json::object{{"legal_hold", true}, {"reason", "诉讼证据"}})
               .status;
  });
  row.wait_for(1);  // the hold first, then the job
  std::thread j([&] { rc = server_->run_cli({"jobs", "run", "facility-entry-log"}).first; });
  row.release_when_waiting(2);
  h.join();
  j.join();
  EXPECT_EQ(held, 200);
  EXPECT_EQ(rc, 0);
  auto check = db::Tx::begin(*db_, db::Access::read);
  auto kept = check->one("SELECT 1 FROM facility_entry_log WHERE id = $1", {*entry});
  EXPECT_TRUE(kept.ok() && kept->has_value()) << "nothing is deleted under a legal hold";
}

COLO_INSTANTIATE_API_TEST(Disputes);

}  // namespace
}  // namespace colo::testing
