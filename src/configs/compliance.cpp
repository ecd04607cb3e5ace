#include "configs/compliance.hpp"

#include <algorithm>

namespace colo::configs {

bool backed_up_within_interval(const std::vector<Instant>& successes, Instant configured_at, Instant start, Instant end,
                               std::chrono::seconds interval) {
  if (end <= start) return true;
  const auto allowed = std::chrono::duration_cast<Instant::duration>(interval + kBackupGrace);
  Instant last = configured_at;
  // The last success at or before the start carries into the period.
  auto it = std::upper_bound(successes.begin(), successes.end(), start);
  if (it != successes.begin()) last = std::max(last, *std::prev(it));
  for (; it != successes.end() && *it < end; ++it) {
    if (*it - last > allowed) return false;
    last = *it;
  }
  return end - last <= allowed;
}

}  // namespace colo::configs
