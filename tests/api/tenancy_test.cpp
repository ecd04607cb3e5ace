// Tenancy (R6.2.2, R10): a customer user of customer B walks EVERY route of the API, with the
// ids of customer A's objects in every path parameter, and must neither see nor change A's data.
//
// The route list comes from /api/v1/openapi.json, so new routes are walked automatically. A new
// path parameter name, or {id} under a new collection, needs an entry in `object_for` below: the
// test fails on any it cannot fill, so no route escapes the walk.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

class Tenancy : public ApiTest {
 protected:
  struct ObjectsOfA {
    std::string customer, contact, user, token;
  };

  ObjectsOfA objects_of_a() {
    ObjectsOfA a;
    auto admin = as("admin");
    auto acme = as("acme.admin");
    auto me = acme.get("/api/v1/auth/me").json().at("user").as_object();
    a.customer = std::to_string(me.at("customer_id").as_int64());
    a.user = std::to_string(me.at("id").as_int64());
    auto contacts = acme.get("/api/v1/customers/" + a.customer + "/contacts").json().as_array();
    if (contacts.empty()) {
      auto c = acme.send_json("POST", "/api/v1/customers/" + a.customer + "/contacts",
                              json::object{{"name", "A-contact"}, {"email", "a@acme.example"}});
      a.contact = std::to_string(c.json().at("id").as_int64());
    } else {
      a.contact = std::to_string(contacts[0].at("id").as_int64());
    }
    auto t = acme.send_json("POST", "/api/v1/auth/tokens", json::object{{"name", "acme-script"}});
    a.token = std::to_string(t.json().at("id").as_int64());
    return a;
  }

  // The id of customer A's object to put into `param` of `pattern`; "" when unmapped.
  static std::string object_for(const std::string& pattern, const std::string& param, const ObjectsOfA& a) {
    auto under = [&](const char* prefix) { return pattern.rfind(prefix, 0) == 0; };
    if (param == "contact_id") return a.contact;
    if (param == "id") {
      if (under("/api/v1/customers/")) return a.customer;
      if (under("/api/v1/users/")) return a.user;
      if (under("/api/v1/auth/tokens/")) return a.token;
    }
    return "";
  }

  // What A's data looks like to an administrator: must be the same after the walk.
  std::string snapshot_of_a(const ObjectsOfA& a) {
    auto admin = as("admin");
    return admin.get("/api/v1/customers/" + a.customer).body + admin.get("/api/v1/users/" + a.user).body +
           admin.get("/api/v1/auth/tokens").body;
  }
};

TEST_P(Tenancy, R6_2_2_ACustomerNeverSeesOrChangesAnotherCustomersData) {
  auto a = objects_of_a();
  const std::string before = snapshot_of_a(a);
  auto paths = client().get("/api/v1/openapi.json").json().at("paths").as_object();
  auto b = as("zenith.admin");
  // Strings that only customer A's data contains.
  const std::vector<std::string> secrets_of_a = {"艾克米", "ACME0N", "acme.admin", "acme.user", "A-contact",
                                                 "a@acme.example", "acme-script"};
  int walked = 0;
  for (const auto& [path_key, ops] : paths) {
    std::string pattern(path_key);
    std::string path;
    bool has_params = false;
    for (std::size_t i = 0; i < pattern.size();) {
      if (pattern[i] == '{') {
        auto end = pattern.find('}', i);
        auto name = pattern.substr(i + 1, end - i - 1);
        auto id = object_for(pattern, name, a);
        ASSERT_FALSE(id.empty()) << "no object of customer A for {" << name << "} in " << pattern
                                 << ": extend object_for in tenancy_test.cpp";
        path += id;
        has_params = true;
        i = end + 1;
      } else {
        path += pattern[i++];
      }
    }
    for (const auto& [method_key, op] : ops.as_object()) {
      std::string method(method_key);
      for (auto& ch : method) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      if (path == "/api/v1/auth/logout") continue;  // would end B's own session mid-walk
      auto r = method == "GET" ? b.get(path) : b.send_json(method, path, json::object{});
      ++walked;
      if (has_params) {
        EXPECT_TRUE(r.status == 404 || r.status == 403 || r.status == 400)
            << method << " " << path << " answered " << r.status << ": " << r.body.substr(0, 300);
        if (r.status == 403) {
          // A 403 is acceptable only when B may not use the route at all (permission), never
          // because the object exists but is foreign.
          EXPECT_EQ(r.json().at("code").as_string(), "forbidden") << method << " " << path;
        }
      }
      for (const auto& s : secrets_of_a)
        EXPECT_EQ(r.body.find(s), std::string::npos) << method << " " << path << " leaked '" << s << "'";
    }
  }
  EXPECT_GT(walked, 15);
  EXPECT_EQ(snapshot_of_a(a), before) << "customer A's data changed during B's walk";
}

TEST_P(Tenancy, ACustomerListSeesOnlyItself) {
  auto r = as("zenith.admin").get("/api/v1/customers?limit=1000");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json().at("count").as_int64(), 1);
  EXPECT_EQ(r.body.find("艾克米"), std::string::npos);
}

COLO_INSTANTIATE_API_TEST(Tenancy);

}  // namespace
}  // namespace colo::testing
