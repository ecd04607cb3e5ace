// The facility module's ports over the ledger (dcim) and its daily retention job, for the
// composition root (src/app) to build facility::Service with.
#pragma once

#include "facility/changes.hpp"
#include "facility/service.hpp"
#include "scheduler/scheduler.hpp"

namespace colo::dcim {
class Service;
}

namespace colo::facility {

// The dcim service must outlive the port.
Premises make_premises(dcim::Service& dcim);

// Change control's port over the ledger: the customers a change's scope touches. customer_exists
// is left for the composition root (it needs the customers module). dcim must outlive it.
ChangePorts make_change_ports(dcim::Service& dcim);

// "facility-entry-log": deletes entry/exit log entries past [facility] entry_log_days, daily.
scheduler::DailyJob retention_job(Service& svc);

}  // namespace colo::facility
