// Demo usage: switch ports and a PDU feed with the last thirty days of samples, for Zenith's
// active contract and one of Acme's ports, written through the usage service as the NOC's
// poller would. Idempotent: a meter that exists keeps its samples.
#include <spdlog/spdlog.h>

#include <cmath>

#include "app/app.hpp"
#include "app/demo.hpp"
#include "auth/permissions.hpp"
#include "contracts/service.hpp"
#include "customers/service.hpp"
#include "usage/rules.hpp"
#include "usage/service.hpp"

namespace colo::app {

namespace {

struct DemoMeter {
  const char* name;
  const char* kind;
  int customer;  // 0 Acme, 1 Zenith
  bool on_contract;
  std::int64_t speed_mbps;  // 0 for none
  std::int64_t base_mbps;   // the quiet-hours rate
  std::int64_t peak_mbps;   // the evening peak on top of it
};

const DemoMeter kMeters[] = {
    {"BJ-CORE-SW-01 GE1/0/12", "bandwidth", 1, true, 1000, 40, 150},
    {"BJ-CORE-SW-02 GE1/0/12", "bandwidth", 1, true, 1000, 25, 90},
    {"上海外高桥 A 路 PDU-07", "power", 1, true, 0, 1100, 300},  // W, not Mbps
    {"BJ-AGG-SW-03 XGE0/0/1", "bandwidth", 0, false, 10000, 300, 900},
};

// A deterministic day curve: quiet at night, a peak in the evening (Beijing time), a little noise.
std::int64_t level(std::int64_t t, std::int64_t base, std::int64_t peak, unsigned salt) {
  const double hour = std::fmod(static_cast<double>(t + 8 * 3600) / 3600.0, 24.0);
  const double curve = 0.5 + 0.5 * std::sin((hour - 14.0) / 24.0 * 2 * M_PI);
  const auto noise = static_cast<double>((static_cast<unsigned>(t / 300) * 2654435761u + salt) % 1000) / 1000.0;
  return static_cast<std::int64_t>(static_cast<double>(base) +
                                   static_cast<double>(peak) * curve * (0.85 + 0.3 * noise));
}

}  // namespace

Status load_usage_demo(App& app) {
  auto* usage = app.services().usage;
  if (!usage) return {};
  auto ctx = system_context("demo");
  {
    auto p = std::make_shared<Principal>(*ctx.principal);
    p->permissions = auth::permissions_for({"admin"});
    ctx.principal = p;
  }
  std::vector<std::int64_t> customers;
  {
    COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::read));
    for (const char* name : {"北京艾克米云科技有限公司", "上海天顶数据服务有限公司"}) {
      COLO_TRY(auto c, app.services().customers->find_by_name(tx, name));
      if (!c) return {};
      customers.push_back(c->id);
    }
  }
  contracts::ListFilter f;
  f.customer = customers[1];
  f.status = "active";
  f.limit = 1;
  COLO_TRY(auto active, app.services().contracts->list(ctx, f));
  std::optional<std::int64_t> contract;
  if (!active.second.empty()) contract = active.second.front().id;

  const auto now = usage::epoch_seconds(app.clock().now());
  const auto last_slot = now / usage::kSlotSeconds * usage::kSlotSeconds - usage::kSlotSeconds;
  const auto first_slot = last_slot - 30 * 86400 + usage::kSlotSeconds;
  int created = 0;
  unsigned salt = 1;
  for (const auto& d : kMeters) {
    ++salt;
    if (d.on_contract && !contract) continue;
    usage::MeterFilter by_name;
    by_name.q = d.name;
    by_name.limit = 1;
    COLO_TRY(auto found, usage->list(ctx, by_name));
    if (found.first > 0) continue;
    usage::MeterInput in;
    in.customer_id = customers[static_cast<std::size_t>(d.customer)];
    if (d.on_contract) in.contract_id = contract;
    in.kind = d.kind;
    in.name = d.name;
    if (d.speed_mbps) in.speed_mbps = std::optional<std::int64_t>(d.speed_mbps);
    in.note = std::string(d.kind) == "power" ? "A 路 32A 电路，电能表读数每小时一次" : "上联端口，5 分钟采样";
    COLO_TRY(auto m, usage->create(ctx, in));
    usage::SampleBatch batch;
    if (m.kind == "bandwidth") {
      for (auto t = first_slot; t <= last_slot; t += usage::kSlotSeconds) {
        if ((t / usage::kSlotSeconds) % 997 == 5) continue;  // a poller miss now and then
        const auto in_bps = level(t, d.base_mbps, d.peak_mbps, salt) * 1'000'000;
        const auto out_bps = level(t + 1800, d.base_mbps / 3, d.peak_mbps / 3, salt + 7) * 1'000'000;
        batch.rates.push_back({usage::from_epoch_seconds(t), in_bps, out_bps, false});
      }
    } else {
      std::int64_t wh = 1'250'000;
      for (auto t = first_slot / 3600 * 3600; t <= now - 60; t += 3600) {
        wh += level(t, d.base_mbps, d.peak_mbps, salt);  // W for an hour = Wh
        batch.readings.push_back({usage::from_epoch_seconds(t), wh});
      }
    }
    COLO_CHECK(usage->write(ctx, m.id, batch));
    ++created;
  }
  if (created) spdlog::info("demo: {} usage meters with thirty days of samples", created);
  return {};
}

}  // namespace colo::app
