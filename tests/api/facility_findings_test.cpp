// Rectification orders through the real server on SQLite and PostgreSQL (R4.2.2): an out-of-range
// reading on a room checkpoint opens exactly one order however often it is recorded and however
// often the round is submitted, a finding on a customer's rack still opens that customer's
// incident and no order; the order is assigned to a staff member, rectified with a note and
// verified by someone other than the rectifier (the rectifier gets 409), with one photo of the
// rectification; bad input is a 4xx
// problem that changes nothing; the round's detail links its finding to the order; customers
// never see an order.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + std::string(64, 'p');

class FacilityFindings : public ApiTest {
 protected:
  std::int64_t first_id(const std::string& list) {
    return as("admin").get(list + "?limit=1").json().at("results").as_array().at(0).at("id").as_int64();
  }
  std::int64_t customer_of(const std::string& user) {
    return as(user).get("/api/v1/auth/me").json().at("user").at("customer_id").as_int64();
  }
  static json::object temp_item() {
    return json::object{{"key", "temp"}, {"label", "进风温度"}, {"kind", "reading"},
                        {"unit", "°C"},  {"min", 18},           {"max", 27}};
  }
  static json::object check_item(const char* key, const char* label) {
    return json::object{{"key", key}, {"label", label}, {"kind", "check"}};
  }
  static json::object visit(const char* checkpoint, const char* payload, json::array results) {
    return json::object{{"checkpoint", checkpoint}, {"payload", payload}, {"manual", true}, {"results", results}};
  }
  static json::object reading(double value) { return json::object{{"key", "temp"}, {"value", value}, {"unit", "°C"}}; }
  static json::object check(const char* key, bool ok) { return json::object{{"key", key}, {"ok", ok}}; }
  static std::string body_of(const json::object& o) { return json::serialize(o); }
};

TEST_P(FacilityFindings, R4_2_2_ARoomFindingOpensOneOrderThatIsRectifiedAndVerifiedByAnotherPerson) {
  auto ops = as("operations");
  auto tech = as("technical");
  const auto room = first_id("/api/v1/dcim/rooms");
  const auto acme = customer_of("acme.admin");
  auto r = tech.send_json(
      "POST", "/api/v1/dcim/racks",
      json::object{{"room_id", room}, {"name", "FINDINGS-ACME"}, {"status", "active"}, {"customer_id", acme}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto rack = r.json().at("id").as_int64();

  json::object route{
      {"name", "整改测试路线"},
      {"checkpoints", json::array{json::object{{"key", "room"},
                                               {"name", "B02 机房"},
                                               {"kind", "room"},
                                               {"ref_id", room},
                                               {"qr", "FND-ROOM"},
                                               {"items", json::array{temp_item(), check_item("leak", "无漏水")}}},
                                  json::object{{"key", "rack"},
                                               {"name", "客户机柜"},
                                               {"kind", "rack"},
                                               {"ref_id", rack},
                                               {"qr", "FND-RACK"},
                                               {"items", json::array{temp_item()}}}}}};
  r = ops.send_json("POST", "/api/v1/facility/patrol-templates", route);
  ASSERT_EQ(r.status, 201) << r.body;
  r = ops.send_json("POST", "/api/v1/facility/patrol-rounds", json::object{{"template_id", r.json().at("id")}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto round = r.json().at("id").as_int64();
  const auto path = "/api/v1/facility/patrol-rounds/" + std::to_string(round);
  const auto orders_of_round = "/api/v1/facility/findings?round=" + std::to_string(round);
  ASSERT_EQ(ops.request("POST", path + "/start").status, 200);

  // The room too warm, recorded three times by two people: one order for it.
  for (double t : {31.0, 32.0, 33.0}) {
    r = (t == 32.0 ? tech : ops)
            .send_json("POST", path + "/visits", visit("room", "FND-ROOM", {reading(t), check("leak", true)}));
    ASSERT_EQ(r.status, 200) << r.body;
  }
  // The customer's rack too warm: its incident, no order.
  r = ops.send_json("POST", path + "/visits", visit("rack", "FND-RACK", {reading(45)}));
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(ops.request("POST", path + "/submit").status, 200);
  EXPECT_EQ(ops.request("POST", path + "/submit").status, 409);

  auto orders = ops.get(orders_of_round).json();
  ASSERT_EQ(orders.at("count").as_int64(), 1) << json::serialize(orders);
  auto order = orders.at("results").at(0);
  EXPECT_EQ(order.at("checkpoint_kind"), "room");
  EXPECT_EQ(order.at("ref_id").as_int64(), room);
  EXPECT_EQ(order.at("item_label"), "进风温度");
  EXPECT_EQ(order.at("status"), "open");
  EXPECT_EQ(order.at("overdue"), false);
  EXPECT_NE(std::string(order.at("reading").as_string()).find("18–27"), std::string::npos);
  const auto id = order.at("id").as_int64();
  const auto order_path = "/api/v1/facility/findings/" + std::to_string(id);
  EXPECT_EQ(ops.get("/api/v1/facility/findings?room=" + std::to_string(room) + "&status=open").json().at("count"), 1);

  auto round_detail = ops.get(path).json();
  const auto& findings = round_detail.at("findings").as_array();
  ASSERT_EQ(findings.size(), 2u);
  for (const auto& f : findings) {
    if (f.at("checkpoint_key") == "room") {
      EXPECT_EQ(f.at("order_id").as_int64(), id);
      EXPECT_EQ(f.at("ticket_number"), nullptr);
    } else {
      EXPECT_EQ(f.at("order_id"), nullptr);
      const auto ticket = std::string(f.at("ticket_number").as_string());
      EXPECT_EQ(as("acme.admin").get("/api/v1/servicedesk/tickets?q=" + ticket).json().at("count"), 1);
    }
  }
  // Operations was told, with the link to the order.
  EXPECT_NE(ops.get("/api/v1/notifications?limit=50").body.find("/facility/findings/" + std::to_string(id)),
            std::string::npos);

  // Bad input: 4xx problems, nothing changes.
  auto unchanged = [&] {
    auto o = ops.get(order_path).json();
    EXPECT_EQ(o.at("order").at("status"), "open");
    EXPECT_EQ(o.at("order").at("assignee"), nullptr);
  };
  r = ops.send_json("POST", order_path + "/assign", json::object{});
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.header("content-type").value_or(""), "application/problem+json");
  r = ops.send_json("POST", order_path + "/assign", json::object{{"assignee", "acme.admin"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.finding.unknown_assignee");
  r = ops.send_json("POST", order_path + "/assign", json::object{{"assignee", "nobody-at-all"}});
  EXPECT_EQ(r.json().at("code"), "facility.finding.unknown_assignee");
  r = ops.send_json("POST", order_path + "/rectify", json::object{{"note", "换了密封条"}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json().at("code"), "workflow.invalid_transition");
  r = ops.send_json("POST", order_path + "/dismiss", json::object{{"note", ""}});
  EXPECT_EQ(r.status, 400) << r.body;
  r = ops.send_json("POST", "/api/v1/facility/findings/99999999/assign", json::object{{"assignee", "technical"}});
  EXPECT_EQ(r.status, 404) << r.body;
  EXPECT_EQ(ops.get("/api/v1/facility/findings?status=closed").status, 400);
  unchanged();

  // Assigned to technical, who rectifies it; technical cannot also verify it; operations does.
  r = ops.send_json("POST", order_path + "/assign", json::object{{"assignee", "technical"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("order").at("status"), "assigned");
  // A photo of the rectified spot: not a picture refused, a PNG kept and read back.
  r = tech.request("POST", order_path + "/photo", "not a picture", {{"Content-Type", "image/png"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.photo.type");
  EXPECT_EQ(ops.get(order_path).json().at("order").at("has_photo"), false);
  EXPECT_EQ(ops.get(order_path + "/photo").status, 404);
  r = tech.request("POST", order_path + "/photo", kPng, {{"Content-Type", "image/png"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("order").at("has_photo"), true);
  EXPECT_EQ(ops.get(order_path + "/photo").body, kPng);
  r = tech.send_json("POST", order_path + "/rectify", json::object{{"note", "空调回风滤网已清洗，温度恢复 24°C"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("order").at("rectified_by"), "technical");
  r = tech.send_json("POST", order_path + "/verify", json::object{});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.finding.same_person");
  EXPECT_EQ(ops.get(order_path).json().at("order").at("status"), "rectified");
  r = ops.send_json("POST", order_path + "/verify", json::object{{"note", "复测 23.5°C"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto done = r.json();
  EXPECT_EQ(done.at("order").at("status"), "verified");
  EXPECT_EQ(done.at("order").at("verified_by"), "operations");
  EXPECT_TRUE(done.at("actions").as_array().empty());
  std::vector<std::string> steps;
  for (const auto& s : done.at("timeline").as_array()) steps.emplace_back(s.at("action").as_string());
  EXPECT_EQ(steps, (std::vector<std::string>{"open", "assign", "rectify", "verify"}));
  // Closed: no further step.
  EXPECT_EQ(ops.send_json("POST", order_path + "/dismiss", json::object{{"note", "x"}}).status, 409);

  // Audited under the order.
  auto audit = as("admin").get("/api/v1/audit?object_type=facility.finding&object_id=" + std::to_string(id)).json();
  EXPECT_GE(audit.at("count").as_int64(), 4) << json::serialize(audit);

  // Customers see none of it.
  auto customer = as("acme.admin");
  EXPECT_GE(customer.get("/api/v1/facility/findings").status, 400);
  EXPECT_GE(customer.get(order_path).status, 400);
  EXPECT_GE(customer.send_json("POST", order_path + "/dismiss", json::object{{"note", "x"}}).status, 400);
  EXPECT_EQ(customer.get(order_path).body.find("B02"), std::string::npos);
}

TEST_P(FacilityFindings, R4_2_2_AnOrderIsDismissedAsNotADefectWithTheReason) {
  auto ops = as("operations");
  const auto room = first_id("/api/v1/dcim/rooms");
  auto r = ops.send_json("POST", "/api/v1/facility/assets",
                         json::object{{"code", "FND-UPS-1"},
                                      {"name", "整改测试 UPS"},
                                      {"kind", "ups"},
                                      {"model", "UPS-200"},
                                      {"serial", "SN-FND-UPS-1"},
                                      {"room_id", room}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto ups = r.json().at("id").as_int64();
  json::object route{{"name", "误报路线"},
                     {"checkpoints", json::array{json::object{{"key", "room"},
                                                              {"name", "C03 机房"},
                                                              {"kind", "room"},
                                                              {"ref_id", room},
                                                              {"qr", "FND-ROOM-2"},
                                                              {"items", json::array{check_item("door", "门禁正常")}}},
                                                 json::object{{"key", "ups"},
                                                              {"name", "整改测试 UPS"},
                                                              {"kind", "asset"},
                                                              {"ref_id", ups},
                                                              {"qr", "FND-UPS-1"},
                                                              {"items", json::array{check_item("alarm", "无告警")}}}}}};
  r = ops.send_json("POST", "/api/v1/facility/patrol-templates", route);
  ASSERT_EQ(r.status, 201) << r.body;
  r = ops.send_json("POST", "/api/v1/facility/patrol-rounds", json::object{{"template_id", r.json().at("id")}});
  const auto path = "/api/v1/facility/patrol-rounds/" + std::to_string(r.json().at("id").as_int64());
  ASSERT_EQ(ops.request("POST", path + "/start").status, 200);
  r = ops.send_json("POST", path + "/visits", visit("room", "FND-ROOM-2", {check("door", false)}));
  ASSERT_EQ(r.status, 200) << r.body;
  const auto id = r.json().at("findings").at(0).at("order_id").as_int64();
  const auto order_path = "/api/v1/facility/findings/" + std::to_string(id);
  // The UPS standing in the room alarms: its order is in the room's list too; another room's
  // list has none of them.
  const auto room_orders = "/api/v1/facility/findings?room=" + std::to_string(room);
  const auto before = ops.get(room_orders).json().at("count").as_int64();
  r = ops.send_json("POST", path + "/visits", visit("ups", "FND-UPS-1", {check("alarm", false)}));
  ASSERT_EQ(r.status, 200) << r.body;
  const auto ups_order = r.json().at("findings").at(1).at("order_id").as_int64();
  const auto by_room = ops.get(room_orders + "&limit=100").json();
  EXPECT_EQ(by_room.at("count").as_int64(), before + 1) << json::serialize(by_room);
  bool listed = false;
  for (const auto& o : by_room.at("results").as_array()) listed = listed || o.at("id").as_int64() == ups_order;
  EXPECT_TRUE(listed);
  EXPECT_EQ(ops.get("/api/v1/facility/findings?room=999999").json().at("count").as_int64(), 0);
  // The failed check is written in the reader's language on the order's timeline.
  for (auto [lang, text] : {std::pair{"zh-CN", "门禁正常：检查不合格"}, std::pair{"en-US", "门禁正常: check failed"}}) {
    r = ops.request("GET", order_path, "", {{"Accept-Language", lang}});
    ASSERT_EQ(r.status, 200) << r.body;
    const auto comment = std::string(r.json().at("timeline").at(0).at("comment").as_string());
    EXPECT_NE(comment.find(text), std::string::npos) << comment;
  }
  // Operations' home card counts the orders still to be worked; none is past its deadline yet.
  auto card = [&] {
    const auto home = ops.get("/api/v1/home").json();
    for (const auto& p : home.at("pages").as_array())
      for (const auto& c : p.at("cards").as_array())
        if (c.at("id") == "facility.findings_open") return c.at("data");
    return json::value();
  };
  const auto open_before = card().at("open").as_int64();
  EXPECT_GE(open_before, 2);
  EXPECT_EQ(card().at("overdue").as_int64(), 0);
  EXPECT_TRUE(card().at("earliest_deadline").is_string());
  const auto to_work = ops.get("/api/v1/facility/findings?closed=false&limit=1").json().at("count").as_int64();
  EXPECT_EQ(to_work, open_before);
  r = ops.send_json("POST", order_path + "/dismiss", json::object{{"note", "读卡器误报，现场门禁正常"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(card().at("open").as_int64(), open_before - 1);
  EXPECT_EQ(ops.get("/api/v1/facility/findings?closed=false").json().at("count").as_int64(), to_work - 1);
  const auto closed = ops.get("/api/v1/facility/findings?closed=true&limit=100").json();
  bool in_closed = false;
  for (const auto& o : closed.at("results").as_array()) in_closed = in_closed || o.at("id").as_int64() == id;
  EXPECT_TRUE(in_closed);
  EXPECT_EQ(ops.get("/api/v1/facility/findings?closed=maybe").status, 400);
  EXPECT_EQ(r.json().at("order").at("status"), "dismissed");
  EXPECT_EQ(r.json().at("order").at("dismiss_reason"), "读卡器误报，现场门禁正常");
  EXPECT_NE(r.json().at("order").at("closed_at"), nullptr);
  // Closed: no photo any more.
  r = ops.request("POST", order_path + "/photo", kPng, {{"Content-Type", "image/png"}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.finding.no_photo_now");
}

}  // namespace

COLO_INSTANTIATE_API_TEST(FacilityFindings);

}  // namespace colo::testing
