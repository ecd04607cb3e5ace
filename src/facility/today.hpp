// The shift's "today" view: what the people on duty in the data centre need on one phone screen —
// visits expected today and check-ins so far, rounds and work orders due, changes in progress,
// and how many alerts are open. It only reads.
//
// Thread-safety: every call opens its own read transaction; shared by the HTTP workers.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "facility/changes.hpp"

namespace colo::facility {

struct TodayVisit {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string person_name, starts_at, ends_at, status;
};

// A round or a work order due: what it is, when it is due, and where the page for it is.
struct DueItem {
  std::int64_t id = 0;
  std::string title;
  std::string due_at;  // instant, UTC; or a business date (YYYY-MM-DD) for work due on a day
  bool overdue = false;
  std::string link;  // path of the web interface
};

struct Today {
  std::string day;                 // business date
  std::vector<TodayVisit> visits;  // expected today, by start (at most kTodayVisits)
  std::int64_t visits_expected = 0;
  std::int64_t checked_in_today = 0;  // check-ins logged so far today
  std::int64_t refused_today = 0;
  std::int64_t on_site = 0;  // visits checked in and not yet out
  std::vector<Change> changes_in_progress;
  std::vector<Change> changes_today;  // approved, with a window touching today
  std::int64_t open_alerts = 0;
  std::vector<DueItem> rounds_due, work_orders_due;
  std::vector<DueItem> findings_overdue;  // rectification orders past their deadline
};

inline constexpr int kTodayVisits = 100;

// Extension points for the other facility aggregates and modules, filled by the composition root.
// An unset port answers nothing (an empty list, a zero count).
struct TodayPorts {
  // Alerts not yet resolved.
  std::function<Result<std::int64_t>(const Context&)> open_alerts;
  // Patrol rounds due on the business day whose span is [from, to) (instants), overdue ones first.
  std::function<Result<std::vector<DueItem>>(const Context&, Instant from, Instant to)> rounds_due;
  // Maintenance work orders due in the span (and those overdue).
  std::function<Result<std::vector<DueItem>>(const Context&, Instant from, Instant to)> work_orders_due;
  // Rectification orders of patrol findings past their deadline and not closed.
  std::function<Result<std::vector<DueItem>>(const Context&)> findings_overdue;
};

class TodayService {
 public:
  TodayService(db::Database& db, const Clock& clock, TodayPorts ports)
      : db_(db), clock_(clock), ports_(std::move(ports)) {}

  // Staff only (403 for a customer).
  Result<Today> today(const Context& ctx);

 private:
  db::Database& db_;
  const Clock& clock_;
  TodayPorts ports_;
};

}  // namespace colo::facility
