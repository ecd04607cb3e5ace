// The embedded time-series store's figures, on a SQLite file in a temporary directory:
//   ingest: samples/s into 100,000 series (interface rates, sensors, status), one poll cycle per
//           append as the poller writes (target >= 200,000/s);
//   size:   compressed bytes per sample of sealed blocks, for gauges and for port rates (target
//           <= 1.5);
//   query:  one port's five-minute series for 30 days (target < 5 ms);
//           and for busy ports' octet counters read every 300 s as the poller stores their rates;
//   95th:   the 95th percentile of P ports over 30 days from the store's five-minute averages
//           (Store::five_minute_percentiles, a bulk read per thread), on 1 and 2 threads, and that
//           time scaled to 10,000 ports (target < 1 s).
// Size figures are printed at the default rate precision (tsdb/precision.hpp) and lossless.
// Usage: colo_bench_tsdb [series (100000)] [ports for the 95th percentile (200)] [queries | size]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <spdlog/spdlog.h>
#include <unistd.h>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "db/migrate.hpp"
#include "tsdb/precision.hpp"
#include "tsdb/store.hpp"

namespace {

using namespace colo;
using namespace std::chrono;

constexpr std::int64_t kT0 = 1'795'651'200'000;  // 2026-11-26T00:00:00Z
constexpr std::int64_t kMinute = 60'000;

double seconds_since(steady_clock::time_point start) { return duration<double>(steady_clock::now() - start).count(); }

std::unique_ptr<db::Database> open_store(const std::filesystem::path& dir, const char* name) {
  auto db = db::Database::open("sqlite://" + (dir / name).string()).take();
  db::migrate(*db, db::builtin_migrations()).take();
  return db;
}

// What a switch port, a sensor and a status look like once a minute. Port rates are whole bits
// per second (the poller's octet deltas times 8 over whole seconds); busy ports wander around
// their mean, idle ports (most of a colocation floor's) send nothing.
struct Generator {
  std::mt19937_64 rng{20261126};
  double port_rate(std::size_t series, int minute) {
    if (series % 5 != 0) return 0;  // most ports idle
    const double mean = 1e6 * static_cast<double>(1 + series % 97);
    std::normal_distribution<double> noise(0, mean * 0.05);
    return std::round(mean * (1 + 0.3 * std::sin(minute / 240.0)) + noise(rng));
  }
  double temperature(std::size_t series, int minute) {
    return std::round((22 + static_cast<double>(series % 5) + std::sin(minute / 90.0) + 0.2 * (rng() % 3)) * 10) / 10;
  }
  double status(std::size_t, int minute) { return minute % 1000 == 999 ? 0 : 1; }
};

tsdb::Sample make(std::size_t series, std::int64_t t, double v) {
  const char* metric = series % 10 < 8    ? "if_in_bits_per_second"
                       : series % 10 == 8 ? "sensor_temperature_celsius"
                                          : "device_up";
  return tsdb::Sample{
      metric, {{"device_id", std::to_string(series / 48)}, {"if_index", std::to_string(series % 48)}}, t, v};
}

void ingest(const std::filesystem::path& dir, std::size_t series) {
  auto db = open_store(dir, "ingest.db");
  ManualClock clock{Instant(milliseconds(kT0))};
  tsdb::Store store(*db, clock);
  Generator gen;
  auto cycle = [&](int minute) {
    std::vector<tsdb::Sample> batch;
    batch.reserve(series);
    for (std::size_t s = 0; s < series; ++s) {
      const double v = s % 10 < 8    ? gen.port_rate(s, minute)
                       : s % 10 == 8 ? gen.temperature(s, minute)
                                     : gen.status(s, minute);
      batch.push_back(make(s, kT0 + minute * kMinute, v));
    }
    auto start = steady_clock::now();
    // The poller hands over what one round of polling produced, in batches of 5,000.
    for (std::size_t i = 0; i < batch.size(); i += 5000) {
      std::vector<tsdb::Sample> part(batch.begin() + static_cast<std::ptrdiff_t>(i),
                                     batch.begin() + static_cast<std::ptrdiff_t>(std::min(batch.size(), i + 5000)));
      store.append(std::move(part)).take();
    }
    return seconds_since(start);
  };
  const double first = cycle(0);
  std::printf("ingest, first cycle (creates %zu series): %.0f samples/s\n", series,
              static_cast<double>(series) / first);
  double steady = 0;
  const int cycles = 3;
  // CPU time as well: on a machine shared with other work, wall time says more about the others.
  const std::clock_t cpu0 = std::clock();
  for (int m = 1; m <= cycles; ++m) steady += cycle(m);
  const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  std::printf(
      "ingest, steady cycles (%zu series x %d): %.0f samples/s, %.0f samples per CPU second (target >= 200000)\n",
      series, cycles, static_cast<double>(series) * cycles / steady, static_cast<double>(series) * cycles / cpu);
}

// Rates and temperatures at the default rate precision (tsdb/precision.hpp) and without it.
void size(const std::filesystem::path& dir, int bits) {
  ManualClock clock{Instant(milliseconds(kT0 + 2 * 86'400'000LL))};
  Generator gen;
  struct Kind {
    const char* name;
    std::size_t first;  // series index whose remainder mod 10 picks the kind
    bool busy_only;
  } kinds[] = {{"gauges (temperature and status)", 8, false},
               {"port rates, busy ports", 0, true},
               {"port rates, a floor's mix (3 in 4 idle)", 0, false}};
  for (const auto& k : kinds) {
    auto kind_db = open_store(
        dir, (std::string("size-") + std::to_string(&k - kinds) + "-" + std::to_string(bits) + ".db").c_str());
    tsdb::Store store(*kind_db, clock, tsdb::StoreOptions{.rate_precision_bits = bits});
    std::vector<tsdb::Sample> batch;
    for (std::size_t n = 0; n < 500; ++n) {
      // Series numbers of the kind (make() picks the metric by the last digit, port_rate() makes
      // those ending in 0 and 5 busy).
      const std::size_t s = k.first == 8 ? n * 10 + 8 + (n % 2) : k.busy_only ? n * 5 : (n / 8) * 10 + n % 8;
      for (int m = 0; m < 24 * 60; ++m) {
        const double v = s % 10 < 8 ? gen.port_rate(s, m) : s % 10 == 8 ? gen.temperature(s, m) : gen.status(s, m);
        batch.push_back(make(s, kT0 + m * kMinute, v));
      }
      if (batch.size() > 100'000) {
        if (auto r = store.append(std::move(batch)); !r.ok()) {
          std::fprintf(stderr, "%s %s\n", r.error().code.c_str(), r.error().message.c_str());
          std::abort();
        }
        batch.clear();
      }
    }
    store.append(std::move(batch)).take();
    store.seal_idle().take();
    auto totals = store.totals().take();
    std::printf("bytes per sample, %s, %s: %.2f over %lld samples (target <= 1.5)\n", k.name,
                bits == 64 ? "lossless" : ("rates at " + std::to_string(bits) + " bits").c_str(),
                totals.bytes_per_sample(), static_cast<long long>(totals.block_samples));
  }
}

// Busy ports as the poller sees them: 64-bit octet counters advancing at rates that follow the
// day (a port's mean times 0.7 to 1.3) and wander (an AR(1) walk of about 2 % a poll), read
// every 300 s at the device's slot plus up to 400 ms of sending and answering; the poller's rate
// (octets times 8 over the milliseconds between the readings) in whole bits per second, stamped
// in whole seconds, as monitoring/collect.cpp writes them. Two days of 500 ports.
void size_busy_counters(const std::filesystem::path& dir, int bits) {
  ManualClock clock{Instant(milliseconds(kT0 + 3 * 86'400'000LL))};
  auto db = open_store(dir, ("size-counters-" + std::to_string(bits) + ".db").c_str());
  tsdb::Store store(*db, clock, tsdb::StoreOptions{.rate_precision_bits = bits});
  std::mt19937_64 rng(300);
  std::normal_distribution<double> step(0, 0.02);
  std::uniform_int_distribution<std::int64_t> answer(0, 400);
  std::vector<tsdb::Sample> batch;
  const int polls = 2 * 288;
  // What the values carry: the entropy of each port's deltas as a normal distribution
  // (log2(sigma * sqrt(2 pi e)) bits), averaged over the ports.
  double entropy_bits = 0;
  for (std::size_t port = 0; port < 500; ++port) {
    double previous = 0, sum = 0, squares = 0;
    int deltas = 0;
    const double mean = 1e7 * static_cast<double>(1 + port % 97);  // 10 Mbit/s to 970 Mbit/s
    const std::int64_t slot = static_cast<std::int64_t>(rng() % 300'000);
    std::uint64_t octets = rng() >> 8;
    double wander = 0;
    std::int64_t last_t = kT0 + slot;
    for (int k = 1; k <= polls; ++k) {
      const std::int64_t t = kT0 + slot + k * 300'000LL + answer(rng);
      wander = 0.9 * wander + step(rng);
      const double rate =
          mean * (1 + 0.3 * std::sin(2 * M_PI * static_cast<double>(t - kT0) / 86'400'000.0)) * (1 + wander);
      const auto delta = static_cast<std::uint64_t>(std::max(0.0, rate) * static_cast<double>(t - last_t) / 8000.0);
      octets += delta;
      const double bits_per_second =
          std::round(static_cast<double>(delta) * 8 / (static_cast<double>(t - last_t) / 1000));
      last_t = t;
      batch.push_back(make(port * 10, t - t % 1000, bits_per_second));
      if (k > 1) {
        const double d = bits_per_second - previous;
        sum += d;
        squares += d * d;
        ++deltas;
      }
      previous = bits_per_second;
    }
    const double mean_delta = sum / deltas;
    entropy_bits += std::log2(std::sqrt(squares / deltas - mean_delta * mean_delta) * std::sqrt(2 * M_PI * M_E)) / 500;
    if (batch.size() > 50'000) {
      store.append(std::move(batch)).take();
      batch.clear();
    }
  }
  store.append(std::move(batch)).take();
  store.seal_idle().take();
  auto totals = store.totals().take();
  std::printf(
      "bytes per sample, busy ports' octet counters as rates every 300 s, %s: %.2f over %lld samples (target <= "
      "1.5)\n",
      bits == 64 ? "lossless" : ("rates at " + std::to_string(bits) + " bits").c_str(), totals.bytes_per_sample(),
      static_cast<long long>(totals.block_samples));
  std::printf(
      "  (their values' deltas carry about %.2f bytes a sample: what no lossless codec goes below "
      "without a better predictor)\n",
      entropy_bits / 8);
}

// P ports with one sample per five minutes for 30 days, sealed, then the figures.
void queries(const std::filesystem::path& dir, std::size_t ports) {
  auto db = open_store(dir, "query.db");
  ManualClock clock{Instant(milliseconds(kT0 + 31 * 86'400'000LL))};
  tsdb::Store store(*db, clock);
  Generator gen;
  const int buckets = 30 * 288;
  for (std::size_t p = 0; p < ports; ++p) {
    std::vector<tsdb::Sample> batch;
    batch.reserve(buckets);
    for (int b = 0; b < buckets; ++b)
      batch.push_back(make(p * 10, kT0 + b * tsdb::kRollupMs, gen.port_rate(p * 5, b * 5)));
    store.append(std::move(batch)).take();
  }
  store.seal_idle().take();
  std::vector<std::int64_t> ids;
  for (const auto& s : store.find_series({"if_in_bits_per_second", {}}, std::nullopt, 100000).take())
    ids.push_back(s.id);
  const std::int64_t from = kT0, to = kT0 + 30 * 86'400'000LL;

  std::vector<double> times;
  for (int i = 0; i < 50; ++i) {
    auto start = steady_clock::now();
    auto points = store.five_minute_averages(ids[static_cast<std::size_t>(i) % ids.size()], from, to).take();
    times.push_back(seconds_since(start) * 1000);
    if (points.size() != static_cast<std::size_t>(buckets)) std::abort();
  }
  std::sort(times.begin(), times.end());
  std::printf("one port's five-minute series for 30 days (%d points): %.2f ms median (target < 5 ms)\n", buckets,
              times[times.size() / 2]);

  // Billing's read: the 95th percentile of every port, in one bulk read per thread.
  std::vector<std::optional<double>> p95(ids.size());
  auto work = [&](std::size_t begin, std::size_t step) {
    std::vector<std::int64_t> mine;
    for (std::size_t i = begin; i < ids.size(); i += step) mine.push_back(ids[i]);
    auto got = store.five_minute_percentiles(mine, from, to, 0.95).take();
    for (std::size_t j = 0; j < got.size(); ++j) p95[begin + j * step] = got[j];
  };
  {
    const std::clock_t cpu0 = std::clock();
    auto start = steady_clock::now();
    work(0, 1);
    const double elapsed = seconds_since(start);
    const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
    std::printf(
        "95th percentile, %zu ports x 30 days on 1 thread: %.3f s (%.3f s CPU); scaled to 10,000 ports: %.2f s\n",
        ids.size(), elapsed, cpu, elapsed * 10000.0 / static_cast<double>(ids.size()));
  }
  // The first pass reads the rows from the operating system's cache, the second mostly from SQLite's.
  for (const char* pass : {"first pass", "again"}) {
    const std::clock_t cpu0 = std::clock();
    auto start = steady_clock::now();
    { std::jthread a(work, 0, 2), b(work, 1, 2); }
    const double elapsed = seconds_since(start);
    const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
    std::printf(
        "95th percentile, %zu ports x 30 days on 2 threads (%s): %.3f s (%.3f s CPU); scaled to 10,000 ports: %.2f s "
        "(target < 1 s)\n",
        ids.size(), pass, elapsed, cpu, elapsed * 10000.0 / static_cast<double>(ids.size()));
  }
  for (const auto& v : p95)
    if (!v) std::abort();
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t series = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
  const std::size_t ports = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 200;
  spdlog::set_level(spdlog::level::warn);  // migrations log each step
  auto dir = std::filesystem::temp_directory_path() / ("colo-tsdb-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  // "queries" as a third argument runs only the query figures (for profiling them), "size" only
  // the bytes per sample.
  const std::string only = argc > 3 ? argv[3] : "";
  if (only.empty()) ingest(dir, series);
  if (only.empty() || only == "size") {
    for (int bits : {tsdb::kDefaultRatePrecisionBits, 64}) {
      size(dir, bits);
      size_busy_counters(dir, bits);
    }
  }
  if (only.empty() || only == "queries") queries(dir, ports);
  std::filesystem::remove_all(dir);
  return 0;
}
