// The search's SQL: one query per kind over that kind's tables, read-only. Every function runs
// inside the caller's transaction and confines a customer to its own rows.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "search/search.hpp"

namespace colo::search::store {

// Up to `limit` matches of `text` among the objects of `type` (a Kind::type), exact matches first.
// `now` decides which reservations are live.
Result<std::vector<Hit>> find(db::Tx& tx, const Context& ctx, const std::string& type, const std::string& text,
                              std::int64_t limit, Instant now);

}  // namespace colo::search::store
