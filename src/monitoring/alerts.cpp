#include "monitoring/alerts.hpp"

#include <boost/json.hpp>

#include <charconv>

#include <spdlog/spdlog.h>

#include "db/cursor.hpp"
#include "notify/notify.hpp"
#include "scheduler/scheduler.hpp"

namespace colo::monitoring {

std::string_view to_string(AlertState s) {
  switch (s) {
    case AlertState::firing:
      return "firing";
    case AlertState::acknowledged:
      return "acknowledged";
    case AlertState::resolved:
      return "resolved";
  }
  return "firing";
}

// A customer principal sees only the alerts of its own devices, racks and rooms' series.
const db::ListSpec kAlertList{.search = {"rule_key", "metric", "labels"},
                              .sorts = {{"fired_at", "fired_at, id"}, {"severity", "severity"}, {"state", "state"}},
                              .default_order = "id DESC",
                              .tiebreak = "id",
                              .tenant_column = "customer_id"};

namespace {

constexpr std::string_view kState =
    "SELECT phase, since_ms, sample_count, last_t_ms, last_value FROM monitoring_rule_states "
    "WHERE rule_key = $1 AND series_id = $2";
constexpr std::string_view kSaveState =
    "INSERT INTO monitoring_rule_states (rule_key, series_id, phase, since_ms, sample_count, last_t_ms, last_value) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (rule_key, series_id) DO UPDATE SET phase = $3, since_ms = $4, "
    "sample_count = $5, last_t_ms = $6, last_value = $7";
constexpr std::string_view kInsertAlert =
    "INSERT INTO monitoring_alerts (rule_key, series_id, metric, labels, severity, state, silenced, customer_id, "
    "device_id, rack_id, room_id, threshold, value, fired_at) "
    "VALUES ($1, $2, $3, $4, $5, 'firing', $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id";
constexpr std::string_view kOpenAlert =
    "SELECT id FROM monitoring_alerts WHERE rule_key = $1 AND series_id = $2 AND state <> 'resolved' "
    "ORDER BY id DESC";
constexpr std::string_view kAlertCols =
    "SELECT id, rule_key, series_id, metric, labels, severity, state, silenced, customer_id, device_id, rack_id, "
    "room_id, threshold, value, fired_at, acknowledged_at, acknowledged_by, resolved_at, resolved_by "
    "FROM monitoring_alerts";
constexpr std::string_view kAlertCount = "SELECT COUNT(*) FROM monitoring_alerts";
constexpr std::string_view kAcknowledge =
    "UPDATE monitoring_alerts SET state = 'acknowledged', acknowledged_at = $2, acknowledged_by = $3 "
    "WHERE id = $1 AND state = 'firing'";
constexpr std::string_view kResolve =
    "UPDATE monitoring_alerts SET state = 'resolved', resolved_at = $2, resolved_by = $3 "
    "WHERE id = $1 AND state <> 'resolved'";
constexpr std::string_view kInsertEvent =
    "INSERT INTO monitoring_alert_events (alert_id, kind, actor_id, comment, value, at) "
    "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
constexpr std::string_view kEvents =
    "SELECT id, kind, actor_id, comment, value, at FROM monitoring_alert_events WHERE alert_id = $1 ORDER BY id";
// A window covers an instant when it started at or before it and ends after it.
constexpr std::string_view kInMaintenance =
    "SELECT COUNT(*) FROM monitoring_maintenance WHERE starts_at <= $1 AND ends_at > $1 AND ("
    "(scope = 'device' AND scope_id = $2) OR (scope = 'rack' AND scope_id = $3) OR (scope = 'room' AND scope_id = $4))";
constexpr std::string_view kInsertMaintenance =
    "INSERT INTO monitoring_maintenance (scope, scope_id, starts_at, ends_at, title, emergency, reason, created_by, "
    "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
constexpr std::string_view kMaintenanceBetween =
    "SELECT id, scope, scope_id, starts_at, ends_at, title, emergency, reason, created_by FROM monitoring_maintenance "
    "WHERE starts_at < $2 AND ends_at > $1 ORDER BY starts_at, id";
constexpr std::string_view kMaintenanceById =
    "SELECT id, scope, scope_id, starts_at, ends_at, title, emergency, reason, created_by FROM monitoring_maintenance "
    "WHERE id = $1";
// The windows a customer was told of: its series carry the window's device, rack or room label.
constexpr std::string_view kCustomerMaintenanceBetween =
    "SELECT id, scope, scope_id, starts_at, ends_at, title, emergency, reason, created_by FROM monitoring_maintenance "
    "m "
    "WHERE starts_at < $2 AND ends_at > $1 AND EXISTS (SELECT 1 FROM tsdb_series s JOIN tsdb_series_labels l ON "
    "l.series_id = s.id WHERE s.customer_id = $3 AND l.name = m.scope || '_id' AND l.value = CAST(m.scope_id AS TEXT)) "
    "ORDER BY starts_at, id";
constexpr std::string_view kCustomerMaintenanceById =
    "SELECT id, scope, scope_id, starts_at, ends_at, title, emergency, reason, created_by FROM monitoring_maintenance "
    "m "
    "WHERE id = $1 AND EXISTS (SELECT 1 FROM tsdb_series s JOIN tsdb_series_labels l ON "
    "l.series_id = s.id WHERE s.customer_id = $2 AND l.name = m.scope || '_id' AND l.value = CAST(m.scope_id AS TEXT))";
// Only while the window has not started: the check and the change are one statement, so a window
// that starts between a reader's look and its write is not changed.
constexpr std::string_view kUpdateMaintenance =
    "UPDATE monitoring_maintenance SET scope = $2, scope_id = $3, starts_at = $4, ends_at = $5, title = $6, "
    "emergency = $7, reason = $8 WHERE id = $1 AND starts_at > $9";
constexpr std::string_view kDeleteUnstartedMaintenance =
    "DELETE FROM monitoring_maintenance WHERE id = $1 AND starts_at > $2";
constexpr std::string_view kEndMaintenanceNow =
    "UPDATE monitoring_maintenance SET ends_at = $2 WHERE id = $1 AND starts_at <= $2 AND ends_at > $2";
// The customers whose series carry the window's device, rack or room label.
constexpr std::string_view kAffectedCustomers =
    "SELECT DISTINCT s.customer_id FROM tsdb_series s JOIN tsdb_series_labels l ON l.series_id = s.id "
    "WHERE l.name = $1 AND l.value = $2 AND s.customer_id IS NOT NULL ORDER BY s.customer_id";
// Defaults from the ledger: read here rather than through dcim's service because the evaluation
// job runs without a request context and needs only these numbers.
constexpr std::string_view kRooms =
    "SELECT id, temp_min_c, temp_max_c, humidity_min_pct, humidity_max_pct FROM dcim_rooms ORDER BY id";
constexpr std::string_view kFeeds =
    "SELECT rack_id, name, capacity_w FROM dcim_power_feeds WHERE capacity_w > 0 ORDER BY rack_id, id";
constexpr std::string_view kPolledDevices =
    "SELECT device_id FROM monitoring_devices WHERE enabled <> 0 ORDER BY device_id";
// Interfaces of polled devices matched to a ledger interface at the end of a connected cable: a
// port nothing is plugged into going down is nobody's outage. The speed is the agent's ifSpeed,
// or the ledger's when the agent gave none.
constexpr std::string_view kCabledInterfaces =
    "SELECT i.device_id, i.if_index, i.speed_bps, l.speed_mbps, i.interface_id FROM monitoring_interfaces i "
    "JOIN monitoring_devices d ON d.device_id = i.device_id "
    "JOIN ipam_cable_ends e ON e.interface_id = i.interface_id JOIN ipam_cables c ON c.id = e.cable_id "
    "LEFT JOIN dcim_interfaces l ON l.id = i.interface_id "
    "WHERE d.enabled <> 0 AND c.status = 'connected' ORDER BY i.device_id, i.if_index";
// Utilisation: either direction above 90 % of the port's speed for 15 minutes (recovering below
// 80 % for as long), long enough that a backup burst does not page anyone; RuleDefaults holds the
// figures, [monitoring] rule_utilisation_* changes them.

constexpr std::string_view kTicketRef = "SELECT ticket_alert_id FROM monitoring_alert_tickets WHERE alert_id = $1";
constexpr std::string_view kLastTicketRef =
    "SELECT ticket_alert_id FROM monitoring_alert_tickets WHERE rule_key = $1 AND series_id = $2 "
    "ORDER BY alert_id DESC LIMIT 1";
constexpr std::string_view kLinkTicket =
    "INSERT INTO monitoring_alert_tickets (alert_id, rule_key, series_id, ticket_alert_id) VALUES ($1, $2, $3, $4)";
constexpr std::string_view kKnownCustomer = "SELECT id FROM customers WHERE id = $1";
constexpr std::string_view kOpenBySeverity =
    "SELECT severity, COUNT(*) FROM monitoring_alerts WHERE state <> 'resolved' AND silenced = 0 GROUP BY severity";

std::string labels_json(const tsdb::Labels& labels) {
  boost::json::object o;
  for (const auto& [k, v] : labels) o[k] = v;
  return boost::json::serialize(o);
}

tsdb::Labels labels_from_json(const std::string& text) {
  tsdb::Labels out;
  boost::system::error_code ec;
  auto v = boost::json::parse(text, ec);
  if (ec || !v.is_object()) return out;
  for (const auto& [k, val] : v.as_object())
    if (val.is_string()) out.emplace_back(std::string(k), std::string(val.as_string()));
  return tsdb::normalise(std::move(out));
}

std::optional<std::int64_t> label_id(const tsdb::Labels& labels, std::string_view name) {
  for (const auto& [k, v] : labels) {
    if (k != name) continue;
    std::int64_t id = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), id);
    if (ec == std::errc() && p == v.data() + v.size()) return id;
  }
  return std::nullopt;
}

Alert alert_from(const db::Row& r) {
  db::Cursor c(r);
  Alert a;
  a.id = c.int64();
  a.rule_key = c.text();
  a.series_id = c.int64();
  a.metric = c.text();
  a.labels = labels_from_json(c.text());
  a.severity = parse_severity(c.text()).value_or(Severity::warning);
  std::string state = c.text();
  a.state = state == "resolved"       ? AlertState::resolved
            : state == "acknowledged" ? AlertState::acknowledged
                                      : AlertState::firing;
  a.silenced = c.boolean();
  a.customer_id = c.opt_int64();
  a.device_id = c.opt_int64();
  a.rack_id = c.opt_int64();
  a.room_id = c.opt_int64();
  a.threshold = c.real();
  a.value = c.real();
  a.fired_at = c.text();
  a.acknowledged_at = c.opt_text();
  a.acknowledged_by = c.opt_int64();
  a.resolved_at = c.opt_text();
  a.resolved_by = c.opt_int64();
  return a;
}

Result<Alert> read_alert(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kAlertCols) + " WHERE id = $1", {id}));
  if (!row) return Error::not_found("alert");
  return alert_from(*row);
}

Instant instant_of_ms(std::int64_t ms) { return Instant(std::chrono::milliseconds(ms)); }

}  // namespace

Alerts::Alerts(db::Database& db, tsdb::Store& store, const Clock& clock, AlertsOptions options)
    : db_(db), store_(store), clock_(clock), options_(options) {}

Result<EvalReport> Alerts::evaluate(const std::vector<Rule>& rules) {
  ++counters_.evaluations;
  EvalReport report;
  auto run = [&]() -> Status {
    for (const auto& rule : rules) {
      tsdb::Selector selector{rule.metric, rule.match};
      COLO_TRY(auto series, store_.find_series(selector, std::nullopt, 100'000));
      for (const auto& s : series) {
        if (!matches(rule, s.metric, s.labels)) continue;
        ++report.series;
        ++counters_.series_evaluated;
        COLO_CHECK(evaluate_series(rule, s, report));
      }
    }
    return {};
  };
  if (auto done = run(); !done.ok()) {
    ++counters_.evaluation_errors;
    return std::move(done).error();
  }
  return report;
}

Status Alerts::evaluate_series(const Rule& rule, const tsdb::SeriesInfo& series, EvalReport& report) {
  std::int64_t now_ms = clock_.now().time_since_epoch().count();
  RuleState state;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto row, tx.one(kState, {rule.key, series.id}));
    if (row) {
      db::Cursor c(*row);
      state.phase = parse_phase(c.text()).value_or(Phase::ok);
      state.since_ms = c.int64();
      state.count = c.int32();
      state.last_t_ms = c.int64();
      state.last_value = c.real();
    }
  }
  std::int64_t from = state.last_t_ms ? state.last_t_ms + 1 : now_ms - options_.lookback_ms;
  if (from > now_ms) return {};
  COLO_TRY(auto answer, store_.range(series.id, from, now_ms, 0));
  if (answer.points.empty()) return {};
  report.samples += static_cast<std::int64_t>(answer.points.size());

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  // Read again under the writers' lock: a run that overlapped this one already stepped these
  // samples, and step() passes over samples at or before last_t_ms.
  COLO_TRY(auto row, tx.one(kState, {rule.key, series.id}));
  if (row) {
    db::Cursor c(*row);
    state.phase = parse_phase(c.text()).value_or(Phase::ok);
    state.since_ms = c.int64();
    state.count = c.int32();
    state.last_t_ms = c.int64();
    state.last_value = c.real();
  }
  auto [next, events] = monitoring::evaluate(rule, state, answer.points);
  for (const auto& e : events) {
    std::string at = format_instant(instant_of_ms(e.t_ms));
    if (e.transition == Transition::fired) {
      Alert a;
      a.rule_key = rule.key;
      a.series_id = series.id;
      a.metric = series.metric;
      a.labels = series.labels;
      a.severity = rule.severity;
      a.customer_id = label_id(series.labels, "customer_id");
      if (!a.customer_id) a.customer_id = series.customer_id;
      a.device_id = label_id(series.labels, "device_id");
      a.rack_id = label_id(series.labels, "rack_id");
      a.room_id = label_id(series.labels, "room_id");
      a.threshold = rule.fire_at;
      a.value = e.value;
      a.fired_at = at;
      COLO_TRY(auto inside, tx.one(kInMaintenance, {at, a.device_id, a.rack_id, a.room_id}));
      a.silenced = inside && (*inside).int64(0) > 0;
      COLO_TRY(a.id, tx.insert(kInsertAlert, {a.rule_key, a.series_id, a.metric, labels_json(a.labels),
                                              std::string(to_string(a.severity)), a.silenced, a.customer_id,
                                              a.device_id, a.rack_id, a.room_id, a.threshold, a.value, a.fired_at}));
      COLO_TRY(auto ev, tx.insert(kInsertEvent, {a.id, "fired", std::nullopt, "", e.value, at}));
      (void)ev;
      ++report.fired;
      if (a.silenced)
        ++report.silenced;
      else if (on_firing)
        COLO_CHECK(on_firing(tx, a));
    } else {
      COLO_TRY(auto open, tx.one(kOpenAlert, {rule.key, series.id}));
      if (!open) continue;
      std::int64_t id = open->int64(0);
      COLO_TRY(auto n, tx.exec(kResolve, {id, at, std::nullopt}));
      (void)n;
      COLO_TRY(auto ev, tx.insert(kInsertEvent, {id, "recovered", std::nullopt, "", e.value, at}));
      (void)ev;
      ++report.recovered;
      if (on_resolved) {
        COLO_TRY(auto a, read_alert(tx, id));
        COLO_CHECK(on_resolved(tx, a, false));
      }
    }
  }
  COLO_TRY(auto saved, tx.exec(kSaveState, {rule.key, series.id, std::string(to_string(next.phase)), next.since_ms,
                                            next.count, next.last_t_ms, next.last_value}));
  (void)saved;
  return tx.commit();
}

Result<Alert> Alerts::acknowledge(std::int64_t id, std::optional<std::int64_t> actor, const std::string& comment) {
  std::string at = format_instant(clock_.now());
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, read_alert(tx, id));
  (void)before;
  COLO_TRY(auto n, tx.exec(kAcknowledge, {id, at, actor}));
  if (n == 0) return Error::conflict("monitoring.alert.not_firing", "Only a firing alert can be acknowledged.");
  COLO_TRY(auto ev, tx.insert(kInsertEvent, {id, "acknowledged", actor, comment, std::nullopt, at}));
  (void)ev;
  COLO_TRY(auto after, read_alert(tx, id));
  COLO_CHECK(tx.commit());
  return after;
}

Result<Alert> Alerts::resolve(std::int64_t id, std::optional<std::int64_t> actor, const std::string& comment) {
  std::string at = format_instant(clock_.now());
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, read_alert(tx, id));
  (void)before;
  COLO_TRY(auto n, tx.exec(kResolve, {id, at, actor}));
  if (n == 0) return Error::conflict("monitoring.alert.resolved", "The alert is already resolved.");
  COLO_TRY(auto ev, tx.insert(kInsertEvent, {id, "resolved", actor, comment, std::nullopt, at}));
  (void)ev;
  COLO_TRY(auto after, read_alert(tx, id));
  if (on_resolved) COLO_CHECK(on_resolved(tx, after, true));
  COLO_CHECK(tx.commit());
  return after;
}

Result<Alert> Alerts::get(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto row, tx.one(std::string(kAlertCols) + " WHERE id = $1", {id}));
  if (!row) return Error::not_found("alert");
  Alert a = alert_from(*row);
  if (!ctx.sees(a.customer_id)) return Error::not_found("alert");
  return a;
}

Result<std::vector<AlertEvent>> Alerts::history(std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto rows, tx.query(kEvents, {id}));
  std::vector<AlertEvent> out;
  for (const auto& r : rows.rows) {
    db::Cursor c(r);
    AlertEvent e;
    e.id = c.int64();
    e.kind = c.text();
    e.actor_id = c.opt_int64();
    e.comment = c.text();
    e.value = c.opt_real();
    e.at = c.text();
    out.push_back(std::move(e));
  }
  return out;
}

Result<db::Counted<Alert>> Alerts::list(const Context& ctx, const AlertFilter& f) {
  db::ListSql sql(kAlertList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.state == "open")
    sql.raw("state <> 'resolved'");
  else if (f.state)
    sql.add("state = ?", *f.state);
  if (f.severity) sql.add("severity = ?", *f.severity);
  if (f.customer) sql.add("customer_id = ?", *f.customer);
  if (f.device) sql.add("device_id = ?", *f.device);
  if (f.rack) sql.add("rack_id = ?", *f.rack);
  if (f.room) sql.add("room_id = ?", *f.room);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return db::list_page<Alert>(tx, sql, kAlertCount, kAlertCols, f.sort, f.limit, f.offset,
                              [](const db::Row& r) { return alert_from(r); });
}

Result<std::vector<DeviceAvailability>> Alerts::availability(const Context& ctx, std::int64_t customer,
                                                             Interval period) {
  if (!ctx.sees(customer)) return Error::not_found("customer");
  if (period.to_ms <= period.from_ms)
    return Error::validation(
        {{"to", "monitoring.availability.bad_period", "The period ends after it starts.", {}, {}}});
  return customer_availability(db_, store_, customer, options_.down_after_failures, period);
}

Status Alerts::check_window(const MaintenanceWindow& w) const {
  std::vector<FieldError> errors;
  if (w.scope != "device" && w.scope != "rack" && w.scope != "room")
    errors.push_back({"scope", "monitoring.maintenance.bad_scope", "The scope is a device, a rack or a room.", {}, {}});
  if (!(w.starts_at < w.ends_at))
    errors.push_back({"ends_at", "monitoring.maintenance.ends_before_start", "A window ends after it starts.", {}, {}});
  if (w.emergency && w.reason.empty())
    errors.push_back(
        {"reason", "monitoring.maintenance.reason_required", "Emergency maintenance needs a reason.", {}, {}});
  std::string earliest = format_instant(clock_.now() + std::chrono::hours(options_.maintenance_notice_hours));
  if (!w.emergency && w.starts_at < earliest)
    errors.push_back({"starts_at",
                      "monitoring.maintenance.short_notice",
                      "Planned maintenance starts at least " + std::to_string(options_.maintenance_notice_hours) +
                          " hours ahead; mark it an emergency with a reason otherwise.",
                      {{"hours", std::to_string(options_.maintenance_notice_hours)}},
                      {}});
  if (!errors.empty()) return Error::validation(std::move(errors));
  return {};
}

Status Alerts::announce(db::Tx& tx, const MaintenanceWindow& w, const std::string& key) {
  COLO_TRY(auto customers, tx.query(kAffectedCustomers, {w.scope + "_id", std::to_string(w.scope_id)}));
  for (const auto& r : customers.rows) {
    auto msg = notify::keyed(notify::Audience::customer(r.int64(0)), "monitoring.maintenance", key,
                             {{"title", w.title}, {"starts_at", w.starts_at}, {"ends_at", w.ends_at}},
                             "/portal/monitoring", w.reason);
    COLO_CHECK(notify::notify(tx, clock_, msg));
  }
  return {};
}

Result<std::int64_t> Alerts::add_maintenance(const MaintenanceWindow& w) {
  COLO_CHECK(check_window(w));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto id, tx.insert(kInsertMaintenance, {w.scope, w.scope_id, w.starts_at, w.ends_at, w.title, w.emergency,
                                                   w.reason, w.created_by, format_instant(clock_.now())}));
  COLO_CHECK(announce(
      tx, w, w.emergency ? "notice.monitoring.maintenance_emergency" : "notice.monitoring.maintenance_planned"));
  COLO_CHECK(tx.commit());
  return id;
}

namespace {
MaintenanceWindow window_of(const db::Row& r) {
  db::Cursor c(r);
  MaintenanceWindow w;
  w.id = c.int64();
  w.scope = c.text();
  w.scope_id = c.int64();
  w.starts_at = c.text();
  w.ends_at = c.text();
  w.title = c.text();
  w.emergency = c.boolean();
  w.reason = c.text();
  w.created_by = c.opt_int64();
  return w;
}
}  // namespace

Result<MaintenanceWindow> Alerts::maintenance(std::int64_t id, std::optional<std::int64_t> tenant) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto row, tenant ? tx.one(kCustomerMaintenanceById, {id, *tenant}) : tx.one(kMaintenanceById, {id}));
  if (!row) return Error::not_found("maintenance");
  return window_of(*row);
}

Result<MaintenanceWindow> Alerts::update_maintenance(std::int64_t id, const MaintenanceWindow& w) {
  COLO_TRY(auto before, maintenance(id));
  const std::string now = format_instant(clock_.now());
  const auto started = [] {
    return Error::conflict("monitoring.maintenance.started", "The window has started; it can only be cancelled.");
  };
  // A started window answers 409 whatever the new values, so the reader learns why first.
  if (before.starts_at <= now) return started();
  COLO_CHECK(check_window(w));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto n, tx.exec(kUpdateMaintenance,
                           {id, w.scope, w.scope_id, w.starts_at, w.ends_at, w.title, w.emergency, w.reason, now}));
  if (n == 0) return started();
  MaintenanceWindow after = w;
  after.id = id;
  after.created_by = before.created_by;
  // Customers of the old scope whom the new one no longer covers hear of it as well.
  if (before.scope != w.scope || before.scope_id != w.scope_id)
    COLO_CHECK(announce(tx, before, "notice.monitoring.maintenance_cancelled"));
  COLO_CHECK(announce(tx, after, "notice.monitoring.maintenance_changed"));
  COLO_CHECK(tx.commit());
  return after;
}

Status Alerts::cancel_maintenance(std::int64_t id) {
  COLO_TRY(auto w, maintenance(id));
  const std::string now = format_instant(clock_.now());
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto removed, tx.exec(kDeleteUnstartedMaintenance, {id, now}));
  if (removed == 0) {
    COLO_TRY(auto ended, tx.exec(kEndMaintenanceNow, {id, now}));
    if (ended == 0) return Error::conflict("monitoring.maintenance.ended", "The window is over.");
  }
  COLO_CHECK(announce(tx, w, "notice.monitoring.maintenance_cancelled"));
  COLO_CHECK(tx.commit());
  return {};
}

Result<std::vector<MaintenanceWindow>> Alerts::maintenance_between(const std::string& from, const std::string& to,
                                                                   std::optional<std::int64_t> tenant) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto rows, tenant ? tx.query(kCustomerMaintenanceBetween, {from, to, *tenant})
                             : tx.query(kMaintenanceBetween, {from, to}));
  std::vector<MaintenanceWindow> out;
  for (const auto& r : rows.rows) out.push_back(window_of(r));
  return out;
}

Status Alerts::refresh_counters() {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto rows, tx.query(kOpenBySeverity));
  std::int64_t info = 0, warning = 0, critical = 0;
  for (const auto& r : rows.rows) {
    auto sev = parse_severity(r.text(0));
    if (sev == Severity::info) info = r.int64(1);
    if (sev == Severity::warning) warning = r.int64(1);
    if (sev == Severity::critical) critical = r.int64(1);
  }
  counters_.firing_info = info;
  counters_.firing_warning = warning;
  counters_.firing_critical = critical;
  return {};
}

Result<std::optional<std::string>> alert_ticket_ref(db::Tx& tx, std::int64_t alert_id) {
  COLO_TRY(auto row, tx.one(kTicketRef, {alert_id}));
  if (!row) return std::optional<std::string>{};
  return std::optional<std::string>(row->text(0));
}

Result<std::optional<std::string>> last_ticket_ref(db::Tx& tx, const std::string& rule_key, std::int64_t series_id) {
  COLO_TRY(auto row, tx.one(kLastTicketRef, {rule_key, series_id}));
  if (!row) return std::optional<std::string>{};
  return std::optional<std::string>(row->text(0));
}

Result<bool> customer_known(db::Tx& tx, std::int64_t customer_id) {
  COLO_TRY(auto row, tx.one(kKnownCustomer, {customer_id}));
  return row.has_value();
}

Status link_ticket(db::Tx& tx, const Alert& alert, const std::string& ticket_ref) {
  COLO_TRY(auto n, tx.exec(kLinkTicket, {alert.id, alert.rule_key, alert.series_id, ticket_ref}));
  (void)n;
  return {};
}

Result<std::vector<Rule>> ledger_rules(db::Database& db, int down_after_failures, const RuleDefaults& defaults,
                                       const CommittedBps& committed) {
  std::vector<Rule> out;
  COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
  COLO_TRY(auto rooms, tx.query(kRooms));
  for (const auto& r : rooms.rows) {
    db::Cursor c(r);
    RoomLimits l;
    l.room_id = c.int64();
    l.temp_min_c = c.real();
    l.temp_max_c = c.real();
    l.humidity_min_pct = c.real();
    l.humidity_max_pct = c.real();
    for (auto& rule : room_rules(l, defaults)) out.push_back(std::move(rule));
  }
  COLO_TRY(auto feeds, tx.query(kFeeds));
  for (const auto& r : feeds.rows) {
    db::Cursor c(r);
    std::int64_t rack = c.int64();
    std::string feed = c.text();
    double capacity = c.real();
    for (auto& rule : feed_power_rules(rack, feed, capacity, defaults)) out.push_back(std::move(rule));
  }
  COLO_TRY(auto devices, tx.query(kPolledDevices));
  for (const auto& r : devices.rows) out.push_back(device_down_rule(r.int64(0), down_after_failures));
  COLO_TRY(auto ports, tx.query(kCabledInterfaces));
  for (const auto& r : ports.rows) {
    db::Cursor c(r);
    std::int64_t device = c.int64();
    std::int64_t if_index = c.int64();
    auto speed_bps = c.opt_int64();
    auto speed_mbps = c.opt_int64();
    const std::int64_t interface_id = c.int64();
    out.push_back(interface_down_rule(device, if_index, defaults.interface_down_samples));
    double speed = speed_bps && *speed_bps > 0     ? static_cast<double>(*speed_bps)
                   : speed_mbps && *speed_mbps > 0 ? static_cast<double>(*speed_mbps) * 1e6
                                                   : 0;
    if (defaults.utilisation_of_commit && committed) {
      COLO_TRY(auto commit, committed(tx, interface_id));
      if (commit && *commit > 0) speed = *commit;
    }
    if (speed > 0)
      for (auto& rule : utilisation_rules(device, if_index, speed, defaults.utilisation_level,
                                          defaults.utilisation_for_ms, defaults.utilisation_recover_gap))
        out.push_back(std::move(rule));
  }
  return out;
}

void run_rules(std::stop_token stop, db::Database& db, const Clock& clock, Alerts& alerts, int down_after_failures,
               std::string holder, RuleDefaults defaults, CommittedBps committed) {
  scheduler::run_every(stop, std::chrono::minutes(1), [&] {
    auto now = clock.now();
    // Held a little longer than the period, so that a slow run is not joined by another server.
    auto held = scheduler::take_lease(db, "monitoring-rules", holder, now + std::chrono::minutes(2), now);
    if (!held.ok()) {
      spdlog::warn("monitoring rules: {}", held.error().message);
      return;
    }
    if (!*held) return;
    auto rules = ledger_rules(db, down_after_failures, defaults, committed);
    if (!rules.ok()) {
      spdlog::warn("monitoring rules: {}", rules.error().message);
      return;
    }
    if (auto r = alerts.evaluate(*rules); !r.ok())
      spdlog::warn("monitoring rules: {}", r.error().message);
    else if (r->fired || r->recovered)
      spdlog::info("monitoring rules: {} fired ({} silenced), {} recovered", r->fired, r->silenced, r->recovered);
  });
}

}  // namespace colo::monitoring
