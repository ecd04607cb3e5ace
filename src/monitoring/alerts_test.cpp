// Alerts on both engines: the evaluation over stored samples fires once and recovers once across
// a noisy signal, run after run; acknowledge and resolve with history; maintenance windows
// silence a firing (and keep it from the service-desk hook); customers see only their own.
#include "monitoring/alerts.hpp"

#include <gtest/gtest.h>

#include <set>

#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::monitoring {
namespace {

using namespace std::chrono_literals;

constexpr std::int64_t kT0 = 1'795'651'200'000;  // 2026-11-26T00:00:00Z
constexpr std::int64_t kMin = 60'000;

Instant at(std::int64_t ms) { return Instant(std::chrono::milliseconds(ms)); }

tsdb::Sample temperature(std::int64_t minute, double v, std::string customer = "7") {
  return tsdb::Sample{
      "sensor_temperature_celsius",
      tsdb::normalise(
          {{"room_id", "4"}, {"rack_id", "9"}, {"sensor", "cold-aisle"}, {"customer_id", std::move(customer)}}),
      kT0 + minute * kMin, v};
}

// Cool, then hot with dips to 26.8 °C (inside the 26–27 gap), then cool with one rise to 26.5 °C
// that restarts the recovery stretch: the 27 °C limit is crossed many times.
std::vector<double> noisy_signal() {
  std::vector<double> v = {25, 25, 25};
  for (int i = 0; i < 20; ++i) v.push_back(i % 3 == 2 ? 26.8 : 27.6);
  for (int i = 0; i < 6; ++i) v.push_back(25.5);
  v.push_back(26.5);
  for (int i = 0; i < 12; ++i) v.push_back(25.5);
  return v;
}

class AlertsTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    store_ = std::make_unique<tsdb::Store>(db(), clock_);
    alerts_ = std::make_unique<Alerts>(db(), *store_, clock_, AlertsOptions{.lookback_ms = 24 * 60 * kMin});
  }
  Rule hot_rule() { return room_rules(RoomLimits{4, 18, 27, 20, 80})[0]; }
  // Pushes the signal a few minutes at a time and evaluates after each push, like the job.
  EvalReport push_and_evaluate(const std::vector<double>& signal, int per_run) {
    EvalReport total;
    for (std::size_t i = 0; i < signal.size(); i += per_run) {
      std::vector<tsdb::Sample> batch;
      for (std::size_t j = i; j < std::min(signal.size(), i + per_run); ++j)
        batch.push_back(temperature(static_cast<std::int64_t>(j), signal[j]));
      EXPECT_TRUE(store_->append(batch).ok());
      clock_.set(at(kT0 + static_cast<std::int64_t>(std::min(signal.size(), i + per_run)) * kMin));
      auto r = alerts_->evaluate({hot_rule()});
      EXPECT_TRUE(r.ok()) << r.error().message;
      if (!r.ok()) break;
      total.fired += r->fired;
      total.recovered += r->recovered;
      total.silenced += r->silenced;
      // Running again at once over the same samples changes nothing.
      auto again = alerts_->evaluate({hot_rule()});
      EXPECT_TRUE(again.ok());
      if (again.ok()) EXPECT_EQ(again->fired + again->recovered, 0);
    }
    return total;
  }
  std::vector<Alert> list(AlertFilter f, Context ctx = staff()) { return alerts_->list(ctx, f).take().second; }
  static Context staff() {
    auto p = std::make_shared<Principal>();
    p->user_id = 1;
    return Context{.principal = p};
  }
  static Context customer(std::int64_t id) {
    auto p = std::make_shared<Principal>();
    p->user_id = 2;
    p->customer_id = id;
    return Context{.principal = p};
  }
  ManualClock clock_{at(kT0)};
  std::unique_ptr<tsdb::Store> store_;
  std::unique_ptr<Alerts> alerts_;
};

TEST_P(AlertsTest, NoisySignalFiresOnceAndRecoversOnce) {
  int hooked = 0;
  alerts_->on_firing = [&](db::Tx&, const Alert& a) {
    ++hooked;
    EXPECT_EQ(a.customer_id, 7);
    return Status{};
  };
  auto total = push_and_evaluate(noisy_signal(), 4);
  EXPECT_EQ(total.fired, 1);
  EXPECT_EQ(total.recovered, 1);
  EXPECT_EQ(hooked, 1);
  auto alerts = list(AlertFilter{});
  ASSERT_EQ(alerts.size(), 1u);
  const Alert& a = alerts[0];
  EXPECT_EQ(a.rule_key, "room.4.temperature.high");
  EXPECT_EQ(a.state, AlertState::resolved);
  EXPECT_EQ(a.severity, Severity::critical);
  EXPECT_EQ(a.room_id, 4);
  EXPECT_EQ(a.rack_id, 9);
  EXPECT_FALSE(a.silenced);
  // Hot from minute 3; five minutes later (minute 8) is a dip between the thresholds, which
  // neither fires nor restarts the wait, so it fires on the next hot sample (minute 9). The last
  // stretch at or under 26 °C starts at minute 30 and lasts ten minutes.
  EXPECT_EQ(a.fired_at, format_instant(at(kT0 + 9 * kMin)));
  EXPECT_EQ(a.resolved_at, format_instant(at(kT0 + 40 * kMin)));
  EXPECT_EQ(a.resolved_by, std::nullopt);
  auto history = alerts_->history(a.id).take();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].kind, "fired");
  EXPECT_EQ(history[1].kind, "recovered");
}

TEST_P(AlertsTest, AcknowledgeThenResolveKeepsWhoWhenAndComment) {
  std::vector<double> hot(12, 28.0);
  push_and_evaluate(hot, 12);
  auto open = list(AlertFilter{.state = "open"});
  ASSERT_EQ(open.size(), 1u);
  std::int64_t id = open[0].id;
  clock_.advance(1min);
  auto acked = alerts_->acknowledge(id, 42, "空调检修中");
  ASSERT_TRUE(acked.ok());
  EXPECT_EQ(acked->state, AlertState::acknowledged);
  EXPECT_EQ(acked->acknowledged_by, 42);
  auto twice = alerts_->acknowledge(id, 42, "");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "monitoring.alert.not_firing");
  auto resolved = alerts_->resolve(id, 43, "fixed");
  ASSERT_TRUE(resolved.ok());
  EXPECT_EQ(resolved->state, AlertState::resolved);
  EXPECT_EQ(resolved->resolved_by, 43);
  auto again = alerts_->resolve(id, 43, "");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, "monitoring.alert.resolved");
  auto history = alerts_->history(id).take();
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[1].kind, "acknowledged");
  EXPECT_EQ(history[1].actor_id, 42);
  EXPECT_EQ(history[1].comment, "空调检修中");
  EXPECT_EQ(history[2].kind, "resolved");
  EXPECT_EQ(history[2].comment, "fixed");
  EXPECT_TRUE(list(AlertFilter{.state = "open"}).empty());
  auto missing = alerts_->acknowledge(id + 100, 42, "");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, ErrorKind::not_found);
}

TEST_P(AlertsTest, MaintenanceWindowSilencesAFiringInsideIt) {
  int hooked = 0;
  alerts_->on_firing = [&](db::Tx&, const Alert&) {
    ++hooked;
    return Status{};
  };
  MaintenanceWindow w;
  w.scope = "room";
  w.scope_id = 4;
  w.starts_at = format_instant(at(kT0));
  w.ends_at = format_instant(at(kT0 + 60 * kMin));
  w.title = "空调更换";
  w.emergency = true;
  w.reason = "空调故障";
  ASSERT_TRUE(alerts_->add_maintenance(w).ok());
  // Another room's window does not matter.
  w.scope_id = 5;
  ASSERT_TRUE(alerts_->add_maintenance(w).ok());
  auto total = push_and_evaluate(std::vector<double>(12, 28.0), 12);
  EXPECT_EQ(total.fired, 1);
  EXPECT_EQ(total.silenced, 1);
  EXPECT_EQ(hooked, 0);
  auto alerts = list(AlertFilter{.state = "open"});
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_TRUE(alerts[0].silenced);
}

TEST_P(AlertsTest, AFiringOutsideAnyWindowReachesTheHookAndAFailedHookRaisesNothing) {
  alerts_->on_firing = [&](db::Tx&, const Alert&) { return Status(Error::unavailable("service desk down")); };
  tsdb::Sample s = temperature(0, 28);
  std::vector<tsdb::Sample> batch;
  for (int m = 0; m < 12; ++m) batch.push_back(temperature(m, 28));
  ASSERT_TRUE(store_->append(batch).ok());
  clock_.set(at(kT0 + 12 * kMin));
  EXPECT_FALSE(alerts_->evaluate({hot_rule()}).ok());
  EXPECT_TRUE(list(AlertFilter{}).empty());
  // The next run, with the hook answering, raises the alert.
  int hooked = 0;
  alerts_->on_firing = [&](db::Tx&, const Alert&) {
    ++hooked;
    return Status{};
  };
  auto r = alerts_->evaluate({hot_rule()});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->fired, 1);
  EXPECT_EQ(hooked, 1);
}

TEST_P(AlertsTest, MaintenanceNeedsAScopeAnEndAfterTheStartAndAReasonWhenUrgent) {
  MaintenanceWindow w;
  w.scope = "planet";
  w.scope_id = 1;
  w.starts_at = format_instant(at(kT0 + kMin));
  w.ends_at = format_instant(at(kT0));
  w.emergency = true;
  auto r = alerts_->add_maintenance(w);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.size(), 3u);
  EXPECT_TRUE(alerts_->maintenance_between(format_instant(at(0)), format_instant(at(kT0 * 2))).take().empty());
}

TEST_P(AlertsTest, PlannedMaintenanceNeedsNoticeAndIsAnnouncedToTheAffectedCustomers) {
  std::int64_t acme = 0, zenith = 0;
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    for (auto* id : {&acme, &zenith})
      *id = tx.insert(
                  "INSERT INTO customers (name, address, status, created_at, updated_at) "
                  "VALUES ($1, '', 'active', $2, $2) RETURNING id",
                  {id == &acme ? "Acme" : "Zenith", format_instant(clock_.now())})
                .take();
    ASSERT_TRUE(tx.commit().ok());
  }
  // Acme has a sensor in room 4; Zenith only in room 5.
  ASSERT_TRUE(store_->append({temperature(0, 22, std::to_string(acme))}).ok());
  tsdb::Sample other = temperature(0, 22, std::to_string(zenith));
  for (auto& [k, v] : other.labels)
    if (k == "room_id") v = "5";
  ASSERT_TRUE(store_->append({other}).ok());

  MaintenanceWindow w;
  w.scope = "room";
  w.scope_id = 4;
  w.title = "UPS 更换";
  // A day ahead is less than the 48 hours' notice.
  w.starts_at = format_instant(clock_.now() + 24h);
  w.ends_at = format_instant(clock_.now() + 26h);
  auto early = alerts_->add_maintenance(w);
  ASSERT_FALSE(early.ok());
  ASSERT_EQ(early.error().fields.size(), 1u);
  EXPECT_EQ(early.error().fields[0].code, "monitoring.maintenance.short_notice");
  auto count = [&](std::string_view sql, db::Params p) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return tx.one(sql, p).take()->int64(0);
  };
  EXPECT_EQ(count("SELECT COUNT(*) FROM monitoring_maintenance", {}), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM notifications", {}), 0);

  w.starts_at = format_instant(clock_.now() + 72h);
  w.ends_at = format_instant(clock_.now() + 74h);
  ASSERT_TRUE(alerts_->add_maintenance(w).ok());
  EXPECT_EQ(count("SELECT COUNT(*) FROM notifications WHERE customer_id = $1", {acme}), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM notifications WHERE customer_id = $1", {zenith}), 0);

  // An emergency may start at once, with a reason.
  w.starts_at = format_instant(clock_.now());
  w.emergency = true;
  w.reason = "电池鼓包";
  ASSERT_TRUE(alerts_->add_maintenance(w).ok());
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM notifications WHERE customer_id = $1 AND topic = 'monitoring.maintenance'", {acme}),
      2);
}

// A window is changed only before it starts; cancelling withdraws one not yet started and ends one
// in progress now; each change is announced to the customer with a series in the scope.
TEST_P(AlertsTest, MaintenanceIsChangedBeforeItStartsAndCancelledUntilItEnds) {
  std::int64_t acme = 0;
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    acme = tx.insert(
                 "INSERT INTO customers (name, address, status, created_at, updated_at) "
                 "VALUES ('Acme', '', 'active', $1, $1) RETURNING id",
                 {format_instant(clock_.now())})
               .take();
    ASSERT_TRUE(tx.commit().ok());
  }
  ASSERT_TRUE(store_->append({temperature(0, 22, std::to_string(acme))}).ok());
  auto notices = [&](std::string_view key) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return tx.one("SELECT COUNT(*) FROM notifications WHERE customer_id = $1 AND title_key = $2", {acme, key})
        .take()
        ->int64(0);
  };
  MaintenanceWindow w;
  w.scope = "room";
  w.scope_id = 4;
  w.title = "空调检修";
  w.starts_at = format_instant(clock_.now() + 72h);
  w.ends_at = format_instant(clock_.now() + 74h);
  auto id = alerts_->add_maintenance(w).take();

  // Moved a day later: stored, and announced.
  w.starts_at = format_instant(clock_.now() + 96h);
  w.ends_at = format_instant(clock_.now() + 98h);
  w.title = "空调检修（改期）";
  auto changed = alerts_->update_maintenance(id, w);
  ASSERT_TRUE(changed.ok()) << changed.error().message;
  auto stored = alerts_->maintenance(id).take();
  EXPECT_EQ(stored.starts_at, w.starts_at);
  EXPECT_EQ(stored.title, "空调检修（改期）");
  EXPECT_EQ(notices("notice.monitoring.maintenance_changed"), 1);
  // The same checks as a new window: not less than the notice ahead.
  auto soon = w;
  soon.starts_at = format_instant(clock_.now() + 1h);
  auto refused = alerts_->update_maintenance(id, soon);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields.at(0).code, "monitoring.maintenance.short_notice");
  EXPECT_EQ(alerts_->maintenance(id).take().starts_at, w.starts_at);

  // Once it has started it cannot be changed, but it can be cancelled: it ends now.
  clock_.set(clock_.now() + 97h);
  auto late = alerts_->update_maintenance(id, w);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, "monitoring.maintenance.started");
  ASSERT_TRUE(alerts_->cancel_maintenance(id).ok());
  EXPECT_EQ(alerts_->maintenance(id).take().ends_at, format_instant(clock_.now()));
  EXPECT_EQ(notices("notice.monitoring.maintenance_cancelled"), 1);
  // Over now: nothing left to cancel.
  clock_.set(clock_.now() + 1min);
  auto over = alerts_->cancel_maintenance(id);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().code, "monitoring.maintenance.ended");

  // A window not yet started is withdrawn whole.
  w.starts_at = format_instant(clock_.now() + 72h);
  w.ends_at = format_instant(clock_.now() + 74h);
  auto future = alerts_->add_maintenance(w).take();
  // A customer sees the windows on its own room, and no other customer's.
  const auto all = format_instant(at(0)), later = format_instant(clock_.now() + 1000h);
  EXPECT_EQ(alerts_->maintenance_between(all, later, acme).take().size(), 2u);
  EXPECT_TRUE(alerts_->maintenance(future, acme).ok());
  EXPECT_TRUE(alerts_->maintenance_between(all, later, acme + 1000).take().empty());
  EXPECT_FALSE(alerts_->maintenance(future, acme + 1000).ok());
  ASSERT_TRUE(alerts_->cancel_maintenance(future).ok());
  EXPECT_FALSE(alerts_->maintenance(future).ok());
  EXPECT_EQ(notices("notice.monitoring.maintenance_cancelled"), 2);
  EXPECT_FALSE(alerts_->cancel_maintenance(999999).ok());
}

TEST_P(AlertsTest, AvailabilityCountsConfirmedOutageOutsideMaintenance) {
  // Device 12 of a customer: one lost check at minute 2, then down from minute 5 to 9 (four
  // minutes), with maintenance on the device over minutes 5–7 (announced to the customer).
  std::int64_t cust = 0;
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    cust = tx.insert(
                 "INSERT INTO customers (name, address, status, created_at, updated_at) "
                 "VALUES ('Acme', '', 'active', $1, $1) RETURNING id",
                 {format_instant(clock_.now())})
               .take();
    ASSERT_TRUE(tx.exec("INSERT INTO monitoring_devices (device_id, device_name, customer_id, snmp_version, "
                        "snmp_sealed, snmp_port, enabled, ping_interval_s, snmp_interval_s, created_at, updated_at) "
                        "VALUES (12, 'sw-01', $2, 'none', '', 161, 1, 60, 300, $1, $1)",
                        {format_instant(clock_.now()), cust})
                    .ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  std::string pattern = "1101100001111";
  std::vector<tsdb::Sample> batch;
  for (std::size_t i = 0; i < pattern.size(); ++i)
    batch.push_back({"device_up", tsdb::normalise({{"device_id", "12"}, {"customer_id", std::to_string(cust)}}),
                     kT0 + static_cast<std::int64_t>(i) * kMin, pattern[i] == '1' ? 1.0 : 0.0});
  ASSERT_TRUE(store_->append(batch).ok());
  clock_.set(at(kT0 + 20 * kMin));
  MaintenanceWindow w;
  w.scope = "device";
  w.scope_id = 12;
  w.starts_at = format_instant(at(kT0 + 5 * kMin));
  w.ends_at = format_instant(at(kT0 + 7 * kMin));
  w.title = "固件升级";
  w.emergency = true;
  w.reason = "安全补丁";
  ASSERT_TRUE(alerts_->add_maintenance(w).ok());
  Interval period{kT0, kT0 + 20 * kMin};
  auto rows = alerts_->availability(staff(), cust, period);
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  ASSERT_EQ(rows->size(), 1u);
  const auto& a = (*rows)[0].availability;
  EXPECT_EQ((*rows)[0].device_name, "sw-01");
  EXPECT_DOUBLE_EQ(a.minutes, 20);
  EXPECT_DOUBLE_EQ(a.outage_minutes, 2);
  EXPECT_DOUBLE_EQ(a.maintenance_minutes, 2);
  EXPECT_TRUE(a.measured);
  EXPECT_TRUE(alerts_->availability(customer(cust), cust, period).ok());
  auto other = alerts_->availability(customer(cust + 1), cust, period);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().kind, ErrorKind::not_found);
}

TEST_P(AlertsTest, ACustomerSeesOnlyItsOwnAlerts) {
  push_and_evaluate(std::vector<double>(12, 28.0), 12);
  auto all = list(AlertFilter{});
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(list(AlertFilter{}, customer(7)).size(), 1u);
  EXPECT_TRUE(list(AlertFilter{}, customer(8)).empty());
  EXPECT_TRUE(alerts_->get(customer(7), all[0].id).ok());
  auto other = alerts_->get(customer(8), all[0].id);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().kind, ErrorKind::not_found);
}

// Device days: whole minutes only, an outage begun the day before counted from midnight,
// announced maintenance apart from outage while an emergency window is not, a device without
// samples stored as unmeasured, and a second run storing nothing.
TEST_P(AlertsTest, DeviceDaysAreStoredOnceWithWholeMinutesAndAnnouncedMaintenanceApart) {
  const std::string now = format_instant(at(kT0));
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    for (int device : {12, 13})
      ASSERT_TRUE(tx.exec("INSERT INTO monitoring_devices (device_id, device_name, customer_id, snmp_version, "
                          "snmp_sealed, snmp_port, enabled, ping_interval_s, snmp_interval_s, created_at, updated_at) "
                          "VALUES ($2, 'sw', 7, 'none', '', 161, 1, 60, 300, $1, $1)",
                          {now, device})
                      .ok());
    auto window = [&](std::int64_t from, std::int64_t to, bool emergency) {
      ASSERT_TRUE(tx.exec("INSERT INTO monitoring_maintenance (scope, scope_id, starts_at, ends_at, title, emergency, "
                          "reason, created_at) VALUES ('device', 12, $1, $2, 'w', $3, 'r', $4)",
                          {format_instant(at(kT0 + from)), format_instant(at(kT0 + to)), emergency, now})
                      .ok());
    };
    window(125 * kMin, 128 * kMin, false);
    window(190 * kMin, 210 * kMin, true);
    ASSERT_TRUE(tx.commit().ok());
  }
  std::vector<std::pair<std::int64_t, double>> points = {
      // Down since 23:58 the day before, up at 00:02: two minutes of this day.
      {-3 * kMin, 1},
      {-2 * kMin, 0},
      {-1 * kMin, 0},
      {0, 0},
      {kMin, 0},
      {2 * kMin, 1},
      // Thirty seconds without an answer: less than a whole minute, no outage.
      {60 * kMin, 1},
      {60 * kMin + 30'000, 0},
      {61 * kMin, 1},
      // 02:01–02:11 down, 02:05–02:08 announced: seven minutes of outage, three of maintenance.
      {120 * kMin, 1},
      {121 * kMin, 0},
      {125 * kMin, 0},
      {130 * kMin, 0},
      {131 * kMin, 1},
      // 03:20–03:24 down inside an emergency window: outage all the same.
      {200 * kMin, 0},
      {203 * kMin, 0},
      {204 * kMin, 1},
      {300 * kMin, 1}};
  std::vector<tsdb::Sample> batch;
  for (auto [t, v] : points) batch.push_back({"device_up", tsdb::normalise({{"device_id", "12"}}), kT0 + t, v});
  ASSERT_TRUE(store_->append(batch).ok());
  clock_.set(at(kT0 + 2 * 24 * 60 * kMin));
  const Date day = utc_date(at(kT0));
  auto first = compute_days(db(), *store_, clock_, day, 1);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->computed, 2);
  EXPECT_EQ(first->unmeasured, 1);
  auto again = compute_days(db(), *store_, clock_, day, 1);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->computed, 0);
  EXPECT_EQ(again->already, 2);

  auto tx = db::Tx::begin(db(), db::Access::read).take();
  auto days = stored_days(tx, std::nullopt, std::vector<std::int64_t>{12, 13}, day, day);
  ASSERT_TRUE(days.ok()) << days.error().message;
  ASSERT_EQ(days->size(), 2u);
  const auto& d12 = (*days)[0].figure;
  EXPECT_TRUE(d12.measured);
  EXPECT_EQ(d12.minutes, 1440);
  EXPECT_EQ(d12.outage_minutes, 2 + 7 + 4);
  EXPECT_EQ(d12.maintenance_minutes, 3);
  ASSERT_EQ(d12.outages.size(), 4u);
  EXPECT_EQ(d12.outages[0].from_ms, kT0);  // from midnight, not from the first sample of the day
  EXPECT_EQ((*days)[0].customer_id, 7);    // the polled device's customer
  const auto& d13 = (*days)[1].figure;
  EXPECT_FALSE(d13.measured);  // no samples: unmeasured, never a whole day up
  EXPECT_EQ(d13.outage_minutes, 0);
  // By customer: both devices are customer 7's.
  auto by_customer = stored_days(tx, 7, std::nullopt, day, day);
  ASSERT_TRUE(by_customer.ok());
  EXPECT_EQ(by_customer->size(), 2u);
}

// Interfaces: a matched interface at the end of a connected cable gets down and utilisation
// rules; the evaluation fires interface down after two polls at 0, and utilisation after 15
// minutes above 90 % of ifSpeed, and a value between 80 % and 90 % does not end it.
TEST_P(AlertsTest, CabledInterfacesAreWatchedForDownAndUtilisation) {
  const std::string now = format_instant(at(kT0));
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto type = tx.insert(
                      "INSERT INTO dcim_device_types (manufacturer, model, slug, height_hu, content_hash, "
                      "created_at, updated_at) VALUES ('H3C', 'S6850', 's6850', 1, 'x', $1, $1) RETURNING id",
                      {now})
                    .take();
    auto device = [&](const char* name) {
      return tx
          .insert(
              "INSERT INTO dcim_devices (device_type_id, name, role, status, created_at, updated_at) "
              "VALUES ($1, $2, 'switch', 'active', $3, $3) RETURNING id",
              {type, std::string(name), now})
          .take();
    };
    auto a = device("sw-a"), b = device("sw-b");
    auto port = [&](std::int64_t dev, const char* name) {
      return tx
          .insert(
              "INSERT INTO dcim_interfaces (device_id, name, type, speed_mbps) VALUES ($1, $2, '10gbase-x', "
              "10000) RETURNING id",
              {dev, std::string(name)})
          .take();
    };
    auto pa = port(a, "xe-1"), pb = port(b, "xe-1"), spare = port(a, "xe-2");
    auto cable = tx.insert(
                       "INSERT INTO ipam_cables (a_interface_id, a_device_id, b_interface_id, b_device_id, type, "
                       "status, created_at, updated_at) VALUES ($1, $2, $3, $4, 'smf-os2', 'connected', $5, $5) "
                       "RETURNING id",
                       {pa, a, pb, b, now})
                     .take();
    ASSERT_TRUE(
        tx.exec("INSERT INTO ipam_cable_ends (interface_id, cable_id, side) VALUES ($1, $2, 'a')", {pa, cable}).ok());
    ASSERT_TRUE(
        tx.exec("INSERT INTO ipam_cable_ends (interface_id, cable_id, side) VALUES ($1, $2, 'b')", {pb, cable}).ok());
    ASSERT_TRUE(tx.exec("INSERT INTO monitoring_devices (device_id, device_name, snmp_version, snmp_sealed, snmp_port, "
                        "enabled, ping_interval_s, snmp_interval_s, created_at, updated_at) "
                        "VALUES ($2, 'sw-a', 'v2c', '', 161, 1, 60, 300, $1, $1)",
                        {now, a})
                    .ok());
    // ifIndex 1 is the cabled port (1 Gbit/s by its agent), ifIndex 2 the spare one.
    ASSERT_TRUE(tx.exec("INSERT INTO monitoring_interfaces (device_id, if_index, name, descr, alias, speed_bps, "
                        "interface_id) VALUES ($1, 1, 'xe-1', '', '', 1000000000, $2), "
                        "($1, 2, 'xe-2', '', '', 1000000000, $3)",
                        {a, pa, spare})
                    .ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  auto rules = ledger_rules(db(), 3);
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  std::vector<Rule> ports;
  for (const auto& r : *rules)
    if (r.metric == "if_oper_up" || r.metric.starts_with("if_")) ports.push_back(r);
  ASSERT_EQ(ports.size(), 3u);  // down, utilisation in and out of the cabled port only
  for (const auto& r : ports) EXPECT_NE(r.key.find(".if.1."), std::string::npos) << r.key;

  auto dev = ports[0].match;  // device_id and if_index
  std::vector<tsdb::Sample> batch;
  for (int m = 0; m < 5; ++m) {
    tsdb::Labels l = dev;
    batch.push_back({"if_oper_up", tsdb::normalise(l), kT0 + m * 5 * kMin, m < 3 ? 1.0 : 0.0});
  }
  // In: 950 Mbit/s for 20 minutes, then 850 Mbit/s (between recovery and firing) for 20 more.
  for (int m = 0; m <= 40; ++m)
    batch.push_back({"if_in_bits_per_second", tsdb::normalise(dev), kT0 + m * kMin, m <= 20 ? 9.5e8 : 8.5e8});
  ASSERT_TRUE(store_->append(batch).ok());
  clock_.set(at(kT0 + 41 * kMin));
  auto r = alerts_->evaluate(*rules);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->fired, 2);
  EXPECT_EQ(r->recovered, 0);
  auto open = list(AlertFilter{.state = "open"});
  ASSERT_EQ(open.size(), 2u);
  std::set<std::string> keys;
  for (const auto& a : open) keys.insert(a.rule_key);
  EXPECT_TRUE(keys.count(ports[0].key));
  EXPECT_EQ(keys.size(), 2u);

  // Against the commit: the contract behind the cabled port commits 500 Mbit/s, so its
  // utilisation rules fire above 450 Mbit/s instead of 900; without a commit, or with the base
  // left at the speed, the speed stays the base.
  auto utilisation_in = [](const std::vector<Rule>& rules) {
    for (const auto& r : rules)
      if (r.metric == "if_in_bits_per_second") return r;
    return Rule{};
  };
  EXPECT_EQ(utilisation_in(*rules).fire_at, 9e8);
  std::vector<std::int64_t> asked;
  CommittedBps commit = [&](db::Tx&, std::int64_t interface_id) -> Result<std::optional<double>> {
    asked.push_back(interface_id);
    return std::optional<double>(5e8);
  };
  auto of_commit = ledger_rules(db(), 3, RuleDefaults{.utilisation_of_commit = true}, commit);
  ASSERT_TRUE(of_commit.ok()) << of_commit.error().message;
  EXPECT_DOUBLE_EQ(utilisation_in(*of_commit).fire_at, 4.5e8);
  EXPECT_DOUBLE_EQ(utilisation_in(*of_commit).recover_at, 4e8);
  ASSERT_EQ(asked.size(), 1u);  // the cabled port's ledger interface only
  EXPECT_EQ(utilisation_in(ledger_rules(db(), 3, RuleDefaults{}, commit).take()).fire_at, 9e8);
  CommittedBps none = [](db::Tx&, std::int64_t) -> Result<std::optional<double>> { return std::optional<double>(); };
  EXPECT_EQ(utilisation_in(ledger_rules(db(), 3, RuleDefaults{.utilisation_of_commit = true}, none).take()).fire_at,
            9e8);
  CommittedBps failing = [](db::Tx&, std::int64_t) -> Result<std::optional<double>> {
    return Error::unavailable("contracts unreadable");
  };
  EXPECT_FALSE(ledger_rules(db(), 3, RuleDefaults{.utilisation_of_commit = true}, failing).ok());
}

// The resolution hook hears of a recovery by the rule and of a person's resolution.
TEST_P(AlertsTest, TheResolutionHookHearsOfRecoveryAndOfAPersonsResolution) {
  std::vector<bool> heard;
  alerts_->on_resolved = [&](db::Tx&, const Alert& a, bool by_person) {
    EXPECT_EQ(a.state, AlertState::resolved);
    heard.push_back(by_person);
    return Status{};
  };
  auto first = push_and_evaluate(noisy_signal(), 5);
  EXPECT_EQ(first.recovered, 1);
  ASSERT_EQ(heard.size(), 1u);
  EXPECT_FALSE(heard[0]);
  // A second firing, resolved by hand.
  std::vector<tsdb::Sample> batch;
  for (int m = 60; m < 72; ++m) batch.push_back(temperature(m, 28));
  ASSERT_TRUE(store_->append(batch).ok());
  clock_.set(at(kT0 + 72 * kMin));
  ASSERT_TRUE(alerts_->evaluate({hot_rule()}).ok());
  auto open = list(AlertFilter{.state = "firing"});
  ASSERT_EQ(open.size(), 1u);
  ASSERT_TRUE(alerts_->resolve(open[0].id, 1, "风扇已更换").ok());
  ASSERT_EQ(heard.size(), 2u);
  EXPECT_TRUE(heard[1]);
}

COLO_INSTANTIATE_ENGINE_TEST(AlertsTest);

}  // namespace
}  // namespace colo::monitoring
