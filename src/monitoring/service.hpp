// The monitoring module's operations: which ledger devices are polled and with what SNMP
// credentials (sealed with the data key; never answered in clear), their TCP/HTTP checks, and
// what the poller reads (targets, with the secrets opened) and records (discovery, errors).
//
// Thread-safety: every method opens its own transaction; the service may be shared by the HTTP
// workers and the poller threads.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/crypto.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "monitoring/inventory.hpp"
#include "monitoring/model.hpp"
#include "monitoring/snapshot.hpp"

namespace colo::monitoring {

// One device as the poller needs it: where it is, how to speak to it, what to label samples with.
struct PollTarget {
  LedgerDevice ledger;
  MonitoredDevice settings;
  std::optional<snmp::Credentials> credentials;      // empty: reachability only
  std::vector<OidReading> profile;                   // by the sysObjectID found at discovery
  std::map<std::uint32_t, std::int64_t> interfaces;  // ifIndex -> ledger interface id
  std::vector<Check> checks;
};

struct ServiceOptions {
  // What a device is given when it is first configured without its own intervals.
  std::int64_t ping_interval_s = kDefaultPingIntervalS;
  std::int64_t snmp_interval_s = kDefaultSnmpIntervalS;
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, Inventory& inventory, crypto::Sealer sealer,
          ServiceOptions options = {});

  Result<db::Counted<MonitoredDevice>> devices(const Context& ctx, const DeviceFilter& f);
  // With its discovered interfaces and checks. Foreign or unknown: not found.
  Result<MonitoredDevice> device(const Context& ctx, std::int64_t device_id);
  // Starts polling a ledger device or changes how; the secrets are sealed before they are stored.
  Result<MonitoredDevice> configure(const Context& ctx, std::int64_t device_id, const DeviceSettingsInput& in);
  // Stops polling it and forgets its credentials, discovery and checks.
  Status remove(const Context& ctx, std::int64_t device_id);
  Result<Check> add_check(const Context& ctx, std::int64_t device_id, const CheckInput& in);
  Status remove_check(const Context& ctx, std::int64_t check_id);

  // ---- for the poller (system context)
  // Every enabled device that still exists in the ledger, with its secrets opened. Devices whose
  // secret does not open (another key) are left out and get last_error set.
  Result<std::vector<PollTarget>> poll_targets();
  // Records what a poll found: the system group and the interfaces matched to the ledger's.
  // Returns ifIndex -> ledger interface id of the matched ones.
  Result<std::map<std::uint32_t, std::int64_t>> record_discovery(std::int64_t device_id,
                                                                 const DeviceSnapshot& snapshot);
  Status record_error(std::int64_t device_id, const std::optional<std::string>& error);

 private:
  Result<MonitoredDevice> load(db::Tx& tx, const Context& ctx, std::int64_t device_id);
  db::Database& db_;
  const Clock& clock_;
  Inventory& inventory_;
  crypto::Sealer sealer_;
  ServiceOptions options_;
};

}  // namespace colo::monitoring
