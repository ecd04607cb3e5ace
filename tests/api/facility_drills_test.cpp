// Emergency plans and drills through the real server on SQLite and PostgreSQL (R4.2.3): a plan per
// scenario whose versions are never edited (a new one supersedes the last), drills on the
// calendar recorded with participants, timeline and findings, follow-up actions closed with what
// was done, and the yearly report flagging a plan without a drill in twelve months.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>

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

// The text pdftotext reads from a PDF (poppler-utils).
std::string pdf_text(const std::string& pdf) {
  const std::string path = ::testing::TempDir() + "/colo-drills-" + std::to_string(::getpid()) + ".pdf";
  {
    std::ofstream f(path, std::ios::binary);
    f << pdf;
  }
  std::string out;
  if (FILE* p = ::popen(("pdftotext -layout '" + path + "' - 2>&1").c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
  }
  std::remove(path.c_str());
  return out;
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

// The printed yearly report carries, in the reader's language, each plan's version and owner, the
// drills held with their findings and open follow-up actions, and flags a plan never drilled.
TEST_P(FacilityDrills, R4_2_3_TheYearlyReportPrintsPlansDrillsFindingsOpenActionsAndFlags) {
  auto drilled = plan("数据中心断电预案");
  auto ops = as("operations");
  auto never = ops.send_json("POST", "/api/v1/facility/plans",
                             json::object{{"scenario", "flooding"},
                                          {"title", "地下室水浸预案"},
                                          {"owner", "设施主管 赵强"},
                                          {"body", "1. 关闭进水阀"}});
  ASSERT_EQ(never.status, 201) << never.body;
  auto r = ops.send_json(
      "POST", "/api/v1/facility/drills",
      json::object{{"plan_id", std::stoll(drilled)}, {"title", "年度断电实战演练"}, {"scheduled_on", date_in(0)}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto drill = "/api/v1/facility/drills/" + std::to_string(r.json().at("id").as_int64());
  ASSERT_EQ(ops.send_json("POST", drill + "/record",
                          json::object{{"held_on", date_in(0)}, {"participants", json::array{"王磊"}}})
                .status,
            200);
  ASSERT_EQ(
      ops.send_json("POST", drill + "/entries", json::object{{"kind", "finding"}, {"text", "应急照明不足"}}).status,
      200);
  ASSERT_EQ(ops.send_json("POST", drill + "/actions",
                          json::object{{"text", "增补应急灯"}, {"owner", "李娜"}, {"due_on", date_in(10)}})
                .status,
            200);
  const auto year = date_in(0).substr(0, 4);
  const auto path = "/api/v1/facility/drill-report/pdf?year=" + year;

  auto zh = ops.get(path + "&lang=zh-CN");
  ASSERT_EQ(zh.status, 200) << zh.body;
  EXPECT_EQ(zh.header("content-type").value_or(""), "application/pdf");
  auto text = pdf_text(zh.body);
  EXPECT_NE(text.find("年度应急演练报告"), std::string::npos) << text;
  EXPECT_NE(text.find("数据中心断电预案"), std::string::npos) << text;
  EXPECT_NE(text.find("值班经理"), std::string::npos) << text;
  EXPECT_NE(text.find("年度断电实战演练"), std::string::npos) << text;
  EXPECT_NE(text.find("应急照明不足"), std::string::npos) << text;
  EXPECT_NE(text.find("增补应急灯"), std::string::npos) << text;
  EXPECT_NE(text.find("地下室水浸预案"), std::string::npos) << text;
  EXPECT_NE(text.find("【需演练】"), std::string::npos) << text;
  EXPECT_NE(text.find("市电中断"), std::string::npos) << text;  // the scenario, labelled

  auto en = ops.get(path + "&lang=en-US");
  ASSERT_EQ(en.status, 200) << en.body;
  text = pdf_text(en.body);
  EXPECT_NE(text.find("Emergency drill report"), std::string::npos) << text;
  EXPECT_NE(text.find("[Drill due]"), std::string::npos) << text;
  EXPECT_NE(text.find("Flooding"), std::string::npos) << text;

  // Once closed, an action no longer shows as open.
  auto actions = ops.get(drill).json().at("actions").as_array();
  ASSERT_EQ(actions.size(), 1u);
  ASSERT_EQ(ops.send_json("POST",
                          "/api/v1/facility/drill-actions/" + std::to_string(actions[0].at("id").as_int64()) + "/close",
                          json::object{{"note", "已增补"}})
                .status,
            200);
  text = pdf_text(ops.get(path + "&lang=zh-CN").body);
  EXPECT_EQ(text.find("增补应急灯"), std::string::npos) << text;
  EXPECT_NE(text.find("应急照明不足"), std::string::npos) << text;

  EXPECT_EQ(as("acme.admin").get(path).status, 403);
  EXPECT_EQ(ops.get("/api/v1/facility/drill-report/pdf").status, 400);
  EXPECT_EQ(ops.get("/api/v1/facility/drill-report/pdf?year=1999").status, 400);
}

}  // namespace

COLO_INSTANTIATE_API_TEST(FacilityDrills);

}  // namespace colo::testing
