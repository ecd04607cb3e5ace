// The audit log (R6.1.3): every write records who, when, from where, what and the before/after
// state, in the same transaction as the change. Entries are hash-chained with BLAKE2b so that an
// altered or removed row is found by verify().
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::http {
class Router;
}

namespace colo::audit {

struct Change {
  std::string object_type;  // "dcim.rack", "customer", "user"
  std::string object_id;    // the row id as text
  std::string action;       // "create", "update", "delete", "place", "login", ...
  boost::json::value before;  // null for create
  boost::json::value after;   // null for delete
  std::optional<std::int64_t> customer_id;  // the tenant the object belongs to, when any
};

// Appends one entry inside `tx` (a write transaction); the caller commits both together.
// Serialises chain appends so concurrent writers cannot fork the chain.
Status record(db::Tx& tx, const Context& ctx, const Clock& clock, const Change& change);

struct VerifyReport {
  std::int64_t checked = 0;
  std::optional<std::int64_t> first_broken_id;  // the first entry whose hash does not hold
  std::string reason;
};
Result<VerifyReport> verify(db::Database& db);

// The hash of an entry given the previous entry's hash and its fields in stored order.
std::string entry_hash(const std::string& prev_hash, const std::vector<std::string>& fields);

// The audit log API: GET /api/v1/audit for auditors and admins. Date filters are business dates
// in the clock's calendar.
void add_routes(http::Router& router, db::Database& db, const Clock& clock);

}  // namespace colo::audit
