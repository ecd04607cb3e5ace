#include "app/service_levels.hpp"

#include <map>

#include "billing/ledger.hpp"
#include "contracts/service.hpp"
#include "contracts/terms.hpp"
#include "core/business_calendar.hpp"
#include "monitoring/availability.hpp"
#include "servicedesk/levels.hpp"
#include "servicedesk/levels_routes.hpp"
#include "servicedesk/levels_store.hpp"
#include "servicedesk/service.hpp"

namespace colo::app {

namespace {

// Each recurring service's monthly fee: the contract's lines of that service, summed the way the
// contract's own monthly amount is (quarterly and yearly lines in twelfths, rounded once).
std::vector<std::pair<std::string, std::int64_t>> monthly_fees(const contracts::Terms& terms) {
  std::map<std::string, std::vector<contracts::LineItem>> by_service;
  for (const auto& l : terms.line_items)
    if (l.mode == "recurring") by_service[l.service].push_back(l);
  std::vector<std::pair<std::string, std::int64_t>> out;
  for (auto& [service, lines] : by_service) {
    contracts::Terms t;
    t.line_items = std::move(lines);
    out.emplace_back(service, contracts::amounts(t).monthly_fen);
  }
  return out;
}

Instant instant_of_ms(std::int64_t ms) { return Instant(std::chrono::milliseconds(ms)); }

}  // namespace

// A customer's (or one contract's) availability over [from, to]: the outages monitoring stored per
// device and day (the devices the contract placed in the ledger, or every device of the customer)
// together with the outages recorded by hand or imported. All of them go into one list that
// servicedesk::availability_from merges, so a minute down on two devices, or both recorded and
// monitored, counts once; a monitored outage concerns every service of the contract. Announced
// maintenance (the service desk's notices, monitoring's windows of those devices, recorded
// announced outages) is excluded for the whole customer or contract. Measured when monitoring
// measured any day of the period or the recorded outages cover every month of it.
Result<servicedesk::Availability> monitored_availability(db::Tx& tx, const Clock& clock, contracts::Service& contracts,
                                                         const servicedesk::MaintenancePort& maintenance,
                                                         const servicedesk::OutageQuery& q) {
  const auto& cal = clock.calendar();
  const servicedesk::Span period{cal.start_of(q.from), cal.start_of(add_days(q.to, 1))};
  bool recorded = true;
  for (Date m = Date{q.from.year(), q.from.month(), std::chrono::day{1}}; m <= q.to; m = add_months(m, 1)) {
    COLO_TRY(bool covered, servicedesk::levels_store::month_covered(tx, q.customer_id, format_date(m).substr(0, 7)));
    recorded = recorded && covered;
  }
  COLO_TRY(auto outages, servicedesk::levels_store::outages_between(tx, q.customer_id, q.contract_id, q.service,
                                                                    period.start, period.end));
  std::optional<std::vector<std::int64_t>> devices;
  if (q.contract_id) {
    COLO_TRY(auto ids, contracts.device_ids_in(tx, *q.contract_id));
    devices = std::move(ids);
  }
  COLO_TRY(auto days, monitoring::stored_days(tx, q.customer_id, devices, q.from, q.to));
  bool monitored = false;
  std::vector<servicedesk::Span> windows;
  for (const auto& d : days) {
    monitored = monitored || d.figure.measured;
    for (const auto& s : d.figure.outages) {
      servicedesk::Outage o;
      o.customer_id = q.customer_id;
      o.contract_id = q.contract_id;
      o.started_at = instant_of_ms(s.from_ms);
      o.ended_at = instant_of_ms(s.to_ms);
      o.source = "monitoring";
      outages.push_back(std::move(o));
    }
    for (const auto& s : d.figure.maintenance) windows.push_back({instant_of_ms(s.from_ms), instant_of_ms(s.to_ms)});
  }
  if (maintenance) {
    COLO_TRY(auto notices, maintenance(tx, q.customer_id, period.start, period.end));
    for (const auto& w : notices)
      if (!w.emergency) windows.push_back({w.starts_at, w.ends_at});
  }
  return servicedesk::availability_from(period, outages, q.contract_id, q.service, recorded || monitored, windows);
}

servicedesk::ServiceLevels& add_service_levels(App& app, contracts::Service& contracts, servicedesk::Service& desk) {
  servicedesk::Ports ports;
  ports.maintenance = [&desk](db::Tx& tx, std::int64_t customer_id, Instant from, Instant to) {
    return desk.maintenance_windows(tx, customer_id, from, to);
  };
  ports.availability = [&clock = app.clock(), &contracts, m = ports.maintenance](
                           db::Tx& tx, const servicedesk::OutageQuery& q) -> Result<servicedesk::Availability> {
    return monitored_availability(tx, clock, contracts, m, q);
  };
  ports.contract = [&contracts](const Context& ctx,
                                std::int64_t id) -> Result<std::optional<servicedesk::ContractRef>> {
    auto d = contracts.get(ctx, id);
    if (!d.ok()) {
      if (d.error().kind == ErrorKind::not_found) return std::optional<servicedesk::ContractRef>{};
      return std::move(d).error();
    }
    return std::optional<servicedesk::ContractRef>(
        servicedesk::ContractRef{d->contract.customer_id, d->contract.number});
  };
  // Contracts in force on any day of the month: active ones, and those that expired or were
  // terminated, as long as their term overlaps the month.
  ports.contracts_in = [&contracts](Date from, Date to) -> Result<std::vector<servicedesk::ContractMonth>> {
    std::vector<servicedesk::ContractMonth> out;
    const auto ctx = system_context("scheduler");
    for (const char* status : {"active", "expired", "terminated"}) {
      contracts::ListFilter f;
      f.status = status;
      f.limit = 500;
      for (;;) {
        COLO_TRY(auto page, contracts.list(ctx, f));
        for (const auto& c : page.second) {
          if (c.terms.effective_date > to || c.terms.end_date < from) continue;
          out.push_back({c.id, c.customer_id, c.number, c.terms.sla_availability_bp, monthly_fees(c.terms)});
        }
        f.offset += static_cast<std::int64_t>(page.second.size());
        if (page.second.empty() || f.offset >= page.first) break;
      }
    }
    return out;
  };
  // Approved SLA credits and agreed compensation land on the contract's next invoice as negative
  // pending charges, written in the review's own transaction. A credit reduces the fee it refunds,
  // so it carries the VAT rate of colocation services.
  ports.charge = [](db::Tx& tx, const servicedesk::Charge& c) -> Result<std::int64_t> {
    billing::PendingCharge p;
    p.customer_id = c.customer_id;
    p.contract_id = c.contract_id;
    // Agreed compensation for lost data is a credit on the invoice; its source names the claim.
    p.kind = c.kind == "compensation" ? "credit" : c.kind;
    p.description = c.description;
    p.amount_fen = c.amount_fen;
    p.source_type = c.source_type;
    p.source_id = c.source_id;
    p.created_by_name = c.created_by_name;
    return billing::add_pending_charge(tx, p);
  };
  auto& levels = app.own<servicedesk::ServiceLevels>(app.db(), app.clock(), std::move(ports));
  app.services().service_levels = &levels;
  servicedesk::add_levels_routes(app.router(), levels);
  return levels;
}

}  // namespace colo::app
