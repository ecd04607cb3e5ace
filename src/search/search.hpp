// Searching across the inventory and the business records from one box: devices (name, serial,
// asset tag, management or assigned address), racks, customers, contracts and applications (by
// number), IP addresses and prefixes. A few matches per kind, each kind in one query; a customer
// finds only its own objects and a member of staff only the kinds its roles may read. Stateless;
// safe from any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::http {
class Router;
}

namespace colo::search {

struct Hit {
  std::int64_t id = 0;
  std::string title;     // what the object is called (its name, number or address)
  std::string subtitle;  // where it is or whose it is
  std::optional<std::int64_t> customer_id;
};

struct Group {
  std::string type;  // devices, racks, customers, contracts, applications, addresses, prefixes
  std::vector<Hit> hits;
  bool more = false;  // there are matches beyond the ones returned
};

// The kinds of object a caller may search, in the order results are shown, each with the
// permission that reads it.
struct Kind {
  std::string type;
  std::string permission;
};
const std::vector<Kind>& all_kinds();
// The kinds `ctx` may read.
std::vector<std::string> kinds_for(const Context& ctx);

// Up to `per_kind` matches of `text` (a literal substring, ASCII case ignored) in each kind the
// caller may read; kinds without a match are left out. Exact matches (a whole address, name or
// number) come first, so that the one object asked for is never pushed out by its neighbours.
Result<std::vector<Group>> search(db::Database& db, const Context& ctx, std::string_view text, int per_kind,
                                  Instant now);

// GET /api/v1/search?q=
void add_routes(http::Router& router, db::Database& db, const Clock& clock);

}  // namespace colo::search
