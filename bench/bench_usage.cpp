// Usage figures (prints them; scripts/bench.sh runs it):
//   1. the 95th percentile of 10,000 ports x 8,640 five-minute samples (a 30-day month), compute
//      only, on both cores (target < 1 s): one basis, and all five bases at once;
//   2. end to end from the SQLite block store for 1,000 ports: writing a month of samples,
//      reading them back and computing every port's percentiles, and the bytes a port-month takes.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <vector>

#include "db/database.hpp"
#include "db/migrate.hpp"
#include "usage/rules.hpp"
#include "usage/store.hpp"
#include "usage/usage_store.hpp"

namespace {

using namespace colo;
using Clock = std::chrono::steady_clock;

constexpr int kSamples = 8640;

struct Lcg {
  std::uint64_t s;
  std::int64_t next(std::int64_t n) {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::int64_t>((s >> 33) % static_cast<std::uint64_t>(n));
  }
};

// A port-month: a day curve with noise and bursts, in bit/s.
void port_month(std::uint64_t seed, std::vector<std::int64_t>& in, std::vector<std::int64_t>& out) {
  Lcg rng{seed * 2654435761u + 1};
  in.resize(kSamples);
  out.resize(kSamples);
  const std::int64_t base = 10'000'000 + rng.next(500'000'000);
  for (int i = 0; i < kSamples; ++i) {
    const std::int64_t day = (i % 288) < 200 ? base : base * 3;
    in[static_cast<std::size_t>(i)] = day + rng.next(base) + (rng.next(100) == 0 ? base * 10 : 0);
    out[static_cast<std::size_t>(i)] = day / 4 + rng.next(base / 2 + 1);
  }
}

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// Runs f(port) for ports [0, n) on `threads` threads.
template <typename F>
void parallel(int n, int threads, F&& f) {
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      for (int p = t; p < n; p += threads) f(p);
    });
  for (auto& th : pool) th.join();
}

void compute_only() {
  constexpr int kPorts = 10'000, kDistinct = 64;
  // 10,000 months of both directions would take 1.4 GB; the ports cycle through 64 distinct
  // months, each copied into the work buffer as the real computation copies its samples.
  std::vector<std::vector<std::int64_t>> ins(kDistinct), outs(kDistinct);
  for (int i = 0; i < kDistinct; ++i) port_month(static_cast<std::uint64_t>(i), ins[i], outs[i]);
  const int threads = static_cast<int>(std::max(2u, std::thread::hardware_concurrency()));
  std::vector<std::int64_t> sink(kPorts);
  auto t0 = Clock::now();
  parallel(kPorts, threads, [&](int p) {
    thread_local std::vector<std::int64_t> work;
    const auto& src = ins[static_cast<std::size_t>(p % kDistinct)];
    work.assign(src.begin(), src.end());
    sink[static_cast<std::size_t>(p)] = usage::percentile95(work);
  });
  const double one = seconds_since(t0);
  t0 = Clock::now();
  parallel(kPorts, threads, [&](int p) {
    const auto k = static_cast<std::size_t>(p % kDistinct);
    sink[static_cast<std::size_t>(p)] = usage::percentiles(ins[k], outs[k]).sum;
  });
  const double all = seconds_since(t0);
  std::printf(
      "usage p95, 10,000 ports x 8,640 samples, %d threads: %.3f s for one basis (target < 1 s), %.3f s for "
      "all five bases (in, out, max, sample_max, sum)\n",
      threads, one, all);
}

int end_to_end() {
  constexpr int kPorts = 1000;
  const auto dir = std::filesystem::temp_directory_path() / ("colo-bench-usage-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  struct Cleanup {
    std::filesystem::path d;
    ~Cleanup() { std::filesystem::remove_all(d); }
  } cleanup{dir};
  auto opened = db::Database::open("sqlite://" + (dir / "bench.db").string());
  if (!opened.ok()) return std::fprintf(stderr, "bench_usage: %s\n", opened.error().message.c_str()), 1;
  auto& database = **opened;
  if (auto m = db::migrate(database, db::builtin_migrations()); !m.ok())
    return std::fprintf(stderr, "bench_usage: %s\n", m.error().message.c_str()), 1;
  SystemClock clock;
  auto store = usage::make_block_store(clock);
  std::vector<std::int64_t> ids;
  {
    auto tx = db::Tx::begin(database, db::Access::write).take();
    const auto customer =
        tx.insert(
              "INSERT INTO customers (name, address, status, created_at, updated_at) VALUES ('Bench', '', "
              "'active', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') RETURNING id")
            .take();
    for (int p = 0; p < kPorts; ++p) {
      usage::Meter m;
      m.customer_id = customer;
      m.kind = "bandwidth";
      m.name = "BENCH-SW Gi0/" + std::to_string(p);
      m.created_at = m.updated_at = "2026-01-01T00:00:00.000Z";
      ids.push_back(usage::store::insert(tx, m).take());
    }
    tx.commit().take();
  }
  const std::int64_t start = 1'788'220'800;  // 2026-09-01T00:00:00Z
  auto t0 = Clock::now();
  std::vector<std::int64_t> in, out;
  for (int batch = 0; batch < kPorts; batch += 50) {
    auto tx = db::Tx::begin(database, db::Access::write).take();
    for (int p = batch; p < batch + 50; ++p) {
      port_month(static_cast<std::uint64_t>(p), in, out);
      std::vector<usage::RateSample> rates(kSamples);
      for (int i = 0; i < kSamples; ++i)
        rates[static_cast<std::size_t>(i)] = {usage::from_epoch_seconds(start + 300LL * i),
                                              in[static_cast<std::size_t>(i)], out[static_cast<std::size_t>(i)], false};
      usage::WriteReport report;
      store->put_rates(tx, ids[static_cast<std::size_t>(p)], rates, report).take();
    }
    tx.commit().take();
  }
  const double write_s = seconds_since(t0);
  std::int64_t bytes = 0;
  t0 = Clock::now();
  {
    auto tx = db::Tx::begin(database, db::Access::read).take();
    std::int64_t check = 0;
    for (auto id : ids) {
      auto rates =
          store->rates(tx, id, usage::from_epoch_seconds(start), usage::from_epoch_seconds(start + 30 * 86400)).take();
      std::vector<std::int64_t> i, o;
      i.reserve(rates.size());
      o.reserve(rates.size());
      for (const auto& r : rates) i.push_back(r.in_bps), o.push_back(r.out_bps);
      check += usage::percentiles(i, o).max;
    }
    if (check <= 0) std::fprintf(stderr, "bench_usage: no figures\n");
  }
  const double read_s = seconds_since(t0);
  {
    auto tx = db::Tx::begin(database, db::Access::read).take();
    for (auto id : ids) bytes += store->stored_bytes(tx, id).take();
  }
  std::printf(
      "usage end to end, SQLite block store, 1,000 ports x 8,640 samples: write %.2f s (%.0f samples/s), "
      "read and p95 of every port %.3f s, %.0f bytes per port-month (%.2f bytes per sample)\n",
      write_s, kPorts * static_cast<double>(kSamples) / write_s, read_s, static_cast<double>(bytes) / kPorts,
      static_cast<double>(bytes) / kPorts / kSamples);
  return 0;
}

}  // namespace

int main() {
  compute_only();
  return end_to_end();
}
