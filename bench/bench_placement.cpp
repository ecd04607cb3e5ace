// The feasibility placement search (R3.2.1): 50 devices into a synthetic 5,000-rack site held in
// memory, the scale of the large demo data. Target: under 50 ms per search.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

#include "applications/placement.hpp"

namespace {

using namespace colo::applications;

// A deterministic pseudo-random sequence (no <random> distribution differences between libraries).
struct Lcg {
  std::uint64_t s = 0x9E3779B97F4A7C15ull;
  std::uint32_t next(std::uint32_t n) {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>(s >> 33) % n;
  }
};

constexpr std::int64_t kCustomer = 42;

// 5,000 42U racks in 10 rooms, 60-95% full with 1U-4U devices (a tenth half-depth), some
// reservations of other customers, power 80% allocated on average; the customer uses 20 racks.
std::vector<RackCapacity> synthetic_site(int racks) {
  Lcg rng;
  std::vector<RackCapacity> out;
  out.reserve(static_cast<std::size_t>(racks));
  for (int i = 0; i < racks; ++i) {
    RackCapacity r;
    r.id = i + 1;
    r.name = "R" + std::to_string(i + 1);
    r.site_id = 1;
    r.room_id = 1 + i / 500;
    r.u_height = 42;
    r.power_a_w = r.power_b_w = 8000;
    r.max_weight_g = 1'000'000;
    int fill_u = 25 + static_cast<int>(rng.next(15));  // 25..39 U taken
    int u = 1;
    while (u <= fill_u) {
      int h = 1 + static_cast<int>(rng.next(4));
      bool half = rng.next(10) == 0;
      UnitSpan s{u * 2, h * 2};
      r.front.push_back(s);
      if (!half) r.rear.push_back(s);
      r.allocated_a_w += 150 * h;
      r.allocated_b_w += 150 * h;
      r.weight_g += 12'000 * h;
      u += h + (rng.next(6) == 0 ? 1 : 0);  // an occasional gap
    }
    if (rng.next(8) == 0) r.reservations.push_back({(u + 1) * 2, 4, 1000 + i});
    if (rng.next(250) == 0) r.used_by_customer = true;
    if (rng.next(40) == 0) r.owner = 2000 + i;  // dedicated to someone else
    out.push_back(std::move(r));
  }
  return out;
}

PlacementRequest fifty_devices() {
  PlacementRequest req;
  req.customer_id = kCustomer;
  req.site_id = 1;
  req.redundant = true;
  for (int i = 0; i < 50; ++i)
    req.items.push_back({static_cast<std::size_t>(i % 5), i / 5 + 1, "server", (1 + i % 4) * 2, i % 7 != 0,
                         350 + 50 * (i % 5), 15'000 + 1000 * (i % 10)});
  return req;
}

void BM_Placement_50DevicesInto5000Racks(benchmark::State& state) {
  const auto racks = synthetic_site(5000);
  const auto req = fifty_devices();
  std::size_t placed = 0;
  for (auto _ : state) {
    auto p = find_placement(req, racks);
    placed = p.placed.size();
    benchmark::DoNotOptimize(p);
  }
  state.counters["placed"] = static_cast<double>(placed);
  state.SetLabel("target < 50 ms");
}
BENCHMARK(BM_Placement_50DevicesInto5000Racks)->Unit(benchmark::kMillisecond);

}  // namespace
