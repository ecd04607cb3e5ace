// The SQL of rectification orders (facility_findings); their steps are workflow transitions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "db/database.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "facility/findings.hpp"

namespace colo::facility::findings_store {

extern const db::ListSpec kFindingList;

// Inserts the order unless the finding (round, checkpoint, item) has one; its id, or nullopt.
Result<std::optional<std::int64_t>> insert(db::Tx& tx, const FindingOrder& o);
// The order of a finding, by its key.
Result<std::optional<std::int64_t>> id_of(db::Tx& tx, std::int64_t round_id, const std::string& checkpoint,
                                          const std::string& item);
// `now` decides `overdue`.
Result<db::Counted<FindingOrder>> list(db::Tx& tx, const FindingFilter& f, const std::string& now);
Result<std::optional<FindingOrder>> find(db::Tx& tx, std::int64_t id, const std::string& now);
Status update(db::Tx& tx, const FindingOrder& o);
Status set_photo(db::Tx& tx, std::int64_t id, const std::string& content_type, const std::string& bytes);
Result<std::optional<FindingPhoto>> photo(db::Tx& tx, std::int64_t id);
// Orders not closed and past their deadline, earliest deadline first.
Result<std::vector<FindingOrder>> overdue(db::Tx& tx, const std::string& now, int limit);
// Orders not closed: how many, how many of them past their deadline, and the earliest deadline.
Result<FindingCounts> open_counts(db::Tx& tx, const std::string& now);
// Orders whose deadline falls in [from, to).
Result<std::vector<FindingOrder>> due_between(db::Tx& tx, const std::string& from, const std::string& to,
                                              const std::string& now);

}  // namespace colo::facility::findings_store
