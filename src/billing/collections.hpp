// Collections (R9.1): the late-payment penalty (违约金) overdue invoices accrue, finance's waivers,
// dunning reminders before and after the due date, and suspension of a contract's service for
// non-payment (proposed by the daily job after the overdue wait) or for abuse or over-use
// (started by operations or security), approved by management through the workflow engine.
// Thread safety: a CollectionsService is shared by all request threads; it holds no mutable state.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "billing/collections_rules.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "scheduler/scheduler.hpp"
#include "workflow/workflow.hpp"

namespace colo::billing {

// The lease name of the daily job, and the name `colo jobs run` takes.
inline constexpr const char* kCollectionsJob = "billing-collections";

// ---- What collections needs from contracts and the equipment ledger (src/app fills it) ----

struct ContractFacts {
  std::int64_t id = 0;
  std::string number;
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::string status;
  PenaltyTerms penalty;  // the late-fee terms in force
};

struct LedgerDevice {
  std::int64_t id = 0;
  std::string name, status;
};

struct CollectionsPorts {
  // The contract and its late-fee terms in force on the day; nullopt when unknown.
  std::function<Result<std::optional<ContractFacts>>(db::Tx&, std::int64_t contract_id, Date day)> contract;
  // The devices the contract put into the ledger, with their status now.
  std::function<Result<std::vector<LedgerDevice>>(db::Tx&, const Context&, std::int64_t contract_id)> devices;
  // Changes a device's ledger status inside the transaction (with the ledger's own history).
  std::function<Status(db::Tx&, const Context&, std::int64_t device_id, const std::string& status)> set_device_status;
  // The ledger status a suspended device takes.
  std::string suspended_status = "maintenance";
};

struct CollectionsOptions {
  std::vector<int> reminder_days = kDefaultReminderDays;  // [billing] reminder_days
  int suspend_after_days = 30;                            // [billing] suspend_after_days
  // VAT on the late-fee line ([billing] late_fee_tax_rate_bp): 0 by default, since 违约金 for
  // paying late is damages rather than a sale unless the operator's tax office treats it as part
  // of the price of the taxable service (价外费用).
  int late_fee_tax_rate_bp = 0;
};

// ---- Model ----

// One invoice's penalty: accrued (rounded once), waived, on invoices already, waiting in the open
// pending charge for the next invoice, and what finance may still waive.
struct Penalty {
  std::int64_t invoice_id = 0;
  std::string invoice_number;
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::int64_t contract_id = 0;
  std::string contract_number;
  Date due_date{};
  std::string invoice_status;
  std::int64_t total_fen = 0, outstanding_fen = 0;
  int bp_per_day = 0, cap_bp = 0;
  std::int64_t accrued_exact = 0;  // 1/10000 fen
  std::int64_t cap_base_fen = 0;
  std::optional<Date> accrued_through;
  std::int64_t waived_fen = 0, billed_fen = 0;
  std::optional<std::int64_t> open_charge_id;
  std::int64_t open_charge_fen = 0;
  bool paused = false;
  std::string paused_reason;
  std::string updated_at;

  std::int64_t accrued_fen() const { return exact_to_fen(accrued_exact); }
  std::int64_t cap_fen() const { return exact_to_fen(cap_base_fen * static_cast<std::int64_t>(cap_bp)); }
  std::int64_t waivable() const { return waivable_fen(accrued_fen(), waived_fen, billed_fen); }
};

struct Waiver {
  std::int64_t id = 0;
  std::int64_t invoice_id = 0;
  std::int64_t customer_id = 0;
  std::int64_t amount_fen = 0;
  std::string reason;
  std::int64_t created_by = 0;
  std::string created_by_name, created_at;
};

struct Reminder {
  std::int64_t id = 0;
  std::int64_t invoice_id = 0;
  std::string invoice_number;
  std::int64_t customer_id = 0;
  int offset_days = 0;
  Date reminder_date{}, due_date{};
  std::int64_t outstanding_fen = 0, penalty_fen = 0;
  std::string sent_at;
};

struct PenaltyDetail {
  Penalty penalty;
  std::vector<Waiver> waivers;
  std::vector<Reminder> reminders;
};

struct SuspensionDevice {
  std::int64_t device_id = 0;
  std::string device_name, previous_status;
  std::optional<std::string> restored_at;
};

struct Suspension {
  std::int64_t id = 0;
  std::int64_t contract_id = 0;
  std::string contract_number;
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::string reason = "non_payment";  // one of kSuspensionReasons
  std::string evidence;
  std::string status = "proposed";  // one of kSuspensionStates
  bool stop_power = true, stop_ports = true, stop_access = true;
  std::int64_t overdue_fen = 0;
  std::optional<Date> oldest_due_date;
  std::int64_t proposed_by = 0;
  std::string proposed_by_name;
  std::string created_at, updated_at;
  std::optional<std::string> suspended_at, lifted_at;
};

struct SuspensionView {
  Suspension suspension;
  std::vector<SuspensionDevice> devices;
  std::vector<workflow::Step> timeline;
  std::vector<std::string> actions;  // what the caller may do now
};

// What the equipment-out check and the contract page need: whether the contract is suspended and
// what it owes overdue.
struct Standing {
  std::int64_t contract_id = 0;
  bool suspended = false;
  std::optional<std::int64_t> suspension_id;
  std::string suspension_status;  // "" when none is open
  std::int64_t overdue_fen = 0;
  int overdue_invoices = 0;
  std::optional<Date> oldest_due_date;
  std::int64_t penalty_fen = 0;  // accrued and neither waived nor on an invoice yet
};

struct SuspensionInput {
  std::int64_t contract_id = 0;
  std::string reason;  // one of kSuspensionReasons
  std::string evidence;
  bool stop_power = true, stop_ports = true, stop_access = true;
};

struct SuspensionDecision {
  std::string action;
  std::string comment;
  // approve: what is stopped, when the approver narrows it (absent: as proposed)
  std::optional<bool> stop_power, stop_ports, stop_access;
};

struct PenaltyFilter {
  std::optional<std::int64_t> customer, contract;
  std::optional<bool> waivable;  // only those with something left to waive
  std::optional<std::string> q, sort;
  std::int64_t limit = 50, offset = 0;
};

struct ReminderFilter {
  std::optional<std::int64_t> customer, invoice;
  std::optional<std::string> q, sort;
  std::int64_t limit = 50, offset = 0;
};

struct SuspensionFilter {
  std::optional<std::int64_t> customer, contract;
  std::optional<std::string> status, reason, q, sort;
  std::int64_t limit = 50, offset = 0;
};

struct CollectionsReport {
  Date day{};
  int accrued = 0;        // invoices that accrued a day or more
  int reminders = 0;      // reminders sent
  int proposed = 0;       // suspensions proposed for non-payment
  int lift_proposed = 0;  // lifts proposed after full payment
  int withdrawn = 0;      // proposals withdrawn after full payment before a decision
  std::vector<std::string> errors;
};

// ---- For other modules, inside their transaction ----

// Whether the contract's service is suspended (a suspension approved and not lifted).
Result<bool> contract_suspended(db::Tx& tx, std::int64_t contract_id);
// The contract's overdue amount, invoices and penalty on `today`, and its open suspension.
Result<Standing> contract_standing(db::Tx& tx, std::int64_t contract_id, Date today);
// The dispute hook: a paused invoice accrues no penalty (days paused are not caught up later).
// Disputes sets it when a dispute on the invoice opens and clears it when it closes.
Status set_penalty_paused(db::Tx& tx, std::int64_t invoice_id, bool paused, const std::string& reason,
                          const std::string& now);

class CollectionsService {
 public:
  CollectionsService(db::Database& db, const Clock& clock, CollectionsPorts ports, CollectionsOptions options = {})
      : db_(db), clock_(clock), ports_(std::move(ports)), options_(std::move(options)) {}

  // Penalties, per invoice (customers: their own).
  Result<std::pair<std::int64_t, std::vector<Penalty>>> penalties(const Context& ctx, const PenaltyFilter& f);
  // One invoice's penalty with its waivers and reminders; 404 for an unknown or foreign invoice.
  // An invoice that never went overdue answers its zero penalty.
  Result<PenaltyDetail> penalty(const Context& ctx, std::int64_t invoice_id);
  // Waives `amount_fen` of what is accrued and not on an invoice (billing.write, a reason):
  // 422 billing.penalty.waive_exceeds when more than that is asked (a billed penalty is waived by a
  // credit note on the invoice that carries it).
  Result<PenaltyDetail> waive(const Context& ctx, std::int64_t invoice_id, std::int64_t amount_fen,
                              const std::string& reason);
  // Pauses or resumes the penalty of an invoice in dispute (billing.write, a reason to pause).
  Result<PenaltyDetail> pause(const Context& ctx, std::int64_t invoice_id, bool paused, const std::string& reason);

  Result<std::pair<std::int64_t, std::vector<Reminder>>> reminders(const Context& ctx, const ReminderFilter& f);

  Result<std::pair<std::int64_t, std::vector<Suspension>>> suspensions(const Context& ctx, const SuspensionFilter& f);
  Result<SuspensionView> suspension(const Context& ctx, std::int64_t id);
  // Proposes a suspension (billing.suspensions.propose): non_payment needs an overdue invoice
  // (422 billing.suspension.nothing_overdue); abuse and over-use need evidence. 409
  // billing.suspension.open when the contract already has an open one. Abuse or over-use started
  // by someone holding billing.suspensions.immediate (operations) is in force at once: the
  // devices stop and the customer is told in the same transaction.
  Result<SuspensionView> propose(const Context& ctx, const SuspensionInput& in);
  // approve | reject | withdraw | propose_lift | approve_lift | reject_lift. Approving stops the
  // contract's devices in the ledger (their status before is kept); approving a lift restores them.
  // A decision already taken answers 409 workflow.invalid_transition.
  Result<SuspensionView> transition(const Context& ctx, std::int64_t id, const SuspensionDecision& d);

  Result<Standing> standing(const Context& ctx, std::int64_t contract_id);

  // The daily job for `day`: accrues penalties through the day, sends the reminders due, proposes
  // suspensions after the overdue wait and lifts (or withdraws) them once the overdue invoices are
  // paid. Idempotent per day; a missed day is caught up.
  Result<CollectionsReport> run_daily(Date day);

 private:
  Status accrue(db::Tx& tx, const Context& ctx, Date day, CollectionsReport& report);
  Status remind(db::Tx& tx, Date day, CollectionsReport& report);
  Status propose_due(db::Tx& tx, const Context& ctx, Date day, CollectionsReport& report);
  Status sync_charge(db::Tx& tx, Penalty& p, const std::string& now);
  Result<SuspensionView> view(db::Tx& tx, const Context& ctx, Suspension s);
  Status take(db::Tx& tx, const Context& ctx, Suspension& s, const workflow::Transition& t,
              const std::string& comment_or_key, const MessageParams& params, bool system);
  Status stop_devices(db::Tx& tx, const Context& ctx, const Suspension& s);
  Status restore_devices(db::Tx& tx, const Context& ctx, const Suspension& s);

  db::Database& db_;
  const Clock& clock_;
  CollectionsPorts ports_;
  CollectionsOptions options_;
};

// The daily job for scheduler::run_daily_jobs; `svc` must outlive it.
scheduler::DailyJob collections_job(CollectionsService& svc);

// `colo jobs run billing-collections [--date YYYY-MM-DD]`: runs the job now (no lease) for `date`,
// or for today by `clock`, and prints what it did.
Status run_collections_job(CollectionsService& svc, const Clock& clock, const std::string& date);

}  // namespace colo::billing
