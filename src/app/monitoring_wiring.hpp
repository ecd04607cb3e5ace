// Wiring of monitoring's alerts to the service desk and to /metrics: a firing alert on a
// customer's series opens an incident for that customer (or comments on the one its earlier
// firing opened while that is still open), and its resolution is commented on the same ticket.
#pragma once

#include <string>

#include "core/result.hpp"

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

namespace colo::app {

// Impact and urgency (1 high .. 3 low) of the incident a firing of `severity` opens: critical
// 1×1 (P1), warning 2×2, info 3×3.
std::pair<int, int> incident_weight(std::string_view severity);

void wire_alert_incidents(monitoring::Alerts& alerts, servicedesk::Service& desk);

// colo_alerts_firing{severity}, colo_alert_evaluations_total, colo_alert_evaluation_errors_total,
// colo_alert_series_evaluated_total.
void add_alert_metrics(http::Metrics& metrics, monitoring::Alerts& alerts);

}  // namespace colo::app
