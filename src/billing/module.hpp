// Billing's daily job and `colo jobs run billing-run`, for the composition root (src/app).
#pragma once

#include <string>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "scheduler/scheduler.hpp"

namespace colo::billing {

class Service;

// The lease name of the daily run, and the name `colo jobs run` takes.
inline constexpr const char* kDailyJob = "billing-run";

// The daily job for scheduler::run_daily_jobs; `billing` must outlive it.
scheduler::DailyJob daily_job(Service& billing);

// `colo jobs run billing-run [--date YYYY-MM-DD]`: a billing run for `date` (or today by `clock`),
// printing its counts; idempotent per day.
Status run_job(Service& billing, const Clock& clock, const std::string& date);

}  // namespace colo::billing
