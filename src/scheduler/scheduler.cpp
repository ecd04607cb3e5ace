#include "scheduler/scheduler.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <condition_variable>
#include <map>
#include <mutex>

#include "core/business_calendar.hpp"
#include "core/crypto.hpp"

namespace colo::scheduler {

namespace {

constexpr std::string_view kRenew =
    "UPDATE job_leases SET holder = $2, expires_at = $3 WHERE name = $1 AND (expires_at <= $4 OR holder = $2)";
constexpr std::string_view kInsert =
    "INSERT INTO job_leases (name, holder, expires_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING";
constexpr std::string_view kRelease = "UPDATE job_leases SET expires_at = $3 WHERE name = $1 AND holder = $2";

}  // namespace

Result<bool> take_lease(db::Database& db, const std::string& name, const std::string& holder, Instant until,
                        Instant now) {
  COLO_TRY(auto tx, db::Tx::begin(db, db::Access::write));
  COLO_TRY(auto renewed, tx.exec(kRenew, {name, holder, format_instant(until), format_instant(now)}));
  bool held = renewed == 1;
  if (!held) {
    COLO_TRY(auto inserted, tx.exec(kInsert, {name, holder, format_instant(until)}));
    held = inserted == 1;
  }
  COLO_CHECK(tx.commit());
  return held;
}

Status release_lease(db::Database& db, const std::string& name, const std::string& holder, Instant now) {
  COLO_TRY(auto tx, db::Tx::begin(db, db::Access::write));
  COLO_CHECK(tx.exec(kRelease, {name, holder, format_instant(now)}));
  return tx.commit();
}

std::string holder_name() {
  char host[256] = {0};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host) + ":" + std::to_string(getpid()) + ":" + crypto::random_token(6);
}

void run_daily_jobs(std::stop_token stop, db::Database& db, const Clock& clock, std::vector<DailyJob> jobs,
                    std::string holder, std::chrono::milliseconds poll) {
  std::map<std::string, Date> last_run;  // per job, the day this process ran it
  std::mutex m;
  std::condition_variable_any wake;
  while (!stop.stop_requested()) {
    for (const auto& job : jobs) {
      if (stop.stop_requested()) break;
      const Instant now = clock.now();
      const Date today = clock.calendar().date_of(now);
      if (auto it = last_run.find(job.name); it != last_run.end() && it->second == today) continue;
      const Instant midnight = clock.calendar().start_of(add_days(today, 1));
      auto held = take_lease(db, job.name, holder, midnight, now);
      if (!held.ok()) {
        spdlog::warn("job {}: cannot take the lease: {}", job.name, held.error().message);
        continue;
      }
      if (!*held) continue;  // another server holds today's run (it gives the lease back if it fails)
      auto ran = job.run(today);
      if (ran.ok()) {
        last_run[job.name] = today;
        spdlog::info("job {} ran for {}", job.name, format_date(today));
      } else {
        spdlog::error("job {} failed for {}: {}", job.name, format_date(today), ran.error().message);
        auto released = release_lease(db, job.name, holder, clock.now());
        if (!released.ok()) spdlog::warn("job {}: cannot release the lease: {}", job.name, released.error().message);
      }
    }
    std::unique_lock lock(m);
    wake.wait_for(lock, stop, poll, [] { return false; });
  }
}

void run_every(std::stop_token stop, std::chrono::milliseconds period, const std::function<void()>& task) {
  std::mutex m;
  std::condition_variable_any wake;
  while (!stop.stop_requested()) {
    task();
    std::unique_lock lock(m);
    wake.wait_for(lock, stop, period, [] { return false; });
  }
}

}  // namespace colo::scheduler
