// The compliance view's measures taken from the modules that keep their own figures (patrol rounds,
// configuration backups, firewall rules, vulnerability scans, customer backups, disclosures): each
// module answers for a period and the one of the same length before it; these providers put the
// answers into the view's shape. The modules read in transactions of their own.
#include <string>
#include <utility>
#include <vector>

#include "app/app.hpp"
#include "app/compliance_measures.hpp"
#include "app/services.hpp"
#include "backupsvc/service.hpp"
#include "confidentiality/service.hpp"
#include "configs/service.hpp"
#include "facility/findings.hpp"
#include "facility/inspections.hpp"
#include "firewall/service.hpp"
#include "vulns/service.hpp"

namespace colo::app {

namespace {

using disputes::FailingItem;
using disputes::Measure;
using disputes::MeasureWindow;

Result<std::pair<Instant, Instant>> period_of(const MeasureWindow& w) {
  auto from = parse_instant(w.from);
  auto to = parse_instant(w.to);
  if (!from || !to) return Error::internal("compliance window is malformed");
  return std::pair{*from, *to};
}

Measure measure(std::string clause, std::int64_t met, std::int64_t total, std::int64_t previous_met,
                std::int64_t previous_total, std::string evidence) {
  Measure m;
  m.clause = std::move(clause);
  m.met = met;
  m.total = total;
  m.previous_met = previous_met;
  m.previous_total = previous_total;
  m.evidence = std::move(evidence);
  m.failing_count = total - met;
  return m;
}

Result<std::vector<Measure>> one(Measure m) {
  std::vector<Measure> out;
  out.push_back(std::move(m));
  return out;
}

void failing_ids(Measure& m, const char* type, const std::vector<std::int64_t>& ids) {
  for (auto id : ids) {
    if (m.failing.size() >= disputes::kMaxFailing) break;
    m.failing.push_back(FailingItem{type, id, "#" + std::to_string(id)});
  }
}

}  // namespace

void add_module_measures(disputes::Service& svc, App& app) {
  // R4.2.2: patrol rounds submitted by their deadline.
  svc.add_measures([&app](db::Tx&, const MeasureWindow& w) -> Result<std::vector<Measure>> {
    if (!app.services().patrols) return std::vector<Measure>{};
    COLO_TRY(auto p, period_of(w));
    COLO_TRY(auto r, app.services().patrols->rounds_on_time(p.first, p.second));
    // With the rectification orders whose deadline fell in the period: closed by it or not.
    facility::FindingsOnTime now_f, before_f;
    if (app.services().findings) {
      COLO_TRY(now_f, app.services().findings->on_time(p.first, p.second));
      COLO_TRY(before_f, app.services().findings->on_time(p.first - (p.second - p.first), p.first));
    }
    auto m = measure("R4.2.2", r.current.met + now_f.met, r.current.total + now_f.total, r.previous.met + before_f.met,
                     r.previous.total + before_f.total, "/facility/patrol");
    failing_ids(m, "round", r.current.failing);
    failing_ids(m, "facility_finding", now_f.failing);
    return one(std::move(m));
  });
  // R4.3.3: network devices whose configuration was backed up within its interval.
  svc.add_measures([&app](db::Tx&, const MeasureWindow& w) -> Result<std::vector<Measure>> {
    if (!app.services().configs) return std::vector<Measure>{};
    COLO_TRY(auto p, period_of(w));
    COLO_TRY(auto r, app.services().configs->backup_compliance(p.first, p.second));
    auto m = measure("R4.3.3", r.period.met, r.period.total, r.previous.met, r.previous.total, "/configs");
    failing_ids(m, "device_config", r.period.failing);
    return one(std::move(m));
  });
  // R5.2.2: firewall rules in force reviewed and not kept past their expiry.
  svc.add_measures([&app](db::Tx&, const MeasureWindow& w) -> Result<std::vector<Measure>> {
    if (!app.services().firewall) return std::vector<Measure>{};
    COLO_TRY(auto p, period_of(w));
    COLO_TRY(auto r, app.services().firewall->rules_in_force_measure(p.first, p.second));
    auto m = measure("R5.2.2", r.met, r.total, r.previous_met, r.previous_total, "/firewall/rules");
    failing_ids(m, "firewall_rule", r.failing);
    return one(std::move(m));
  });
  // R5.2.3: scheduled scans on time and findings fixed by their deadline.
  svc.add_measures([&app](db::Tx&, const MeasureWindow& w) -> Result<std::vector<Measure>> {
    if (!app.services().vulns) return std::vector<Measure>{};
    COLO_TRY(auto r, app.services().vulns->r5_2_3(w.from_date, add_days(w.today, 1)));
    auto m = measure("R5.2.3", r.met, r.total, r.previous_met, r.previous_total, "/vulns/findings");
    for (const auto& [id, label] : r.failing) {
      if (m.failing.size() >= disputes::kMaxFailing) break;
      m.failing.push_back(FailingItem{label.rfind("VUL-", 0) == 0 ? "vuln_finding" : "vuln_schedule", id, label});
    }
    return one(std::move(m));
  });
  // R6.1.1: backup runs (of every engine) and restore tests that succeeded.
  svc.add_measures([&app](db::Tx&, const MeasureWindow& w) -> Result<std::vector<Measure>> {
    if (!app.services().backups) return std::vector<Measure>{};
    COLO_TRY(auto p, period_of(w));
    COLO_TRY(auto r, app.services().backups->compliance(p.first, p.second));
    auto m = measure("R6.1.1", r.current.met, r.current.total, r.previous.met, r.previous.total, "/backups/runs");
    failing_ids(m, "backup_run", r.current.failing_runs);
    return one(std::move(m));
  });
  // R10.2: disclosures made with the customer's consent or a legal basis, approved by management.
  svc.add_measures([&app](db::Tx&, const MeasureWindow& w) -> Result<std::vector<Measure>> {
    if (!app.services().confidentiality) return std::vector<Measure>{};
    COLO_TRY(auto r, app.services().confidentiality->r10(w.from_date, add_days(w.today, 1)));
    auto m = measure("R10.2", r.current.met, r.current.total, r.previous.met, r.previous.total, "/confidentiality");
    for (const auto& number : r.current.failing) {
      if (m.failing.size() >= disputes::kMaxFailing) break;
      m.failing.push_back(FailingItem{"disclosure", 0, number});
    }
    return one(std::move(m));
  });
}

}  // namespace colo::app
