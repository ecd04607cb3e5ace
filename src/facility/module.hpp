// The facility module's ports over the ledger (dcim) and its daily retention job, for the
// composition root (src/app) to build facility::Service with.
#pragma once

#include "facility/service.hpp"
#include "scheduler/scheduler.hpp"

namespace colo::dcim {
class Service;
}

namespace colo::facility {

// The dcim service must outlive the port.
Premises make_premises(dcim::Service& dcim);

// "facility-entry-log": deletes entry/exit log entries past [facility] entry_log_days, daily.
scheduler::DailyJob retention_job(Service& svc);

}  // namespace colo::facility
