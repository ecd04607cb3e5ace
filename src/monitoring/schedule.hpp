// When each device or check is next due: fixed intervals, each item's first time spread over its
// interval by its key (so a restart does not poll everything at once, and the spread is the same
// every time), a missed slot skipped rather than caught up. Pure; not thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace colo::monitoring {

class Schedule {
 public:
  struct Item {
    std::uint64_t key = 0;
    std::int64_t interval_ms = 0;
  };
  struct Due {
    std::uint64_t key = 0;
    std::int64_t late_ms = 0;  // how long after its slot it was taken
  };

  // Replaces the items; an item already known with the same interval keeps its slot. A new item's
  // first slot is within one interval from `now_ms`, at an offset its key decides.
  void set(const std::vector<Item>& items, std::int64_t now_ms);
  // The items whose slot has come, each moved to its next slot after `now_ms`.
  std::vector<Due> take_due(std::int64_t now_ms);
  // The earliest slot, if there are items.
  std::optional<std::int64_t> next_at() const;
  std::size_t size() const { return items_.size(); }

 private:
  struct Slot {
    std::int64_t interval_ms = 0, next_ms = 0;
  };
  std::map<std::uint64_t, Slot> items_;
};

}  // namespace colo::monitoring
