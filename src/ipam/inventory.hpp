// What IPAM needs from the rest of Colo, behind one seam: interfaces and devices (dcim), sites
// (dcim) and customers. module.cpp implements it over dcim::Service and customers::Service, so
// the IPAM store reads no other module's tables.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::ipam {

struct InterfaceInfo {
  std::int64_t id = 0;
  std::string name;
  std::int64_t device_id = 0;
  std::string device_name;
  std::optional<std::int64_t> customer_id;  // the device's owner
  std::optional<std::int64_t> site_id;      // the device's site, when placed
};

class Inventory {
 public:
  virtual ~Inventory() = default;
  // The interface, without any tenancy check (the caller checks ctx.sees on customer_id);
  // nullopt when it does not exist. `for_update` locks it for the rest of the transaction.
  virtual Result<std::optional<InterfaceInfo>> interface(db::Tx& tx, const Context& ctx, std::int64_t id,
                                                         bool for_update) = 0;
  // Several interfaces in one query; unknown ids are left out.
  virtual Result<std::vector<InterfaceInfo>> interfaces(db::Tx& tx, const Context& ctx,
                                                        const std::vector<std::int64_t>& ids) = 0;
  // The devices a customer owns (for the tenancy of cable lists).
  virtual Result<std::vector<std::int64_t>> customer_devices(db::Tx& tx, const Context& ctx,
                                                             std::int64_t customer_id) = 0;
  virtual Result<bool> site_exists(db::Tx& tx, const Context& ctx, std::int64_t id) = 0;
  virtual Result<bool> customer_exists(db::Tx& tx, std::int64_t id) = 0;
};

}  // namespace colo::ipam
