// Infrastructure assets and their maintenance (R4.1.2, R4.1.3): the operator's UPS, batteries,
// generators, ATS, precision air conditioning, gas suppression, fire detection and distribution
// boards in the rooms, maintenance plans with a schedule and a checklist template, and the work
// orders a daily job generates ahead from them: assigned, filled in with readings and photos,
// completed, signed off by a second person, closed with the next due date. Staff only: a
// customer principal is refused every operation.
//
// Thread-safety: every method opens its own transaction; the service is shared by the HTTP
// workers and the daily job. Generation is idempotent (one work order per plan, asset and due
// date, by a unique key), so racing servers generate each once.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/file_seal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "facility/maintenance_model.hpp"

namespace colo::facility {

// What maintenance asks of the ledger (dcim), wired by the composition root.
struct Plant {
  std::function<Result<bool>(std::int64_t room_id)> room_exists;
  std::function<Result<bool>(std::int64_t power_feed_id)> power_feed_exists;
};

struct MaintenanceOptions {
  int horizon_days = 30;  // [facility] maintenance_horizon_days: how far ahead work orders are generated
  std::int64_t photo_max_bytes = 5 * 1024 * 1024;
  // Seals photos written from now on and opens them when read (R6.2); none: stored as given.
  const crypto::FileSealer* files = nullptr;
};

inline constexpr int kMaxHorizonDays = 366;
inline const std::vector<std::string> kPhotoTypes = {"image/jpeg", "image/png"};

class Maintenance {
 public:
  Maintenance(db::Database& db, const Clock& clock, Plant plant, MaintenanceOptions options = {});

  // ---- assets
  Result<db::Counted<Asset>> assets(const Context& ctx, const AssetFilter& f);
  Result<Asset> asset(const Context& ctx, std::int64_t id);
  Result<Asset> create_asset(const Context& ctx, const AssetInput& in);
  Result<Asset> update_asset(const Context& ctx, std::int64_t id, const AssetInput& in);

  // ---- plans
  Result<db::Counted<Plan>> plans(const Context& ctx, const PlanFilter& f);
  Result<Plan> plan(const Context& ctx, std::int64_t id);
  Result<Plan> create_plan(const Context& ctx, const PlanInput& in);
  // Changes what the plan form holds (name, asset or kind, schedule, checklist). Work orders already
  // generated keep their due dates; the next ones follow the new schedule from the latest generated.
  Result<Plan> update_plan(const Context& ctx, std::int64_t id, const PlanInput& in);
  // A paused plan generates nothing; work orders already generated stay.
  Result<Plan> set_plan_active(const Context& ctx, std::int64_t id, bool active);

  // ---- work orders
  Result<db::Counted<WorkOrder>> work_orders(const Context& ctx, const WorkOrderFilter& f);
  Result<WorkOrder> work_order(const Context& ctx, std::int64_t id);
  Result<WorkOrder> assign(const Context& ctx, std::int64_t id, const std::string& assignee);
  // Replaces the answers given (by key); readings in the wrong unit or physically impossible are
  // 422 and change nothing.
  Result<WorkOrder> record(const Context& ctx, std::int64_t id, const std::vector<Answer>& answers);
  Result<WorkOrder> add_photo(const Context& ctx, std::int64_t id, const std::string& item_key,
                              const std::string& content_type, const std::string& bytes);
  Result<Photo> photo(const Context& ctx, std::int64_t id, std::int64_t photo_id);
  // `colo files seal`: seals the photos stored before sealing began; answers how many.
  Result<std::int64_t> seal_photos();
  // Every item answered (photos stored): completed, waiting for sign-off.
  Result<WorkOrder> complete(const Context& ctx, std::int64_t id);
  // A second person (not the one who completed it) signs off: closed, with the next due date.
  Result<WorkOrder> sign_off(const Context& ctx, std::int64_t id);

  // ---- the daily job and the home card
  // Generates the work orders due up to today + horizon; how many were new.
  Result<std::int64_t> generate(Date today);
  // How many work orders are overdue, and the earliest due date among them.
  Result<std::pair<std::int64_t, std::optional<std::string>>> overdue();
  Result<std::int64_t> overdue_count();

 private:
  Result<WorkOrder> load(db::Tx& tx, std::int64_t id);
  Result<WorkOrder> editable(db::Tx& tx, std::int64_t id);
  Status audit_work_order(db::Tx& tx, const Context& ctx, const std::string& action, const WorkOrder& before,
                          const WorkOrder& after);

  db::Database& db_;
  const Clock& clock_;
  Plant plant_;
  MaintenanceOptions options_;
};

}  // namespace colo::facility
