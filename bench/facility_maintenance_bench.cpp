// Generating a year of maintenance work orders for 2,000 infrastructure assets with 10 plans each
// in the embedded SQLite database (R4.1.2, R4.1.3); target < 5 s. The plans mix weekly, monthly,
// quarterly and yearly schedules (114 work orders per asset and year); the job runs once with a
// 365-day horizon, then again to show that a second run finds nothing new.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "db/migrate.hpp"
#include "facility/maintenance_rules.hpp"
#include "facility/maintenance_service.hpp"

using namespace colo;
namespace fs = std::filesystem;

int main(int argc, char** argv) {
  const long assets = argc > 1 ? std::atol(argv[1]) : 2'000;
  auto dir = fs::temp_directory_path() / ("colo-maintenance-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto database = db::Database::open("sqlite://" + (dir / "bench.db").string()).take();
  db::migrate(*database, db::builtin_migrations()).take();
  ManualClock clock(*parse_instant("2026-01-01T02:00:00Z"));
  facility::Plant plant;
  facility::Maintenance svc(*database, clock, plant, {.horizon_days = 365});

  struct Every {
    int n;
    const char* unit;
  };
  const Every plans[] = {{7, "days"},   {1, "months"}, {1, "months"}, {1, "months"},  {1, "months"},
                         {3, "months"}, {3, "months"}, {3, "months"}, {12, "months"}, {12, "months"}};
  const std::string checklist =
      R"([{"key":"ok","label":"ok","kind":"check","unit":""},{"key":"v","label":"v","kind":"reading","unit":"V","min":380,"max":420}])";
  {
    auto tx = db::Tx::begin(*database, db::Access::write).take();
    for (long a = 1; a <= assets; ++a) {
      tx.exec(
            "INSERT INTO facility_assets (code, name, kind, model, serial, room_id, status, note, created_at, "
            "updated_at) VALUES ($1, $1, $2, '', '', 1, 'in_service', '', '2026-01-01T00:00:00.000Z', "
            "'2026-01-01T00:00:00.000Z')",
            {"A-" + std::to_string(a), facility::kAssetKinds[a % facility::kAssetKinds.size()]})
          .take();
      int k = 0;
      for (const auto& p : plans)
        tx.exec(
              "INSERT INTO facility_maintenance_plans (name, asset_id, every_n, unit, first_due, checklist, active, "
              "created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, 1, 'bench', '2026-01-01T00:00:00.000Z')",
              {"plan " + std::to_string(k), a, p.n, p.unit, "2026-01-0" + std::to_string(1 + k % 9), checklist})
            .take(),
            ++k;
    }
    tx.commit().take();
  }
  auto t0 = std::chrono::steady_clock::now();
  auto created = svc.generate(clock.today()).take();
  double first = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  t0 = std::chrono::steady_clock::now();
  auto again = svc.generate(clock.today()).take();
  double second = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf(
      "maintenance: %ld assets x 10 plans, a year ahead: %lld work orders in %.2f s (target < 5 s); "
      "second run %lld new in %.2f s\n",
      assets, static_cast<long long>(created), first, static_cast<long long>(again), second);
  fs::remove_all(dir);
  return 0;
}
