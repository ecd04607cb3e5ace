// Wiring of monitoring's alerts to the service desk and to /metrics: a firing alert on a
// customer's series opens an incident for that customer (or comments on the one its earlier
// firing opened while that is still open), and its resolution is commented on the same ticket.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>

#include "core/clock.hpp"

#include "contracts/model.hpp"
#include "core/result.hpp"
#include "monitoring/alerts.hpp"

namespace colo::http {
class Metrics;
}
namespace colo::monitoring {
class Alerts;
struct Alert;
}  // namespace colo::monitoring
namespace colo::servicedesk {
class Service;
}
namespace colo::tsdb {
class Store;
}
namespace colo::usage {
class Service;
}
namespace colo::contracts {
class Service;
}

namespace colo::app {

// Impact and urgency (1 high .. 3 low) of the incident a firing of `severity` opens: critical
// 1×1 (P1), warning 2×2, info 3×3.
std::pair<int, int> incident_weight(std::string_view severity);

void wire_alert_incidents(monitoring::Alerts& alerts, servicedesk::Service& desk);

// colo_alerts_firing{severity}, colo_alert_evaluations_total, colo_alert_evaluation_errors_total,
// colo_alert_series_evaluated_total.
void add_alert_metrics(http::Metrics& metrics, monitoring::Alerts& alerts);

// Usage meters fed from monitoring ("usage-from-monitoring", every five minutes under its lease
// and from `colo jobs run`): each active bandwidth meter linked to a ledger interface gets the
// five-minute averages of the if_in/if_out_bits_per_second series labelled with that
// interface_id, for the closed buckets of the last `lookback` (a bucket is closed a minute after
// it ends). Writing a slot again with the same rate changes nothing, so runs may overlap; a bucket
// whose late samples changed its average is replaced on the next run.
inline constexpr const char* kUsageFromMonitoringJob = "usage-from-monitoring";
struct UsageCopyReport {
  std::int64_t meters = 0, slots = 0, inserted = 0, replaced = 0, unchanged = 0;
  std::int64_t refused = 0;  // meters whose rates the usage store refused
};
Result<UsageCopyReport> usage_from_monitoring(usage::Service& usage, tsdb::Store& store, Instant now,
                                              std::chrono::milliseconds lookback = std::chrono::hours(24));

// The committed rate behind a ledger interface, for utilisation rules measured against the commit
// ([monitoring] rule_utilisation_base = commit): the active bandwidth usage meter linked to the
// interface names the contract; the included quantity of the BW-COMMIT-MBPS lines of the version
// in force today is its commit, in Mbit/s. Nullopt without such a meter, an active contract or
// such a line.
// `contract_in` is contracts::Service::contract_in (the contract with the terms in force on a day).
inline constexpr const char* kCommitCatalogueItem = "BW-COMMIT-MBPS";
using ContractIn = std::function<Result<std::optional<contracts::Contract>>(db::Tx&, std::int64_t, Date)>;
monitoring::CommittedBps committed_bps(ContractIn contract_in, const Clock& clock);
ContractIn contract_in(contracts::Service& contracts);

}  // namespace colo::app
