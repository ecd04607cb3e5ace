// Infrastructure maintenance through the real server on SQLite and PostgreSQL (R4.1.2, R4.1.3):
// assets in the ledger's rooms and on its power feeds, a plan whose work orders the daily job
// generates once, a reading in the wrong unit answered 422 without change, photos, completion,
// a second person's sign-off with the next due date, a closed work order answering 409, the
// overdue card, and customers kept out.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <chrono>
#include <ctime>
#include <thread>
#include <vector>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

std::string date_in(int days) {
  std::time_t secs = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() + std::chrono::days(days));
  std::tm tm{};
  ::gmtime_r(&secs, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + std::string(64, 'p');

class FacilityMaintenance : public ApiTest {
 protected:
  std::int64_t first_id(const std::string& list) {
    auto r = as("admin").get(list + "?limit=1").json();
    return r.at("results").as_array().at(0).at("id").as_int64();
  }
  std::int64_t overdue_card(const std::string& user) {
    auto home = as(user).get("/api/v1/home").json();
    for (const auto& p : home.at("pages").as_array())
      for (const auto& c : p.at("cards").as_array())
        if (c.at("id") == "facility.maintenance_overdue") return c.at("data").at("count").as_int64();
    return -1;
  }
};

TEST_P(FacilityMaintenance, R4_1_3_AGeneratorsMonthlyRunIsGeneratedFilledInAndSignedOffByASecondPerson) {
  auto ops = as("operations");
  auto room = first_id("/api/v1/dcim/rooms");
  auto feed = first_id("/api/v1/dcim/power-feeds");
  auto r = ops.send_json("POST", "/api/v1/facility/assets",
                         json::object{{"code", "GEN-A1"},
                                      {"name", "1号柴油发电机组"},
                                      {"kind", "generator"},
                                      {"model", "C1000"},
                                      {"serial", "SN-GEN-001"},
                                      {"room_id", room},
                                      {"power_feed_id", feed},
                                      {"installed_on", "2024-05-01"}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto asset = r.json().at("id").as_int64();
  // The same code again, a room the ledger does not know: refused, nothing added.
  r = ops.send_json("POST", "/api/v1/facility/assets",
                    json::object{{"code", "GEN-A1"}, {"name", "x"}, {"kind", "generator"}, {"room_id", room}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.asset.code_taken");
  r = ops.send_json("POST", "/api/v1/facility/assets",
                    json::object{{"code", "GEN-A2"}, {"name", "x"}, {"kind", "generator"}, {"room_id", 999999}});
  EXPECT_EQ(r.status / 100, 4) << r.body;
  EXPECT_EQ(r.json().at("errors").at(0).at("code"), "facility.asset.unknown_room");
  EXPECT_EQ(ops.get("/api/v1/facility/assets?kind=generator").json().at("count").as_int64(), 1);

  // A schedule that never falls due again is refused.
  json::object plan{
      {"name", "月度空载试车"},
      {"asset_id", asset},
      {"every", 0},
      {"unit", "months"},
      {"first_due", date_in(-3)},
      {"checklist", json::array{json::object{{"key", "started"}, {"label", "启动正常"}, {"kind", "check"}},
                                json::object{{"key", "voltage"},
                                             {"label", "输出电压"},
                                             {"kind", "reading"},
                                             {"unit", "V"},
                                             {"min", 380},
                                             {"max", 420}},
                                json::object{{"key", "panel"}, {"label", "控制面板"}, {"kind", "photo"}}}}};
  r = ops.send_json("POST", "/api/v1/facility/maintenance-plans", plan);
  EXPECT_EQ(r.status / 100, 4) << r.body;
  EXPECT_EQ(r.json().at("errors").at(0).at("code"), "facility.plan.no_next_date");
  plan["every"] = 1;
  r = ops.send_json("POST", "/api/v1/facility/maintenance-plans", plan);
  ASSERT_EQ(r.status, 201) << r.body;

  // The daily job, twice: the work order three days overdue and next month's, each once.
  for (int i = 0; i < 2; ++i) {
    auto [rc, out] = server().run_cli({"jobs", "run", "facility-maintenance"});
    ASSERT_EQ(rc, 0) << out;
  }
  auto list = ops.get("/api/v1/facility/work-orders?asset=" + std::to_string(asset)).json();
  ASSERT_EQ(list.at("count").as_int64(), 2);
  auto first = list.at("results").at(0);
  EXPECT_EQ(first.at("due_on").as_string(), date_in(-3));
  EXPECT_EQ(first.at("overdue"), true);
  EXPECT_EQ(overdue_card("operations"), 1);
  auto path = "/api/v1/facility/work-orders/" + std::to_string(first.at("id").as_int64());

  ASSERT_EQ(ops.send_json("POST", path + "/assign", json::object{{"assignee", "operations"}}).status, 200);
  // kV where the checklist asks for V: 422 naming the field, nothing stored.
  r = ops.send_json(
      "PUT", path + "/results",
      json::object{{"results", json::array{json::object{{"key", "voltage"}, {"value", 0.4}, {"unit", "kV"}}}}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.reading.wrong_unit");
  EXPECT_EQ(r.json().at("errors").at(0).at("field"), "results/0/unit");
  EXPECT_TRUE(ops.get(path).json().at("results").as_array().empty());
  r = ops.send_json(
      "PUT", path + "/results",
      json::object{{"results", json::array{json::object{{"key", "started"}, {"ok", true}},
                                           json::object{{"key", "voltage"}, {"value", 431}, {"unit", "V"}}}}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("results").at(1).at("failed"), true);      // above the acceptable 420 V
  EXPECT_EQ(ops.request("POST", path + "/complete").status, 422);  // the photo is missing
  r = ops.request("POST", path + "/photos?item=panel", "not an image", {{"Content-Type", "image/png"}});
  EXPECT_EQ(r.status, 422) << r.body;
  r = ops.request("POST", path + "/photos?item=panel", kPng, {{"Content-Type", "image/png"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto photo = r.json().at("photos").at(0).at("id").as_int64();
  r = ops.get(path + "/photos/" + std::to_string(photo));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, kPng);

  ASSERT_EQ(ops.request("POST", path + "/complete").status, 200);
  r = ops.request("POST", path + "/sign-off");
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.work_order.same_signer");
  r = as("technical").request("POST", path + "/sign-off");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("status"), "closed");
  EXPECT_FALSE(r.json().at("next_due_on").is_null());
  EXPECT_EQ(overdue_card("operations"), 0);

  // Closed: every edit answers 409 and changes nothing.
  r = ops.send_json("PUT", path + "/results",
                    json::object{{"results", json::array{json::object{{"key", "started"}, {"ok", false}}}}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.work_order.closed");
  EXPECT_EQ(ops.send_json("POST", path + "/assign", json::object{{"assignee", "x"}}).status, 409);
  EXPECT_EQ(ops.get(path).json().at("results").at(0).at("ok"), true);
}

TEST_P(FacilityMaintenance, SecondPeopleSigningOffOneWorkOrderAtOnceOneWins) {
  auto ops = as("operations");
  auto room = first_id("/api/v1/dcim/rooms");
  auto r = ops.send_json("POST", "/api/v1/facility/assets",
                         json::object{{"code", "ATS-R1"}, {"name", "ATS"}, {"kind", "ats"}, {"room_id", room}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto asset = r.json().at("id").as_int64();
  r = ops.send_json(
      "POST", "/api/v1/facility/maintenance-plans",
      json::object{
          {"name", "季度切换试验"},
          {"asset_id", asset},
          {"every", 3},
          {"unit", "months"},
          {"first_due", date_in(0)},
          {"checklist", json::array{json::object{{"key", "switched"}, {"label", "切换正常"}, {"kind", "check"}}}}});
  ASSERT_EQ(r.status, 201) << r.body;
  ASSERT_EQ(server().run_cli({"jobs", "run", "facility-maintenance"}).first, 0);
  auto list = ops.get("/api/v1/facility/work-orders?asset=" + std::to_string(asset)).json();
  ASSERT_GE(list.at("count").as_int64(), 1);
  auto path = "/api/v1/facility/work-orders/" + std::to_string(list.at("results").at(0).at("id").as_int64());
  ASSERT_EQ(ops.send_json("PUT", path + "/results",
                          json::object{{"results", json::array{json::object{{"key", "switched"}, {"ok", true}}}}})
                .status,
            200);
  ASSERT_EQ(ops.request("POST", path + "/complete").status, 200);
  constexpr int kSigners = 6;
  std::vector<HttpClient> signers;
  for (int i = 0; i < kSigners; ++i) signers.push_back(as(i % 2 ? "technical" : "management"));
  std::vector<int> status(kSigners);
  std::vector<std::string> codes(kSigners);
  std::vector<std::thread> threads;
  for (int i = 0; i < kSigners; ++i)
    threads.emplace_back([&, i] {
      auto s = signers[i].request("POST", path + "/sign-off");
      status[i] = s.status;
      if (s.status != 200) codes[i] = std::string(s.json().at("code").as_string());
    });
  for (auto& t : threads) t.join();
  int won = 0;
  for (int i = 0; i < kSigners; ++i) {
    if (status[i] == 200) {
      ++won;
    } else {
      EXPECT_EQ(status[i], 409);
      EXPECT_EQ(codes[i], "facility.work_order.closed");
    }
  }
  EXPECT_EQ(won, 1);
  // One sign-off in the audit trail.
  auto audit = as("admin")
                   .get("/api/v1/audit?object_type=facility.work_order&action=sign_off&object_id=" +
                        path.substr(path.rfind('/') + 1))
                   .json();
  EXPECT_EQ(audit.at("count").as_int64(), 1);
}

// A plan is edited through PATCH with the form's fields; a bad schedule or a customer changes
// nothing (R4.1.3).
TEST_P(FacilityMaintenance, R4_1_3_APlanIsEditedAndBadEditsChangeNothing) {
  auto ops = as("operations");
  json::object plan{
      {"name", "季度消防巡检"},
      {"asset_kind", "fire_detection"},
      {"every", 3},
      {"unit", "months"},
      {"first_due", date_in(10)},
      {"checklist", json::array{json::object{{"key", "panel"}, {"label", "主机无故障"}, {"kind", "check"}}}}};
  auto r = ops.send_json("POST", "/api/v1/facility/maintenance-plans", plan);
  ASSERT_EQ(r.status, 201) << r.body;
  const auto path = "/api/v1/facility/maintenance-plans/" + std::to_string(r.json().at("id").as_int64());
  plan["name"] = "月度消防巡检";
  plan["every"] = 1;
  r = ops.send_json("PATCH", path, plan);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("name"), "月度消防巡检");
  EXPECT_EQ(r.json().at("every"), 1);

  auto bad = plan;
  bad["name"] = "不应保存";
  bad["every"] = 0;
  r = ops.send_json("PATCH", path, bad);
  EXPECT_EQ(r.status / 100, 4) << r.body;
  EXPECT_EQ(r.json().at("errors").at(0).at("code"), "facility.plan.no_next_date");
  bad.erase("checklist");
  bad["every"] = 1;
  EXPECT_EQ(ops.send_json("PATCH", path, bad).status, 400);
  EXPECT_EQ(as("acme.admin").send_json("PATCH", path, plan).status, 403);
  EXPECT_EQ(ops.send_json("PATCH", "/api/v1/facility/maintenance-plans/999999", plan).status, 404);
  EXPECT_EQ(ops.get(path).json().at("name"), "月度消防巡检");
}

TEST_P(FacilityMaintenance, CustomersSeeNoInfrastructureAssetsOrWorkOrders) {
  auto room = first_id("/api/v1/dcim/rooms");
  auto r = as("operations")
               .send_json("POST", "/api/v1/facility/assets",
                          json::object{{"code", "UPS-B1"}, {"name", "UPS"}, {"kind", "ups"}, {"room_id", room}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto acme = as("acme.admin");
  EXPECT_EQ(acme.get("/api/v1/facility/assets").status, 403);
  EXPECT_EQ(acme.get("/api/v1/facility/assets/" + std::to_string(r.json().at("id").as_int64())).status, 403);
  EXPECT_EQ(acme.get("/api/v1/facility/work-orders").status, 403);
  EXPECT_EQ(acme.get("/api/v1/facility/maintenance-plans").status, 403);
}

}  // namespace

COLO_INSTANTIATE_API_TEST(FacilityMaintenance);

}  // namespace colo::testing
