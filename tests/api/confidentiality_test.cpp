// Confidentiality through real HTTP on SQLite and PostgreSQL (R10): a disclosure rests on the
// customer's written consent or a legal basis and management's approval (422 without, nothing
// changed; 409 for the second of two approvals); the customer sees the disclosures made to it
// unless the law forbids telling; reads of decrypted contacts are recorded; each contract's
// obligation outlives it and is reminded of once; what is held is classified per customer; and
// the customer exports everything held about it (404 for another's).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <string>
#include <thread>

#include "core/clock.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";

class Confidentiality : public ApiTest {
 protected:
  std::int64_t customer_of(const std::string& user) {
    return as(user).get("/api/v1/auth/me").json().at("user").at("customer_id").as_int64();
  }
  static std::string code_of(const HttpResponse& r) {
    return r.json().is_object() && r.json().as_object().contains("code") ? std::string(r.json().at("code").as_string())
                                                                         : "";
  }
  json::object request_body(std::int64_t customer, const std::string& basis) {
    json::object b{{"customer_id", customer},
                   {"recipient", "某律师事务所"},
                   {"recipient_kind", "third_party"},
                   {"categories", json::array{"contacts", "contracts"}},
                   {"records", "联系人名单与主合同"},
                   {"purpose", "并购尽职调查"},
                   {"basis", basis}};
    return b;
  }
  std::int64_t disclosures_in_db(const std::string& user) {
    return as(user).get("/api/v1/confidentiality/disclosures?limit=1").json().at("count").as_int64();
  }
  static std::string path_of(const HttpResponse& r, const std::string& tail = "") {
    return "/api/v1/confidentiality/disclosures/" + std::to_string(r.json().at("disclosure").at("id").as_int64()) +
           tail;
  }
};

TEST_P(Confidentiality, R10_2_ADisclosureWithoutConsentOrLegalBasisIsRefusedAndChangesNothing) {
  const auto zenith = customer_of("zenith.admin");
  auto business = as("business");
  const auto before = disclosures_in_db("business");
  auto none = business.send_json("POST", "/api/v1/confidentiality/disclosures", request_body(zenith, ""));
  EXPECT_EQ(none.status, 422) << none.body;
  EXPECT_EQ(code_of(none), "confidentiality.disclosure.no_basis");
  auto partial = request_body(zenith, "legal");
  partial["law"] = "中华人民共和国网络安全法";
  partial["article"] = "第二十八条";
  auto incomplete = business.send_json("POST", "/api/v1/confidentiality/disclosures", partial);
  EXPECT_EQ(incomplete.status, 422) << incomplete.body;
  EXPECT_EQ(code_of(incomplete), "confidentiality.disclosure.no_basis");
  EXPECT_EQ(disclosures_in_db("business"), before);

  // Consent named but not uploaded: neither management's approval nor the disclosure goes through.
  auto req = business.send_json("POST", "/api/v1/confidentiality/disclosures", request_body(zenith, "consent"));
  ASSERT_EQ(req.status, 201) << req.body;
  EXPECT_EQ(req.json().at("disclosure").at("status"), "requested");
  EXPECT_EQ(std::string(req.json().at("disclosure").at("number").as_string()).rfind("DSC-", 0), 0u);
  auto management = as("management");
  auto early = management.send_json("POST", path_of(req, "/approve"), json::object{});
  EXPECT_EQ(early.status, 422) << early.body;
  EXPECT_EQ(code_of(early), "confidentiality.disclosure.no_basis");
  auto made = business.send_json("POST", path_of(req, "/disclose"), json::object{{"disclosed_what", "名单"}});
  EXPECT_EQ(made.status, 422) << made.body;
  EXPECT_EQ(business.get(path_of(req)).json().at("disclosure").at("status"), "requested");

  // The customer's written consent, then management's approval, then the disclosure made.
  auto consent = business.request("POST", path_of(req, "/consent?file_name=consent.pdf"), kPdf,
                                  {{"Content-Type", "application/pdf"}});
  ASSERT_EQ(consent.status, 200) << consent.body;
  EXPECT_EQ(consent.json().at("disclosure").at("consent_name"), "consent.pdf");
  EXPECT_EQ(business.get(path_of(req, "/consent")).body, kPdf);
  // Not approved yet: the disclosure waits for management.
  auto unapproved = business.send_json("POST", path_of(req, "/disclose"), json::object{{"disclosed_what", "名单"}});
  EXPECT_EQ(unapproved.status, 409) << unapproved.body;
  EXPECT_EQ(code_of(unapproved), "confidentiality.disclosure.not_approved");
  EXPECT_EQ(business.send_json("POST", path_of(req, "/approve"), json::object{}).status, 403);
  // Whoever asked does not approve (an administrator may do both, but not for one request).
  auto admin = as("admin");
  auto mine = admin.send_json("POST", "/api/v1/confidentiality/disclosures", request_body(zenith, "consent"));
  ASSERT_EQ(mine.status, 201) << mine.body;
  ASSERT_EQ(admin.request("POST", path_of(mine, "/consent"), kPdf, {{"Content-Type", "application/pdf"}}).status, 200);
  auto self = admin.send_json("POST", path_of(mine, "/approve"), json::object{});
  EXPECT_EQ(self.status, 422) << self.body;
  EXPECT_EQ(code_of(self), "confidentiality.disclosure.own_request");
  auto approved = management.send_json("POST", path_of(req, "/approve"), json::object{{"note", "同意"}});
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.json().at("disclosure").at("decided_by"), "management");
  auto done = business.send_json("POST", path_of(req, "/disclose"),
                                 json::object{{"disclosed_what", "联系人名单（3 人）及主合同复印件"}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json().at("disclosure").at("status"), "disclosed");
  EXPECT_EQ(done.json().at("disclosure").at("disclosed_by"), "business");
  EXPECT_FALSE(done.json().at("disclosure").at("disclosed_at").is_null());

  // The customer sees it; another customer does not.
  auto own = as("zenith.admin").get(path_of(req));
  EXPECT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(as("acme.admin").get(path_of(req)).status, 404);
  EXPECT_EQ(as("zenith.admin").get(path_of(req, "/consent")).status, 403);
  // Every step is in the audit log.
  auto log = as("auditor").get("/api/v1/audit?object_type=disclosure&limit=100").body;
  for (const char* action : {"\"request\"", "\"consent\"", "\"approve\"", "\"disclose\""})
    EXPECT_NE(log.find(action), std::string::npos) << action;
}

TEST_P(Confidentiality, R10_2_ACustomerIsNotToldOfADisclosureTheLawKeepsFromItNorOfRequests) {
  const auto zenith = customer_of("zenith.admin");
  auto business = as("business");
  auto body = request_body(zenith, "legal");
  body["recipient"] = "某市公安局网安支队";
  body["recipient_kind"] = "authority";
  body["law"] = "中华人民共和国网络安全法";
  body["article"] = "第二十八条";
  body["document_number"] = "公网调字〔2026〕15号";
  body["withheld"] = true;
  auto no_law = business.send_json("POST", "/api/v1/confidentiality/disclosures", body);
  EXPECT_EQ(no_law.status, 400) << no_law.body;
  body["withheld_law"] = "中华人民共和国刑事诉讼法第五十四条";
  auto withheld = business.send_json("POST", "/api/v1/confidentiality/disclosures", body);
  ASSERT_EQ(withheld.status, 201) << withheld.body;
  body["withheld"] = false;
  body.erase("withheld_law");
  auto told = business.send_json("POST", "/api/v1/confidentiality/disclosures", body);
  ASSERT_EQ(told.status, 201) << told.body;
  auto customer = as("zenith.admin");
  // Requested only: nothing made yet, nothing to show.
  EXPECT_EQ(customer.get(path_of(told)).status, 404);
  auto management = as("management");
  for (const auto* r : {&withheld, &told}) {
    ASSERT_EQ(management.send_json("POST", path_of(*r, "/approve"), json::object{}).status, 200);
    ASSERT_EQ(business.send_json("POST", path_of(*r, "/disclose"), json::object{{"disclosed_what", "登录日志"}}).status,
              200);
  }
  EXPECT_EQ(customer.get(path_of(told)).status, 200);
  EXPECT_EQ(customer.get(path_of(withheld)).status, 404);
  auto list = customer.get("/api/v1/confidentiality/disclosures?limit=1000").body;
  EXPECT_NE(list.find(std::string(told.json().at("disclosure").at("number").as_string())), std::string::npos);
  EXPECT_EQ(list.find(std::string(withheld.json().at("disclosure").at("number").as_string())), std::string::npos);
}

TEST_P(Confidentiality, TwoApprovalsOfOneRequestAtOnceOneWinsAndTheOtherAnswers409) {
  const auto zenith = customer_of("zenith.admin");
  auto body = request_body(zenith, "legal");
  body["law"] = "中华人民共和国反恐怖主义法";
  body["article"] = "第十八条";
  body["document_number"] = "反恐调〔2026〕3号";
  for (int round = 0; round < 3; ++round) {
    auto req = as("business").send_json("POST", "/api/v1/confidentiality/disclosures", body);
    ASSERT_EQ(req.status, 201) << req.body;
    const auto path = path_of(req, "/approve");
    auto a = as("management"), b = as("admin");
    int sa = 0, sb = 0;
    std::thread ta([&] { sa = a.send_json("POST", path, json::object{}).status; });
    std::thread tb([&] { sb = b.send_json("POST", path, json::object{}).status; });
    ta.join();
    tb.join();
    EXPECT_TRUE((sa == 200 && sb == 409) || (sa == 409 && sb == 200)) << sa << " " << sb;
  }
}

TEST_P(Confidentiality, R10_ReadsOfDecryptedContactsAreRecordedAndListedPerCustomer) {
  const auto zenith = customer_of("zenith.admin");
  const std::string path = "/api/v1/confidentiality/sensitive-reads?customer=" + std::to_string(zenith);
  auto security = as("security");
  const auto before = security.get(path).json().at("count").as_int64();
  ASSERT_EQ(as("business").get("/api/v1/customers/" + std::to_string(zenith)).status, 200);
  auto after = security.get(path);
  ASSERT_EQ(after.status, 200) << after.body;
  EXPECT_EQ(after.json().at("count").as_int64(), before + 1);
  const auto after_page = after.json();
  const auto& first = after_page.at("results").as_array().at(0);
  EXPECT_EQ(first.at("actor"), "business");
  EXPECT_EQ(first.at("action"), "read_sensitive");
  // The customer reading its own record discloses nothing and is not listed; nor may it list.
  ASSERT_EQ(as("zenith.admin").get("/api/v1/customers/" + std::to_string(zenith)).status, 200);
  EXPECT_EQ(security.get(path).json().at("count").as_int64(), before + 1);
  EXPECT_EQ(as("zenith.admin").get(path).status, 403);
}

TEST_P(Confidentiality, R10_3_AContractsObligationOutlivesItAndIsRemindedOfOnce) {
  auto customer = as("zenith.admin");
  auto own = customer.get("/api/v1/confidentiality/obligations?limit=1000");
  ASSERT_EQ(own.status, 200) << own.body;
  const auto zenith = customer_of("zenith.admin");
  ASSERT_GE(own.json().at("count").as_int64(), 1);
  const auto own_page = own.json();
  for (const auto& o : own_page.at("results").as_array()) EXPECT_EQ(o.at("customer_id").as_int64(), zenith);
  const auto o = own.json().at("results").as_array().at(0).as_object();
  const std::string end(o.at("contract_end").as_string()), until(o.at("until").as_string());
  EXPECT_EQ(o.at("years_after_end").as_int64(), 3);
  EXPECT_GE(until, std::to_string(std::stoi(end.substr(0, 4)) + 3) + end.substr(4));
  // Its own years.
  const auto id = std::to_string(o.at("contract_id").as_int64());
  EXPECT_EQ(
      customer.send_json("POST", "/api/v1/confidentiality/obligations/" + id, json::object{{"years_after_end", 5}})
          .status,
      403);
  auto set = as("management")
                 .send_json("POST", "/api/v1/confidentiality/obligations/" + id, json::object{{"years_after_end", 5}});
  ASSERT_EQ(set.status, 200) << set.body;
  const std::string later(set.json().at("until").as_string());
  EXPECT_EQ(later, std::to_string(std::stoi(end.substr(0, 4)) + 5) + end.substr(4));
  EXPECT_TRUE(set.json().at("years_custom").as_bool());
  EXPECT_EQ(as("management")
                .send_json("POST", "/api/v1/confidentiality/obligations/" + id, json::object{{"years_after_end", 51}})
                .status,
            400);
  // Ten days before it ends the reminder goes out, once.
  const std::string day = format_date(add_days(*parse_date(later), -10));
  auto [rc1, out1] = server().run_cli({"jobs", "run", "confidentiality-reminders", "--date", day});
  ASSERT_EQ(rc1, 0) << out1;
  auto [rc2, out2] = server().run_cli({"jobs", "run", "confidentiality-reminders", "--date", day});
  ASSERT_EQ(rc2, 0) << out2;
  EXPECT_NE(out2.find(" 0 confidentiality reminders sent"), std::string::npos) << out2;
  auto again = customer.get("/api/v1/confidentiality/obligations?limit=1000").json();
  bool reminded = false;
  for (const auto& x : again.at("results").as_array())
    if (x.at("contract_id").as_int64() == o.at("contract_id").as_int64()) reminded = !x.at("reminded_at").is_null();
  EXPECT_TRUE(reminded) << out1;
  auto notices = customer.get("/api/v1/notifications?limit=100").body;
  EXPECT_NE(notices.find("confidentiality.ending"), std::string::npos);
}

TEST_P(Confidentiality, R10_1_WhatIsHeldPerCustomerIsCountedWithItsLevel) {
  const auto zenith = customer_of("zenith.admin");
  const std::string path = "/api/v1/confidentiality/customers/" + std::to_string(zenith) + "/holdings";
  auto r = as("business").get(path);
  ASSERT_EQ(r.status, 200) << r.body;
  const auto held = r.json();
  const auto& categories = held.at("categories").as_array();
  ASSERT_EQ(categories.size(), 7u);
  for (const auto& c : categories)
    if (c.at("category") == "contracts") EXPECT_GE(c.at("records").as_int64(), 1);
  EXPECT_EQ(as("business")
                .send_json("POST", "/api/v1/confidentiality/levels",
                           json::object{{"category", "tickets"}, {"level", "secret"}})
                .status,
            403);
  auto bad =
      as("management")
          .send_json("POST", "/api/v1/confidentiality/levels", json::object{{"category", "tickets"}, {"level", "top"}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  auto set = as("management")
                 .send_json("POST", "/api/v1/confidentiality/levels",
                            json::object{{"category", "tickets"}, {"level", "confidential"}});
  ASSERT_EQ(set.status, 200) << set.body;
  const auto held_now = as("business").get(path).json();
  for (const auto& c : held_now.at("categories").as_array())
    if (c.at("category") == "tickets") EXPECT_EQ(c.at("level"), "confidential");
  EXPECT_EQ(as("acme.admin").get(path).status, 404);
}

TEST_P(Confidentiality, R10_TheCustomerExportsEverythingHeldAboutItInPagesAndNotAnothersRecords) {
  const auto zenith = customer_of("zenith.admin");
  const std::string base = "/api/v1/confidentiality/customers/" + std::to_string(zenith) + "/export";
  auto customer = as("zenith.admin");
  auto index = customer.get(base);
  ASSERT_EQ(index.status, 200) << index.body;
  EXPECT_EQ(index.json().at("sections").as_array().size(), 10u);
  std::int64_t contracts = 0;
  const auto sections = index.json();
  for (const auto& s : sections.at("sections").as_array())
    if (s.at("name") == "contracts") contracts = s.at("count").as_int64();
  ASSERT_GE(contracts, 1);
  auto page = customer.get(base + "/contracts?start=0&size=1");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_EQ(page.json().at("count").as_int64(), contracts);
  ASSERT_EQ(page.json().at("records").as_array().size(), 1u);
  EXPECT_EQ(page.json().at("records").as_array().at(0).at("customer").at("id").as_int64(), zenith);
  auto record = customer.get(base + "/customer").json();
  EXPECT_EQ(record.at("records").as_array().at(0).at("id").as_int64(), zenith);
  EXPECT_EQ(customer.get(base + "/devices?size=1001").status, 400);
  EXPECT_EQ(customer.get(base + "/passwords").status, 400);
  // Another customer's export is not found, whole or in part.
  EXPECT_EQ(as("acme.admin").get(base).status, 404);
  EXPECT_EQ(as("acme.admin").get(base + "/contracts").status, 404);
  // Staff export for the customer too; each export is audited.
  EXPECT_EQ(as("business").get(base).status, 200);
  auto log = as("auditor").get("/api/v1/audit?action=export&limit=100").body;
  EXPECT_NE(log.find("zenith.admin"), std::string::npos);
}

COLO_INSTANTIATE_API_TEST(Confidentiality);

}  // namespace
}  // namespace colo::testing
