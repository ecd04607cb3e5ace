// Measured service levels (R7.1.2) and the credits a missed level earns (R9.2.1): availability
// from outage records, a contract's credit table with its cap, and the monthly indicators of the
// service desk's tickets. Pure functions over plain structs: no database, no HTTP; the month-end
// job and the report call them with what the store has read.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/result.hpp"

namespace colo::db {
class Tx;
}

namespace colo::servicedesk {

// ---- Availability -------------------------------------------------------------------------

// What the availability port is asked: one customer's services (all its contracts, or one) over
// the business dates [from, to] inclusive.
struct OutageQuery {
  std::int64_t customer_id = 0;
  std::optional<std::int64_t> contract_id;
  Date from{}, to{};
  std::optional<std::string> service;  // none: outages of any service count
};

struct Availability {
  // minutes_in_period: the measured minutes promised, i.e. the period without announced
  // maintenance and without the time nothing measured (unmeasured_minutes).
  std::int64_t minutes_in_period = 0, outage_minutes = 0, maintenance_minutes = 0;
  bool measured = false;  // false: no monitoring data — never assume 100 %
  std::int64_t unmeasured_minutes = 0;
};

// The port src/app sets; its default reads the outage records kept by the service-level part.
using AvailabilityPort = std::function<Result<Availability>(db::Tx&, const OutageQuery&)>;

// Availability of many customers' or contracts' services at once: the port reads what a batch of
// queries (all over the same dates) needs with a few queries, and answers each query of the batch,
// for any service, from memory. The month-end and the report use it for every contract, so that
// a month of 100,000 contracts is not 100,000 rounds of queries.
using AvailabilityOf = std::function<Result<Availability>(const OutageQuery&)>;
using AvailabilityBatchPort = std::function<Result<AvailabilityOf>(db::Tx&, const std::vector<OutageQuery>&)>;

// A stretch of time [start, end) in UTC.
struct Span {
  Instant start{}, end{};
};

// Availability of one period from its outages and its announced maintenance windows:
//  - outages and windows are clipped to the period; overlapping or touching outages are merged, so a
//    minute down on two devices of one service counts once;
//  - announced maintenance is excluded: time inside a window is neither an outage nor part of the
//    period the customer was promised (it is reported as maintenance_minutes);
//  - each merged outage counts in whole minutes, rounded down, so an outage shorter than one whole
//    minute counts nothing (a blip of a poller is not a breach).
//  - with `measured_spans` given, only the time they cover (and the outages themselves, which are
//    known) is promised: the rest of the period, outside maintenance, is unmeasured_minutes and
//    counts neither as up nor as down, so a month measured for 12 days is judged on those 12 days.
//    A period with no measured minute left is not measured.
// `measured` is what the caller says: whether monitoring covered the period at all.
Availability availability_of(const Span& period, std::vector<Span> outages, std::vector<Span> maintenance,
                             bool measured, const std::vector<Span>* measured_spans = nullptr);

// Availability in hundredths of a basis point (99.9 % = 999000) rounded down, for display; none
// when not measured or the period is empty. Comparisons against targets use meets_bp, not this.
std::optional<std::int64_t> availability_ppm(const Availability& a);
// Whether the measured availability is at least `bp` basis points (9990 = 99.90 %), exactly, in
// integers: (period - outage) * 10000 >= bp * period. The period excludes maintenance.
bool meets_bp(const Availability& a, int bp);

// ---- Credits --------------------------------------------------------------------------------

// One row of a credit table: availability below `below_bp` earns `credit_bp` of the affected
// service's monthly fee.
struct CreditStep {
  int below_bp = 0;
  int credit_bp = 0;
  bool operator==(const CreditStep&) const = default;
};

// A contract's credit table (kept per contract in service_level_credit_tables; a contract without
// a row gets default_credit_table()). The credits of a month stop at cap_bp of the month's fee.
struct CreditTable {
  std::vector<CreditStep> steps;
  int cap_bp = 5000;
  bool operator==(const CreditTable&) const = default;
};

// < 99.9 % -> 10 %, < 99 % -> 25 %, < 95 % -> 100 %; cap 50 % of the month's fee.
CreditTable default_credit_table();
// Field errors of a table (empty when valid): one to ten steps with strictly falling thresholds of
// 1..10000 bp and rising credits of 1..10000 bp, and a cap of 1..10000 bp.
std::vector<FieldError> validate_credit_table(const CreditTable& t);

// One service of a contract in one month, as the month-end job sees it.
struct ServiceMonth {
  std::string service;               // the contract line's service (rack, power, bandwidth_p95, …)
  std::int64_t monthly_fee_fen = 0;  // what that service is billed for the month
  Availability availability;
};

// The credit one service earns and why (the customer sees this computation).
struct ServiceCredit {
  std::string service;
  std::int64_t monthly_fee_fen = 0;
  std::optional<std::int64_t> availability_ppm;  // none: not measured
  bool measured = false;
  int credit_bp = 0;            // from the first step whose threshold the availability falls below
  std::int64_t credit_fen = 0;  // before the cap
};

struct CreditComputation {
  std::vector<ServiceCredit> services;
  std::int64_t month_fee_fen = 0;  // the sum of the services' monthly fees
  std::int64_t cap_fen = 0;
  std::int64_t uncapped_fen = 0;
  std::int64_t credit_fen = 0;  // min(uncapped, cap)
  bool capped = false;
  bool measured = false;  // at least one service was measured; otherwise no credit is computed
};

// fen * bp / 10000, rounded half up (money is whole fen; credits round like billing's lines).
std::int64_t share_of(std::int64_t fen, int bp);
// The month's credit of one contract: each measured service below a step of the table earns that
// step's share of its own fee (the lowest threshold it falls below wins); an unmeasured service
// earns nothing and says so; the sum stops at the cap's share of the month's fee.
CreditComputation compute_credit(const CreditTable& table, const std::vector<ServiceMonth>& services);

// ---- Indicators ------------------------------------------------------------------------------

// What the indicators need of one ticket raised in the month.
struct TicketFacts {
  std::string type;                              // incident | service_request | complaint | consultation | compensation
  std::string priority;                          // P1..P4
  std::optional<std::int64_t> response_minutes;  // business minutes to the first response
  std::int64_t response_target_minutes = 0;
  std::optional<std::int64_t> resolution_minutes;  // business minutes to resolution
  std::int64_t resolution_target_minutes = 0;
  std::optional<std::int64_t> complaint_answer_minutes;  // complaints: wall-clock minutes to the first answer
  std::optional<int> satisfaction;                       // 1..5 after closing
  // Whether the response and the resolution came by their due instants, when read from stored
  // tickets: compared to the second, as the monthly report's breakdown does, where whole minutes
  // would count a response 30 s late as on time.
  std::optional<bool> response_on_time, resolution_on_time;
};

struct Indicators {
  std::int64_t tickets = 0;
  std::map<std::string, std::int64_t> by_type, by_priority;
  std::int64_t responded = 0, response_met = 0;   // of the tickets with a first response
  std::int64_t resolved = 0, resolution_met = 0;  // of the resolved tickets
  std::optional<std::int64_t> average_response_minutes, average_resolution_minutes;  // rounded half up
  std::int64_t complaints = 0, complaints_answered = 0;
  std::optional<std::int64_t> average_answer_minutes;
  std::int64_t surveys = 0;
  std::optional<std::int64_t> satisfaction_tenths;  // average score x10, rounded half up (4.5 -> 45)
};

Indicators aggregate_indicators(const std::vector<TicketFacts>& tickets);

// ---- Compensation claims and improvement actions ---------------------------------------------

// A data-loss compensation claim (R9.2.2): submitted -> assessed (the operator's finding and the
// amount it offers) -> agreed (the amount reaches billing) or rejected (from either). A claim only
// moves forward; the 409 names why not.
inline const std::vector<std::string> kClaimStatuses = {"submitted", "assessed", "agreed", "rejected"};
Result<std::string> claim_next(std::string_view status, std::string_view action);  // assess | agree | reject

// An improvement action (R7.3): open -> in_progress -> verifying (its effect is checked, with a
// note) -> closed; verifying may go back to in_progress when the effect was not there.
inline const std::vector<std::string> kActionStatuses = {"open", "in_progress", "verifying", "closed"};
Result<std::string> action_next(std::string_view status, std::string_view action);  // start | verify | reject | close
// Overdue: not closed and its due date already past on `today`.
bool action_overdue(std::string_view status, Date due, Date today);

}  // namespace colo::servicedesk
