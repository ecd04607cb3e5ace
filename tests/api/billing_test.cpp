// Billing through the real server, on SQLite and PostgreSQL: billing runs racing for the same day
// bill the demo contract once with a gap-free number, a customer reads only its own invoices (404
// for another's), an issued invoice is never edited, money that is negative or a fraction of a fen
// is refused with 422, the preview and runs are finance's, and `colo jobs run billing-run` repeats
// nothing (R8.2.2).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <latch>
#include <mutex>
#include <thread>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

constexpr int kRacers = 8;

class Billing : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) {
      const char* req = std::getenv("COLO_REQUIRE_PG");
      if (req && std::string(req) == "1") FAIL() << "COLO_REQUIRE_PG=1 but COLO_TEST_PG_URL is unset";
      GTEST_SKIP() << "PostgreSQL not configured (set COLO_TEST_PG_URL)";
    }
    // A server of its own: the test counts every invoice there is.
    server_ = ServerProcess::start(
        {.backend = GetParam(),
         .env = {{"COLO_WORKERS", std::to_string(kRacers)}, {"COLO_BILLING_SELLER_NAME", "北京某某数据中心有限公司"}},
         .demo = true});
  }
  HttpClient as(const std::string& user) { return login(*server_, user); }
  std::unique_ptr<ServerProcess> server_;
};

std::string code_of(const HttpResponse& r) {
  try {
    return std::string(r.json().at("code").as_string());
  } catch (const std::exception&) {
    return "(no problem body)";
  }
}

TEST_P(Billing, RunsRacingForTheSameDayBillOnceWithGapFreeNumbers) {
  std::vector<HttpClient> clients;
  for (int i = 0; i < kRacers; ++i) clients.push_back(as("finance"));
  std::latch start(kRacers);
  std::mutex mutex;
  std::map<int, int> statuses;
  std::vector<std::thread> threads;
  const auto today = day();
  for (int i = 0; i < kRacers; ++i)
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      auto r =
          clients[static_cast<std::size_t>(i)].send_json("POST", "/api/v1/billing/runs", json::object{{"date", today}});
      std::lock_guard lock(mutex);
      ++statuses[r.status];
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(statuses[201], kRacers);
  auto finance = as("finance");
  auto list = finance.get("/api/v1/billing/invoices?sort=number");
  ASSERT_EQ(list.status, 200) << list.body;
  const auto list_json = list.json();
  const auto& rows = list_json.at("results").as_array();
  ASSERT_EQ(rows.size(), 1u) << list.body;  // the demo's one active contract, billed once
  const auto& inv = rows[0].as_object();
  EXPECT_EQ(std::string(inv.at("number").as_string()), "INV-" + today.substr(0, 4) + "-000001");
  EXPECT_GT(inv.at("total_fen").as_int64(), 0);
  auto runs = finance.get("/api/v1/billing/runs");
  ASSERT_EQ(runs.status, 200);
  std::int64_t invoices = 0;
  const auto runs_json = runs.json();
  for (const auto& r : runs_json.at("results").as_array()) invoices += r.at("invoices").as_int64();
  EXPECT_EQ(invoices, 1);

  // The job from the command line finds nothing more to bill.
  auto [code, out] = server_->run_cli({"jobs", "run", "billing-run", "--date", today});
  EXPECT_EQ(code, 0) << out;
  EXPECT_NE(out.find("0 invoice(s)"), std::string::npos) << out;
  EXPECT_EQ(finance.get("/api/v1/billing/invoices").json().at("count").as_int64(), 1);
}

TEST_P(Billing, CustomersReadTheirOwnInvoicesOnlyAndIssuedInvoicesAreNotEdited) {
  auto finance = as("finance");
  auto run = finance.send_json("POST", "/api/v1/billing/runs", json::object{{"date", day()}});
  ASSERT_EQ(run.status, 201) << run.body;
  auto list = finance.get("/api/v1/billing/invoices");
  ASSERT_EQ(list.json().at("count").as_int64(), 1) << list.body;
  const auto list_json = list.json();
  const auto inv = list_json.at("results").as_array()[0].as_object();
  const auto id = std::to_string(inv.at("id").as_int64());
  const auto owner = inv.at("customer").at("id").as_int64();
  // The demo's customers: one owns the contract, the other does not.
  auto acme = as("acme.user");
  auto zenith = as("zenith.admin");
  auto& mine = customer_of(acme) == owner ? acme : zenith;
  auto& other = customer_of(acme) == owner ? zenith : acme;
  EXPECT_EQ(mine.get("/api/v1/billing/invoices/" + id).status, 200);
  EXPECT_EQ(mine.get("/api/v1/billing/invoices").json().at("count").as_int64(), 1);
  auto foreign = other.get("/api/v1/billing/invoices/" + id);
  EXPECT_EQ(foreign.status, 404) << foreign.body;
  EXPECT_EQ(other.get("/api/v1/billing/invoices").json().at("count").as_int64(), 0);
  EXPECT_EQ(other.get("/api/v1/customers/" + std::to_string(owner) + "/billing-profile").status, 404);
  EXPECT_EQ(mine.send_json("POST", "/api/v1/billing/runs", json::object{{"date", day()}}).status, 403);
  EXPECT_EQ(mine.get("/api/v1/billing/runs/preview?date=" + day()).status, 403);

  // The detail carries the lines with their tax, the seller from configuration and the buyer.
  auto detail = finance.get("/api/v1/billing/invoices/" + id);
  ASSERT_EQ(detail.status, 200);
  const auto detail_json = detail.json();
  const auto& d = detail_json.as_object();
  EXPECT_EQ(std::string(d.at("seller").at("name").as_string()), "北京某某数据中心有限公司");
  std::int64_t total = 0;
  for (const auto& l : d.at("lines").as_array()) total += l.at("total_fen").as_int64();
  EXPECT_EQ(total, d.at("total_fen").as_int64());
  EXPECT_EQ(d.at("outstanding_fen").as_int64(), total);

  // Finance exports the invoices (the list's export, CSV here); the other customer's export is empty.
  auto csv = finance.get(
      "/api/v1/export?path=/api/v1/billing/invoices&column=number&column=customer.name&column="
      "total_fen&column=outstanding_fen");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_NE(csv.body.find(std::string(inv.at("number").as_string())), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find(std::to_string(total)), std::string::npos) << csv.body;
  auto other_csv = other.get("/api/v1/export?path=/api/v1/billing/invoices&column=number");
  EXPECT_EQ(other_csv.status, 200);
  EXPECT_EQ(other_csv.body.find("INV-"), std::string::npos) << other_csv.body;

  // Immutable: no edit of an issued invoice, even by finance.
  auto patch = finance.send_json("PATCH", "/api/v1/billing/invoices/" + id, json::object{{"total_fen", 1}});
  EXPECT_EQ(patch.status, 409);
  EXPECT_EQ(code_of(patch), "billing.invoice.immutable");
  EXPECT_EQ(other.send_json("PATCH", "/api/v1/billing/invoices/" + id, json::object{}).status, 403);

  // Negative or fractional fen: 422, and no credit note.
  const auto line = std::to_string(d.at("lines").as_array()[0].at("id").as_int64());
  for (const auto& body :
       {json::object{{"reason", "退费"}, {"amount_fen", -100}}, json::object{{"reason", "退费"}, {"amount_fen", 10.5}},
        json::object{{"reason", "退费"},
                     {"lines", json::array{json::object{{"line_id", std::stoll(line)}, {"amount_fen", 0.01}}}}}}) {
    auto r = finance.send_json("POST", "/api/v1/billing/invoices/" + id + "/credit-notes", body);
    EXPECT_EQ(r.status, 422) << r.body;
    EXPECT_EQ(code_of(r), "billing.money.invalid");
  }
  auto too_much = finance.send_json("POST", "/api/v1/billing/invoices/" + id + "/credit-notes",
                                    json::object{{"reason", "退费"}, {"amount_fen", total + 1}});
  EXPECT_EQ(too_much.status, 422) << too_much.body;
  EXPECT_EQ(code_of(too_much), "billing.credit_note.exceeds_invoice");
  EXPECT_EQ(mine.send_json("POST", "/api/v1/billing/invoices/" + id + "/credit-notes",
                           json::object{{"reason", "退费"}, {"amount_fen", 100}})
                .status,
            403);
  EXPECT_EQ(finance.get("/api/v1/billing/invoices?kind=credit_note").json().at("count").as_int64(), 0);
  auto cn = finance.send_json("POST", "/api/v1/billing/invoices/" + id + "/credit-notes",
                              json::object{{"reason", "服务中断补偿"}, {"amount_fen", 1000}});
  ASSERT_EQ(cn.status, 201) << cn.body;
  EXPECT_EQ(std::string(cn.json().at("number").as_string()), "CN-" + day().substr(0, 4) + "-000001");
  EXPECT_EQ(finance.get("/api/v1/billing/invoices/" + id).json().at("credit_notes").as_array().size(), 1u);

  // The fapiao number: 20 digits, once.
  EXPECT_EQ(
      finance.send_json("POST", "/api/v1/billing/invoices/" + id + "/fapiao", json::object{{"fapiao_number", "123"}})
          .status,
      400);
  EXPECT_EQ(finance
                .send_json("POST", "/api/v1/billing/invoices/" + id + "/fapiao",
                           json::object{{"fapiao_number", "26112000000123456789"}})
                .status,
            200);
  auto twice = finance.send_json("POST", "/api/v1/billing/invoices/" + id + "/fapiao",
                                 json::object{{"fapiao_number", "26112000000123456780"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(code_of(twice), "billing.fapiao.recorded");
}

// The text pdftotext reads from a PDF (poppler-utils).
std::string pdf_text(const std::string& pdf) {
  const std::string path = ::testing::TempDir() + "/colo-invoice-" + std::to_string(::getpid()) + ".pdf";
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

TEST_P(Billing, TheInvoicePdfIsTheCustomersOwnInTheReadersLanguage) {
  auto finance = as("finance");
  ASSERT_EQ(finance.send_json("POST", "/api/v1/billing/runs", json::object{{"date", day()}}).status, 201);
  const auto list = finance.get("/api/v1/billing/invoices").json();
  const auto& inv = list.at("results").as_array().at(0).as_object();
  const auto id = std::to_string(inv.at("id").as_int64());
  const std::string number(inv.at("number").as_string());
  auto acme = as("acme.user");
  auto zenith = as("zenith.admin");
  auto& mine = customer_of(acme) == inv.at("customer").at("id").as_int64() ? acme : zenith;
  auto& other = &mine == &acme ? zenith : acme;
  auto zh = mine.request("GET", "/api/v1/billing/invoices/" + id + "/pdf", "", {{"Accept-Language", "zh-CN"}});
  ASSERT_EQ(zh.status, 200) << zh.body.substr(0, 300);
  EXPECT_EQ(zh.header("content-type").value_or(""), "application/pdf");
  ASSERT_EQ(zh.body.rfind("%PDF-", 0), 0u);
  const auto text = pdf_text(zh.body);
  EXPECT_NE(text.find(number), std::string::npos) << text;
  EXPECT_NE(text.find("北京某某数据中心有限公司"), std::string::npos) << text;  // the seller from configuration
  EXPECT_NE(text.find("价税合计"), std::string::npos) << text;
  auto en = mine.request("GET", "/api/v1/billing/invoices/" + id + "/pdf", "", {{"Accept-Language", "en-US"}});
  ASSERT_EQ(en.status, 200);
  EXPECT_EQ(pdf_text(en.body).find("价税合计"), std::string::npos);
  // Another customer's invoice does not exist for it.
  EXPECT_EQ(other.get("/api/v1/billing/invoices/" + id + "/pdf").status, 404);
}

TEST_P(Billing, BuyerDetailsAreCheckedAndEditedByTheCustomersAdmin) {
  auto zenith = as("zenith.admin");
  const auto customer = std::to_string(customer_of(zenith));
  json::object body{
      {"name", "上海天顶数据服务有限公司"}, {"taxpayer_id", "91310000MA1FL0000X"}, {"fapiao_type", "normal"}};
  auto bad = zenith.send_json("PUT", "/api/v1/customers/" + customer + "/billing-profile", body);
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_NE(bad.body.find("taxpayer_id"), std::string::npos);
  body["taxpayer_id"] = "91110108551385082Q";
  auto ok = zenith.send_json("PUT", "/api/v1/customers/" + customer + "/billing-profile", body);
  ASSERT_EQ(ok.status, 200) << ok.body;
  auto read = as("finance").get("/api/v1/customers/" + customer + "/billing-profile");
  EXPECT_EQ(std::string(read.json().at("taxpayer_id").as_string()), "91110108551385082Q");
  auto acme = as("acme.admin");
  EXPECT_EQ(acme.send_json("PUT", "/api/v1/customers/" + customer + "/billing-profile", body).status, 404);
  // A customer's ordinary user reads the details but does not change them.
  auto acme_user = as("acme.user");
  const auto acme_id = std::to_string(customer_of(acme_user));
  EXPECT_EQ(acme_user.get("/api/v1/customers/" + acme_id + "/billing-profile").status, 200);
  EXPECT_EQ(acme_user.send_json("PUT", "/api/v1/customers/" + acme_id + "/billing-profile", body).status, 403);
}

TEST_P(Billing, ThePreviewShowsWhatARunWouldBillAndWritesNothing) {
  auto finance = as("finance");
  // The server's own daily run may have billed today already; forty days on, a new period is due.
  const auto before = finance.get("/api/v1/billing/invoices").json().at("count").as_int64();
  auto p = finance.get("/api/v1/billing/runs/preview?date=" + day(40));
  ASSERT_EQ(p.status, 200) << p.body;
  const auto preview = p.json();
  EXPECT_EQ(preview.at("count").as_int64(), 1) << p.body;
  ASSERT_EQ(preview.at("contracts").as_array().size(), 1u);
  EXPECT_FALSE(preview.at("contracts").as_array()[0].at("lines").as_array().empty());
  EXPECT_GT(preview.at("total_fen").as_int64(), 0);
  EXPECT_EQ(finance.get("/api/v1/billing/invoices").json().at("count").as_int64(), before);
  EXPECT_EQ(finance.get("/api/v1/billing/runs/preview").status, 400);
  EXPECT_EQ(finance.get("/api/v1/billing/runs/preview?date=2026-02-30").status, 400);
}

INSTANTIATE_TEST_SUITE_P(Engines, Billing, ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const auto& info) { return backend_name(info.param); });

}  // namespace
}  // namespace colo::testing
