// Emergency plans and drills' SQL: facility_plans, facility_plan_versions, facility_drills,
// facility_drill_entries and facility_drill_actions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "facility/drills.hpp"

namespace colo::facility::store {

extern const db::ListSpec kPlanList;
extern const db::ListSpec kDrillList;

// Plans with the date of their last drill held (needs_drill is the service's).
Result<db::Counted<EmergencyPlan>> list_plans(db::Tx& tx, const EmergencyPlanFilter& f);
Result<std::optional<EmergencyPlan>> find_plan(db::Tx& tx, std::int64_t id);  // with its versions
Result<std::int64_t> insert_plan(db::Tx& tx, const EmergencyPlan& p);
Status insert_plan_version(db::Tx& tx, std::int64_t plan_id, const EmergencyPlanVersion& v);
Status supersede_plan_version(db::Tx& tx, std::int64_t plan_id, int version, const std::string& at);
Status update_plan(db::Tx& tx, const EmergencyPlan& p);

Result<db::Counted<Drill>> list_drills(db::Tx& tx, const DrillFilter& f);
Result<std::optional<Drill>> find_drill(db::Tx& tx, std::int64_t id);  // with entries and actions
Result<std::int64_t> insert_drill(db::Tx& tx, const Drill& d);
Status update_drill(db::Tx& tx, const Drill& d);
Status insert_entry(db::Tx& tx, std::int64_t drill_id, const DrillEntry& e);
Status insert_action(db::Tx& tx, const DrillAction& a);
Result<std::optional<DrillAction>> find_action(db::Tx& tx, std::int64_t id);
// Closes an open action; false when it was closed already.
Result<bool> close_action(db::Tx& tx, std::int64_t id, const std::string& by, const std::string& at,
                          const std::string& note);

struct PlanYearCounts {
  std::int64_t plan_id = 0;
  std::int64_t scheduled = 0, held = 0, findings = 0, actions_open = 0, actions_closed = 0;
};
// Per plan, the drills scheduled in [from, to) (dates) and what they found and left to do.
Result<std::vector<PlanYearCounts>> plan_year_counts(db::Tx& tx, const std::string& from, const std::string& to);

}  // namespace colo::facility::store
