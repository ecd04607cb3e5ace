#include "app/service_levels.hpp"

#include <map>

#include "billing/ledger.hpp"
#include "contracts/service.hpp"
#include "contracts/terms.hpp"
#include "servicedesk/levels.hpp"
#include "servicedesk/levels_routes.hpp"
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

}  // namespace

servicedesk::ServiceLevels& add_service_levels(App& app, contracts::Service& contracts, servicedesk::Service& desk) {
  servicedesk::Ports ports;
  ports.maintenance = [&desk](db::Tx& tx, std::int64_t customer_id, Instant from, Instant to) {
    return desk.maintenance_windows(tx, customer_id, from, to);
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
