// The price list and price changes through real HTTP on SQLite and PostgreSQL (R8.1, R8.3): the
// published list read by customers and written by finance only, price versions never in the
// past, contract lines priced from the list, and price rises refused without the notice period,
// waiting for the customer's agreement and listed in the report, each customer seeing its own.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

class Pricing : public ApiTest {
 protected:
  // An active contract of acme with 30 days' notice; its id.
  std::string active_contract(json::array lines = line_items()) {
    auto admin = as("admin");
    auto room = make_room(admin, 1);
    auto app = approved(server(), room.room);
    auto body = contract_body(app);
    body["line_items"] = std::move(lines);
    auto business = as("business");
    auto r = business.send_json("POST", "/api/v1/contracts", body);
    EXPECT_EQ(r.status, 201) << r.body;
    auto id = id_of(r);
    const std::string pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";
    EXPECT_EQ(business
                  .request("POST", "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie", pdf,
                           {{"Content-Type", "application/pdf"}})
                  .status,
              200);
    EXPECT_EQ(business.request("POST", "/api/v1/contracts/" + id + "/activate").status, 200);
    return id;
  }

  // The rack line at `price` with the power line unchanged, from `date`.
  static json::object raise(const std::string& date, std::int64_t price) {
    auto lines = line_items();
    lines[0].as_object()["unit_price_fen"] = price;
    return json::object{{"effective_date", date},
                        {"summary", "机柜空间调价"},
                        {"rights_duties", "自生效日起按新单价计费"},
                        {"changes", json::object{{"line_items", lines}}}};
  }

  static const json::object* find_code(const json::value& page, const std::string& code) {
    for (const auto& i : page.at("results").as_array())
      if (i.at("code").as_string() == code) return &i.as_object();
    return nullptr;
  }
};

TEST_P(Pricing, R8_1_CustomersReadThePublishedListAndCannotWriteIt) {
  auto customer = as("acme.user");
  auto list = customer.get("/api/v1/billing/catalogue?limit=1000");
  ASSERT_EQ(list.status, 200) << list.body;
  const auto page = list.json();
  const auto* rack = find_code(page, "RACK-42U");
  ASSERT_NE(rack, nullptr);
  EXPECT_EQ(rack->at("price_fen").as_int64(), 450000);
  EXPECT_EQ(rack->at("name_zh").as_string(), "整机柜（42U）");
  EXPECT_EQ(find_code(page, "BW-COMMIT-MBPS")->at("tax_rate_bp").as_int64(), 900);
  auto admin = as("acme.admin");
  const auto id = std::to_string(rack->at("id").as_int64());
  EXPECT_EQ(customer.get("/api/v1/billing/catalogue/" + id).status, 200);
  EXPECT_EQ(admin
                .send_json("POST", "/api/v1/billing/catalogue/" + id + "/versions",
                           json::object{{"effective_from", day(1)}, {"price_fen", 1}})
                .status,
            403);
  EXPECT_EQ(
      admin
          .send_json(
              "POST", "/api/v1/billing/catalogue",
              json::object{
                  {"code", unique("X")}, {"name_zh", "x"}, {"name_en", "x"}, {"service", "other"}, {"price_fen", 1}})
          .status,
      403);
  EXPECT_EQ(admin.send_json("PATCH", "/api/v1/billing/catalogue/" + id, json::object{{"name_zh", "x"}}).status, 403);
}

TEST_P(Pricing, R8_1_FinanceAddsVersionsTodayOrLaterNeverInThePast) {
  auto finance = as("finance");
  std::string code = "XC-" + std::to_string(::getpid()) + "-" + backend_name(GetParam());
  for (auto& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  auto made = finance.send_json("POST", "/api/v1/billing/catalogue",
                                json::object{{"code", code},
                                             {"name_zh", "单模光纤跨连"},
                                             {"name_en", "Single-mode cross-connect"},
                                             {"service", "other"},
                                             {"price_fen", 60000}});
  ASSERT_EQ(made.status, 201) << made.body;
  const auto id = id_of(made);
  const auto versions = "/api/v1/billing/catalogue/" + id + "/versions";
  auto past = finance.send_json("POST", versions, json::object{{"effective_from", day(-1)}, {"price_fen", 65000}});
  ASSERT_EQ(past.status, 422) << past.body;
  EXPECT_EQ(past.json().at("code").as_string(), "billing.price.in_past");
  EXPECT_EQ(past.json().at("errors").as_array()[0].at("field").as_string(), "effective_from");
  for (const auto& bad : {json::value(-5), json::value(12.5)}) {
    auto r = finance.send_json("POST", versions, json::object{{"effective_from", day(5)}, {"price_fen", bad}});
    ASSERT_EQ(r.status, 422) << r.body;
    EXPECT_EQ(r.json().at("code").as_string(), "billing.money.invalid");
  }
  auto later = finance.send_json("POST", versions, json::object{{"effective_from", day(10)}, {"price_fen", 65000}});
  ASSERT_EQ(later.status, 201) << later.body;
  EXPECT_EQ(later.json().at("price_fen").as_int64(), 60000);
  ASSERT_EQ(later.json().at("upcoming").as_array().size(), 1u);
  EXPECT_EQ(later.json().at("upcoming").as_array()[0].at("price_fen").as_int64(), 65000);
  auto before = finance.send_json("POST", versions, json::object{{"effective_from", day(5)}, {"price_fen", 1}});
  ASSERT_EQ(before.status, 422) << before.body;
  EXPECT_EQ(before.json().at("code").as_string(), "billing.price.before_latest");
  // Nothing of the refused versions was written: the history is the two accepted ones.
  auto item = as("acme.user").get("/api/v1/billing/catalogue/" + id).json();
  EXPECT_EQ(item.at("versions").as_array().size(), 2u);
  EXPECT_EQ(
      as("acme.user").send_json("POST", versions, json::object{{"effective_from", day(20)}, {"price_fen", 1}}).status,
      403);
}

TEST_P(Pricing, R8_1_ContractLinesTakeTheListPriceUnlessNegotiated) {
  json::array lines{json::object{{"catalogue_item", "BW-COMMIT-MBPS"}, {"quantity", 100}},
                    json::object{{"catalogue_item", "RACK-U"}, {"quantity", 4}, {"unit_price_fen", 25000}}};
  auto id = active_contract(lines);
  const auto c = as("acme.user").get("/api/v1/contracts/" + id).json();
  const auto& got = c.at("terms").at("line_items").as_array();
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].at("service").as_string(), "bandwidth");
  EXPECT_EQ(got[0].at("unit_price_fen").as_int64(), 2500);
  EXPECT_EQ(got[0].at("tax_rate_bp").as_int64(), 900);
  EXPECT_EQ(got[0].at("unit").as_string(), "Mbps");
  EXPECT_EQ(got[1].at("unit_price_fen").as_int64(), 25000);
  EXPECT_EQ(got[1].at("service").as_string(), "rack_space");

  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto body = contract_body(approved(server(), room.room));
  body["line_items"] = json::array{json::object{{"catalogue_item", "NO-SUCH-ITEM"}}};
  auto r = as("business").send_json("POST", "/api/v1/contracts", body);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code").as_string(), "contracts.line.unknown_catalogue_item");
  EXPECT_EQ(r.json().at("errors").as_array()[0].at("field").as_string(), "line_items/0/catalogue_item");
}

TEST_P(Pricing, R8_3_ARiseWaitsForTheNoticeAndTheCustomersAgreement) {
  auto id = active_contract();
  auto business = as("business");
  const auto path = "/api/v1/contracts/" + id + "/amendments";
  auto early = business.send_json("POST", path, raise(day(10), 90000));
  ASSERT_EQ(early.status, 422) << early.body;
  EXPECT_EQ(early.json().at("code").as_string(), "contracts.price_change.notice_too_short");
  EXPECT_NE(early.json().at("detail").as_string().find(day(30)), std::string::npos) << early.body;
  const auto early_body = early.json();
  const auto& field = early_body.at("errors").as_array()[0];
  EXPECT_EQ(field.at("field").as_string(), "effective_date");
  EXPECT_NE(field.at("message").as_string().find(day(30)), std::string::npos);
  EXPECT_TRUE(as("business").get(path).json().as_array().empty());

  // Someone else's contract: not even there.
  EXPECT_EQ(as("zenith.admin").send_json("POST", path, raise(day(30), 90000)).status, 404);

  auto made = business.send_json("POST", path, raise(day(30), 90000));
  ASSERT_EQ(made.status, 201) << made.body;
  const auto a = made.json().as_object();
  EXPECT_TRUE(a.at("price_change").as_bool());
  EXPECT_EQ(a.at("earliest_date").as_string(), day(30));
  EXPECT_FALSE(a.at("notified_at").is_null());
  EXPECT_EQ(a.at("price_rises").as_array()[0].at("old_price_fen").as_int64(), 80000);
  // The customer was told.
  auto told = as("acme.admin").get("/api/v1/notifications?limit=1000&topic=contract.price_change").json();
  bool found = false;
  for (const auto& n : told.at("results").as_array())
    found = found || n.at("id").as_int64() == a.at("notification_id").as_int64();
  EXPECT_TRUE(found);

  // Pending in the report, not yet agreed; another customer does not see it.
  auto pending = [&](HttpClient c) -> const json::object* {
    static json::value page;
    page = c.get("/api/v1/billing/price-changes?limit=1000&contract=" + id).json();
    for (const auto& r : page.at("results").as_array())
      if (r.at("id").as_int64() == a.at("id").as_int64()) return &r.as_object();
    return nullptr;
  };
  const auto* row = pending(as("finance"));
  ASSERT_NE(row, nullptr);
  EXPECT_FALSE(row->at("accepted").as_bool());
  EXPECT_EQ(row->at("earliest_date").as_string(), day(30));
  EXPECT_NE(pending(as("acme.user")), nullptr);
  EXPECT_EQ(pending(as("zenith.admin")), nullptr);

  // Business cannot agree for the customer; the customer's administrator can.
  const auto step = path + "/" + std::to_string(a.at("id").as_int64()) + "/transitions";
  EXPECT_NE(business.send_json("POST", step, json::object{{"action", "agree"}}).status, 200);
  auto agreed = as("acme.admin").send_json("POST", step, json::object{{"action", "agree"}});
  ASSERT_EQ(agreed.status, 200) << agreed.body;
  EXPECT_EQ(agreed.json().at("status").as_string(), "agreed");
  row = pending(as("finance"));
  ASSERT_NE(row, nullptr);
  EXPECT_TRUE(row->at("accepted").as_bool());

  auto csv = as("finance").get(
      "/api/v1/export?path=/api/v1/billing/price-changes&format=csv&column=contract.name&column=effective_date&"
      "column=earliest_date&column=notified_at&column=accepted&contract=" +
      id);
  EXPECT_EQ(csv.status, 200) << csv.body;
  EXPECT_NE(csv.body.find(day(30)), std::string::npos);
}

COLO_INSTANTIATE_API_TEST(Pricing);

}  // namespace
}  // namespace colo::testing
