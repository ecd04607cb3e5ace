// The compliance view (R1–R12): for every clause of the regulation a status computed from the
// records — passing, failing, no data (a measured clause with nothing in its period, never shown
// as passing) or not measured yet — with its period, value, target, trend and the failing items.
// Pure: the service gathers the records, these functions judge them. Table-tested.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace colo::disputes {

inline const std::vector<std::string> kComplianceStatuses = {"passing", "failing", "no_data", "not_measured"};
inline const std::vector<std::string> kTrends = {"up", "down", "flat", "none"};

// Every clause and sub-clause of the regulation, in its order.
const std::vector<std::string>& regulation_clauses();

struct FailingItem {
  std::string type;  // breach, dispute
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
};

struct ClauseStatus {
  std::string clause;
  std::string status = "not_measured";
  std::optional<std::int64_t> value_bp, target_bp;
  std::string trend = "none";
  std::int64_t failing_count = 0;
  std::vector<FailingItem> failing;  // the first kMaxFailing
  std::string evidence;
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
