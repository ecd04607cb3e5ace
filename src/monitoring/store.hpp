// The monitoring module's SQL: monitoring_devices, monitoring_interfaces, monitoring_checks and
// monitoring_oid_profiles. Secrets arrive sealed; the store never sees them in clear.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "monitoring/model.hpp"

namespace colo::monitoring::store {

struct DeviceRow {
  MonitoredDevice device;
  std::string sealed;  // snmp_sealed
};

Result<db::Counted<MonitoredDevice>> list_devices(db::Tx& tx, const Context& ctx, const DeviceFilter& f);
Result<std::optional<DeviceRow>> find_device(db::Tx& tx, std::int64_t device_id);
// Every enabled device with its sealed secret, for the poller.
Result<std::vector<DeviceRow>> enabled_devices(db::Tx& tx);
Status insert_device(db::Tx& tx, const DeviceRow& row);
Status update_device(db::Tx& tx, const DeviceRow& row);
Status delete_device(db::Tx& tx, std::int64_t device_id);
// Copies the ledger's name and customer onto the row when they changed.
Status refresh_ledger_fields(db::Tx& tx, std::int64_t device_id, const std::string& name,
                             std::optional<std::int64_t> customer_id);

Result<std::vector<DiscoveredInterface>> interfaces(db::Tx& tx, std::int64_t device_id);
// ifIndex -> ledger interface id of the matched interfaces of these devices.
Result<std::vector<std::pair<std::int64_t, DiscoveredInterface>>> matched_interfaces(
    db::Tx& tx, const std::vector<std::int64_t>& device_ids);
Status replace_interfaces(db::Tx& tx, std::int64_t device_id, const std::vector<DiscoveredInterface>& found);
Status record_discovery(db::Tx& tx, std::int64_t device_id, const std::string& sys_object_id,
                        const std::string& sys_name, const std::string& at);
Status record_error(db::Tx& tx, std::int64_t device_id, const std::optional<std::string>& error);

Result<std::vector<Check>> checks(db::Tx& tx, const std::vector<std::int64_t>& device_ids);
Result<std::optional<Check>> find_check(db::Tx& tx, std::int64_t id);
Result<std::int64_t> insert_check(db::Tx& tx, const Check& c);
Status delete_check(db::Tx& tx, std::int64_t id);

Result<std::vector<OidProfile>> profiles(db::Tx& tx);

}  // namespace colo::monitoring::store
