// Disputes (R12): a case per customer and contract, opened from a complaint, an invoice or
// directly; negotiated first (R12.1) with a log of meetings, proposals and documents and its
// deadlines; escalated to the arbitration commission or court the parties agreed (R12.2) with the
// case number and hearing dates; closed with an outcome that takes effect (a credit becomes a
// pending credit on the contract's next invoice). While a case is open its invoices accrue no late
// fee and get no reminders (billing's pause hook); a legal hold keeps the records it links.
// Customers see their own cases (404 for another's).
// Thread safety: a Service is shared by all request threads; its only mutable state is the
// compliance view's cache, under its own mutex.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "disputes/compliance.hpp"
#include "disputes/model.hpp"
#include "disputes/rules.hpp"

namespace colo::disputes {

// ---- What disputes needs from contracts, billing and the service desk (src/app fills it) ----

struct ContractRef {
  std::int64_t id = 0, customer_id = 0;
  std::string number, customer_name;
};

// A record a case is opened from or links: its owner, contract and business number.
struct RecordRef {
  std::int64_t id = 0, customer_id = 0;
  std::optional<std::int64_t> contract_id;
  std::string number;
  bool complaint = false;  // a ticket that is a complaint
  bool invoice = false;    // an invoice (not a credit note)
};

// A charge for the contract's next invoice: a penalty (positive) or a credit (negative).
struct Charge {
  std::int64_t customer_id = 0, contract_id = 0;
  std::string kind;             // penalty, credit
  std::int64_t amount_fen = 0;  // signed: negative credits the customer
  std::string description;
  std::string source_type;  // dispute, breach
  std::int64_t source_id = 0;
  std::string created_by;
};

struct Ports {
  // The contract as the caller sees it; nullopt when unknown or foreign.
  std::function<Result<std::optional<ContractRef>>(const Context&, std::int64_t id)> contract;
  // An invoice or ticket ("invoice", "ticket") as the caller sees it; nullopt when unknown or foreign.
  std::function<Result<std::optional<RecordRef>>(const Context&, const std::string& type, std::int64_t id)> record;
  // Billing's dispute hook, inside the case's transaction: the invoice's late fee and reminders
  // stop (paused) or go on.
  std::function<Status(db::Tx&, std::int64_t invoice_id, bool paused, const std::string& reason,
                       const std::string& now)>
      pause_invoice;
  // Puts the charge on the contract's next invoice, inside the caller's transaction; its id.
  std::function<Result<std::int64_t>(db::Tx&, const Charge&)> charge;
  // Proposes suspending the contract's service through collections (its own transaction and
  // management's approval); the suspension's id.
  std::function<Result<std::int64_t>(const Context&, std::int64_t contract_id, const std::string& reason,
                                     const std::string& evidence)>
      suspend;
  // Opens the contract's termination request (desired end `end_date`) inside the caller's
  // transaction; the request's id.
  std::function<Result<std::int64_t>(db::Tx&, const Context&, std::int64_t contract_id, const std::string& reason,
                                     Date end_date)>
      request_termination;
  // What the invoice has been paid so far (fen), inside the caller's transaction: a payment plan
  // measures its instalments against what was paid after it was agreed.
  std::function<Result<std::int64_t>(db::Tx&, std::int64_t invoice_id)> invoice_paid;
};

// One pass of the payment plans' check: plans looked at and lapsed (an instalment overdue).
struct PlanReport {
  int checked = 0, lapsed = 0;
};

struct ComplianceView {
  std::string as_of;                   // when it was computed (UTC)
  std::string period_from, period_to;  // the measured period (business dates)
  std::vector<ClauseStatus> clauses;   // every clause of the regulation, in order
  std::int64_t audit_head_id = 0;      // the audit chain's newest entry when it was computed
  std::string audit_head_hash;
};

// The compliance report as a signed PDF: its bytes and SHA-256 (recorded in the audit log).
struct ComplianceReportFile {
  std::string pdf, sha256;
  std::int64_t audit_head_id = 0;
};

// A PDF checked against the recorded reports: the audit entry that recorded it, when it matches.
struct ReportCheck {
  bool verified = false;
  std::string sha256;
  std::optional<std::int64_t> audit_id;
  std::optional<std::string> recorded_at;
};

// The periods a measure provider counts over: the last year to now and the year before it.
struct MeasureWindow {
  Instant now{};
  Date today{};
  std::string from, to, before;     // UTC instants: this period [from, to), the one before [before, from)
  Date from_date{}, before_date{};  // business dates: this period [from_date, today], before [before_date, from_date)
};

// Measures one or more clauses from a module's records, inside the view's read transaction.
using MeasureProvider = std::function<Result<std::vector<Measure>>(db::Tx&, const MeasureWindow&)>;

class Service {
 public:
  Service(db::Database& db, const Clock& clock, Ports ports);
  ~Service();

  Result<db::Counted<Dispute>> list(const Context& ctx, const Filter& f);
  Result<Detail> get(const Context& ctx, std::int64_t id);
  // Opens a case (disputes.write): from a complaint ticket, an invoice (whose late fee pauses) or
  // directly on a contract. 422 disputes.source.unknown / .not_complaint / .not_invoice,
  // disputes.contract.unknown, disputes.contract.mismatch.
  Result<Detail> open(const Context& ctx, const OpenInput& in);
  // The negotiation log: a meeting, proposal, document, note or hearing.
  Result<Detail> log(const Context& ctx, std::int64_t id, const EntryInput& in);
  Result<Detail> add_deadline(const Context& ctx, std::int64_t id, const std::string& title, const std::string& due);
  Result<Detail> complete_deadline(const Context& ctx, std::int64_t id, std::int64_t deadline_id);
  // Links an invoice or ticket of the case's customer (an invoice's late fee pauses); 409
  // disputes.link.duplicate when linked already.
  Result<Detail> link(const Context& ctx, std::int64_t id, const std::string& type, std::int64_t object_id);
  // 409 disputes.legal_hold while the case is under legal hold.
  Result<Detail> unlink(const Context& ctx, std::int64_t id, std::int64_t link_id);
  // Negotiation failed: to the arbitration commission or court (R12.2).
  Result<Detail> escalate(const Context& ctx, std::int64_t id, const EscalateInput& in);
  // The case number and next hearing date of an escalated case.
  Result<Detail> update_case(const Context& ctx, std::int64_t id, const std::optional<std::string>& case_number,
                             const std::optional<std::string>& hearing_date);
  // Legal hold on or off (disputes.hold); a reason to put it on.
  Result<Detail> hold(const Context& ctx, std::int64_t id, bool on, const std::string& reason);
  // Closes the case with its outcome; "termination" opens the contract's termination request
  // (its errors refuse the close); 409 disputes.dispute.open_items while a deadline is not done,
  // disputes.dispute.closed when closed already. A credit is put on the contract's next invoice;
  // the case's invoices accrue late fees again unless another open case links them.
  // A payment plan (outcome payment_plan, with its instalments) keeps the invoices paused instead
  // until an instalment is overdue (check_plans).
  Result<Detail> close(const Context& ctx, std::int64_t id, const CloseInput& in);
  // The daily check of kept payment plans on `day` (idempotent): a plan with an instalment past
  // its due date and not covered by what the plan's invoices were paid since it was agreed lapses,
  // and its invoices are collected again (late fee, reminders, suspension) unless another open
  // case or kept plan links them. Audited as the case's "plan_lapsed".
  Result<PlanReport> check_plans(Date day);

  // ---- Breaches (R9) ----
  Result<db::Counted<Breach>> breaches(const Context& ctx, const BreachFilter& f);
  Result<BreachDetail> breach(const Context& ctx, std::int64_t id);
  // Records a breach of either side (breaches.record); 422 for a kind not of the party.
  Result<BreachDetail> record_breach(const Context& ctx, const BreachInput& in);
  // Evidence: a ticket or invoice of the customer (checked), an alert or entry-log entry by id, or
  // a document named.
  Result<BreachDetail> add_evidence(const Context& ctx, std::int64_t id, const EvidenceInput& in);
  // The consequence and its effect: a penalty becomes a pending charge and compensation a pending
  // credit on the contract's next invoice; a suspension is proposed to management through
  // collections; a termination is recorded with its terms.
  Result<BreachDetail> decide(const Context& ctx, std::int64_t id, const Consequence& c);
  Result<BreachDetail> close_breach(const Context& ctx, std::int64_t id);
  // A proposed breach confirmed on review: open, then decided and closed as any other (audited;
  // breaches.record). 409 disputes.breach.not_proposed for one not proposed.
  Result<BreachDetail> confirm_breach(const Context& ctx, std::int64_t id);
  // A proposed breach dismissed on review: closed with the consequence none and `reason` kept
  // (400 validation_failed without one).
  Result<BreachDetail> dismiss_breach(const Context& ctx, std::int64_t id, const std::string& reason);
  // Proposes an over-use `episode` of `metric` on the contract as the customer's breach, for
  // review, and tells operations and business. Once per episode: the contract, metric and first
  // slot are the breach's key, so a run seeing it again (or another server's run) changes
  // nothing; an episode continuing the contract's latest proposal of the metric (rules.hpp
  // continues_episode) extends its end and peak instead. Answers "proposed", "extended" or
  // "known".
  // Where the over-use job's last complete run read up to (nullopt before the first), and
  // recording a complete run's end.
  Result<std::optional<Instant>> overuse_covered_to();
  Status set_overuse_covered_to(Instant to);
  Result<std::string> propose_overuse(const ContractRef& contract, const std::string& metric,
                                      const OverUseEpisode& episode);

  // ---- Compliance (R1–R12) ----
  // Every clause's status over the last year (compliance.read): measured from breaches (R9),
  // disputes (R12) and every registered provider; the rest "not measured". Computed once and
  // served from a cache until the audit chain's head moves (every write is audited, on whichever
  // server it ran), the business date changes or kComplianceMaxAge passes (for the few records
  // written without an audit entry, such as monitoring's alerts).
  Result<ComplianceView> compliance(const Context& ctx);
  // The view as a PDF in `language` (zh-CN, en-US), signed with the audit chain's head it was
  // computed at; the file's SHA-256 is recorded as an audit entry so it can be verified later.
  Result<ComplianceReportFile> compliance_report(const Context& ctx, const std::string& language);
  // Whether `pdf` is a report this server recorded, byte for byte.
  Result<ReportCheck> verify_report(const Context& ctx, const std::string& pdf);
  // Adds a measure provider; called while the server is assembled, before it serves.
  void add_measures(MeasureProvider provider) { providers_.push_back(std::move(provider)); }

  // Ids of `object_type` records that a case under legal hold links (for retention jobs).
  Result<std::vector<std::int64_t>> held(db::Tx& tx, const std::string& object_type);

 private:
  Result<Dispute> load(db::Tx& tx, const Context& ctx, std::int64_t id);
  Result<Detail> detail(db::Tx& tx, const Context& ctx, Dispute d);
  Result<Breach> load_breach(db::Tx& tx, const Context& ctx, std::int64_t id);
  Result<BreachDetail> breach_detail(db::Tx& tx, const Context& ctx, Breach b);
  Result<int> open_items(db::Tx& tx, std::int64_t dispute_id);
  // An invoice or ticket through its module, a breach from this module's records.
  Result<std::optional<RecordRef>> record_of(const Context& ctx, const std::string& type, std::int64_t id);
  Status pause_links(db::Tx& tx, const Dispute& d, bool paused, const std::string& now);
  std::string actor(const Context& ctx) const;

  Result<ComplianceView> compute_compliance(db::Tx& tx, std::int64_t head_id, const std::string& head_hash);

  db::Database& db_;
  const Clock& clock_;
  Ports ports_;
  std::vector<MeasureProvider> providers_;
  struct ComplianceCache;
  std::unique_ptr<ComplianceCache> cache_;  // guarded by its own mutex: the one mutable state
};

inline constexpr std::chrono::minutes kComplianceMaxAge{10};

}  // namespace colo::disputes
