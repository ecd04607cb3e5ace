// The rules of a dispute case, without I/O: which steps a case in a given state allows, and what
// an escalation or an outcome must carry. Table-tested in rules_test.cpp.
#pragma once

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
// close once decided; 409 disputes.breach.decided / disputes.breach.closed / .not_decided.
Status check_breach_step(const std::string& status, const std::string& action);

std::vector<std::string> breach_actions(const Breach& b, bool write);

}  // namespace colo::disputes
