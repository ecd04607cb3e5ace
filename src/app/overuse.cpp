#include "app/overuse.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <map>

#include "app/config.hpp"
#include "app/monitoring_wiring.hpp"
#include "contracts/service.hpp"
#include "disputes/service.hpp"
#include "scheduler/scheduler.hpp"
#include "usage/store.hpp"
#include "usage/usage_store.hpp"

namespace colo::app {

namespace {

std::int64_t seconds_of(Instant t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

// Metered contracts per page: a page's meters are read in one transaction.
constexpr std::int64_t kContractPage = 200;
// The longest interval between two register readings that still gives a power rate: as usage
// treats counters, a longer gap is an outage of the reader, not a measurement.
constexpr std::int64_t kMaxReadingGapSeconds = 3600;
// The furthest back a run catches up after the servers were down.
constexpr auto kMaxCatchUp = std::chrono::days(35);
// The metrics of disputes::kOveruseMetrics, as the meters' kinds name them.
constexpr const char* kBandwidth = "bandwidth";
constexpr const char* kPower = "power";

std::vector<disputes::RateSample> to_samples(const std::map<std::int64_t, std::int64_t>& slots) {
  std::vector<disputes::RateSample> out;
  out.reserve(slots.size());
  for (const auto& [slot, value] : slots) out.push_back({slot, value});
  return out;
}

}  // namespace

OveruseLimits overuse_limits(const contracts::Terms& terms) {
  OveruseLimits l;
  for (const auto& line : terms.line_items) {
    if (line.catalogue_item == kCommitCatalogueItem) l.bandwidth_bps += line.included_quantity * 1'000'000;
    if (line.mode != "usage" && line.unit_name() == "kW") l.power_w += line.quantity * 1000;
  }
  return l;
}

std::vector<disputes::RateSample> bandwidth_slots(const std::vector<std::vector<usage::RateSample>>& meters) {
  std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> sums;  // slot -> (in, out)
  for (const auto& rates : meters)
    for (const auto& r : rates) {
      auto& s = sums[seconds_of(r.t) / usage::kSlotSeconds];
      s.first += r.in_bps;
      s.second += r.out_bps;
    }
  std::map<std::int64_t, std::int64_t> slots;
  for (const auto& [slot, s] : sums) slots[slot] = std::max(s.first, s.second);
  return to_samples(slots);
}

std::vector<disputes::RateSample> power_slots(const std::vector<std::vector<usage::EnergyReading>>& meters) {
  std::map<std::int64_t, std::int64_t> slots;
  for (auto readings : meters) {
    std::sort(readings.begin(), readings.end(), [](const auto& a, const auto& b) { return a.t < b.t; });
    for (std::size_t i = 1; i < readings.size(); ++i) {
      const auto& a = readings[i - 1];
      const auto& b = readings[i];
      const std::int64_t from = seconds_of(a.t), to = seconds_of(b.t);
      if (to <= from || to - from > kMaxReadingGapSeconds || b.wh < a.wh) continue;
      // Watts averaged over the interval: Wh * 3600 / seconds.
      const std::int64_t watts = (b.wh - a.wh) * 3600 / (to - from);
      const std::int64_t first = (from + usage::kSlotSeconds - 1) / usage::kSlotSeconds;
      const std::int64_t end = to / usage::kSlotSeconds;  // slots [first, end) lie wholly inside
      for (std::int64_t s = first; s < end; ++s) slots[s] += watts;
    }
  }
  return to_samples(slots);
}

Result<OveruseReport> run_overuse_detect(App& app, disputes::Service& disputes, Instant now) {
  OveruseReport report;
  const auto& config = app.config();
  const auto ctx = system_context("overuse-detect");
  auto store = usage::make_block_store(app.clock());
  const std::int64_t now_s = seconds_of(now);
  // Only closed slots: the slot in progress is not a whole five minutes yet.
  const Instant to(std::chrono::seconds(now_s / usage::kSlotSeconds * usage::kSlotSeconds));
  // From where the last complete run read up to, when that is further back than the lookback (the
  // servers were down), but no further than kMaxCatchUp: each meter's window is read at once.
  Instant from = to - std::chrono::hours(config.disputes_overuse_lookback_hours);
  COLO_TRY(auto covered, disputes.overuse_covered_to());
  if (covered && *covered < from) from = std::max(*covered, to - kMaxCatchUp);
  // Driven by the meters: only a contract with an active meter linked to it can be measured, and
  // an operator has far fewer of those than contracts (walking every contract's terms to find them
  // took minutes over 100,000 contracts).
  auto& contracts = *app.services().contracts;
  const Date today = app.clock().today();
  for (std::int64_t after = 0;;) {
    struct Found {
      disputes::ContractRef contract;
      std::string metric;
      disputes::OverUseEpisode episode;
    };
    std::vector<Found> found;
    std::size_t page_size = 0;
    {
      COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::read));
      COLO_TRY(auto ids, usage::store::metered_contracts_after(tx, after, kContractPage));
      page_size = ids.size();
      if (!ids.empty()) after = ids.back();
      COLO_TRY(auto all_meters, usage::store::of_contracts(tx, ids));
      std::map<std::int64_t, std::vector<usage::Meter>> meters_of;
      for (auto& m : all_meters)
        if (m.contract_id) meters_of[*m.contract_id].push_back(std::move(m));
      for (const auto id : ids) {
        COLO_TRY(auto contract, contracts.contract_in(tx, id, today));
        if (!contract || contract->status != "active") continue;  // a draft commits nothing, an ended one no more
        const auto& c = *contract;
        const auto limits = overuse_limits(c.terms);
        if (limits.bandwidth_bps <= 0 && limits.power_w <= 0) continue;
        ++report.contracts;
        std::vector<std::vector<usage::RateSample>> rates;
        std::vector<std::vector<usage::EnergyReading>> readings;
        for (const auto& m : meters_of[c.id]) {
          if (m.status != "active") continue;
          if (m.kind == kBandwidth && limits.bandwidth_bps > 0) {
            COLO_TRY(auto r, store->rates(tx, m.id, from, to));
            rates.push_back(std::move(r));
            ++report.meters;
          } else if (m.kind == kPower && limits.power_w > 0) {
            COLO_TRY(auto r, store->readings(tx, m.id, from, to));
            readings.push_back(std::move(r));
            ++report.meters;
          }
        }
        const disputes::ContractRef ref{c.id, c.customer_id, c.number, c.customer_name};
        for (const auto& e :
             disputes::overuse_episodes(bandwidth_slots(rates), limits.bandwidth_bps, config.disputes_overuse_minutes))
          found.push_back(Found{.contract = ref, .metric = kBandwidth, .episode = e});
        for (const auto& e :
             disputes::overuse_episodes(power_slots(readings), limits.power_w, config.disputes_overuse_minutes))
          found.push_back(Found{.contract = ref, .metric = kPower, .episode = e});
      }
    }
    for (const auto& x : found) {
      ++report.episodes;
      COLO_TRY(auto outcome, disputes.propose_overuse(x.contract, x.metric, x.episode));
      if (outcome == "proposed")
        ++report.proposed;
      else if (outcome == "extended")
        ++report.extended;
      else
        ++report.known;
    }
    if (page_size < static_cast<std::size_t>(kContractPage)) break;
  }
  COLO_CHECK(disputes.set_overuse_covered_to(to));
  return report;
}

Result<OveruseReport> run_overuse_detect(App& app, Instant now) {
  // Proposing needs no port: the contract comes with the episode.
  disputes::Service svc(app.db(), app.clock(), disputes::Ports{});
  return run_overuse_detect(app, svc, now);
}

void add_overuse(App& app, disputes::Service& disputes) {
  app.add_background([&app, &disputes](std::stop_token stop) {
    scheduler::run_daily_jobs(stop, app.db(), app.clock(),
                              {{kOveruseJob,
                                [&app, &disputes](Date) -> Status {
                                  COLO_TRY(auto r, run_overuse_detect(app, disputes, app.clock().now()));
                                  spdlog::info("over-use: {} contract(s), {} episode(s): {} proposed, {} extended",
                                               r.contracts, r.episodes, r.proposed, r.extended);
                                  return {};
                                }}},
                              scheduler::holder_name());
  });
}

}  // namespace colo::app
