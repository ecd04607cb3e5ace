// Service levels as operated: outage records and the months monitoring covered, each contract's
// credit table, the month-end credits finance reviews before they reach billing (R9.2.1), and the
// month's indicators per customer (R7.1.2). The arithmetic is in service_levels.hpp; this is the
// service over the database, with ports to contracts, billing and monitoring that src/app sets.
// Thread safety: a ServiceLevels is shared by the request threads; it keeps no state between calls.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "servicedesk/model.hpp"
#include "servicedesk/service_levels.hpp"

namespace colo::servicedesk {

inline const std::vector<std::string> kOutageSources = {"manual", "import", "monitoring"};
inline const std::vector<std::string> kCreditStatuses = {"pending_review", "approved", "adjusted", "no_credit"};

struct OutageDevice {
  std::int64_t id = 0;
  std::string name;
};

struct Outage {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::optional<std::int64_t> contract_id;
  std::optional<std::string> service;  // none: every service of the contract (or customer)
  Instant started_at{}, ended_at{};
  std::string cause;
  bool announced_maintenance = false;
  std::string source = "manual";
  std::vector<OutageDevice> devices;
  std::string recorded_by_name, created_at;
};

// One import: the outages of a customer's month, which also marks that month as measured (an
// import with no outages says the month had none).
struct OutageImport {
  std::int64_t customer_id = 0;
  std::string month;  // YYYY-MM
  std::vector<Outage> outages;
};

// A contract as the month-end job needs it: its services' monthly fees and availability target.
struct ContractMonth {
  std::int64_t contract_id = 0;
  std::int64_t customer_id = 0;
  std::string number;
  int sla_availability_bp = 9990;
  std::vector<std::pair<std::string, std::int64_t>> services;  // service, monthly fee in fen
};

// What billing is asked to put on the contract's next invoice (billing::add_pending_charge).
struct Charge {
  std::int64_t customer_id = 0;
  std::int64_t contract_id = 0;
  std::string kind;  // sla_credit | compensation
  std::string description;
  std::int64_t amount_fen = 0;  // negative: a credit
  std::string source_type;      // service_level_credit | service_level_claim
  std::int64_t source_id = 0;
  std::string created_by_name;
};

using MaintenancePort =
    std::function<Result<std::vector<MaintenanceWindow>>(db::Tx&, std::int64_t customer_id, Instant from, Instant to)>;

// A contract as the caller may see it (nullopt: unknown or another customer's).
struct ContractRef {
  std::int64_t customer_id = 0;
  std::string number;
};

struct Ports {
  std::function<Result<std::optional<ContractRef>>(const Context&, std::int64_t id)> contract;
  // Availability of one customer's services; default: the outage records below.
  AvailabilityPort availability;
  // The same for a batch of queries over the same dates (see AvailabilityBatchPort); when not set,
  // each query goes to `availability`.
  AvailabilityBatchPort availability_batch;
  // Contracts in force on any day of [from, to] (of one customer, when given), with their
  // services' monthly fees.
  std::function<Result<std::vector<ContractMonth>>(Date from, Date to, std::optional<std::int64_t> customer_id)>
      contracts_in;
  // Maintenance the service desk announced to a customer, overlapping [from, to): its announced
  // (not emergency) windows are excluded from the recorded availability like announced outages.
  MaintenancePort maintenance;
  // Leaves a charge for the contract's next invoice inside the caller's transaction; its id.
  std::function<Result<std::int64_t>(db::Tx&, const Charge&)> charge;
};

struct Credit {
  std::int64_t id = 0;
  std::int64_t contract_id = 0, customer_id = 0;
  std::string month;
  bool measured = false;
  std::optional<std::int64_t> availability_ppm;
  int target_bp = 0;
  std::int64_t month_fee_fen = 0, uncapped_fen = 0, cap_fen = 0, computed_fen = 0, amount_fen = 0;
  std::string computation;  // JSON
  std::string status;
  std::optional<std::string> adjust_reason, reviewed_by_name, reviewed_at;
  std::optional<std::int64_t> charge_id;
  std::string computed_at;
  int row_version = 1;
};

struct MonthEndReport {
  std::string month;
  int contracts = 0, computed = 0, already = 0, unmeasured = 0, with_credit = 0;
  std::vector<std::string> errors;  // per contract; the others still ran
};

struct Review {
  std::optional<std::int64_t> amount_fen;  // none: approve as computed
  std::optional<std::string> reason;       // required with an adjusted amount
  std::optional<int> row_version;
};

struct MonthIndicators {
  std::string month;
  std::optional<std::int64_t> customer_id;  // none: every customer (management)
  Availability availability;                // the customer's whole availability (customer only)
  Indicators tickets;
};

struct Claim {
  std::int64_t id = 0;
  std::string number;  // CL-2026-000001
  std::optional<std::int64_t> ticket_id;
  std::int64_t customer_id = 0, contract_id = 0;
  std::string description, evidence;
  std::int64_t claimed_fen = 0;
  std::optional<std::string> assessment, assessed_by_name, assessed_at;
  std::optional<std::int64_t> agreed_fen, charge_id;
  std::string status = "submitted";
  std::string created_by_name, created_at, updated_at;
  int row_version = 1;
};

struct ClaimInput {
  std::int64_t contract_id = 0;
  std::optional<std::int64_t> ticket_id;  // the compensation ticket it was raised from
  std::string description, evidence;
  std::int64_t claimed_fen = 0;
};

// assess: assessment and the amount offered; agree: the amount agreed (default: the offer);
// reject: the reason in assessment.
struct ClaimDecision {
  std::string action;
  std::optional<std::string> assessment;
  std::optional<std::int64_t> amount_fen;
  std::optional<int> row_version;
};

struct ImprovementAction {
  std::int64_t id = 0;
  std::string number;  // IA-2026-000001
  std::string title, description;
  std::optional<std::int64_t> owner_id;
  std::string owner_name;
  Date due_date{};
  std::string status = "open";
  std::optional<std::string> verification, verified_by_name, verified_at, closed_at;
  std::vector<std::int64_t> ticket_ids;  // the incidents and complaints it answers
  bool overdue = false;
  std::string created_by_name, created_at, updated_at;
  int row_version = 1;
};

struct ActionStep {
  std::string action;                       // start | verify | reject | close
  std::optional<std::string> verification;  // required to verify: how the effect was checked
  std::optional<int> row_version;
};

// ---- The monthly service-quality report (R7.1.2, R7.2.1) ----------------------------------

// One service of one contract in a customer's report: the month's availability against the
// contract's target. An empty service is the contract as a whole.
struct ServiceAvailability {
  std::int64_t contract_id = 0;
  std::string contract_number;
  std::string service;
  int target_bp = 0;
  Availability availability;
  bool met = false;  // measured and at least the target; an unmeasured service never meets it
};

// A customer's line in management's report, aggregated in SQL: its tickets of the month, its
// contracts as the month-end computation measured them, and the credits finance granted.
struct CustomerQuality {
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::int64_t tickets = 0, responded = 0, response_met = 0, resolved = 0, resolution_met = 0;
  std::int64_t complaints = 0, complaints_answered = 0, surveys = 0;
  std::optional<std::int64_t> satisfaction_tenths;
  std::int64_t contracts = 0, measured = 0, met = 0;
  std::int64_t credit_fen = 0;
};

struct QualityFilter {
  std::string month;
  std::optional<std::string> q, sort;
  std::int64_t limit = 50, offset = 0;
};

// A month's service quality of one customer (customer_id set) or of every customer (management).
struct QualityReport {
  std::string month;
  std::optional<std::int64_t> customer_id;
  std::string customer_name;
  // The customer's contracts in force in the month, each as a whole and per service (customer only).
  std::vector<ServiceAvailability> services;
  // Contracts of the month as the month-end computation measured them (overall: every customer's);
  // zero before the month-end run.
  std::int64_t contracts = 0, contracts_measured = 0, contracts_met = 0;
  Indicators tickets;
  std::vector<Credit> credits;  // the customer's credits of the month (overall: none, see the breakdown)
  std::int64_t credit_granted_fen = 0, credit_pending_fen = 0;
  // Improvement actions open during the month (a customer's: those linked to its tickets).
  std::vector<ImprovementAction> actions;
};

// The month the job computes when run on `day`: the month before day's month (the one that ended
// last), so that a daily run computes each month once, on the first day after it.
std::string month_before(Date day);

// Availability of one contract (and service, when named) from a customer's outage records: a record
// naming no contract or no service concerns them all; announced ones are maintenance.
// `windows` are further announced maintenance (the service desk's notices).
Availability availability_from(const Span& period, const std::vector<Outage>& outages,
                               std::optional<std::int64_t> contract_id, const std::optional<std::string>& service,
                               bool measured, const std::vector<Span>& windows = {},
                               const std::vector<Span>* measured_spans = nullptr);

// 503 service_levels.billing_unavailable: a credit or an agreed claim has nowhere to go while the
// billing port is not set; the review is not recorded, so it can be taken again later.
Error billing_unavailable();

// "2026-11" -> its first and last business dates; none when malformed.
std::optional<std::pair<Date, Date>> month_range(std::string_view month);

class ServiceLevels {
 public:
  ServiceLevels(db::Database& db, const Clock& clock, Ports ports);

  // The default availability port: outages recorded for the customer (its contract's, or those
  // naming no contract) clipped to the period, announced ones as maintenance; measured only when
  // every month of the period is covered.
  static Result<Availability> recorded_availability(db::Tx& tx, const Clock& clock, const OutageQuery& q,
                                                    const MaintenancePort& maintenance = {});

  // Staff with servicedesk.write. 422 servicedesk.outage.invalid with field errors (end before
  // start, unknown source); 404 for an unknown customer or a contract of another customer.
  Result<Outage> record_outage(const Context& ctx, Outage in);
  // Replaces nothing: adds the month's outages and marks the month measured, all or none.
  Result<int> import_outages(const Context& ctx, const OutageImport& in);
  Result<std::vector<Outage>> outages(const Context& ctx, std::int64_t customer_id, const std::string& month);

  // A contract's credit table (the default when it has none); customers see their own.
  Result<CreditTable> credit_table(const Context& ctx, std::int64_t contract_id);
  Result<CreditTable> set_credit_table(const Context& ctx, std::int64_t contract_id, const CreditTable& t);

  // The month-end job: one credit row per contract and month; a second run changes nothing.
  Result<MonthEndReport> run_month_end(const Context& ctx, const std::string& month);
  Result<std::vector<Credit>> credits(const Context& ctx, const std::string& month,
                                      std::optional<std::int64_t> customer_id);
  Result<Credit> credit(const Context& ctx, std::int64_t id);
  // Finance (service_levels.review): approve as computed or adjust with a reason; the amount goes
  // to billing as a negative pending charge. 409 service_levels.credit.reviewed when already
  // reviewed (or row_version stale); 422 service_levels.credit.no_credit for a month without one.
  Result<Credit> review_credit(const Context& ctx, std::int64_t id, const Review& r);

  // Data-loss compensation claims (R9.2.2). A customer raises its own (servicedesk.create);
  // finance (service_levels.review) assesses, agrees or rejects; the agreed amount goes to billing
  // as a negative pending charge of kind compensation.
  Result<Claim> create_claim(const Context& ctx, const ClaimInput& in);
  Result<Claim> decide_claim(const Context& ctx, std::int64_t id, const ClaimDecision& d);
  Result<std::vector<Claim>> claims(const Context& ctx, std::optional<std::string> status);

  // Improvement actions (R7.3), staff only (servicedesk.write to change, servicedesk.read to see).
  Result<ImprovementAction> create_action(const Context& ctx, ImprovementAction in);
  Result<ImprovementAction> step_action(const Context& ctx, std::int64_t id, const ActionStep& s);
  Result<std::vector<ImprovementAction>> actions(const Context& ctx, bool overdue_only);
  Result<std::int64_t> overdue_actions(const Context& ctx);  // the home card's figure

  Result<MonthIndicators> indicators(const Context& ctx, const std::string& month,
                                     std::optional<std::int64_t> customer_id);

  // The monthly service-quality report of one customer (no month: the current one so far): 404
  // servicedesk.customer.not_found for an unknown customer or another customer's (customers see only their own). 422
  // for a bad month.
  Result<QualityReport> customer_report(const Context& ctx, std::int64_t customer_id, const std::string& month);
  // The overall report for management (servicedesk.write: staff only).
  Result<QualityReport> overall_report(const Context& ctx, const std::string& month);
  // The business date a report is issued on.
  Date today() const { return clock_.today(); }
  // Management's per-customer breakdown of a month, one page of it (limit -1: every line).
  Result<db::Counted<CustomerQuality>> customer_breakdown(const Context& ctx, QualityFilter f);

 private:
  Result<CreditTable> table_in(db::Tx& tx, std::int64_t contract_id);
  Result<Credit> compute_one(const ContractMonth& c, const std::string& month, const CreditTable& table,
                             const std::function<Result<Availability>(std::optional<std::string>)>& availability);

  db::Database& db_;
  const Clock& clock_;
  Ports ports_;
  bool recorded_;  // availability from the outage records (no port given): read in bulk at month end
};

// The month-end job for the scheduler ("sla-month"; idempotent per contract and month), and its
// run from the command line (`colo jobs run sla-month [--date YYYY-MM-DD]`), printing its report.
inline constexpr const char* kSlaMonthJob = "sla-month";
std::function<Status(Date)> sla_month_run(ServiceLevels& levels);
Status run_sla_month(ServiceLevels& levels, const Clock& clock, const std::string& date);

}  // namespace colo::servicedesk
