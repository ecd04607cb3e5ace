// What contracts need from the equipment ledger (dcim) and IPAM, behind one seam: the state of a
// contract's devices and addresses for the settlement checklist, addresses assigned at activation
// and returned after termination. module.cpp implements it over those modules' services, so the
// contracts store reads no other module's tables.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::contracts {

struct LedgerDevice {
  std::int64_t id = 0;
  std::string name, status;  // status as the ledger keeps it (planned, installed, ..., decommissioned)
};

struct LedgerAddress {
  std::int64_t id = 0;
  std::string address;  // "203.0.113.10/26"
  std::optional<std::int64_t> customer_id;
};

class Ledger {
 public:
  virtual ~Ledger() = default;
  // Those of `ids` still in the ledger (unknown ids are left out).
  virtual Result<std::vector<LedgerDevice>> devices(db::Tx& tx, const Context& ctx,
                                                    const std::vector<std::int64_t>& ids) = 0;
  // Those of `ids` still recorded in IPAM.
  virtual Result<std::vector<LedgerAddress>> addresses(db::Tx& tx, const std::vector<std::int64_t>& ids) = 0;
  // `count` IPv4 addresses of the site's pools for customers, assigned to the customer inside
  // `tx`, all or none (409 ipam.assignment.exhausted).
  virtual Result<std::vector<LedgerAddress>> assign_ipv4(db::Tx& tx, const Context& ctx, std::int64_t site_id,
                                                         std::int64_t customer_id, std::int64_t count,
                                                         const std::string& description) = 0;
  // Takes a device that was planned and never installed out of the ledger inside `tx`
  // (decommissioned, out of its rack, so its units are free again).
  virtual Status retire_planned_device(db::Tx& tx, const Context& ctx, std::int64_t id) = 0;
  // Returns an address to its pool inside `tx`; one already gone is left alone.
  virtual Status release_address(db::Tx& tx, const Context& ctx, std::int64_t id) = 0;
};

}  // namespace colo::contracts
