#include "monitoring/schedule.hpp"

#include <algorithm>

namespace colo::monitoring {

void Schedule::set(const std::vector<Item>& items, std::int64_t now_ms) {
  std::map<std::uint64_t, Slot> next;
  for (const auto& i : items) {
    if (i.interval_ms <= 0) continue;
    auto it = items_.find(i.key);
    if (it != items_.end() && it->second.interval_ms == i.interval_ms) {
      next.emplace(i.key, it->second);
      continue;
    }
    // Knuth's multiplicative hash spreads consecutive ids over the whole interval.
    auto offset = static_cast<std::int64_t>((i.key * 2654435761ULL) % static_cast<std::uint64_t>(i.interval_ms));
    next.emplace(i.key, Slot{i.interval_ms, now_ms + offset});
  }
  items_ = std::move(next);
}

std::vector<Schedule::Due> Schedule::take_due(std::int64_t now_ms) {
  std::vector<Due> out;
  for (auto& [key, slot] : items_) {
    if (slot.next_ms > now_ms) continue;
    out.push_back({key, now_ms - slot.next_ms});
    // The next slot after now: a poller that fell behind skips slots instead of bunching polls.
    std::int64_t behind = (now_ms - slot.next_ms) / slot.interval_ms + 1;
    slot.next_ms += behind * slot.interval_ms;
  }
  return out;
}

std::optional<std::int64_t> Schedule::next_at() const {
  std::optional<std::int64_t> best;
  for (const auto& [key, slot] : items_)
    if (!best || slot.next_ms < *best) best = slot.next_ms;
  return best;
}

}  // namespace colo::monitoring
