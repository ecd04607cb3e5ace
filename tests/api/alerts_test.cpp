// Alerts through the real server on SQLite and PostgreSQL: a noisy room temperature pushed through
// POST /api/v1/monitoring/samples raises one alert that recovers once when the rules job runs
// (twice, as the server's own minute job may also have run); acknowledge and resolve with their
// history; customers read only their own alerts and cannot act on them; maintenance windows need
// notice unless an emergency; availability is confined to the caller's customer.
#include <unistd.h>

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <chrono>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string unique(const std::string& prefix) {
  static int n = 0;
  return prefix + std::to_string(getpid()) + "_" + std::to_string(now_ms()) + "_" + std::to_string(++n);
}

class Alerts : public ApiTest {
 protected:
  std::int64_t customer_of(const std::string& user) {
    return as(user).get("/api/v1/auth/me").json().at("user").as_object().at("customer_id").as_int64();
  }
  // A room of the demo data with its limits (18–27 °C unless changed).
  std::int64_t room() {
    auto r = as("operations").get("/api/v1/dcim/rooms?limit=1");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().at("results").as_array()[0].at("id").as_int64();
  }
  // One temperature reading a minute ending a minute ago, labelled with a sensor of its own.
  void push(const std::string& sensor, std::int64_t room_id, std::int64_t customer, const std::vector<double>& values) {
    const std::int64_t t0 = (now_ms() / 60'000 - static_cast<std::int64_t>(values.size()) - 1) * 60'000;
    json::array rows;
    for (std::size_t i = 0; i < values.size(); ++i)
      rows.push_back(json::object{{"metric", "sensor_temperature_celsius"},
                                  {"labels", json::object{{"room_id", std::to_string(room_id)},
                                                          {"sensor", sensor},
                                                          {"customer_id", std::to_string(customer)}}},
                                  {"t", t0 + static_cast<std::int64_t>(i) * 60'000},
                                  {"value", values[i]}});
    auto r = as("operations").send_json("POST", "/api/v1/monitoring/samples", json::object{{"samples", rows}});
    ASSERT_EQ(r.status, 200) << r.body;
  }
  void run_rules() {
    auto [rc, out] = server().run_cli({"jobs", "run", "monitoring-rules"});
    ASSERT_EQ(rc, 0) << out;
  }
  json::array alerts_of(HttpClient& c, const std::string& sensor) {
    auto r = c.get("/api/v1/monitoring/alerts?q=" + sensor);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? r.json().at("results").as_array() : json::array{};
  }
};

TEST_P(Alerts, NoisyTemperatureFiresOnceAndRecoversOnce) {
  auto ops = as("operations");
  const std::string sensor = unique("noisy");
  const std::int64_t acme = customer_of("acme.user");
  // Cool, then over 27 °C with dips to 26.8 (between the firing and the recovery threshold),
  // then at 25.5 with one rise to 26.5 that restarts the ten-minute recovery.
  std::vector<double> v = {25, 25, 25};
  for (int i = 0; i < 20; ++i) v.push_back(i % 3 == 2 ? 26.8 : 27.6);
  for (int i = 0; i < 6; ++i) v.push_back(25.5);
  v.push_back(26.5);
  for (int i = 0; i < 12; ++i) v.push_back(25.5);
  push(sensor, room(), acme, v);
  run_rules();
  run_rules();
  auto list = alerts_of(ops, sensor);
  ASSERT_EQ(list.size(), 1u);
  const auto& a = list[0].as_object();
  EXPECT_EQ(a.at("state").as_string(), "resolved");
  EXPECT_EQ(a.at("severity").as_string(), "critical");
  EXPECT_EQ(a.at("customer_id").as_int64(), acme);
  auto id = std::to_string(a.at("id").as_int64());
  auto detail = ops.get("/api/v1/monitoring/alerts/" + id);
  ASSERT_EQ(detail.status, 200) << detail.body;
  auto history = detail.json().at("history").as_array();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].at("kind").as_string(), "fired");
  EXPECT_EQ(history[1].at("kind").as_string(), "recovered");

  // The customer reads its own alert; another customer gets 404.
  auto mine = as("acme.user");
  EXPECT_EQ(alerts_of(mine, sensor).size(), 1u);
  EXPECT_EQ(mine.get("/api/v1/monitoring/alerts/" + id).status, 200);
  auto zenith = as("zenith.admin");
  EXPECT_TRUE(alerts_of(zenith, sensor).empty());
  EXPECT_EQ(zenith.get("/api/v1/monitoring/alerts/" + id).status, 404);
}

TEST_P(Alerts, AcknowledgeAndResolveWithHistoryAndCustomersReadOnly) {
  auto ops = as("operations");
  const std::string sensor = unique("hot");
  const std::int64_t acme = customer_of("acme.user");
  push(sensor, room(), acme, std::vector<double>(10, 30));
  run_rules();
  auto list = alerts_of(ops, sensor);
  ASSERT_EQ(list.size(), 1u);
  auto id = std::to_string(list[0].at("id").as_int64());
  EXPECT_EQ(list[0].at("state").as_string(), "firing");

  auto customer = as("acme.admin");
  auto denied = customer.send_json("POST", "/api/v1/monitoring/alerts/" + id + "/acknowledge", json::object{});
  EXPECT_EQ(denied.status, 403) << denied.body;

  auto ack = ops.send_json("POST", "/api/v1/monitoring/alerts/" + id + "/acknowledge",
                           json::object{{"comment", "空调检修中"}});
  ASSERT_EQ(ack.status, 200) << ack.body;
  EXPECT_EQ(ack.json().at("state").as_string(), "acknowledged");
  auto again = ops.send_json("POST", "/api/v1/monitoring/alerts/" + id + "/acknowledge", json::object{});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json().at("code").as_string(), "monitoring.alert.not_firing");
  auto bad = ops.send_json("POST", "/api/v1/monitoring/alerts/" + id + "/resolve", json::object{{"comment", 5}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  auto resolved =
      ops.send_json("POST", "/api/v1/monitoring/alerts/" + id + "/resolve", json::object{{"comment", "压缩机已更换"}});
  ASSERT_EQ(resolved.status, 200) << resolved.body;
  auto history = resolved.json().at("history").as_array();
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[1].at("comment").as_string(), "空调检修中");
  EXPECT_EQ(history[2].at("kind").as_string(), "resolved");
  EXPECT_EQ(ops.send_json("POST", "/api/v1/monitoring/alerts/" + id + "/resolve", json::object{}).status, 409);
  EXPECT_EQ(ops.send_json("POST", "/api/v1/monitoring/alerts/999999999/resolve", json::object{}).status, 404);
}

TEST_P(Alerts, MaintenanceNeedsNoticeOrAnEmergencyReason) {
  auto ops = as("operations");
  auto soon = std::chrono::system_clock::now() + std::chrono::hours(2);
  auto iso = [](std::chrono::system_clock::time_point t) {
    std::time_t s = std::chrono::system_clock::to_time_t(t);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&s));
    return std::string(buf);
  };
  json::object w{{"scope", "room"},
                 {"scope_id", room()},
                 {"starts_at", iso(soon)},
                 {"ends_at", iso(soon + std::chrono::hours(1))},
                 {"title", "配电柜检修"}};
  auto early = ops.send_json("POST", "/api/v1/monitoring/maintenance", w);
  ASSERT_EQ(early.status, 400) << early.body;
  EXPECT_NE(early.body.find("monitoring.maintenance.short_notice"), std::string::npos);
  w["emergency"] = true;
  EXPECT_EQ(ops.send_json("POST", "/api/v1/monitoring/maintenance", w).status, 400);
  w["reason"] = "断路器过热";
  auto made = ops.send_json("POST", "/api/v1/monitoring/maintenance", w);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(as("acme.user").send_json("POST", "/api/v1/monitoring/maintenance", w).status, 403);
  auto listed = ops.get("/api/v1/monitoring/maintenance");
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_FALSE(listed.json().at("items").as_array().empty());
}

// Over HTTP: a planned window is read and changed before it starts, a customer with no series in
// its scope gets 404 and may not change it, a cancelled window is gone, a start too soon is refused.
TEST_P(Alerts, MaintenanceIsChangedAndCancelledBeforeItStarts) {
  auto ops = as("operations");
  auto iso = [](std::chrono::system_clock::time_point t) {
    std::time_t s = std::chrono::system_clock::to_time_t(t);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&s));
    return std::string(buf);
  };
  auto ahead = std::chrono::system_clock::now() + std::chrono::hours(72);
  json::object w{{"scope", "room"},
                 {"scope_id", room()},
                 {"starts_at", iso(ahead)},
                 {"ends_at", iso(ahead + std::chrono::hours(1))},
                 {"title", "冷水机组保养"}};
  auto made = ops.send_json("POST", "/api/v1/monitoring/maintenance", w);
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string path = "/api/v1/monitoring/maintenance/" + std::to_string(made.json().at("id").as_int64());
  EXPECT_EQ(ops.get(path).json().at("title").as_string(), "冷水机组保养");
  EXPECT_EQ(as("zenith.admin").get(path).status, 404);
  EXPECT_EQ(as("zenith.admin").send_json("PUT", path, w).status, 403);

  w["title"] = "冷水机组保养（改期）";
  w["starts_at"] = iso(ahead + std::chrono::hours(24));
  w["ends_at"] = iso(ahead + std::chrono::hours(25));
  auto changed = ops.send_json("PUT", path, w);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(ops.get(path).json().at("title").as_string(), "冷水机组保养（改期）");
  w["starts_at"] = iso(std::chrono::system_clock::now() + std::chrono::hours(1));
  auto soon = ops.send_json("PUT", path, w);
  EXPECT_EQ(soon.status, 400) << soon.body;
  EXPECT_NE(soon.body.find("monitoring.maintenance.short_notice"), std::string::npos);

  EXPECT_EQ(ops.send_json("POST", path + "/cancel", json::object{}).status, 204);
  EXPECT_EQ(ops.get(path).status, 404);
  EXPECT_EQ(ops.send_json("POST", path + "/cancel", json::object{}).status, 404);
}

TEST_P(Alerts, AvailabilityIsConfinedToTheCallersCustomer) {
  const std::int64_t acme = customer_of("acme.user");
  std::string q = "/api/v1/monitoring/availability?customer=" + std::to_string(acme) +
                  "&from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z";
  EXPECT_EQ(as("operations").get(q).status, 200);
  EXPECT_EQ(as("acme.user").get(q).status, 200);
  EXPECT_EQ(as("zenith.admin").get(q).status, 404);
  EXPECT_EQ(as("operations").get("/api/v1/monitoring/availability?customer=1&from=x").status, 400);
}

TEST_P(Alerts, AdviceNamesTheRoomThatRanOutOfRangeForOperationsOnly) {
  auto ops = as("operations");
  const std::int64_t room_id = room();
  push(unique("advice"), room_id, customer_of("acme.user"), std::vector<double>(10, 31));
  run_rules();
  auto iso = [](std::int64_t ms) {
    std::time_t s = ms / 1000;
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&s));
    return std::string(buf);
  };
  std::string period = "from=" + iso(now_ms() - 3'600'000) + "&to=" + iso(now_ms() + 3'600'000);
  auto r = ops.get("/api/v1/monitoring/advice?" + period);
  ASSERT_EQ(r.status, 200) << r.body;
  bool found = false;
  auto body = r.json();
  for (const auto& a : body.at("items").as_array()) {
    if (a.at("kind").as_string() != "room.out_of_range") continue;
    found = true;
    EXPECT_NE(a.at("action").as_string(), a.at("action_key").as_string());  // rendered from the catalogue
  }
  EXPECT_TRUE(found) << r.body;
  // A customer gets only its own ports and feeds: no rooms; another customer's advice is 404.
  auto mine = as("acme.user").get("/api/v1/monitoring/advice?" + period);
  ASSERT_EQ(mine.status, 200) << mine.body;
  auto mine_body = mine.json();
  for (const auto& a : mine_body.at("items").as_array()) EXPECT_NE(a.at("kind").as_string(), "room.out_of_range");
  EXPECT_EQ(as("zenith.admin")
                .get("/api/v1/monitoring/advice?customer=" + std::to_string(customer_of("acme.user")) + "&" + period)
                .status,
            404);
}

COLO_INSTANTIATE_API_TEST(Alerts);

}  // namespace
}  // namespace colo::testing
