// Service levels through real HTTP on SQLite and PostgreSQL: a month nobody measured computes no
// credit and says so (R7.1.2); an imported outage below the target earns a credit the customer
// sees and no other customer does (R9.2.1); finance's review is refused without a reason for an
// adjustment and, while billing takes no charges, changes nothing; compensation claims (R9.2.2)
// and improvement actions (R7.3) by their permissions.
#include <gtest/gtest.h>

#include <map>
#include <optional>

#include <unistd.h>

#include <boost/json.hpp>
#include <cstdio>
#include <fstream>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

constexpr const char* kLevels = "/api/v1/servicedesk/levels";

// The text pdftotext reads from a PDF (poppler-utils).
std::string pdf_text(const std::string& pdf) {
  const std::string path = ::testing::TempDir() + "/colo-quality-" + std::to_string(::getpid()) + ".pdf";
  {
    std::ofstream f(path, std::ios::binary);
    f << pdf;
  }
  std::string out;
  if (FILE* p = ::popen(("pdftotext '" + path + "' - 2>&1").c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
  }
  std::remove(path.c_str());
  return out;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class ServiceLevels : public ApiTest {
 protected:
  // A new active contract of acme (in force from today for a year), and acme's customer id.
  std::pair<std::int64_t, std::int64_t> own_contract(const std::string& /*user*/) {
    auto admin = as("admin");
    auto room = make_room(admin, 1);
    auto app = approved(server(), room.room);
    auto business = as("business");
    auto r = business.send_json("POST", "/api/v1/contracts", contract_body(app));
    EXPECT_EQ(r.status, 201) << r.body;
    auto id = id_of(r);
    const std::string pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";
    EXPECT_EQ(business
                  .request("POST", "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie", pdf,
                           {{"Content-Type", "application/pdf"}})
                  .status,
              200);
    auto active = business.request("POST", "/api/v1/contracts/" + id + "/activate");
    EXPECT_EQ(active.status, 200) << active.body;
    return {std::stoll(id), active.json().at("customer").at("id").as_int64()};
  }
  static std::string month() { return day(0).substr(0, 7); }
};

TEST_P(ServiceLevels, R7_1_2_AMonthWithoutMonitoringDataComputesNoCreditAndSaysSo) {
  auto [contract, customer] = own_contract("acme.user");
  auto finance = as("finance");
  auto run = finance.send_json("POST", std::string(kLevels) + "/month-end", json::object{{"month", month()}});
  ASSERT_EQ(run.status, 200) << run.body;
  auto credits = as("acme.user").get(std::string(kLevels) + "/credits?month=" + month());
  ASSERT_EQ(credits.status, 200) << credits.body;
  bool found = false;
  const auto credits_json = credits.json();
  for (const auto& c : credits_json.at("results").as_array()) {
    EXPECT_EQ(c.at("customer_id").as_int64(), customer);  // its own only
    if (c.at("contract_id").as_int64() != contract) continue;
    found = true;
    EXPECT_FALSE(c.at("measured").as_bool());
    EXPECT_TRUE(c.at("availability_ppm").is_null());
    EXPECT_EQ(c.at("computed_fen").as_int64(), 0);
    EXPECT_EQ(c.at("status").as_string(), "no_credit");
  }
  EXPECT_TRUE(found);
  auto ind = as("acme.user").get(std::string(kLevels) + "/indicators?month=" + month());
  ASSERT_EQ(ind.status, 200) << ind.body;
  EXPECT_FALSE(ind.json().at("availability").at("measured").as_bool());
  EXPECT_TRUE(ind.json().at("availability").at("availability_ppm").is_null());
  // A second run computes nothing again.
  auto again = finance.send_json("POST", std::string(kLevels) + "/month-end", json::object{{"month", month()}});
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(again.json().at("computed").as_int64(), 0);
  // The run's report names the contracts that failed, none here.
  EXPECT_TRUE(again.json().at("errors").as_array().empty()) << again.body;
}

TEST_P(ServiceLevels, R9_2_1_AnOutageBelowTargetEarnsACreditThatOnlyItsCustomerSees) {
  auto [contract, customer] = own_contract("acme.user");
  // Next month (inside the contract's term), so that this month's unmeasured run stays as it is.
  const std::string last = shift(month() + "-01", 32).substr(0, 7);
  auto ops = as("operations");
  auto imported =
      ops.send_json("POST", std::string(kLevels) + "/outages/import",
                    json::object{{"customer_id", customer},
                                 {"month", last},
                                 {"outages", json::array{json::object{{"contract_id", contract},
                                                                      {"started_at", last + "-10T00:00:00Z"},
                                                                      {"ended_at", last + "-10T12:00:00Z"},
                                                                      {"cause", "UPS 故障"}}}}});
  ASSERT_EQ(imported.status, 201) << imported.body;
  // A customer may not record outages.
  EXPECT_EQ(as("acme.user")
                .send_json("POST", std::string(kLevels) + "/outages",
                           json::object{{"customer_id", customer},
                                        {"started_at", last + "-11T00:00:00Z"},
                                        {"ended_at", last + "-11T01:00:00Z"}})
                .status,
            403);
  auto finance = as("finance");
  ASSERT_EQ(finance.send_json("POST", std::string(kLevels) + "/month-end", json::object{{"month", last}}).status, 200);
  auto mine = as("acme.user").get(std::string(kLevels) + "/credits?month=" + last).json();
  json::object credit;
  for (const auto& c : mine.at("results").as_array())
    if (c.at("contract_id").as_int64() == contract) credit = c.as_object();
  ASSERT_FALSE(credit.empty());
  EXPECT_TRUE(credit.at("measured").as_bool());
  EXPECT_LT(credit.at("availability_ppm").as_int64(), 990000);  // 12 hours of a month: below 99 %
  EXPECT_GT(credit.at("computed_fen").as_int64(), 0);
  EXPECT_EQ(credit.at("status").as_string(), "pending_review");
  const auto id = std::to_string(credit.at("id").as_int64());
  // Another customer sees neither the credit nor the contract's table.
  EXPECT_EQ(as("zenith.admin").get(std::string(kLevels) + "/credits/" + id).status, 404);
  EXPECT_EQ(
      as("zenith.admin").get("/api/v1/servicedesk/contracts/" + std::to_string(contract) + "/credit-table").status,
      404);
  // Review (R9.2.1): the customer may not; an adjustment needs a reason; finance's approval leaves
  // the credit as a negative pending charge for the contract's next invoice.
  EXPECT_EQ(
      as("acme.user").send_json("POST", std::string(kLevels) + "/credits/" + id + "/review", json::object{}).status,
      403);
  auto no_reason = finance.send_json("POST", std::string(kLevels) + "/credits/" + id + "/review",
                                     json::object{{"amount_fen", 1000}});
  EXPECT_EQ(no_reason.status, 400) << no_reason.body;
  auto review = finance.send_json("POST", std::string(kLevels) + "/credits/" + id + "/review", json::object{});
  EXPECT_EQ(review.status, 200) << review.body;
  auto reviewed = finance.get(std::string(kLevels) + "/credits/" + id).json();
  EXPECT_EQ(reviewed.at("status").as_string(), "approved") << json::serialize(reviewed);
  EXPECT_TRUE(reviewed.at("charge_id").is_int64()) << json::serialize(reviewed);
  auto again = finance.send_json("POST", std::string(kLevels) + "/credits/" + id + "/review", json::object{});
  EXPECT_EQ(again.status, 409) << again.body;
}

TEST_P(ServiceLevels, R9_2_1_ACreditTableIsValidatedBeforeItIsKept) {
  auto [contract, customer] = own_contract("acme.user");
  (void)customer;
  const auto path = "/api/v1/servicedesk/contracts/" + std::to_string(contract) + "/credit-table";
  auto finance = as("finance");
  auto bad =
      finance.send_json("PUT", path,
                        json::object{{"steps", json::array{json::object{{"below_bp", 9900}, {"credit_bp", 1000}},
                                                           json::object{{"below_bp", 9990}, {"credit_bp", 2500}}}},
                                     {"cap_bp", 5000}});
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(bad.json().at("code").as_string(), "servicedesk.credit_table.invalid");
  EXPECT_EQ(finance.get(path).json().at("steps").as_array().size(), 3u);  // still the default
  EXPECT_EQ(as("acme.user").send_json("PUT", path, json::object{{"steps", json::array{}}, {"cap_bp", 1}}).status, 403);
  auto ok = finance.send_json(
      "PUT", path,
      json::object{{"steps", json::array{json::object{{"below_bp", 9995}, {"credit_bp", 500}}}}, {"cap_bp", 2000}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(as("acme.user").get(path).json().at("cap_bp").as_int64(), 2000);
}

TEST_P(ServiceLevels, R9_2_2_AndR7_3_ClaimsAndImprovementActionsByTheirPermissions) {
  auto [contract, customer] = own_contract("acme.user");
  (void)customer;
  auto acme = as("acme.user");
  auto claim = acme.send_json("POST", std::string(kLevels) + "/claims",
                              json::object{{"contract_id", contract},
                                           {"description", "备份数据丢失"},
                                           {"evidence", "故障报告"},
                                           {"claimed_fen", 500000}});
  ASSERT_EQ(claim.status, 201) << claim.body;
  const auto id = std::to_string(claim.json().at("id").as_int64());
  auto assess = as("finance").send_json(
      "POST", std::string(kLevels) + "/claims/" + id + "/decision",
      json::object{{"action", "assess"}, {"assessment", "确认丢失 2 天数据"}, {"amount_fen", 300000}});
  ASSERT_EQ(assess.status, 200) << assess.body;
  EXPECT_EQ(assess.json().at("status").as_string(), "assessed");
  EXPECT_EQ(
      acme.send_json("POST", std::string(kLevels) + "/claims/" + id + "/decision", json::object{{"action", "agree"}})
          .status,
      403);
  bool none = true;
  const auto theirs = as("zenith.admin").get(std::string(kLevels) + "/claims").json();
  for (const auto& c : theirs.at("results").as_array()) none = none && std::to_string(c.at("id").as_int64()) != id;
  EXPECT_TRUE(none);

  auto ops = as("operations");
  auto incident =
      acme.send_json("POST", "/api/v1/servicedesk/tickets", json::object{{"type", "incident"}, {"title", "机柜断电"}});
  ASSERT_EQ(incident.status, 201) << incident.body;
  const auto ticket = incident.json().at("ticket").at("id").as_int64();
  auto action = ops.send_json(
      "POST", std::string(kLevels) + "/actions",
      json::object{
          {"title", "更换电池组"}, {"owner_name", "张工"}, {"due_date", day(7)}, {"ticket_ids", json::array{ticket}}});
  ASSERT_EQ(action.status, 201) << action.body;
  // The incidents an action answers come back as their ids, as the schema says.
  ASSERT_EQ(action.json().at("ticket_ids").as_array().size(), 1u) << action.body;
  EXPECT_EQ(action.json().at("ticket_ids").as_array().at(0), json::value(ticket)) << action.body;
  const auto aid = std::to_string(action.json().at("id").as_int64());
  auto close =
      ops.send_json("POST", std::string(kLevels) + "/actions/" + aid + "/steps", json::object{{"action", "close"}});
  EXPECT_EQ(close.status, 409) << close.body;
  EXPECT_EQ(close.json().at("code").as_string(), "service_levels.action.bad_transition");
  EXPECT_EQ(acme.get(std::string(kLevels) + "/actions").status, 403);
}

// R7.1.2, R7.2.1: the customer's monthly report names each contract and service against its target
// and says "not measured" for a month nobody measured (never 100 %); it counts the month's tickets;
// it is the customer's own (another customer gets 404, the overall report is staff's); the PDF
// reads back in Chinese with the same facts.
TEST_P(ServiceLevels, R7_1_2_TheCustomersMonthlyReportIsItsOwnAndSaysWhatWasNotMeasured) {
  auto [contract, customer] = own_contract("acme.user");
  auto acme = as("acme.user");
  auto ticket = acme.send_json("POST", "/api/v1/servicedesk/tickets",
                               json::object{{"type", "incident"}, {"title", "交换机端口故障"}});
  ASSERT_EQ(ticket.status, 201) << ticket.body;
  const auto path = std::string(kLevels) + "/reports/" + std::to_string(customer);
  auto report = acme.get(path + "?month=" + month());
  ASSERT_EQ(report.status, 200) << report.body;
  const auto r = report.json();
  EXPECT_EQ(r.at("customer_id").as_int64(), customer);
  const std::string name(r.at("customer_name").as_string());
  std::string number;
  bool whole = false;
  for (const auto& s : r.at("services").as_array()) {
    if (s.at("contract_id").as_int64() != contract) continue;
    number = std::string(s.at("contract_number").as_string());
    whole = whole || s.at("service").as_string().empty();
    EXPECT_FALSE(s.at("measured").as_bool());
    EXPECT_TRUE(s.at("availability_ppm").is_null());
    EXPECT_FALSE(s.at("met").as_bool());  // nothing measured is not a target met
    EXPECT_EQ(s.at("target_bp").as_int64(), 9995);
  }
  EXPECT_TRUE(whole) << report.body;
  EXPECT_GE(r.at("indicators").at("tickets").as_int64(), 1);
  bool incidents = false;
  for (const auto& c : r.at("indicators").at("by_type").as_array())
    incidents = incidents || (c.at("key").as_string() == "incident" && c.at("count").as_int64() >= 1);
  EXPECT_TRUE(incidents) << report.body;

  // Tenancy: another customer's report is not found, as JSON and as PDF; the overall is staff's.
  EXPECT_EQ(as("zenith.admin").get(path + "?month=" + month()).status, 404);
  EXPECT_EQ(as("zenith.admin").get(path + "/pdf?month=" + month()).status, 404);
  EXPECT_EQ(acme.get(std::string(kLevels) + "/report?month=" + month()).status, 403);
  EXPECT_EQ(acme.get(std::string(kLevels) + "/report/pdf?month=" + month()).status, 403);
  EXPECT_EQ(acme.get(path + "?month=2026-13").status, 400);

  auto pdf = acme.get(path + "/pdf?month=" + month() + "&lang=zh-CN");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.header("content-type").value_or(""), "application/pdf");
  const auto text = pdf_text(pdf.body);
  EXPECT_TRUE(contains(text, "服务质量月报")) << text;
  EXPECT_TRUE(contains(text, name)) << text;
  EXPECT_TRUE(contains(text, number)) << text;
  EXPECT_TRUE(contains(text, "无监测数据")) << text;
  EXPECT_TRUE(contains(text, "故障")) << text;
  EXPECT_FALSE(contains(text, "document.")) << text;  // no catalogue key printed raw
}

// R7.1.2, R9.2.1: a measured month below target reads "missed" with its outage minutes; after the
// month-end run and finance's approval, management's report counts the contract and the credit
// granted, its per-customer breakdown (aggregated in the database) has the customer's line, and
// the overall PDF prints it.
TEST_P(ServiceLevels, R7_1_2_ManagementsReportHasALinePerCustomerWithItsCredits) {
  auto [contract, customer] = own_contract("acme.user");
  const std::string later = shift(month() + "-01", 63).substr(0, 7);
  auto ops = as("operations");
  ASSERT_EQ(ops.send_json("POST", std::string(kLevels) + "/outages/import",
                          json::object{{"customer_id", customer},
                                       {"month", later},
                                       {"outages", json::array{json::object{{"contract_id", contract},
                                                                            {"started_at", later + "-05T00:00:00Z"},
                                                                            {"ended_at", later + "-05T10:00:00Z"},
                                                                            {"cause", "市电中断"}}}}})
                .status,
            201);
  auto acme = as("acme.user");
  const auto path = std::string(kLevels) + "/reports/" + std::to_string(customer) + "?month=" + later;
  auto mine = acme.get(path).json();
  bool found = false;
  for (const auto& s : mine.at("services").as_array()) {
    if (s.at("contract_id").as_int64() != contract || !s.at("service").as_string().empty()) continue;
    found = true;
    EXPECT_TRUE(s.at("measured").as_bool());
    EXPECT_EQ(s.at("outage_minutes").as_int64(), 600);
    EXPECT_FALSE(s.at("met").as_bool());
  }
  EXPECT_TRUE(found) << json::serialize(mine);

  auto finance = as("finance");
  ASSERT_EQ(finance.send_json("POST", std::string(kLevels) + "/month-end", json::object{{"month", later}}).status, 200);
  std::int64_t credit_id = 0, amount = 0;
  const auto credits = finance.get(std::string(kLevels) + "/credits?month=" + later).json();
  for (const auto& c : credits.at("results").as_array())
    if (c.at("contract_id").as_int64() == contract) {
      credit_id = c.at("id").as_int64();
      amount = c.at("computed_fen").as_int64();
    }
  ASSERT_GT(amount, 0);
  ASSERT_EQ(
      finance
          .send_json("POST", std::string(kLevels) + "/credits/" + std::to_string(credit_id) + "/review", json::object{})
          .status,
      200);

  auto management = as("management");
  auto overall = management.get(std::string(kLevels) + "/report?month=" + later);
  ASSERT_EQ(overall.status, 200) << overall.body;
  const auto o = overall.json();
  EXPECT_TRUE(o.at("customer_id").is_null());
  EXPECT_GE(o.at("contracts").as_int64(), 1);
  EXPECT_LT(o.at("contracts_met").as_int64(), o.at("contracts").as_int64());
  EXPECT_GE(o.at("credit_granted_fen").as_int64(), amount);

  auto lines = management.get(std::string(kLevels) + "/report/customers?month=" + later + "&sort=-credit&limit=5");
  ASSERT_EQ(lines.status, 200) << lines.body;
  json::object line;
  const auto page = lines.json();
  for (const auto& l : page.at("results").as_array())
    if (l.at("customer_id").as_int64() == customer) line = l.as_object();
  ASSERT_FALSE(line.empty()) << lines.body;
  EXPECT_GE(line.at("credit_fen").as_int64(), amount);
  EXPECT_LT(line.at("met").as_int64(), line.at("contracts").as_int64());
  EXPECT_EQ(management.get(std::string(kLevels) + "/report/customers?month=" + later + "&sort=nope").status, 400);

  auto pdf = management.get(std::string(kLevels) + "/report/pdf?month=" + later + "&lang=zh-CN");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  const auto text = pdf_text(pdf.body);
  EXPECT_TRUE(contains(text, "各客户明细")) << text;
  EXPECT_TRUE(contains(text, std::string(line.at("customer_name").as_string()))) << text;
  EXPECT_TRUE(contains(text, "全部客户")) << text;
  auto english =
      acme.get(std::string(kLevels) + "/reports/" + std::to_string(customer) + "/pdf?month=" + later + "&lang=en-US");
  ASSERT_EQ(english.status, 200);
  const auto en = pdf_text(english.body);
  EXPECT_TRUE(contains(en, "Monthly service quality report")) << en;
  EXPECT_TRUE(contains(en, "Missed")) << en;
}

// R7.1.2, R9.2.1: the month-end reads the contracts in batches and the customer's report reads the
// customer's contracts at once; every contract gets its own figure either way: an outage recorded
// for one contract concerns that contract only, one naming no contract concerns them all, and
// overlapping minutes count once.
TEST_P(ServiceLevels, R9_2_1_EachContractOfABatchGetsItsOwnAvailability) {
  auto [first, customer] = own_contract("acme.user");
  auto [second, same] = own_contract("acme.user");
  ASSERT_EQ(customer, same);
  const std::string later = shift(month() + "-01", 63).substr(0, 7);
  const std::string after = shift(later + "-01", 40).substr(0, 7) + "-01";
  auto ops = as("operations");
  auto outage = [](std::optional<std::int64_t> contract, const std::string& from, const std::string& to) {
    json::object o{{"started_at", from}, {"ended_at", to}, {"cause", "上联中断"}};
    if (contract) o["contract_id"] = *contract;
    return o;
  };
  // The first contract: 02:00-03:00 of its own; everyone: 02:30-03:10 (overlapping: 70 minutes in
  // all for the first contract, 40 for the second).
  auto imported = ops.send_json(
      "POST", std::string(kLevels) + "/outages/import",
      json::object{{"customer_id", customer},
                   {"month", later},
                   {"outages", json::array{outage(first, later + "-05T02:00:00Z", later + "-05T03:00:00Z"),
                                           outage(std::nullopt, later + "-05T02:30:00Z", later + "-05T03:10:00Z")}}});
  ASSERT_EQ(imported.status, 201) << imported.body;
  auto report = as("acme.user").get(std::string(kLevels) + "/reports/" + std::to_string(customer) + "?month=" + later);
  ASSERT_EQ(report.status, 200) << report.body;
  auto [rc, out] = server().run_cli({"jobs", "run", "sla-month", "--date", after});
  ASSERT_EQ(rc, 0) << out;
  auto credits = ops.get(std::string(kLevels) + "/credits?month=" + later + "&customer=" + std::to_string(customer));
  ASSERT_EQ(credits.status, 200) << credits.body;
  std::map<std::int64_t, std::int64_t> expected{{first, 70}, {second, 40}};
  const auto lines = report.json(), computed = credits.json();
  int compared = 0;
  for (const auto& s : lines.at("services").as_array()) {
    const auto contract = s.at("contract_id").as_int64();
    if (!expected.count(contract) || !s.at("service").as_string().empty()) continue;
    EXPECT_TRUE(s.at("measured").as_bool()) << report.body;
    EXPECT_EQ(s.at("outage_minutes").as_int64(), expected[contract]) << report.body;
    const auto minutes = s.at("minutes_in_period").as_int64();
    EXPECT_EQ(s.at("availability_ppm").as_int64(), (minutes - expected[contract]) * 1000000 / minutes);
    for (const auto& k : computed.at("results").as_array()) {
      if (k.at("contract_id").as_int64() != contract) continue;
      EXPECT_EQ(k.at("measured"), s.at("measured")) << credits.body;
      EXPECT_EQ(k.at("availability_ppm"), s.at("availability_ppm")) << credits.body << report.body;
      ++compared;
    }
  }
  EXPECT_EQ(compared, 2) << report.body << credits.body;
}

COLO_INSTANTIATE_API_TEST(ServiceLevels);

}  // namespace
}  // namespace colo::testing
