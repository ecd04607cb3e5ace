// The billing service on a real database, SQLite and PostgreSQL: the run invoices contracts in
// advance with proration, is idempotent, bills a change agreement's difference and an early end's
// credit, puts usage and pending charges on the invoice, resumes after a failed batch without gaps
// or duplicates (R8.2.2); credit notes, the fapiao number, buyer details, tenancy, payments.
#include "billing/service.hpp"

#include <gtest/gtest.h>

#include "auth/permissions.hpp"
#include "billing/ledger.hpp"
#include "billing/periods.hpp"
#include "billing/store.hpp"
#include "contracts/terms.hpp"
#include "core/json.hpp"
#include "db/faults.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::billing {
namespace {

Date d(const char* s) { return *parse_date(s); }

Context person(std::int64_t user_id, const std::string& role, std::optional<std::int64_t> customer = {}) {
  auto p = std::make_shared<Principal>();
  p->user_id = user_id;
  p->username = role + "-" + std::to_string(user_id);
  p->roles = {role};
  p->permissions = auth::permissions_for(p->roles);
  p->customer_id = customer;
  return Context{p, "req", "test"};
}

contracts::LineItem line(const std::string& service, const std::string& description, std::int64_t qty,
                         std::int64_t price, const std::string& mode = "recurring") {
  contracts::LineItem l;
  l.service = service;
  l.description = description;
  l.quantity = qty;
  l.unit_price_fen = price;
  l.mode = mode;
  return l;
}

contracts::Terms terms(Date from, Date to, std::vector<contracts::LineItem> lines) {
  contracts::Terms t;
  t.effective_date = from;
  t.end_date = to;
  t.line_items = std::move(lines);
  return t;
}

class BillingServiceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    customer_a_ = add_customer("甲公司");
    customer_b_ = add_customer("乙公司");
    Settings s;
    s.batch_size = 2;
    s.seller = {"某某数据中心有限公司", "91110108551385082Q", "北京市海淀区 010-12345678", "工商银行 0200"};
    service_ = std::make_unique<Service>(db(), clock_, s);
  }

  std::int64_t add_customer(const std::string& name) {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto id = tx.insert("INSERT INTO customers (name, address, status, created_at, updated_at) VALUES ($1, '', "
                        "'active', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') RETURNING id",
                        {name})
                  .take();
    EXPECT_TRUE(tx.commit().ok());
    return id;
  }

  // A contract as the contracts module stores it: its row and its versions.
  std::int64_t add_contract(std::int64_t customer, const std::string& status, Date from, Date to,
                            std::vector<std::pair<Date, contracts::Terms>> versions,
                            std::optional<Date> termination = {}) {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    const auto number = "CT-2026-" + std::to_string(++contracts_);
    auto id = tx.insert("INSERT INTO contracts (number, customer_id, customer_name, operator_party, status, "
                        "effective_date, end_date, term_months, auto_renew, notice_days, confidentiality_years, "
                        "confidentiality_until, current_version, created_by, created_by_name, created_at, updated_at, "
                        "termination_date) VALUES ($1, $2, 'customer', 'operator', $3, $4, $5, 12, 0, 30, 3, "
                        "'2030-01-01', $6, 1, 'test', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', $7) "
                        "RETURNING id",
                        {number, customer, status, format_date(from), format_date(to),
                         static_cast<int>(versions.size()),
                         termination ? db::Value(format_date(*termination)) : db::Value()})
                  .take();
    int v = 0;
    for (const auto& [at, t] : versions)
      EXPECT_TRUE(tx.exec("INSERT INTO contract_versions (contract_id, customer_id, version, effective_from, terms, "
                          "reason, created_at) VALUES ($1, $2, $3, $4, $5, $6, '2026-01-01T00:00:00.000Z')",
                          {id, customer, ++v, format_date(at), to_json(contracts::terms_json(t)),
                           v == 1 ? "initial" : "amendment"})
                      .ok());
    EXPECT_TRUE(tx.commit().ok());
    return id;
  }

  void exec(const std::string& sql, const db::Params& params = {}) {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(tx.exec(sql, params).ok()) << sql;
    ASSERT_TRUE(tx.commit().ok());
  }

  std::int64_t count(const std::string& sql, const db::Params& params = {}) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return tx.one(sql, params).take()->int64(0);
  }

  std::vector<Invoice> all_invoices(std::optional<std::int64_t> contract = {}) {
    InvoiceFilter f;
    f.contract = contract;
    f.limit = 1000;
    f.sort = "id";
    return service_->invoices(finance_, f).take().second;
  }

  std::vector<InvoiceLine> lines_of(std::int64_t id) { return service_->invoice(finance_, id).take().invoice.lines; }

  ManualClock clock_{*parse_instant("2026-03-25T02:00:00Z")};
  std::unique_ptr<Service> service_;
  std::int64_t customer_a_ = 0, customer_b_ = 0;
  int contracts_ = 0;
  Context finance_ = person(1, "finance");
  Context business_ = person(2, "business");
};

TEST_P(BillingServiceTest, TheRunBillsInAdvanceWithProrationAndOneOffLinesOnce) {
  // From 2026-03-16: March prorated (16 of 31 days), April within the 7 days' lead on 03-25.
  auto t = terms(d("2026-03-16"), d("2027-03-15"),
                 {line("rack_space", "42U 机柜", 2, 300000), line("bandwidth", "100 Mbps", 1, 100000),
                  line("other", "安装费", 1, 50000, "one_off")});
  auto id = add_contract(customer_a_, "active", d("2026-03-16"), d("2027-03-15"), {{d("2026-03-16"), t}});
  auto run = service_->run(finance_, d("2026-03-25"), "manual").take();
  EXPECT_EQ(run.status, "completed");
  EXPECT_EQ(run.invoices, 1);
  auto invs = all_invoices(id);
  ASSERT_EQ(invs.size(), 1u);
  const auto& inv = invs[0];
  EXPECT_EQ(inv.number, "INV-2026-000001");
  EXPECT_EQ(format_date(inv.due_date), "2026-04-09");
  EXPECT_EQ(format_date(inv.period_start), "2026-03-16");
  EXPECT_EQ(format_date(inv.period_end), "2026-04-30");
  EXPECT_EQ(inv.seller.name, "某某数据中心有限公司");
  EXPECT_EQ(inv.buyer.name, "customer");
  auto lines = lines_of(inv.id);
  std::int64_t sum = 0, tax = 0;
  std::map<std::string, std::int64_t> by;
  for (const auto& l : lines) {
    sum += l.total_fen;
    tax += l.tax_fen;
    EXPECT_EQ(l.tax_fen, tax_for(l.amount_fen, l.tax_rate_bp));
    by[l.description + (l.period_start ? " " + format_date(*l.period_start) : "")] += l.amount_fen;
  }
  EXPECT_EQ(sum, inv.total_fen);
  EXPECT_EQ(tax, inv.tax_fen);
  EXPECT_EQ(by["42U 机柜 2026-03-16"], 309677);  // 600000 × 16 / 31
  EXPECT_EQ(by["42U 机柜 2026-04-01"], 600000);
  EXPECT_EQ(by["100 Mbps 2026-03-16"], 51613);  // 100000 × 16 / 31
  EXPECT_EQ(by["安装费 2026-03-16"], 50000);
  // Bandwidth is taxed at 9 %, colocation at 6 %.
  for (const auto& l : lines) EXPECT_EQ(l.tax_rate_bp, l.service == "bandwidth" ? 900 : 600) << l.description;

  // The same day again bills nothing new (idempotent), and so does the next day.
  auto again = service_->run(finance_, d("2026-03-25"), "manual").take();
  EXPECT_EQ(again.invoices, 0);
  EXPECT_EQ(service_->run(finance_, d("2026-03-26"), "manual").take().invoices, 0);
  // May is billed once it starts within the lead, without the one-off again.
  clock_.set(*parse_instant("2026-04-25T02:00:00Z"));
  EXPECT_EQ(service_->run(finance_, d("2026-04-25"), "manual").take().invoices, 1);
  invs = all_invoices(id);
  ASSERT_EQ(invs.size(), 2u);
  EXPECT_EQ(invs[1].number, "INV-2026-000002");
  auto may = lines_of(invs[1].id);
  ASSERT_EQ(may.size(), 2u);
  EXPECT_EQ(may[0].amount_fen + may[1].amount_fen, 700000);
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_charges WHERE contract_id = $1", {id}), 7);
}

TEST_P(BillingServiceTest, AChangeAgreementMidPeriodIsBilledAsTheDifference) {
  auto v1 = terms(d("2026-03-01"), d("2027-02-28"), {line("rack_space", "42U 机柜", 1, 310000)});
  auto id = add_contract(customer_a_, "active", d("2026-03-01"), d("2027-02-28"), {{d("2026-03-01"), v1}});
  ASSERT_TRUE(service_->run(finance_, d("2026-03-25"), "manual").ok());  // March and April at 3,100
  // Agreed later: doubled from 2026-04-11.
  auto v2 = v1;
  v2.line_items[0].unit_price_fen = 600000;
  exec("INSERT INTO contract_versions (contract_id, customer_id, version, effective_from, terms, reason, created_at) "
       "VALUES ($1, $2, 2, '2026-04-11', $3, 'amendment', '2026-04-01T00:00:00.000Z')",
       {id, customer_a_, to_json(contracts::terms_json(v2))});
  clock_.set(*parse_instant("2026-04-25T02:00:00Z"));
  ASSERT_TRUE(service_->run(finance_, d("2026-04-25"), "manual").ok());
  auto invs = all_invoices(id);
  ASSERT_EQ(invs.size(), 2u);
  auto lines = lines_of(invs[1].id);
  ASSERT_EQ(lines.size(), 2u);
  // April: 10 days at 310000/30 + 20 days at 600000/30 = 103333.3 + 400000 = 503333; charged 310000.
  EXPECT_EQ(format_date(*lines[0].period_start), "2026-04-01");
  EXPECT_EQ(lines[0].amount_fen, 503333 - 310000);
  EXPECT_EQ(lines[0].note, "adjustment");
  EXPECT_TRUE(lines[0].original_line_id.has_value());
  EXPECT_EQ(lines[1].amount_fen, 600000);  // May at the new price
}

TEST_P(BillingServiceTest, AnEarlyEndGetsAFinalCreditNoteAndIsSettled) {
  auto t = terms(d("2026-03-01"), d("2027-02-28"), {line("rack_space", "42U 机柜", 1, 300000)});
  auto id = add_contract(customer_a_, "active", d("2026-03-01"), d("2027-02-28"), {{d("2026-03-01"), t}});
  ASSERT_TRUE(service_->run(finance_, d("2026-03-25"), "manual").ok());  // March + April: 600000
  {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    EXPECT_FALSE(final_invoice_issued(tx, id).take());
  }
  // Terminated on 2026-03-31: April was charged and is owed back.
  exec("UPDATE contracts SET status = 'terminated', termination_date = '2026-03-31' WHERE id = $1", {id});
  clock_.set(*parse_instant("2026-04-02T02:00:00Z"));
  auto run = service_->run(finance_, d("2026-04-02"), "manual").take();
  EXPECT_EQ(run.credit_notes, 1);
  auto invs = all_invoices(id);
  ASSERT_EQ(invs.size(), 2u);
  EXPECT_EQ(invs[1].kind, "credit_note");
  EXPECT_EQ(invs[1].number, "CN-2026-000001");
  EXPECT_TRUE(invs[1].is_final);
  EXPECT_EQ(invs[1].total_fen, -(300000 + 18000));
  EXPECT_EQ(invs[1].original_invoice_id, std::optional<std::int64_t>(invs[0].id));
  // The credit reduces what is left to pay on the last invoice.
  EXPECT_EQ(invs[0].credited_fen, 318000);
  EXPECT_EQ(invs[0].outstanding_fen(), 318000);
  {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    EXPECT_TRUE(final_invoice_issued(tx, id).take());
  }
  // Settled: later runs leave it alone.
  EXPECT_EQ(service_->run(finance_, d("2026-04-03"), "manual").take().contracts_seen, 0);
}

TEST_P(BillingServiceTest, AnEndedContractFullyBilledStillGetsItsFinalInvoice) {
  auto t = terms(d("2026-01-01"), d("2026-03-31"), {line("rack_space", "42U 机柜", 1, 300000)});
  auto id = add_contract(customer_a_, "active", d("2026-01-01"), d("2026-03-31"), {{d("2026-01-01"), t}});
  ASSERT_TRUE(service_->run(finance_, d("2026-03-25"), "manual").ok());
  exec("UPDATE contracts SET status = 'expired' WHERE id = $1", {id});
  // A late fee left by collections goes on the final invoice.
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    PendingCharge fee;
    fee.customer_id = customer_a_;
    fee.contract_id = id;
    fee.kind = "late_fee";
    fee.description = "逾期违约金";
    fee.amount_fen = 1234;
    fee.tax_rate_bp = 0;
    fee.source_type = "billing_invoice";
    ASSERT_TRUE(add_pending_charge(tx, fee).ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  ASSERT_TRUE(service_->run(finance_, d("2026-04-01"), "manual").ok());
  auto invs = all_invoices(id);
  ASSERT_EQ(invs.size(), 2u);
  EXPECT_TRUE(invs[1].is_final);
  auto lines = lines_of(invs[1].id);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].kind, "late_fee");
  EXPECT_EQ(invs[1].total_fen, 1234);
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_pending_charges WHERE invoice_id IS NULL"), 0);
}

TEST_P(BillingServiceTest, UsageIsBilledInArrearsNetOfTheIncludedQuantity) {
  auto bw = line("bandwidth", "95 计费带宽", 1, 5000, "usage");
  bw.metric = "bandwidth_p95";
  bw.included_quantity = 200;
  auto t = terms(d("2026-02-01"), d("2027-01-31"), {line("rack_space", "42U 机柜", 1, 280000), bw});
  auto id = add_contract(customer_a_, "active", d("2026-02-01"), d("2027-01-31"), {{d("2026-02-01"), t}});
  // Without figures: no usage line, a note in the run.
  auto run = service_->run(finance_, d("2026-03-25"), "manual").take();
  ASSERT_EQ(run.notes.size(), 1u);
  EXPECT_NE(run.notes[0].find("95 计费带宽"), std::string::npos);
  std::vector<UsageQuery> asked;
  service_->set_usage_port([&](db::Tx&, const UsageQuery& q) -> Result<UsageFigure> {
    asked.push_back(q);
    return UsageFigure{250500, 8064, 8064, ""};  // 250.5 Mbps
  });
  ASSERT_TRUE(service_->run(finance_, d("2026-03-26"), "manual").ok());
  // February's window, then nothing more until March has ended.
  ASSERT_EQ(asked.size(), 1u);
  EXPECT_EQ(asked[0].metric, "bandwidth_p95");
  EXPECT_EQ(asked[0].basis, "max");
  EXPECT_EQ(format_date(asked[0].from), "2026-02-01");
  EXPECT_EQ(format_date(asked[0].to), "2026-02-28");
  auto invs = all_invoices(id);
  ASSERT_EQ(invs.size(), 2u);
  auto lines = lines_of(invs[1].id);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].kind, "usage");
  EXPECT_EQ(lines[0].quantity_milli, 50500);
  EXPECT_EQ(lines[0].amount_fen, 252500);
  EXPECT_EQ(lines[0].tax_rate_bp, 900);
  ASSERT_TRUE(service_->run(finance_, d("2026-03-27"), "manual").ok());
  EXPECT_EQ(asked.size(), 1u);
}

TEST_P(BillingServiceTest, ARunStoppedByAFailedBatchResumesWithoutGapsOrDuplicates) {
  auto t = terms(d("2026-03-01"), d("2027-02-28"), {line("rack_space", "42U 机柜", 1, 300000)});
  for (int i = 0; i < 5; ++i)
    add_contract(i % 2 ? customer_b_ : customer_a_, "active", d("2026-03-01"), d("2027-02-28"), {{d("2026-03-01"), t}});
  db::FaultyDatabase faulty(db::Database::open(test_db_->url).take());
  Settings s = service_->settings();
  Service svc(faulty, clock_, s);
  // Enough statements for the first batch of two to commit, then a failure inside the second.
  faulty.fail_nth_statement(60);
  auto failed = svc.run(finance_, d("2026-03-25"), "manual");
  ASSERT_FALSE(failed.ok());
  faulty.clear();
  const auto billed_before = count("SELECT COUNT(*) FROM billing_invoices");
  const auto failed_runs = count("SELECT COUNT(*) FROM billing_runs WHERE status = 'failed'");
  EXPECT_GT(billed_before, 0);
  EXPECT_LT(billed_before, 5);
  EXPECT_EQ(failed_runs, 1);
  auto resumed = svc.run(finance_, d("2026-03-25"), "manual").take();
  EXPECT_EQ(resumed.status, "completed");
  EXPECT_EQ(resumed.invoices, 5 - billed_before);
  EXPECT_LT(resumed.contracts_seen, 5);  // continued after the committed batch
  auto tx = db::Tx::begin(db(), db::Access::read).take();
  auto rows = tx.query("SELECT number FROM billing_invoices ORDER BY number").take().rows;
  ASSERT_EQ(rows.size(), 5u);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    char want[32];
    std::snprintf(want, sizeof want, "INV-2026-%06zu", i + 1);
    EXPECT_EQ(rows[i].text(0), want);
  }
  EXPECT_EQ(tx.one("SELECT COUNT(DISTINCT contract_id) FROM billing_invoices").take()->int64(0), 5);
  EXPECT_EQ(tx.one("SELECT COUNT(*) FROM billing_charges").take()->int64(0), 10);
}

TEST_P(BillingServiceTest, CreditNotesAreLimitedToWhatIsLeftUncredited) {
  auto t = terms(d("2026-03-01"), d("2027-02-28"), {line("rack_space", "42U 机柜", 1, 300000)});
  auto id = add_contract(customer_a_, "active", d("2026-03-01"), d("2027-02-28"), {{d("2026-03-01"), t}});
  ASSERT_TRUE(service_->run(finance_, d("2026-03-10"), "manual").ok());  // March only: 318000 with tax
  auto inv = all_invoices(id).at(0);
  auto line_id = lines_of(inv.id).at(0).id;
  CreditNoteInput none;
  none.reason = "服务中断补偿";
  EXPECT_EQ(service_->credit_note(finance_, inv.id, none).error().code, "validation_failed");
  CreditNoteInput too_much{{{line_id, 300001}}, std::nullopt, "多收"};
  EXPECT_EQ(service_->credit_note(finance_, inv.id, too_much).error().code, "billing.credit_note.invalid");
  CreditNoteInput part{{{line_id, 100000}}, std::nullopt, "服务中断补偿"};
  EXPECT_EQ(service_->credit_note(business_, inv.id, part).error().code, "forbidden");
  auto cn = service_->credit_note(finance_, inv.id, part).take();
  EXPECT_EQ(cn.invoice.number, "CN-2026-000001");
  EXPECT_EQ(cn.invoice.total_fen, -106000);
  ASSERT_EQ(cn.invoice.lines.size(), 1u);
  EXPECT_EQ(cn.invoice.lines[0].original_line_id, std::optional<std::int64_t>(line_id));
  auto after = service_->invoice(finance_, inv.id).take();
  EXPECT_EQ(after.invoice.credited_fen, 106000);
  EXPECT_EQ(after.invoice.outstanding_fen(), 212000);
  ASSERT_EQ(after.credit_notes.size(), 1u);
  // 200000 left before tax: 212000 with tax; one fen more is refused.
  CreditNoteInput rest{{}, 212001, "全额冲红"};
  EXPECT_EQ(service_->credit_note(finance_, inv.id, rest).error().code, "billing.credit_note.exceeds_invoice");
  rest.amount_fen = 212000;
  auto full = service_->credit_note(finance_, inv.id, rest).take();
  EXPECT_EQ(full.invoice.total_fen, -212000);
  after = service_->invoice(finance_, inv.id).take();
  EXPECT_EQ(after.invoice.status, "credited");
  EXPECT_EQ(after.invoice.outstanding_fen(), 0);
  EXPECT_EQ(service_->credit_note(finance_, cn.invoice.id, part).error().code, "billing.credit_note.of_credit_note");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE object_type = 'billing.invoice' AND action = 'credit_note'"), 2);
}

TEST_P(BillingServiceTest, TheFapiaoNumberIsRecordedOnceAndTheInvoiceIsOtherwiseImmutable) {
  auto t = terms(d("2026-03-01"), d("2027-02-28"), {line("rack_space", "42U 机柜", 1, 300000)});
  auto id = add_contract(customer_a_, "active", d("2026-03-01"), d("2027-02-28"), {{d("2026-03-01"), t}});
  ASSERT_TRUE(service_->run(finance_, d("2026-03-10"), "manual").ok());
  auto inv = all_invoices(id).at(0);
  EXPECT_EQ(service_->record_fapiao(finance_, inv.id, "1234").error().code, "validation_failed");
  EXPECT_EQ(service_->record_fapiao(finance_, inv.id, "2611200000012345678a").error().code, "validation_failed");
  auto ok = service_->record_fapiao(finance_, inv.id, "26112000000123456789").take();
  EXPECT_EQ(ok.invoice.fapiao_number, std::optional<std::string>("26112000000123456789"));
  EXPECT_EQ(service_->record_fapiao(finance_, inv.id, "26112000000123456780").error().code, "billing.fapiao.recorded");
}

TEST_P(BillingServiceTest, CustomersSeeOnlyTheirOwnInvoices) {
  auto t = terms(d("2026-03-01"), d("2027-02-28"), {line("rack_space", "42U 机柜", 1, 300000)});
  auto a = add_contract(customer_a_, "active", d("2026-03-01"), d("2027-02-28"), {{d("2026-03-01"), t}});
  auto b = add_contract(customer_b_, "active", d("2026-03-01"), d("2027-02-28"), {{d("2026-03-01"), t}});
  ASSERT_TRUE(service_->run(finance_, d("2026-03-10"), "manual").ok());
  auto alice = person(10, "customer_user", customer_a_);
  InvoiceFilter f;
  auto mine = service_->invoices(alice, f).take();
  ASSERT_EQ(mine.first, 1);
  EXPECT_EQ(mine.second[0].contract_id, a);
  auto theirs = all_invoices(b).at(0);
  EXPECT_EQ(service_->invoice(alice, theirs.id).error().code, "not_found");
  EXPECT_TRUE(service_->invoice(alice, mine.second[0].id).ok());
  EXPECT_EQ(service_->run(alice, d("2026-03-10"), "manual").error().code, "forbidden");
  EXPECT_EQ(service_->profile(alice, customer_b_).error().code, "not_found");
}

TEST_P(BillingServiceTest, BuyerDetailsAreValidatedAndSnapshottedAtIssue) {
  auto admin_a = person(11, "customer_admin", customer_a_);
  BuyerProfile p;
  p.name = "甲公司";
  p.taxpayer_id = "9144030071526726XH";  // wrong check character
  p.fapiao_type = "special";
  auto bad = service_->put_profile(admin_a, customer_a_, p);
  ASSERT_FALSE(bad.ok());
  std::set<std::string> fields;
  for (const auto& f : bad.error().fields) fields.insert(f.field);
  EXPECT_EQ(fields, (std::set<std::string>{"taxpayer_id", "address", "phone", "bank_name", "bank_account"}));
  p.taxpayer_id = "9144 0300 7152 6726 xg";
  p.address = "深圳市南山区科技园";
  p.phone = "0755-86013388";
  p.bank_name = "招商银行深圳分行";
  p.bank_account = "755900000000001";
  auto saved = service_->put_profile(admin_a, customer_a_, p).take();
  EXPECT_EQ(saved.taxpayer_id, "9144030071526726XG");
  EXPECT_EQ(service_->put_profile(admin_a, customer_b_, p).error().code, "not_found");
  EXPECT_EQ(service_->put_profile(person(12, "customer_user", customer_a_), customer_a_, p).error().code, "forbidden");

  auto t = terms(d("2026-03-01"), d("2027-02-28"), {line("rack_space", "42U 机柜", 1, 300000)});
  auto id = add_contract(customer_a_, "active", d("2026-03-01"), d("2027-02-28"), {{d("2026-03-01"), t}});
  ASSERT_TRUE(service_->run(finance_, d("2026-03-10"), "manual").ok());
  // A later change of the details leaves the issued invoice as it was.
  p.name = "甲公司（新名称）";
  ASSERT_TRUE(service_->put_profile(finance_, customer_a_, p).ok());
  auto inv = all_invoices(id).at(0);
  EXPECT_EQ(inv.buyer.name, "甲公司");
  EXPECT_EQ(inv.buyer.taxpayer_id, "9144030071526726XG");
  EXPECT_EQ(inv.buyer.bank_account, "755900000000001");
}

TEST_P(BillingServiceTest, PaymentsMoveThePaidAmountWithinWhatIsLeft) {
  auto t = terms(d("2026-03-01"), d("2027-02-28"), {line("rack_space", "42U 机柜", 1, 300000)});
  auto id = add_contract(customer_a_, "active", d("2026-03-01"), d("2027-02-28"), {{d("2026-03-01"), t}});
  ASSERT_TRUE(service_->run(finance_, d("2026-03-10"), "manual").ok());
  auto inv = all_invoices(id).at(0);
  auto tx = db::Tx::begin(db(), db::Access::write).take();
  EXPECT_EQ(apply_payment(tx, inv.id, 100000).take().status, "partially_paid");
  EXPECT_EQ(apply_payment(tx, inv.id, 218001).error().code, "billing.payment.exceeds_outstanding");
  EXPECT_EQ(apply_payment(tx, inv.id, -100001).error().code, "billing.payment.negative");
  auto paid = apply_payment(tx, inv.id, 218000).take();
  EXPECT_EQ(paid.status, "paid");
  EXPECT_EQ(paid.outstanding_fen(), 0);
  EXPECT_EQ(apply_payment(tx, 999999, 1).error().code, "not_found");
}

TEST_P(BillingServiceTest, PendingChargesAreCheckedAndBilledOnce) {
  auto t = terms(d("2026-03-01"), d("2027-02-28"), {line("rack_space", "42U 机柜", 1, 300000)});
  auto id = add_contract(customer_a_, "active", d("2026-03-01"), d("2027-02-28"), {{d("2026-03-01"), t}});
  {
  auto tx = db::Tx::begin(db(), db::Access::write).take();
  PendingCharge c;
  c.customer_id = customer_a_;
  c.contract_id = id;
  c.kind = "one_off";
  c.description = "远程协助 2 小时";
  c.quantity_milli = 2000;
  c.unit = "hour";
  c.unit_price_fen = 20000;
  c.amount_fen = 40001;  // not 2 × 200.00
  EXPECT_EQ(add_pending_charge(tx, c).error().code, "billing.pending_charge.invalid");
  c.amount_fen = 40000;
  c.customer_id = customer_b_;  // not the contract's customer
  EXPECT_EQ(add_pending_charge(tx, c).error().code, "not_found");
  c.customer_id = customer_a_;
  ASSERT_TRUE(add_pending_charge(tx, c).ok());
  PendingCharge credit = c;
  credit.kind = "sla_credit";
  credit.description = "SLA 赔偿";
  credit.unit_price_fen.reset();
  credit.quantity_milli = 1000;
  credit.amount_fen = -10000;
  ASSERT_TRUE(add_pending_charge(tx, credit).ok());
  ASSERT_TRUE(tx.commit().ok());
  }
  ASSERT_TRUE(service_->run(finance_, d("2026-03-10"), "manual").ok());
  ASSERT_TRUE(service_->run(finance_, d("2026-03-11"), "manual").ok());
  auto invs = all_invoices(id);
  ASSERT_EQ(invs.size(), 1u);
  auto lines = lines_of(invs[0].id);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1].kind, "pending_one_off");
  EXPECT_EQ(lines[1].amount_fen, 40000);
  EXPECT_EQ(lines[2].kind, "sla_credit");
  EXPECT_EQ(lines[2].amount_fen, -10000);
  EXPECT_EQ(invs[0].subtotal_fen, 330000);
}

TEST_P(BillingServiceTest, ThePreviewWritesNothing) {
  auto t = terms(d("2026-03-01"), d("2027-02-28"), {line("rack_space", "42U 机柜", 1, 300000)});
  add_contract(customer_a_, "active", d("2026-03-01"), d("2027-02-28"), {{d("2026-03-01"), t}});
  auto p = service_->preview(finance_, d("2026-03-25")).take();
  ASSERT_EQ(p.contracts.size(), 1u);
  EXPECT_EQ(p.contracts[0].lines.size(), 2u);
  EXPECT_EQ(p.total_fen, 636000);
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_invoices"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_runs"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_numbers"), 0);
}

COLO_INSTANTIATE_ENGINE_TEST(BillingServiceTest);

}  // namespace
}  // namespace colo::billing
