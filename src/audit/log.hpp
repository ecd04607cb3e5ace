// Reading the audit log: filtered pages for the API (GET /api/v1/audit). Writing is audit.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <boost/json/value.hpp>

#include "core/business_calendar.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::audit {

struct Entry {
  std::int64_t id = 0;
  std::string at;
  std::int64_t actor_id = 0;
  std::string actor;
  std::vector<std::string> roles;
  std::string request_id;
  std::string source;
  std::string object_type;
  std::string object_id;
  std::string action;
  std::optional<std::int64_t> customer_id;
  boost::json::value before;
  boost::json::value after;
  std::string hash;
};

struct Filter {
  std::optional<std::string> actor;  // user name as recorded ("business", "cli:root")
  std::optional<std::string> object_type;
  std::optional<std::string> object_id;
  std::optional<std::string> action;
  std::optional<std::int64_t> customer;
  std::optional<Instant> from;      // at >= from
  std::optional<Instant> to;        // at < to
  std::optional<std::string> q;     // part of the actor, object type, object id or action
  std::optional<std::string> sort;  // none: newest first
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

// A filter bound as the API takes it: an ISO-8601 instant, or a business date meaning that day
// in the operator's time zone (from=2026-11-26 is 00:00 in Beijing, 2026-11-25T16:00Z). `end`:
// the bound is exclusive, so a date means "up to the end of that day". nullopt when neither.
std::optional<Instant> parse_bound(std::string_view text, bool end, const BusinessCalendar& calendar);

// The total count and one page, newest first unless sorted otherwise. A customer principal sees only its own entries.
Result<std::pair<std::int64_t, std::vector<Entry>>> search(db::Database& db, const Context& ctx, const Filter& filter);

// The permission that lets a member of staff read the history of an object of `object_type`
// without reading the whole log: whoever may read the object may read how it came to be.
// nullopt for types that have no page of their own to show a history on (sessions,
// notifications, ...): those stay with audit.read.
std::optional<std::string> history_permission(std::string_view object_type);

// The names actors are recorded under, in order, at most `limit` of them (for the log's filter).
Result<std::vector<std::string>> actors(db::Database& db, std::int64_t limit);

}  // namespace colo::audit
