// Collections' pure rules (R9.1.1, R9.1.2): the late-payment penalty (违约金) that accrues on an
// overdue invoice day by day up to its cap, which dunning reminder is due on a day, and the
// suspension workflow (proposed, approved, lifted). No database, no HTTP; table-tested.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "workflow/workflow.hpp"

namespace colo::billing {

// ---- Late-payment penalty ----
//
// Rounding: each day's penalty is outstanding × bp_per_day / 10000 fen, which is kept EXACTLY as
// an integer count of 1/10000 fen ("exact units": outstanding × bp_per_day), summed without
// rounding, and turned into fen once, half up, when it is shown or billed. So a 1 fen invoice at
// 5 bp a day for 2,000 days is 1 fen, not 0 (as rounding each day would make it) nor 2,000 × 0.
//
// Cap: the sum stops at cap_bp of the overdue amount, where the overdue amount is the highest
// outstanding the invoice had on any accrued day (a partial payment lowers the daily base, not
// the cap already reached). The cap is exact too: cap_base × cap_bp exact units.
//
// Base: a day accrues on the outstanding known when the job accrues it; a day caught up after a
// missed run accrues on the outstanding at the time of the catch-up run.
inline constexpr std::int64_t kExactPerFen = 10000;

struct PenaltyTerms {
  int bp_per_day = 5;  // contracts::Terms::late_fee_bp_per_day
  int cap_bp = 3000;   // contracts::Terms::late_fee_cap_bp (30 %)
};

struct PenaltyState {
  std::int64_t accrued_exact = 0;       // 1/10000 fen, never rounded
  std::int64_t cap_base_fen = 0;        // highest outstanding accrued on
  std::optional<Date> accrued_through;  // last day accrued (none: nothing yet)
};

// Round half up from exact units (1/10000 fen) to fen; exact must be >= 0.
std::int64_t exact_to_fen(std::int64_t exact);

// The cap in exact units for a cap base.
std::int64_t penalty_cap_exact(std::int64_t cap_base_fen, const PenaltyTerms& terms);

// One day's accrual on `outstanding_fen` (<= 0 accrues nothing), not beyond the cap.
PenaltyState accrue_day(PenaltyState s, std::int64_t outstanding_fen, const PenaltyTerms& terms);

// The days to accrue on `today` for an invoice due on `due_date`: from the day after the due date
// (or after the last accrued day) through `today`, inclusive; empty when none. Pure calendar.
std::vector<Date> days_to_accrue(Date due_date, std::optional<Date> accrued_through, Date today);

// Accrues every day of days_to_accrue on the same base (the catch-up rule above).
PenaltyState accrue_through(PenaltyState s, Date due_date, Date today, std::int64_t outstanding_fen,
                            const PenaltyTerms& terms);

// What may still be waived: accrued (in fen) less waived less billed, never below zero.
std::int64_t waivable_fen(std::int64_t accrued_fen, std::int64_t waived_fen, std::int64_t billed_fen);

// ---- Dunning ----

// Reminder offsets in days from the due date: negative before it ([billing] reminder_days).
inline const std::vector<int> kDefaultReminderDays = {-3, 0, 7, 15};

// Sorted, unique offsets in [-365, 365]; none when any is out of range or the list is empty.
std::optional<std::vector<int>> normalise_reminder_days(std::vector<int> days);

// The reminder to send on `today` for an invoice due on `due_date` that is still outstanding,
// given the offsets already sent: the latest offset whose day has come that is later than every
// offset sent. An invoice found late (issued after its first reminder's day, or a missed run)
// gets one reminder, the latest due, not a burst of the ones it missed. None when nothing is due.
std::optional<int> reminder_due(Date due_date, Date today, const std::vector<int>& offsets,
                                const std::vector<int>& sent);

// ---- Suspension (停机) ----

inline const std::vector<std::string> kSuspensionStates = {"proposed", "active",   "lift_proposed",
                                                           "lifted",   "rejected", "withdrawn"};
// Why: non-payment (proposed by the job or finance after the overdue wait), abuse (illegal use)
// or over-use of contracted resources, started by operations or security with evidence (R9.1.2).
inline const std::vector<std::string> kSuspensionReasons = {"non_payment", "abuse", "overuse"};
// What an approved suspension stops.
inline const std::vector<std::string> kSuspensionScopes = {"power", "ports", "physical_access"};

inline constexpr const char* kPermSuspensionPropose = "billing.suspensions.propose";
inline constexpr const char* kPermSuspensionApprove = "billing.suspensions.approve";
// Operations stop a contract's service for abuse or over-use at once, without management's approval;
// lifting it still goes through approval.
inline constexpr const char* kPermSuspensionImmediate = "billing.suspensions.immediate";

// proposed -approve-> active -propose_lift-> lift_proposed -approve_lift-> lifted;
// proposed -reject-> rejected; lift_proposed -reject_lift-> active; proposed -withdraw-> withdrawn
// (the system, when the overdue invoices are paid before a decision; or the proposer).
const workflow::Definition& suspension_workflow();

// Whether a contract with a suspension in this state counts as suspended (its service stopped).
bool suspension_in_force(std::string_view state);
// Whether a suspension in this state is open (blocks a second proposal for the contract).
bool suspension_open(std::string_view state);

// Whether the job should propose a suspension for non-payment: some invoice of the contract has
// been overdue at least `suspend_after_days` days (the oldest due date given) on `today`.
bool suspension_due(std::optional<Date> oldest_overdue_due_date, Date today, int suspend_after_days);

}  // namespace colo::billing
