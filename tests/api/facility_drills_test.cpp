// Emergency plans and drills through the real server on SQLite and PostgreSQL (R4.2.3): a plan per
// scenario whose versions are never edited (a new one supersedes the last), drills on the
// calendar recorded with participants, timeline and findings, follow-up actions closed with what
// was done, and the yearly report flagging a plan without a drill in twelve months.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <chrono>
#include <ctime>

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

class FacilityDrills : public ApiTest {
 protected:
  std::string plan(const std::string& title) {
    auto r = as("operations")
                 .send_json("POST", "/api/v1/facility/plans",
                            json::object{{"scenario", "power_failure"},
                                         {"title", title},
                                         {"owner", "值班经理 王磊"},
                                         {"body", "1. 确认市电中断\n2. 确认柴发启动"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return std::to_string(r.json().at("id").as_int64());
  }
};

TEST_P(FacilityDrills, R4_2_3_PlanVersionsAreSupersededNeverEdited) {
  auto id = plan("市电中断应急预案");
  auto path = "/api/v1/facility/plans/" + id;
  auto r = as("operations")
               .send_json(
                   "POST", path + "/versions",
                   json::object{{"body", "1. 确认市电中断\n2. 确认柴发启动\n3. 通知客户"}, {"owner", "运维主管 李娜"}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto p = r.json();
  EXPECT_EQ(p.at("version"), 2);
  EXPECT_EQ(p.at("owner"), "运维主管 李娜");
  const auto& versions = p.at("versions").as_array();
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].at("version"), 2);
  EXPECT_TRUE(versions[0].at("superseded_at").is_null());
  EXPECT_EQ(versions[1].at("version"), 1);
  EXPECT_FALSE(versions[1].at("superseded_at").is_null());
  EXPECT_EQ(versions[1].at("body"), "1. 确认市电中断\n2. 确认柴发启动");  // the old text stays as it was
  // Customers never read plans; bad input changes nothing.
  EXPECT_EQ(as("acme.admin").get(path).status, 403);
  EXPECT_EQ(as("operations").send_json("POST", "/api/v1/facility/plans", json::object{{"scenario", "meteor"}}).status,
            400);
  EXPECT_EQ(as("acme.admin").send_json("POST", path + "/versions", json::object{{"body", "x"}}).status, 403);
  EXPECT_EQ(as("admin").get(path).json().at("version"), 2);
}

TEST_P(FacilityDrills, R4_2_3_ADrillIsRecordedWithFindingsAndItsActionsAreClosedAndTheYearReported) {
  auto id = plan("机房断电演练预案");
  auto ops = as("operations");
  // Never drilled: flagged.
  EXPECT_EQ(ops.get("/api/v1/facility/plans/" + id).json().at("needs_drill"), true);
  auto r = ops.send_json(
      "POST", "/api/v1/facility/drills",
      json::object{{"plan_id", std::stoll(id)}, {"title", "四季度断电演练"}, {"scheduled_on", date_in(0)}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto drill = "/api/v1/facility/drills/" + std::to_string(r.json().at("id").as_int64());
  // Nothing is found before the drill is held, and it is not held in the future.
  EXPECT_EQ(ops.send_json("POST", drill + "/entries", json::object{{"kind", "finding"}, {"text", "x"}}).status, 409);
  r = ops.send_json("POST", drill + "/record",
                    json::object{{"held_on", date_in(2)}, {"participants", json::array{"王磊"}}});
  EXPECT_EQ(r.status, 400) << r.body;
  r = ops.send_json("POST", drill + "/record",
                    json::object{{"held_on", date_in(0)}, {"participants", json::array{"王磊", "李娜", "保安刘"}}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("status"), "held");
  EXPECT_EQ(r.json().at("plan_version"), 1);
  EXPECT_EQ(ops.send_json("POST", drill + "/record",
                          json::object{{"held_on", date_in(0)}, {"participants", json::array{"王磊"}}})
                .status,
            409);
  ASSERT_EQ(
      ops.send_json("POST", drill + "/entries", json::object{{"kind", "timeline"}, {"text", "10:02 切断市电"}}).status,
      200);
  ASSERT_EQ(ops.send_json("POST", drill + "/entries", json::object{{"kind", "finding"}, {"text", "柴发启动延迟 40 秒"}})
                .status,
            200);
  r = ops.send_json("POST", drill + "/actions",
                    json::object{{"text", "检修柴发预热回路"}, {"owner", "李娜"}, {"due_on", date_in(-1)}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto action = r.json().at("actions").as_array().at(0);
  EXPECT_EQ(action.at("overdue"), true);
  EXPECT_EQ(r.json().at("open_actions"), 1);
  EXPECT_EQ(ops.get("/api/v1/facility/plans/" + id).json().at("needs_drill"), false);

  auto year = date_in(0).substr(0, 4);
  auto report = ops.get("/api/v1/facility/drill-report?year=" + year).json();
  bool seen = false;
  for (const auto& line : report.at("plans").as_array()) {
    if (line.at("plan").at("id").as_int64() != std::stoll(id)) continue;
    seen = true;
    EXPECT_EQ(line.at("held"), 1);
    EXPECT_EQ(line.at("findings"), 1);
    EXPECT_EQ(line.at("actions_open"), 1);
  }
  EXPECT_TRUE(seen) << report;

  auto close = "/api/v1/facility/drill-actions/" + std::to_string(action.at("id").as_int64()) + "/close";
  EXPECT_EQ(ops.send_json("POST", close, json::object{}).status, 400);
  r = ops.send_json("POST", close, json::object{{"note", "已更换预热继电器，复测 8 秒启动"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("actions").at(0).at("status"), "closed");
  EXPECT_EQ(r.json().at("actions").at(0).at("overdue"), false);
  EXPECT_EQ(ops.send_json("POST", close, json::object{{"note", "again"}}).status, 409);
  report = ops.get("/api/v1/facility/drill-report?year=" + year).json();
  for (const auto& line : report.at("plans").as_array())
    if (line.at("plan").at("id").as_int64() == std::stoll(id)) {
      EXPECT_EQ(line.at("actions_open"), 0);
      EXPECT_EQ(line.at("actions_closed"), 1);
    }
  EXPECT_EQ(as("acme.admin").get("/api/v1/facility/drill-report?year=" + year).status, 403);
}

}  // namespace

COLO_INSTANTIATE_API_TEST(FacilityDrills);

}  // namespace colo::testing
