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
    std::string rack, device, reservation, site, room, device_type;
    std::string vlan, prefix, address, interface, cable;
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
    // A's dedicated rack, a device in it and a reservation of A there.
    auto racks = admin.get("/api/v1/dcim/racks?customer=" + a.customer + "&limit=1").json();
    auto rack = racks.at("results").as_array().at(0).as_object();
    a.rack = std::to_string(rack.at("id").as_int64());
    a.site = std::to_string(rack.at("site").at("id").as_int64());
    a.room = std::to_string(rack.at("room").at("id").as_int64());
    auto dev = admin.get("/api/v1/dcim/devices?rack=" + a.rack + "&limit=1").json().at("results").as_array().at(0);
    a.device = std::to_string(dev.at("id").as_int64());
    a.device_type = std::to_string(dev.at("device_type").at("id").as_int64());
    auto res = admin.send_json("POST", "/api/v1/dcim/reservations",
                               json::object{{"rack_id", rack.at("id")}, {"customer_id", std::stoll(a.customer)},
                                            {"position", 41}, {"units", 1}, {"expires_at", "2099-01-01T00:00:00Z"},
                                            {"reason", "acme-expansion"}});
    EXPECT_EQ(res.status, 201) << res.body;
    a.reservation = res.status == 201 ? std::to_string(res.json().at("id").as_int64()) : "999999";
    // A's network: a VLAN, a prefix, an address and a cable between two of A's devices.
    auto id_of = [](const HttpResponse& r) {
      EXPECT_EQ(r.status, 201) << r.body;
      return r.status == 201 ? std::to_string(r.json().at("id").as_int64()) : std::string("999999");
    };
    static int n = 0;
    ++n;
    a.vlan = id_of(admin.send_json("POST", "/api/v1/ipam/vlans",
                                   json::object{{"vid", 3000 + n}, {"name", "acme-vlan"}, {"customer", std::stoll(a.customer)}}));
    a.prefix = id_of(admin.send_json("POST", "/api/v1/ipam/prefixes",
                                     json::object{{"prefix", "192.0.2." + std::to_string(n * 16) + "/28"},
                                                  {"customer", std::stoll(a.customer)}, {"description", "acme-net"}}));
    a.address = id_of(admin.send_json("POST", "/api/v1/ipam/ip-addresses",
                                      json::object{{"address", "192.0.2." + std::to_string(n * 16 + 1) + "/28"},
                                                   {"customer", std::stoll(a.customer)}, {"description", "acme-net"}}));
    // The last two ports of A's device: the demo cables first ports, and each port takes one cable.
    auto all_ifs = admin.get("/api/v1/dcim/interfaces?device=" + a.device + "&limit=1000").json().at("results").as_array();
    json::array ifs;
    for (std::size_t i = all_ifs.size() >= 2 ? all_ifs.size() - 2 : 0; i < all_ifs.size(); ++i) ifs.push_back(all_ifs[i]);
    EXPECT_EQ(ifs.size(), 2u);
    a.interface = ifs.empty() ? "999999" : std::to_string(ifs[0].at("id").as_int64());
    a.cable = ifs.size() < 2 ? "999999"
                             : id_of(admin.send_json("POST", "/api/v1/dcim/cables",
                                                     json::object{{"a_interface", ifs[0].at("id")}, {"b_interface", ifs[1].at("id")},
                                                                  {"type", "cat6"}, {"label", "acme-cable"}}));
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
      if (under("/api/v1/dcim/racks/")) return a.rack;
      if (under("/api/v1/dcim/devices/")) return a.device;
      if (under("/api/v1/dcim/reservations/")) return a.reservation;
      if (under("/api/v1/dcim/sites/")) return a.site;
      if (under("/api/v1/dcim/rooms/")) return a.room;
      if (under("/api/v1/dcim/device-types/")) return a.device_type;
      if (under("/api/v1/dcim/cables/")) return a.cable;
      if (under("/api/v1/ipam/vlans/")) return a.vlan;
      if (under("/api/v1/ipam/prefixes/")) return a.prefix;
      if (under("/api/v1/ipam/ip-addresses/")) return a.address;
    }
    if (param == "interface_id") return a.interface;
    return "";
  }

  // Shared infrastructure and the public catalogue: any signed-in user may read these, so a 2xx
  // is right, but nothing of A's may appear in them.
  static bool shared(const std::string& pattern) {
    for (const char* p : {"/api/v1/dcim/sites/", "/api/v1/dcim/rooms/", "/api/v1/dcim/device-types/"})
      if (pattern.rfind(p, 0) == 0) return true;
    return false;
  }

  // What A's data looks like to an administrator: must be the same after the walk.
  std::string snapshot_of_a(const ObjectsOfA& a) {
    auto admin = as("admin");
    return admin.get("/api/v1/customers/" + a.customer).body + admin.get("/api/v1/users/" + a.user).body +
           admin.get("/api/v1/auth/tokens").body + admin.get("/api/v1/dcim/racks/" + a.rack).body +
           admin.get("/api/v1/dcim/devices/" + a.device).body + admin.get("/api/v1/dcim/reservations?customer=" + a.customer).body;
  }
};

TEST_P(Tenancy, R6_2_2_ACustomerNeverSeesOrChangesAnotherCustomersData) {
  auto a = objects_of_a();
  const std::string before = snapshot_of_a(a);
  auto paths = client().get("/api/v1/openapi.json").json().at("paths").as_object();
  auto b = as("zenith.admin");
  // Strings that only customer A's data contains.
  const std::vector<std::string> secrets_of_a = {"艾克米", "ACME0N", "acme.admin", "acme.user", "A-contact",
                                                 "a@acme.example", "acme-script", "acme-expansion", "acme-vlan",
                                                 "acme-net", "acme-cable"};
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
      if (has_params && !(shared(pattern) && method == "GET")) {
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
