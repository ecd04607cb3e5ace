// Infrastructure maintenance for the composition root (src/app): its port over the ledger (dcim),
// its daily job and its home card.
#pragma once

#include "facility/maintenance_service.hpp"
#include "scheduler/scheduler.hpp"

namespace colo::dcim {
class Service;
}
namespace colo::home {
class Registry;
}

namespace colo::facility {

inline constexpr const char* kMaintenanceJob = "facility-maintenance";

// The dcim service must outlive the port.
Plant make_plant(dcim::Service& dcim);

// "facility-maintenance": generates the work orders due within the horizon, daily.
scheduler::DailyJob maintenance_job(Maintenance& svc);

// "facility.maintenance_overdue" (逾期维护工单) on the operations and technical pages.
void add_maintenance_home_cards(home::Registry& registry, Maintenance& svc);

}  // namespace colo::facility
