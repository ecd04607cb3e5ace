#include "app/monitoring_wiring.hpp"

#include <cmath>
#include <cstdio>
#include <map>

#include <spdlog/spdlog.h>

#include "contracts/service.hpp"
#include "http/metrics.hpp"
#include "i18n/catalogue.hpp"
#include "monitoring/alerts.hpp"
#include "servicedesk/service.hpp"
#include "tsdb/store.hpp"
#include "usage/service.hpp"
#include "usage/store.hpp"

namespace colo::app {

namespace {

// Ticket titles and comments are stored text, read by the customer and the operator alike, so
// they are written once in the operator's language.
constexpr std::string_view kTicketLanguage = "zh-CN";

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

MessageParams params_of(const monitoring::Alert& a) {
  return {{"metric", a.metric},
          {"severity", std::string(monitoring::to_string(a.severity))},
          {"device", a.device_id ? std::to_string(*a.device_id) : "-"},
          {"value", number(a.value)},
          {"threshold", number(a.threshold)},
          {"alert", std::to_string(a.id)}};
}

std::string text(std::string_view key, const monitoring::Alert& a) {
  return i18n::render_or(kTicketLanguage, key, params_of(a), key);
}

// A ticket still being worked on: a resolved or closed one is over, and a new firing deserves a
// new incident.
bool open(const servicedesk::Ticket& t) { return t.status != "resolved" && t.status != "closed"; }

}  // namespace

std::pair<int, int> incident_weight(std::string_view severity) {
  if (severity == "critical") return {1, 1};
  if (severity == "warning") return {2, 2};
  return {3, 3};
}

void wire_alert_incidents(monitoring::Alerts& alerts, servicedesk::Service& desk) {
  alerts.on_firing = [&desk](db::Tx& tx, const monitoring::Alert& a) -> Status {
    // An alert on no customer's series (a room's temperature, a feed's power) is the operator's
    // own: it is in the alert list, and no customer's incident is opened for it.
    if (!a.customer_id) return {};
    // A pushed series may carry a customer_id no customer has: the alert stands, with no incident
    // (an error here would hold the alert back on every run).
    COLO_TRY(bool known, monitoring::customer_known(tx, *a.customer_id));
    if (!known) return {};
    COLO_TRY(auto earlier, monitoring::last_ticket_ref(tx, a.rule_key, a.series_id));
    if (earlier) {
      COLO_TRY(auto t, desk.alert_ticket(tx, *earlier));
      if (t && open(*t)) {
        COLO_CHECK(desk.comment_from_monitoring(tx, *t, text("monitoring.incident.fired_again", a)));
        return monitoring::link_ticket(tx, a, *earlier);
      }
    }
    const std::string ref = "monitoring-alert-" + std::to_string(a.id);
    std::vector<servicedesk::TicketObject> objects;
    if (a.device_id) objects.push_back({"device", *a.device_id, text("monitoring.incident.device", a)});
    auto [impact, urgency] = incident_weight(monitoring::to_string(a.severity));
    COLO_TRY(auto t, desk.open_from_alert(tx, *a.customer_id, ref, text("monitoring.incident.title", a), objects,
                                          impact, urgency));
    (void)t;
    return monitoring::link_ticket(tx, a, ref);
  };
  alerts.on_resolved = [&desk](db::Tx& tx, const monitoring::Alert& a, bool by_person) -> Status {
    COLO_TRY(auto ref, monitoring::alert_ticket_ref(tx, a.id));
    if (!ref) return {};
    COLO_TRY(auto t, desk.alert_ticket(tx, *ref));
    // A closed ticket is not reopened by the news that its alert is over.
    if (!t || t->status == "closed") return {};
    return desk.comment_from_monitoring(
        tx, *t, text(by_person ? "monitoring.incident.resolved" : "monitoring.incident.recovered", a));
  };
}

void add_alert_metrics(http::Metrics& metrics, monitoring::Alerts& alerts) {
  auto& c = alerts.counters();
  auto add = [&](const char* name, const char* help, const std::atomic<std::int64_t>& value) {
    metrics.add_gauge(name, help, [&value] { return static_cast<double>(value.load()); });
  };
  add("colo_alerts_firing_critical", "Open (firing or acknowledged, not silenced) critical alerts.", c.firing_critical);
  add("colo_alerts_firing_warning", "Open (firing or acknowledged, not silenced) warning alerts.", c.firing_warning);
  add("colo_alerts_firing_info", "Open (firing or acknowledged, not silenced) info alerts.", c.firing_info);
  add("colo_alert_evaluations_total", "Rule evaluation runs by this server.", c.evaluations);
  add("colo_alert_evaluation_errors_total", "Rule evaluation runs that stopped on an error.", c.evaluation_errors);
  add("colo_alert_series_evaluated_total", "Series stepped through a rule by this server.", c.series_evaluated);
}

namespace {

// The five-minute averages of one direction of an interface, by bucket start.
Result<std::map<std::int64_t, double>> rates_of(tsdb::Store& store, const char* metric, std::int64_t interface_id,
                                                std::int64_t from_ms, std::int64_t to_ms) {
  std::map<std::int64_t, double> out;
  tsdb::Selector selector{metric, {{"interface_id", std::to_string(interface_id)}}};
  COLO_TRY(auto series, store.find_series(selector, std::nullopt, 1));
  if (series.empty()) return out;
  COLO_TRY(auto points, store.five_minute_averages(series[0].id, from_ms, to_ms));
  for (const auto& p : points)
    if (std::isfinite(p.value) && p.value >= 0) out[p.t_ms] = p.value;
  return out;
}

}  // namespace

Result<UsageCopyReport> usage_from_monitoring(usage::Service& usage, tsdb::Store& store, Instant now,
                                              std::chrono::milliseconds lookback) {
  UsageCopyReport report;
  const std::int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  const std::int64_t to_ms = (now_ms - 60'000) / tsdb::kRollupMs * tsdb::kRollupMs;
  const std::int64_t from_ms = (now_ms - lookback.count()) / tsdb::kRollupMs * tsdb::kRollupMs;
  if (to_ms <= from_ms) return report;
  const auto ctx = system_context("monitoring");
  usage::MeterFilter f;
  f.kind = "bandwidth";
  f.status = "active";
  f.limit = 500;
  for (;;) {
    COLO_TRY(auto page, usage.list(ctx, f));
    for (const auto& m : page.second) {
      if (!m.interface_id) continue;
      COLO_TRY(auto in, rates_of(store, "if_in_bits_per_second", *m.interface_id, from_ms, to_ms));
      COLO_TRY(auto out, rates_of(store, "if_out_bits_per_second", *m.interface_id, from_ms, to_ms));
      std::map<std::int64_t, usage::RateSample> slots;
      for (const auto& [t, v] : in) {
        slots[t].t = Instant(std::chrono::milliseconds(t));
        slots[t].in_bps = std::llround(v);
      }
      for (const auto& [t, v] : out) {
        slots[t].t = Instant(std::chrono::milliseconds(t));
        slots[t].out_bps = std::llround(v);
      }
      if (slots.empty()) continue;
      usage::SampleBatch batch;
      for (auto& [t, s] : slots) batch.rates.push_back(s);
      // One meter's refusal (a retired meter, a rate beyond what a port carries) does not hold
      // back the others; it is counted and said.
      auto written = usage.write(ctx, m.id, batch);
      if (!written.ok()) {
        if (written.error().kind == ErrorKind::unavailable) return std::move(written).error();
        spdlog::warn("usage from monitoring: meter {}: {}", m.id, written.error().message);
        ++report.refused;
        continue;
      }
      const auto& w = *written;
      ++report.meters;
      report.slots += static_cast<std::int64_t>(batch.rates.size());
      report.inserted += w.inserted;
      report.replaced += w.replaced;
      report.unchanged += w.unchanged;
    }
    f.offset += static_cast<std::int64_t>(page.second.size());
    if (page.second.empty() || f.offset >= page.first) break;
  }
  return report;
}

monitoring::CommittedBps committed_bps(ContractIn contract_in, const Clock& clock) {
  return [contract_in = std::move(contract_in), &clock](db::Tx& tx,
                                                        std::int64_t interface_id) -> Result<std::optional<double>> {
    COLO_TRY(auto meters, usage::store::of_interface(tx, interface_id));
    const Date today = clock.today();
    for (const auto& m : meters) {
      if (m.kind != "bandwidth" || m.status != "active" || !m.contract_id) continue;
      COLO_TRY(auto contract, contract_in(tx, *m.contract_id, today));
      if (!contract || contract->status != "active") continue;  // a draft commits nothing yet, an ended one no more
      std::int64_t mbps = 0;
      for (const auto& line : contract->terms.line_items)
        if (line.catalogue_item == kCommitCatalogueItem) mbps += line.included_quantity;
      if (mbps > 0) return std::optional<double>(static_cast<double>(mbps) * 1e6);
    }
    return std::optional<double>();
  };
}

ContractIn contract_in(contracts::Service& contracts) {
  return [&contracts](db::Tx& tx, std::int64_t id, Date day) { return contracts.contract_in(tx, id, day); };
}

}  // namespace colo::app
