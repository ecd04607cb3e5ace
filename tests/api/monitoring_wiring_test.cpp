// Monitoring wired to the service desk through the real server on SQLite and PostgreSQL: pushed
// device_up samples with a ten-minute outage become a stored device day when the availability job
// runs (once: a second run stores nothing), and the customer's month of indicators shows those ten
// minutes, merged with an overlapping outage recorded by hand rather than added to it; a room temperature that fires,
// recovers and fires again opens one incident for the customer whose series it is, with the recovery and the second
// firing as comments on it; a port's pushed rates reach the usage meter linked to its ledger interface, five-minute
// averages and 95th percentile; the alert figures are on /metrics.
#include <unistd.h>

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <chrono>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::int64_t ms_of(const std::string& date, int hour) {
  std::tm tm{};
  strptime(date.c_str(), "%Y-%m-%d", &tm);
  return (static_cast<std::int64_t>(timegm(&tm)) + hour * 3600) * 1000;
}

int days_in_month(const std::string& date) {
  const int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(5, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

class MonitoringWiring : public ApiTest {
 protected:
  std::int64_t customer_of(const std::string& user) {
    return as(user).get("/api/v1/auth/me").json().at("user").as_object().at("customer_id").as_int64();
  }
  void push(const json::array& rows) {
    auto r = as("operations").send_json("POST", "/api/v1/monitoring/samples", json::object{{"samples", rows}});
    ASSERT_EQ(r.status, 200) << r.body;
  }
  std::string run_job(const std::string& job) {
    auto [rc, out] = server().run_cli({"jobs", "run", job});
    EXPECT_EQ(rc, 0) << out;
    return out;
  }
};

TEST_P(MonitoringWiring, AMonitoredOutageOfTenMinutesShowsInTheCustomersMonth) {
  const std::int64_t acme = customer_of("acme.user");
  auto devices = as("acme.user").get("/api/v1/dcim/devices?limit=1");
  ASSERT_EQ(devices.status, 200) << devices.body;
  ASSERT_FALSE(devices.json().at("results").as_array().empty());
  const auto device = std::to_string(devices.json().at("results").as_array()[0].at("id").as_int64());
  // Two days ago (a whole day in the past in Asia/Shanghai), one check a minute from 11:00 to
  // 13:00 local time; no answer from 12:00 to 12:09, answers again at 12:10.
  const std::string date = day(-2);
  const std::int64_t t0 = ms_of(date, 3);
  json::array rows;
  for (int i = 0; i <= 120; ++i)
    rows.push_back(json::object{{"metric", "device_up"},
                                {"labels", json::object{{"device_id", device}, {"customer_id", std::to_string(acme)}}},
                                {"t", t0 + i * 60'000},
                                {"value", i >= 60 && i < 70 ? 0 : 1}});
  push(rows);
  // The job fills in the seven days before today: the device's day with samples, and six days
  // without any, stored as unmeasured rather than as whole days up.
  auto first = run_job("monitoring-availability");
  EXPECT_NE(first.find("7 computed (6 without samples, 0 again after late samples)"), std::string::npos) << first;
  // Computed once: the day is stored, a second run leaves it.
  auto again = run_job("monitoring-availability");
  EXPECT_NE(again.find("0 computed"), std::string::npos) << again;

  auto ind = as("acme.user").get("/api/v1/servicedesk/levels/indicators?month=" + date.substr(0, 7));
  ASSERT_EQ(ind.status, 200) << ind.body;
  const auto a = ind.json().at("availability");
  EXPECT_TRUE(a.at("measured").as_bool()) << ind.body;
  EXPECT_EQ(a.at("outage_minutes").as_int64(), 10) << ind.body;
  // Only the one measured day is judged: the month's other days count neither as up nor as down,
  // so ten minutes down is 99.31 %, not the 99.98 % of a month assumed up.
  const std::int64_t month_minutes = days_in_month(date) * 1440;
  EXPECT_EQ(a.at("minutes_in_period").as_int64(), 1440) << ind.body;
  EXPECT_EQ(a.at("unmeasured_minutes").as_int64(), month_minutes - 1440) << ind.body;
  EXPECT_EQ(a.at("availability_ppm").as_int64(), 1430 * 1000000 / 1440) << ind.body;
  // An outage recorded by hand from 12:05 to 12:20 overlaps the monitored one: together they are
  // twenty minutes, not twenty-five.
  auto recorded = as("operations")
                      .send_json("POST", "/api/v1/servicedesk/levels/outages",
                                 json::object{{"customer_id", acme},
                                              {"started_at", date + "T04:05:00Z"},
                                              {"ended_at", date + "T04:20:00Z"},
                                              {"cause", "上联光纤中断"}});
  ASSERT_EQ(recorded.status, 201) << recorded.body;
  auto both = as("acme.user").get("/api/v1/servicedesk/levels/indicators?month=" + date.substr(0, 7));
  ASSERT_EQ(both.status, 200) << both.body;
  EXPECT_EQ(both.json().at("availability").at("outage_minutes").as_int64(), 20) << both.body;
  // Readings of that day pushed late (13:01 to 14:00, down from 13:30 to 13:44) make its stored
  // figure stale: the next run computes that day again, and the month shows the 15 more minutes.
  json::array late;
  for (int i = 121; i <= 180; ++i)
    late.push_back(json::object{{"metric", "device_up"},
                                {"labels", json::object{{"device_id", device}, {"customer_id", std::to_string(acme)}}},
                                {"t", t0 + i * 60'000},
                                {"value", i >= 150 && i < 165 ? 0 : 1}});
  push(late);
  auto recomputed = run_job("monitoring-availability");
  EXPECT_NE(recomputed.find("1 computed (0 without samples, 1 again after late samples)"), std::string::npos)
      << recomputed;
  EXPECT_NE(run_job("monitoring-availability").find("0 computed"), std::string::npos);
  auto later = as("acme.user").get("/api/v1/servicedesk/levels/indicators?month=" + date.substr(0, 7));
  EXPECT_EQ(later.json().at("availability").at("outage_minutes").as_int64(), 35) << later.body;
  // Another customer's month knows nothing of it.
  auto other = as("zenith.admin").get("/api/v1/servicedesk/levels/indicators?month=" + date.substr(0, 7));
  ASSERT_EQ(other.status, 200) << other.body;
  EXPECT_EQ(other.json().at("availability").at("outage_minutes").as_int64(), 0);
}

TEST_P(MonitoringWiring, AnAlertFiringTwiceOpensOneIncidentAndCommentsOnIt) {
  const std::int64_t acme = customer_of("acme.user");
  auto rooms = as("operations").get("/api/v1/dcim/rooms?limit=1");
  ASSERT_EQ(rooms.status, 200) << rooms.body;
  const auto room = std::to_string(rooms.json().at("results").as_array()[0].at("id").as_int64());
  // One reading a minute: cool, over 27 °C for seven minutes (fires), back at 25 for twelve
  // (recovers), over again for seven (fires again).
  std::vector<double> v(3, 25);
  v.insert(v.end(), 7, 29);
  v.insert(v.end(), 12, 25);
  v.insert(v.end(), 7, 29);
  const std::int64_t t0 = (now_ms() / 60'000 - static_cast<std::int64_t>(v.size()) - 1) * 60'000;
  json::array rows;
  for (std::size_t i = 0; i < v.size(); ++i)
    rows.push_back(json::object{{"metric", "sensor_temperature_celsius"},
                                {"labels", json::object{{"room_id", room},
                                                        {"sensor", "incident-" + std::to_string(getpid())},
                                                        {"customer_id", std::to_string(acme)}}},
                                {"t", t0 + static_cast<std::int64_t>(i) * 60'000},
                                {"value", v[i]}});
  push(rows);
  run_job("monitoring-rules");
  run_job("monitoring-rules");  // the same samples again change nothing

  auto list = as("operations").get("/api/v1/servicedesk/tickets?type=incident&limit=100");
  ASSERT_EQ(list.status, 200) << list.body;
  std::vector<std::int64_t> ids;
  const auto listed = list.json();
  for (const auto& t : listed.at("results").as_array())
    if (t.at("channel").as_string() == "alert") {
      ids.push_back(t.at("id").as_int64());
      EXPECT_EQ(t.at("customer_id").as_int64(), acme);
      EXPECT_EQ(t.at("priority").as_string(), "P1");  // a room too hot is critical
    }
  ASSERT_EQ(ids.size(), 1u) << list.body;
  // The customer sees its incident with the recovery and the second firing as public comments.
  auto detail = as("acme.user").get("/api/v1/servicedesk/tickets/" + std::to_string(ids[0]));
  ASSERT_EQ(detail.status, 200) << detail.body;
  const auto d = detail.json();
  const auto& comments = d.at("comments").as_array();
  ASSERT_EQ(comments.size(), 2u) << detail.body;
  EXPECT_NE(std::string(comments[0].at("body").as_string()).find("自动恢复"), std::string::npos) << detail.body;
  EXPECT_NE(std::string(comments[1].at("body").as_string()).find("再次触发"), std::string::npos) << detail.body;
  // A series labelled with a customer that does not exist still raises its alert, with no incident.
  rows.clear();
  for (std::size_t i = 0; i < v.size(); ++i)
    rows.push_back(json::object{{"metric", "sensor_temperature_celsius"},
                                {"labels", json::object{{"room_id", room},
                                                        {"sensor", "nobody-" + std::to_string(getpid())},
                                                        {"customer_id", "987654321"}}},
                                {"t", t0 + static_cast<std::int64_t>(i) * 60'000},
                                {"value", v[i]}});
  push(rows);
  run_job("monitoring-rules");
  auto nobody = as("operations").get("/api/v1/monitoring/alerts?q=nobody-" + std::to_string(getpid()));
  ASSERT_EQ(nobody.status, 200) << nobody.body;
  EXPECT_EQ(nobody.json().at("results").as_array().size(), 2u) << nobody.body;
  auto after = as("operations").get("/api/v1/servicedesk/tickets?type=incident&limit=100");
  ASSERT_EQ(after.status, 200);
  EXPECT_EQ(after.json().at("count").as_int64(), list.json().at("count").as_int64()) << after.body;
  // Another customer cannot see it.
  EXPECT_EQ(as("zenith.admin").get("/api/v1/servicedesk/tickets/" + std::to_string(ids[0])).status, 404);
}

TEST_P(MonitoringWiring, APortsPushedRatesReachItsUsageMeterAndItsNinetyFifthPercentile) {
  const std::int64_t acme = customer_of("acme.user");
  const std::string interface_id = std::to_string(700000 + getpid() % 100000);
  auto meter = as("operations")
                   .send_json("POST", "/api/v1/usage/meters",
                              json::object{{"customer_id", acme},
                                           {"kind", "bandwidth"},
                                           {"name", "CORE-SW-01 xe-0/0/" + interface_id},
                                           {"interface_id", std::stoll(interface_id)}});
  ASSERT_EQ(meter.status, 201) << meter.body;
  const auto id = std::to_string(meter.json().at("id").as_int64());
  // An hour of one reading a minute: 100 Mbit/s in, 40 to 60 Mbit/s out (50 on average in
  // every five minutes).
  const std::int64_t t0 = (now_ms() / 300'000 - 12) * 300'000;
  json::array rows;
  for (int i = 0; i < 60; ++i) {
    const json::object labels{{"device_id", "9001"}, {"if_index", "1"}, {"interface_id", interface_id}};
    rows.push_back(
        json::object{{"metric", "if_in_bits_per_second"}, {"labels", labels}, {"t", t0 + i * 60'000}, {"value", 1e8}});
    const double out[] = {4e7, 5e7, 6e7, 5e7, 5e7};
    rows.push_back(json::object{
        {"metric", "if_out_bits_per_second"}, {"labels", labels}, {"t", t0 + i * 60'000}, {"value", out[i % 5]}});
  }
  // A second port whose agent reports nonsense (20 Tbit/s): its meter refuses the rates, and the
  // first meter is fed all the same.
  const std::string bad_interface = std::to_string(std::stoll(interface_id) + 1);
  ASSERT_EQ(as("operations")
                .send_json("POST", "/api/v1/usage/meters",
                           json::object{{"customer_id", acme},
                                        {"kind", "bandwidth"},
                                        {"name", "CORE-SW-01 xe-0/0/" + bad_interface},
                                        {"interface_id", std::stoll(bad_interface)}})
                .status,
            201);
  for (int i = 0; i < 60; ++i)
    rows.push_back(json::object{
        {"metric", "if_in_bits_per_second"},
        {"labels", json::object{{"device_id", "9001"}, {"if_index", "2"}, {"interface_id", bad_interface}}},
        {"t", t0 + i * 60'000},
        {"value", 2e13}});
  push(rows);
  auto first = run_job("usage-from-monitoring");
  EXPECT_NE(first.find("1 meter(s)"), std::string::npos) << first;
  EXPECT_NE(first.find("1 refused"), std::string::npos) << first;
  auto again = run_job("usage-from-monitoring");
  EXPECT_NE(again.find(" 0 new, 0 replaced"), std::string::npos) << again;  // copied once

  auto series = as("acme.user").get("/api/v1/usage/meters/" + id + "/series?step=5m");
  ASSERT_EQ(series.status, 200) << series.body;
  const auto sj = series.json();
  const auto& points = sj.at("points").as_array();
  ASSERT_GE(points.size(), 10u) << series.body;
  for (const auto& p : points) {
    EXPECT_EQ(p.at("in_avg").as_int64(), 100'000'000) << series.body;
    EXPECT_EQ(p.at("out_avg").as_int64(), 50'000'000) << series.body;
  }
  EXPECT_EQ(sj.at("p95_bps").as_int64(), 100'000'000) << series.body;
}

TEST_P(MonitoringWiring, TheAlertFiguresAreOnMetrics) {
  auto m = client().get("/metrics");
  ASSERT_EQ(m.status, 200);
  for (const char* name : {"colo_alerts_firing_critical", "colo_alerts_firing_warning", "colo_alerts_firing_info",
                           "colo_alert_evaluations_total", "colo_alert_evaluation_errors_total"})
    EXPECT_NE(m.body.find(name), std::string::npos) << name;
}

COLO_INSTANTIATE_API_TEST(MonitoringWiring);

}  // namespace
}  // namespace colo::testing
