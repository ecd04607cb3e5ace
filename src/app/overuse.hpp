// Over-use detected from monitoring (R9): a contract drawing more power than its contracted kW, or
// more bandwidth than its commit, for `[disputes] overuse_minutes` on end is proposed as the
// customer's breach for review ("overuse-detect", daily under its lease and from `colo jobs run`).
// The rates are the contract's usage meters' five-minute samples (fed from monitoring), summed per
// slot across the contract's active meters of a kind.
#pragma once

#include <cstdint>
#include <vector>

#include "app/app.hpp"
#include "contracts/model.hpp"
#include "disputes/rules.hpp"
#include "usage/model.hpp"

namespace colo::disputes {
class Service;
}

namespace colo::app {

inline constexpr const char* kOveruseJob = "overuse-detect";

// What a contract allows: the bandwidth commit in bits per second (the included Mbps of its
// BW-COMMIT-MBPS lines) and the power in watts (the quantity of its lines counted in kW; a usage
// line bills energy in kWh and limits nothing). Zero: no limit of that kind.
struct OveruseLimits {
  std::int64_t bandwidth_bps = 0, power_w = 0;
};
OveruseLimits overuse_limits(const contracts::Terms& terms);

// One rate per five-minute slot of a contract's bandwidth meters: inbound and outbound summed
// across the meters per slot, the higher direction counting (the commit binds each direction).
std::vector<disputes::RateSample> bandwidth_slots(const std::vector<std::vector<usage::RateSample>>& meters);

// One rate (watts) per five-minute slot of a contract's power meters, summed across the meters per
// slot: each meter's energy between two consecutive register readings at most an hour apart is
// spread evenly over the whole slots between them. A slot not covered by such a pair has no rate
// (no data is no evidence), and a register that went back (replaced) gives none either.
std::vector<disputes::RateSample> power_slots(const std::vector<std::vector<usage::EnergyReading>>& meters);

struct OveruseReport {
  std::int64_t contracts = 0, meters = 0, episodes = 0, proposed = 0, extended = 0, known = 0;
};

// One pass over the active contracts (paged) for the rates of the closed slots of the last
// `[disputes] overuse_lookback_hours` before `now`, or since the last complete run when that is
// further back (at most 35 days): every episode of at least `[disputes] overuse_minutes` above a
// limit is proposed once.
Result<OveruseReport> run_overuse_detect(App& app, disputes::Service& disputes, Instant now);

// The same with a service of its own (the CLI's `colo jobs run overuse-detect`).
Result<OveruseReport> run_overuse_detect(App& app, Instant now);

// Registers the daily job with the server.
void add_overuse(App& app, disputes::Service& disputes);

}  // namespace colo::app
