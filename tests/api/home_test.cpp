// The home pages through real HTTP on SQLite and PostgreSQL: each role gets its pages and only
// their cards, the figures follow the applications, contracts and devices a test creates, and a
// customer's figures count only its own objects.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <chrono>
#include <map>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";

class Home : public ApiTest {
 protected:
  json::object home(const std::string& user) {
    auto r = as(user).get("/api/v1/home");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().as_object();
  }
  // The card's data on that page of the user's home (an empty object when absent, with a failure).
  static json::object card(const json::object& home, const std::string& page, const std::string& id) {
    for (const auto& p : home.at("pages").as_array())
      if (p.at("id").as_string() == page)
        for (const auto& c : p.at("cards").as_array())
          if (c.at("id").as_string() == id) return c.at("data").as_object();
    ADD_FAILURE() << "no card " << id << " on page " << page;
    return {};
  }
  json::object card(const std::string& user, const std::string& page, const std::string& id) {
    return card(home(user), page, id);
  }
  static std::int64_t stage(const json::object& data, const std::string& status) {
    for (const auto& s : data.at("stages").as_array())
      if (s.at("status").as_string() == status) return s.at("count").as_int64();
    ADD_FAILURE() << "no stage " << status;
    return -1;
  }
  static std::int64_t last(const json::object& data, const std::string& series) {
    return data.at(series).as_array().back().as_int64();
  }
  static std::int64_t department(const json::object& data, const std::string& dept) {
    for (const auto& d : data.at("departments").as_array())
      if (d.at("department").as_string() == dept) return d.at("count").as_int64();
    ADD_FAILURE() << "no department " << dept;
    return -1;
  }
  std::int64_t list_count(const std::string& user, const std::string& path) {
    auto r = as(user).get(path + (path.find('?') == std::string::npos ? "?" : "&") + "limit=1");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().at("count").as_int64();
  }
  // A contract of a freshly approved acme application, drafted with `extra` and signed; activated
  // when asked. Returns {contract id, application id}.
  std::pair<std::string, std::string> contract(json::object extra, bool activate) {
    auto admin = as("admin");
    auto room = make_room(admin, 1);
    auto app = approved(server(), room.room);
    json::object body{{"application_id", std::stoll(app)}, {"line_items", line_items()}, {"notice_days", 10}};
    for (const auto& [k, v] : extra) body[k] = v;
    auto business = as("business");
    auto r = business.send_json("POST", "/api/v1/contracts", body);
    EXPECT_EQ(r.status, 201) << r.body;
    auto id = id_of(r);
    auto s = business.request("POST", "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie", kPdf,
                              {{"Content-Type", "application/pdf"}});
    EXPECT_EQ(s.status, 200) << s.body;
    if (activate) {
      auto a = business.request("POST", "/api/v1/contracts/" + id + "/activate");
      EXPECT_EQ(a.status, 200) << a.body;
    }
    return {id, app};
  }
};

std::map<std::string, std::vector<std::string>> layout(const json::object& home) {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& p : home.at("pages").as_array()) {
    auto& cards = out[std::string(p.at("id").as_string())];
    for (const auto& c : p.at("cards").as_array()) cards.push_back(std::string(c.at("id").as_string()));
  }
  return out;
}

using Layout = std::map<std::string, std::vector<std::string>>;

TEST_P(Home, EachRoleGetsItsPageAndOnlyItsCards) {
  const std::vector<std::string> business = {"applications.by_stage", "contracts.expiring", "contracts.renewals",
                                             "intake.weekly", "servicedesk.complaints_open"};
  const std::vector<std::string> technical = {"feasibility.queue",
                                              "capacity.rooms",
                                              "occupancy.weekly",
                                              "servicedesk.breaches_today",
                                              "servicedesk.actions_overdue",
                                              "facility.maintenance_overdue"};
  const std::vector<std::string> management = {"applications.by_stage",
                                               "intake.weekly",
                                               "capacity.rooms",
                                               "occupancy.weekly",
                                               "approvals.waiting",
                                               "contracts.value_monthly",
                                               "servicedesk.breaches_today",
                                               "servicedesk.complaints_open",
                                               "servicedesk.actions_overdue"};
  const std::vector<std::string> operations = {"work.today",
                                               "work.weekly",
                                               "servicedesk.breaches_today",
                                               "servicedesk.actions_overdue",
                                               "facility.maintenance_overdue",
                                               "facility.findings_open"};
  const std::vector<std::string> finance = {"contracts.expiring", "contracts.value_monthly"};
  const std::vector<std::string> portal = {"my.services", "my.applications", "my.notices", "my.occupancy"};
  EXPECT_EQ(layout(home("business")), (Layout{{"business", business}}));
  EXPECT_EQ(layout(home("technical")), (Layout{{"technical", technical}}));
  EXPECT_EQ(layout(home("management")), (Layout{{"management", management}}));
  EXPECT_EQ(layout(home("operations")), (Layout{{"operations", operations}}));
  EXPECT_EQ(layout(home("finance")), (Layout{{"finance", finance}}));
  EXPECT_EQ(layout(home("acme.user")), (Layout{{"portal", portal}}));
  EXPECT_EQ(layout(home("zenith.admin")), (Layout{{"portal", portal}}));
  EXPECT_EQ(layout(home("admin")), (Layout{{"business", business},
                                           {"technical", technical},
                                           {"management", management},
                                           {"operations", operations},
                                           {"finance", finance}}));
  // Roles without a page of their own yet.
  EXPECT_EQ(layout(home("auditor")), Layout{});
  EXPECT_EQ(layout(home("security")), Layout{});
  // Pages come in the registry's order.
  auto pages = home("admin").at("pages").as_array();
  ASSERT_EQ(pages.size(), 5u);
  EXPECT_EQ(pages[0].at("id").as_string(), "business");
  EXPECT_EQ(pages[4].at("id").as_string(), "finance");

  auto anonymous = client().get("/api/v1/home");
  EXPECT_EQ(anonymous.status, 401) << anonymous.body;
  auto unknown = as("business").get("/api/v1/home?page=business");
  EXPECT_EQ(unknown.status, 400) << unknown.body;
}

TEST_P(Home, TheApplicationFiguresFollowTheApplicationsOfTheTest) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto stages0 = card("business", "business", "applications.by_stage");
  auto intake0 = card("business", "business", "intake.weekly");
  auto waiting0 = card("management", "management", "approvals.waiting");
  auto queue0 = card("technical", "technical", "feasibility.queue");
  auto mine0 = card("acme.user", "portal", "my.applications");
  auto theirs0 = card("zenith.admin", "portal", "my.applications");

  auto first = submitted(server(), room.room);
  auto second = accepted(server(), room.room);

  auto stages = card("business", "business", "applications.by_stage");
  EXPECT_EQ(stage(stages, "business_review"), stage(stages0, "business_review") + 1);
  EXPECT_EQ(stage(stages, "technical_review"), stage(stages0, "technical_review") + 1);
  auto intake = card("business", "business", "intake.weekly");
  EXPECT_EQ(intake.at("buckets").as_array().size(), 12u);
  EXPECT_EQ(last(intake, "applications"), last(intake0, "applications") + 2);
  // The last bucket is this week, from its Monday in the business time zone.
  const std::chrono::weekday wd{std::chrono::sys_days(parse_date(day(0)).value())};
  EXPECT_EQ(intake.at("buckets").as_array().back().as_string(), day(-static_cast<int>((wd.c_encoding() + 6) % 7)));

  auto waiting = card("management", "management", "approvals.waiting");
  EXPECT_EQ(department(waiting, "business"), department(waiting0, "business") + 1);
  EXPECT_EQ(department(waiting, "technical"), department(waiting0, "technical") + 1);
  EXPECT_EQ(department(waiting, "management"), department(waiting0, "management"));

  auto queue = card("technical", "technical", "feasibility.queue");
  EXPECT_EQ(queue.at("count").as_int64(), queue0.at("count").as_int64() + 1);
  bool listed = false;
  for (const auto& q : queue.at("items").as_array())
    if (q.at("id").as_int64() == std::stoll(second)) {
      listed = true;
      EXPECT_TRUE(q.at("proposal_accepted").as_bool());
      EXPECT_EQ(q.at("age_days").as_int64(), 0);
      EXPECT_EQ(q.at("power_w").as_int64(), 1500);
    }
  EXPECT_TRUE(listed || queue.at("count").as_int64() > 8) << json::serialize(queue);

  // The customer sees its own applications counted; another customer sees no change.
  auto mine = card("acme.user", "portal", "my.applications");
  EXPECT_EQ(stage(mine, "business_review"), stage(mine0, "business_review") + 1);
  EXPECT_EQ(stage(mine, "technical_review"), stage(mine0, "technical_review") + 1);
  EXPECT_EQ(mine.at("items").as_array()[0].at("id").as_int64(), std::stoll(second));
  auto theirs = card("zenith.admin", "portal", "my.applications");
  EXPECT_EQ(json::serialize(theirs.at("stages")), json::serialize(theirs0.at("stages")));
  for (const auto& a : theirs.at("items").as_array()) {
    EXPECT_NE(a.at("id").as_int64(), std::stoll(first));
    EXPECT_NE(a.at("id").as_int64(), std::stoll(second));
  }
}

TEST_P(Home, TheContractFiguresFollowTheContractsOfTheTest) {
  auto expiring0 = card("business", "business", "contracts.expiring");
  auto intake0 = card("business", "business", "intake.weekly");
  auto value0 = card("management", "management", "contracts.value_monthly");
  auto work0 = card("operations", "operations", "work.today");
  auto services0 = card("acme.user", "portal", "my.services");
  auto theirs0 = card("zenith.admin", "portal", "my.services");

  // Ends in 20 days: within every horizon, and listed for renewal with its notice date.
  auto [id, app] = contract({{"effective_date", day(0)}, {"end_date", day(20)}}, true);

  auto expiring = card("business", "business", "contracts.expiring");
  for (std::size_t i = 0; i < 3; ++i)
    EXPECT_EQ(expiring.at("horizons").as_array()[i].at("count").as_int64(),
              expiring0.at("horizons").as_array()[i].at("count").as_int64() + 1);
  EXPECT_EQ(expiring.at("manual").as_int64(), expiring0.at("manual").as_int64() + 1);
  bool listed = false;
  auto renewals = card("business", "business", "contracts.renewals");
  for (const auto& c : renewals.at("items").as_array())
    if (c.at("id").as_int64() == std::stoll(id)) {
      listed = true;
      EXPECT_EQ(c.at("end_date").as_string(), day(20));
      EXPECT_EQ(c.at("days_left").as_int64(), 20);
      EXPECT_EQ(c.at("notice_by").as_string(), day(10));
    }
  EXPECT_TRUE(listed);

  auto intake = card("business", "business", "intake.weekly");
  EXPECT_EQ(last(intake, "contracts_signed"), last(intake0, "contracts_signed") + 1);
  // 4 x 800.00 + 1 x 1200.00 a month, for a term of 20 days counted as its months.
  auto value = card("management", "management", "contracts.value_monthly");
  EXPECT_EQ(value.at("buckets").as_array().back().as_string(), day(0).substr(0, 7));
  EXPECT_EQ(last(value, "contracts"), last(value0, "contracts") + 1);
  EXPECT_EQ(last(value, "monthly_fen"), last(value0, "monthly_fen") + 440000);

  // Activation planned the application's two devices: operations installs them.
  auto work = card("operations", "operations", "work.today");
  EXPECT_EQ(work.at("install").at("count").as_int64(), work0.at("install").at("count").as_int64() + 2);

  // The customer's services: its contract with the monthly amount, its devices; not another's.
  auto services = card("acme.user", "portal", "my.services");
  EXPECT_EQ(services.at("monthly_fen").as_int64(), services0.at("monthly_fen").as_int64() + 440000);
  EXPECT_EQ(services.at("devices").as_int64(), services0.at("devices").as_int64() + 2);
  bool mine = false;
  for (const auto& c : services.at("contracts").as_array())
    if (c.at("id").as_int64() == std::stoll(id)) {
      mine = true;
      EXPECT_EQ(c.at("monthly_fen").as_int64(), 440000);
      EXPECT_EQ(c.at("status").as_string(), "active");
    }
  EXPECT_TRUE(mine);
  auto theirs = card("zenith.admin", "portal", "my.services");
  EXPECT_EQ(json::serialize(theirs), json::serialize(theirs0));
}

TEST_P(Home, ACustomersServicesCountOnlyItsOwnObjects) {
  for (const char* user : {"acme.user", "zenith.admin"}) {
    auto services = card(user, "portal", "my.services");
    EXPECT_EQ(services.at("racks").as_int64(), list_count(user, "/api/v1/dcim/racks")) << user;
    EXPECT_EQ(services.at("devices").as_int64(),
              list_count(user, "/api/v1/dcim/devices") - list_count(user, "/api/v1/dcim/devices?status=decommissioned"))
        << user;
    EXPECT_EQ(services.at("addresses").as_int64(), list_count(user, "/api/v1/ipam/ip-addresses")) << user;
    std::int64_t contracts = 0;
    for (const char* status : {"signed", "active"})
      contracts += list_count(user, std::string("/api/v1/contracts?status=") + status);
    EXPECT_EQ(static_cast<std::int64_t>(services.at("contracts").as_array().size()), contracts) << user;
    // Notices: the customer's own, as its notification list counts them.
    auto notices = card(user, "portal", "my.notices");
    EXPECT_EQ(notices.at("count").as_int64(), list_count(user, "/api/v1/notifications")) << user;
  }
}

TEST_P(Home, OccupancyTrendsFollowTheDevicesRackedThisWeek) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto acme = customer_of(as("acme.user"));
  auto types = admin.get("/api/v1/dcim/device-types?limit=1000").json().at("results").as_array();
  std::int64_t type = 0, height_hu = 0;
  for (const auto& t : types)
    if (t.at("u_height").to_number<double>() >= 1) {
      type = t.at("id").as_int64();
      height_hu = static_cast<std::int64_t>(t.at("u_height").to_number<double>() * 2);
      break;
    }
  ASSERT_GT(type, 0);
  auto staff0 = card("technical", "technical", "occupancy.weekly");
  auto mine0 = card("acme.user", "portal", "my.occupancy");
  auto theirs0 = card("zenith.admin", "portal", "my.occupancy");
  auto weekly0 = card("operations", "operations", "work.weekly");

  auto r = admin.send_json("POST", "/api/v1/dcim/devices",
                           json::object{{"device_type_id", type},
                                        {"name", unique("home-dev")},
                                        {"rack_id", room.racks[0]},
                                        {"position", 10},
                                        {"face", "front"},
                                        {"customer_id", acme},
                                        {"status", "active"}});
  ASSERT_EQ(r.status, 201) << r.body;

  auto staff = card("technical", "technical", "occupancy.weekly");
  EXPECT_EQ(staff.at("now_hu").as_int64(), staff0.at("now_hu").as_int64() + height_hu);
  EXPECT_EQ(last(staff, "occupied_hu"), last(staff0, "occupied_hu") + height_hu);
  EXPECT_EQ(last(staff, "racked_hu"), last(staff0, "racked_hu") + height_hu);
  // The week before ends where it ended: the device came this week.
  const auto& before0 = staff0.at("occupied_hu").as_array();
  const auto& before = staff.at("occupied_hu").as_array();
  EXPECT_EQ(before[before.size() - 2].as_int64(), before0[before0.size() - 2].as_int64());

  auto mine = card("acme.user", "portal", "my.occupancy");
  EXPECT_EQ(mine.at("now_hu").as_int64(), mine0.at("now_hu").as_int64() + height_hu);
  EXPECT_EQ(last(mine, "racked_hu"), last(mine0, "racked_hu") + height_hu);
  auto theirs = card("zenith.admin", "portal", "my.occupancy");
  EXPECT_EQ(json::serialize(theirs), json::serialize(theirs0));

  auto weekly = card("operations", "operations", "work.weekly");
  EXPECT_EQ(last(weekly, "racked"), last(weekly0, "racked") + 1);
  EXPECT_EQ(last(weekly, "removed"), last(weekly0, "removed"));

  // Capacity by room: the new room with its one rack and the device's units.
  bool found = false;
  auto capacity = card("technical", "technical", "capacity.rooms");
  for (const auto& rm : capacity.at("rooms").as_array())
    if (rm.at("id").as_int64() == room.room) {
      found = true;
      EXPECT_EQ(rm.at("racks").as_int64(), 1);
      EXPECT_EQ(rm.at("units_total_hu").as_int64(), 84);
      EXPECT_EQ(rm.at("units_used_hu").as_int64(), height_hu);
      EXPECT_EQ(rm.at("power_capacity_w").as_int64(), 10000);
    }
  EXPECT_TRUE(found);
}

COLO_INSTANTIATE_API_TEST(Home);

}  // namespace
}  // namespace colo::testing
