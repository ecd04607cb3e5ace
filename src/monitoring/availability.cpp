#include "monitoring/availability.hpp"

#include <algorithm>

#include "db/cursor.hpp"

namespace colo::monitoring {

namespace {

constexpr double kMinuteMs = 60'000.0;

constexpr std::string_view kDeviceWindows =
    "SELECT starts_at, ends_at FROM monitoring_maintenance WHERE scope = 'device' AND scope_id = $1 "
    "AND starts_at < $3 AND ends_at > $2 ORDER BY starts_at";
constexpr std::string_view kCustomerDevices =
    "SELECT device_id, device_name FROM monitoring_devices WHERE customer_id = $1 ORDER BY device_name, device_id";

// Sorted, merged, clipped to the period.
std::vector<Interval> merged(std::vector<Interval> xs, Interval period) {
  for (auto& x : xs) {
    x.from_ms = std::max(x.from_ms, period.from_ms);
    x.to_ms = std::min(x.to_ms, period.to_ms);
  }
  std::erase_if(xs, [](const Interval& x) { return x.to_ms <= x.from_ms; });
  std::sort(xs.begin(), xs.end(), [](const Interval& a, const Interval& b) { return a.from_ms < b.from_ms; });
  std::vector<Interval> out;
  for (const auto& x : xs) {
    if (!out.empty() && x.from_ms <= out.back().to_ms)
      out.back().to_ms = std::max(out.back().to_ms, x.to_ms);
    else
      out.push_back(x);
  }
  return out;
}

std::int64_t overlap(Interval a, const std::vector<Interval>& bs) {
  std::int64_t total = 0;
  for (const auto& b : bs)
    total += std::max<std::int64_t>(0, std::min(a.to_ms, b.to_ms) - std::max(a.from_ms, b.from_ms));
  return total;
}

std::int64_t ms_of(const std::string& instant) {
  auto t = parse_instant(instant);
  return t ? std::chrono::duration_cast<std::chrono::milliseconds>(t->time_since_epoch()).count() : 0;
}

}  // namespace

Availability outage(const std::vector<tsdb::Point>& points, int failures, Interval period,
                    const std::vector<Interval>& maintenance) {
  Availability a;
  a.minutes = static_cast<double>(period.to_ms - period.from_ms) / kMinuteMs;
  auto windows = merged(maintenance, period);
  std::int64_t maintenance_ms = 0;
  for (const auto& w : windows) maintenance_ms += w.to_ms - w.from_ms;
  a.maintenance_minutes = static_cast<double>(maintenance_ms) / kMinuteMs;

  std::vector<Interval> down;
  std::optional<std::int64_t> run_start;
  int run = 0;
  for (const auto& p : points) {
    if (p.t_ms < period.from_ms || p.t_ms >= period.to_ms) continue;
    a.measured = true;
    if (p.value < 0.5) {
      if (run == 0) run_start = p.t_ms;
      ++run;
    } else {
      if (run >= failures) down.push_back({*run_start, p.t_ms});
      run = 0;
    }
  }
  if (run >= std::max(1, failures)) down.push_back({*run_start, period.to_ms});
  std::int64_t down_ms = 0;
  for (const auto& d : merged(down, period)) down_ms += (d.to_ms - d.from_ms) - overlap(d, windows);
  a.outage_minutes = static_cast<double>(down_ms) / kMinuteMs;
  return a;
}

Result<Availability> device_availability(db::Database& db, tsdb::Store& store, std::int64_t device_id, int failures,
                                         Interval period) {
  std::vector<Interval> windows;
  {
    COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
    auto from = format_instant(Instant(std::chrono::milliseconds(period.from_ms)));
    auto to = format_instant(Instant(std::chrono::milliseconds(period.to_ms)));
    COLO_TRY(auto rows, tx.query(kDeviceWindows, {device_id, from, to}));
    for (const auto& r : rows.rows) windows.push_back({ms_of(r.text(0)), ms_of(r.text(1))});
  }
  tsdb::Selector selector{"device_up", {{"device_id", std::to_string(device_id)}}};
  COLO_TRY(auto series, store.find_series(selector, std::nullopt, 10));
  std::vector<tsdb::Point> points;
  for (const auto& s : series) {
    COLO_TRY(auto answer, store.range(s.id, period.from_ms, period.to_ms - 1, 0));
    points.insert(points.end(), answer.points.begin(), answer.points.end());
  }
  std::sort(points.begin(), points.end(), [](const auto& a, const auto& b) { return a.t_ms < b.t_ms; });
  return outage(points, failures, period, windows);
}

Result<std::vector<DeviceAvailability>> customer_availability(db::Database& db, tsdb::Store& store,
                                                              std::int64_t customer_id, int failures, Interval period) {
  std::vector<DeviceAvailability> out;
  {
    COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
    COLO_TRY(auto rows, tx.query(kCustomerDevices, {customer_id}));
    for (const auto& r : rows.rows) out.push_back({r.int64(0), r.text(1), {}});
  }
  for (auto& d : out) {
    COLO_TRY(d.availability, device_availability(db, store, d.device_id, failures, period));
  }
  return out;
}

}  // namespace colo::monitoring
