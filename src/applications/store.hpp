// The applications module's SQL: applications and application_numbers, nothing else.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "applications/model.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::applications::store {

// The next number of `year`, gap-free: the counter row is incremented in the caller's write
// transaction (and locked by it until commit on PostgreSQL).
Result<std::int64_t> next_number(db::Tx& tx, int year);

Result<std::int64_t> insert(db::Tx& tx, const Application& a);
Status update(db::Tx& tx, const Application& a);
Result<std::optional<Application>> find(db::Tx& tx, std::int64_t id);

// `inbox`: when set, only these states (pending_for=me); an empty inbox matches nothing.
Result<std::pair<std::int64_t, std::vector<Application>>> list(db::Tx& tx, const Context& ctx, const ListFilter& f,
                                                               const std::optional<std::vector<std::string>>& inbox);

// Bandwidth committed at a site by applications whose accepted placement lies there and that are
// in final review, approved or contracted; `except` is left out.
Result<std::int64_t> committed_bandwidth(db::Tx& tx, std::int64_t site_id, std::int64_t except);

}  // namespace colo::applications::store
