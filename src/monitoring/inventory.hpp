// What monitoring reads of the ledger (dcim), as a port: the composition root builds it over
// dcim::Service (module.hpp) and tests may give their own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::monitoring {

struct LedgerDevice {
  std::int64_t id = 0;
  std::string name, status, mgmt_address;
  std::optional<std::int64_t> customer_id, room_id, rack_id;
};

struct LedgerPort {
  std::int64_t id = 0, device_id = 0;
  std::string name;
};

class Inventory {
 public:
  virtual ~Inventory() = default;
  // The devices among `ids` that exist, in id order.
  virtual Result<std::vector<LedgerDevice>> devices(db::Tx& tx, const std::vector<std::int64_t>& ids) = 0;
  // All interfaces of these devices.
  virtual Result<std::vector<LedgerPort>> interfaces(db::Tx& tx, const std::vector<std::int64_t>& device_ids) = 0;
};

}  // namespace colo::monitoring
