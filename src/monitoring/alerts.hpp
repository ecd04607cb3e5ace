// Alerts raised by rules (rules.hpp) over the time-series store's samples: the evaluation run
// that reads each watched series' new samples, steps its rule state and raises or ends alerts;
// the alert life cycle firing → acknowledged → resolved with its history (who, when, comment);
// and maintenance windows, inside which a firing is recorded but silenced.
//
// The evaluation keeps each (rule, series) state in the database with the newest sample it has
// seen, so a run repeated over the same samples changes nothing; one server runs it at a time
// (the caller holds the "monitoring-rules" lease, see rules_job in alerts_job.hpp).
//
// Thread safety: every member may be called from any thread; on_firing is set before first use.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/list.hpp"
#include "monitoring/advice.hpp"
#include "monitoring/availability.hpp"
#include "monitoring/rules.hpp"
#include "tsdb/store.hpp"

namespace colo::monitoring {

enum class AlertState { firing, acknowledged, resolved };
std::string_view to_string(AlertState s);

struct Alert {
  std::int64_t id = 0;
  std::string rule_key;
  std::int64_t series_id = 0;
  std::string metric;
  tsdb::Labels labels;
  Severity severity = Severity::warning;
  AlertState state = AlertState::firing;
  bool silenced = false;
  std::optional<std::int64_t> customer_id, device_id, rack_id, room_id;
  double threshold = 0;
  double value = 0;
  std::string fired_at;
  std::optional<std::string> acknowledged_at;
  std::optional<std::int64_t> acknowledged_by;
  std::optional<std::string> resolved_at;
  std::optional<std::int64_t> resolved_by;
};

struct AlertEvent {
  std::int64_t id = 0;
  std::string kind;  // fired, acknowledged, resolved, recovered
  std::optional<std::int64_t> actor_id;
  std::string comment;
  std::optional<double> value;
  std::string at;
};

struct MaintenanceWindow {
  std::int64_t id = 0;
  std::string scope;  // device, rack, room
  std::int64_t scope_id = 0;
  std::string starts_at, ends_at;  // instants, format_instant
  std::string title;
  bool emergency = false;
  std::string reason;
  std::optional<std::int64_t> created_by;
};

struct AlertFilter {
  std::optional<std::string> q, sort;
  std::optional<std::string> state;  // firing, acknowledged, resolved, or "open" (not resolved)
  std::optional<std::string> severity;
  std::optional<std::int64_t> customer, device, rack, room;
  std::int64_t limit = 50, offset = 0;
};
inline const std::vector<std::string> kAlertStateFilters = {"firing", "acknowledged", "resolved", "open"};
inline const std::vector<std::string> kAlertStates = {"firing", "acknowledged", "resolved"};
inline const std::vector<std::string> kSeverities = {"info", "warning", "critical"};
inline const std::vector<std::string> kMaintenanceScopes = {"device", "rack", "room"};
extern const db::ListSpec kAlertList;

struct EvalReport {
  std::int64_t series = 0, samples = 0, fired = 0, recovered = 0, silenced = 0;
};

struct AlertsOptions {
  // How far back the first evaluation of a series reads (longer than the longest rule duration,
  // so a server started after a pause catches up); later runs read from the newest sample seen.
  std::int64_t lookback_ms = 60 * 60 * 1000;
  // [monitoring] maintenance_notice_hours: how far ahead a planned (not emergency) window must
  // start, so that the affected customers hear of it in time.
  int maintenance_notice_hours = 48;
  int down_after_failures = 3;  // [monitoring] down_after_failures, for availability
};

// Alert figures for /metrics: the open alerts by severity read by refresh_counters(); evaluation runs,
// their errors and the series they stepped counted by evaluate(), counted by the evaluation.
struct AlertCounters {
  std::atomic<std::int64_t> evaluations{0}, evaluation_errors{0}, series_evaluated{0};
  std::atomic<std::int64_t> firing_info{0}, firing_warning{0}, firing_critical{0};
};

class Alerts {
 public:
  Alerts(db::Database& db, tsdb::Store& store, const Clock& clock, AlertsOptions options = {});

  // Called in the transaction that raises an unsilenced alert; an error rolls the firing back
  // (and the next run tries again). Unset by default; the composition root wires the service
  // desk's incident opening here.
  std::function<Status(db::Tx&, const Alert&)> on_firing;
  // Called in the transaction that resolves an alert, after the rule recovered (by_person false)
  // or a person resolved it; an error rolls the resolution back. Unset by default.
  std::function<Status(db::Tx&, const Alert&, bool by_person)> on_resolved;

  // Every series each rule matches: new samples stepped through the rule, alerts raised on
  // firing and resolved on recovery.
  Result<EvalReport> evaluate(const std::vector<Rule>& rules);

  // firing → acknowledged; 409 monitoring.alert.not_firing otherwise.
  Result<Alert> acknowledge(std::int64_t id, std::optional<std::int64_t> actor, const std::string& comment);
  // firing or acknowledged → resolved by a person; 409 monitoring.alert.resolved when it is already.
  Result<Alert> resolve(std::int64_t id, std::optional<std::int64_t> actor, const std::string& comment);

  // 404 when there is no such alert or the caller's customer is not the alert's.
  Result<Alert> get(const Context& ctx, std::int64_t id);
  Result<std::vector<AlertEvent>> history(std::int64_t id);
  // One page, newest first by default; a customer principal sees only its own.
  Result<db::Counted<Alert>> list(const Context& ctx, const AlertFilter& filter);

  // Optimisation advice over [from, to) (see advice.hpp).
  Result<std::vector<Advice>> advice(const Context& ctx, std::optional<std::int64_t> customer, Interval period) {
    return monthly_advice(db_, store_, ctx, customer, period);
  }

  // Availability of each polled device of `customer` over [from, to); 404 for another customer's.
  Result<std::vector<DeviceAvailability>> availability(const Context& ctx, std::int64_t customer, Interval period);

  // 422 validation_failed for an unknown scope, an end not after the start, an emergency
  // without a reason, or a planned window starting sooner than the notice hours. Announced in
  // the same transaction to every customer with a series of the device, rack or room.
  Result<std::int64_t> add_maintenance(const MaintenanceWindow& window);
  // A customer (`tenant`) sees only the windows on a device, rack or room of its own series: those
  // it was told of.
  Result<std::vector<MaintenanceWindow>> maintenance_between(const std::string& from, const std::string& to,
                                                             std::optional<std::int64_t> tenant = std::nullopt);
  // One window; 404 not_found.maintenance, also for a customer's view of a window it is not in.
  Result<MaintenanceWindow> maintenance(std::int64_t id, std::optional<std::int64_t> tenant = std::nullopt);
  // Replaces a window that has not started yet with the checks of add_maintenance (the notice is
  // counted from now); 409 monitoring.maintenance.started once it has. The customers of the old
  // and the new scope hear of the change.
  Result<MaintenanceWindow> update_maintenance(std::int64_t id, const MaintenanceWindow& window);
  // A window that has not started is removed (it silenced and excused nothing yet); one in
  // progress ends now; 409 monitoring.maintenance.ended for one that is over. Announced to the
  // affected customers.
  Status cancel_maintenance(std::int64_t id);

  // Reads the open alerts by severity into counters() (for /metrics).
  Status refresh_counters();
  AlertCounters& counters() { return counters_; }

 private:
  Status check_window(const MaintenanceWindow& w) const;
  Status announce(db::Tx& tx, const MaintenanceWindow& w, const std::string& key);
  Status evaluate_series(const Rule& rule, const tsdb::SeriesInfo& series, EvalReport& report);

  db::Database& db_;
  tsdb::Store& store_;
  const Clock& clock_;
  AlertsOptions options_;
  AlertCounters counters_;
};

// The service-desk ticket an alert is linked to (its alert reference), for the incident wiring.
Result<std::optional<std::string>> alert_ticket_ref(db::Tx& tx, std::int64_t alert_id);
// The reference of the newest earlier alert of the same rule on the same series that has one.
Result<std::optional<std::string>> last_ticket_ref(db::Tx& tx, const std::string& rule_key, std::int64_t series_id);
Status link_ticket(db::Tx& tx, const Alert& alert, const std::string& ticket_ref);
// Whether a customer_id label names a customer of the ledger (pushed labels may not).
Result<bool> customer_known(db::Tx& tx, std::int64_t customer_id);

// Every minute until `stop`: the server holding the "monitoring-rules" lease evaluates the
// ledger's rules; the others skip.
// The committed rate (bit/s) of the contract behind a ledger interface, nullopt when there is
// none; monitoring knows no contracts, so the application supplies it (from the contract's
// committed-bandwidth line), read in the rules' transaction.
using CommittedBps = std::function<Result<std::optional<double>>(db::Tx& tx, std::int64_t interface_id)>;

void run_rules(std::stop_token stop, db::Database& db, const Clock& clock, Alerts& alerts, int down_after_failures,
               std::string holder, RuleDefaults defaults = {}, CommittedBps committed = {});

// The rules Colo derives from the ledger: each room's temperature and humidity limits, each
// power feed's capacity, device down after `down_after_failures` failed checks for every polled
// device, and for every discovered interface matched to a cabled ledger interface: interface
// down (two polls) and utilisation above 90 % of its speed for 15 minutes (thresholds from
// `defaults`), or of its committed rate when defaults.utilisation_of_commit and `committed` knows
// one for the ledger interface.
Result<std::vector<Rule>> ledger_rules(db::Database& db, int down_after_failures, const RuleDefaults& defaults = {},
                                       const CommittedBps& committed = {});

}  // namespace colo::monitoring
