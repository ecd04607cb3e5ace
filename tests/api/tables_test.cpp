// What the list pages rely on beyond reading: bulk changes of racks and devices (all or none, each
// object audited, every failing id answered) and saved list filters per user, on SQLite and
// PostgreSQL.
#include <gtest/gtest.h>

#include <unistd.h>
#include <boost/json.hpp>

#include <set>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

class Tables : public ApiTest {
 protected:
  struct Fixture {
    std::int64_t rack = 0, rack2 = 0, type = 0;
    std::vector<std::int64_t> devices;
  };
  // A room with two racks and three 1U servers in the first.
  Fixture make_fixture() {
    static int n = 0;
    const auto tag = std::to_string(::getpid()) + "t" + std::to_string(++n);
    auto tech = as("technical");
    Fixture f;
    auto site = tech.send_json("POST", "/api/v1/dcim/sites", json::object{{"name", "Bulk site " + tag}});
    EXPECT_EQ(site.status, 201) << site.body;
    auto room = tech.send_json("POST", "/api/v1/dcim/rooms",
                               json::object{{"site_id", site.json().at("id")}, {"name", "Room " + tag}});
    EXPECT_EQ(room.status, 201) << room.body;
    for (auto* out : {&f.rack, &f.rack2}) {
      auto rack = tech.send_json("POST", "/api/v1/dcim/racks",
                                 json::object{{"room_id", room.json().at("id")},
                                              {"name", (out == &f.rack ? "A-" : "B-") + tag},
                                              {"status", "active"},
                                              {"power_a_w", 5000},
                                              {"power_b_w", 5000}});
      EXPECT_EQ(rack.status, 201) << rack.body;
      *out = rack.json().at("id").as_int64();
    }
    auto import = tech.request("POST", "/api/v1/dcim/device-types/import",
                               "manufacturer: BulkCo\nmodel: B1-" + tag + "\nu_height: 1\nis_full_depth: true\n",
                               {{"Content-Type", "application/yaml"}});
    EXPECT_EQ(import.status, 200) << import.body;
    auto types = tech.get("/api/v1/dcim/device-types?manufacturer=BulkCo&limit=1000").json().at("results").as_array();
    for (const auto& t : types)
      if (t.at("model").as_string() == "B1-" + tag) f.type = t.at("id").as_int64();
    for (int i = 0; i < 3; ++i) {
      auto d = tech.send_json("POST", "/api/v1/dcim/devices",
                              json::object{{"device_type_id", f.type},
                                           {"name", "bulk-" + tag + "-" + std::to_string(i)},
                                           {"rack_id", f.rack},
                                           {"position", 10 + i},
                                           {"face", "front"},
                                           {"status", "planned"}});
      EXPECT_EQ(d.status, 201) << d.body;
      f.devices.push_back(d.json().at("id").as_int64());
    }
    return f;
  }
  std::string device_status(std::int64_t id) {
    return std::string(as("admin").get("/api/v1/dcim/devices/" + std::to_string(id)).json().at("status").as_string());
  }
};

TEST_P(Tables, BulkDeviceChangeAppliesToEveryDeviceAndAuditsEachOne) {
  auto f = make_fixture();
  auto ops = as("operations");
  auto r = ops.send_json("PATCH", "/api/v1/dcim/devices",
                         json::object{{"ids", json::array{f.devices[0], f.devices[1]}}, {"status", "active"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("updated").as_int64(), 2);
  EXPECT_EQ(r.json().at("unchanged").as_int64(), 0);
  EXPECT_EQ(device_status(f.devices[0]), "active");
  EXPECT_EQ(device_status(f.devices[1]), "active");
  EXPECT_EQ(device_status(f.devices[2]), "planned");
  auto auditor = as("auditor");
  for (auto id : {f.devices[0], f.devices[1]}) {
    auto log = auditor.get("/api/v1/audit?object_type=dcim.device&action=update&object_id=" + std::to_string(id));
    ASSERT_EQ(log.status, 200) << log.body;
    EXPECT_EQ(log.json().at("results").as_array().size(), 1u) << log.body;
  }
  // Asking again changes nothing and says so.
  auto again = ops.send_json("PATCH", "/api/v1/dcim/devices",
                             json::object{{"ids", json::array{f.devices[0], f.devices[1]}}, {"status", "active"}});
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(again.json().at("unchanged").as_int64(), 2);

  // Customer and rack: the customer is set on all, and a move keeps each device's position.
  auto customers = as("admin").get("/api/v1/customers?limit=1").json().at("results").as_array();
  ASSERT_FALSE(customers.empty());
  auto moved = ops.send_json("PATCH", "/api/v1/dcim/devices",
                             json::object{{"ids", json::array{f.devices[0], f.devices[1]}},
                                          {"customer_id", customers[0].at("id")},
                                          {"rack_id", f.rack2},
                                          {"role", "storage"}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  auto d0 = as("admin").get("/api/v1/dcim/devices/" + std::to_string(f.devices[0])).json();
  EXPECT_EQ(d0.at("rack").at("id").as_int64(), f.rack2) << d0;
  EXPECT_EQ(d0.at("role").as_string(), "storage");
  EXPECT_EQ(d0.at("customer_id"), customers[0].at("id"));
}

TEST_P(Tables, BulkChangeIsAllOrNoneAndNamesEveryFailingId) {
  auto f = make_fixture();
  auto ops = as("operations");
  // One id that does not exist and one device that a placement rule refuses (its unit in the
  // other rack is taken); the first device could move alone.
  auto tech = as("technical");
  auto blocker = tech.send_json("POST", "/api/v1/dcim/devices",
                                json::object{{"device_type_id", f.type},
                                             {"name", "blocker-" + std::to_string(f.rack2)},
                                             {"rack_id", f.rack2},
                                             {"position", 11},
                                             {"face", "front"}});
  ASSERT_EQ(blocker.status, 201) << blocker.body;
  const std::int64_t missing = 999999999;
  auto r = ops.send_json("PATCH", "/api/v1/dcim/devices",
                         json::object{{"ids", json::array{f.devices[0], f.devices[1], missing}}, {"rack_id", f.rack2}});
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code").as_string(), "dcim.bulk.failed");
  std::set<std::string> failing;
  const auto answer = r.json();
  for (const auto& e : answer.at("errors").as_array()) failing.insert(std::string(e.at("field").as_string()));
  EXPECT_EQ(failing, (std::set<std::string>{"id " + std::to_string(f.devices[1]), "id " + std::to_string(missing)}))
      << r.body;
  // Nothing moved, not even the device that could have.
  auto d0 = as("admin").get("/api/v1/dcim/devices/" + std::to_string(f.devices[0])).json();
  EXPECT_EQ(d0.at("rack").at("id").as_int64(), f.rack) << d0;
  auto log = as("auditor").get("/api/v1/audit?object_type=dcim.device&action=update&object_id=" +
                               std::to_string(f.devices[0]));
  EXPECT_EQ(log.json().at("results").as_array().size(), 0u) << log.body;
}

TEST_P(Tables, BulkChangeNeedsTheWritePermissionAndRefusesBadInput) {
  auto f = make_fixture();
  json::object body{{"ids", json::array{f.devices[0]}}, {"status", "active"}};
  for (const char* user : {"business", "acme.admin"}) {
    auto r = as(user).send_json("PATCH", "/api/v1/dcim/devices", body);
    EXPECT_EQ(r.status, 403) << user << " " << r.body;
  }
  for (const char* user : {"operations", "business", "acme.admin"}) {
    auto r = as(user).send_json("PATCH", "/api/v1/dcim/racks",
                                json::object{{"ids", json::array{f.rack}}, {"status", "reserved"}});
    EXPECT_EQ(r.status, 403) << user << " " << r.body;
  }
  EXPECT_EQ(as("admin").get("/api/v1/dcim/racks/" + std::to_string(f.rack)).json().at("status").as_string(), "active");
  EXPECT_EQ(device_status(f.devices[0]), "planned");

  auto ops = as("operations");
  for (const auto& bad : {json::object{{"ids", json::array{}}, {"status", "active"}},
                          json::object{{"ids", json::array{f.devices[0], f.devices[0]}}, {"status", "active"}},
                          json::object{{"ids", json::array{f.devices[0]}}, {"status", "sideways"}},
                          json::object{{"ids", json::array{f.devices[0]}}, {"name", "renamed"}}}) {
    auto r = ops.send_json("PATCH", "/api/v1/dcim/devices", bad);
    EXPECT_EQ(r.status, 400) << json::serialize(bad) << " " << r.body;
    EXPECT_EQ(r.header("content-type").value_or(""), "application/problem+json");
  }
  EXPECT_EQ(device_status(f.devices[0]), "planned");
}

TEST_P(Tables, BulkRackChangeSetsStatusAndCustomer) {
  auto f = make_fixture();
  auto tech = as("technical");
  auto customers = as("admin").get("/api/v1/customers?limit=1").json().at("results").as_array();
  ASSERT_FALSE(customers.empty());
  auto r = tech.send_json(
      "PATCH", "/api/v1/dcim/racks",
      json::object{
          {"ids", json::array{f.rack, f.rack2}}, {"status", "reserved"}, {"customer_id", customers[0].at("id")}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("updated").as_int64(), 2);
  for (auto id : {f.rack, f.rack2}) {
    auto k = tech.get("/api/v1/dcim/racks/" + std::to_string(id)).json();
    EXPECT_EQ(k.at("status").as_string(), "reserved") << k;
  }
  auto cleared = tech.send_json("PATCH", "/api/v1/dcim/racks",
                                json::object{{"ids", json::array{f.rack, 999999999}}, {"customer_id", nullptr}});
  ASSERT_EQ(cleared.status, 422) << cleared.body;
  EXPECT_EQ(cleared.json().at("errors").as_array().size(), 1u);
}

TEST_P(Tables, TheRackListAddsEachRacksUtilisationWhenAsked) {
  auto f = make_fixture();
  auto tech = as("technical");
  auto plain = tech.get("/api/v1/dcim/racks?limit=1000&q=" + std::to_string(::getpid()) + "t");
  ASSERT_EQ(plain.status, 200) << plain.body;
  const auto plain_answer = plain.json();
  for (const auto& k : plain_answer.at("results").as_array()) EXPECT_FALSE(k.as_object().contains("utilisation"));
  auto r = tech.get("/api/v1/dcim/racks?utilisation=true&limit=1000&q=" + std::to_string(::getpid()) + "t");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto answer = r.json();
  int seen = 0;
  for (const auto& k : answer.at("results").as_array()) {
    const auto id = k.at("id").as_int64();
    if (id != f.rack && id != f.rack2) continue;
    ++seen;
    const auto& units = k.at("utilisation").at("units");
    EXPECT_EQ(units.at("total").as_int64(), 42) << k;
    EXPECT_EQ(units.at("used").as_int64(), id == f.rack ? 3 : 0) << k;
  }
  EXPECT_EQ(seen, 2) << r.body;
}

TEST_P(Tables, TheContractListAnswersTheSameAmountsAsEachContract) {
  auto business = as("business");
  auto list = business.get("/api/v1/contracts?limit=100");
  ASSERT_EQ(list.status, 200) << list.body;
  const auto answer = list.json();
  const auto& rows = answer.at("results").as_array();
  ASSERT_FALSE(rows.empty()) << "the demo data has contracts";
  bool priced = false;
  for (const auto& c : rows) {
    const auto& listed = c.at("amounts");
    auto one = business.get("/api/v1/contracts/" + std::to_string(c.at("id").as_int64())).json();
    EXPECT_EQ(listed, one.at("amounts")) << c.at("number");
    priced = priced || listed.at("monthly_fen").as_int64() > 0;
  }
  EXPECT_TRUE(priced) << list.body.substr(0, 2000);
}

TEST_P(Tables, SavedViewsBelongToTheirUserAndFollowThemAcrossSessions) {
  auto ops = as("operations");
  auto saved = ops.send_json("POST", "/api/v1/me/saved-views",
                             json::object{{"page", "dcim.devices"},
                                          {"name", "在用服务器"},
                                          {"query", json::object{{"status", "active"}, {"role", "server"}}}});
  ASSERT_EQ(saved.status, 201) << saved.body;
  const auto id = saved.json().at("id").as_int64();
  // Another session of the same user sees it; the same name replaces the query.
  auto again = as("operations");
  auto list = again.get("/api/v1/me/saved-views?page=dcim.devices");
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_EQ(list.json().as_array().size(), 1u) << list.body;
  EXPECT_EQ(list.json().as_array()[0].at("query").at("status").as_string(), "active");
  auto replaced = again.send_json(
      "POST", "/api/v1/me/saved-views",
      json::object{
          {"page", "dcim.devices"}, {"name", "在用服务器"}, {"query", json::object{{"status", "maintenance"}}}});
  ASSERT_EQ(replaced.status, 201) << replaced.body;
  EXPECT_EQ(replaced.json().at("id").as_int64(), id);
  list = again.get("/api/v1/me/saved-views?page=dcim.devices");
  ASSERT_EQ(list.json().as_array().size(), 1u);
  EXPECT_EQ(list.json().as_array()[0].at("query"), (json::object{{"status", "maintenance"}}));
  EXPECT_TRUE(again.get("/api/v1/me/saved-views?page=dcim.racks").json().as_array().empty());

  // Nobody else sees or deletes it; a customer user keeps views of their own.
  auto other = as("technical");
  EXPECT_TRUE(other.get("/api/v1/me/saved-views?page=dcim.devices").json().as_array().empty());
  EXPECT_EQ(other.request("DELETE", "/api/v1/me/saved-views/" + std::to_string(id)).status, 404);
  auto acme = as("acme.user");
  EXPECT_EQ(acme.send_json("POST", "/api/v1/me/saved-views",
                           json::object{{"page", "dcim.devices"}, {"name", "mine"}, {"query", json::object{}}})
                .status,
            201);
  EXPECT_EQ(acme.get("/api/v1/me/saved-views?page=dcim.devices").json().as_array().size(), 1u);

  // Bad input changes nothing.
  for (const auto& bad : {json::object{{"page", "Bad Page"}, {"name", "x"}, {"query", json::object{}}},
                          json::object{{"page", "dcim.devices"}, {"name", ""}, {"query", json::object{}}},
                          json::object{{"page", "dcim.devices"}, {"name", "x"}, {"query", json::object{{"n", 1}}}},
                          json::object{{"page", "dcim.devices"}, {"name", "x"}}}) {
    auto r = ops.send_json("POST", "/api/v1/me/saved-views", bad);
    EXPECT_EQ(r.status, 400) << json::serialize(bad) << " " << r.body;
  }
  EXPECT_EQ(ops.get("/api/v1/me/saved-views").json().as_array().size(), 1u);

  EXPECT_EQ(ops.request("DELETE", "/api/v1/me/saved-views/" + std::to_string(id)).status, 204);
  EXPECT_TRUE(ops.get("/api/v1/me/saved-views?page=dcim.devices").json().as_array().empty());
  EXPECT_EQ(client().get("/api/v1/me/saved-views").status, 401);
}

TEST_P(Tables, AnAddressListNamesTheDeviceAndInterfaceItIsAssignedTo) {
  auto tech = as("technical");
  const auto tag = std::to_string(::getpid()) + "i";
  auto import = tech.request(
      "POST", "/api/v1/dcim/device-types/import",
      "manufacturer: BulkCo\nmodel: NIC-" + tag + "\nu_height: 1\ninterfaces:\n  - name: eth0\n    type: 1000base-t\n",
      {{"Content-Type", "application/yaml"}});
  ASSERT_EQ(import.status, 200) << import.body;
  std::int64_t type = 0;
  const auto types = tech.get("/api/v1/dcim/device-types?manufacturer=BulkCo&limit=1000").json();
  for (const auto& t : types.at("results").as_array())
    if (t.at("model").as_string() == "NIC-" + tag) type = t.at("id").as_int64();
  auto device =
      tech.send_json("POST", "/api/v1/dcim/devices", json::object{{"device_type_id", type}, {"name", "nic-" + tag}});
  ASSERT_EQ(device.status, 201) << device.body;
  const auto device_id = device.json().at("id").as_int64();
  auto ifaces = tech.get("/api/v1/dcim/interfaces?device=" + std::to_string(device_id)).json();
  ASSERT_TRUE(ifaces.is_object() && ifaces.as_object().contains("results")) << ifaces;
  ASSERT_FALSE(ifaces.at("results").as_array().empty()) << ifaces;
  const auto iface = ifaces.at("results").as_array().at(0).at("id").as_int64();
  auto addr = tech.send_json("POST", "/api/v1/ipam/ip-addresses",
                             json::object{{"address", "198.51.100.77/24"}, {"interface", iface}});
  ASSERT_EQ(addr.status, 201) << addr.body;
  auto list = tech.get("/api/v1/ipam/ip-addresses?interface=" + std::to_string(iface));
  ASSERT_EQ(list.status, 200) << list.body;
  const auto rows = list.json().at("results").as_array();
  ASSERT_EQ(rows.size(), 1u) << list.body;
  const auto& assigned = rows[0].at("assigned");
  EXPECT_EQ(assigned.at("device").at("id").as_int64(), device_id) << list.body;
  EXPECT_EQ(assigned.at("device").at("name").as_string(), "nic-" + tag);
  EXPECT_EQ(assigned.at("interface").at("name").as_string(), "eth0");
  auto one = tech.get("/api/v1/ipam/ip-addresses/" + std::to_string(addr.json().at("id").as_int64())).json();
  EXPECT_EQ(one.at("assigned").at("interface").at("id").as_int64(), iface);
  // An unassigned address says so.
  auto free = tech.send_json("POST", "/api/v1/ipam/ip-addresses", json::object{{"address", "198.51.100.78/24"}});
  ASSERT_EQ(free.status, 201) << free.body;
  EXPECT_TRUE(free.json().at("assigned").is_null()) << free.body;
}

COLO_INSTANTIATE_API_TEST(Tables);

}  // namespace
}  // namespace colo::testing
