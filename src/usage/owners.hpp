// What usage needs from the rest of Colo, behind one seam: the customer a meter belongs to and the
// contract it bills under. module.cpp implements it over the customers and contracts services, so
// the usage store reads no other module's tables.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::usage {

struct ContractInfo {
  std::int64_t id = 0;
  std::string number;  // CT-2026-000045
  std::int64_t customer_id = 0;
};

class Owners {
 public:
  virtual ~Owners() = default;
  // A contract by id whoever asks (the caller applies tenancy), or nullopt. Reads in a
  // transaction of its own: a contract's number and customer never change, so the answer holds.
  virtual Result<std::optional<ContractInfo>> contract(std::int64_t id) = 0;
  // Customers' names by id, inside the caller's transaction; an unknown id is left out.
  virtual Result<std::map<std::int64_t, std::string>> customer_names(db::Tx& tx,
                                                                     const std::vector<std::int64_t>& ids) = 0;
};

}  // namespace colo::usage
