// Turns device snapshots into samples: rates from the counters of the previous poll of the same
// device, gauges as read. Keeps the last reading of every counter between polls.
//
// Thread-safety: one Collector per poller thread; not shared.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "monitoring/rates.hpp"
#include "monitoring/snapshot.hpp"
#include "tsdb/sample.hpp"

namespace colo::monitoring {

// What the ledger knows about a device, for the samples' labels.
struct DeviceLabels {
  std::int64_t device_id = 0;
  std::optional<std::int64_t> room_id, rack_id, customer_id;
  std::map<std::uint32_t, std::int64_t> interfaces;  // ifIndex -> ledger interface id
};

struct CollectCounts {
  int samples = 0;
  int resets = 0;       // counters whose interval had no rate (agent restarted, counter went back)
  int implausible = 0;  // rates beyond the interface's speed, discarded
};

class Collector {
 public:
  // Appends the samples of one poll answered at `t_ms` to `out`.
  CollectCounts collect(const DeviceLabels& device, const DeviceSnapshot& snapshot, std::int64_t t_ms,
                        std::vector<tsdb::Sample>& out);
  // Forgets a device's counters (deleted, or its credentials changed).
  void forget(std::int64_t device_id);
  std::size_t tracked() const { return last_.size(); }

 private:
  enum class Which : std::uint8_t { in_octets, out_octets, in_errors, out_errors, in_discards, out_discards };
  using Key = std::tuple<std::int64_t, std::uint32_t, Which>;
  std::map<Key, CounterReading> last_;
};

// The labels of a device's samples, sorted by name as tsdb::Labels expects.
tsdb::Labels device_labels(const DeviceLabels& device);

}  // namespace colo::monitoring
