#include "contracts/module.hpp"

#include <cstdio>

#include "app/app.hpp"
#include "contracts/routes.hpp"
#include "contracts/service.hpp"
#include "scheduler/scheduler.hpp"

namespace colo::contracts {

Status register_module(app::App& app) {
  auto* applications = app.services().applications;
  if (!applications) return Error::internal("contracts: register applications first");
  auto& contracts = app.own<Service>(app.db(), app.clock(), *applications, app.config().upload_dir);
  app.services().contracts = &contracts;
  add_routes(app.router(), contracts);

  auto* db = &app.db();
  auto* clock = &app.clock();
  app.add_background([db, clock, &contracts](std::stop_token stop) {
    std::vector<scheduler::DailyJob> jobs{{"contracts-daily", [&contracts](Date day) -> Status {
                                             COLO_TRY(auto report, contracts.run_daily(day));
                                             (void)report;
                                             return {};
                                           }}};
    scheduler::run_daily_jobs(stop, *db, *clock, std::move(jobs), scheduler::holder_name());
  });
  return {};
}

Status run_job(app::App& app, const std::string& job, const std::string& date) {
  if (job != "contracts-daily") return Error::invalid("jobs.unknown", "unknown job '" + job + "'");
  Date day = app.clock().today();
  if (!date.empty()) {
    auto parsed = parse_date(date);
    if (!parsed) return Error::invalid("jobs.date", "--date takes YYYY-MM-DD");
    day = *parsed;
  }
  COLO_TRY(auto report, app.services().contracts->run_daily(day));
  std::printf("contracts-daily %s: %d reminder(s), %d renewed, %d expired, %d change(s) in effect, %zu error(s)\n",
              format_date(report.day).c_str(), report.reminders, report.renewed, report.expired,
              report.amendments_effective, report.errors.size());
  for (const auto& e : report.errors) std::printf("  error: %s\n", e.c_str());
  if (!report.errors.empty()) return Error::internal("contracts-daily finished with errors");
  return {};
}

}  // namespace colo::contracts
