// The inventory through the real server (R2, R4.3.1, R4.3.2, R5.1), on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

class Dcim : public ApiTest {
 protected:
  // A fresh room with one empty 42U rack of 5 kW per feed, named uniquely for this test.
  struct Fixture {
    std::int64_t site = 0, room = 0, rack = 0, type_1u = 0, type_2u = 0, type_0u = 0;
  };
  Fixture make_fixture(const std::string& tag) {
    auto tech = as("technical");
    Fixture f;
    auto site = tech.send_json("POST", "/api/v1/dcim/sites", json::object{{"name", "Test site " + tag}});
    EXPECT_EQ(site.status, 201) << site.body;
    f.site = site.json().at("id").as_int64();
    auto room =
        tech.send_json("POST", "/api/v1/dcim/rooms", json::object{{"site_id", f.site}, {"name", "Room " + tag}});
    EXPECT_EQ(room.status, 201) << room.body;
    f.room = room.json().at("id").as_int64();
    auto rack = tech.send_json(
        "POST", "/api/v1/dcim/racks",
        json::object{
            {"room_id", f.room}, {"name", "R-" + tag}, {"status", "active"}, {"power_a_w", 5000}, {"power_b_w", 5000}});
    EXPECT_EQ(rack.status, 201) << rack.body;
    f.rack = rack.json().at("id").as_int64();
    auto import =
        tech.request("POST", "/api/v1/dcim/device-types/import",
                     "manufacturer: TestCo\nmodel: S1-" + tag +
                         "\nu_height: 1\nis_full_depth: true\npower-ports:\n  - name: PSU1\n    maximum_draw: 1500\n  "
                         "- name: PSU2\n    maximum_draw: 1500\ninterfaces:\n  - name: eth0\n    type: "
                         "10gbase-x-sfpp\n  - name: bmc\n    type: 1000base-t\n    mgmt_only: true\n",
                     {{"Content-Type", "application/yaml"}});
    EXPECT_EQ(import.status, 200) << import.body;
    tech.request("POST", "/api/v1/dcim/device-types/import",
                 "manufacturer: TestCo\nmodel: S2-" + tag +
                     "\nu_height: 2\nis_full_depth: false\npower-ports:\n  - name: PSU1\n    maximum_draw: 800\n",
                 {{"Content-Type", "application/yaml"}});
    tech.request("POST", "/api/v1/dcim/device-types/import",
                 "manufacturer: TestCo\nmodel: PDU-" + tag + "\nu_height: 0\nis_full_depth: false\n",
                 {{"Content-Type", "application/yaml"}});
    auto types = tech.get("/api/v1/dcim/device-types?manufacturer=TestCo&limit=1000").json().at("results").as_array();
    for (const auto& t : types) {
      std::string model(t.at("model").as_string());
      if (model == "S1-" + tag) f.type_1u = t.at("id").as_int64();
      if (model == "S2-" + tag) f.type_2u = t.at("id").as_int64();
      if (model == "PDU-" + tag) f.type_0u = t.at("id").as_int64();
    }
    return f;
  }
  static std::string tag() {
    static int n = 0;
    return std::to_string(::getpid()) + "x" + std::to_string(++n);
  }
  HttpResponse place(HttpClient& c, const Fixture& f, std::int64_t type, const std::string& name, json::value position,
                     const std::string& face = "front", json::object extra = {}) {
    json::object body{
        {"device_type_id", type}, {"name", name}, {"rack_id", f.rack}, {"position", position}, {"face", face}};
    for (auto& [k, v] : extra) body[k] = v;
    return c.send_json("POST", "/api/v1/dcim/devices", body);
  }
};

TEST_P(Dcim, R4_3_2_PlacementRulesHoldThroughTheApi) {
  auto f = make_fixture(tag());
  auto ops = as("operations");
  ASSERT_EQ(place(ops, f, f.type_1u, "srv-a", 10).status, 201);
  auto overlap = place(ops, f, f.type_1u, "srv-b", 10);
  EXPECT_EQ(overlap.status, 409);
  EXPECT_EQ(overlap.json().at("code").as_string(), "dcim.placement.overlap");
  EXPECT_NE(overlap.body.find("srv-a"), std::string::npos);
  EXPECT_EQ(place(ops, f, f.type_1u, "srv-top", 43).json().at("code").as_string(), "dcim.placement.beyond_rack");
  // Half-depth devices share units front and rear.
  EXPECT_EQ(place(ops, f, f.type_2u, "half-front", 20, "front").status, 201);
  EXPECT_EQ(place(ops, f, f.type_2u, "half-rear", 20, "rear").status, 201);
  EXPECT_EQ(place(ops, f, f.type_2u, "half-rear-2", 21, "rear").status, 409);
  // 0U takes nothing.
  EXPECT_EQ(place(ops, f, f.type_0u, "pdu-a", nullptr).status, 201);
  auto junk = place(ops, f, f.type_1u, "srv-half", 10.25);
  EXPECT_EQ(junk.status, 400);
  auto count = ops.get("/api/v1/dcim/devices?rack=" + std::to_string(f.rack)).json().at("count").as_int64();
  EXPECT_EQ(count, 4);
}

TEST_P(Dcim, R4_1_2_OverAllocationOfPowerNeedsTheForcePermission) {
  auto f = make_fixture(tag());
  auto ops = as("operations");
  // 1500 W redundant each on 5000 W feeds: three fit, the fourth does not.
  for (int i = 0; i < 3; ++i) ASSERT_EQ(place(ops, f, f.type_1u, "p" + std::to_string(i), 1 + i).status, 201);
  auto over = place(ops, f, f.type_1u, "p3", 5);
  ASSERT_EQ(over.status, 422);
  EXPECT_EQ(over.json().at("code").as_string(), "dcim.power.over_capacity");
  EXPECT_EQ(place(ops, f, f.type_1u, "p3", 5, "front", {{"force", true}}).status, 403) << "operations may not force";
  auto tech = as("technical");
  auto forced = place(tech, f, f.type_1u, "p3", 5, "front", {{"force", true}});
  EXPECT_EQ(forced.status, 201) << forced.body;
  auto log = as("auditor").get("/api/v1/audit?object_type=dcim.device&object_id=" +
                               std::to_string(forced.json().at("id").as_int64()));
  EXPECT_TRUE(log.json().at("results").as_array()[0].at("after").at("forced_power").as_bool());
}

TEST_P(Dcim, ReservationsKeepUnitsForTheirCustomerUntilReleased) {
  auto f = make_fixture(tag());
  auto tech = as("technical");
  auto r = tech.send_json("POST", "/api/v1/dcim/reservations",
                          json::object{{"rack_id", f.rack},
                                       {"customer_id", 1},
                                       {"position", 30},
                                       {"units", 2},
                                       {"expires_at", "2099-01-01T00:00:00Z"},
                                       {"reason", "growth"}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto other = place(tech, f, f.type_1u, "other", 30, "front", {{"customer_id", 2}});
  EXPECT_EQ(other.status, 409);
  EXPECT_EQ(other.json().at("code").as_string(), "dcim.placement.reserved");
  EXPECT_EQ(place(tech, f, f.type_1u, "own", 30, "front", {{"customer_id", 1}}).status, 201);
  auto past = tech.send_json("POST", "/api/v1/dcim/reservations",
                             json::object{{"rack_id", f.rack},
                                          {"customer_id", 1},
                                          {"position", 35},
                                          {"units", 1},
                                          {"expires_at", "2001-01-01T00:00:00Z"},
                                          {"reason", "old"}});
  EXPECT_EQ(past.status, 400);
  EXPECT_EQ(tech.request("DELETE", "/api/v1/dcim/reservations/" + std::to_string(r.json().at("id").as_int64())).status,
            204);
  EXPECT_EQ(place(tech, f, f.type_1u, "other-2", 31, "front", {{"customer_id", 2}}).status, 201);
}

TEST_P(Dcim, UtilisationMatchesHandComputedValues) {
  auto f = make_fixture(tag());
  auto ops = as("operations");
  ASSERT_EQ(place(ops, f, f.type_1u, "u1", 1).status, 201);  // 1U full depth, 1500 W A+B
  ASSERT_EQ(place(ops, f, f.type_2u, "u2", 2, "rear", {{"redundant_power", false}, {"feed", "B"}}).status,
            201);  // 2U rear, 800 W on B
  auto u = ops.get("/api/v1/dcim/utilisation?rack=" + std::to_string(f.rack)).json().as_array().at(0).as_object();
  EXPECT_EQ(u.at("units").at("total").as_int64(), 42);
  EXPECT_EQ(u.at("units").at("used_front").as_int64(), 1);
  EXPECT_EQ(u.at("units").at("used_rear").as_int64(), 3);
  EXPECT_EQ(u.at("units").at("free").as_int64(), 39);
  EXPECT_EQ(u.at("power").at("allocated_a_w").as_int64(), 1500);
  EXPECT_EQ(u.at("power").at("allocated_b_w").as_int64(), 2300);
  EXPECT_EQ(u.at("ports").at("total").as_int64(), 2) << "interfaces come from the type's templates";
  auto room = ops.get("/api/v1/dcim/utilisation?room=" + std::to_string(f.room)).json().as_array().at(0);
  EXPECT_EQ(room.at("racks").as_int64(), 1);
  EXPECT_EQ(room.at("devices").as_int64(), 2);
}

TEST_P(Dcim, R4_3_1_TheLedgerKeepsHistoryAndMaintenance) {
  auto f = make_fixture(tag());
  auto ops = as("operations");
  auto d = place(ops, f, f.type_1u, "ledger-1", 5);
  ASSERT_EQ(d.status, 201);
  auto id = std::to_string(d.json().at("id").as_int64());
  ASSERT_EQ(ops.send_json("PATCH", "/api/v1/dcim/devices/" + id, json::object{{"position", 7}}).status, 200);
  ASSERT_EQ(ops.send_json("PATCH", "/api/v1/dcim/devices/" + id, json::object{{"status", "maintenance"}}).status, 200);
  auto m = ops.send_json(
      "POST", "/api/v1/dcim/devices/" + id + "/maintenance",
      json::object{{"performed_on", "2026-11-20"}, {"summary", "Replaced PSU2"}, {"next_due", "2027-05-20"}});
  ASSERT_EQ(m.status, 201) << m.body;
  auto bad = ops.send_json("POST", "/api/v1/dcim/devices/" + id + "/maintenance",
                           json::object{{"performed_on", "2026-11-20"}, {"summary", "x"}, {"next_due", "2026-01-01"}});
  EXPECT_EQ(bad.status, 400);
  auto detail = ops.get("/api/v1/dcim/devices/" + id).json().as_object();
  std::vector<std::string> kinds;
  for (const auto& e : detail.at("history").as_array()) kinds.emplace_back(e.at("kind").as_string());
  EXPECT_EQ(kinds, (std::vector<std::string>{"received", "racked", "moved", "status", "maintenance"}));
  EXPECT_EQ(detail.at("maintenance").as_array().size(), 1u);
}

TEST_P(Dcim, CustomersSeeOnlyTheirDevicesAndForeignOnesAre404) {
  auto f = make_fixture(tag());
  auto tech = as("technical");
  auto mine = place(tech, f, f.type_1u, "acme-box", 1, "front", {{"customer_id", 1}});
  auto theirs = place(tech, f, f.type_1u, "zenith-box", 2, "front", {{"customer_id", 2}});
  ASSERT_EQ(mine.status, 201);
  ASSERT_EQ(theirs.status, 201);
  auto acme = as("acme.user");
  EXPECT_EQ(acme.get("/api/v1/dcim/devices/" + std::to_string(mine.json().at("id").as_int64())).status, 200);
  EXPECT_EQ(acme.get("/api/v1/dcim/devices/" + std::to_string(theirs.json().at("id").as_int64())).status, 404);
  auto list = acme.get("/api/v1/dcim/devices?rack=" + std::to_string(f.rack) + "&limit=1000");
  EXPECT_EQ(list.json().at("count").as_int64(), 1);
  auto svg = acme.get("/api/v1/dcim/racks/" + std::to_string(f.rack) + "/elevation.svg?face=front");
  ASSERT_EQ(svg.status, 200);
  EXPECT_NE(svg.body.find("acme-box"), std::string::npos);
  EXPECT_EQ(svg.body.find("zenith-box"), std::string::npos) << "another customer's device is drawn unnamed";
  EXPECT_EQ(
      acme.send_json("POST", "/api/v1/dcim/devices", json::object{{"name", "x"}, {"device_type_id", f.type_1u}}).status,
      403);
}

TEST_P(Dcim, ACustomersDevicesListServersFirstThenByRackAndUnit) {
  auto f = make_fixture(tag());
  auto tech = as("technical");
  const auto put = [&](const std::string& name, int unit, const char* role) {
    auto r = place(tech, f, f.type_2u, name, unit, "front", {{"customer_id", 1}, {"role", role}});
    EXPECT_EQ(r.status, 201) << r.body;
  };
  put("a-pdu", 1, "pdu");
  put("b-switch", 40, "switch");
  put("z-server-high", 20, "server");
  put("y-server-low", 3, "server");
  auto list = as("acme.user").get("/api/v1/dcim/devices?sort=placement&rack=" + std::to_string(f.rack));
  ASSERT_EQ(list.status, 200) << list.body;
  std::vector<std::string> names;
  const auto body = list.json();
  for (const auto& d : body.at("results").as_array()) names.emplace_back(d.at("name").as_string());
  EXPECT_EQ(names, (std::vector<std::string>{"y-server-low", "z-server-high", "a-pdu", "b-switch"}));
}

TEST_P(Dcim, ElevationSvgEscapesNamesAndShowsReservations) {
  auto f = make_fixture(tag());
  auto tech = as("technical");
  ASSERT_EQ(place(tech, f, f.type_1u, "<b>&evil\"", 3).status, 201);
  tech.send_json("POST", "/api/v1/dcim/reservations",
                 json::object{{"rack_id", f.rack},
                              {"customer_id", 1},
                              {"position", 40},
                              {"units", 2},
                              {"expires_at", "2099-01-01T00:00:00Z"},
                              {"reason", "r"}});
  auto svg = tech.get("/api/v1/dcim/racks/" + std::to_string(f.rack) + "/elevation.svg");
  ASSERT_EQ(svg.status, 200);
  EXPECT_EQ(svg.header("content-type").value_or(""), "image/svg+xml");
  EXPECT_EQ(svg.body.find("<b>"), std::string::npos);
  EXPECT_NE(svg.body.find("&lt;b&gt;&amp;evil&quot;"), std::string::npos);
  EXPECT_NE(svg.body.find("class=\"reserved\""), std::string::npos);
  EXPECT_EQ(tech.get("/api/v1/dcim/racks/" + std::to_string(f.rack) + "/elevation.svg?face=side").status, 400);
}

TEST_P(Dcim, BadInputIsRejectedAndWritesNothing) {
  auto tech = as("technical");
  auto before = tech.get("/api/v1/dcim/racks?limit=1").json().at("count").as_int64();
  auto r = tech.send_json("POST", "/api/v1/dcim/racks",
                          json::object{{"room_id", 999999}, {"name", ""}, {"u_height", 500}, {"status", "on-fire"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(tech.get("/api/v1/dcim/racks?limit=1").json().at("count").as_int64(), before);
  EXPECT_EQ(tech.get("/api/v1/dcim/devices?sort=password").status, 400);
  EXPECT_EQ(tech.get("/api/v1/dcim/devices?limit=100000").status, 400);
  EXPECT_EQ(tech.request("POST", "/api/v1/dcim/device-types/import", "x", {{"Content-Type", "text/plain"}}).status,
            415);
}

// Text that enters must be valid UTF-8 without noncharacters or stray control characters, or it
// is refused with 400 naming the field or line, and nothing is stored (on SQLite invalid bytes
// were stored and broke every later list; on PostgreSQL they gave 500).
TEST_P(Dcim, CsvImportsThatAreNotUtf8AreRefusedWholeNamingTheLine) {
  const auto t = tag();
  auto f = make_fixture(t);
  auto tech = as("technical");
  const auto racks_before = tech.get("/api/v1/dcim/racks?limit=1").json().at("count").as_int64();
  const std::string racks = "site,room,name\r\nTest site " + t + ",Room " + t + ",GOOD-" + t + "\r\nTest site " + t +
                            ",Room " + t + ",BAD-\xB9\xF1-" + t + "\r\n";
  auto r = tech.request("POST", "/api/v1/dcim/racks/import", racks, {{"Content-Type", "text/csv"}});
  ASSERT_EQ(r.status, 400) << r.body;
  auto problem = r.json().as_object();
  EXPECT_EQ(problem.at("code").as_string(), "dcim.csv.invalid_text");
  EXPECT_EQ(problem.at("errors").as_array()[0].at("field").as_string(), "line 3");
  EXPECT_EQ(problem.at("errors").as_array()[0].at("message").as_string(),
            "The text contains invalid UTF-8 (byte 0xB9).");
  EXPECT_EQ(tech.get("/api/v1/dcim/racks?limit=1").json().at("count").as_int64(), racks_before);
  EXPECT_EQ(tech.get("/api/v1/dcim/racks?q=GOOD-" + t).json().at("count").as_int64(), 0);

  const auto devices_before = tech.get("/api/v1/dcim/devices?limit=1").json().at("count").as_int64();
  const std::string devices = "name,site,room,rack\nok-" + t + ",Test site " + t + ",Room " + t + ",R-" + t +
                              "\nnul-\x01-" + t + ",Test site " + t + ",Room " + t + ",R-" + t + "\n";
  auto d = tech.request("POST", "/api/v1/dcim/devices/import", devices, {{"Content-Type", "text/csv"}});
  ASSERT_EQ(d.status, 400) << d.body;
  EXPECT_EQ(d.json().at("errors").as_array()[0].at("field").as_string(), "line 3");
  EXPECT_EQ(tech.get("/api/v1/dcim/devices?limit=1").json().at("count").as_int64(), devices_before);
  // Every list is still valid JSON.
  EXPECT_EQ(tech.get("/api/v1/dcim/racks?limit=1000").status, 200);
  EXPECT_EQ(tech.get("/api/v1/dcim/devices?limit=1000").status, 200);
}

TEST_P(Dcim, JsonWithANoncharacterInADeviceNameIsRefusedNamingTheField) {
  auto f = make_fixture(tag());
  auto tech = as("technical");
  const auto before = tech.get("/api/v1/dcim/devices?limit=1").json().at("count").as_int64();
  const std::string body = R"({"device_type_id":)" + std::to_string(f.type_1u) + R"(,"name":"web-1\ufffe","rack_id":)" +
                           std::to_string(f.rack) + R"(,"position":5,"face":"front"})";
  auto r = tech.request("POST", "/api/v1/dcim/devices", body, {{"Content-Type", "application/json"}});
  ASSERT_EQ(r.status, 400) << r.body;
  auto errors = r.json().at("errors").as_array();
  ASSERT_EQ(errors.size(), 1u) << r.body;
  EXPECT_EQ(errors[0].at("field").as_string(), "name");
  EXPECT_EQ(errors[0].at("code").as_string(), "invalid_text");
  EXPECT_EQ(errors[0].at("message").as_string(), "The text contains the noncharacter U+FFFE.");
  // Raw bytes that are not UTF-8 are named the same way.
  auto bytes =
      tech.request("POST", "/api/v1/dcim/sites", "{\"name\":\"site \xFF\"}", {{"Content-Type", "application/json"}});
  ASSERT_EQ(bytes.status, 400) << bytes.body;
  EXPECT_EQ(bytes.json().at("errors").as_array()[0].at("field").as_string(), "name");
  EXPECT_EQ(tech.get("/api/v1/dcim/devices?limit=1").json().at("count").as_int64(), before);
}

TEST_P(Dcim, DeviceTypeYamlThatCannotBeUsedIsA400WithTheReason) {
  auto tech = as("technical");
  const auto before = tech.get("/api/v1/dcim/device-types?limit=1").json().at("count").as_int64();
  struct Case {
    const char* what;
    std::string yaml;
    const char* reason;
  };
  const Case cases[] = {
      {"not YAML", "manufacturer: [unclosed\nmodel: X\n", "not valid YAML"},
      {"not a mapping", "- just\n- a list\n", "not a YAML mapping"},
      {"invalid UTF-8",
       "manufacturer: Acme\nmodel: X\xFF"
       "1\n",
       "line 2: the text contains invalid UTF-8 (byte 0xFF)"},
      {"noncharacter", "manufacturer: Acme\xEF\xBF\xBE\nmodel: X1\n",
       "line 1: the text contains the noncharacter U+FFFE"},
  };
  for (const auto& c : cases) {
    auto r = tech.request("POST", "/api/v1/dcim/device-types/import", c.yaml, {{"Content-Type", "application/yaml"}});
    ASSERT_EQ(r.status, 400) << c.what << ": " << r.body;
    auto problem = r.json().as_object();
    EXPECT_EQ(problem.at("code").as_string(), "dcim.import.invalid") << c.what;
    EXPECT_NE(std::string(problem.at("detail").as_string()).find(c.reason), std::string::npos)
        << c.what << ": " << r.body;
    EXPECT_EQ(problem.at("errors").as_array()[0].at("field").as_string(), "body") << c.what;
  }
  auto one_file =
      tech.send_json("POST", "/api/v1/dcim/device-types/import",
                     json::object{{"files", json::array{json::object{{"name", "x.yaml"}, {"yaml", "- a list"}}}}});
  ASSERT_EQ(one_file.status, 400) << one_file.body;
  EXPECT_EQ(one_file.json().at("errors").as_array()[0].at("field").as_string(), "files/0/yaml");
  EXPECT_EQ(tech.get("/api/v1/dcim/device-types?limit=1").json().at("count").as_int64(), before);
}

TEST_P(Dcim, QueryParametersThatAreNotTextAre400NamingTheParameter) {
  auto tech = as("technical");
  for (const char* target :
       {"/api/v1/dcim/devices?q=%FF", "/api/v1/dcim/racks?q=%EF%BF%BF", "/api/v1/dcim/sites?q=a%00"}) {
    auto r = tech.get(target);
    ASSERT_EQ(r.status, 400) << target << ": " << r.body;
    EXPECT_EQ(r.json().at("code").as_string(), "invalid_query") << target;
    EXPECT_EQ(r.json().at("errors").as_array()[0].at("field").as_string(), "q") << target;
  }
  EXPECT_EQ(tech.get("/api/v1/dcim/devices?q=%E6%9C%BA%E6%9F%9C").status, 200);
}

COLO_INSTANTIATE_API_TEST(Dcim);

// The whole NetBox community library imports with no crash, and a second import changes nothing.
TEST(DeviceTypeLibrary, WholeLibraryImportsAndIsIdempotent) {
  std::string lib = std::string(std::getenv("COLO_SOURCE_DIR") ? std::getenv("COLO_SOURCE_DIR") : ".") +
                    "/../shared/data/devicetype-library/device-types";
  if (!std::filesystem::is_directory(lib)) GTEST_SKIP() << "library not found at " << lib;
  auto server = ServerProcess::start({});
  auto [rc1, out1] = server->run_cli({"import", "device-types", lib});
  ASSERT_EQ(rc1, 0) << out1.substr(0, 2000);
  EXPECT_NE(out1.find("imported "), std::string::npos);
  EXPECT_EQ(out1.find("imported 0,"), std::string::npos) << out1.substr(0, 500);
  auto [rc2, out2] = server->run_cli({"import", "device-types", lib});
  ASSERT_EQ(rc2, 0);
  EXPECT_NE(out2.find("imported 0, updated 0, unchanged "), std::string::npos) << out2.substr(0, 500);
}

}  // namespace
}  // namespace colo::testing
