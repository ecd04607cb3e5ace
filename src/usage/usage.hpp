// What billing asks of usage: a contract's billable figure over a period, read inside billing's
// own transaction. Light on purpose: billing includes this header only.
#pragma once

#include <cstdint>
#include <string>

#include "core/clock.hpp"
#include "core/result.hpp"

namespace colo::db {
class Tx;
}

namespace colo::usage {

inline constexpr const char* kMetricBandwidthP95 = "bandwidth_p95";
inline constexpr const char* kMetricPowerKwh = "power_kwh";

struct Query {
  std::int64_t contract_id = 0;
  std::string metric;  // bandwidth_p95 | power_kwh
  std::string basis;   // in | out | max | sample_max | sum (bandwidth only)
  Date from{}, to{};   // inclusive business dates; converted with the business time zone
};

struct Figure {
  std::int64_t milli = 0;  // Mbps or kWh in thousandths, rounded half up
  std::int64_t samples = 0, expected = 0;
  std::string note;  // "" when every expected sample was present; else a short English remark
};

// Implemented by usage::Service. Errors: 400 usage.query.invalid (unknown metric or basis,
// to before from).
class Measurer {
 public:
  virtual ~Measurer() = default;
  // A contract's bandwidth is the sum of its bandwidth meters per five-minute slot, then the 95th
  // percentile on the basis; its energy is the sum of its power meters' energy in the period.
  virtual Result<Figure> measure(db::Tx& tx, const Query& q) = 0;
};

}  // namespace colo::usage
