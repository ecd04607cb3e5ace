// Shared steps of the applications and contracts API tests: a room of empty racks of our own (so
// that placements are predictable on the shared demo server), an application taken through the
// approval, dates relative to today.
#pragma once

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>

#include <unistd.h>

#include "core/business_calendar.hpp"
#include "support/server_process.hpp"

namespace colo::testing::hosting {

namespace json = boost::json;

// Today in a business time zone plus `days`, as YYYY-MM-DD.
inline std::string day_in(const std::string& zone, int days = 0) {
  return format_date(add_days(BusinessCalendar::in_zone(zone).value().date_of(SystemClock().now()), days));
}

// Today plus `days` in the server's calendar (its default business time zone).
inline std::string day(int days = 0) { return day_in("Asia/Shanghai", days); }

// A YYYY-MM-DD date moved by `days`.
inline std::string shift(const std::string& date, int days) {
  using namespace std::chrono;
  int y = 0;
  unsigned m = 0, d = 0;
  std::sscanf(date.c_str(), "%d-%u-%u", &y, &m, &d);
  year_month_day t{sys_days(year_month_day{year{y}, month{m}, std::chrono::day{d}}) + std::chrono::days(days)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(t.year()), static_cast<unsigned>(t.month()),
                static_cast<unsigned>(t.day()));
  return buf;
}

inline std::string unique(const std::string& prefix) {
  static std::atomic<int> n{0};
  return prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(++n);
}

inline std::string id_of(const HttpResponse& r) { return std::to_string(r.json().at("id").as_int64()); }

template <class Client>
std::int64_t customer_of(Client&& c) {
  return c.get("/api/v1/auth/me").json().at("user").at("customer_id").as_int64();
}

// A site with an uplink, a room and `racks` empty 42U racks with 10 kW on each feed.
struct Room {
  std::int64_t site = 0, room = 0;
  std::vector<std::int64_t> racks;
};

inline Room make_room(HttpClient& admin, int racks = 2, std::int64_t uplink_mbps = 10000, std::int64_t feed_w = 10000) {
  Room out;
  auto name = unique("hosting-site");
  auto site = admin.send_json("POST", "/api/v1/dcim/sites",
                              json::object{{"name", name}, {"slug", name}, {"uplink_mbps", uplink_mbps}});
  EXPECT_EQ(site.status, 201) << site.body;
  out.site = site.json().at("id").as_int64();
  auto room = admin.send_json("POST", "/api/v1/dcim/rooms", json::object{{"site_id", out.site}, {"name", "Hall"}});
  EXPECT_EQ(room.status, 201) << room.body;
  out.room = room.json().at("id").as_int64();
  for (int i = 0; i < racks; ++i) {
    auto rack = admin.send_json("POST", "/api/v1/dcim/racks",
                                json::object{{"room_id", out.room},
                                             {"name", "R" + std::to_string(i + 1)},
                                             {"u_height", 42},
                                             {"power_a_w", feed_w},
                                             {"power_b_w", feed_w},
                                             {"max_weight_kg", 1000}});
    EXPECT_EQ(rack.status, 201) << rack.body;
    out.racks.push_back(rack.json().at("id").as_int64());
  }
  return out;
}

// Two 2U servers of the customer's own description, in `room`, starting today.
inline json::object application_body(std::int64_t room, int count = 2) {
  return json::object{
      {"devices",
       json::array{json::object{
           {"label", "Customer server 2U"}, {"u_height", 2}, {"power_w", 500}, {"weight_kg", 25.5}, {"count", count}}}},
      {"room_id", room},
      {"space", "units"},
      {"power_kw", 1.5},
      {"redundant", true},
      {"bandwidth_mbps", 100},
      {"ipv4_count", 0},
      {"start_date", day(0)},
      {"term_months", 12},
      {"extra_services", json::array{"remote_hands"}}};
}

template <class Client>
HttpResponse act(Client&& c, const std::string& app, const std::string& action, const std::string& comment = "") {
  json::object body{{"action", action}};
  if (!comment.empty()) body["comment"] = comment;
  return c.send_json("POST", "/api/v1/applications/" + app + "/transitions", body);
}

template <class Client>
std::string status_of(Client&& c, const std::string& app) {
  return std::string(c.get("/api/v1/applications/" + app).json().at("status").as_string());
}

// Created and submitted by acme.user: in business review.
inline std::string submitted(ServerProcess& s, std::int64_t room, int count = 2) {
  auto customer = login(s, "acme.user");
  auto created = customer.send_json("POST", "/api/v1/applications", application_body(room, count));
  EXPECT_EQ(created.status, 201) << created.body;
  auto id = id_of(created);
  auto r = act(customer, id, "submit");
  EXPECT_EQ(r.status, 200) << r.body;
  return id;
}

// Through business review and an accepted feasibility proposal: in technical review.
inline std::string accepted(ServerProcess& s, std::int64_t room, int count = 2) {
  auto id = submitted(s, room, count);
  auto business = login(s, "business");
  auto r = act(business, id, "approve");
  EXPECT_EQ(r.status, 200) << r.body;
  auto technical = login(s, "technical");
  auto a = technical.request("POST", "/api/v1/applications/" + id + "/feasibility/accept");
  EXPECT_EQ(a.status, 200) << a.body;
  return id;
}

// Approved by all three departments.
inline std::string approved(ServerProcess& s, std::int64_t room, int count = 2) {
  auto id = accepted(s, room, count);
  auto technical = login(s, "technical");
  EXPECT_EQ(act(technical, id, "approve").status, 200);
  auto management = login(s, "management");
  auto r = act(management, id, "approve");
  EXPECT_EQ(r.status, 200) << r.body;
  return id;
}

inline json::array line_items() {
  return json::array{json::object{{"service", "rack_space"},
                                  {"description", "4U"},
                                  {"quantity", 4},
                                  {"unit_price_fen", 80000},
                                  {"billing_cycle", "monthly"}},
                     json::object{{"service", "power"},
                                  {"description", "1.5 kW A+B"},
                                  {"quantity", 1},
                                  {"unit_price_fen", 120000},
                                  {"billing_cycle", "monthly"}}};
}

// The body that drafts a contract from approved application `app`, with the terms the suites use.
inline json::object contract_body(const std::string& app) {
  return json::object{{"application_id", std::stoll(app)},
                      {"line_items", line_items()},
                      {"sla_availability_bp", 9995},
                      {"sla_response_minutes", 15},
                      {"late_fee_bp_per_day", 5},
                      {"confidentiality_years", 5},
                      {"notice_days", 30}};
}

}  // namespace colo::testing::hosting
