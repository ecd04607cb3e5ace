#include "app/service_levels.hpp"

#include <map>
#include <memory>
#include <set>

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

// Customers' and contracts' availability over [from, to], read for a whole batch of queries at once:
// the outages monitoring stored per device and day (the devices a contract placed in the ledger,
// or every device of the customer) together with the outages recorded by hand or imported. All of
// them go into one list that servicedesk::availability_from merges, so a minute down on two
// devices, or both recorded and monitored, counts once; a monitored outage concerns every service
// of the contract. Announced maintenance (the service desk's notices, monitoring's windows of those
// devices, recorded announced outages) is excluded for the whole customer or contract.
//
// What was measured: the whole period when the recorded outages cover every month of it (an
// operator who imports outages vouches for the month); otherwise the business days on which
// monitoring measured at least one of the devices concerned. Days measured by neither count
// neither as up nor as down, and a period with no measured day is not measured.
class MonitoredBatch {
 public:
  static Result<servicedesk::AvailabilityOf> prepare(db::Tx& tx, const Clock& clock, contracts::Service& contracts,
                                                     servicedesk::Service& desk,
                                                     const std::vector<servicedesk::OutageQuery>& queries) {
    auto b = std::make_shared<MonitoredBatch>();
    if (queries.empty())
      return servicedesk::AvailabilityOf([](const servicedesk::OutageQuery&) {
        return Result<servicedesk::Availability>(servicedesk::Availability{});
      });
    const auto& cal = clock.calendar();
    b->from_ = queries.front().from;
    b->to_ = queries.front().to;
    b->period_ = {cal.start_of(b->from_), cal.start_of(add_days(b->to_, 1))};
    std::set<std::int64_t> customer_set, whole_customers, contract_set;
    for (const auto& q : queries) {
      customer_set.insert(q.customer_id);
      if (q.contract_id)
        contract_set.insert(*q.contract_id);
      else
        whole_customers.insert(q.customer_id);
    }
    const std::vector<std::int64_t> customers(customer_set.begin(), customer_set.end());
    for (Date m = Date{b->from_.year(), b->from_.month(), std::chrono::day{1}}; m <= b->to_; m = add_months(m, 1)) {
      COLO_TRY(auto covered, servicedesk::levels_store::covered_customers(tx, format_date(m).substr(0, 7)));
      b->covered_.push_back(std::move(covered));
    }
    COLO_TRY(auto outages, servicedesk::levels_store::outages_of(tx, customers, b->period_.start, b->period_.end));
    for (auto& o : outages) b->outages_[o.customer_id].push_back(std::move(o));
    COLO_TRY(auto pairs,
             contracts.device_ids_of(tx, std::vector<std::int64_t>(contract_set.begin(), contract_set.end())));
    std::set<std::int64_t> devices;
    for (const auto& [contract, device] : pairs) {
      b->devices_[contract].push_back(device);
      devices.insert(device);
    }
    COLO_TRY(b->days_,
             monitoring::stored_days_of(tx, std::vector<std::int64_t>(whole_customers.begin(), whole_customers.end()),
                                        std::vector<std::int64_t>(devices.begin(), devices.end()), b->from_, b->to_));
    for (std::size_t i = 0; i < b->days_.size(); ++i) {
      b->by_device_[b->days_[i].device_id].push_back(i);
      if (b->days_[i].customer_id) b->by_customer_[*b->days_[i].customer_id].push_back(i);
    }
    COLO_TRY(auto notices, desk.maintenance_windows_of(tx, customers, b->period_.start, b->period_.end));
    for (const auto& w : notices)
      if (!w.emergency) b->notices_[w.customer_id].push_back({w.starts_at, w.ends_at});
    return servicedesk::AvailabilityOf(
        [b, &cal](const servicedesk::OutageQuery& q) -> Result<servicedesk::Availability> { return b->of(cal, q); });
  }

 private:
  Result<servicedesk::Availability> of(const BusinessCalendar& cal, const servicedesk::OutageQuery& q) const {
    if (q.from != from_ || q.to != to_) return Error::internal("availability asked outside its batch's dates");
    bool recorded = true;
    for (const auto& months : covered_) recorded = recorded && months.count(q.customer_id) > 0;
    static const std::vector<servicedesk::Outage> kNoOutages;
    static const std::vector<std::size_t> kNoDays;
    auto o = outages_.find(q.customer_id);
    std::vector<servicedesk::Outage> outages = o != outages_.end() ? o->second : kNoOutages;
    std::vector<std::size_t> days;
    if (q.contract_id) {
      auto d = devices_.find(*q.contract_id);
      if (d != devices_.end())
        for (auto device : d->second) {
          auto it = by_device_.find(device);
          if (it != by_device_.end()) days.insert(days.end(), it->second.begin(), it->second.end());
        }
    } else {
      auto it = by_customer_.find(q.customer_id);
      if (it != by_customer_.end()) days = it->second;
    }
    std::set<Date> measured_days;
    std::vector<servicedesk::Span> windows;
    for (auto i : days) {
      const auto& d = days_[i];
      if (d.figure.measured) measured_days.insert(d.day);
      for (const auto& s : d.figure.outages) {
        servicedesk::Outage x;
        x.customer_id = q.customer_id;
        x.contract_id = q.contract_id;
        x.started_at = instant_of_ms(s.from_ms);
        x.ended_at = instant_of_ms(s.to_ms);
        x.source = "monitoring";
        outages.push_back(std::move(x));
      }
      for (const auto& s : d.figure.maintenance) windows.push_back({instant_of_ms(s.from_ms), instant_of_ms(s.to_ms)});
    }
    if (auto n = notices_.find(q.customer_id); n != notices_.end())
      windows.insert(windows.end(), n->second.begin(), n->second.end());
    std::vector<servicedesk::Span> spans;
    for (const auto& day : measured_days) spans.push_back({cal.start_of(day), cal.start_of(add_days(day, 1))});
    const bool measured = recorded || !measured_days.empty();
    return servicedesk::availability_from(period_, outages, q.contract_id, q.service, measured, windows,
                                          recorded || !measured ? nullptr : &spans);
  }

  Date from_{}, to_{};
  servicedesk::Span period_;
  std::vector<std::set<std::int64_t>> covered_;  // per month of the period: customers whose records cover it
  std::map<std::int64_t, std::vector<servicedesk::Outage>> outages_;  // by customer
  std::map<std::int64_t, std::vector<std::int64_t>> devices_;         // by contract
  std::vector<monitoring::DeviceDay> days_;
  std::map<std::int64_t, std::vector<std::size_t>> by_device_, by_customer_;  // into days_
  std::map<std::int64_t, std::vector<servicedesk::Span>> notices_;            // by customer
};

servicedesk::ServiceLevels& add_service_levels(App& app, contracts::Service& contracts, servicedesk::Service& desk) {
  servicedesk::Ports ports;
  ports.maintenance = [&desk](db::Tx& tx, std::int64_t customer_id, Instant from, Instant to) {
    return desk.maintenance_windows(tx, customer_id, from, to);
  };
  ports.availability_batch = [&clock = app.clock(), &contracts, &desk](
                                 db::Tx& tx, const std::vector<servicedesk::OutageQuery>& queries) {
    return MonitoredBatch::prepare(tx, clock, contracts, desk, queries);
  };
  ports.availability = [batch = ports.availability_batch](
                           db::Tx& tx, const servicedesk::OutageQuery& q) -> Result<servicedesk::Availability> {
    COLO_TRY(auto of, batch(tx, {q}));
    return of(q);
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
  // terminated, as long as their term overlaps the month; read in pages along the primary key.
  ports.contracts_in = [&app, &contracts](
                           Date from, Date to,
                           std::optional<std::int64_t> customer_id) -> Result<std::vector<servicedesk::ContractMonth>> {
    std::vector<servicedesk::ContractMonth> out;
    COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::read));
    for (std::int64_t after = 0;;) {
      COLO_TRY(auto page, contracts.in_force_after(tx, from, to, customer_id, after, 1000));
      for (const auto& c : page)
        out.push_back({c.id, c.customer_id, c.number, c.terms.sla_availability_bp, monthly_fees(c.terms)});
      if (page.size() < 1000) break;
      after = page.back().id;
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
