// Scheduled jobs: a daily job runs once a day on one server. The server that takes the job's
// lease in job_leases (held until the next midnight in the business time zone) runs it; the others find the lease held
// and skip, so several app servers on one database never run a job twice. A job runs once at
// start and then daily; a failed run gives the lease back so that the next poll retries.
// Thread safety: take_lease is safe from any thread; run_daily_jobs is one thread's loop.
#pragma once

#include <chrono>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::scheduler {

// Takes the lease `name` for `holder` until `until` when it is free, expired or already this
// holder's; true when held.
Result<bool> take_lease(db::Database& db, const std::string& name, const std::string& holder, Instant until,
                        Instant now);
// Gives a held lease back at once.
Status release_lease(db::Database& db, const std::string& name, const std::string& holder, Instant now);

// A name for this process as a lease holder: host, process id and a random tag.
std::string holder_name();

struct DailyJob {
  std::string name;                 // the lease name: "contracts-daily"
  std::function<Status(Date)> run;  // idempotent per day
};

// Polls every `poll` until `stop` is requested: each job whose day has not run here yet and
// whose lease this process takes runs for today's business date (clock.today()).
void run_daily_jobs(std::stop_token stop, db::Database& db, const Clock& clock, std::vector<DailyJob> jobs,
                    std::string holder, std::chrono::milliseconds poll = std::chrono::minutes(1));

// Runs `task` at once and then every `period` until `stop` is requested. For per-server work
// that needs no lease (each server records the audit chain's head in its own file).
void run_every(std::stop_token stop, std::chrono::milliseconds period, const std::function<void()>& task);

}  // namespace colo::scheduler
