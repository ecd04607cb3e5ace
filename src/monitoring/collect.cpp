#include "monitoring/collect.hpp"

#include <algorithm>
#include <cmath>

namespace colo::monitoring {

namespace {

tsdb::Labels sorted(tsdb::Labels labels) {
  std::sort(labels.begin(), labels.end());
  return labels;
}

}  // namespace

tsdb::Labels device_labels(const DeviceLabels& d) {
  tsdb::Labels l{{"device_id", std::to_string(d.device_id)}};
  if (d.room_id) l.emplace_back("room_id", std::to_string(*d.room_id));
  if (d.rack_id) l.emplace_back("rack_id", std::to_string(*d.rack_id));
  if (d.customer_id) l.emplace_back("customer_id", std::to_string(*d.customer_id));
  return sorted(std::move(l));
}

CollectCounts Collector::collect(const DeviceLabels& device, const DeviceSnapshot& snap, std::int64_t t_ms,
                                 std::vector<tsdb::Sample>& out) {
  CollectCounts counts;
  const tsdb::Labels base = device_labels(device);
  // Samples are stamped in whole seconds (rates still use the milliseconds between readings): a
  // steady schedule then gives the store equal gaps, which its blocks keep in a bit a sample,
  // where the milliseconds of sending and answering cost a byte.
  const std::int64_t stamp = t_ms - ((t_ms % 1000) + 1000) % 1000;
  auto emit = [&](std::string metric, tsdb::Labels labels, double value) {
    out.push_back({std::move(metric), std::move(labels), stamp, value});
    ++counts.samples;
  };
  auto with = [&](std::initializer_list<std::pair<std::string, std::string>> extra) {
    tsdb::Labels l = base;
    for (const auto& e : extra) l.push_back(e);
    return sorted(std::move(l));
  };

  for (const auto& i : snap.interfaces) {
    tsdb::Labels labels = base;
    labels.emplace_back("if_index", std::to_string(i.if_index));
    if (auto it = device.interfaces.find(i.if_index); it != device.interfaces.end())
      labels.emplace_back("interface_id", std::to_string(it->second));
    labels = sorted(std::move(labels));

    if (i.oper_status) emit("if_oper_up", labels, *i.oper_status == 1 ? 1 : 0);
    auto rate = [&](Which which, const std::optional<Counter>& c, const char* metric, double factor,
                    std::optional<double> cap) {
      if (!c) return;
      CounterReading now{c->value, c->width, t_ms, snap.uptime};
      Key key{device.device_id, i.if_index, which};
      auto it = last_.find(key);
      if (it == last_.end()) {
        last_.emplace(key, now);
        return;
      }
      Rate r = counter_rate(it->second, now, cap);
      it->second = now;
      // Bits per second in whole bits: the readings' millisecond timing cannot say more, and
      // integers are what the store's blocks keep in the fewest bits.
      if (r.has_value())
        emit(metric, labels, factor == 8 ? std::round(r.per_second * factor) : r.per_second * factor);
      else if (r.verdict == RateVerdict::reset)
        ++counts.resets;
      else if (r.verdict == RateVerdict::implausible)
        ++counts.implausible;
    };
    std::optional<double> octet_cap;
    if (i.speed_bps && *i.speed_bps > 0) octet_cap = static_cast<double>(*i.speed_bps) / 8;
    rate(Which::in_octets, i.in_octets, "if_in_bits_per_second", 8, octet_cap);
    rate(Which::out_octets, i.out_octets, "if_out_bits_per_second", 8, octet_cap);
    rate(Which::in_errors, i.in_errors, "if_in_errors_per_second", 1, std::nullopt);
    rate(Which::out_errors, i.out_errors, "if_out_errors_per_second", 1, std::nullopt);
    rate(Which::in_discards, i.in_discards, "if_in_discards_per_second", 1, std::nullopt);
    rate(Which::out_discards, i.out_discards, "if_out_discards_per_second", 1, std::nullopt);
  }
  for (const auto& s : snap.sensors) {
    const char* metric = s.kind == "temperature" ? "sensor_temperature_celsius" : "sensor_humidity_percent";
    emit(metric, with({{"sensor", std::to_string(s.index)}}), s.value);
  }
  if (snap.ups_on_battery) emit("ups_on_battery", base, *snap.ups_on_battery ? 1 : 0);
  if (snap.ups_runtime_seconds) emit("ups_runtime_seconds", base, *snap.ups_runtime_seconds);
  if (snap.ups_load_percent) emit("ups_load_percent", base, *snap.ups_load_percent);
  for (const auto& p : snap.profile) emit(p.metric, with({{p.label, p.label_value}}), p.value);
  return counts;
}

void Collector::forget(std::int64_t device_id) {
  auto lo = last_.lower_bound(Key{device_id, 0, Which::in_octets});
  auto hi = last_.lower_bound(Key{device_id + 1, 0, Which::in_octets});
  last_.erase(lo, hi);
}

}  // namespace colo::monitoring
