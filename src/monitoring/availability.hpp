// Availability from reachability history: outage minutes of a device over a period, counted
// from device_up samples, where a device is down only after [monitoring] down_after_failures
// consecutive failed checks (a single lost ping is not an outage), and minutes inside
// maintenance windows are not outage. What the service desk's and billing's monthly SLA
// figures read.
//
// Also the figures kept per device per business day (table monitoring_availability_days): the
// daily job computes each day once, from the device_up samples, and the service desk's monthly
// availability reads them back.
//
// outage(), down_spans() and day_figure() are pure; the rest read or write the database.
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

// ---- Per device per day -----------------------------------------------------------------------

// The outages in device_up points (time order, any range): a run of at least `failures` failed
// checks is down from its first failed check to the next successful one (or the last point's
// time when the run is still going at the end of the points and `open_until` is not given).
// Clipped to `period`. Points outside the period still count, so that an outage that began
// before the period or is confirmed only after it is seen.
std::vector<Interval> down_spans(const std::vector<tsdb::Point>& points, int failures, Interval period,
                                 std::int64_t open_until);

// One device's business day.
struct DayFigure {
  bool measured = false;  // some device_up sample inside the day
  std::int64_t samples = 0;
  std::int64_t minutes = 0;
  std::int64_t outage_minutes = 0;  // each outage outside maintenance, in whole minutes rounded down
  std::int64_t maintenance_minutes = 0;
  std::vector<Interval> outages;      // outside maintenance, each at least one whole minute
  std::vector<Interval> maintenance;  // merged, clipped to the day
};
// `points` may reach before and after the day (see down_spans); `windows` are the announced
// maintenance windows of the device. An outage shorter than one whole minute is no outage.
DayFigure day_figure(const std::vector<tsdb::Point>& points, int failures, Interval day,
                     const std::vector<Interval>& windows);

// "from-to;from-to" and back (the spans columns).
std::string encode_spans(const std::vector<Interval>& spans);
std::vector<Interval> decode_spans(std::string_view text);

struct DeviceDay {
  std::int64_t device_id = 0;
  Date day{};
  std::optional<std::int64_t> customer_id;
  DayFigure figure;
};

struct DaysReport {
  std::int64_t computed = 0, already = 0, unmeasured = 0;
  std::int64_t recomputed = 0;  // of the computed: stored before, stale since late samples came
};

// Marks the device days that `samples` (about to be stored in `tx`) make stale: device_up samples
// of a business day before today. Cheap for the poller's samples of now: no statement at all.
Status mark_late_samples(db::Tx& tx, const Clock& clock, const std::vector<const tsdb::Sample*>& samples);

// Computes and stores `day` for every device that is polled or has device_up samples, skipping
// the devices whose day is stored already and not marked stale by late samples (a stale one is
// claimed, dropped and computed again) (a racing server's insert wins; the other's is
// ignored by the primary key). Reads samples from an hour before the day to an hour after it.
Result<DaysReport> compute_days(db::Database& db, tsdb::Store& store, const Clock& clock, Date day, int failures);

// The daily job ("monitoring-availability"): run on `today`, it computes the `catch_up` days
// before it that are not stored yet (a server down for a few days fills them in when it is back).
inline constexpr const char* kAvailabilityJob = "monitoring-availability";
Result<DaysReport> run_availability(db::Database& db, tsdb::Store& store, const Clock& clock, Date today, int failures,
                                    int catch_up = 7);

// Stored days over [from, to] of the given devices, or of the customer's devices when `devices`
// is none.
Result<std::vector<DeviceDay>> stored_days(db::Tx& tx, std::optional<std::int64_t> customer_id,
                                           const std::optional<std::vector<std::int64_t>>& devices, Date from, Date to);
// Stored days over [from, to] of many devices and of every device of many customers, in one query
// (a day of a device that is in both is returned once).
Result<std::vector<DeviceDay>> stored_days_of(db::Tx& tx, const std::vector<std::int64_t>& customers,
                                              const std::vector<std::int64_t>& devices, Date from, Date to);

}  // namespace colo::monitoring
