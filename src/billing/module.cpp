#include "billing/module.hpp"

#include <chrono>
#include <cstdio>

#include "billing/service.hpp"

namespace colo::billing {

scheduler::DailyJob daily_job(Service& billing) {
  return {kDailyJob, [&billing](Date day) -> Status {
            COLO_TRY(auto run, billing.run_daily(day));
            (void)run;
            return {};
          }};
}

Status run_job(Service& billing, const Clock& clock, const std::string& date) {
  Date day = clock.today();
  if (!date.empty()) {
    auto parsed = parse_date(date);
    if (!parsed) return Error::invalid("jobs.date", "--date takes YYYY-MM-DD");
    day = *parsed;
  }
  const auto started = std::chrono::steady_clock::now();
  COLO_TRY(auto run, billing.run_daily(day, "cli"));
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  std::printf("billing-run %s: %d contract(s) seen, %d invoice(s), %d credit note(s), total %lld fen, %zu note(s), "
              "%zu error(s), %lld ms\n",
              format_date(day).c_str(), run.contracts_seen, run.invoices, run.credit_notes,
              static_cast<long long>(run.total_fen), run.notes.size(), run.errors.size(), static_cast<long long>(ms));
  for (const auto& e : run.errors) std::printf("  error: %s\n", e.c_str());
  if (!run.errors.empty()) return Error::internal("billing-run finished with errors");
  return {};
}

}  // namespace colo::billing
