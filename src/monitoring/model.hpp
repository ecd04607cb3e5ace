// The monitoring module's records: what a ledger device is polled with, what discovery found on
// it, its TCP/HTTP checks, and the OID profiles by device type.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace colo::monitoring {

inline const std::vector<std::string> kSnmpVersions = {"none", "v2c", "v3"};
inline const std::vector<std::string> kCheckKinds = {"tcp", "http"};

// Defaults of the issue: reachability every minute, counters every five.
constexpr int kDefaultPingIntervalS = 60;
constexpr int kDefaultSnmpIntervalS = 300;

struct DiscoveredInterface {
  std::int64_t if_index = 0;
  std::string name, descr, alias;
  std::optional<std::int64_t> speed_bps;
  std::optional<std::int64_t> interface_id;  // the ledger interface of the same name
};

struct Check {
  std::int64_t id = 0;
  std::int64_t device_id = 0;
  std::string kind = "tcp";
  std::optional<std::int64_t> port;
  std::optional<std::string> url;
  std::int64_t interval_s = kDefaultPingIntervalS;
  std::int64_t timeout_ms = 5000;
  std::string created_at;
};

// A device as the poller sees it. The SNMP secrets never leave the service: only whether they
// are set (credentials_set) and, for v3, the user name.
struct MonitoredDevice {
  std::int64_t device_id = 0;
  std::string device_name;
  std::optional<std::int64_t> customer_id;
  std::string snmp_version = "none";
  bool credentials_set = false;
  std::int64_t snmp_port = 161;
  bool enabled = true;
  std::int64_t ping_interval_s = kDefaultPingIntervalS;
  std::int64_t snmp_interval_s = kDefaultSnmpIntervalS;
  std::optional<std::string> sys_object_id, sys_name, discovered_at, last_error;
  std::string created_at, updated_at;
  std::int64_t matched = 0, unmatched = 0;      // discovered interfaces with and without a ledger match
  std::vector<DiscoveredInterface> interfaces;  // detail only
  std::vector<Check> checks;                    // detail only
};

// The SNMP secrets as sealed in the database.
struct SnmpSecret {
  std::string community;                   // v2c
  std::string user, auth_pass, priv_pass;  // v3 authPriv (SHA, AES-128)
};

struct DeviceSettingsInput {
  std::optional<std::string> snmp_version;
  std::optional<SnmpSecret> secret;  // required when the version needs one and none is stored
  std::optional<std::int64_t> snmp_port, ping_interval_s, snmp_interval_s;
  std::optional<bool> enabled;
};

struct CheckInput {
  std::string kind;
  std::optional<std::int64_t> port;
  std::optional<std::string> url;
  std::optional<std::int64_t> interval_s, timeout_ms;
};

struct DeviceFilter {
  std::optional<std::string> q, sort, snmp_version;
  std::optional<std::int64_t> customer;
  std::int64_t limit = 50, offset = 0;
};

struct OidProfile {
  std::string sys_object_id, metric, label, column_oid;
  double scale = 1;
};

}  // namespace colo::monitoring
