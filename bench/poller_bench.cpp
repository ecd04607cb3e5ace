// The poller's SNMP path under the load of the issue: 2,500 simulated switches (one snmpsim
// serving a community per switch on loopback) with 40 64-bit counters each (20 ports, in and out
// octets), every device polled every 60 s on its own slot, rates computed, samples handed to a
// sink that counts them. Prints the poller's CPU as a share of one core (this process only, not
// snmpsim), its peak resident memory, the largest lateness of a poll behind its slot, and the
// failed polls. Targets: <= 5 % of one core, <= 150 MB, no poll later than 5 s, none failed.
//
// Usage: colo_bench_poller [devices=2500] [seconds=150] [interval_s=60]
// Needs snmpsimd (Debian package snmpsim) in PATH. Writing the data files and snmpsim's first
// indexing of them take a while before the clock starts; they are not measured.
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>

#include "monitoring/collect.hpp"
#include "monitoring/schedule.hpp"
#include "monitoring/snmp.hpp"
#include "snmp/rig.hpp"

namespace fs = std::filesystem;
using namespace colo::monitoring;

namespace {

std::int64_t steady_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peak_rss_kb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  return 0;
}

// The store's side of the contract: takes the batch and counts it.
class CountingSink final : public colo::tsdb::Sink {
 public:
  colo::Status write(std::vector<colo::tsdb::Sample> samples) override {
    count += samples.size();
    return {};
  }
  std::uint64_t count = 0;
};

}  // namespace

int main(int argc, char** argv) {
  const int devices = argc > 1 ? std::atoi(argv[1]) : 2500;
  const int seconds = argc > 2 ? std::atoi(argv[2]) : 150;
  const int interval_s = argc > 3 ? std::atoi(argv[3]) : 60;
  constexpr int kPorts = 20;

  std::string dir = (fs::temp_directory_path() / ("colo-bench-poller-" + std::to_string(getpid()))).string();
  fs::create_directories(dir);
  std::vector<std::string> files;
  for (int i = 1; i <= devices; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "sw%05d.snmprec", i);
    files.push_back(dir + "/" + name);
    colo::testing::snmp::write_switch_record(files.back(), kPorts, 125000 + static_cast<std::uint64_t>(i), true);
  }
  std::printf("starting snmpsim with %d devices (indexing takes a while)...\n", devices);
  std::fflush(stdout);
  colo::testing::snmp::SnmpSim sim(files);
  fs::remove_all(dir);

  // What the poller asks each switch: sysUpTime, then its in and out octet counters by GETBULK.
  std::vector<snmp::Request> requests(static_cast<std::size_t>(devices));
  Schedule schedule;
  std::vector<Schedule::Item> items;
  for (int i = 0; i < devices; ++i) {
    char community[16];
    std::snprintf(community, sizeof community, "sw%05d", i + 1);
    auto& r = requests[static_cast<std::size_t>(i)];
    r.target.host = "127.0.0.1";
    r.target.port = sim.port();
    r.target.credentials.community = community;
    r.target.timeout_ms = 2000;
    r.target.retries = 1;
    r.get = {snmp::oids::kSysUpTime};
    r.walk = {snmp::oids::column(snmp::oids::kIfXEntry, 6), snmp::oids::column(snmp::oids::kIfXEntry, 10)};
    items.push_back({static_cast<std::uint64_t>(i), interval_s * 1000LL});
  }

  snmp::Engine engine;
  Collector collector;
  CountingSink sink;
  std::vector<colo::tsdb::Sample> pending;
  std::uint64_t polls = 0, failed = 0, values = 0;
  std::int64_t max_late = 0;
  const double cpu0 = cpu_seconds();
  const std::int64_t t0 = steady_ms(), end = t0 + seconds * 1000LL;
  schedule.set(items, t0);
  std::int64_t last_flush = t0;
  engine.stream(
      [&] {
        std::vector<std::pair<std::uint64_t, snmp::Request>> out;
        std::int64_t now = steady_ms();
        if (now - last_flush >= 1000) {
          sink.write(std::move(pending));
          pending.clear();
          last_flush = now;
        }
        if (now >= end) return out;
        for (const auto& due : schedule.take_due(now)) {
          max_late = std::max(max_late, due.late_ms);
          out.emplace_back(due.key, requests[due.key]);
        }
        return out;
      },
      [&](std::uint64_t tag, snmp::Response r) {
        ++polls;
        if (r.outcome != snmp::Outcome::ok) {
          ++failed;
          return;
        }
        values += r.varbinds.size();
        auto snap = read_snapshot(r.varbinds, {});
        DeviceLabels labels{static_cast<std::int64_t>(tag) + 1, 1, static_cast<std::int64_t>(tag / 40) + 1, {}, {}};
        std::int64_t unix_ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                .count();
        collector.collect(labels, snap, unix_ms, pending);
      },
      [&] { return steady_ms() < end; });
  sink.write(std::move(pending));
  const double wall = static_cast<double>(steady_ms() - t0) / 1000.0;
  const double cpu = cpu_seconds() - cpu0;

  std::printf("poller: %d devices x %d counters every %d s for %.0f s\n", devices, 2 * kPorts, interval_s, wall);
  std::printf("  polls %llu, failed %llu, values read %llu (%.0f/s), samples to the sink %llu\n",
              static_cast<unsigned long long>(polls), static_cast<unsigned long long>(failed),
              static_cast<unsigned long long>(values), static_cast<double>(values) / wall,
              static_cast<unsigned long long>(sink.count));
  std::printf("  CPU %.2f %% of one core (target <= 5 %%), peak RSS %.1f MB (target <= 150 MB)\n", 100.0 * cpu / wall,
              static_cast<double>(peak_rss_kb()) / 1024.0);
  std::printf("  largest lateness behind a slot %.3f s (target <= 5 s), failed polls %llu (target 0)\n",
              static_cast<double>(max_late) / 1000.0, static_cast<unsigned long long>(failed));
  return failed == 0 ? 0 : 1;
}
