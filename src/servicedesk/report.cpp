// The monthly service-quality report (R7.1.2, R7.2.1): what a customer was promised against what it
// got in one month, and management's view over every customer. It reads what the month-end job,
// the tickets and the improvement actions already hold; it computes nothing that is stored.
#include <algorithm>

#include "core/business_calendar.hpp"
#include "servicedesk/levels.hpp"
#include "servicedesk/levels_store.hpp"

namespace colo::servicedesk {

namespace {

constexpr std::string_view kRead = "servicedesk.read";
constexpr std::string_view kWrite = "servicedesk.write";

Error bad_month() { return Error::validation({{"month", "invalid", "must be YYYY-MM"}}); }

// No month asked for: the current one, so far.
std::string month_or_current(const std::string& month, Date today) {
  return month.empty() ? format_date(today).substr(0, 7) : month;
}

}  // namespace

Result<QualityReport> ServiceLevels::customer_report(const Context& ctx, std::int64_t customer_id,
                                                     const std::string& asked) {
  if (!ctx.can(kRead)) return Error::forbidden();
  if (!ctx.sees(customer_id)) return Error::not_found("Customer");
  const auto month = month_or_current(asked, clock_.today());
  auto range = month_range(month);
  if (!range) return bad_month();
  const auto& cal = clock_.calendar();
  const auto from = format_instant(cal.start_of(range->first));
  const auto to = format_instant(cal.start_of(add_days(range->second, 1)));
  // The contracts in force are read before the transaction: the port opens its own.
  std::vector<ContractMonth> contracts;
  if (ports_.contracts_in) {
    COLO_TRY(auto all, ports_.contracts_in(range->first, range->second, customer_id));
    for (auto& c : all)
      if (c.customer_id == customer_id) contracts.push_back(std::move(c));
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto name, levels_store::customer_name(tx, customer_id));
  if (!name) return Error::not_found("Customer");
  QualityReport r;
  r.month = month;
  r.customer_id = customer_id;
  r.customer_name = *name;
  // Live availability per contract and service from the port, so that the month reads the same
  // before and after the month-end run; an unmeasured one says so and never meets its target.
  AvailabilityOf batch;
  if (ports_.availability_batch && !contracts.empty()) {
    std::vector<OutageQuery> queries;
    for (const auto& c : contracts) queries.push_back({customer_id, c.contract_id, range->first, range->second, {}});
    COLO_TRY(batch, ports_.availability_batch(tx, queries));
  }
  for (const auto& c : contracts) {
    auto add = [&](const std::optional<std::string>& service) -> Status {
      const OutageQuery q{customer_id, c.contract_id, range->first, range->second, service};
      COLO_TRY(auto a, batch ? batch(q) : ports_.availability(tx, q));
      r.services.push_back({c.contract_id, c.number, service.value_or(""), c.sla_availability_bp, a,
                            a.measured && meets_bp(a, c.sla_availability_bp)});
      return {};
    };
    COLO_CHECK(add(std::nullopt));
    for (const auto& [service, fee] : c.services) COLO_CHECK(add(service));
  }
  COLO_TRY(auto facts, levels_store::ticket_facts(tx, customer_id, from, to));
  r.tickets = aggregate_indicators(facts);
  COLO_CHECK(levels_store::credit_totals(tx, month, customer_id, r));
  // Before the month-end run the contracts are counted from the live figures above.
  if (r.contracts == 0) {
    for (const auto& s : r.services) {
      if (!s.service.empty()) continue;
      ++r.contracts;
      if (s.availability.measured) ++r.contracts_measured;
      if (s.met) ++r.contracts_met;
    }
  }
  COLO_TRY(r.credits, levels_store::credits(tx, month, customer_id));
  COLO_TRY(r.actions, levels_store::actions_of_month(tx, from, to, customer_id));
  const auto today = clock_.today();
  for (auto& a : r.actions) a.overdue = action_overdue(a.status, a.due_date, today);
  return r;
}

Result<QualityReport> ServiceLevels::overall_report(const Context& ctx, const std::string& asked) {
  if (!ctx.can(kWrite) || ctx.tenant()) return Error::forbidden();
  const auto month = month_or_current(asked, clock_.today());
  auto range = month_range(month);
  if (!range) return bad_month();
  const auto& cal = clock_.calendar();
  const auto from = format_instant(cal.start_of(range->first));
  const auto to = format_instant(cal.start_of(add_days(range->second, 1)));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  QualityReport r;
  r.month = month;
  COLO_TRY(auto facts, levels_store::ticket_facts(tx, std::nullopt, from, to));
  r.tickets = aggregate_indicators(facts);
  COLO_CHECK(levels_store::credit_totals(tx, month, std::nullopt, r));
  COLO_TRY(r.actions, levels_store::actions_of_month(tx, from, to, std::nullopt));
  const auto today = clock_.today();
  for (auto& a : r.actions) a.overdue = action_overdue(a.status, a.due_date, today);
  return r;
}

Result<db::Counted<CustomerQuality>> ServiceLevels::customer_breakdown(const Context& ctx, QualityFilter f) {
  if (!ctx.can(kWrite) || ctx.tenant()) return Error::forbidden();
  f.month = month_or_current(f.month, clock_.today());
  auto range = month_range(f.month);
  if (!range) return bad_month();
  const auto& cal = clock_.calendar();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return levels_store::customer_quality(tx, ctx, format_instant(cal.start_of(range->first)),
                                        format_instant(cal.start_of(add_days(range->second, 1))), f);
}

}  // namespace colo::servicedesk
