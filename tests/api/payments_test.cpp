// Receivables through the real server on SQLite and PostgreSQL (R8.2.1, R11.2.3): payments
// allocated oldest first or as chosen, partial payments and overpayment kept as credit, refunds
// within the credit, reversal, deposits released or offset at a contract's end and the settlement
// checklist following them, the ageing buckets on their boundary days, statements, tenancy, bad
// input changing nothing, and payments racing for one invoice.
//
// Issued invoices are put in place with billing's own store (as a billing run issues them), in the
// server's database, so that each test owns its figures.
#include <gtest/gtest.h>

#include <unistd.h>
#include <boost/json.hpp>

#include <cstdio>
#include <fstream>
#include <latch>
#include <mutex>
#include <thread>

#include "api/hosting_support.hpp"
#include "billing/store.hpp"
#include "db/database.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";

using State = std::pair<std::string, std::int64_t>;  // an invoice's status and paid amount

class Payments : public ApiTest {
 protected:
  db::Database& database() {
    auto& slot = databases_[server().db_url()];
    if (!slot) slot = db::Database::open(server().db_url()).take();
    return *slot;
  }

  // A customer of the test's own, so that its figures are its own.
  std::int64_t fresh_customer() {
    auto r = as("admin").send_json("POST", "/api/v1/customers", json::object{{"name", unique("付款测试客户")}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().at("id").as_int64();
  }

  // Any contract: an invoice must name one; its customer is the invoice's own.
  std::int64_t some_contract() {
    auto r = as("admin").get("/api/v1/contracts?limit=1");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().at("results").at(0).at("id").as_int64();
  }

  // An issued invoice (or credit note) of `total_fen`, due on `due`.
  std::int64_t issue(std::int64_t customer, const std::string& due, std::int64_t total_fen,
                     std::optional<std::int64_t> contract = std::nullopt, bool final_invoice = false,
                     const std::string& kind = "invoice") {
    billing::Invoice inv;
    inv.number = unique(kind == "invoice" ? "INV-T" : "CN-T");
    inv.kind = kind;
    inv.customer_id = customer;
    inv.customer_name = "客户";
    inv.contract_id = contract.value_or(some_contract());
    inv.contract_number = "CT-TEST";
    inv.is_final = final_invoice;
    inv.due_date = *parse_date(due);
    inv.issue_date = add_days(inv.due_date, -30);
    inv.period_start = inv.issue_date;
    inv.period_end = inv.due_date;
    inv.subtotal_fen = total_fen;
    inv.total_fen = total_fen;
    inv.created_by_name = "test";
    inv.created_at = inv.updated_at = format_instant(SystemClock().now());
    auto tx = db::Tx::begin(database(), db::Access::write).take();
    auto inserted = billing::store::insert_invoice(tx, inv);
    EXPECT_TRUE(inserted.ok()) << inserted.error().message;
    tx.commit().take();
    return inv.id;
  }

  // {status, paid_fen} of an invoice as billing keeps it.
  State invoice(std::int64_t id) {
    auto tx = db::Tx::begin(database(), db::Access::read).take();
    auto row = tx.one("SELECT status, paid_fen FROM billing_invoices WHERE id = $1", {id}).take();
    return {row->text(0), row->int64(1)};
  }

  std::int64_t count(const std::string& sql, const db::Params& params) {
    auto tx = db::Tx::begin(database(), db::Access::read).take();
    return tx.one(sql, params).take()->int64(0);
  }

  json::object balance(std::int64_t customer) {
    auto r = as("finance").get("/api/v1/billing/customers/" + std::to_string(customer) + "/balance");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().as_object();
  }

  HttpResponse pay(HttpClient& c, std::int64_t customer, std::int64_t amount, json::object extra = {}) {
    json::object body{{"customer_id", customer},   {"amount_fen", amount},           {"received_on", day(0)},
                      {"method", "bank_transfer"}, {"bank_reference", unique("BR")}, {"payer_name", "付款人"}};
    for (auto& [k, v] : extra) body[k] = v;
    return c.send_json("POST", "/api/v1/billing/payments", body);
  }

  // A contract of acme, signed and active.
  std::string active_contract() {
    auto admin = as("admin");
    auto room = make_room(admin, 1);
    auto app = approved(server(), room.room, 1);
    auto business = as("business");
    auto c = business.send_json("POST", "/api/v1/contracts",
                                json::object{{"application_id", std::stoll(app)}, {"line_items", line_items()}});
    EXPECT_EQ(c.status, 201) << c.body;
    auto id = id_of(c);
    auto s = business.request("POST", "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie", kPdf,
                              {{"Content-Type", "application/pdf"}});
    EXPECT_EQ(s.status, 200) << s.body;
    EXPECT_EQ(business.request("POST", "/api/v1/contracts/" + id + "/activate").status, 200);
    return id;
  }

  std::map<std::string, json::object> settlement(const std::string& contract, const std::string& lang = "en-US") {
    std::map<std::string, json::object> out;
    auto c = as("business").request("GET", "/api/v1/contracts/" + contract, "", {{"Accept-Language", lang}}).json();
    for (const auto& i : c.at("settlement").as_array()) out[std::string(i.at("kind").as_string())] = i.as_object();
    return out;
  }

  static inline std::map<std::string, std::unique_ptr<db::Database>> databases_;
};

TEST_P(Payments, R8_2_1_APaymentPaysTheOldestInvoicesFirstAndTheRestIsCredit) {
  auto finance = as("finance");
  const auto customer = fresh_customer();
  const auto oldest = issue(customer, day(-40), 10'000);
  const auto middle = issue(customer, day(-10), 5'000);
  const auto newest = issue(customer, day(5), 3'000);
  const auto note = issue(customer, day(-50), 700, std::nullopt, false, "credit_note");

  auto first = pay(finance, customer, 12'000);
  ASSERT_EQ(first.status, 201) << first.body;
  const auto p1 = first.json().as_object();
  ASSERT_EQ(p1.at("allocations").as_array().size(), 2u) << p1;
  EXPECT_EQ(p1.at("allocations").at(0).at("invoice").at("id").as_int64(), oldest);
  EXPECT_EQ(p1.at("allocations").at(0).at("amount_fen").as_int64(), 10'000);
  EXPECT_EQ(p1.at("allocations").at(1).at("invoice").at("id").as_int64(), middle);
  EXPECT_EQ(p1.at("allocations").at(1).at("amount_fen").as_int64(), 2'000);
  EXPECT_EQ(p1.at("unallocated_fen").as_int64(), 0);
  EXPECT_EQ(invoice(oldest), State("paid", 10'000));
  EXPECT_EQ(invoice(middle), State("partially_paid", 2'000));
  EXPECT_EQ(invoice(note).second, 0) << "a credit note takes no money";

  // The preview says what the next one would do and records nothing.
  json::object body{{"customer_id", customer}, {"amount_fen", 9'000}, {"received_on", day(0)}, {"method", "cash"}};
  auto preview = finance.send_json("POST", "/api/v1/billing/payments/preview", body);
  ASSERT_EQ(preview.status, 200) << preview.body;
  EXPECT_EQ(preview.json().at("allocated_fen").as_int64(), 6'000);
  EXPECT_EQ(preview.json().at("credit_fen").as_int64(), 3'000);
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_payments WHERE customer_id = $1", {customer}), 1);

  // Overpaid: both invoices are settled, 3,000 stays as credit.
  auto second = pay(finance, customer, 9'000);
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(second.json().at("allocated_fen").as_int64(), 6'000);
  EXPECT_EQ(second.json().at("unallocated_fen").as_int64(), 3'000);
  EXPECT_EQ(invoice(middle).first, "paid");
  EXPECT_EQ(invoice(newest).first, "paid");
  auto b = balance(customer);
  EXPECT_EQ(b.at("credit_fen").as_int64(), 3'000);
  EXPECT_EQ(b.at("outstanding_fen").as_int64(), 0);

  // Credit is applied by finance to an invoice issued later.
  const auto later = issue(customer, day(20), 5'000);
  auto applied = finance.send_json("POST", "/api/v1/billing/customers/" + std::to_string(customer) + "/apply-credit",
                                   json::object{});
  ASSERT_EQ(applied.status, 200) << applied.body;
  ASSERT_EQ(applied.json().as_array().size(), 1u) << applied.body;
  EXPECT_EQ(invoice(later), State("partially_paid", 3'000));
  b = balance(customer);
  EXPECT_EQ(b.at("credit_fen").as_int64(), 0);
  EXPECT_EQ(b.at("outstanding_fen").as_int64(), 2'000);
}

TEST_P(Payments, R8_2_1_ChosenAllocationsStayWithinTheInvoiceAndThePayment) {
  auto finance = as("finance");
  const auto customer = fresh_customer();
  const auto other = fresh_customer();
  const auto old = issue(customer, day(-40), 10'000);
  const auto chosen = issue(customer, day(-5), 4'000);
  const auto foreign = issue(other, day(-5), 4'000);
  const auto note = issue(customer, day(-5), 500, std::nullopt, false, "credit_note");

  auto ok = pay(finance, customer, 5'000,
                {{"allocations", json::array{json::object{{"invoice_id", chosen}, {"amount_fen", 1'500}}}}});
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(invoice(chosen), State("partially_paid", 1'500));
  EXPECT_EQ(invoice(old).second, 0) << "only the chosen invoice";
  EXPECT_EQ(ok.json().at("unallocated_fen").as_int64(), 3'500);

  struct Case {
    std::int64_t invoice, amount, paid;
    std::string field;
  };
  for (const auto& c : std::vector<Case>{{foreign, 100, 1'000, "allocations/0/invoice_id"},
                                         {note, 100, 1'000, "allocations/0/invoice_id"},
                                         {chosen, 2'501, 9'000, "allocations/0/amount_fen"},
                                         {chosen, 1'001, 1'000, "allocations"}}) {
    auto r = pay(finance, customer, c.paid,
                 {{"allocations", json::array{json::object{{"invoice_id", c.invoice}, {"amount_fen", c.amount}}}}});
    EXPECT_EQ(r.status, 422) << r.body;
    EXPECT_EQ(r.json().at("code").as_string(), "billing.allocation.invalid");
    EXPECT_EQ(r.json().at("errors").at(0).at("field").as_string(), c.field) << r.body;
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_payments WHERE customer_id = $1", {customer}), 1);
  EXPECT_EQ(invoice(foreign).second, 0);
  EXPECT_EQ(invoice(chosen).second, 1'500);
}

TEST_P(Payments, R8_2_1_BadPaymentsAreRefusedAndWriteNothing) {
  auto finance = as("finance");
  const auto customer = fresh_customer();
  issue(customer, day(-5), 4'000);
  struct Case {
    json::value amount;
    int status;
    std::string code;
  };
  const std::vector<Case> cases = {
      {0, 422, "billing.payment.invalid"},    {-100, 422, "billing.payment.invalid"},
      {12.5, 422, "billing.payment.invalid"}, {10'000'000'001, 422, "billing.payment.invalid"},
      {1e20, 422, "billing.payment.invalid"}, {"100", 400, "validation_failed"},
  };
  for (const auto& c : cases) {
    auto r = pay(finance, customer, 0, {{"amount_fen", c.amount}});
    EXPECT_EQ(r.status, c.status) << json::serialize(c.amount) << " " << r.body;
    EXPECT_EQ(r.json().at("code").as_string(), c.code) << r.body;
  }
  auto future = pay(finance, customer, 100, {{"received_on", day(1)}});
  EXPECT_EQ(future.status, 422) << future.body;
  auto no_ref = pay(finance, customer, 100, {{"bank_reference", ""}});
  EXPECT_EQ(no_ref.status, 422) << no_ref.body;
  auto nobody = pay(finance, 999'999'999, 100);
  EXPECT_EQ(nobody.status, 422) << nobody.body;
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_payments WHERE customer_id = $1", {customer}), 0);
  EXPECT_EQ(balance(customer).at("outstanding_fen").as_int64(), 4'000);

  // The same bank reference twice is one transfer recorded twice.
  auto once = pay(finance, customer, 100, {{"bank_reference", "DUP-" + unique("r")}});
  ASSERT_EQ(once.status, 201) << once.body;
  auto twice = pay(finance, customer, 100, {{"bank_reference", once.json().at("bank_reference")}});
  EXPECT_EQ(twice.status, 409) << twice.body;
  EXPECT_EQ(twice.json().at("code").as_string(), "billing.payment.duplicate_reference");
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_payments WHERE customer_id = $1", {customer}), 1);
}

TEST_P(Payments, R8_2_1_AReversedPaymentUnallocatesAndARefundStaysWithinTheCredit) {
  auto finance = as("finance");
  const auto customer = fresh_customer();
  const auto inv = issue(customer, day(-5), 4'000);
  auto p = pay(finance, customer, 10'000);
  ASSERT_EQ(p.status, 201) << p.body;
  const auto path = "/api/v1/billing/payments/" + id_of(p);
  EXPECT_EQ(invoice(inv).first, "paid");

  // A refund of more than the credit is refused; within it, it lowers the credit.
  auto too_much = finance.send_json(
      "POST", "/api/v1/billing/refunds",
      json::object{{"customer_id", customer}, {"amount_fen", 6'001}, {"refunded_on", day(0)}, {"reference", "RF-1"}});
  EXPECT_EQ(too_much.status, 422) << too_much.body;
  EXPECT_EQ(too_much.json().at("code").as_string(), "billing.refund.exceeds_credit");
  for (const json::value amount : {json::value(0), json::value(-1), json::value(0.5)}) {
    auto bad = finance.send_json(
        "POST", "/api/v1/billing/refunds",
        json::object{
            {"customer_id", customer}, {"amount_fen", amount}, {"refunded_on", day(0)}, {"reference", "RF-1"}});
    EXPECT_EQ(bad.status, 422) << bad.body;
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_refunds WHERE customer_id = $1", {customer}), 0);
  auto refunded = finance.send_json(
      "POST", "/api/v1/billing/refunds",
      json::object{{"customer_id", customer}, {"amount_fen", 1'000}, {"refunded_on", day(0)}, {"reference", "RF-2"}});
  ASSERT_EQ(refunded.status, 201) << refunded.body;
  EXPECT_EQ(balance(customer).at("credit_fen").as_int64(), 5'000);

  // Part of it was paid back: it cannot bounce any more.
  auto in_use = finance.send_json("POST", path + "/reverse", json::object{{"reason", "退票"}});
  EXPECT_EQ(in_use.status, 409) << in_use.body;
  EXPECT_EQ(in_use.json().at("code").as_string(), "billing.payment.in_use");

  // A bounced transfer: the invoice it paid owes again, and it bounces once.
  const auto inv2 = issue(customer, day(-1), 4'000);
  auto second = pay(finance, customer, 1'500,
                    {{"allocations", json::array{json::object{{"invoice_id", inv2}, {"amount_fen", 1'500}}}}});
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(invoice(inv2), State("partially_paid", 1'500));
  const auto second_path = "/api/v1/billing/payments/" + id_of(second);
  EXPECT_EQ(finance.send_json("POST", second_path + "/reverse", json::object{}).status, 400) << "a reason is needed";
  auto reversed = finance.send_json("POST", second_path + "/reverse", json::object{{"reason", "银行退票"}});
  ASSERT_EQ(reversed.status, 200) << reversed.body;
  EXPECT_EQ(reversed.json().at("status").as_string(), "reversed");
  ASSERT_EQ(reversed.json().at("allocations").as_array().size(), 1u);
  EXPECT_FALSE(reversed.json().at("allocations").at(0).at("reversed_at").is_null());
  EXPECT_EQ(invoice(inv2), State("issued", 0));
  auto twice = finance.send_json("POST", second_path + "/reverse", json::object{{"reason", "x"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(twice.json().at("code").as_string(), "billing.payment.reversed");
  EXPECT_EQ(balance(customer).at("credit_fen").as_int64(), 5'000) << "a reversed payment leaves no credit";
  EXPECT_EQ(balance(customer).at("outstanding_fen").as_int64(), 4'000);
}

TEST_P(Payments, R8_2_1_AgeingBucketsOnTheirBoundaryDays) {
  auto finance = as("finance");
  const auto customer = fresh_customer();
  const std::string as_of = "2026-03-31";
  // 1, 2, 4, ... fen so that every bucket's sum names the invoices in it.
  const std::vector<std::pair<int, std::int64_t>> late = {{-1, 1},  {0, 2},   {1, 4},    {30, 8},  {31, 16},
                                                          {60, 32}, {61, 64}, {90, 128}, {91, 256}};
  for (const auto& [days, fen] : late) issue(customer, shift(as_of, -days), fen);
  const auto path = "/api/v1/billing/ageing?as_of=" + as_of + "&customer=" + std::to_string(customer);
  auto r = finance.get(path);
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.json().at("count").as_int64(), 1) << r.body;
  const auto row = r.json().at("results").at(0).as_object();
  EXPECT_EQ(row.at("current_fen").as_int64(), 1 + 2);
  EXPECT_EQ(row.at("d1_30_fen").as_int64(), 4 + 8);
  EXPECT_EQ(row.at("d31_60_fen").as_int64(), 16 + 32);
  EXPECT_EQ(row.at("d61_90_fen").as_int64(), 64 + 128);
  EXPECT_EQ(row.at("d90_plus_fen").as_int64(), 256);
  EXPECT_EQ(row.at("total_fen").as_int64(), 511);
  EXPECT_EQ(row.at("invoices").as_int64(), 9);
  auto summary = finance.get("/api/v1/billing/ageing/summary?as_of=" + as_of + "&customer=" + std::to_string(customer));
  ASSERT_EQ(summary.status, 200) << summary.body;
  EXPECT_EQ(summary.json().at("totals").at("total_fen").as_int64(), 511);

  // Paid today, the two oldest leave today's report; a past day's report still shows what was
  // owed at its end (a month-end statement's ageing does not change with later payments), a day
  // later than before with everything aged by one day.
  ASSERT_EQ(pay(finance, customer, 256 + 128).status, 201);  // the two oldest
  r = finance.get("/api/v1/billing/ageing?as_of=" + shift(as_of, 1) + "&customer=" + std::to_string(customer));
  const auto next = r.json().at("results").at(0).as_object();
  EXPECT_EQ(next.at("current_fen").as_int64(), 1);
  EXPECT_EQ(next.at("d1_30_fen").as_int64(), 2 + 4);
  EXPECT_EQ(next.at("d31_60_fen").as_int64(), 8 + 16);
  EXPECT_EQ(next.at("d61_90_fen").as_int64(), 32 + 64);
  EXPECT_EQ(next.at("d90_plus_fen").as_int64(), 128 + 256);
  EXPECT_EQ(next.at("total_fen").as_int64(), 511);
  r = finance.get("/api/v1/billing/ageing?customer=" + std::to_string(customer));
  ASSERT_EQ(r.status, 200) << r.body;
  const auto now = r.json().at("results").at(0).as_object();
  EXPECT_EQ(now.at("total_fen").as_int64(), 511 - 256 - 128);
  EXPECT_EQ(now.at("invoices").as_int64(), 7);

  // The report exports like any list.
  auto xlsx = finance.get(
      "/api/v1/export?format=xlsx&path=/api/v1/billing/"
      "ageing&column=customer.name&column=current_fen&column=d1_30_fen&column=d90_plus_fen&column=total_fen&as_of=" +
      as_of + "&customer=" + std::to_string(customer));
  EXPECT_EQ(xlsx.status, 200) << xlsx.body;
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
}

TEST_P(Payments, R8_2_1_AStatementRunsFromTheOpeningToTheClosingBalance) {
  auto finance = as("finance");
  const auto customer = fresh_customer();
  issue(customer, day(-20), 10'000);  // issued 50 days ago
  ASSERT_EQ(pay(finance, customer, 4'000, {{"received_on", day(-30)}}).status, 201);
  issue(customer, day(25), 5'000);  // issued 5 days ago
  ASSERT_EQ(pay(finance, customer, 8'000, {{"received_on", day(-2)}}).status, 201);
  const auto path =
      "/api/v1/billing/customers/" + std::to_string(customer) + "/statement?from=" + day(-10) + "&to=" + day(0);
  auto r = finance.get(path);
  ASSERT_EQ(r.status, 200) << r.body;
  const auto s = r.json().as_object();
  EXPECT_EQ(s.at("opening_fen").as_int64(), 6'000);
  ASSERT_EQ(s.at("entries").as_array().size(), 2u) << s;
  EXPECT_EQ(s.at("entries").at(0).at("kind").as_string(), "invoice");
  EXPECT_EQ(s.at("entries").at(0).at("balance_fen").as_int64(), 11'000);
  EXPECT_EQ(s.at("entries").at(1).at("kind").as_string(), "payment");
  EXPECT_EQ(s.at("entries").at(1).at("balance_fen").as_int64(), 3'000);
  EXPECT_EQ(s.at("closing_fen").as_int64(), 3'000);
  EXPECT_EQ(
      finance
          .get("/api/v1/billing/customers/" + std::to_string(customer) + "/statement?from=" + day(0) + "&to=" + day(-1))
          .status,
      400);
}

TEST_P(Payments, R8_2_1_CustomersSeeOnlyTheirOwnPaymentsAndCannotRecordAny) {
  auto finance = as("finance");
  auto acme = as("acme.admin");
  const auto acme_id = customer_of(acme);
  const auto stranger = fresh_customer();
  issue(stranger, day(-5), 1'000);
  auto theirs = pay(finance, stranger, 1'000);
  ASSERT_EQ(theirs.status, 201);
  auto own = pay(finance, acme_id, 100);
  ASSERT_EQ(own.status, 201) << own.body;

  auto list = acme.get("/api/v1/billing/payments?limit=1000");
  ASSERT_EQ(list.status, 200) << list.body;
  const auto mine = list.json();
  ASSERT_GT(mine.at("count").as_int64(), 0);
  for (const auto& p : mine.at("results").as_array()) EXPECT_EQ(p.at("customer").at("id").as_int64(), acme_id);
  EXPECT_EQ(acme.get("/api/v1/billing/payments/" + id_of(own)).status, 200);
  EXPECT_EQ(acme.get("/api/v1/billing/payments/" + id_of(theirs)).status, 404);
  const auto stranger_path = "/api/v1/billing/customers/" + std::to_string(stranger);
  EXPECT_EQ(acme.get(stranger_path + "/balance").status, 404);
  EXPECT_EQ(acme.get(stranger_path + "/statement?from=" + day(-1) + "&to=" + day(0)).status, 404);
  auto ageing = acme.get("/api/v1/billing/ageing?limit=1000&customer=" + std::to_string(stranger));
  ASSERT_EQ(ageing.status, 200);
  EXPECT_EQ(ageing.json().at("count").as_int64(), 0);
  EXPECT_EQ(pay(acme, acme_id, 100).status, 403);
  EXPECT_EQ(acme.send_json("POST", "/api/v1/billing/payments/" + id_of(own) + "/reverse", json::object{{"reason", "x"}})
                .status,
            403);
  EXPECT_EQ(
      acme.send_json("POST", "/api/v1/billing/customers/" + std::to_string(acme_id) + "/apply-credit", json::object{})
          .status,
      403);
  EXPECT_EQ(as("business").send_json("POST", "/api/v1/billing/payments/preview", json::object{}).status, 403);
}

TEST_P(Payments, R11_2_3_ADepositIsOffsetAtTheContractsEndAndTheChecklistFollows) {
  auto finance = as("finance");
  const auto contract = active_contract();
  const auto contract_id = std::stoll(contract);
  auto deposit = finance.send_json(
      "POST", "/api/v1/billing/deposits",
      json::object{
          {"contract_id", contract_id}, {"amount_fen", 50'000}, {"received_on", day(0)}, {"reference", "DP-1"}});
  ASSERT_EQ(deposit.status, 201) << deposit.body;
  const auto customer = deposit.json().at("customer").at("id").as_int64();
  const auto settle = "/api/v1/billing/deposits/" + id_of(deposit) + "/settle";
  auto early = finance.send_json("POST", settle, json::object{{"action", "release"}, {"reference", "R"}});
  EXPECT_EQ(early.status, 409) << early.body;
  EXPECT_EQ(early.json().at("code").as_string(), "billing.deposit.contract_live");
  auto bad =
      finance.send_json("POST", "/api/v1/billing/deposits",
                        json::object{{"contract_id", contract_id}, {"amount_fen", 1.5}, {"received_on", day(0)}});
  EXPECT_EQ(bad.status, 422) << bad.body;

  auto ended = as("business")
                   .send_json("POST", "/api/v1/contracts/" + contract + "/terminate",
                              json::object{{"initiated_by", "operator"}, {"reason", "欠费"}, {"date", day(0)}});
  ASSERT_EQ(ended.status, 200) << ended.body;
  auto items = settlement(contract);
  EXPECT_FALSE(items["deposit"].at("done").as_bool()) << items["deposit"];
  EXPECT_FALSE(items["final_invoice"].at("done").as_bool());
  // Nobody ticks them by hand any more.
  auto by_hand = finance.send_json(
      "PATCH", "/api/v1/contracts/" + contract + "/settlement/" + std::to_string(items["deposit"].at("id").as_int64()),
      json::object{{"done", true}});
  EXPECT_EQ(by_hand.status, 409) << by_hand.body;
  EXPECT_EQ(by_hand.json().at("code").as_string(), "contracts.settlement.from_billing");

  // The final invoice: the deposit pays it and the rest goes back to the customer.
  const auto final_invoice = issue(customer, day(10), 30'000, contract_id, true);
  items = settlement(contract);
  EXPECT_FALSE(items["final_invoice"].at("done").as_bool()) << "issued, not paid";
  // The notes are derived on every read, in the reader's language.
  auto zh = settlement(contract, "zh-CN");
  EXPECT_NE(std::string(zh["final_invoice"].at("note").as_string()).find("已开具，尚未结清"), std::string::npos)
      << zh["final_invoice"];
  EXPECT_NE(std::string(zh["deposit"].at("note").as_string()).find("仍有保证金 500.00 元"), std::string::npos)
      << zh["deposit"];
  EXPECT_NE(std::string(items["deposit"].at("note").as_string()).find("CNY 500.00 is still held"), std::string::npos)
      << items["deposit"];
  auto no_reference = finance.send_json("POST", settle, json::object{{"action", "offset"}});
  EXPECT_EQ(no_reference.status, 422) << no_reference.body;
  auto offset = finance.send_json("POST", settle, json::object{{"action", "offset"}, {"reference", "DP-BACK-1"}});
  ASSERT_EQ(offset.status, 200) << offset.body;
  EXPECT_EQ(offset.json().at("status").as_string(), "offset");
  EXPECT_EQ(offset.json().at("offset_fen").as_int64(), 30'000);
  EXPECT_EQ(offset.json().at("released_fen").as_int64(), 20'000);
  EXPECT_EQ(invoice(final_invoice), State("paid", 30'000));
  items = settlement(contract);
  EXPECT_TRUE(items["final_invoice"].at("done").as_bool()) << items["final_invoice"];
  EXPECT_TRUE(items["deposit"].at("done").as_bool()) << items["deposit"];
  auto again = finance.send_json("POST", settle, json::object{{"action", "release"}, {"reference", "R"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json().at("code").as_string(), "billing.deposit.not_held");

  // The customer sees its deposit; a stranger does not.
  auto acme = as("acme.admin");
  auto mine = acme.get("/api/v1/billing/deposits?contract=" + contract);
  ASSERT_EQ(mine.status, 200);
  EXPECT_EQ(mine.json().as_array().size(), 1u);
  EXPECT_EQ(as("zenith.admin").get("/api/v1/billing/deposits/" + id_of(deposit)).status, 404);
}

TEST_P(Payments, R8_2_1_ADepositTakenFromAPaymentComesOutOfItsCreditAndIsReleasedWhole) {
  auto finance = as("finance");
  const auto contract = active_contract();
  const auto contract_id = std::stoll(contract);
  auto acme = as("acme.admin");
  const auto customer = customer_of(acme);
  auto p = pay(finance, customer, 8'000, {{"allocations", json::array{}}});  // all of it kept as credit
  ASSERT_EQ(p.status, 201) << p.body;
  const auto payment = p.json().at("id").as_int64();
  const auto credit_before = balance(customer).at("credit_fen").as_int64();

  // More than the payment has left, or another customer's payment, is refused and writes nothing.
  auto too_much = finance.send_json(
      "POST", "/api/v1/billing/deposits",
      json::object{
          {"contract_id", contract_id}, {"amount_fen", 8'001}, {"received_on", day(0)}, {"payment_id", payment}});
  EXPECT_EQ(too_much.status, 422) << too_much.body;
  EXPECT_EQ(too_much.json().at("code").as_string(), "billing.deposit.payment");
  const auto stranger = fresh_customer();
  auto theirs = pay(finance, stranger, 9'000);
  ASSERT_EQ(theirs.status, 201);
  auto foreign = finance.send_json("POST", "/api/v1/billing/deposits",
                                   json::object{{"contract_id", contract_id},
                                                {"amount_fen", 100},
                                                {"received_on", day(0)},
                                                {"payment_id", theirs.json().at("id")}});
  EXPECT_EQ(foreign.status, 422) << foreign.body;
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_deposits WHERE contract_id = $1", {contract_id}), 0);

  auto taken = finance.send_json(
      "POST", "/api/v1/billing/deposits",
      json::object{
          {"contract_id", contract_id}, {"amount_fen", 5'000}, {"received_on", day(0)}, {"payment_id", payment}});
  ASSERT_EQ(taken.status, 201) << taken.body;
  EXPECT_EQ(balance(customer).at("credit_fen").as_int64(), credit_before - 5'000);
  EXPECT_EQ(balance(customer).at("deposits_held_fen").as_int64(), 5'000);
  // The payment now holds a deposit: it cannot bounce without undoing that first.
  auto reverse = finance.send_json("POST", "/api/v1/billing/payments/" + std::to_string(payment) + "/reverse",
                                   json::object{{"reason", "退票"}});
  EXPECT_EQ(reverse.status, 409) << reverse.body;
  EXPECT_EQ(reverse.json().at("code").as_string(), "billing.payment.in_use");

  ASSERT_EQ(as("business")
                .send_json("POST", "/api/v1/contracts/" + contract + "/terminate",
                           json::object{{"initiated_by", "customer"}, {"reason", "到期不续"}, {"date", day(0)}})
                .status,
            200);
  const auto settle = "/api/v1/billing/deposits/" + id_of(taken) + "/settle";
  EXPECT_EQ(finance.send_json("POST", settle, json::object{{"action", "release"}}).status, 422) << "a reference";
  auto released = finance.send_json("POST", settle, json::object{{"action", "release"}, {"reference", "DP-BACK-2"}});
  ASSERT_EQ(released.status, 200) << released.body;
  EXPECT_EQ(released.json().at("status").as_string(), "released");
  EXPECT_EQ(released.json().at("released_fen").as_int64(), 5'000);
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_refunds WHERE deposit_id = $1 AND amount_fen = 5000",
                  {released.json().at("id").as_int64()}),
            1);
  EXPECT_EQ(balance(customer).at("deposits_held_fen").as_int64(), 0);
  EXPECT_TRUE(settlement(contract)["deposit"].at("done").as_bool());
}

// The text pdftotext reads from a PDF (poppler-utils).
std::string pdf_text(const std::string& pdf) {
  const std::string path = ::testing::TempDir() + "/colo-statement-" + std::to_string(::getpid()) + ".pdf";
  {
    std::ofstream f(path, std::ios::binary);
    f << pdf;
  }
  std::string out;
  if (FILE* p = ::popen(("pdftotext -layout '" + path + "' - 2>&1").c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
  }
  std::remove(path.c_str());
  return out;
}

// The monthly statement as a PDF prints every kind of movement under its own label (a reversed
// transfer, a deposit taken from a payment and a deposit offset against the final invoice
// included), in the reader's language; the customer reaches its own and nobody else's.
TEST_P(Payments, R8_2_1_TheMonthlyStatementPdfLabelsEveryMovement) {
  auto finance = as("finance");
  const auto contract = active_contract();
  const auto contract_id = std::stoll(contract);
  auto acme = as("acme.admin");
  const auto customer = customer_of(acme);
  auto bounced = pay(finance, customer, 1'234, {{"allocations", json::array{}}});
  ASSERT_EQ(bounced.status, 201) << bounced.body;
  ASSERT_EQ(finance
                .send_json("POST", "/api/v1/billing/payments/" + id_of(bounced) + "/reverse",
                           json::object{{"reason", "退票"}})
                .status,
            200);
  auto p = pay(finance, customer, 8'000, {{"allocations", json::array{}}});
  ASSERT_EQ(p.status, 201) << p.body;
  auto taken = finance.send_json("POST", "/api/v1/billing/deposits",
                                 json::object{{"contract_id", contract_id},
                                              {"amount_fen", 5'000},
                                              {"received_on", day(0)},
                                              {"payment_id", p.json().at("id")}});
  ASSERT_EQ(taken.status, 201) << taken.body;
  ASSERT_EQ(as("business")
                .send_json("POST", "/api/v1/contracts/" + contract + "/terminate",
                           json::object{{"initiated_by", "customer"}, {"reason", "到期不续"}, {"date", day(0)}})
                .status,
            200);
  issue(customer, day(30), 3'000, contract_id, true);  // issued today
  ASSERT_EQ(finance
                .send_json("POST", "/api/v1/billing/deposits/" + id_of(taken) + "/settle",
                           json::object{{"action", "offset"}, {"reference", "DP-BACK-9"}})
                .status,
            200);

  const auto path =
      "/api/v1/billing/customers/" + std::to_string(customer) + "/statement/pdf?month=" + day(0).substr(0, 7);
  auto zh = acme.request("GET", path, "", {{"Accept-Language", "zh-CN"}});
  ASSERT_EQ(zh.status, 200) << zh.body.substr(0, 300);
  EXPECT_EQ(zh.header("content-type").value_or(""), "application/pdf");
  ASSERT_EQ(zh.body.rfind("%PDF-", 0), 0u);
  const auto text = pdf_text(zh.body);
  for (const char* label :
       {"对账单", "期初余额", "期末余额", "结算单", "收款", "收款冲销", "转为保证金", "保证金抵扣", "账龄"})
    EXPECT_NE(text.find(label), std::string::npos) << label << " missing from:\n" << text;
  EXPECT_NE(text.find("CT-"), std::string::npos) << "the deposit's contract:\n" << text;
  EXPECT_EQ(text.find("调整"), std::string::npos) << "a movement printed without its own label:\n" << text;
  // One day's movements in the order they happened: the deposit is taken before it is offset,
  // the transfer received before it bounced.
  EXPECT_LT(text.find("转为保证金"), text.find("保证金抵扣")) << text;
  EXPECT_LT(text.find("收款 "), text.find("收款冲销")) << text;
  auto en = finance.get(path + "&lang=en-US");
  ASSERT_EQ(en.status, 200) << en.body.substr(0, 300);
  const auto english = pdf_text(en.body);
  for (const char* label : {"Statement of account", "Opening balance", "reversed", "taken", "offset"})
    EXPECT_NE(english.find(label), std::string::npos) << label << " missing from:\n" << english;
  EXPECT_EQ(english.find("对账单"), std::string::npos);

  // Another customer's statement does not exist for acme; a month that is not one is refused.
  const auto stranger = fresh_customer();
  EXPECT_EQ(acme.get("/api/v1/billing/customers/" + std::to_string(stranger) + "/statement/pdf").status, 404);
  EXPECT_EQ(as("zenith.admin").get(path).status, 404);
  for (const char* month : {"2026-13", "2026-1", "202611", "2026-11-01"}) {
    auto bad = finance.get("/api/v1/billing/customers/" + std::to_string(customer) + "/statement/pdf?month=" + month);
    EXPECT_EQ(bad.status, 400) << month << ": " << bad.body;
  }
}

TEST_P(Payments, R8_2_1_PaymentsRacingForOneInvoiceNeverOverAllocateIt) {
  constexpr int kRacers = 8;
  const auto customer = fresh_customer();
  const auto inv = issue(customer, day(-5), 10'000);
  std::vector<HttpClient> clients;
  for (int i = 0; i < kRacers; ++i) clients.push_back(as("finance"));
  std::latch start(kRacers);
  std::mutex mutex;
  std::map<int, int> statuses;
  std::vector<std::thread> threads;
  for (int i = 0; i < kRacers; ++i)
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      // Half choose the invoice for 6,000 (only one can), half pay oldest first.
      json::object extra;
      if (i % 2 == 0) extra["allocations"] = json::array{json::object{{"invoice_id", inv}, {"amount_fen", 6'000}}};
      auto r = pay(clients[static_cast<std::size_t>(i)], customer, 6'000, extra);
      std::lock_guard lock(mutex);
      ++statuses[r.status];
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(statuses[500], 0);
  EXPECT_EQ(statuses[201] + statuses[422], kRacers);
  EXPECT_EQ(invoice(inv), State("paid", 10'000));
  EXPECT_EQ(count("SELECT COALESCE(SUM(amount_fen), 0) FROM billing_allocations WHERE invoice_id = $1 AND "
                  "reversed_at IS NULL",
                  {inv}),
            10'000);
  const auto b = balance(customer);
  EXPECT_EQ(b.at("credit_fen").as_int64(), 6'000 * statuses[201] - 10'000);
}

COLO_INSTANTIATE_API_TEST(Payments);

}  // namespace
}  // namespace colo::testing
