// The backup runs list over 100,000 runs: one customer's runs of one result, newest first, 50 per
// page, the first pages, read and written as the route does (service + store + JSON shape), on 1
// and 2 threads. Target: at least 5,000 requests/s. Usage: colo_bench_backup_runs [runs] [database
// URL] (default 100000 runs in a temporary SQLite file; a PostgreSQL URL must name an empty database).
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "backupsvc/render.hpp"
#include "backupsvc/service.hpp"
#include "db/database.hpp"
#include "db/migrate.hpp"

namespace {

using namespace colo;
using namespace std::chrono;

// Runs generated in SQL, spread over customers and results as a year of nightly backups is.
constexpr const char* kLoadRuns =
    "INSERT INTO backup_runs (plan_id, plan_name, customer_id, contract_id, engine, kind, job_name, status, due_at, "
    "started_at, ended_at, files, files_new, bytes_added, bytes_processed, snapshot_id, reason, ticket_number, "
    "log_excerpt, reported_by) "
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1) "
    "SELECT 1 + i % $2, '网站文件 ' || (1 + i % $2), 1 + i % $2, 1 + i % $2, 'restic', 'backup', 'nightly', "
    "CASE WHEN i % 20 = 0 THEN 'failed' ELSE 'succeeded' END, 'slot-' || i, '2026-11-01T02:00:00.000Z', "
    "'2026-11-01T02:10:00.000Z', 1200, 3, 40960, 98765432, 'snap' || i, CASE WHEN i % 20 = 0 THEN "
    "'repository_unreachable' ELSE NULL END, NULL, 'Files: 1200 new: 3 Added to the repository: 40 KiB', "
    "'backup-service' FROM n";

template <typename R>
void check(const R& s, const char* what) {
  if (!s.ok()) {
    std::fprintf(stderr, "%s: %s\n", what, s.error().message.c_str());
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::int64_t runs = argc > 1 ? std::atoll(argv[1]) : 100'000;
  std::string url = argc > 2 ? argv[2] : "";
  std::filesystem::path tmp;
  if (url.empty()) {
    tmp = std::filesystem::temp_directory_path() / ("colo-bench-backups-" + std::to_string(::getpid()));
    std::filesystem::create_directories(tmp);
    url = "sqlite://" + (tmp / "backups.db").string();
  }
  auto opened = db::Database::open(url, {});
  if (!opened.ok()) {
    std::fprintf(stderr, "open: %s\n", opened.error().message.c_str());
    return 1;
  }
  auto& database = **opened;
  check(db::migrate(database, db::builtin_migrations()), "migrate");
  const std::int64_t customers = 200;
  const auto load_start = steady_clock::now();
  {
    auto tx = db::Tx::begin(database, db::Access::write).take();
    check(tx.exec(kLoadRuns, {runs, customers}), "runs");
    check(tx.commit(), "commit");
  }
  std::printf("backup runs: %lld runs loaded in %.1f s\n", static_cast<long long>(runs),
              duration<double>(steady_clock::now() - load_start).count());

  ManualClock clock{Instant{milliseconds{1'795'000'000'000}}};
  backupsvc::Service svc(database, clock, crypto::Sealer(crypto::random_key()), {}, {});
  auto ctx = system_context("bench");
  const std::vector<std::string> statuses = {"succeeded", "failed"};
  auto one = [&](int i) {
    backupsvc::RunFilter f;
    f.customer_id = 1 + i % customers;
    f.status = statuses[i % 2];
    f.limit = 50;
    f.offset = 50 * ((i / 2) % 3);
    auto page = svc.runs(ctx, f);
    if (!page.ok()) {
      std::fprintf(stderr, "list: %s\n", page.error().message.c_str());
      std::exit(1);
    }
    auto text = shape::text_array(page->second, [](auto& w, const backupsvc::Run& r) { backupsvc::write_run(w, r); });
    return text.size();
  };
  for (int i = 0; i < 64; ++i) one(i);  // warm the caches as a running server's are
  const int requests = 10000;
  for (int threads : {1, 2}) {
    std::atomic<int> next{0};
    std::atomic<std::size_t> bytes{0};
    const auto start = steady_clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
      pool.emplace_back([&] {
        for (int i = next++; i < requests; i = next++) bytes += one(i);
      });
    for (auto& t : pool) t.join();
    const double s = duration<double>(steady_clock::now() - start).count();
    std::printf(
        "backup runs (customer+status, newest first, 50/page): %d thread(s): %.0f requests/s (target >= 5000)\n",
        threads, requests / s);
  }
  if (!tmp.empty()) std::filesystem::remove_all(tmp);
  return 0;
}
