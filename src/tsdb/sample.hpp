// What producers of measurements (the poller, pushed readings, imports) hand to the time-series
// store, and the one interface they write through. Light: no database, no network.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/result.hpp"

namespace colo::tsdb {

// Labels identify a series together with its metric name, Prometheus-style; kept sorted by name
// and unique so that the same labels always name the same series.
using Labels = std::vector<std::pair<std::string, std::string>>;

// One measurement: metric "if_in_octets_rate" (bits per second), "sensor_temperature_celsius",
// "device_up" (0/1), "pdu_feed_power_watts", …; labels {device_id, if_index, sensor, room_id, …}.
struct Sample {
  std::string metric;
  Labels labels;
  std::int64_t t_ms = 0;  // Unix time in milliseconds, UTC
  double value = 0;
};

// Where samples go. Implementations are thread-safe: several poller threads write at once. A
// write that returns ok has been accepted durably or queued so that it is not lost; out-of-order
// or duplicate samples are counted and dropped, never an error for the whole batch.
class Sink {
 public:
  virtual ~Sink() = default;
  virtual Status write(std::vector<Sample> samples) = 0;
};

// Sorts and de-duplicates labels (the last value of a repeated name wins).
Labels normalise(Labels labels);

}  // namespace colo::tsdb
