// Firewall requests through real HTTP on SQLite and PostgreSQL (R5.2.1, R5.2.2): a customer asks
// for its own device and addresses; bad addresses and ports are refused with their field and a
// stable code and change nothing; security reviews; the rules in force and those expiring soon
// are listed and exported as CSV; another customer sees none of it.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

class Firewall : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) {
      const char* req = std::getenv("COLO_REQUIRE_PG");
      if (req && std::string(req) == "1") FAIL() << "COLO_REQUIRE_PG=1 but COLO_TEST_PG_URL is unset";
      GTEST_SKIP() << "PostgreSQL not configured (set COLO_TEST_PG_URL)";
    }
    server_ = ServerProcess::start({.backend = GetParam(), .demo = true});
  }
  HttpClient as(const std::string& user) { return login(*server_, user); }

  json::object open_body(std::int64_t device, const std::string& destination, const std::string& ports) {
    return json::object{{"action", "open"},
                        {"device_id", device},
                        {"reason", "对外提供 HTTPS"},
                        {"expires_on", day(20)},
                        {"lines", json::array{json::object{{"direction", "inbound"},
                                                           {"protocol", "tcp"},
                                                           {"source", "any"},
                                                           {"destination", destination},
                                                           {"ports", ports}}}}};
  }

  std::unique_ptr<ServerProcess> server_;
};

TEST_P(Firewall, R5_2_1_ACustomerAsksForItsOwnAddressesAndSecurityReviewsIt) {
  auto admin = as("admin");
  auto acme = as("acme.admin");
  const auto customer = acme.get("/api/v1/auth/me").json().at("user").at("customer_id").as_int64();
  ASSERT_EQ(admin
                .send_json("POST", "/api/v1/ipam/prefixes",
                           json::object{{"prefix", "100.100.7.0/28"}, {"customer", customer}, {"description", "acme"}})
                .status,
            201);
  auto owned = admin.get("/api/v1/dcim/devices?customer=" + std::to_string(customer) + "&limit=1").json();
  const auto device = owned.at("results").at(0).at("id").as_int64();
  const std::string device_name(owned.at("results").at(0).at("name").as_string());

  struct Bad {
    std::string destination, ports;
    int status;
    const char* code;
    const char* field;
  };
  const Bad bad[] = {
      {"100.100.7.5", "70000", 400, "validation_failed", "lines/0/ports"},
      {"100.100.7.300", "443", 400, "validation_failed", "lines/0/destination"},
      {"100.100.7.99", "443", 422, "firewall.address.outside_customer", "lines/0/destination"},
      {"any", "443", 400, "validation_failed", "lines/0/destination"},
  };
  for (const auto& b : bad) {
    auto r = acme.send_json("POST", "/api/v1/firewall/requests", open_body(device, b.destination, b.ports));
    EXPECT_EQ(r.status, b.status) << r.body;
    EXPECT_EQ(r.header("content-type").value_or(""), "application/problem+json") << b.destination;
    EXPECT_EQ(r.json().at("code").as_string(), b.code) << r.body;
    EXPECT_EQ(r.json().at("errors").at(0).at("field").as_string(), b.field) << r.body;
  }
  EXPECT_EQ(acme.get("/api/v1/firewall/requests").json().at("count").as_int64(), 0) << "nothing written";

  auto made = acme.send_json("POST", "/api/v1/firewall/requests", open_body(device, "100.100.7.5", "22"));
  ASSERT_EQ(made.status, 201) << made.body;
  auto request = made.json();
  EXPECT_EQ(request.at("risk_level").as_string(), "high");
  EXPECT_EQ(request.at("lines").at(0).at("destination").as_string(), "100.100.7.5/32");
  const std::string id = id_of(made);
  // A customer cannot review; security can, once.
  EXPECT_EQ(acme.send_json("POST", "/api/v1/firewall/requests/" + id + "/review",
                           json::object{{"decision", "approve"}, {"risk_level", "low"}, {"note", "x"}})
                .status,
            403);
  auto security = as("security");
  auto reviewed =
      security.send_json("POST", "/api/v1/firewall/requests/" + id + "/review",
                         json::object{{"decision", "approve"}, {"risk_level", "high"}, {"note", "仅限堡垒机"}});
  ASSERT_EQ(reviewed.status, 200) << reviewed.body;
  EXPECT_EQ(reviewed.json().at("status").as_string(), "approved");
  auto again = security.send_json("POST", "/api/v1/firewall/requests/" + id + "/review",
                                  json::object{{"decision", "reject"}, {"risk_level", "high"}, {"note", "late"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json().at("code").as_string(), "firewall.request.decided");

  // The rule set in force and the report of rules expiring within 30 days, as CSV.
  auto rules = acme.get("/api/v1/firewall/rules").json();
  ASSERT_EQ(rules.at("count").as_int64(), 1);
  EXPECT_EQ(rules.at("results").at(0).at("added_request_number").as_string(), request.at("number").as_string());
  auto csv = security.get(
      "/api/v1/export?path=/api/v1/firewall/rules&format=csv&expiring_within=30&column=customer_name&column="
      "device_name&column=destination&column=ports&column=expires_on");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_NE(csv.body.find(device_name), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find(day(20)), std::string::npos) << csv.body;
  auto later = security.get("/api/v1/firewall/rules?expiring_within=10").json();
  EXPECT_EQ(later.at("count").as_int64(), 0) << "not within 10 days";

  // Another customer sees neither the request nor the rule.
  auto other = as("zenith.admin");
  EXPECT_EQ(other.get("/api/v1/firewall/requests/" + id).status, 404);
  EXPECT_EQ(other.get("/api/v1/firewall/rules").json().at("count").as_int64(), 0);
  EXPECT_EQ(other.send_json("POST", "/api/v1/firewall/requests", open_body(device, "100.100.7.6", "443")).status, 422)
      << "not its device";
}

INSTANTIATE_TEST_SUITE_P(Backends, Firewall, ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const auto& info) { return backend_name(info.param); });

}  // namespace
}  // namespace colo::testing
