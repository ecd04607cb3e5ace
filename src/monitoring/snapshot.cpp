#include "monitoring/snapshot.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace colo::monitoring {

namespace {

using snmp::Oid;
namespace oids = snmp::oids;

// IF-MIB ifTable and ifXTable columns.
enum IfColumn : std::uint32_t {
  kIfDescr = 2,
  kIfSpeed = 5,
  kIfOperStatus = 8,
  kIfInOctets = 10,
  kIfInDiscards = 13,
  kIfInErrors = 14,
  kIfOutOctets = 16,
  kIfOutDiscards = 19,
  kIfOutErrors = 20,
};
enum IfXColumn : std::uint32_t {
  kIfName = 1,
  kIfHCInOctets = 6,
  kIfHCOutOctets = 10,
  kIfHighSpeed = 15,
  kIfAlias = 18,
};
constexpr std::uint32_t kIfColumns[] = {kIfDescr,    kIfSpeed,     kIfOperStatus,  kIfInOctets, kIfInDiscards,
                                        kIfInErrors, kIfOutOctets, kIfOutDiscards, kIfOutErrors};
constexpr std::uint32_t kIfXColumns[] = {kIfName, kIfHCInOctets, kIfHCOutOctets, kIfHighSpeed, kIfAlias};

// ENTITY-SENSOR-MIB entPhySensorTable.
const Oid kEntPhySensorEntry{1, 3, 6, 1, 2, 1, 99, 1, 1, 1};
enum SensorColumn : std::uint32_t { kSensorType = 1, kSensorScale = 2, kSensorPrecision = 3, kSensorValue = 4 };
constexpr int kSensorCelsius = 8, kSensorPercentRH = 9;
constexpr int kScaleUnits = 9;  // EntitySensorDataScale: yocto(1) … units(9) … yotta(17), steps of 10^3

// UPS-MIB.
const Oid kUpsEstimatedMinutesRemaining{1, 3, 6, 1, 2, 1, 33, 1, 2, 3, 0};
const Oid kUpsOutputSource{1, 3, 6, 1, 2, 1, 33, 1, 4, 1, 0};
const Oid kUpsOutputPercentLoad{1, 3, 6, 1, 2, 1, 33, 1, 4, 4, 1, 5};
constexpr int kUpsSourceBattery = 5;

std::optional<std::int64_t> as_integer(const snmp::Value& v) {
  if (v.kind == snmp::Kind::integer) return v.integer;
  if (v.is_number()) return static_cast<std::int64_t>(v.unsigned_);
  return std::nullopt;
}

std::optional<Counter> as_counter(const snmp::Value& v) {
  if (v.kind == snmp::Kind::counter64) return Counter{v.unsigned_, 64};
  if (v.kind == snmp::Kind::counter32) return Counter{v.unsigned_, 32};
  return std::nullopt;
}

// Printable text of an OCTET STRING: agents pad names with NULs and spaces.
std::string as_text(const snmp::Value& v) {
  if (v.kind != snmp::Kind::octets) return {};
  std::string s = v.text;
  while (!s.empty() && (s.back() == '\0' || s.back() == ' ')) s.pop_back();
  for (char& c : s)
    if (static_cast<unsigned char>(c) < 0x20) c = '?';
  return s;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

snmp::Request device_request(const snmp::Target& target, const std::vector<OidReading>& profile, bool interfaces) {
  snmp::Request r;
  r.target = target;
  r.get = {oids::kSysObjectId, oids::kSysUpTime, oids::kSysName, kUpsOutputSource, kUpsEstimatedMinutesRemaining};
  if (interfaces) {
    for (auto c : kIfColumns) r.walk.push_back(oids::column(oids::kIfEntry, c));
    for (auto c : kIfXColumns) r.walk.push_back(oids::column(oids::kIfXEntry, c));
  }
  for (auto c : {kSensorType, kSensorScale, kSensorPrecision, kSensorValue})
    r.walk.push_back(oids::column(kEntPhySensorEntry, c));
  r.walk.push_back(kUpsOutputPercentLoad);
  for (const auto& p : profile) r.walk.push_back(p.column);
  return r;
}

DeviceSnapshot read_snapshot(const std::vector<snmp::Varbind>& varbinds, const std::vector<OidReading>& profile) {
  DeviceSnapshot s;
  std::map<std::uint32_t, InterfaceSnapshot> ifs;
  struct RawSensor {
    std::optional<std::int64_t> type, scale, precision, value;
  };
  std::map<std::uint32_t, RawSensor> sensors;
  std::vector<double> loads;

  for (const auto& vb : varbinds) {
    const Oid& o = vb.oid;
    const auto& v = vb.value;
    if (v.is_exception() || v.kind == snmp::Kind::null) continue;
    bool used = true;
    if (o == oids::kSysObjectId && v.kind == snmp::Kind::object_id) {
      s.sys_object_id = v.text;
    } else if (o == oids::kSysUpTime && v.kind == snmp::Kind::timeticks) {
      s.uptime = v.unsigned_;
    } else if (o == oids::kSysName) {
      s.sys_name = as_text(v);
    } else if (o == kUpsOutputSource) {
      if (auto n = as_integer(v))
        s.ups_on_battery = *n == kUpsSourceBattery;
      else
        used = false;
    } else if (o == kUpsEstimatedMinutesRemaining) {
      if (auto n = as_integer(v))
        s.ups_runtime_seconds = static_cast<double>(*n) * 60;
      else
        used = false;
    } else if (snmp::is_under(o, kUpsOutputPercentLoad)) {
      if (auto n = as_integer(v))
        loads.push_back(static_cast<double>(*n));
      else
        used = false;
    } else if (o.size() == oids::kIfEntry.size() + 2 && snmp::is_under(o, oids::kIfEntry)) {
      auto& i = ifs[o.back()];
      i.if_index = o.back();
      switch (o[oids::kIfEntry.size()]) {
        case kIfDescr:
          i.descr = as_text(v);
          break;
        case kIfSpeed:
          if (auto n = as_integer(v)) i.speed_bps = static_cast<std::uint64_t>(*n);
          break;
        case kIfOperStatus:
          if (auto n = as_integer(v)) i.oper_status = static_cast<int>(*n);
          break;
        case kIfInOctets:
          if (!i.in_octets || i.in_octets->width == 32) i.in_octets = as_counter(v);
          break;
        case kIfOutOctets:
          if (!i.out_octets || i.out_octets->width == 32) i.out_octets = as_counter(v);
          break;
        case kIfInDiscards:
          i.in_discards = as_counter(v);
          break;
        case kIfInErrors:
          i.in_errors = as_counter(v);
          break;
        case kIfOutDiscards:
          i.out_discards = as_counter(v);
          break;
        case kIfOutErrors:
          i.out_errors = as_counter(v);
          break;
        default:
          used = false;
      }
    } else if (o.size() == oids::kIfXEntry.size() + 2 && snmp::is_under(o, oids::kIfXEntry)) {
      auto& i = ifs[o.back()];
      i.if_index = o.back();
      switch (o[oids::kIfXEntry.size()]) {
        case kIfName:
          i.name = as_text(v);
          break;
        case kIfHCInOctets:
          if (auto c = as_counter(v)) i.in_octets = c;
          break;
        case kIfHCOutOctets:
          if (auto c = as_counter(v)) i.out_octets = c;
          break;
        case kIfHighSpeed:
          if (auto n = as_integer(v); n && *n > 0) i.speed_bps = static_cast<std::uint64_t>(*n) * 1000000;
          break;
        case kIfAlias:
          i.alias = as_text(v);
          break;
        default:
          used = false;
      }
    } else if (o.size() == kEntPhySensorEntry.size() + 2 && snmp::is_under(o, kEntPhySensorEntry)) {
      auto& r = sensors[o.back()];
      auto n = as_integer(v);
      switch (o[kEntPhySensorEntry.size()]) {
        case kSensorType:
          r.type = n;
          break;
        case kSensorScale:
          r.scale = n;
          break;
        case kSensorPrecision:
          r.precision = n;
          break;
        case kSensorValue:
          r.value = n;
          break;
        default:
          used = false;
      }
    } else {
      used = false;
      for (const auto& p : profile) {
        if (!snmp::is_under(o, p.column)) continue;
        if (auto n = as_integer(v)) {
          Oid index(o.begin() + static_cast<std::ptrdiff_t>(p.column.size()), o.end());
          s.profile.push_back({p.metric, p.label, snmp::to_string(index), static_cast<double>(*n) * p.scale});
          used = true;
        }
        break;
      }
    }
    if (!used) ++s.ignored;
  }
  // ifHighSpeed wins over ifSpeed (which saturates at 4.29 Gbit/s) only when it was read; the
  // order of the varbinds is the order of the columns, so read it last.
  for (const auto& vb : varbinds) {
    const Oid& o = vb.oid;
    if (o.size() == oids::kIfXEntry.size() + 2 && snmp::is_under(o, oids::kIfXEntry) &&
        o[oids::kIfXEntry.size()] == kIfHighSpeed)
      if (auto n = as_integer(vb.value); n && *n > 0)
        ifs[o.back()].speed_bps = static_cast<std::uint64_t>(*n) * 1000000;
  }
  for (auto& [index, i] : ifs) s.interfaces.push_back(std::move(i));
  for (const auto& [index, r] : sensors) {
    if (!r.type || !r.value) continue;
    std::string kind = *r.type == kSensorCelsius ? "temperature" : *r.type == kSensorPercentRH ? "humidity" : "";
    if (kind.empty()) continue;
    int scale = static_cast<int>(r.scale.value_or(kScaleUnits));
    int precision = static_cast<int>(r.precision.value_or(0));
    if (scale < 1 || scale > 17 || precision < -8 || precision > 9) continue;
    double value = static_cast<double>(*r.value) * std::pow(10.0, 3 * (scale - kScaleUnits) - precision);
    s.sensors.push_back({index, kind, value});
  }
  if (!loads.empty()) {
    double sum = 0;
    for (double l : loads) sum += l;
    s.ups_load_percent = sum / static_cast<double>(loads.size());
  }
  return s;
}

std::vector<InterfaceMatch> match_interfaces(const std::vector<InterfaceSnapshot>& discovered,
                                             const std::vector<LedgerInterface>& ledger) {
  std::map<std::string, std::int64_t> by_name;
  for (const auto& l : ledger) by_name.emplace(lower(l.name), l.id);
  std::set<std::int64_t> taken;
  std::vector<InterfaceMatch> out;
  for (const auto& d : discovered) {
    InterfaceMatch m{d.if_index, d.name.empty() ? d.descr : d.name, std::nullopt};
    for (const std::string* candidate : {&d.name, &d.descr}) {
      if (candidate->empty()) continue;
      auto it = by_name.find(lower(*candidate));
      if (it != by_name.end() && !taken.count(it->second)) {
        m.interface_id = it->second;
        m.name = *candidate;
        taken.insert(it->second);
        break;
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace colo::monitoring
