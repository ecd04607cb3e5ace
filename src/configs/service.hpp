// Device configuration backups (R4.3.3): which ledger network devices are fetched over SSH and
// with what credentials (sealed with the data key; never answered), their host keys (recorded on
// first contact, a changed one refused, held and alerted until an operator accepts it), the
// versions stored when the configuration changed, every fetch with its result, diffs between
// versions, and alerts for a change made with no approved change in force. Bodies are answered
// with secrets masked; only a holder of configs.secrets.read may ask for them in clear, audited.
// Customers see their own devices' configurations, masked.
//
// Thread-safety: every method opens its own transactions; the service is shared by the HTTP
// workers and the scheduled run, whose fetches run on a bounded pool of threads.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "configs/compliance.hpp"
#include "configs/diff.hpp"
#include "configs/model.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/crypto.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"

namespace colo::configs {

inline constexpr const char* kJob = "config-backup";
inline constexpr const char* kPermSecrets = "configs.secrets.read";

// A ledger device as the backups need it.
struct LedgerDevice {
  std::int64_t id = 0;
  std::string name, role, manufacturer, model, mgmt_address;
  std::optional<std::int64_t> customer_id, room_id, rack_id;
};

// What the backups ask of other modules, wired by the composition root.
struct Ports {
  // The ledger's device, or nullopt when there is none; inside the caller's transaction.
  std::function<Result<std::optional<LedgerDevice>>(db::Tx&, std::int64_t id)> device;
  // Whether an approved or in-progress change whose window holds `at` lists the device, its rack,
  // its room or its customer.
  std::function<Result<bool>(const LedgerDevice&, Instant at)> change_in_force;
};

struct Options {
  int pool = 8;  // fetches at once in a scheduled run
  int connect_timeout_ms = 10'000;
  int command_timeout_ms = 60'000;
  int batch = 500;  // devices claimed per scheduled run
};

struct DiffView {
  ConfigVersion from, to;  // without bodies
  Diff diff;
  std::string unified;
  bool masked = true;
};

struct RunReport {
  std::int64_t devices = 0, ok = 0, unchanged = 0, failed = 0;
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, crypto::Sealer sealer, Ports ports, Options options = {});

  Result<db::Counted<ConfigDevice>> devices(const Context& ctx, const DeviceFilter& f);
  // Foreign or unknown: not found.
  Result<ConfigDevice> device(const Context& ctx, std::int64_t device_id);
  // Starts backing up a ledger network device or changes how; the secret is sealed before it is
  // stored (422 configs.device.not_network, configs.device.no_vendor, configs.device.no_address,
  // configs.device.secret_required).
  Result<ConfigDevice> configure(const Context& ctx, std::int64_t device_id, const DeviceInput& in);
  // Fetches now, in the caller's request; answers the fetch as recorded (a failure is a record too).
  Result<FetchRecord> fetch_now(const Context& ctx, std::int64_t device_id);
  // Accepts the pending host key, which must be the one given (409 configs.host_key.not_pending,
  // configs.host_key.mismatch); audited.
  Result<ConfigDevice> accept_host_key(const Context& ctx, std::int64_t device_id, const std::string& host_key);

  // Versions and fetches, newest first; of one device when the filter names one (foreign or
  // unknown: not found).
  Result<db::Counted<ConfigVersion>> versions(const Context& ctx, const VersionFilter& f);
  Result<db::Counted<FetchRecord>> fetches(const Context& ctx, const FetchFilter& f);
  // With its body, masked unless `reveal` (403 without configs.secrets.read; the read is audited).
  Result<ConfigVersion> version(const Context& ctx, std::int64_t version_id, bool reveal = false);
  // `to` against `from`, two versions of one device (422 configs.diff.other_device).
  Result<DiffView> diff(const Context& ctx, std::int64_t from_id, std::int64_t to_id, bool reveal = false);

  // The scheduled run: the devices due are claimed (moved to their next slot) and fetched on a
  // pool of `options.pool` threads, so a slow device holds one thread only.
  Result<RunReport> run_due();
  // R4.3.3 for the compliance view: enabled devices backed up within their interval in [from, to)
  // and in the period of the same length before it.
  Result<BackupComplianceReport> backup_compliance(Instant from, Instant to);

 private:
  Result<FetchRecord> fetch(std::int64_t device_id, const std::string& cause);
  Result<ConfigDevice> load(db::Tx& tx, const Context& ctx, std::int64_t device_id);
  Result<BackupCompliance> measure(Instant from, Instant to);

  db::Database& db_;
  const Clock& clock_;
  crypto::Sealer sealer_;
  Ports ports_;
  Options options_;
};

}  // namespace colo::configs
