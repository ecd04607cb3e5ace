#include "facility/drills_rules.hpp"

namespace colo::facility {

bool plan_needs_drill(const std::optional<Date>& last_held, Date today) {
  if (!last_held) return true;
  return *last_held < add_months(today, -kDrillEveryMonths);
}

bool action_overdue(const std::string& status, Date due_on, Date today) { return status == "open" && due_on < today; }

}  // namespace colo::facility
