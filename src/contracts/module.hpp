// The contracts' Ledger port over the dcim and ipam services, and their daily job (renewal
// reminders, expiry, change agreements in effect, addresses returned), for the composition root
// (src/app) to build contracts::Service with and to schedule, and for tests that assemble the
// services over a database of their own.
#pragma once

#include <memory>
#include <string>

#include "contracts/ledger.hpp"
#include "core/clock.hpp"
#include "scheduler/scheduler.hpp"

namespace colo::dcim {
class Service;
}
namespace colo::ipam {
class Service;
}

namespace colo::contracts {

class Service;

// The lease name of the daily job, and the name `colo jobs run` takes.
inline constexpr const char* kDailyJob = "contracts-daily";

// The services must outlive the ledger; either may be null (then its part of the ledger is empty).
std::unique_ptr<Ledger> make_ledger(dcim::Service* dcim, ipam::Service* ipam);

// The daily job for scheduler::run_daily_jobs; `contracts` must outlive it.
scheduler::DailyJob daily_job(Service& contracts);

// `colo jobs run <job> [--date YYYY-MM-DD]`: runs a daily job now (no lease; idempotent per day)
// for `date`, or for today by `clock`, and prints what it did. Jobs: contracts-daily.
Status run_job(Service& contracts, const Clock& clock, const std::string& job, const std::string& date);

}  // namespace colo::contracts
