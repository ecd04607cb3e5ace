// The SQL of infrastructure assets, maintenance plans and work orders (facility_assets,
// facility_maintenance_plans, facility_work_orders, facility_work_order_photos). Checklists and
// results are JSON in TEXT columns, written and read here only.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "db/database.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "facility/maintenance_model.hpp"

namespace colo::facility::maintenance_store {

extern const db::ListSpec kAssetList;
extern const db::ListSpec kPlanList;
extern const db::ListSpec kWorkOrderList;

std::string checklist_text(const std::vector<ChecklistItem>& items);
std::vector<ChecklistItem> checklist_from(const std::string& text);
std::string answers_text(const std::vector<Answer>& answers);
std::vector<Answer> answers_from(const std::string& text);

Result<db::Counted<Asset>> list_assets(db::Tx& tx, const AssetFilter& f);
Result<std::optional<Asset>> find_asset(db::Tx& tx, std::int64_t id);
Result<bool> asset_code_taken(db::Tx& tx, const std::string& code, std::optional<std::int64_t> except);
Result<std::int64_t> insert_asset(db::Tx& tx, const Asset& a);
Status update_asset(db::Tx& tx, const Asset& a);

Result<db::Counted<Plan>> list_plans(db::Tx& tx, const PlanFilter& f);
Result<std::optional<Plan>> find_plan(db::Tx& tx, std::int64_t id);
Result<std::int64_t> insert_plan(db::Tx& tx, const Plan& p);
Status update_plan(db::Tx& tx, const Plan& p);  // what the form edits; not active nor who created it
Status set_plan_active(db::Tx& tx, std::int64_t id, bool active);

// What generation needs, each read in one statement: active plans, assets not retired (id, kind),
// and the latest due date generated per plan and asset.
Result<std::vector<Plan>> active_plans(db::Tx& tx);
Result<std::vector<std::pair<std::int64_t, std::string>>> live_assets(db::Tx& tx);
Result<std::map<std::pair<std::int64_t, std::int64_t>, std::string>> latest_due(db::Tx& tx);
struct NewWorkOrder {
  std::int64_t plan_id = 0, asset_id = 0;
  std::string due_on;
};
// Inserts those not there yet (the unique plan+asset+due key); how many were new.
Result<std::int64_t> insert_work_orders(db::Tx& tx, const std::vector<NewWorkOrder>& orders,
                                        const std::string& created_at);

// `today` decides `overdue`.
Result<db::Counted<WorkOrder>> list_work_orders(db::Tx& tx, const WorkOrderFilter& f, const std::string& today);
// With the plan's checklist and the photos' descriptions.
Result<std::optional<WorkOrder>> find_work_order(db::Tx& tx, std::int64_t id, const std::string& today);
Status update_work_order(db::Tx& tx, const WorkOrder& w);
// Work orders not closed and due before today, and the earliest due date among them.
struct Overdue {
  std::int64_t count = 0;
  std::optional<std::string> oldest_due_on;
};
Result<Overdue> count_overdue(db::Tx& tx, const std::string& today);

Result<std::int64_t> insert_photo(db::Tx& tx, std::int64_t work_order_id, const PhotoInfo& info,
                                  const std::string& bytes);
Result<std::optional<Photo>> find_photo(db::Tx& tx, std::int64_t work_order_id, std::int64_t photo_id);
// For sealing the photos stored before sealing began: every id, one photo's stored bytes, and
// their replacement.
Result<std::vector<std::int64_t>> photo_ids(db::Tx& tx);
Result<std::optional<std::string>> photo_bytes(db::Tx& tx, std::int64_t photo_id);
Status replace_photo_bytes(db::Tx& tx, std::int64_t photo_id, const std::string& bytes);

}  // namespace colo::facility::maintenance_store
