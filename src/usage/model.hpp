// Usage: metered bandwidth and energy per customer (and contract), billed in arrears. A meter is a
// switch port (bandwidth: 5-minute rates) or a PDU feed or circuit (power: energy-register
// readings in Wh). Samples come from an API, a CSV import and, later, the monitoring module.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/clock.hpp"

namespace colo::usage {

inline const std::vector<std::string> kKinds = {"bandwidth", "power"};
inline const std::vector<std::string> kMeterStatuses = {"active", "retired"};
// Steps of a series: five-minute points or hourly/daily aggregates; auto picks by the range.
inline const std::vector<std::string> kSteps = {"auto", "5m", "1h", "1d"};

// Bandwidth samples are rates over five minutes starting at a slot time aligned to 5 minutes UTC.
inline constexpr std::int64_t kSlotSeconds = 300;
inline constexpr int kSlotsPerDay = 288;
// The most samples one request writes, and the fastest rate accepted at all (10 Tbit/s: a
// figure beyond it is a unit mistake, not traffic).
inline constexpr std::size_t kMaxBatch = 10000;
// The most lines one CSV import reads (a month of 23 ports).
inline constexpr std::size_t kMaxImportRows = 200000;
inline constexpr std::int64_t kMaxBps = 10'000'000'000'000;

// A point in time given as an instant or as a business date (its first instant).
using TimeOrDate = std::variant<Instant, Date>;

struct Meter {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::optional<std::int64_t> contract_id;
  std::optional<std::string> contract_number;
  std::string kind;                                     // bandwidth | power
  std::string name;                                     // "CORE-SW-01 Gi0/1", "A 路 PDU-03"
  std::optional<std::int64_t> device_id, interface_id;  // in the ledger, when known
  std::optional<std::int64_t> speed_mbps;               // bandwidth: the port speed; rates above are clamped
  std::string note;
  std::string status = "active";
  std::string created_at, updated_at;
};

// A change: absent fields stay as they are.
struct MeterInput {
  std::optional<std::int64_t> customer_id;
  std::optional<std::optional<std::int64_t>> contract_id;
  std::optional<std::string> kind;
  std::optional<std::string> name;
  std::optional<std::optional<std::int64_t>> device_id, interface_id, speed_mbps;
  std::optional<std::string> note;
  std::optional<std::string> status;
};

struct MeterFilter {
  std::optional<std::string> q, kind, status, sort;
  std::optional<std::int64_t> customer_id, contract_id;
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

// A five-minute rate (bits per second) at its slot time.
struct RateSample {
  Instant t{};
  std::int64_t in_bps = 0, out_bps = 0;
  bool clamped = false;  // above the port speed and cut down to it
  bool operator==(const RateSample&) const = default;
};

// An energy register (cumulative Wh) read at a whole second.
struct EnergyReading {
  Instant t{};
  std::int64_t wh = 0;
  bool operator==(const EnergyReading&) const = default;
};

// Raw interface counters (octets since the counter last started) at a slot time.
struct CounterReading {
  Instant t{};
  std::uint64_t in_octets = 0, out_octets = 0;
};

// What writing samples did: new slots, slots given the same value again (nothing changes),
// slots given a different value (replaced), rates cut to the port speed, and counter intervals
// that gave no rate (the first reading, a counter reset, an interval longer than an hour).
struct WriteReport {
  std::int64_t inserted = 0, unchanged = 0, replaced = 0, clamped = 0, dropped = 0;
};

// One point of a series: a five-minute sample (min = max = avg) or the aggregate of a bucket.
struct SeriesPoint {
  Instant t{};
  std::int64_t samples = 0;
  std::int64_t clamped = 0;  // bandwidth: samples above the port speed, cut down to it
  std::optional<std::int64_t> in_min, in_max, in_avg, out_min, out_max, out_avg;  // bandwidth, bps
  std::optional<std::int64_t> wh;         // power: the last register reading in the bucket
  std::optional<std::int64_t> energy_wh;  // power: energy used in the bucket
};

struct Series {
  Meter meter;
  std::string step;  // 5m | 1h | 1d
  Instant from{}, to{};
  std::optional<std::int64_t> p95_bps;  // bandwidth: p95 of max(in, out) per slot over the range
  std::vector<SeriesPoint> points;
};

// The 95th percentiles of one meter or of a contract's ports summed per slot, and energy.
struct Figures {
  std::int64_t p95_in_bps = 0, p95_out_bps = 0, p95_max_bps = 0, p95_sample_max_bps = 0, p95_sum_bps = 0;
  std::int64_t samples = 0, expected = 0;
  std::int64_t energy_wh = 0;
};

struct MeterFigures {
  Meter meter;
  Figures figures;
};

struct Summary {
  std::int64_t contract_id = 0;
  std::string contract_number;
  Date from{}, to{};
  Figures bandwidth;  // the contract's ports summed per slot
  Figures power;      // energy of every power meter
  std::vector<MeterFigures> meters;
};

// A CSV import's answer: lines written and lines refused with their reasons.
struct ImportReport {
  bool all_or_nothing = false;
  bool written = false;
  std::int64_t rows = 0, accepted = 0, rejected = 0;
  WriteReport write;
  struct Rejection {
    int line = 0;
    std::string field, code, message;
  };
  std::vector<Rejection> rejections;
};

}  // namespace colo::usage
