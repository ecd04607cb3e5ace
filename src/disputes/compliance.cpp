#include "disputes/compliance.hpp"

#include <algorithm>

namespace colo::disputes {

const std::vector<std::string>& regulation_clauses() {
  static const std::vector<std::string> kClauses = {
      "R1.1",   "R1.2",   "R1.3",   "R2.1",   "R2.2",   "R3.1.1", "R3.1.2",  "R3.2.1",  "R3.2.2",  "R3.2.3", "R4.1.1",
      "R4.1.2", "R4.1.3", "R4.2.1", "R4.2.2", "R4.2.3", "R4.3.1", "R4.3.2",  "R4.3.3",  "R5.1.1",  "R5.1.2", "R5.2.1",
      "R5.2.2", "R5.2.3", "R5.3.1", "R5.3.2", "R5.3.3", "R6.1.1", "R6.1.2",  "R6.1.3",  "R6.2.1",  "R6.2.2", "R6.2.3",
      "R7.1.1", "R7.1.2", "R7.2.1", "R7.2.2", "R7.3",   "R8.1",   "R8.2.1",  "R8.2.2",  "R8.3",    "R9.1.1", "R9.1.2",
      "R9.2.1", "R9.2.2", "R10.1",  "R10.2",  "R10.3",  "R11.1",  "R11.2.1", "R11.2.2", "R11.2.3", "R12.1",  "R12.2"};
  return kClauses;
}

ClauseStatus evaluate(const Measure& m) {
  ClauseStatus s;
  s.clause = m.clause;
  s.target_bp = m.target_bp;
  s.evidence = m.evidence;
  s.period_from = m.period_from;
  s.period_to = m.period_to;
  s.failing_count = m.failing_count.value_or(static_cast<std::int64_t>(m.failing.size()));
  s.failing.assign(m.failing.begin(),
                   m.failing.begin() + static_cast<std::ptrdiff_t>(std::min(m.failing.size(), kMaxFailing)));
  if (m.total <= 0) {
    s.status = "no_data";
    return s;
  }
  const std::int64_t value = m.met * 10000 / m.total;
  s.value_bp = value;
  s.status = value >= m.target_bp ? "passing" : "failing";
  if (m.previous_total > 0) {
    const std::int64_t before = m.previous_met * 10000 / m.previous_total;
    s.trend = value > before ? "up" : value < before ? "down" : "flat";
  }
  return s;
}

Measure measure_of(std::string clause, const std::vector<MeasuredItem>& items, std::string evidence,
                   std::int64_t target_bp) {
  Measure m;
  m.clause = std::move(clause);
  m.evidence = std::move(evidence);
  m.target_bp = target_bp;
  for (const auto& i : items) {
    if (i.current) {
      ++m.total;
      if (i.met)
        ++m.met;
      else
        m.failing.push_back({i.type, i.id, i.number});
    } else {
      ++m.previous_total;
      if (i.met) ++m.previous_met;
    }
  }
  return m;
}

bool approved_by_three(const std::vector<std::pair<std::string, std::int64_t>>& approvals) {
  static const std::vector<std::string> kSteps = {"business_review", "technical_review", "management_review"};
  std::vector<std::int64_t> approver(kSteps.size(), 0);
  for (const auto& [step, actor] : approvals) {
    auto at = std::find(kSteps.begin(), kSteps.end(), step);
    if (at == kSteps.end()) continue;
    auto& who = approver[static_cast<std::size_t>(at - kSteps.begin())];
    // The same step approved again after a return: by anyone else, two people share one duty.
    if (who != 0 && who != actor) return false;
    who = actor;
  }
  for (std::size_t i = 0; i < approver.size(); ++i) {
    if (approver[i] == 0) return false;
    for (std::size_t j = i + 1; j < approver.size(); ++j)
      if (approver[i] == approver[j]) return false;
  }
  return true;
}

std::vector<ClauseStatus> compliance_view(const std::vector<Measure>& measures) {
  std::vector<ClauseStatus> out;
  for (const auto& clause : regulation_clauses()) {
    auto m = std::find_if(measures.begin(), measures.end(), [&](const Measure& x) { return x.clause == clause; });
    if (m != measures.end()) {
      out.push_back(evaluate(*m));
    } else {
      ClauseStatus s;
      s.clause = clause;
      out.push_back(s);
    }
  }
  return out;
}

}  // namespace colo::disputes
