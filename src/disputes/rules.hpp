// The rules of a dispute case, without I/O: which steps a case in a given state allows, and what
// an escalation or an outcome must carry. Table-tested in rules_test.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "disputes/model.hpp"

namespace colo::disputes {

// negotiating and escalated cases are open; resolved and withdrawn ones are closed for good.
bool is_open(const std::string& status);

// The step `action` (one of kActions) on a case in `status` with `open_deadlines` not done: ok,
// or the 409 that refuses it (disputes.dispute.closed, .already_escalated, .not_escalated,
// .open_items). hold and release are allowed in every state: a hold outlives the case.
Status check_step(const std::string& status, const std::string& action, int open_deadlines);

// What the caller may do now: the steps check_step allows that its permissions cover
// (write: disputes.write; hold: disputes.hold), hold or release by the case's hold.
std::vector<std::string> actions_for(const Dispute& d, int open_deadlines, bool write, bool hold);

// Field errors of an escalation: a forum kind of kForumKinds, the forum's name, a hearing date
// that is a date.
std::vector<FieldError> escalation_errors(const EscalateInput& in);

// Field errors of an outcome: one of kOutcomes; a credit between one fen and the amount claimed
// (nothing else carries an amount); a note saying what a payment plan or termination is.
std::vector<FieldError> outcome_errors(const CloseInput& in, std::int64_t claimed_fen);

// Field errors of a payment plan's instalments (outcome payment_plan only, and then required):
// one to 60 instalments, each of at least one fen, due on dates that are dates and strictly
// increasing, none before `today` (an instalment agreed overdue would lift the pause at once).
std::vector<FieldError> plan_errors(const CloseInput& in, Date today);

// The first instalment overdue on `day`: one whose due date has passed (due < day) while
// `paid_since_fen` (paid on the covered invoices since the plan was agreed) does not cover it and
// every instalment before it; nullopt while the plan is kept.
std::optional<Instalment> overdue_instalment(const std::vector<Instalment>& plan, std::int64_t paid_since_fen,
                                             Date day);

// ---- Over-use (R9): power above the contracted kW, bandwidth above the commit ----

// A five-minute rate of a contract: `slot` is the slot's number (Unix seconds / 300), `value` the
// rate (watts, bits per second).
struct RateSample {
  std::int64_t slot = 0;
  std::int64_t value = 0;
};

// A run of consecutive five-minute slots above the limit, long enough to be proposed as a breach.
struct OverUseEpisode {
  std::int64_t first_slot = 0, last_slot = 0;
  std::int64_t peak = 0;   // the highest rate in the run
  std::int64_t limit = 0;  // what the contract allows
  int minutes = 0;         // (last_slot - first_slot + 1) * 5
};

// The episodes of `samples` (any order) above `limit` for at least `min_minutes` (rounded up to
// whole slots, at least one): a missing slot ends a run, since no data is no evidence of over-use;
// a rate equal to the limit is within it. None when the contract sets no limit (limit <= 0).
std::vector<OverUseEpisode> overuse_episodes(std::vector<RateSample> samples, std::int64_t limit, int min_minutes);

// Whether `e` (detected in a later window) is the same episode as the proposal `prior` of the
// same contract and metric: it starts inside prior's run or at the slot just after it (a window
// that began while the over-use went on sees only its tail). Then prior's end and peak are
// extended instead of a second proposal.
bool continues_episode(const Overuse& prior, const OverUseEpisode& e);

// The status a case closes into with `outcome`.
std::string closed_status(const std::string& outcome);

// ---- Breaches (R9) ----

// Field errors of a breach record: a party, a kind of that party's breaches (the customer's
// non-payment, over-use, abuse, prohibited content; the operator's SLA failure, data loss,
// unauthorised disclosure), the clause, a description and the date.
std::vector<FieldError> breach_errors(const BreachInput& in);

// Field errors of the consequence chosen for a breach by `party`: a penalty (R9.1.1) or
// suspension (R9.1.2) only for the customer's breach, compensation (R9.2.1, R9.2.2) only for the
// operator's; a penalty and compensation carry an amount, nothing else does; a termination
// (R11.2.2) says why in its note.
std::vector<FieldError> consequence_errors(const std::string& party, const Consequence& c);

// The step on a breach in `status`: evidence and decide while open (evidence also once decided),
// close once decided; 409 disputes.breach.decided / disputes.breach.closed / .not_decided. A
// proposed breach (detected from monitoring) is confirmed or dismissed first, and takes evidence
// meanwhile: 409 disputes.breach.proposed for another step, .not_proposed to review another.
Status check_breach_step(const std::string& status, const std::string& action);

std::vector<std::string> breach_actions(const Breach& b, bool write);

}  // namespace colo::disputes
