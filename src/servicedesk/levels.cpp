#include "servicedesk/levels.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>
#include <cstdio>
#include <map>
#include <set>

#include "audit/audit.hpp"
#include "core/business_calendar.hpp"
#include "servicedesk/levels_store.hpp"

namespace colo::servicedesk {

namespace {

constexpr std::string_view kRead = "servicedesk.read";
constexpr std::string_view kWrite = "servicedesk.write";
constexpr std::string_view kReview = "service_levels.review";

std::string month_of(Date d) { return format_date(d).substr(0, 7); }

std::string actor(const Context& ctx) { return ctx.principal ? ctx.principal->username : "system"; }

bool known(const std::vector<std::string>& choices, const std::string& v) {
  return std::find(choices.begin(), choices.end(), v) != choices.end();
}

boost::json::object computation_json(const CreditTable& t, const CreditComputation& c) {
  boost::json::array steps, services;
  for (const auto& s : t.steps)
    steps.push_back(boost::json::object{{"below_bp", s.below_bp}, {"credit_bp", s.credit_bp}});
  for (const auto& s : c.services) {
    boost::json::object o{{"service", s.service},
                          {"monthly_fee_fen", s.monthly_fee_fen},
                          {"measured", s.measured},
                          {"credit_bp", s.credit_bp},
                          {"credit_fen", s.credit_fen}};
    o["availability_ppm"] = s.availability_ppm ? boost::json::value(*s.availability_ppm) : boost::json::value(nullptr);
    services.push_back(std::move(o));
  }
  return {{"steps", std::move(steps)}, {"cap_bp", t.cap_bp}, {"services", std::move(services)}};
}

boost::json::object credit_audit(const Credit& c) {
  boost::json::object o{{"contract_id", c.contract_id},
                        {"month", c.month},
                        {"status", c.status},
                        {"computed_fen", c.computed_fen},
                        {"amount_fen", c.amount_fen}};
  if (c.adjust_reason) o["adjust_reason"] = *c.adjust_reason;
  if (c.charge_id) o["charge_id"] = *c.charge_id;
  return o;
}

}  // namespace

std::optional<std::pair<Date, Date>> month_range(std::string_view month) {
  if (month.size() != 7 || month[4] != '-') return std::nullopt;
  auto first = parse_date(std::string(month) + "-01");
  if (!first) return std::nullopt;
  return std::make_pair(*first, add_days(add_months(*first, 1), -1));
}

Error billing_unavailable() {
  Error e = Error::unavailable("Billing does not take charges from the service desk yet.");
  e.code = "service_levels.billing_unavailable";
  return e;
}

std::string month_before(Date day) {
  Date first{day.year(), day.month(), std::chrono::day{1}};
  return month_of(add_days(first, -1));
}

std::function<Status(Date)> sla_month_run(ServiceLevels& levels) {
  return [&levels](Date day) -> Status {
    COLO_TRY(auto report, levels.run_month_end(system_context("scheduler"), month_before(day)));
    (void)report;
    return {};
  };
}

Status run_sla_month(ServiceLevels& levels, const Clock& clock, const std::string& date) {
  Date day = clock.today();
  if (!date.empty()) {
    auto parsed = parse_date(date);
    if (!parsed) return Error::invalid("jobs.date", "--date takes YYYY-MM-DD");
    day = *parsed;
  }
  COLO_TRY(auto r, levels.run_month_end(system_context("cli"), month_before(day)));
  std::printf("sla-month %s: %d contract(s), %d computed, %d already computed, %d not measured, %d with a credit\n",
              r.month.c_str(), r.contracts, r.computed, r.already, r.unmeasured, r.with_credit);
  return {};
}

ServiceLevels::ServiceLevels(db::Database& db, const Clock& clock, Ports ports)
    : db_(db), clock_(clock), ports_(std::move(ports)), recorded_(!ports_.availability) {
  if (!ports_.availability)
    ports_.availability = [&clock, m = ports_.maintenance](db::Tx& tx, const OutageQuery& q) {
      return recorded_availability(tx, clock, q, m);
    };
}

Availability availability_from(const Span& period, const std::vector<Outage>& outages,
                               std::optional<std::int64_t> contract_id, const std::optional<std::string>& service,
                               bool measured, const std::vector<Span>& windows,
                               const std::vector<Span>* measured_spans) {
  std::vector<Span> down, maintenance(windows);
  for (const auto& o : outages) {
    if (contract_id && o.contract_id && *o.contract_id != *contract_id) continue;
    if (service && o.service && *o.service != *service) continue;
    (o.announced_maintenance ? maintenance : down).push_back({o.started_at, o.ended_at});
  }
  return availability_of(period, std::move(down), std::move(maintenance), measured, measured_spans);
}

namespace {
// The announced (not emergency) maintenance windows of a customer in the period.
Result<std::vector<Span>> announced_windows(db::Tx& tx, const MaintenancePort& port, std::int64_t customer_id,
                                            const Span& period) {
  std::vector<Span> out;
  if (!port) return out;
  COLO_TRY(auto windows, port(tx, customer_id, period.start, period.end));
  for (const auto& w : windows)
    if (!w.emergency) out.push_back({w.starts_at, w.ends_at});
  return out;
}
}  // namespace

Result<Availability> ServiceLevels::recorded_availability(db::Tx& tx, const Clock& clock, const OutageQuery& q,
                                                          const MaintenancePort& maintenance) {
  const auto& cal = clock.calendar();
  Span period{cal.start_of(q.from), cal.start_of(add_days(q.to, 1))};
  bool measured = true;
  for (Date m = Date{q.from.year(), q.from.month(), std::chrono::day{1}}; m <= q.to; m = add_months(m, 1)) {
    COLO_TRY(bool covered, levels_store::month_covered(tx, q.customer_id, month_of(m)));
    measured = measured && covered;
  }
  COLO_TRY(auto rows,
           levels_store::outages_between(tx, q.customer_id, q.contract_id, q.service, period.start, period.end));
  COLO_TRY(auto windows, announced_windows(tx, maintenance, q.customer_id, period));
  return availability_from(period, rows, q.contract_id, q.service, measured, windows);
}

Result<Outage> ServiceLevels::record_outage(const Context& ctx, Outage in) {
  if (!ctx.can(kWrite)) return Error::forbidden();
  std::vector<FieldError> errs;
  if (!(in.started_at < in.ended_at)) errs.push_back({"ended_at", "before_start", "must be after the start"});
  if (!known(kOutageSources, in.source)) errs.push_back({"source", "invalid_choice", "unknown source"});
  if (!errs.empty())
    return Error::unprocessable("servicedesk.outage.invalid", "The outage is not valid.", std::move(errs));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  in.recorded_by_name = actor(ctx);
  const auto now = format_instant(clock_.now());
  COLO_TRY(in.id, levels_store::insert_outage(tx, in, now));
  in.created_at = now;
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"servicedesk.outage", std::to_string(in.id), "create", nullptr,
                            boost::json::object{{"started_at", format_instant(in.started_at)},
                                                {"ended_at", format_instant(in.ended_at)},
                                                {"announced_maintenance", in.announced_maintenance}},
                            in.customer_id}));
  COLO_CHECK(tx.commit());
  return in;
}

Result<int> ServiceLevels::import_outages(const Context& ctx, const OutageImport& in) {
  if (!ctx.can(kWrite)) return Error::forbidden();
  auto range = month_range(in.month);
  std::vector<FieldError> errs;
  if (!range) errs.push_back({"month", "invalid", "must be YYYY-MM"});
  for (std::size_t i = 0; i < in.outages.size(); ++i) {
    const auto& o = in.outages[i];
    if (!(o.started_at < o.ended_at))
      errs.push_back({"outages/" + std::to_string(i) + "/ended_at", "before_start", "must be after the start"});
  }
  if (!errs.empty())
    return Error::unprocessable("servicedesk.outage.invalid", "The outage import is not valid.", std::move(errs));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  const auto now = format_instant(clock_.now());
  for (auto o : in.outages) {
    o.customer_id = in.customer_id;
    o.source = "import";
    o.recorded_by_name = actor(ctx);
    COLO_CHECK(levels_store::insert_outage(tx, o, now));
  }
  COLO_CHECK(levels_store::cover_month(tx, in.customer_id, in.month, "import", actor(ctx), now));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"servicedesk.outage_import", in.month, "import", nullptr,
       boost::json::object{{"month", in.month}, {"outages", static_cast<std::int64_t>(in.outages.size())}},
       in.customer_id}));
  COLO_CHECK(tx.commit());
  return static_cast<int>(in.outages.size());
}

Result<std::vector<Outage>> ServiceLevels::outages(const Context& ctx, std::int64_t customer_id,
                                                   const std::string& month) {
  if (!ctx.can(kRead)) return Error::forbidden();
  if (!ctx.sees(customer_id)) return Error::not_found("Customer");
  auto range = month_range(month);
  if (!range) return Error::validation({{"month", "invalid", "must be YYYY-MM"}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  const auto& cal = clock_.calendar();
  return levels_store::outages_between(tx, customer_id, std::nullopt, std::nullopt, cal.start_of(range->first),
                                       cal.start_of(add_days(range->second, 1)));
}

Result<CreditTable> ServiceLevels::table_in(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto t, levels_store::credit_table(tx, contract_id));
  return t ? *t : default_credit_table();
}

Result<CreditTable> ServiceLevels::credit_table(const Context& ctx, std::int64_t contract_id) {
  if (!ctx.can(kRead)) return Error::forbidden();
  if (!ports_.contract) return Error::internal("the contracts port is not set");
  COLO_TRY(auto ref, ports_.contract(ctx, contract_id));
  if (!ref) return Error::not_found("Contract");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return table_in(tx, contract_id);
}

Result<CreditTable> ServiceLevels::set_credit_table(const Context& ctx, std::int64_t contract_id,
                                                    const CreditTable& t) {
  if (!ctx.can(kReview)) return Error::forbidden();
  if (!ports_.contract) return Error::internal("the contracts port is not set");
  auto errs = validate_credit_table(t);
  if (!errs.empty())
    return Error::unprocessable("servicedesk.credit_table.invalid", "The credit table is not valid.", std::move(errs));
  COLO_TRY(auto ref, ports_.contract(ctx, contract_id));
  if (!ref) return Error::not_found("Contract");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, table_in(tx, contract_id));
  COLO_CHECK(
      levels_store::save_credit_table(tx, contract_id, ref->customer_id, t, actor(ctx), format_instant(clock_.now())));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"servicedesk.credit_table", std::to_string(contract_id), "update",
       boost::json::object{{"cap_bp", before.cap_bp}}, boost::json::object{{"cap_bp", t.cap_bp}}, ref->customer_id}));
  COLO_CHECK(tx.commit());
  return t;
}

Result<Credit> ServiceLevels::compute_one(
    const ContractMonth& c, const std::string& month, const CreditTable& table,
    const std::function<Result<Availability>(std::optional<std::string>)>& avail) {
  std::vector<ServiceMonth> services;
  COLO_TRY(auto whole, avail(std::nullopt));
  for (const auto& [service, fee] : c.services) {
    COLO_TRY(auto a, avail(service));
    services.push_back({service, fee, a});
  }
  auto comp = compute_credit(table, services);
  Credit k;
  k.contract_id = c.contract_id;
  k.customer_id = c.customer_id;
  k.month = month;
  k.measured = whole.measured;
  k.availability_ppm = availability_ppm(whole);
  k.target_bp = c.sla_availability_bp;
  k.month_fee_fen = comp.month_fee_fen;
  k.uncapped_fen = comp.uncapped_fen;
  k.cap_fen = comp.cap_fen;
  k.computed_fen = comp.credit_fen;
  k.amount_fen = comp.credit_fen;
  k.computation = boost::json::serialize(computation_json(table, comp));
  // Nothing to review when nothing is owed (met, or not measured: the report says which).
  k.status = comp.credit_fen > 0 ? "pending_review" : "no_credit";
  k.computed_at = format_instant(clock_.now());
  return k;
}

Result<MonthEndReport> ServiceLevels::run_month_end(const Context& ctx, const std::string& month) {
  if (!ctx.can(kReview) && ctx.source != "scheduler" && ctx.source != "cli") return Error::forbidden();
  auto range = month_range(month);
  if (!range) return Error::validation({{"month", "invalid", "must be YYYY-MM"}});
  if (!ports_.contracts_in) return Error::internal("the contracts port is not set");
  MonthEndReport report;
  report.month = month;
  COLO_TRY(auto contracts, ports_.contracts_in(range->first, range->second, std::nullopt));
  report.contracts = static_cast<int>(contracts.size());
  const auto& cal = clock_.calendar();
  const Span period{cal.start_of(range->first), cal.start_of(add_days(range->second, 1))};
  // One write transaction for the month: a credit row per contract, idempotent by its unique key,
  // and one audit entry for the run instead of ten thousand. What every contract needs is read
  // once for the month (credits already computed, credit tables, and with the recorded outages
  // the covered months and the outages themselves), not once per contract.
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto done, levels_store::credited_contracts(tx, month));
  COLO_TRY(auto tables, levels_store::credit_tables(tx));
  std::set<std::int64_t> covered;
  std::map<std::int64_t, std::vector<Outage>> outages;
  std::map<std::int64_t, std::vector<Span>> windows;  // announced maintenance per customer
  if (recorded_) {
    COLO_TRY(covered, levels_store::covered_customers(tx, month));
    COLO_TRY(auto all,
             levels_store::outages_between(tx, std::nullopt, std::nullopt, std::nullopt, period.start, period.end));
    for (auto& o : all) outages[o.customer_id].push_back(std::move(o));
  }
  static const std::vector<Outage> kNone;
  std::vector<Credit> computed;
  // With a batch port, the contracts go in batches: what a batch needs is read at once, then each
  // contract and service is answered from memory.
  constexpr std::size_t kBatch = 500;
  for (std::size_t start = 0; start < contracts.size(); start += kBatch) {
    const std::size_t end = std::min(contracts.size(), start + kBatch);
    AvailabilityOf batch;
    if (!recorded_ && ports_.availability_batch) {
      std::vector<OutageQuery> queries;
      for (std::size_t i = start; i < end; ++i)
        if (!done.count(contracts[i].contract_id))
          queries.push_back({contracts[i].customer_id, contracts[i].contract_id, range->first, range->second, {}});
      if (!queries.empty()) {
        COLO_TRY(batch, ports_.availability_batch(tx, queries));
      }
    }
    for (std::size_t i = start; i < end; ++i) {
      const auto& c = contracts[i];
      if (done.count(c.contract_id)) {
        ++report.already;
        continue;
      }
      auto it = tables.find(c.contract_id);
      const CreditTable table = it != tables.end() ? it->second : default_credit_table();
      auto o = outages.find(c.customer_id);
      const auto& mine = o != outages.end() ? o->second : kNone;
      if (recorded_ && !windows.count(c.customer_id)) {
        COLO_TRY(auto w, announced_windows(tx, ports_.maintenance, c.customer_id, period));
        windows.emplace(c.customer_id, std::move(w));
      }
      auto avail = [&](std::optional<std::string> service) -> Result<Availability> {
        if (recorded_)
          return availability_from(period, mine, c.contract_id, service, covered.count(c.customer_id) > 0,
                                   windows[c.customer_id]);
        const OutageQuery q{c.customer_id, c.contract_id, range->first, range->second, service};
        return batch ? batch(q) : ports_.availability(tx, q);
      };
      COLO_TRY(auto k, compute_one(c, month, table, avail));
      done.insert(c.contract_id);  // a contract listed twice is computed once
      computed.push_back(std::move(k));
    }
  }
  COLO_TRY(auto inserted, levels_store::insert_credits(tx, computed));
  for (const auto& k : computed) {
    if (!inserted.count(k.contract_id)) {  // a racing run took it first
      ++report.already;
      continue;
    }
    ++report.computed;
    if (!k.measured) ++report.unmeasured;
    if (k.computed_fen > 0) ++report.with_credit;
  }
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"servicedesk.sla_month", month, "compute", nullptr,
                            boost::json::object{{"contracts", report.contracts},
                                                {"computed", report.computed},
                                                {"with_credit", report.with_credit},
                                                {"unmeasured", report.unmeasured}},
                            std::nullopt}));
  COLO_CHECK(tx.commit());
  return report;
}

Result<std::vector<Credit>> ServiceLevels::credits(const Context& ctx, const std::string& month,
                                                   std::optional<std::int64_t> customer_id) {
  if (!ctx.can(kRead)) return Error::forbidden();
  if (!month_range(month)) return Error::validation({{"month", "invalid", "must be YYYY-MM"}});
  if (ctx.tenant()) customer_id = ctx.tenant();  // a customer sees only its own computation
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return levels_store::credits(tx, month, customer_id);
}

Result<Credit> ServiceLevels::credit(const Context& ctx, std::int64_t id) {
  if (!ctx.can(kRead)) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto c, levels_store::find_credit(tx, id));
  if (!c || !ctx.sees(c->customer_id)) return Error::not_found("SLA credit");
  return *c;
}

Result<Credit> ServiceLevels::review_credit(const Context& ctx, std::int64_t id, const Review& r) {
  if (!ctx.can(kReview)) return Error::forbidden();
  std::vector<FieldError> errs;
  if (r.amount_fen && *r.amount_fen < 0) errs.push_back({"amount_fen", "out_of_range", "must not be negative"});
  if (r.amount_fen && (!r.reason || r.reason->empty()))
    errs.push_back({"reason", "required", "an adjusted amount needs its reason"});
  if (!errs.empty()) return Error::validation(std::move(errs));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, levels_store::find_credit(tx, id));
  if (!found) return Error::not_found("SLA credit");
  Credit c = *found;
  if (c.status == "no_credit")
    return Error::unprocessable("service_levels.credit.no_credit", "This month earned no credit.");
  if (c.status != "pending_review" || (r.row_version && *r.row_version != c.row_version))
    return Error::conflict("service_levels.credit.reviewed", "The credit was already reviewed.");
  const int version = c.row_version;
  const auto before = credit_audit(c);
  if (r.amount_fen && *r.amount_fen != c.computed_fen) {
    c.status = "adjusted";
    c.amount_fen = *r.amount_fen;
    c.adjust_reason = r.reason;
  } else {
    c.status = "approved";
    c.amount_fen = c.computed_fen;
  }
  c.reviewed_by_name = actor(ctx);
  c.reviewed_at = format_instant(clock_.now());
  if (c.amount_fen > 0) {
    Charge ch{c.customer_id, c.contract_id,          "sla_credit", "SLA credit " + c.month,
              -c.amount_fen, "service_level_credit", c.id,         actor(ctx)};
    if (!ports_.charge) return billing_unavailable();
    COLO_TRY(c.charge_id, ports_.charge(tx, ch));
  }
  COLO_TRY(bool done, levels_store::review_credit(tx, c, version));
  if (!done) return Error::conflict("service_levels.credit.reviewed", "The credit was already reviewed.");
  ++c.row_version;
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"servicedesk.sla_credit", std::to_string(c.id), "review", before, credit_audit(c), c.customer_id}));
  COLO_CHECK(tx.commit());
  return c;
}

Result<MonthIndicators> ServiceLevels::indicators(const Context& ctx, const std::string& month,
                                                  std::optional<std::int64_t> customer_id) {
  if (!ctx.can(kRead)) return Error::forbidden();
  auto range = month_range(month);
  if (!range) return Error::validation({{"month", "invalid", "must be YYYY-MM"}});
  if (ctx.tenant()) customer_id = ctx.tenant();
  MonthIndicators out;
  out.month = month;
  out.customer_id = customer_id;
  const auto& cal = clock_.calendar();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto facts, levels_store::ticket_facts(tx, customer_id, format_instant(cal.start_of(range->first)),
                                                  format_instant(cal.start_of(add_days(range->second, 1)))));
  out.tickets = aggregate_indicators(facts);
  if (customer_id) {
    COLO_TRY(out.availability, ports_.availability(tx, OutageQuery{*customer_id, std::nullopt, range->first,
                                                                   range->second, std::nullopt}));
  }
  return out;
}

}  // namespace colo::servicedesk
