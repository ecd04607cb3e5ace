// Change control (R4.3.2): change requests for work on infrastructure or customer equipment —
// what, why, risk, rollback plan, window and the customers it touches (computed from the rooms,
// racks, devices and feeds concerned, then editable) — approved by technical and, at high risk,
// management; the affected customers notified ahead (in-app and e-mail); executed with a checklist
// and closed with its result.
//
// Thread-safety: every method opens its own transaction; the service is shared by the workers.
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
#include "workflow/workflow.hpp"

namespace colo::facility {

struct ChangeScope {
  std::vector<std::int64_t> rooms, racks, devices, feeds;
};

struct ChangeStep {
  int position = 0;  // 1, 2, …
  std::string text;
  std::optional<std::string> done_by, done_at;
};

struct Change {
  std::int64_t id = 0;
  std::string number;  // CHG-2026-000001
  std::string title, reason, risk, rollback_plan;
  std::string window_start, window_end;  // instants, UTC
  ChangeScope scope;
  std::vector<std::int64_t> computed_customers, customers;
  std::string status = "submitted";
  std::optional<std::string> result;
  std::string result_note;
  std::optional<std::string> notified_at, started_at, closed_at;
  std::string requested_by, created_at, updated_at;
  std::vector<ChangeStep> steps;  // loaded for one change only
};

struct ChangeView {
  Change change;
  std::vector<workflow::Step> timeline;
  std::vector<std::string> actions;  // what the caller may do now
};

struct ChangeInput {
  std::string title, reason, risk, rollback_plan;
  std::string window_start, window_end;
  ChangeScope scope;
  std::optional<std::vector<std::int64_t>> customers;  // absent: as computed from the scope
  std::vector<std::string> steps;
};

struct ChangeAction {
  std::string action;  // kChangeActions
  std::string comment;
  std::optional<std::string> result;  // close
};

struct ChangeFilter {
  std::optional<std::string> q, sort, status, risk;
  std::optional<std::string> from, to;  // windows touching [from, to) (instants)
  std::int64_t limit = 50, offset = 0;
};

// What change control asks of the ledger, wired by the composition root.
struct ChangePorts {
  // The customers whose equipment the scope touches: owners of the devices named, of the devices
  // in the racks and rooms named, the racks' dedicated customers, and those of the feeds' racks.
  // Sorted, without repeats. Unknown ids answer 422 facility.change.unknown_scope.
  std::function<Result<std::vector<std::int64_t>>(const ChangeScope&)> affected_customers;
  // Whether a customer exists (for the edited list), inside the caller's transaction.
  std::function<Result<bool>(db::Tx&, std::int64_t customer_id)> customer_exists;
};

struct ChangeOptions {
  int notice_hours = 72;  // [facility] change_notice_hours
};

class ChangesService {
 public:
  ChangesService(db::Database& db, const Clock& clock, ChangePorts ports, ChangeOptions options = {});

  Result<db::Counted<Change>> changes(const Context& ctx, const ChangeFilter& f);
  Result<ChangeView> change(const Context& ctx, std::int64_t id);
  // A new request, submitted for technical approval (technical is notified).
  Result<ChangeView> request(const Context& ctx, const ChangeInput& in);
  // Replaces the customers to notify, before the final approval (409 facility.change.notified after).
  Result<ChangeView> set_customers(const Context& ctx, std::int64_t id, const std::vector<std::int64_t>& customers);
  // approve | reject | start | close | cancel. The final approval needs `notice_hours` before the
  // window when customers are affected (422 facility.change.notice_too_short) and tells each of
  // them; a second approval by the technical approver answers 409 facility.change.same_approver.
  Result<ChangeView> act(const Context& ctx, std::int64_t id, const ChangeAction& a);
  // Ticks or unticks a checklist step of a change in progress.
  Result<ChangeView> tick(const Context& ctx, std::int64_t id, int position, bool done);

 private:
  Result<ChangeView> view(db::Tx& tx, const Context& ctx, Change c);
  Result<Change> load(db::Tx& tx, std::int64_t id);

  db::Database& db_;
  const Clock& clock_;
  ChangePorts ports_;
  ChangeOptions options_;
};

}  // namespace colo::facility
