// Rectification orders (隐患整改单, R4.2.2): the operator's own ticket for a patrol finding that
// belongs to no customer — a room, an infrastructure asset, the generator yard. A round's
// finding opens one order (inside the round's write transaction, once per round, checkpoint and
// item); operations assigns it to a staff member with a deadline from the finding's severity,
// the assignee rectifies it with a note, and someone other than the rectifier verifies it, or it
// is dismissed as not a defect with the reason. Orders past their deadline and not closed are
// overdue. Staff only: a customer principal is answered as if no order existed.
//
// Thread-safety: every method opens its own transaction (open() runs in the caller's); shared by
// the HTTP workers. Steps take the writers' lock, so of two racing steps the second sees the
// first's state and answers 409.
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
#include "db/page.hpp"
#include "facility/findings_rules.hpp"
#include "facility/today.hpp"
#include "workflow/workflow.hpp"

namespace colo::facility {

struct FindingOrder {
  std::int64_t id = 0;
  std::int64_t round_id = 0;
  std::string checkpoint_key, item_key;
  std::string template_name, checkpoint_name, checkpoint_kind;
  std::optional<std::int64_t> ref_id;  // the room or asset, when the checkpoint names one
  std::string item_label, reading;     // reading: "31.5 °C (18–27)" or "✗"
  int severity = 2;                    // 1 critical … 3 minor
  std::string status = "open";
  std::string deadline_at;
  bool overdue = false;  // past the deadline and not closed, now
  std::optional<std::string> assignee, rectification_note, rectified_by, rectified_at, verified_by, verified_at,
      dismiss_reason, closed_at;
  std::string created_at, updated_at;
  std::optional<std::string> photo_type;  // set when a photo of the rectification was uploaded
};

struct FindingPhoto {
  std::string content_type, bytes;
};

// Detail: the order, its steps oldest first and the actions the caller may take.
struct FindingView {
  FindingOrder order;
  std::vector<workflow::Step> timeline;
  std::vector<std::string> actions;
};

struct FindingFilter {
  std::optional<std::string> q, sort, status, assignee;
  std::optional<bool> overdue, closed;
  std::optional<std::int64_t> room, round_id;
  std::int64_t limit = 50, offset = 0;
};

// What a finding opens an order with.
struct NewFinding {
  std::int64_t round_id = 0;
  std::string template_name, checkpoint_key, checkpoint_name, checkpoint_kind;
  std::optional<std::int64_t> ref_id;
  std::string item_key, item_label, reading;
  int severity = 2;
};

// The one step a person takes: assign (assignee), rectify (note), verify, reopen / dismiss (note
// = the reason).
struct FindingStep {
  std::string action;
  std::optional<std::string> assignee;
  std::string note;
};

struct FindingPorts {
  // Whether `username` names an active staff user (not a customer's); unset, any name is taken.
  std::function<Result<bool>(const std::string& username)> staff_user;
};

// R4.2.2 "findings rectified by their deadline" over orders whose deadline falls in [from, to):
// verified (or dismissed) by the deadline out of those due, and the ids of those that were not.
struct FindingsOnTime {
  std::int64_t met = 0, total = 0;
  std::vector<std::int64_t> failing;
};

// Orders not closed: how many, how many of them past their deadline, and the earliest deadline.
struct FindingCounts {
  std::int64_t open = 0, overdue = 0;
  std::optional<std::string> earliest_deadline;
};

class Findings {
 public:
  Findings(db::Database& db, const Clock& clock, FindingDeadlines deadlines, FindingPorts ports = {});

  // Opens the order of a finding in the caller's write transaction: its id, the existing one's
  // when the finding already has one.
  Result<std::int64_t> open(db::Tx& tx, const NewFinding& f);

  Result<db::Counted<FindingOrder>> list(const Context& ctx, const FindingFilter& f);
  Result<FindingView> get(const Context& ctx, std::int64_t id);
  // 409 workflow.invalid_transition when the step does not fit the order's state;
  // 409 facility.finding.same_person when the rectifier verifies; 422
  // facility.finding.unknown_assignee for a name that is no staff user's.
  Result<FindingView> act(const Context& ctx, std::int64_t id, const FindingStep& step);

  // The photo of the rectification (JPEG or PNG, at most photo_max_bytes), replacing an earlier
  // one; while the order is assigned or awaiting verification (409 facility.finding.closed after).
  Result<FindingView> set_photo(const Context& ctx, std::int64_t id, const std::string& content_type,
                                const std::string& bytes);
  Result<FindingPhoto> photo(const Context& ctx, std::int64_t id);

  // Orders past their deadline and not closed, for the shift's today view, earliest first.
  Result<std::vector<DueItem>> overdue(const Context& ctx);
  Result<FindingsOnTime> on_time(Instant from, Instant to);
  // Orders not closed, those of them overdue and the earliest deadline, for the home card.
  Result<FindingCounts> open_counts();

 private:
  Result<FindingView> view(db::Tx& tx, const Context& ctx, FindingOrder o);

  db::Database& db_;
  const Clock& clock_;
  FindingDeadlines deadlines_;
  FindingPorts ports_;
  std::int64_t photo_max_bytes_ = 5 * 1024 * 1024;
};

}  // namespace colo::facility
