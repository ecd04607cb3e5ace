// Month-end SLA computation (R9.2.1): 10,000 contracts of 2,000 customers, each contract with three
// services, and a month of availability data (the month measured for every customer, four outages
// per customer, one of them announced maintenance). Prints the time of the month-end run and of a
// second, idempotent run. Target: < 5 s. The contracts come from an in-memory port here; in the
// server they are read through the contracts service once per run.
// Usage: colo_bench_service_levels [sqlite-url-or-postgresql-url] (default: a temporary SQLite file)
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "db/migrate.hpp"
#include "servicedesk/levels.hpp"

namespace {

using namespace colo;
using namespace std::chrono;

constexpr int kCustomers = 2000;
constexpr int kContractsPerCustomer = 5;

int bench_failed(const Error& e) {
  std::fprintf(stderr, "colo_bench_service_levels: %s\n", e.message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string url;
  std::filesystem::path dir;
  if (argc > 1) {
    url = argv[1];
  } else {
    dir = std::filesystem::temp_directory_path() / ("colo-bench-sla-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    url = "sqlite://" + (dir / "bench.db").string();
  }
  auto opened = db::Database::open(url);
  if (!opened.ok()) return bench_failed(opened.error());
  auto& database = **opened;
  if (auto m = db::migrate(database, db::builtin_migrations()); !m.ok()) return bench_failed(m.error());

  std::vector<servicedesk::ContractMonth> contracts;
  {
    auto tx = db::Tx::begin(database, db::Access::write, db::Tx::Waits::unbounded).take();
    const char* now = "2026-10-01T00:00:00.000Z";
    for (int c = 0; c < kCustomers; ++c) {
      auto customer = tx.insert(
                            "INSERT INTO customers (name, address, status, created_at, updated_at) "
                            "VALUES ($1, '', 'active', $2, $2) RETURNING id",
                            {"客户 " + std::to_string(c), now})
                          .take();
      for (int k = 0; k < kContractsPerCustomer; ++k) {
        auto number = "CT-BENCH-" + std::to_string(c * kContractsPerCustomer + k);
        auto id = tx.insert(
                        "INSERT INTO contracts (number, customer_id, customer_name, operator_party, status, "
                        "effective_date, end_date, term_months, auto_renew, notice_days, confidentiality_years, "
                        "confidentiality_until, current_version, created_by, created_by_name, created_at, "
                        "updated_at) VALUES ($1, $2, 'x', 'op', 'active', '2026-01-01', '2026-12-31', 12, 0, 30, "
                        "3, '2029-01-01', 1, 1, 'bench', $3, $3) RETURNING id",
                        {number, customer, now})
                      .take();
        contracts.push_back(
            {id, customer, number, 9990, {{"rack", 800000}, {"power", 300000}, {"bandwidth_p95", 500000}}});
      }
      (void)tx
          .exec(
              "INSERT INTO service_level_coverage (customer_id, month, source, recorded_by_name, recorded_at) "
              "VALUES ($1, '2026-11', 'import', 'bench', $2)",
              {customer, now})
          .take();
      // Four outages a customer: two of the whole customer, one of one contract's bandwidth, one
      // announced maintenance; lengths vary so that every step of the table is reached.
      const int minutes = (c % 7) * 97 + 3;
      auto outage = [&](std::optional<std::int64_t> contract, std::optional<std::string> service, int day, int length,
                        bool announced) {
        char from[32], to[32];
        std::snprintf(from, sizeof from, "2026-11-%02dT02:00:00.000Z", day);
        const int h = 2 + length / 60, m = length % 60;
        std::snprintf(to, sizeof to, "2026-11-%02dT%02d:%02d:00.000Z", day, std::min(h, 23), h > 23 ? 59 : m);
        (void)tx
            .exec(
                "INSERT INTO service_level_outages (customer_id, contract_id, service, started_at, ended_at, "
                "cause, announced_maintenance, source, recorded_by_name, created_at) "
                "VALUES ($1, $2, $3, $4, $5, 'bench', $6, 'import', 'bench', $7)",
                {customer, contract, service, from, to, announced, now})
            .take();
      };
      outage(std::nullopt, std::nullopt, 3, minutes, false);
      outage(std::nullopt, std::nullopt, 3, minutes / 2, false);  // overlaps the first
      outage(contracts.back().contract_id, std::string("bandwidth_p95"), 9, minutes * 3, false);
      outage(std::nullopt, std::nullopt, 20, 120, true);
    }
    if (auto st = tx.commit(); !st.ok()) return bench_failed(st.error());
  }

  ManualClock clock{Instant{milliseconds{1'796'090'400'000}}};  // 2026-12-01T02:00Z
  servicedesk::Ports ports;
  ports.contracts_in = [&contracts](Date, Date,
                                    std::optional<std::int64_t>) -> Result<std::vector<servicedesk::ContractMonth>> {
    return contracts;
  };
  servicedesk::ServiceLevels levels(database, clock, ports);
  const auto ctx = system_context("cli");

  auto t0 = steady_clock::now();
  auto first = levels.run_month_end(ctx, "2026-11");
  auto t1 = steady_clock::now();
  if (!first.ok()) return bench_failed(first.error());
  auto second = levels.run_month_end(ctx, "2026-11");
  auto t2 = steady_clock::now();
  if (!second.ok()) return bench_failed(second.error());
  std::printf(
      "month-end SLA computation (%s): %d contracts, %d with a credit: %.2f s (target < 5 s); "
      "second run (%d already computed): %.2f s\n",
      database.engine() == db::Engine::sqlite ? "SQLite" : "PostgreSQL", first->computed, first->with_credit,
      duration<double>(t1 - t0).count(), second->already, duration<double>(t2 - t1).count());
  if (!dir.empty()) std::filesystem::remove_all(dir);
  return 0;
}
