// Change control's SQL: facility_changes, facility_change_steps and facility_numbers.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "facility/changes.hpp"

namespace colo::facility::store {

extern const db::ListSpec kChangeList;

Result<db::Counted<Change>> list_changes(db::Tx& tx, const ChangeFilter& f);
// With its steps.
Result<std::optional<Change>> find_change(db::Tx& tx, std::int64_t id);
Result<std::int64_t> next_change_number(db::Tx& tx, int year);
Result<std::int64_t> insert_change(db::Tx& tx, const Change& c);
Status update_change(db::Tx& tx, const Change& c);
Status update_step(db::Tx& tx, std::int64_t change_id, const ChangeStep& s);
// Changes in progress, by window start (the shift view).
Result<std::vector<Change>> changes_in_progress(db::Tx& tx, int limit);

}  // namespace colo::facility::store
