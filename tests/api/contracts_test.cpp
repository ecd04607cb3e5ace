// Contracts through real HTTP on SQLite and PostgreSQL (R3.2.3, R10.3, R11): drafting from an
// approved application, signing with the scan, activation into planned devices, change
// agreements with versions in force by date, the daily job (reminders, renewal, expiry), early
// termination with settlement, and tenancy.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <fstream>
#include <iterator>
#include <regex>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";
const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + "not really an image";

class Contracts : public ApiTest {
 protected:
  // A draft contract of a freshly approved acme application: {contract id, application id}.
  std::pair<std::string, std::string> draft(json::object extra = {}, int count = 2) {
    auto admin = as("admin");
    auto room = make_room(admin, 1);
    auto app = approved(server(), room.room, count);
    auto body = contract_body(app);
    for (const auto& [k, v] : extra) body[k] = v;
    auto r = as("business").send_json("POST", "/api/v1/contracts", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return {r.status == 201 ? id_of(r) : "0", app};
  }
  template <class Client>
  HttpResponse sign(Client&& c, const std::string& id, const std::string& type, const std::string& bytes) {
    return c.request("POST", "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie", bytes,
                     {{"Content-Type", type}});
  }
  // Signed and activated.
  std::string active(json::object extra = {}) {
    auto [id, app] = draft(std::move(extra));
    auto business = as("business");
    EXPECT_EQ(sign(business, id, "application/pdf", kPdf).status, 200);
    auto r = business.request("POST", "/api/v1/contracts/" + id + "/activate");
    EXPECT_EQ(r.status, 200) << r.body;
    return id;
  }
  json::object get(const std::string& id, const std::string& query = "") {
    auto r = as("business").get("/api/v1/contracts/" + id + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().as_object();
  }
  std::pair<int, std::string> job(const std::string& date) {
    return server().run_cli({"jobs", "run", "contracts-daily", "--date", date});
  }
  int notifications_about(const char* user, const std::string& number, const std::string& topic) {
    int n = 0;
    auto r = as(user).get("/api/v1/notifications?limit=1000&topic=" + topic);
    EXPECT_EQ(r.status, 200) << r.body;
    const auto x_source = r.json();
    for (const auto& x : x_source.at("results").as_array())
      if (std::string(x.at("title_en").as_string()).find(number) != std::string::npos) ++n;
    return n;
  }
};

TEST_P(Contracts, R3_2_3_AContractIsDraftedFromAnApprovedApplication) {
  auto [id, app] = draft();
  auto c = get(id);
  EXPECT_TRUE(std::regex_match(std::string(c.at("number").as_string()), std::regex(R"(CT-\d{4}-\d{6})")));
  EXPECT_EQ(c.at("status").as_string(), "draft");
  EXPECT_EQ(c.at("application_id").as_int64(), std::stoll(app));
  EXPECT_EQ(c.at("parties").at("customer").as_string(), "北京艾克米云科技有限公司");
  EXPECT_EQ(c.at("effective_date").as_string(), day(0));
  EXPECT_EQ(c.at("term_months").as_int64(), 12);  // from the application
  const auto& terms = c.at("terms").as_object();
  EXPECT_EQ(terms.at("line_items").as_array().at(0).at("unit_price_fen").as_int64(), 80000);
  EXPECT_EQ(terms.at("sla_availability_bp").as_int64(), 9995);
  EXPECT_EQ(terms.at("late_fee_bp_per_day").as_int64(), 5);
  EXPECT_EQ(terms.at("currency").as_string(), "CNY");
  EXPECT_EQ(c.at("versions").as_array().size(), 1u);
  EXPECT_EQ(c.at("confidentiality").at("years").as_int64(), 5);
  EXPECT_EQ(std::string(c.at("confidentiality").at("until").as_string().subview(0, 4)),
            std::to_string(std::stoi(day(0).substr(0, 4)) + 5));
  // One contract per application; the customer reads it but cannot draft one.
  auto again = as("business")
                   .send_json("POST", "/api/v1/contracts",
                              json::object{{"application_id", std::stoll(app)}, {"line_items", line_items()}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json().at("code").as_string(), "contracts.application_has_contract");
  EXPECT_EQ(as("acme.user").get("/api/v1/contracts/" + id).status, 200);
  EXPECT_EQ(
      as("acme.admin").send_json("POST", "/api/v1/contracts", json::object{{"application_id", std::stoll(app)}}).status,
      403);
}

TEST_P(Contracts, R3_2_3_OnlyAnApprovedApplicationGetsAContractAndBadTermsChangeNothing) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto app = submitted(server(), room.room);
  auto business = as("business");
  auto early = business.send_json("POST", "/api/v1/contracts",
                                  json::object{{"application_id", std::stoll(app)}, {"line_items", line_items()}});
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.json().at("code").as_string(), "contracts.application_not_approved");
  auto ok_app = approved(server(), room.room);
  auto bad = business.send_json("POST", "/api/v1/contracts",
                                json::object{{"application_id", std::stoll(ok_app)},
                                             {"line_items", line_items()},
                                             {"effective_date", day(10)},
                                             {"end_date", day(5)}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json().at("errors").at(0).at("field").as_string(), "end_date");
  EXPECT_EQ(bad.json().at("errors").at(0).at("code").as_string(), "before_start");
  auto no_items = business.send_json("POST", "/api/v1/contracts", json::object{{"application_id", std::stoll(ok_app)}});
  EXPECT_EQ(no_items.status, 400);
  auto money = business.send_json(
      "POST", "/api/v1/contracts",
      json::object{{"application_id", std::stoll(ok_app)},
                   {"line_items", json::array{json::object{{"service", "power"}, {"unit_price_fen", 12.5}}}}});
  EXPECT_EQ(money.status, 400) << "money is integer fen";
  EXPECT_EQ(business.get("/api/v1/contracts?application=" + ok_app).json().at("count").as_int64(), 0);
  EXPECT_EQ(business
                .send_json("POST", "/api/v1/contracts",
                           json::object{{"application_id", 999999999}, {"line_items", line_items()}})
                .status,
            422);
}

TEST_P(Contracts, R3_2_3_ADraftIsChangedUntilSigned) {
  auto [id, app] = draft();
  auto business = as("business");
  auto r =
      business.send_json("PATCH", "/api/v1/contracts/" + id, json::object{{"term_months", 24}, {"auto_renew", true}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("term_months").as_int64(), 24);
  EXPECT_TRUE(r.json().at("auto_renew").as_bool());
  auto bad = business.send_json("PATCH", "/api/v1/contracts/" + id, json::object{{"end_date", "2000-01-01"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(get(id).at("term_months").as_int64(), 24);
}

TEST_P(Contracts, R3_2_3_SigningKeepsTheScanOfTheRightKind) {
  auto [id, app] = draft();
  auto business = as("business");
  auto text = sign(business, id, "text/plain", "signed");
  EXPECT_EQ(text.status, 415);
  EXPECT_EQ(text.json().at("code").as_string(), "contracts.scan.unsupported_type");
  auto liar = sign(business, id, "application/pdf", kPng);
  EXPECT_EQ(liar.status, 415);
  EXPECT_EQ(liar.json().at("code").as_string(), "contracts.scan.content_mismatch");
  EXPECT_EQ(sign(business, id, "application/pdf", "").status, 400);
  EXPECT_EQ(sign(as("acme.admin"), id, "application/pdf", kPdf).status, 403);
  EXPECT_EQ(get(id).at("status").as_string(), "draft");
  auto r = sign(business, id, "application/pdf; charset=binary", kPdf);
  ASSERT_EQ(r.status, 200) << r.body;
  auto c = r.json().as_object();
  EXPECT_EQ(c.at("status").as_string(), "signed");
  EXPECT_EQ(c.at("signing").at("signed_by").at("name").as_string(), "business");
  EXPECT_EQ(c.at("signing").at("customer_signatory").as_string(), "Zhou Jie");
  EXPECT_EQ(c.at("signing").at("signed_on").as_string(), day(0));
  EXPECT_EQ(c.at("signing").at("scan").at("size").as_int64(), static_cast<std::int64_t>(kPdf.size()));
  EXPECT_EQ(c.at("signing").at("scan").at("hash").as_string().size(), 64u);
  EXPECT_EQ(sign(business, id, "application/pdf", kPdf).status, 409);
  auto scan = as("acme.user").get("/api/v1/contracts/" + id + "/scan");
  ASSERT_EQ(scan.status, 200);
  EXPECT_EQ(scan.body, kPdf);
  // On disk the scan is sealed with the data key's files subkey (R6.2): not the PDF.
  const std::string hash(c.at("signing").at("scan").at("hash").as_string());
  std::ifstream disk(server().dir() + "/files/contracts/" + hash.substr(0, 2) + "/" + hash, std::ios::binary);
  const std::string stored((std::istreambuf_iterator<char>(disk)), std::istreambuf_iterator<char>());
  EXPECT_GT(stored.size(), kPdf.size());
  EXPECT_EQ(stored.find("%PDF"), std::string::npos) << "the scan is not stored in plain";
  EXPECT_EQ(scan.header("content-type").value_or(""), "application/pdf");
  EXPECT_EQ(as("zenith.admin").get("/api/v1/contracts/" + id + "/scan").status, 404);
}

TEST_P(Contracts, R3_2_3_TheScanKeepsTheNameItWasUploadedUnder) {
  auto [id, app] = draft();
  auto business = as("business");
  const std::string url = "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie&file_name=";
  // A name that could not be put in a download header is refused and nothing is signed.
  auto bad = business.request("POST", url + "a%22b.pdf", kPdf, {{"Content-Type", "application/pdf"}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json().at("errors").at(0).at("field").as_string(), "file_name");
  EXPECT_EQ(bad.json().at("errors").at(0).at("code").as_string(), "contracts.scan.bad_file_name");
  EXPECT_EQ(get(id).at("status").as_string(), "draft");
  // "C:\fakepath\合同 签字版.pdf", as some browsers send it: the name without the path is kept.
  auto r = business.request("POST", url + "C%3A%5Cfakepath%5C%E5%90%88%E5%90%8C%20%E7%AD%BE%E5%AD%97%E7%89%88.pdf",
                            kPdf, {{"Content-Type", "application/pdf"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("signing").at("scan").at("file_name").as_string(), "合同 签字版.pdf");
  EXPECT_EQ(get(id).at("signing").at("scan").at("file_name").as_string(), "合同 签字版.pdf");
  auto scan = as("acme.user").get("/api/v1/contracts/" + id + "/scan");
  ASSERT_EQ(scan.status, 200);
  const auto disposition = scan.header("content-disposition").value_or("");
  EXPECT_NE(disposition.find("filename*=UTF-8''%E5%90%88%E5%90%8C%20%E7%AD%BE%E5%AD%97%E7%89%88.pdf"),
            std::string::npos)
      << disposition;
  EXPECT_NE(disposition.find("filename=\"CT-"), std::string::npos) << disposition;
}

TEST_P(Contracts, R3_2_3_ActivationTurnsTheReservedUnitsIntoPlannedDevices) {
  auto [id, app] = draft({}, 3);
  auto business = as("business");
  auto early = business.request("POST", "/api/v1/contracts/" + id + "/activate");
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.json().at("code").as_string(), "contracts.not_signed");
  auto placement = as("technical").get("/api/v1/applications/" + app).json().at("placement").as_object();
  auto rack = placement.at("proposal").at("items").at(0).at("rack").at("id").as_int64();
  ASSERT_EQ(sign(business, id, "application/pdf", kPdf).status, 200);
  auto r = business.request("POST", "/api/v1/contracts/" + id + "/activate");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("status").as_string(), "active");
  auto application = as("acme.user").get("/api/v1/applications/" + app).json().as_object();
  EXPECT_EQ(application.at("status").as_string(), "contracted");
  EXPECT_EQ(application.at("contract_id").as_int64(), std::stoll(id));
  EXPECT_EQ(application.at("timeline").as_array().back().at("action").as_string(), "contract");
  auto devices = as("admin").get("/api/v1/dcim/devices?rack=" + std::to_string(rack) + "&limit=100");
  ASSERT_EQ(devices.status, 200) << devices.body;
  int planned = 0;
  const auto d_source = devices.json();
  for (const auto& d : d_source.at("results").as_array())
    if (d.at("status").as_string() == "planned") ++planned;
  EXPECT_EQ(planned, 3);
  // The customer now sees its planned devices.
  auto mine = as("acme.user").get("/api/v1/dcim/devices?rack=" + std::to_string(rack) + "&limit=100");
  EXPECT_EQ(mine.json().at("count").as_int64(), 3);
  EXPECT_EQ(business.request("POST", "/api/v1/contracts/" + id + "/activate").status, 409);
}

TEST_P(Contracts, R11_1_AChangeNeedsTheOtherSidesAgreementAndEveryVersionIsKept) {
  auto id = active();
  auto business = as("business");
  json::object change{
      {"effective_date", day(10)},
      {"summary", "Add 2 kW of power"},
      {"rights_duties", "The operator supplies 2 kW more on each feed; the customer pays for it."},
      {"changes",
       json::object{{"line_items",
                     json::array{json::object{{"service", "power"}, {"quantity", 2}, {"unit_price_fen", 60000}}}}}}};
  auto p = business.send_json("POST", "/api/v1/contracts/" + id + "/amendments", change);
  ASSERT_EQ(p.status, 201) << p.body;
  EXPECT_EQ(p.json().at("status").as_string(), "proposed_by_operator");
  auto aid = id_of(p);
  auto path = "/api/v1/contracts/" + id + "/amendments/" + aid + "/transitions";
  // The proposing side cannot agree; a customer user without the permission cannot either.
  EXPECT_EQ(business.send_json("POST", path, json::object{{"action", "agree"}}).status, 403);
  EXPECT_EQ(as("acme.user").send_json("POST", path, json::object{{"action", "agree"}}).status, 403);
  EXPECT_EQ(as("zenith.admin").send_json("POST", path, json::object{{"action", "agree"}}).status, 404);
  auto customer = as("acme.admin");
  EXPECT_EQ(customer.send_json("POST", path, json::object{{"action", "reject"}}).status, 400);  // reason needed
  auto agreed = customer.send_json("POST", path, json::object{{"action", "agree"}, {"comment", "OK"}});
  ASSERT_EQ(agreed.status, 200) << agreed.body;
  EXPECT_EQ(agreed.json().at("status").as_string(), "agreed");
  EXPECT_EQ(agreed.json().at("version").as_int64(), 2);
  EXPECT_EQ(customer.send_json("POST", path, json::object{{"action", "agree"}}).status, 409);
  // Today the first version is in force, from its date the second.
  auto today = get(id, "?as_of=" + day(0));
  EXPECT_EQ(today.at("in_force").at("version").as_int64(), 1);
  EXPECT_EQ(today.at("in_force").at("terms").at("line_items").as_array().size(), 2u);
  auto later = get(id, "?as_of=" + day(10));
  EXPECT_EQ(later.at("in_force").at("version").as_int64(), 2);
  EXPECT_EQ(later.at("in_force").at("terms").at("line_items").at(0).at("service").as_string(), "power");
  EXPECT_TRUE(get(id, "?as_of=2000-01-01").at("in_force").is_null());
  EXPECT_EQ(get(id).at("versions").as_array().size(), 2u);
  // The customer proposes, the operator agrees.
  json::object theirs{
      {"effective_date", day(20)}, {"summary", "Longer notice"}, {"changes", json::object{{"notice_days", 60}}}};
  auto cp = customer.send_json("POST", "/api/v1/contracts/" + id + "/amendments", theirs);
  ASSERT_EQ(cp.status, 201) << cp.body;
  EXPECT_EQ(cp.json().at("status").as_string(), "proposed_by_customer");
  auto cpath = "/api/v1/contracts/" + id + "/amendments/" + id_of(cp) + "/transitions";
  EXPECT_EQ(customer.send_json("POST", cpath, json::object{{"action", "agree"}}).status, 403);
  ASSERT_EQ(business.send_json("POST", cpath, json::object{{"action", "agree"}}).status, 200);
  EXPECT_EQ(get(id, "?as_of=" + day(20)).at("in_force").at("terms").at("notice_days").as_int64(), 60);
  // The daily job puts them in effect on their dates.
  auto [rc, out] = job(day(10));
  EXPECT_EQ(rc, 0) << out;
  std::map<std::string, std::string> status;
  const auto listed = as("acme.user").get("/api/v1/contracts/" + id + "/amendments").json();
  for (const auto& a : listed.as_array())
    status[std::to_string(a.at("id").as_int64())] = std::string(a.at("status").as_string());
  EXPECT_EQ(status[aid], "effective");
  EXPECT_EQ(status[id_of(cp)], "agreed");
}

TEST_P(Contracts, R11_1_BadChangesAreRefused) {
  auto id = active();
  auto business = as("business");
  auto post = [&](json::object body) {
    return business.send_json("POST", "/api/v1/contracts/" + id + "/amendments", body);
  };
  EXPECT_EQ(post(json::object{{"effective_date", day(5)}, {"summary", "Nothing"}, {"changes", json::object{}}}).status,
            400);
  EXPECT_EQ(
      post(json::object{
               {"effective_date", day(-1)}, {"summary", "Back-dated"}, {"changes", json::object{{"notice_days", 10}}}})
          .status,
      400);
  EXPECT_EQ(post(json::object{{"effective_date", day(5)},
                              {"summary", "End before start"},
                              {"changes", json::object{{"end_date", "2001-01-01"}}}})
                .status,
            400);
  EXPECT_EQ(post(json::object{
                     {"effective_date", day(5)}, {"summary", "Unknown"}, {"changes", json::object{{"colour", "red"}}}})
                .status,
            400);
  EXPECT_EQ(
      as("acme.user")
          .send_json("POST", "/api/v1/contracts/" + id + "/amendments",
                     json::object{
                         {"effective_date", day(5)}, {"summary", "x"}, {"changes", json::object{{"notice_days", 10}}}})
          .status,
      403);
  EXPECT_TRUE(get(id).at("amendments").as_array().empty());
}

TEST_P(Contracts, R11_2_1_TheDailyJobRemindsOnceThenExpiresWithASettlement) {
  auto id = active(json::object{{"term_months", 1}});
  auto c = get(id);
  auto number = std::string(c.at("number").as_string());
  auto end = std::string(c.at("end_date").as_string());
  EXPECT_GE(end, day(27));  // a month less a day
  EXPECT_LE(end, day(30));
  auto days_to_end = [&](int before) { return shift(end, -before); };
  // 7 days before the end: one reminder, and only one however often the job runs that day.
  for (int i = 0; i < 2; ++i) {
    auto [rc, out] = job(days_to_end(7));
    ASSERT_EQ(rc, 0) << out;
  }
  EXPECT_EQ(notifications_about("acme.user", number, "contract.renewal_reminder"), 1);
  EXPECT_EQ(notifications_about("business", number, "contract.renewal_reminder"), 1);
  // On the end date it is still in force; the day after, it has expired (R11.2.1).
  ASSERT_EQ(job(end).first, 0);
  EXPECT_EQ(get(id).at("status").as_string(), "active");
  auto [rc, out] = job(days_to_end(-1));
  ASSERT_EQ(rc, 0) << out;
  auto after = get(id);
  EXPECT_EQ(after.at("status").as_string(), "expired");
  EXPECT_EQ(after.at("settlement").as_array().size(), 5u);
  EXPECT_EQ(after.at("confidentiality").at("years").as_int64(), 5);
  EXPECT_EQ(notifications_about("acme.user", number, "contract.expired"), 1);
  ASSERT_EQ(job(days_to_end(-1)).first, 0);  // idempotent
  EXPECT_EQ(notifications_about("acme.user", number, "contract.expired"), 1);
}

TEST_P(Contracts, R11_2_1_AnAutoRenewingContractGetsANewVersionForTheNextTerm) {
  auto id = active(json::object{{"term_months", 1}, {"auto_renew", true}});
  auto c = get(id);
  auto end = std::string(c.at("end_date").as_string());
  // Two months later: renewed twice, one version per term.
  auto [rc, out] = job(day(70));
  ASSERT_EQ(rc, 0) << out;
  auto after = get(id);
  EXPECT_EQ(after.at("status").as_string(), "active");
  const auto& versions = after.at("versions").as_array();
  ASSERT_GE(versions.size(), 3u);
  EXPECT_EQ(versions[1].at("reason").as_string(), "renewal");
  EXPECT_GT(std::string(after.at("end_date").as_string()), day(70));
  EXPECT_EQ(get(id, "?as_of=" + end).at("in_force").at("version").as_int64(), 1);
}

TEST_P(Contracts, R11_2_2_EarlyTerminationNamesTheSideAndOpensTheSettlement) {
  auto id = active();
  auto business = as("business");
  auto path = "/api/v1/contracts/" + id + "/terminate";
  EXPECT_EQ(business.send_json("POST", path, json::object{{"initiated_by", "customer"}, {"date", day(0)}}).status, 400);
  EXPECT_EQ(
      business.send_json("POST", path, json::object{{"initiated_by", "landlord"}, {"reason", "x"}, {"date", day(0)}})
          .status,
      400);
  auto future =
      business.send_json("POST", path, json::object{{"initiated_by", "operator"}, {"reason", "x"}, {"date", day(3)}});
  EXPECT_EQ(future.status, 422);
  EXPECT_EQ(as("acme.admin")
                .send_json("POST", path, json::object{{"initiated_by", "customer"}, {"reason", "x"}, {"date", day(0)}})
                .status,
            403);
  EXPECT_EQ(get(id).at("status").as_string(), "active");
  auto r = business.send_json("POST", path,
                              json::object{{"initiated_by", "operator"},
                                           {"reason", "Customer used three times the contracted power (R9.1.2)"},
                                           {"date", day(0)}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto c = r.json().as_object();
  EXPECT_EQ(c.at("status").as_string(), "terminated");
  EXPECT_EQ(c.at("termination").at("initiated_by").as_string(), "operator");
  EXPECT_EQ(c.at("termination").at("date").as_string(), day(0));
  // R10.3: the confidentiality obligation outlives the contract.
  EXPECT_EQ(c.at("confidentiality").at("years").as_int64(), 5);
  EXPECT_FALSE(c.at("confidentiality").at("until").as_string().empty());
  const auto& items = c.at("settlement").as_array();
  ASSERT_EQ(items.size(), 5u);
  std::vector<std::string> kinds;
  std::string invoice;
  for (const auto& i : items) {
    kinds.emplace_back(i.at("kind").as_string());
    if (i.at("kind").as_string() == "final_invoice") invoice = std::to_string(i.at("id").as_int64());
    if (i.at("kind").as_string() == "reservations_released") EXPECT_TRUE(i.at("done").as_bool());
  }
  EXPECT_EQ(kinds, (std::vector<std::string>{"final_invoice", "deposit", "equipment_move_out", "reservations_released",
                                             "addresses_reclaimed"}));
  // The note Colo wrote on releasing the reservations is read in the reader's language.
  const auto zh = as("business").request("GET", "/api/v1/contracts/" + id, "", {{"Accept-Language", "zh-CN"}}).json();
  for (const auto& i : zh.at("settlement").as_array())
    if (i.at("kind").as_string() == "reservations_released")
      EXPECT_NE(std::string(i.at("note").as_string()).find("已自动释放"), std::string::npos) << i;
  auto item = "/api/v1/contracts/" + id + "/settlement/" + invoice;
  EXPECT_EQ(as("acme.admin").send_json("PATCH", item, json::object{{"done", true}}).status, 403);
  auto finance = as("finance");  // only finance may ask about the money items
  EXPECT_EQ(business.send_json("PATCH", item, json::object{{"done", true}}).status, 403);
  EXPECT_EQ(finance.send_json("PATCH", item, json::object{{"note", "no done"}}).status, 400);
  // The money items follow billing's records (R11.2.3): finance does not tick them by hand; with
  // no deposit held the deposit item is done, with no final invoice issued that item is not.
  auto by_hand = finance.send_json("PATCH", item, json::object{{"done", true}, {"note", "INV-2026-000001 paid"}});
  EXPECT_EQ(by_hand.status, 409) << by_hand.body;
  EXPECT_EQ(by_hand.json().at("code").as_string(), "contracts.settlement.from_billing");
  const auto now = as("business").get("/api/v1/contracts/" + id).json();
  for (const auto& i : now.at("settlement").as_array()) {
    if (i.at("kind").as_string() == "final_invoice") EXPECT_FALSE(i.at("done").as_bool()) << i;
    if (i.at("kind").as_string() == "deposit") {
      EXPECT_TRUE(i.at("done").as_bool()) << i;
      EXPECT_EQ(i.at("done_by").as_string(), "billing");
    }
  }
  // Another contract's item under this contract is not found; an ended contract ends once.
  auto other = active();
  EXPECT_EQ(
      finance.send_json("PATCH", "/api/v1/contracts/" + other + "/settlement/" + invoice, json::object{{"done", true}})
          .status,
      404);
  EXPECT_EQ(
      business.send_json("POST", path, json::object{{"initiated_by", "operator"}, {"reason", "x"}, {"date", day(0)}})
          .status,
      409);
  EXPECT_EQ(
      business
          .send_json(
              "POST", "/api/v1/contracts/" + id + "/amendments",
              json::object{{"effective_date", day(1)}, {"summary", "x"}, {"changes", json::object{{"notice_days", 1}}}})
          .status,
      409);
}

TEST_P(Contracts, ListsFilterAndStayWithinTheTenant) {
  auto id = active(json::object{{"term_months", 1}});
  auto business = as("business");
  auto within = [&](int days) {
    std::set<std::string> out;
    const auto listed =
        business.get("/api/v1/contracts?limit=1000&expiring_within_days=" + std::to_string(days)).json();
    for (const auto& c : listed.at("results").as_array()) out.insert(std::to_string(c.at("id").as_int64()));
    return out;
  };
  EXPECT_TRUE(within(40).count(id));
  EXPECT_FALSE(within(5).count(id));
  auto active_list = business.get("/api/v1/contracts?status=active&limit=1000").json();
  for (const auto& c : active_list.at("results").as_array()) EXPECT_EQ(c.at("status").as_string(), "active");
  auto zenith = as("zenith.admin");
  EXPECT_EQ(zenith.get("/api/v1/contracts/" + id).status, 404);
  EXPECT_EQ(zenith.get("/api/v1/contracts/" + id + "/amendments").status, 404);
  auto list = zenith.get("/api/v1/contracts?limit=1000");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.body.find("艾克米"), std::string::npos);
  auto mine = as("acme.user").get("/api/v1/contracts?limit=1000").json();
  bool found = false;
  for (const auto& c : mine.at("results").as_array()) found = found || std::to_string(c.at("id").as_int64()) == id;
  EXPECT_TRUE(found);
}

COLO_INSTANTIATE_API_TEST(Contracts);

// A server of its own in a business time zone whose date differs from UTC's right now: Kiritimati
// (UTC+14) is a day ahead from 10:00 UTC, Etc/GMT+12 (UTC-12) a day behind until 12:00 UTC.
class ContractsInZone : public Contracts {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) GTEST_SKIP();
    const auto hour =
        std::chrono::floor<std::chrono::hours>(std::chrono::system_clock::now().time_since_epoch()).count() % 24;
    zone_ = hour >= 10 ? "Pacific/Kiritimati" : "Etc/GMT+12";
    own_ = ServerProcess::start({.backend = GetParam(), .env = {{"COLO_TIME_ZONE", zone_}}, .demo = true});
    server_ = own_.get();
  }
  // An approved application starting on the zone's today, and its draft contract.
  std::string draft_today() {
    auto admin = as("admin");
    auto room = make_room(admin, 1);
    auto customer = as("acme.user");
    auto body = application_body(room.room);
    body["start_date"] = day_in(zone_);
    auto created = customer.send_json("POST", "/api/v1/applications", body);
    EXPECT_EQ(created.status, 201) << created.body;
    auto app = id_of(created);
    EXPECT_EQ(act(customer, app, "submit").status, 200);
    EXPECT_EQ(act(as("business"), app, "approve").status, 200);
    EXPECT_EQ(as("technical").request("POST", "/api/v1/applications/" + app + "/feasibility/accept").status, 200);
    EXPECT_EQ(act(as("technical"), app, "approve").status, 200);
    EXPECT_EQ(act(as("management"), app, "approve").status, 200);
    auto r = as("business")
                 .send_json("POST", "/api/v1/contracts",
                            json::object{{"application_id", std::stoll(app)}, {"line_items", line_items()}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? id_of(r) : "0";
  }
  HttpResponse sign_on(const std::string& id, const std::string& date) {
    return as("business")
        .request("POST",
                 "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie" +
                     (date.empty() ? "" : "&signed_on=" + date),
                 kPdf, {{"Content-Type", "application/pdf"}});
  }
  std::string zone_;
  std::unique_ptr<ServerProcess> own_;
};

TEST_P(ContractsInZone, SigningDatesAreJudgedInTheBusinessTimeZone) {
  const std::string today = day_in(zone_);
  ASSERT_NE(today, day_in("UTC"));
  // Today's local date is not in the future, although UTC may still be on the day before.
  auto explicit_id = draft_today();
  auto signed_today = sign_on(explicit_id, today);
  ASSERT_EQ(signed_today.status, 200) << signed_today.body;
  EXPECT_EQ(get(explicit_id).at("signing").at("signed_on").as_string(), today);
  // Tomorrow's local date is, although UTC may already be there; without a date, today's is taken.
  auto default_id = draft_today();
  auto tomorrow = sign_on(default_id, shift(today, 1));
  EXPECT_EQ(tomorrow.status, 400) << tomorrow.body;
  ASSERT_EQ(sign_on(default_id, "").status, 200);
  EXPECT_EQ(get(default_id).at("signing").at("signed_on").as_string(), today);
  // The daily job run by hand is for the local date too.
  auto [rc, out] = server().run_cli({"jobs", "run", "contracts-daily"});
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("contracts-daily " + today + ":"), std::string::npos) << out;
}

COLO_INSTANTIATE_API_TEST(ContractsInZone);

}  // namespace
}  // namespace colo::testing
