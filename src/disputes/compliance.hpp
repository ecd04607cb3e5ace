// The compliance view (R1–R12): for every clause of the regulation a status computed from the
// records — passing, failing, no data (a measured clause with nothing in its period, never shown
// as passing) or not measured yet — with its period, value, target, trend and the failing items.
// Pure: the service gathers the records, these functions judge them. Table-tested.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace colo::disputes {

inline const std::vector<std::string> kComplianceStatuses = {"passing", "failing", "no_data", "not_measured"};
inline const std::vector<std::string> kTrends = {"up", "down", "flat", "none"};

// Every clause and sub-clause of the regulation, in its order.
const std::vector<std::string>& regulation_clauses();

// The kinds of record a failing item can be; the console links each to its page.
inline const std::vector<std::string> kFailingTypes = {
    "breach",        "dispute",      "application",   "room",       "work_order", "entry",           "plan",
    "change",        "sla_credit",   "ticket",        "amendment",  "contract",   "round",           "device_config",
    "firewall_rule", "vuln_finding", "vuln_schedule", "backup_run", "disclosure", "facility_finding"};

struct FailingItem {
  std::string type;  // one of kFailingTypes
  std::int64_t id = 0;
  std::string number;
};

// What was measured for a clause over its period and the period before.
struct Measure {
  std::string clause;
  std::int64_t met = 0, total = 0;                    // this period
  std::int64_t previous_met = 0, previous_total = 0;  // the period before, for the trend
  std::int64_t target_bp = 10000;                     // the share to reach, in basis points
  std::vector<FailingItem> failing;
  std::string evidence;  // where the records behind it are listed (a console path)
  // A clause measured over a period of its own (this month, the last twelve months) names it;
  // empty means the view's period.
  std::string period_from, period_to;
  // How many failed when `failing` lists only some (a measure counted in the database); else
  // failing's size.
  std::optional<std::int64_t> failing_count;
};

// One record a measure counts: whether it met the rule and whether it falls in the period (else
// in the period before, which gives the trend).
struct MeasuredItem {
  std::string type;
  std::int64_t id = 0;
  std::string number;
  bool met = false;
  bool current = true;
};

// A measure from the records of both periods: counts and the failing items of this period.
Measure measure_of(std::string clause, const std::vector<MeasuredItem>& items, std::string evidence,
                   std::int64_t target_bp = 10000);

// Separation of duties in approval (R3.2): one approval per review step (business, technical,
// management), each step approved, and no person approving two steps. `approvals` are the
// (step, approver) pairs of an approved application's history; a step approved again after a
// return by the same person is the same duty.
bool approved_by_three(const std::vector<std::pair<std::string, std::int64_t>>& approvals);

struct ClauseStatus {
  std::string clause;
  std::string status = "not_measured";
  std::optional<std::int64_t> value_bp, target_bp;
  std::string trend = "none";
  std::int64_t failing_count = 0;
  std::vector<FailingItem> failing;  // the first kMaxFailing
  std::string evidence;
  std::string period_from, period_to;  // empty: the view's period
};

inline constexpr std::size_t kMaxFailing = 20;

// A measured clause's status: no data when nothing fell in its period, else passing when the
// share met reaches the target; the trend compares with the period before (none without data).
ClauseStatus evaluate(const Measure& m);

// Every clause: the measured ones evaluated, the rest not measured, in the regulation's order.
std::vector<ClauseStatus> compliance_view(const std::vector<Measure>& measures);

// A breach decided (or closed) this many days after it was recorded at most counts as handled in
// time; an open one older than this fails.
inline constexpr int kBreachDecisionDays = 30;

}  // namespace colo::disputes
