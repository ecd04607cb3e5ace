// The front desk's lookup of a visit by its code with 1,000,000 past visits in the embedded
// SQLite database (facility access, R4.2.1); target at least 5,000 lookups/s. It measures the
// service (one read transaction, the indexed code lookup and the person), on 1 and 2 threads;
// the HTTP layer's own cost is measured by colo_bench and scripts/bench.sh.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "db/database.hpp"
#include "db/migrate.hpp"
#include "facility/access_rules.hpp"
#include "facility/service.hpp"

using namespace colo;
namespace fs = std::filesystem;

int main(int argc, char** argv) {
  const long visits = argc > 1 ? std::atol(argv[1]) : 1'000'000;
  const long lookups = argc > 2 ? std::atol(argv[2]) : 100'000;
  crypto::init();
  auto dir = fs::temp_directory_path() / ("colo-facility-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto database = db::Database::open("sqlite://" + (dir / "bench.db").string()).take();
  db::migrate(*database, db::builtin_migrations()).take();
  SystemClock clock;
  facility::Premises premises;
  facility::Service svc(*database, clock, crypto::Sealer(crypto::random_key()), premises);

  std::vector<std::string> codes;
  auto t0 = std::chrono::steady_clock::now();
  {
    auto tx = db::Tx::begin(*database, db::Access::write).take();
    tx.exec(
          "INSERT INTO facility_people (customer_id, name, id_type, id_number_sealed, id_number_hint, phone_sealed, "
          "phone_hint, company, rooms, racks, valid_from, valid_to, status, created_by, created_at) VALUES (1, "
          "'Visitor', 'resident_id', '', '', '', '', '', '[1]', '[]', '2020-01-01', '2099-12-31', 'approved', "
          "'bench', '2020-01-01T00:00:00.000Z')")
        .take();
    for (long i = 0; i < visits; ++i) {
      auto code = facility::new_visit_code();
      tx.exec(
            "INSERT INTO facility_visits (customer_id, person_id, starts_at, ends_at, rooms, racks, purpose, "
            "carried, status, code, requested_by, created_at, checked_in_at, checked_out_at, escort) VALUES "
            "(1, 1, '2025-01-01T09:00:00.000Z', '2025-01-01T18:00:00.000Z', '[1]', '[]', 'maintenance', '', "
            "'checked_out', $1, 'bench', '2025-01-01T00:00:00.000Z', '2025-01-01T09:05:00.000Z', "
            "'2025-01-01T17:00:00.000Z', 'Guard')",
            {code})
          .take();
      if (i % (visits / 10'000 + 1) == 0) codes.push_back(code);
    }
    tx.commit().take();
  }
  auto loaded = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("facility: %ld past visits loaded in %.1f s\n", visits, loaded);

  auto principal = std::make_shared<Principal>();
  principal->username = "desk";
  principal->roles = {"operations"};
  Context ctx{principal, "", "bench"};
  for (int threads : {1, 2}) {
    std::atomic<long> next{0}, failed{0};
    auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
      pool.emplace_back([&] {
        for (long i = next++; i < lookups; i = next++)
          if (!svc.lookup(ctx, codes[static_cast<std::size_t>(i) % codes.size()]).ok()) ++failed;
      });
    for (auto& t : pool) t.join();
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "facility: check-in lookup by visit code, %d thread%s: %.0f lookups/s (%ld lookups, %ld failed; "
        "target >= 5000/s)\n",
        threads, threads == 1 ? "" : "s", static_cast<double>(lookups) / s, lookups, failed.load());
  }
  database.reset();
  fs::remove_all(dir);
  return 0;
}
