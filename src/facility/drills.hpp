// Emergency plans and drills (R4.2.3): a plan per scenario (power failure, fire, cooling failure,
// network outage, flooding) with its owner and versions that are never edited — a new version
// supersedes the last; a drill calendar; drill records with participants, timeline entries and
// findings; follow-up actions tracked to closure; the yearly drill plan report, flagging a plan
// without a drill in twelve months. Staff only.
//
// Thread-safety: every method opens its own transaction; shared by the HTTP workers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"

namespace colo::facility {

struct EmergencyPlanVersion {
  int version = 0;
  std::string body, owner, created_by, created_at;
  std::optional<std::string> superseded_at;
};

struct EmergencyPlan {
  std::int64_t id = 0;
  std::string scenario, title, owner;
  int version = 1;
  std::optional<std::string> last_held_on;  // the last drill held
  bool needs_drill = false;                 // no drill held in twelve months
  std::string created_at, updated_at;
  std::vector<EmergencyPlanVersion> versions;  // one plan only, newest first
};

struct EmergencyPlanInput {
  std::string scenario, title, owner, body;
};

struct DrillEntry {
  std::int64_t id = 0;
  std::string kind, at, text, created_by;
};

struct DrillAction {
  std::int64_t id = 0;
  std::int64_t drill_id = 0;
  std::string text, owner, due_on, status = "open";
  bool overdue = false;
  std::optional<std::string> closed_by, closed_at;
  std::string closing_note;
};

struct Drill {
  std::int64_t id = 0;
  std::int64_t plan_id = 0;
  std::string plan_title, scenario;
  std::optional<int> plan_version;
  std::string title, scheduled_on, status = "scheduled";
  std::optional<std::string> held_on;
  std::vector<std::string> participants;
  std::int64_t open_actions = 0;
  std::string created_by, created_at;
  std::vector<DrillEntry> entries;   // one drill only
  std::vector<DrillAction> actions;  // one drill only
};

struct DrillFilter {
  std::optional<std::string> q, sort, status, scenario;
  std::optional<int> year;  // scheduled in that year
  std::int64_t limit = 50, offset = 0;
};

struct EmergencyPlanFilter {
  std::optional<std::string> q, sort, scenario;
  std::int64_t limit = 50, offset = 0;
};

// The yearly drill plan report: per plan, the drills scheduled and held in the year, findings and
// follow-up actions, and whether the plan waits for a drill.
struct DrillReportLine {
  EmergencyPlan plan;
  std::int64_t scheduled = 0, held = 0, findings = 0, actions_open = 0, actions_closed = 0;
};
struct DrillReport {
  int year = 0;
  std::vector<DrillReportLine> plans;
  std::vector<Drill> drills;  // the year's calendar, by date
};

class DrillsService {
 public:
  DrillsService(db::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  Result<db::Counted<EmergencyPlan>> plans(const Context& ctx, const EmergencyPlanFilter& f);
  Result<EmergencyPlan> plan(const Context& ctx, std::int64_t id);
  Result<EmergencyPlan> create_plan(const Context& ctx, const EmergencyPlanInput& in);
  // A new version of the plan's text (and owner); the version before is superseded, never edited.
  Result<EmergencyPlan> revise_plan(const Context& ctx, std::int64_t id, const std::string& body,
                                    const std::optional<std::string>& owner);

  Result<db::Counted<Drill>> drills(const Context& ctx, const DrillFilter& f);
  Result<Drill> drill(const Context& ctx, std::int64_t id);
  Result<Drill> schedule(const Context& ctx, std::int64_t plan_id, const std::string& title, Date on);
  // Records the drill as held on `on` (not in the future) with its participants; 409
  // facility.drill.not_scheduled once held or cancelled.
  Result<Drill> record(const Context& ctx, std::int64_t id, Date on, const std::vector<std::string>& participants);
  Result<Drill> cancel(const Context& ctx, std::int64_t id);
  // A timeline entry or a finding of a held drill (409 facility.drill.not_held before).
  Result<Drill> add_entry(const Context& ctx, std::int64_t id, const std::string& kind, const std::string& at,
                          const std::string& text);
  Result<Drill> add_action(const Context& ctx, std::int64_t id, const std::string& text, const std::string& owner,
                           Date due_on);
  // Closes a follow-up action with what was done (409 facility.drill_action.closed when closed).
  Result<Drill> close_action(const Context& ctx, std::int64_t action_id, const std::string& note);

  Result<DrillReport> report(const Context& ctx, int year);
  Date today() const { return clock_.today(); }

 private:
  Result<Drill> load_drill(db::Tx& tx, std::int64_t id);
  Result<EmergencyPlan> load_plan(db::Tx& tx, std::int64_t id);
  std::string actor(const Context& ctx) const { return ctx.principal ? ctx.principal->username : "system"; }

  db::Database& db_;
  const Clock& clock_;
};

}  // namespace colo::facility
