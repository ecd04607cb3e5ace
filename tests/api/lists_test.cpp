// Every list answers q, sort and paging the same way (README "HTTP API"), through the real server
// on SQLite and PostgreSQL: sort by an allowed key both ways, one answer for an unknown key, and
// `%` and `_` in q matching themselves. Also: a customer's utilisation counts only its own use.
#include <gtest/gtest.h>

#include <unistd.h>
#include <boost/json.hpp>

#include <set>
#include <string>
#include <vector>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

std::string enc(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string with(const std::string& path, const std::string& query) {
  return path + (path.find('?') == std::string::npos ? "?" : "&") + query;
}

// -1, 0, 1 for two sort values of one field (numbers or strings; byte order, as both test
// databases collate).
int compare(const json::value& a, const json::value& b) {
  if (a.is_number() && b.is_number()) {
    const auto x = a.to_number<double>(), y = b.to_number<double>();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const std::string x(a.as_string()), y(b.as_string());
  return x < y ? -1 : x > y ? 1 : 0;
}

std::vector<std::string> names_of(const json::value& page, const char* field = "name") {
  std::vector<std::string> out;
  for (const auto& r : page.at("results").as_array()) out.emplace_back(r.at(field).as_string());
  return out;
}

struct ListCase {
  const char* user;
  const char* path;
  const char* key;    // an allowed sort key
  const char* field;  // the result field it orders by
};

const ListCase kLists[] = {
    {"technical", "/api/v1/dcim/sites", "name", "name"},
    {"technical", "/api/v1/dcim/rooms", "name", "name"},
    {"technical", "/api/v1/dcim/rows", "name", "name"},
    {"technical", "/api/v1/dcim/racks", "u_height", "u_height"},
    {"technical", "/api/v1/dcim/power-feeds", "capacity_w", "capacity_w"},
    {"technical", "/api/v1/dcim/device-types", "model", "model"},
    {"technical", "/api/v1/dcim/devices", "name", "name"},
    {"technical", "/api/v1/dcim/reservations", "expires_at", "expires_at"},
    {"technical", "/api/v1/dcim/interfaces", "name", "name"},
    {"technical", "/api/v1/dcim/cables", "id", "id"},
    {"technical", "/api/v1/ipam/vlans", "vid", "vid"},
    {"technical", "/api/v1/ipam/prefixes", "status", "status"},
    {"technical", "/api/v1/ipam/ip-addresses", "status", "status"},
    {"business", "/api/v1/customers", "name", "name"},
    {"business", "/api/v1/users", "username", "username"},
    {"business", "/api/v1/applications", "number", "number"},
    {"business", "/api/v1/contracts", "number", "number"},
    {"auditor", "/api/v1/audit", "action", "action"},
    {"auditor", "/api/v1/audit/history?object_type=user&object_id=1", "action", "action"},
    {"business", "/api/v1/notifications", "created_at", "created_at"},
    {"finance", "/api/v1/billing/catalogue", "code", "code"},
    {"finance", "/api/v1/billing/price-changes", "effective_date", "effective_date"},
    {"operations", "/api/v1/usage/meters", "name", "name"},
    {"operations", "/api/v1/servicedesk/tickets", "number", "number"},
    {"operations", "/api/v1/facility/people", "name", "name"},
    {"operations", "/api/v1/facility/visits", "starts_at", "starts_at"},
    {"auditor", "/api/v1/facility/entries", "at", "at"},
    {"operations", "/api/v1/facility/slips", "planned_on", "planned_on"},
    {"operations", "/api/v1/facility/assets", "code", "code"},
    {"operations", "/api/v1/facility/maintenance-plans", "name", "name"},
    {"operations", "/api/v1/facility/work-orders", "due_on", "due_on"},
    {"operations", "/api/v1/servicedesk/maintenance", "number", "number"},
    {"operations", "/api/v1/monitoring/devices", "device_name", "device_name"},
    {"operations", "/api/v1/monitoring/alerts", "fired_at", "fired_at"},
    {"auditor", "/api/v1/deliveries", "attempted_at", "attempted_at"},
    {"auditor", "/api/v1/webhooks", "name", "name"},
    {"finance", "/api/v1/billing/payments", "amount", "amount_fen"},
    {"finance", "/api/v1/billing/ageing", "total", "total_fen"},
    {"finance", "/api/v1/billing/invoices", "number", "number"},
    {"finance", "/api/v1/billing/runs", "run_date", "run_date"},
    {"finance", "/api/v1/billing/penalties", "due_date", "due_date"},
    {"finance", "/api/v1/billing/reminders", "due_date", "due_date"},
    {"finance", "/api/v1/billing/suspensions", "status", "status"},
    {"management", "/api/v1/servicedesk/levels/report/customers", "tickets", "tickets"},
    {"technical", "/api/v1/facility/changes", "window_start", "window_start"},
    {"operations", "/api/v1/facility/plans", "title", "title"},
    {"operations", "/api/v1/facility/drills", "scheduled_on", "scheduled_on"},
    {"business", "/api/v1/disputes", "number", "number"},
    {"business", "/api/v1/breaches", "occurred_on", "occurred_on"},
    {"operations", "/api/v1/configs/devices", "device_name", "device_name"},
    {"operations", "/api/v1/configs/versions", "fetched_at", "fetched_at"},
    {"operations", "/api/v1/configs/fetches", "at", "at"},
    {"business", "/api/v1/confidentiality/disclosures", "number", "number"},
    {"security", "/api/v1/confidentiality/sensitive-reads", "at", "at"},
    {"business", "/api/v1/confidentiality/obligations", "number", "contract_number"},
    {"operations", "/api/v1/facility/patrol-templates", "name", "name"},
    {"operations", "/api/v1/facility/patrol-schedules", "template", "template_name"},
    {"operations", "/api/v1/facility/patrol-rounds", "due_at", "due_at"},
    {"operations", "/api/v1/facility/patrol-readings", "recorded_at", "recorded_at"},
    {"operations", "/api/v1/facility/findings", "deadline_at", "deadline_at"},
    {"operations", "/api/v1/backups/plans", "name", "name"},
    {"operations", "/api/v1/backups/runs", "started_at", "started_at"},
    {"operations", "/api/v1/backups/restores", "requested_at", "requested_at"},
    {"security", "/api/v1/firewall/requests", "number", "number"},
    {"security", "/api/v1/firewall/rules", "customer", "customer_name"},
    {"security", "/api/v1/vulns/consents", "valid_until", "valid_until"},
    {"security", "/api/v1/vulns/schedules", "next_run_on", "next_run_on"},
    {"security", "/api/v1/vulns/scans", "number", "number"},
    {"security", "/api/v1/vulns/findings", "due_on", "due_on"},
    {"security", "/api/v1/vulns/assessments", "number", "number"},
};

class Lists : public ApiTest {
 protected:
  static std::string tag() {
    static int n = 0;
    return std::to_string(::getpid()) + "L" + std::to_string(++n);
  }
  std::int64_t create(HttpClient& c, const std::string& path, json::object body) {
    auto r = c.send_json("POST", path, body);
    EXPECT_EQ(r.status, 201) << path << " " << r.body;
    return r.status == 201 ? r.json().at("id").as_int64() : 0;
  }
  std::int64_t customer_of(const std::string& user) {
    return as(user).get("/api/v1/auth/me").json().at("user").at("customer_id").as_int64();
  }
};

// Every paged list in the API document takes q and sort, and is walked by the tests below.
TEST_P(Lists, EveryPagedListDocumentsQAndSortAndIsCovered) {
  auto doc = client().get("/api/v1/openapi.json").json();
  int lists = 0;
  for (const auto& [path, item] : doc.at("paths").as_object()) {
    if (!item.as_object().contains("get")) continue;
    const auto& get = item.at("get").as_object();
    if (!get.contains("parameters")) continue;
    std::set<std::string> names;
    for (const auto& p : get.at("parameters").as_array()) names.emplace(p.at("name").as_string());
    if (!names.count("limit") || !names.count("offset")) continue;
    // A paged report of figures per site and family, not a list of objects to search or sort.
    if (path == "/api/v1/ipam/utilisation") continue;
    ++lists;
    EXPECT_TRUE(names.count("q")) << path;
    EXPECT_TRUE(names.count("sort")) << path;
    bool covered = false;
    for (const auto& l : kLists)
      covered = covered || path == std::string_view(l.path).substr(0, std::string_view(l.path).find('?'));
    EXPECT_TRUE(covered) << path << " is a list the tests here do not walk";
  }
  EXPECT_EQ(lists, static_cast<int>(std::size(kLists)));
}

TEST_P(Lists, EveryListSortsByAnAllowedKeyBothWays) {
  for (const auto& l : kLists) {
    auto c = as(l.user);
    auto asc = c.get(with(l.path, std::string("sort=") + l.key + "&limit=1000"));
    ASSERT_EQ(asc.status, 200) << l.path << " " << asc.body;
    auto desc = c.get(with(l.path, std::string("sort=-") + l.key + "&limit=1000"));
    ASSERT_EQ(desc.status, 200) << l.path << " " << desc.body;
    const auto asc_page = asc.json(), desc_page = desc.json();
    const auto& up = asc_page.at("results").as_array();
    const auto& down = desc_page.at("results").as_array();
    EXPECT_EQ(up.size(), down.size()) << l.path;
    bool distinct = false;
    for (std::size_t i = 1; i < up.size(); ++i) {
      EXPECT_LE(compare(up[i - 1].at(l.field), up[i].at(l.field)), 0) << l.path << " ascending at " << i;
      distinct = distinct || compare(up[i - 1].at(l.field), up[i].at(l.field)) != 0;
    }
    for (std::size_t i = 1; i < down.size(); ++i)
      EXPECT_GE(compare(down[i - 1].at(l.field), down[i].at(l.field)), 0) << l.path << " descending at " << i;
    if (distinct) {
      EXPECT_NE(compare(up.front().at(l.field), down.front().at(l.field)), 0) << l.path;
    }
  }
}

TEST_P(Lists, EveryListRefusesAnUnknownSortKeyTheSameWay) {
  for (const auto& l : kLists) {
    auto c = as(l.user);
    for (const char* bad : {"password", "-password", "1;DROP TABLE users", "name,name,name"}) {
      auto r = c.get(with(l.path, "sort=" + enc(bad)));
      ASSERT_EQ(r.status, 400) << l.path << " " << bad << " " << r.body;
      auto p = r.json();
      EXPECT_EQ(p.at("code").as_string(), "invalid_query") << l.path;
      ASSERT_TRUE(p.as_object().contains("errors")) << l.path << " " << r.body;
      const auto& e = p.at("errors").as_array().at(0);
      EXPECT_EQ(e.at("field").as_string(), "sort") << l.path;
      EXPECT_EQ(e.at("code").as_string(), "invalid_choice") << l.path;
      // The answer names the allowed keys.
      EXPECT_NE(std::string(e.at("message").as_string()).find(l.key), std::string::npos) << l.path << " " << r.body;
    }
  }
}

// q=% found every row before its wildcard was escaped; now only rows holding a '%'.
TEST_P(Lists, PercentInQMatchesOnlyAPercentSign) {
  for (const auto& l : kLists) {
    auto c = as(l.user);
    auto r = c.get(with(l.path, "q=" + enc("%") + "&limit=1000"));
    ASSERT_EQ(r.status, 200) << l.path << " " << r.body;
    const auto page = r.json();
    for (const auto& row : page.at("results").as_array())
      EXPECT_NE(json::serialize(row).find('%'), std::string::npos) << l.path << " " << json::serialize(row);
    EXPECT_EQ(page.at("count").as_int64(), static_cast<std::int64_t>(page.at("results").as_array().size())) << l.path;
  }
}

TEST_P(Lists, WildcardsInQMatchThemselvesAndCaseIsIgnored) {
  const auto t = tag();
  auto tech = as("technical");
  std::vector<std::int64_t> sites;
  for (const auto* suffix : {" 5%b", " 5_b", " 5xb"})
    sites.push_back(create(tech, "/api/v1/dcim/sites", json::object{{"name", "Lists " + t + suffix}}));
  using V = std::vector<std::string>;
  const std::string base = "/api/v1/dcim/sites?sort=name&q=";
  EXPECT_EQ(names_of(tech.get(base + enc(t + " 5%b")).json()), V{"Lists " + t + " 5%b"});
  EXPECT_EQ(names_of(tech.get(base + enc(t + " 5_b")).json()), V{"Lists " + t + " 5_b"});
  EXPECT_EQ(names_of(tech.get(base + enc("LISTS " + t + " 5X")).json()), V{"Lists " + t + " 5xb"});
  EXPECT_EQ(names_of(tech.get(base + enc(t)).json()),
            (V{"Lists " + t + " 5%b", "Lists " + t + " 5_b", "Lists " + t + " 5xb"}));
  EXPECT_EQ(names_of(tech.get("/api/v1/dcim/sites?sort=-name&q=" + enc(t)).json()),
            (V{"Lists " + t + " 5xb", "Lists " + t + " 5_b", "Lists " + t + " 5%b"}));

  // Racks, and reservations (found by reason or rack name) in them.
  auto room = create(tech, "/api/v1/dcim/rooms", json::object{{"site_id", sites[0]}, {"name", "Room " + t}});
  std::vector<std::int64_t> racks;
  for (const auto* name : {"R5%b", "R5_b", "R5xb"})
    racks.push_back(create(tech, "/api/v1/dcim/racks",
                           json::object{{"room_id", room}, {"name", std::string(name) + t}, {"status", "active"}}));
  const std::string in_room = "/api/v1/dcim/racks?room=" + std::to_string(room) + "&sort=name&q=";
  EXPECT_EQ(names_of(tech.get(in_room + enc("5%b")).json()), V{"R5%b" + t});
  EXPECT_EQ(names_of(tech.get(in_room + enc("5_b")).json()), V{"R5_b" + t});
  EXPECT_EQ(names_of(tech.get(in_room + enc("r5")).json()), (V{"R5%b" + t, "R5_b" + t, "R5xb" + t}));
  const char* reasons[] = {"growth 5%b", "growth 5_b", "growth 5xb"};
  for (int i = 0; i < 3; ++i)
    create(tech, "/api/v1/dcim/reservations",
           json::object{{"rack_id", racks[i]},
                        {"customer_id", 1},
                        {"position", 1},
                        {"units", 1},
                        {"expires_at", "2099-01-01T00:00:00Z"},
                        {"reason", std::string(reasons[i]) + t}});
  const std::string reservations = "/api/v1/dcim/reservations?sort=rack&q=";
  EXPECT_EQ(names_of(tech.get(reservations + enc("5%b" + t)).json(), "reason"), V{"growth 5%b" + t});
  EXPECT_EQ(names_of(tech.get(reservations + enc("5_b" + t)).json(), "reason"), V{"growth 5_b" + t});
  EXPECT_EQ(names_of(tech.get(reservations + enc("GROWTH 5")).json(), "reason").size() >= 3, true);
  // By the rack's name.
  EXPECT_EQ(names_of(tech.get(reservations + enc("r5_b" + t)).json(), "reason"), V{"growth 5_b" + t});
}

// A customer sharing a rack sees its own devices, units, power, reservations and ports in the
// utilisation figures, never those of the other customer; staff see the whole rack.
TEST_P(Lists, CustomerUtilisationCountsOnlyItsOwnUse) {
  const auto t = tag();
  auto tech = as("technical");
  const auto acme = customer_of("acme.admin"), zenith = customer_of("zenith.admin");
  auto site = create(tech, "/api/v1/dcim/sites", json::object{{"name", "Shared " + t}});
  auto room = create(tech, "/api/v1/dcim/rooms", json::object{{"site_id", site}, {"name", "Room " + t}});
  auto rack = create(
      tech, "/api/v1/dcim/racks",
      json::object{
          {"room_id", room}, {"name", "Shared-" + t}, {"status", "active"}, {"power_a_w", 5000}, {"power_b_w", 5000}});
  auto import =
      tech.request("POST", "/api/v1/dcim/device-types/import",
                   "manufacturer: ListCo\nmodel: U2-" + t +
                       "\nu_height: 2\nis_full_depth: true\npower-ports:\n  - name: PSU1\n    maximum_draw: 400\n"
                       "interfaces:\n  - name: eth0\n    type: 10gbase-x-sfpp\n",
                   {{"Content-Type", "application/yaml"}});
  ASSERT_EQ(import.status, 200) << import.body;
  auto types = tech.get("/api/v1/dcim/device-types?manufacturer=ListCo&q=" + enc("U2-" + t)).json();
  const auto type = types.at("results").as_array().at(0).at("id").as_int64();
  auto device = [&](const std::string& name, std::int64_t customer, int position) {
    return create(tech, "/api/v1/dcim/devices",
                  json::object{{"device_type_id", type},
                               {"name", name + t},
                               {"rack_id", rack},
                               {"position", position},
                               {"face", "front"},
                               {"customer_id", customer}});
  };
  device("acme-", acme, 1);
  device("zenith-a-", zenith, 10);
  device("zenith-b-", zenith, 20);
  create(tech, "/api/v1/dcim/reservations",
         json::object{{"rack_id", rack},
                      {"customer_id", zenith},
                      {"position", 30},
                      {"units", 4},
                      {"expires_at", "2099-01-01T00:00:00Z"},
                      {"reason", "zenith growth"}});

  const auto staff = tech.get("/api/v1/dcim/utilisation?rack=" + std::to_string(rack)).json().as_array().at(0);
  EXPECT_EQ(staff.at("devices").as_int64(), 3);
  EXPECT_EQ(staff.at("units").at("used").as_int64(), 6);
  EXPECT_EQ(staff.at("units").at("reserved").as_int64(), 4);
  EXPECT_EQ(staff.at("ports").at("total").as_int64(), 3);

  auto customer = as("acme.admin");
  for (const auto& query :
       {"rack=" + std::to_string(rack), "site=" + std::to_string(site), "room=" + std::to_string(room)}) {
    auto r = customer.get("/api/v1/dcim/utilisation?" + query);
    ASSERT_EQ(r.status, 200) << r.body;
    const auto body = r.json();
    const auto& all = body.as_array();
    ASSERT_EQ(all.size(), 1u) << query << " " << r.body;
    const auto& own = all.at(0);
    EXPECT_EQ(own.at("devices").as_int64(), 1) << query;
    EXPECT_EQ(own.at("units").at("used").as_int64(), 2) << query;
    EXPECT_EQ(own.at("units").at("reserved").as_int64(), 0) << query;
    EXPECT_EQ(own.at("power").at("allocated_a_w").as_int64(), staff.at("power").at("allocated_a_w").as_int64() / 3)
        << query;
    EXPECT_EQ(own.at("ports").at("total").as_int64(), 1) << query;
  }
  // Site-wide: only the acme site figures of racks it is in, and only its own use in them.
  auto sites = customer.get("/api/v1/dcim/utilisation?scope=site").json().as_array();
  for (const auto& s : sites) {
    if (s.at("id").as_int64() == site) {
      EXPECT_EQ(s.at("devices").as_int64(), 1);
    }
  }
}

COLO_INSTANTIATE_API_TEST(Lists);

}  // namespace
}  // namespace colo::testing
