#include "billing/collections_rules.hpp"

#include <algorithm>

namespace colo::billing {

std::int64_t exact_to_fen(std::int64_t exact) { return (exact + kExactPerFen / 2) / kExactPerFen; }

std::int64_t penalty_cap_exact(std::int64_t cap_base_fen, const PenaltyTerms& terms) {
  if (cap_base_fen <= 0 || terms.cap_bp <= 0) return 0;
  return cap_base_fen * terms.cap_bp;
}

PenaltyState accrue_day(PenaltyState s, std::int64_t outstanding_fen, const PenaltyTerms& terms) {
  if (outstanding_fen <= 0 || terms.bp_per_day <= 0) return s;
  s.cap_base_fen = std::max(s.cap_base_fen, outstanding_fen);
  const std::int64_t cap = penalty_cap_exact(s.cap_base_fen, terms);
  s.accrued_exact = std::min(cap, s.accrued_exact + outstanding_fen * terms.bp_per_day);
  return s;
}

std::vector<Date> days_to_accrue(Date due_date, std::optional<Date> accrued_through, Date today) {
  Date first = add_days(due_date, 1);
  if (accrued_through && *accrued_through >= first) first = add_days(*accrued_through, 1);
  std::vector<Date> out;
  for (Date d = first; d <= today; d = add_days(d, 1)) out.push_back(d);
  return out;
}

PenaltyState accrue_through(PenaltyState s, Date due_date, Date today, std::int64_t outstanding_fen,
                            const PenaltyTerms& terms) {
  for (Date d : days_to_accrue(due_date, s.accrued_through, today)) {
    s = accrue_day(s, outstanding_fen, terms);
    s.accrued_through = d;
  }
  return s;
}

std::int64_t waivable_fen(std::int64_t accrued_fen, std::int64_t waived_fen, std::int64_t billed_fen) {
  return std::max<std::int64_t>(0, accrued_fen - waived_fen - billed_fen);
}

std::optional<std::vector<int>> normalise_reminder_days(std::vector<int> days) {
  if (days.empty()) return std::nullopt;
  for (int d : days)
    if (d < -365 || d > 365) return std::nullopt;
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

std::optional<int> reminder_due(Date due_date, Date today, const std::vector<int>& offsets,
                                const std::vector<int>& sent) {
  const int day = days_between(due_date, today);  // today - due date
  std::optional<int> last_sent;
  for (int s : sent)
    if (!last_sent || s > *last_sent) last_sent = s;
  std::optional<int> pick;
  for (int o : offsets) {
    if (o > day) continue;
    if (last_sent && o <= *last_sent) continue;
    if (!pick || o > *pick) pick = o;
  }
  return pick;
}

namespace {

workflow::Definition make_suspension() {
  workflow::Definition d;
  d.name = "suspension";
  d.states = kSuspensionStates;
  d.final_states = {"lifted", "rejected", "withdrawn"};
  // {action, from, to, permission, comment required, customer may, staff may}
  d.transitions = {
      {"approve", {"proposed"}, "active", kPermSuspensionApprove, false, false, true},
      {"reject", {"proposed"}, "rejected", kPermSuspensionApprove, true, false, true},
      {"withdraw", {"proposed"}, "withdrawn", kPermSuspensionPropose, true, false, true},
      {"propose_lift", {"active"}, "lift_proposed", kPermSuspensionPropose, false, false, true},
      {"approve_lift", {"lift_proposed"}, "lifted", kPermSuspensionApprove, false, false, true},
      {"reject_lift", {"lift_proposed"}, "active", kPermSuspensionApprove, true, false, true},
  };
  return d;
}

}  // namespace

const workflow::Definition& suspension_workflow() {
  static const workflow::Definition def = make_suspension();
  return def;
}

bool suspension_in_force(std::string_view state) { return state == "active" || state == "lift_proposed"; }

bool suspension_open(std::string_view state) {
  return state == "proposed" || state == "active" || state == "lift_proposed";
}

bool suspension_due(std::optional<Date> oldest_overdue_due_date, Date today, int suspend_after_days) {
  if (!oldest_overdue_due_date) return false;
  return days_between(*oldest_overdue_due_date, today) >= suspend_after_days;
}

}  // namespace colo::billing
