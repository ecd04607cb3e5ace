// Availability from reachability history: outage minutes of a device over a period, counted
// from device_up samples, where a device is down only after [monitoring] down_after_failures
// consecutive failed checks (a single lost ping is not an outage), and minutes inside
// maintenance windows are not outage. What the service desk's and billing's monthly SLA
// figures read.
//
// outage() is pure; device_availability and customer_availability read the store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "tsdb/codec.hpp"
#include "tsdb/store.hpp"

namespace colo::monitoring {

struct Interval {
  std::int64_t from_ms = 0, to_ms = 0;  // [from, to)
};

struct Availability {
  double minutes = 0;              // in the period
  double outage_minutes = 0;       // down, outside maintenance
  double maintenance_minutes = 0;  // covered by maintenance windows
  bool measured = false;           // any reachability sample in the period
  double percent() const {
    double open = minutes - maintenance_minutes;
    return open > 0 ? 100.0 * (open - outage_minutes) / open : 100.0;
  }
};

// device_up points (time order) over [from, to): an outage begins at the first failed check of a
// run of at least `failures` failed checks (the checks after it only confirm it) and ends at the
// next successful check, or at `to`. Minutes inside `maintenance` are not outage.
Availability outage(const std::vector<tsdb::Point>& points, int failures, Interval period,
                    const std::vector<Interval>& maintenance);

// One device over [from, to), its maintenance windows (device scope) excluded.
Result<Availability> device_availability(db::Database& db, tsdb::Store& store, std::int64_t device_id, int failures,
                                         Interval period);

struct DeviceAvailability {
  std::int64_t device_id = 0;
  std::string device_name;
  Availability availability;
};
// Every polled device of a customer over [from, to).
Result<std::vector<DeviceAvailability>> customer_availability(db::Database& db, tsdb::Store& store,
                                                              std::int64_t customer_id, int failures, Interval period);

}  // namespace colo::monitoring
