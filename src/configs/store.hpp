// Device configuration backups' SQL: configs_devices, configs_versions and configs_fetches.
// Secrets and bodies arrive sealed; the store never sees them in clear.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "configs/model.hpp"
#include "core/context.hpp"
#include "db/database.hpp"
#include "db/list.hpp"
#include "db/page.hpp"

namespace colo::configs::store {

extern const db::ListSpec kDeviceList;
extern const db::ListSpec kVersionList;
extern const db::ListSpec kFetchList;

Result<db::Counted<ConfigDevice>> list_devices(db::Tx& tx, const Context& ctx, const DeviceFilter& f);
Result<std::optional<ConfigDevice>> find_device(db::Tx& tx, std::int64_t device_id);
Result<std::string> secret_of(db::Tx& tx, std::int64_t device_id);  // sealed
// Inserts or replaces the device's settings and host keys; `secret_sealed` empty keeps the one stored.
Status save_device(db::Tx& tx, const ConfigDevice& d, const std::string& secret_sealed, bool insert);
Status set_host_keys(db::Tx& tx, std::int64_t device_id, const std::optional<std::string>& on_record,
                     const std::optional<std::string>& pending, const std::string& at);
// The enabled devices due at `now` with their intervals, earliest first.
Result<std::vector<std::pair<std::int64_t, std::int64_t>>> due(db::Tx& tx, const std::string& now, std::int64_t limit);
// Moves a due device to its next slot; false when another run moved it first.
Result<bool> claim(db::Tx& tx, std::int64_t device_id, const std::string& next, const std::string& now);
Status set_next_fetch(db::Tx& tx, std::int64_t device_id, const std::string& at);

struct LastVersion {
  std::int64_t id = 0;
  int number = 0;
  std::string hash, body_sealed;
};
Result<std::optional<LastVersion>> last_version(db::Tx& tx, std::int64_t device_id);
Result<std::int64_t> insert_version(db::Tx& tx, const ConfigVersion& v, const std::string& body_sealed);
Result<std::int64_t> insert_fetch(db::Tx& tx, const FetchRecord& f);
// The device row after a fetch: its ledger copy, result and counters.
Status record_result(db::Tx& tx, const ConfigDevice& d);

Result<db::Counted<ConfigVersion>> list_versions(db::Tx& tx, const Context& ctx, const VersionFilter& f);
// With the sealed body in `body`.
Result<std::optional<ConfigVersion>> find_version(db::Tx& tx, std::int64_t id);
Result<db::Counted<FetchRecord>> list_fetches(db::Tx& tx, const Context& ctx, const FetchFilter& f);

struct ComplianceDevice {
  std::int64_t device_id = 0;
  std::int64_t interval_s = 0;
  std::string created_at;
};
// The enabled devices configured before `before`.
Result<std::vector<ComplianceDevice>> compliance_devices(db::Tx& tx, const std::string& before);
// Successful fetches (ok, unchanged) in [from, to), by device then time.
Result<std::vector<std::pair<std::int64_t, std::string>>> successes(db::Tx& tx, const std::string& from,
                                                                    const std::string& to);

}  // namespace colo::configs::store
