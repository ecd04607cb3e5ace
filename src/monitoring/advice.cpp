#include "monitoring/advice.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "db/cursor.hpp"

namespace colo::monitoring {

namespace {

constexpr std::string_view kPorts =
    "SELECT i.device_id, i.if_index, d.device_name, i.name, d.customer_id, i.speed_bps FROM monitoring_interfaces i "
    "JOIN monitoring_devices d ON d.device_id = i.device_id WHERE i.speed_bps > 0 ORDER BY i.device_id, i.if_index";
constexpr std::string_view kFeeds =
    "SELECT f.rack_id, r.name, f.name, r.customer_id, f.capacity_w FROM dcim_power_feeds f "
    "JOIN dcim_racks r ON r.id = f.rack_id WHERE f.capacity_w > 0 ORDER BY f.rack_id, f.id";
constexpr std::string_view kRoomAlerts =
    "SELECT a.room_id, COUNT(*) FROM monitoring_alerts a WHERE a.room_id IS NOT NULL AND a.fired_at >= $1 "
    "AND a.fired_at < $2 AND (a.metric = 'sensor_temperature_celsius' OR a.metric = 'sensor_humidity_percent') "
    "GROUP BY a.room_id ORDER BY a.room_id";
constexpr std::string_view kRoomName = "SELECT name FROM dcim_rooms WHERE id = $1";

std::string percent_text(double fraction) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", fraction * 100);
  return buf;
}

// Five-minute averages of every series of `metric` with the labels, as one list per series.
Result<std::vector<std::vector<tsdb::Point>>> averages(tsdb::Store& store, const std::string& metric,
                                                       tsdb::Labels labels, Interval period) {
  std::vector<std::vector<tsdb::Point>> out;
  COLO_TRY(auto series, store.find_series({metric, tsdb::normalise(std::move(labels))}, std::nullopt, 100));
  for (const auto& s : series) {
    COLO_TRY(auto points, store.five_minute_averages(s.id, period.from_ms, period.to_ms));
    out.push_back(std::move(points));
  }
  return out;
}

}  // namespace

std::optional<double> p95(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  auto rank = static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(values.size())));
  auto k = values.begin() + static_cast<std::ptrdiff_t>(std::max<std::size_t>(rank, 1) - 1);
  std::nth_element(values.begin(), k, values.end());
  return *k;
}

std::vector<Advice> advise(const std::vector<PortUsage>& ports, const std::vector<FeedPower>& feeds,
                           const std::vector<RoomExcursions>& rooms, AdviceLevels levels) {
  std::vector<Advice> out;
  for (const auto& p : ports) {
    if (!p.p95_bps || p.speed_bps <= 0) continue;
    double f = *p.p95_bps / p.speed_bps;
    if (f > levels.port_hot)
      out.push_back({"port.hot",
                     p.name,
                     p.customer_id,
                     f * 100,
                     "advice.port.hot",
                     {{"port", p.name}, {"percent", percent_text(f)}},
                     "device",
                     p.device_id,
                     p.if_index});
  }
  for (const auto& p : ports) {
    if (!p.p95_bps || p.speed_bps <= 0) continue;
    double f = *p.p95_bps / p.speed_bps;
    if (f < levels.port_idle)
      out.push_back({"port.idle",
                     p.name,
                     p.customer_id,
                     f * 100,
                     "advice.port.idle",
                     {{"port", p.name}, {"percent", percent_text(f)}},
                     "device",
                     p.device_id,
                     p.if_index});
  }
  for (const auto& feed : feeds) {
    if (!feed.p95_w || feed.capacity_w <= 0) continue;
    double f = *feed.p95_w / feed.capacity_w;
    if (f > levels.feed_near)
      out.push_back({"feed.near_limit",
                     feed.name,
                     feed.customer_id,
                     f * 100,
                     "advice.feed.near_limit",
                     {{"feed", feed.name}, {"percent", percent_text(f)}},
                     "rack",
                     feed.rack_id,
                     std::nullopt});
  }
  for (const auto& r : rooms) {
    if (r.alerts <= 0) continue;
    out.push_back({"room.out_of_range",
                   r.name,
                   std::nullopt,
                   static_cast<double>(r.alerts),
                   "advice.room.out_of_range",
                   {{"room", r.name}, {"alerts", std::to_string(r.alerts)}},
                   "room",
                   r.room_id,
                   std::nullopt});
  }
  return out;
}

Result<std::vector<Advice>> monthly_advice(db::Database& db, tsdb::Store& store, const Context& ctx,
                                           std::optional<std::int64_t> customer, Interval period) {
  if (auto t = ctx.tenant()) {
    if (customer && *customer != *t) return Error::not_found("customer");
    customer = t;
  }
  std::vector<PortUsage> ports;
  std::vector<FeedPower> feeds;
  std::vector<RoomExcursions> rooms;
  {
    COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
    COLO_TRY(auto prow, tx.query(kPorts));
    for (const auto& r : prow.rows) {
      db::Cursor c(r);
      PortUsage p;
      p.device_id = c.int64();
      p.if_index = c.int64();
      std::string device = c.text();
      p.name = device + " / " + c.text();
      p.customer_id = c.opt_int64();
      p.speed_bps = static_cast<double>(c.int64());
      if (customer && p.customer_id != customer) continue;
      ports.push_back(std::move(p));
    }
    COLO_TRY(auto frow, tx.query(kFeeds));
    for (const auto& r : frow.rows) {
      db::Cursor c(r);
      FeedPower f;
      f.rack_id = c.int64();
      std::string rack = c.text();
      f.name = rack + " / " + c.text();
      f.customer_id = c.opt_int64();
      f.capacity_w = static_cast<double>(c.int64());
      if (customer && f.customer_id != customer) continue;
      feeds.push_back(std::move(f));
    }
    if (!customer) {
      auto from = format_instant(Instant(std::chrono::milliseconds(period.from_ms)));
      auto to = format_instant(Instant(std::chrono::milliseconds(period.to_ms)));
      COLO_TRY(auto rrow, tx.query(kRoomAlerts, {from, to}));
      for (const auto& r : rrow.rows) {
        RoomExcursions e{r.int64(0), "", static_cast<int>(r.int64(1))};
        COLO_TRY(auto name, tx.one(kRoomName, {e.room_id}));
        e.name = name ? name->text(0) : std::to_string(e.room_id);
        rooms.push_back(std::move(e));
      }
    }
  }
  for (auto& p : ports) {
    tsdb::Labels labels{{"device_id", std::to_string(p.device_id)}, {"if_index", std::to_string(p.if_index)}};
    COLO_TRY(auto in, averages(store, "if_in_bits_per_second", labels, period));
    COLO_TRY(auto out, averages(store, "if_out_bits_per_second", labels, period));
    // max(in, out) per five minutes, as billing's sample_max basis.
    std::map<std::int64_t, double> slots;
    for (const auto* list : {&in, &out})
      for (const auto& series : *list)
        for (const auto& pt : series) slots[pt.t_ms] = std::max(slots[pt.t_ms], pt.value);
    std::vector<double> values;
    for (const auto& [t, v] : slots) values.push_back(v);
    p.p95_bps = monitoring::p95(std::move(values));
  }
  for (auto& f : feeds) {
    // The feed's name is the label the PDU readings carry.
    auto feed_name = f.name.substr(f.name.rfind(" / ") + 3);
    COLO_TRY(auto lists,
             averages(store, "pdu_power_watts", {{"rack_id", std::to_string(f.rack_id)}, {"feed", feed_name}}, period));
    std::vector<double> values;
    for (const auto& series : lists)
      for (const auto& pt : series) values.push_back(pt.value);
    f.p95_w = monitoring::p95(std::move(values));
  }
  return advise(ports, feeds, rooms);
}

}  // namespace colo::monitoring
