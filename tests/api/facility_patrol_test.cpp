// Patrol inspections through the real server on SQLite and PostgreSQL (R4.2.2): a route of
// checkpoints with its QR codes and items; a schedule that never falls due is refused; the
// facility-rounds job generates each round once and the shift's today view lists them; a round is
// walked by QR code (a wrong code, a reading in the wrong unit or physically impossible answer
// 422 and change nothing); a reading out of range at a customer's dedicated rack opens one
// incident for that customer however often it is recorded, elsewhere the operations group is
// told; a round is submitted once when several people race; history and trend per checkpoint;
// customers are kept out.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <ctime>
#include <thread>
#include <vector>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

std::string today() {
  std::time_t secs = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&secs, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + std::string(64, 'p');

class FacilityPatrol : public ApiTest {
 protected:
  std::int64_t first_id(const std::string& list) {
    return as("admin").get(list + "?limit=1").json().at("results").as_array().at(0).at("id").as_int64();
  }
  std::int64_t customer_of(const std::string& user) {
    return as(user).get("/api/v1/auth/me").json().at("user").at("customer_id").as_int64();
  }
  json::object route(std::int64_t room, std::int64_t rack) {
    auto item = [](const char* key, const char* label, const char* kind) {
      return json::object{{"key", key}, {"label", label}, {"kind", kind}};
    };
    auto temp = json::object{{"key", "temp"}, {"label", "进风温度"}, {"kind", "reading"},
                             {"unit", "°C"},  {"min", 18},           {"max", 27}};
    return json::object{
        {"name", "A01 机房日常巡检"},
        {"checkpoints", json::array{json::object{{"key", "room"},
                                                 {"name", "A01 机房"},
                                                 {"kind", "room"},
                                                 {"ref_id", room},
                                                 {"qr", "COLO-CP-ROOM-A01"},
                                                 {"items", json::array{temp, item("leak", "无漏水", "check")}}},
                                    json::object{{"key", "rack"},
                                                 {"name", "客户专属机柜"},
                                                 {"kind", "rack"},
                                                 {"ref_id", rack},
                                                 {"qr", "COLO-CP-RACK-1"},
                                                 {"items", json::array{temp, item("door", "柜门已锁", "check")}}},
                                    json::object{{"key", "yard"},
                                                 {"name", "发电机场地"},
                                                 {"kind", "yard"},
                                                 {"qr", "COLO-CP-YARD"},
                                                 {"items", json::array{item("panel", "控制面板照片", "photo")}}}}}};
  }
  json::object visit(const char* checkpoint, const char* payload, json::array results, bool manual = false) {
    return json::object{{"checkpoint", checkpoint}, {"payload", payload}, {"manual", manual}, {"results", results}};
  }
  static json::object reading(const char* key, double value, const char* unit) {
    return json::object{{"key", key}, {"value", value}, {"unit", unit}};
  }
  static json::object check(const char* key, bool ok) { return json::object{{"key", key}, {"ok", ok}}; }
};

TEST_P(FacilityPatrol, R4_2_2_ARoundIsWalkedByQrCodeAndItsFindingsOpenOneTicketEach) {
  auto ops = as("operations");
  const auto room = first_id("/api/v1/dcim/rooms");
  const auto acme = customer_of("acme.admin");
  auto r = as("technical")
               .send_json("POST", "/api/v1/dcim/racks",
                          json::object{
                              {"room_id", room}, {"name", "PATROL-ACME"}, {"status", "active"}, {"customer_id", acme}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto rack = r.json().at("id").as_int64();

  // Two checkpoints with one QR code: refused, nothing added.
  auto bad = route(room, rack);
  bad["checkpoints"].as_array()[1].as_object()["qr"] = "COLO-CP-ROOM-A01";
  r = ops.send_json("POST", "/api/v1/facility/patrol-templates", bad);
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json().at("errors").at(0).at("code"), "facility.patrol.qr_duplicate");
  EXPECT_EQ(ops.get("/api/v1/facility/patrol-templates").json().at("count").as_int64(), 0);
  r = ops.send_json("POST", "/api/v1/facility/patrol-templates", route(room, rack));
  ASSERT_EQ(r.status, 201) << r.body;
  const auto tpl = r.json().at("id").as_int64();

  // A schedule with no next date, then every 2 hours from today.
  json::object schedule{{"template_id", tpl}, {"kind", "every_hours"}, {"every_hours", 0}, {"starts_on", today()}};
  r = ops.send_json("POST", "/api/v1/facility/patrol-schedules", schedule);
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json().at("errors").at(0).at("code"), "facility.patrol.no_next_date");
  schedule["every_hours"] = 2;
  ASSERT_EQ(ops.send_json("POST", "/api/v1/facility/patrol-schedules", schedule).status, 201);
  for (int i = 0; i < 2; ++i) ASSERT_EQ(server().run_cli({"jobs", "run", "facility-rounds"}).first, 0);
  auto generated = ops.get("/api/v1/facility/patrol-rounds?template=" + std::to_string(tpl)).json();
  // From now to a day ahead every two hours: 12 rounds, or 13 when now is on the hour.
  EXPECT_GE(generated.at("count").as_int64(), 12);
  EXPECT_LE(generated.at("count").as_int64(), 13);

  // An unscheduled round, due now and so on the shift's today view whatever the hour (the
  // generated ones may all fall on tomorrow late in the evening), walked now.
  r = ops.send_json("POST", "/api/v1/facility/patrol-rounds", json::object{{"template_id", tpl}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto walked = r.json().at("id").as_int64();
  const auto path = "/api/v1/facility/patrol-rounds/" + std::to_string(walked);
  bool listed = false;
  const auto today_view = ops.get("/api/v1/facility/today").json();
  for (const auto& d : today_view.at("rounds_due").as_array()) listed = listed || d.at("id").as_int64() == walked;
  EXPECT_TRUE(listed);
  r = ops.send_json("POST", path + "/visits", visit("room", "COLO-CP-ROOM-A01", {}));
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.patrol.round_not_started");
  ASSERT_EQ(ops.request("POST", path + "/start").status, 200);
  EXPECT_EQ(ops.request("POST", path + "/start").json().at("code"), "facility.patrol.round_started");

  // Another checkpoint's code; a reading in kelvin; one a thermometer cannot show: 422, nothing kept.
  r = ops.send_json("POST", path + "/visits", visit("room", "COLO-CP-YARD", {}));
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.patrol.qr_mismatch");
  r = ops.send_json("POST", path + "/visits",
                    visit("room", "COLO-CP-ROOM-A01", {reading("temp", 295, "K"), check("leak", true)}));
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.reading.wrong_unit");
  EXPECT_EQ(r.json().at("errors").at(0).at("field"), "results/0/unit");
  r = ops.send_json("POST", path + "/visits", visit("room", "COLO-CP-ROOM-A01", {reading("temp", 900, "°C")}));
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.reading.impossible");
  EXPECT_TRUE(ops.get(path).json().at("readings").as_array().empty());
  EXPECT_TRUE(ops.get(path).json().at("visits").as_array().empty());

  // The room too warm: the operations group is told (a room is no customer's).
  r = ops.send_json("POST", path + "/visits",
                    visit("room", "COLO-CP-ROOM-A01", {reading("temp", 29.5, "°C"), check("leak", true)}, true));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("visits").at(0).at("method"), "manual");
  EXPECT_EQ(r.json().at("findings").at(0).at("ticket_number"), nullptr);
  EXPECT_NE(ops.get("/api/v1/notifications?limit=50").body.find("A01 机房"), std::string::npos);

  // The customer's rack far too warm, recorded three times: one incident for that customer.
  for (double t : {40.0, 41.0, 42.0}) {
    r = ops.send_json("POST", path + "/visits",
                      visit("rack", "COLO-CP-RACK-1", {reading("temp", t, "°C"), check("door", true)}));
    ASSERT_EQ(r.status, 200) << r.body;
  }
  auto findings = r.json().at("findings").as_array();
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[1].at("checkpoint_key"), "rack");
  EXPECT_EQ(findings[1].at("severity"), 1);
  const auto ticket = std::string(findings[1].at("ticket_number").as_string());
  auto tickets = as("acme.admin").get("/api/v1/servicedesk/tickets?q=" + ticket).json();
  ASSERT_EQ(tickets.at("count").as_int64(), 1);
  EXPECT_NE(json::serialize(tickets).find("客户专属机柜"), std::string::npos);
  EXPECT_EQ(as("zenith.admin").get("/api/v1/servicedesk/tickets?q=" + ticket).json().at("count"), 0);

  // Not complete until the yard's photo is in.
  r = ops.send_json("POST", path + "/visits", visit("yard", "COLO-CP-YARD", {}));
  ASSERT_EQ(r.status, 200) << r.body;
  r = ops.request("POST", path + "/submit");
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.patrol.round_incomplete");
  r = ops.request("POST", path + "/photos?checkpoint=yard&item=panel", kPng, {{"Content-Type", "image/png"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto photo = r.json().at("photos").at(0).at("id").as_int64();
  auto got = ops.get(path + "/photos/" + std::to_string(photo));
  EXPECT_EQ(got.status, 200);
  EXPECT_EQ(got.body, kPng);

  // Several people submit at once: one round submitted, the others answer 409.
  constexpr int kPeople = 6;
  std::vector<HttpClient> people;
  for (int i = 0; i < kPeople; ++i) people.push_back(as(i % 2 ? "operations" : "technical"));
  std::vector<int> status(kPeople);
  std::vector<std::string> codes(kPeople);
  std::vector<std::thread> threads;
  for (int i = 0; i < kPeople; ++i)
    threads.emplace_back([&, i] {
      auto s = people[i].request("POST", path + "/submit");
      status[i] = s.status;
      if (s.status != 200) codes[i] = std::string(s.json().at("code").as_string());
    });
  for (auto& t : threads) t.join();
  int won = 0;
  for (int i = 0; i < kPeople; ++i) {
    if (status[i] == 200) {
      ++won;
    } else {
      EXPECT_EQ(status[i], 409);
      EXPECT_EQ(codes[i], "facility.patrol.round_submitted");
    }
  }
  EXPECT_EQ(won, 1);
  auto done = ops.get(path).json();
  EXPECT_EQ(done.at("status"), "submitted");
  EXPECT_EQ(done.at("late"), false);

  // History of the rack checkpoint and the trend of its temperature.
  auto history =
      ops.get("/api/v1/facility/patrol-readings?template=" + std::to_string(tpl) + "&checkpoint=rack").json();
  EXPECT_EQ(history.at("count").as_int64(), 2);
  auto trend =
      ops.get("/api/v1/facility/patrol-templates/" + std::to_string(tpl) + "/trend?checkpoint=rack&item=temp").json();
  ASSERT_EQ(trend.at("points").as_array().size(), 1u);
  EXPECT_EQ(trend.at("points").at(0).at("value").to_number<double>(), 42.0);

  // Customers see nothing of it.
  auto customer = as("acme.admin");
  EXPECT_EQ(customer.get("/api/v1/facility/patrol-templates").status, 403);
  EXPECT_EQ(customer.get(path).status, 403);
  EXPECT_EQ(customer.request("POST", path + "/start").status, 403);
}

}  // namespace

COLO_INSTANTIATE_API_TEST(FacilityPatrol);

}  // namespace colo::testing
