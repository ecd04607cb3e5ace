#include "monitoring/availability.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "core/business_calendar.hpp"
#include "db/cursor.hpp"
#include "db/list.hpp"

namespace colo::monitoring {

namespace {

constexpr double kMinuteMs = 60'000.0;

constexpr std::string_view kDeviceWindows =
    "SELECT starts_at, ends_at FROM monitoring_maintenance WHERE scope = 'device' AND scope_id = $1 "
    "AND starts_at < $3 AND ends_at > $2 ORDER BY starts_at";
constexpr std::string_view kCustomerDevices =
    "SELECT device_id, device_name FROM monitoring_devices WHERE customer_id = $1 ORDER BY device_name, device_id";

// The devices whose day is computed: those the poller polls, and any with device_up samples
// (readings pushed for a device the poller does not reach).
constexpr std::string_view kPolledDeviceIds = "SELECT device_id FROM monitoring_devices WHERE enabled <> 0";
constexpr std::string_view kSampledDeviceIds =
    "SELECT DISTINCT l.value FROM tsdb_series s JOIN tsdb_series_labels l ON l.series_id = s.id "
    "WHERE s.metric = 'device_up' AND l.name = 'device_id'";
constexpr std::string_view kDoneDevices = "SELECT device_id FROM monitoring_availability_days WHERE day = $1";
constexpr std::string_view kDirtyDevices = "SELECT device_id FROM monitoring_availability_dirty WHERE day = $1";
constexpr std::string_view kMarkDirty =
    "INSERT INTO monitoring_availability_dirty (device_id, day, marked_at) VALUES ($1, $2, $3) "
    "ON CONFLICT (device_id, day) DO NOTHING";
constexpr std::string_view kClaimDirty = "DELETE FROM monitoring_availability_dirty WHERE device_id = $1 AND day = $2";
constexpr std::string_view kDropDay = "DELETE FROM monitoring_availability_days WHERE device_id = $1 AND day = $2";
// The device's customer and place, read from the ledger's table: the job runs without a request
// context and needs only these ids. Windows of the device, its rack and its room count; emergency
// windows were not announced, so time down inside them is outage.
constexpr std::string_view kDevicePlace = "SELECT customer_id, rack_id, room_id FROM dcim_devices WHERE id = $1";
// A polled device the ledger no longer knows keeps the customer it was polled for.
constexpr std::string_view kPolledCustomer = "SELECT customer_id FROM monitoring_devices WHERE device_id = $1";
constexpr std::string_view kAnnouncedWindows =
    "SELECT starts_at, ends_at FROM monitoring_maintenance WHERE emergency = 0 AND starts_at < $4 AND ends_at > $5 "
    "AND ((scope = 'device' AND scope_id = $1) OR (scope = 'rack' AND scope_id = $2) OR "
    "(scope = 'room' AND scope_id = $3)) ORDER BY starts_at";
constexpr std::string_view kInsertDay =
    "INSERT INTO monitoring_availability_days (device_id, day, customer_id, measured, samples, minutes, "
    "outage_minutes, maintenance_minutes, outage_spans, maintenance_spans, computed_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (device_id, day) DO NOTHING";
constexpr std::string_view kDayCols =
    "SELECT device_id, day, customer_id, measured, samples, minutes, outage_minutes, maintenance_minutes, "
    "outage_spans, maintenance_spans FROM monitoring_availability_days WHERE day >= $1 AND day <= $2";

constexpr std::int64_t kHourMs = 60 * 60 * 1000;

std::optional<std::int64_t> parse_id(std::string_view v) {
  std::int64_t id = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), id);
  if (ec != std::errc() || p != v.data() + v.size() || id <= 0) return std::nullopt;
  return id;
}

std::int64_t ms_at(Instant t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

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

// `a` less the parts inside `windows` (merged, sorted).
std::vector<Interval> minus(Interval a, const std::vector<Interval>& windows) {
  std::vector<Interval> out;
  std::int64_t at = a.from_ms;
  for (const auto& w : windows) {
    if (w.to_ms <= at || w.from_ms >= a.to_ms) continue;
    if (w.from_ms > at) out.push_back({at, w.from_ms});
    at = std::max(at, w.to_ms);
  }
  if (at < a.to_ms) out.push_back({at, a.to_ms});
  return out;
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

std::vector<Interval> down_spans(const std::vector<tsdb::Point>& points, int failures, Interval period,
                                 std::int64_t open_until) {
  failures = std::max(1, failures);
  std::vector<Interval> down;
  std::optional<std::int64_t> run_start;
  int run = 0;
  for (const auto& p : points) {
    if (p.value < 0.5) {
      if (run == 0) run_start = p.t_ms;
      ++run;
    } else {
      if (run >= failures) down.push_back({*run_start, p.t_ms});
      run = 0;
    }
  }
  if (run >= failures) down.push_back({*run_start, std::max(open_until, points.back().t_ms)});
  return merged(std::move(down), period);
}

DayFigure day_figure(const std::vector<tsdb::Point>& points, int failures, Interval day,
                     const std::vector<Interval>& windows) {
  DayFigure f;
  f.minutes = (day.to_ms - day.from_ms) / 60'000;
  for (const auto& p : points)
    if (p.t_ms >= day.from_ms && p.t_ms < day.to_ms) ++f.samples;
  f.measured = f.samples > 0;
  f.maintenance = merged(windows, day);
  for (const auto& w : f.maintenance) f.maintenance_minutes += (w.to_ms - w.from_ms) / 60'000;
  if (!f.measured) return f;
  // A run still failing at the last sample is down until that sample: beyond it nothing is known.
  for (const auto& d : down_spans(points, failures, day, 0))
    for (const auto& part : minus(d, f.maintenance)) {
      std::int64_t whole = (part.to_ms - part.from_ms) / 60'000;
      if (whole < 1) continue;  // shorter than one whole minute: no outage
      f.outage_minutes += whole;
      f.outages.push_back(part);
    }
  return f;
}

std::string encode_spans(const std::vector<Interval>& spans) {
  std::string out;
  for (const auto& s : spans) {
    if (!out.empty()) out += ';';
    out += std::to_string(s.from_ms) + '-' + std::to_string(s.to_ms);
  }
  return out;
}

std::vector<Interval> decode_spans(std::string_view text) {
  std::vector<Interval> out;
  while (!text.empty()) {
    auto end = text.find(';');
    auto part = text.substr(0, end);
    auto dash = part.find('-');
    if (dash != std::string_view::npos) {
      Interval i;
      auto a = std::from_chars(part.data(), part.data() + dash, i.from_ms);
      auto b = std::from_chars(part.data() + dash + 1, part.data() + part.size(), i.to_ms);
      if (a.ec == std::errc() && b.ec == std::errc() && i.from_ms < i.to_ms) out.push_back(i);
    }
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return out;
}

Result<DaysReport> compute_days(db::Database& db, tsdb::Store& store, const Clock& clock, Date day, int failures) {
  DaysReport report;
  const auto& cal = clock.calendar();
  const Interval period{ms_at(cal.start_of(day)), ms_at(cal.start_of(add_days(day, 1)))};
  const std::string day_text = format_date(day);
  std::set<std::int64_t> devices, done, dirty;
  {
    COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
    COLO_TRY(auto polled, tx.query(kPolledDeviceIds));
    for (const auto& r : polled.rows) devices.insert(r.int64(0));
    COLO_TRY(auto sampled, tx.query(kSampledDeviceIds));
    for (const auto& r : sampled.rows)
      if (auto id = parse_id(r.text(0))) devices.insert(*id);
    COLO_TRY(auto stored, tx.query(kDoneDevices, {day_text}));
    for (const auto& r : stored.rows) done.insert(r.int64(0));
    COLO_TRY(auto stale, tx.query(kDirtyDevices, {day_text}));
    for (const auto& r : stale.rows) {
      dirty.insert(r.int64(0));
      devices.insert(r.int64(0));
    }
  }
  for (std::int64_t device : devices) {
    bool again = false;
    if (dirty.count(device)) {
      // Claimed before the samples are read: a late sample accepted after this marks the day
      // again. The stored day goes with the mark, so a crash before the new figure is written
      // leaves the day to be computed afresh, never stale and unmarked.
      COLO_TRY(auto tx, db::Tx::begin(db, db::Access::write));
      COLO_TRY(auto claimed, tx.exec(kClaimDirty, {device, day_text}));
      if (claimed > 0) COLO_CHECK(tx.exec(kDropDay, {device, day_text}));
      COLO_CHECK(tx.commit());
      again = claimed > 0 && done.count(device) > 0;
    }
    if (done.count(device) && !again) {
      ++report.already;
      continue;
    }
    tsdb::Selector selector{"device_up", {{"device_id", std::to_string(device)}}};
    COLO_TRY(auto series, store.find_series(selector, std::nullopt, 10));
    std::vector<tsdb::Point> points;
    for (const auto& s : series) {
      COLO_TRY(auto answer, store.range(s.id, period.from_ms - kHourMs, period.to_ms + kHourMs - 1, 0));
      points.insert(points.end(), answer.points.begin(), answer.points.end());
    }
    std::stable_sort(points.begin(), points.end(), [](const auto& a, const auto& b) { return a.t_ms < b.t_ms; });
    COLO_TRY(auto tx, db::Tx::begin(db, db::Access::write));
    std::optional<std::int64_t> customer, rack, room;
    COLO_TRY(auto place, tx.one(kDevicePlace, {device}));
    if (place) {
      db::Cursor c(*place);
      customer = c.opt_int64();
      rack = c.opt_int64();
      room = c.opt_int64();
    } else {
      COLO_TRY(auto polled, tx.one(kPolledCustomer, {device}));
      if (polled) customer = polled->opt_int64(0);
    }
    std::vector<Interval> windows;
    COLO_TRY(auto rows, tx.query(kAnnouncedWindows, {device, rack, room, format_instant(cal.start_of(add_days(day, 1))),
                                                     format_instant(cal.start_of(day))}));
    for (const auto& r : rows.rows) windows.push_back({ms_of(r.text(0)), ms_of(r.text(1))});
    DayFigure f = day_figure(points, failures, period, windows);
    COLO_TRY(auto n, tx.exec(kInsertDay, {device, day_text, customer, f.measured, f.samples, f.minutes,
                                          f.outage_minutes, f.maintenance_minutes, encode_spans(f.outages),
                                          encode_spans(f.maintenance), format_instant(clock.now())}));
    COLO_CHECK(tx.commit());
    if (n == 0) {
      ++report.already;  // another server stored it first
      continue;
    }
    ++report.computed;
    if (again) ++report.recomputed;
    if (!f.measured) ++report.unmeasured;
  }
  return report;
}

Status mark_late_samples(db::Tx& tx, const Clock& clock, const std::vector<const tsdb::Sample*>& samples) {
  const std::int64_t today_ms = ms_at(clock.calendar().start_of(clock.today()));
  std::set<std::pair<std::int64_t, Date>> days;
  for (const auto* s : samples) {
    if (s->t_ms >= today_ms || s->metric != "device_up") continue;
    for (const auto& [name, value] : s->labels) {
      if (name != "device_id") continue;
      if (auto id = parse_id(value))
        days.insert({*id, clock.calendar().date_of(Instant(std::chrono::milliseconds(s->t_ms)))});
    }
  }
  if (days.empty()) return {};
  const auto now = format_instant(clock.now());
  for (const auto& [device, day] : days) COLO_CHECK(tx.exec(kMarkDirty, {device, format_date(day), now}));
  return {};
}

Result<DaysReport> run_availability(db::Database& db, tsdb::Store& store, const Clock& clock, Date today, int failures,
                                    int catch_up) {
  DaysReport total;
  for (int back = std::max(1, catch_up); back >= 1; --back) {
    COLO_TRY(auto r, compute_days(db, store, clock, add_days(today, -back), failures));
    total.computed += r.computed;
    total.already += r.already;
    total.unmeasured += r.unmeasured;
    total.recomputed += r.recomputed;
  }
  return total;
}

namespace {
Result<std::vector<DeviceDay>> read_days(db::Tx& tx, const std::string& sql, const db::Params& params) {
  COLO_TRY(auto rows, tx.query(sql, params));
  std::vector<DeviceDay> out;
  out.reserve(rows.rows.size());
  for (const auto& r : rows.rows) {
    db::Cursor c(r);
    DeviceDay d;
    d.device_id = c.int64();
    d.day = parse_date(c.text()).value_or(Date{});
    d.customer_id = c.opt_int64();
    d.figure.measured = c.boolean();
    d.figure.samples = c.int64();
    d.figure.minutes = c.int64();
    d.figure.outage_minutes = c.int64();
    d.figure.maintenance_minutes = c.int64();
    d.figure.outages = decode_spans(c.text());
    d.figure.maintenance = decode_spans(c.text());
    out.push_back(std::move(d));
  }
  return out;
}
}  // namespace

Result<std::vector<DeviceDay>> stored_days(db::Tx& tx, std::optional<std::int64_t> customer_id,
                                           const std::optional<std::vector<std::int64_t>>& devices, Date from,
                                           Date to) {
  std::string sql(kDayCols);
  db::Params params{format_date(from), format_date(to)};
  if (devices) {
    if (devices->empty()) return std::vector<DeviceDay>{};
    sql += " AND device_id IN (" + db::in_list(params, *devices) + ")";
  } else {
    params.push_back(customer_id);
    sql += " AND customer_id = $3";
  }
  sql += " ORDER BY device_id, day";
  return read_days(tx, sql, params);
}

Result<std::vector<DeviceDay>> stored_days_of(db::Tx& tx, const std::vector<std::int64_t>& customers,
                                              const std::vector<std::int64_t>& devices, Date from, Date to) {
  if (customers.empty() && devices.empty()) return std::vector<DeviceDay>{};
  std::string sql(kDayCols);
  db::Params params{format_date(from), format_date(to)};
  sql += " AND (";
  if (!devices.empty()) sql += "device_id IN (" + db::in_list(params, devices) + ")";
  if (!customers.empty()) {
    if (!devices.empty()) sql += " OR ";
    sql += "customer_id IN (" + db::in_list(params, customers) + ")";
  }
  sql += ") ORDER BY device_id, day";
  return read_days(tx, sql, params);
}

}  // namespace colo::monitoring
