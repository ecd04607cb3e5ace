// Whether a device's configuration was backed up within its interval over a period (R4.3.3),
// from the times of its successful fetches. Pure; thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

#include "core/clock.hpp"

namespace colo::configs {

// What the scheduler adds to an interval before a fetch counts as late: its one-minute tick,
// the fetch itself and its timeouts.
inline constexpr std::chrono::minutes kBackupGrace{15};

// True when no stretch of [start, end) longer than interval + kBackupGrace passes without a
// successful fetch: from the last success at or before `start` (or, when there is none, from when
// the device was configured for backups) to the first success in the period, between successes,
// and from the last one to `end`. `successes` are sorted. An empty period (end <= start) is met.
bool backed_up_within_interval(const std::vector<Instant>& successes, Instant configured_at, Instant start, Instant end,
                               std::chrono::seconds interval);

// For the compliance view: of the devices due a backup in a period, how many were backed up
// within their interval, and which were not (ledger device ids).
struct BackupCompliance {
  std::int64_t met = 0, total = 0;
  std::vector<std::int64_t> failing;
};
struct BackupComplianceReport {
  BackupCompliance period, previous;  // [from, to) and the period of the same length before it
};

}  // namespace colo::configs
