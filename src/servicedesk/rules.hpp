// Pure rules of the service desk: priority from impact and urgency, the ticket's status machine,
// targets per priority, escalation stages, complaint deadlines and maintenance notice. No database,
// no HTTP; business time itself is in business_time.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/result.hpp"
#include "servicedesk/model.hpp"

namespace colo::servicedesk {

// The priority matrix (impact 1 = whole service down .. 3 = one user; urgency 1 = now .. 3 = can
// wait): P1 only when both are highest, P4 when both are lowest or one is low and the other middling.
//            urgency 1  2  3
//   impact 1:        P1 P2 P3
//   impact 2:        P2 P3 P4
//   impact 3:        P3 P4 P4
// Impact or urgency outside 1..3 is a programmer error here; the service validates input first.
std::string priority_for(int impact, int urgency);
int priority_index(std::string_view priority);  // "P1" -> 0 .. "P4" -> 3; -1 when unknown

// Targets of a contract without its own row: the contract's response time for P1, doubled per
// step down (P2 2x, P3 4x, P4 8x), in 7x24, with the configured resolution table.
Targets default_targets(int sla_response_minutes, const Settings& s);
// Field errors of a contract's own targets (positive minutes, a known calendar, a P1 target no
// longer than P2's and so on, and each response no longer than its resolution).
std::vector<FieldError> validate_targets(const Targets& t);

// What someone does to a ticket; the status machine says where it goes.
enum class Action {
  assign,          // new/assigned/in_progress -> assigned (or stays in_progress when reassigned)
  start,           // assigned -> in_progress
  wait,            // in_progress -> waiting_for_customer (the clocks pause)
  customer_reply,  // waiting_for_customer -> in_progress (the clocks run again)
  resolve,         // assigned/in_progress/waiting_for_customer -> resolved
  close,           // resolved -> closed
  reopen,          // resolved/closed -> in_progress, within reopen_days of the resolution
};
std::optional<Action> action_from(std::string_view name);
std::string action_name(Action a);

struct TransitionContext {
  Date today{};
  std::optional<Date> resolved_on;  // the business date the ticket was last resolved
  int reopen_days = 7;
};
// The next status, or a 409 naming why not: servicedesk.ticket.already_closed for a second close,
// servicedesk.ticket.reopen_expired after reopen_days, servicedesk.ticket.bad_transition otherwise.
Result<std::string> next_status(std::string_view status, Action a, const TransitionContext& ctx);
// Statuses whose clocks stop: waiting_for_customer pauses them, resolved and closed end them.
bool clock_paused(std::string_view status);
bool open_status(std::string_view status);  // not resolved or closed

// The stage one SLA clock has reached: warned once `elapsed` reaches warn_percent of the target,
// breached at the target, management once `minutes_since_breach` (wall-clock) reaches
// management_after. Stages only go up; the job records each step once.
Stage stage_for(std::int64_t elapsed_minutes, int target_minutes, std::optional<std::int64_t> minutes_since_breach,
                const Settings& s);

// The day a complaint's answer is due: acknowledged on `raised_on`, answered within
// complaint_answer_days calendar days (the telecom complaint rule's 15 by default).
Date complaint_answer_due(Date raised_on, const Settings& s);

// Scheduled maintenance must be announced at least maintenance_notice_hours before it starts;
// emergency maintenance may start at once but needs its reason. Field errors (empty when valid).
std::vector<FieldError> validate_maintenance(Instant now, Instant starts_at, Instant ends_at, bool emergency,
                                             const std::optional<std::string>& reason, const Settings& s);

}  // namespace colo::servicedesk
