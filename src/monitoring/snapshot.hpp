// What one poll of a device says, read out of the agent's answer: the system group, the interface
// tables, ENTITY-SENSOR-MIB temperature and humidity, UPS-MIB and a PDU's power by the OIDs of its
// profile; what to ask for it; and the matching of discovered interfaces to the ledger's. Pure.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "monitoring/snmp.hpp"

namespace colo::monitoring {

struct Counter {
  std::uint64_t value = 0;
  int width = 64;
};

struct InterfaceSnapshot {
  std::uint32_t if_index = 0;
  std::string name, descr, alias;                // ifName, ifDescr, ifAlias
  std::optional<std::uint64_t> speed_bps;        // ifHighSpeed × 10^6 when set, else ifSpeed
  std::optional<int> oper_status;                // 1 up, 2 down, ...
  std::optional<Counter> in_octets, out_octets;  // ifHC…Octets, else ifIn/OutOctets (32-bit)
  std::optional<Counter> in_errors, out_errors, in_discards, out_discards;
};

struct SensorSnapshot {
  std::uint32_t index = 0;  // entPhysicalIndex
  std::string kind;         // "temperature" or "humidity"
  double value = 0;         // °C or %RH, scale and precision applied
};

// Readings configured per device type: a column OID walked, each row one reading of `metric`
// labelled `label` = the row's index, times `scale` (e.g. 0.1 for deci-watts).
struct OidReading {
  std::string metric;  // pdu_power_watts
  std::string label;   // feed or outlet
  snmp::Oid column;
  double scale = 1;
};

struct ProfileReading {
  std::string metric, label, label_value;
  double value = 0;
};

struct DeviceSnapshot {
  std::string sys_object_id, sys_name;
  std::optional<std::uint64_t> uptime;        // sysUpTime, hundredths of a second
  std::vector<InterfaceSnapshot> interfaces;  // by ifIndex
  std::vector<SensorSnapshot> sensors;
  std::optional<bool> ups_on_battery;
  std::optional<double> ups_runtime_seconds, ups_load_percent;
  std::vector<ProfileReading> profile;
  int ignored = 0;  // varbinds of a type or OID the poller does not understand
};

// The GET and the walked columns for one device: system group, ifTable/ifXTable columns, the
// sensor, UPS and profile OIDs. `interfaces` false leaves the interface tables out.
snmp::Request device_request(const snmp::Target& target, const std::vector<OidReading>& profile,
                             bool interfaces = true);

DeviceSnapshot read_snapshot(const std::vector<snmp::Varbind>& varbinds, const std::vector<OidReading>& profile);

// A ledger interface as matching needs it.
struct LedgerInterface {
  std::int64_t id = 0;
  std::string name;
};

struct InterfaceMatch {
  std::uint32_t if_index = 0;
  std::string name;                          // the discovered name the match was made on (ifName, else ifDescr)
  std::optional<std::int64_t> interface_id;  // empty: no ledger interface of that name
};

// Pairs each discovered interface with the ledger interface of the same name: ifName first, then
// ifDescr, compared without regard to ASCII case. A ledger name is used at most once.
std::vector<InterfaceMatch> match_interfaces(const std::vector<InterfaceSnapshot>& discovered,
                                             const std::vector<LedgerInterface>& ledger);

}  // namespace colo::monitoring
