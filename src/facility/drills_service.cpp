// Emergency plans and drills (R4.2.3): versioned plans, the drill calendar, drill records with
// their timeline, findings and follow-up actions, and the yearly report.
#include <boost/json.hpp>

#include <map>

#include "audit/audit.hpp"
#include "facility/drills.hpp"
#include "facility/drills_rules.hpp"
#include "facility/drills_store.hpp"

namespace colo::facility {

namespace json = boost::json;

namespace {

constexpr const char* kPlanObject = "facility.plan";
constexpr const char* kDrillObject = "facility.drill";

void flag(EmergencyPlan& p, Date today) {
  std::optional<Date> last;
  if (p.last_held_on) last = parse_date(*p.last_held_on);
  p.needs_drill = plan_needs_drill(last, today);
}

void flag(Drill& d, Date today) {
  for (auto& a : d.actions)
    if (auto due = parse_date(a.due_on)) a.overdue = action_overdue(a.status, *due, today);
}

json::value drill_audit(const Drill& d) {
  json::object o{{"plan_id", d.plan_id},
                 {"title", d.title},
                 {"scheduled_on", d.scheduled_on},
                 {"status", d.status},
                 {"participants", json::value_from(d.participants)}};
  if (d.held_on) o["held_on"] = *d.held_on;
  return o;
}

}  // namespace

Result<db::Counted<EmergencyPlan>> DrillsService::plans(const Context& ctx, const EmergencyPlanFilter& f) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto page, store::list_plans(tx, f));
  for (auto& p : page.second) flag(p, clock_.today());
  return page;
}

Result<EmergencyPlan> DrillsService::load_plan(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto p, store::find_plan(tx, id));
  if (!p) return Error::not_found("Emergency plan");
  flag(*p, clock_.today());
  return std::move(*p);
}

Result<EmergencyPlan> DrillsService::plan(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::not_found("Emergency plan");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return load_plan(tx, id);
}

Result<EmergencyPlan> DrillsService::create_plan(const Context& ctx, const EmergencyPlanInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  const auto now = format_instant(clock_.now());
  EmergencyPlan p;
  p.scenario = in.scenario;
  p.title = in.title;
  p.owner = in.owner;
  p.version = 1;
  p.created_at = p.updated_at = now;
  COLO_TRY(p.id, store::insert_plan(tx, p));
  COLO_CHECK(store::insert_plan_version(tx, p.id, {1, in.body, in.owner, actor(ctx), now, std::nullopt}));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kPlanObject, std::to_string(p.id), "create", nullptr,
                            json::object{{"scenario", p.scenario}, {"title", p.title}, {"owner", p.owner}}}));
  COLO_TRY(auto out, load_plan(tx, p.id));
  COLO_CHECK(tx.commit());
  return out;
}

Result<EmergencyPlan> DrillsService::revise_plan(const Context& ctx, std::int64_t id, const std::string& body,
                                                 const std::optional<std::string>& owner) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto p, load_plan(tx, id));
  const auto now = format_instant(clock_.now());
  const int before = p.version;
  COLO_CHECK(store::supersede_plan_version(tx, id, before, now));
  p.version = before + 1;
  if (owner) p.owner = *owner;
  p.updated_at = now;
  COLO_CHECK(store::insert_plan_version(tx, id, {p.version, body, p.owner, actor(ctx), now, std::nullopt}));
  COLO_CHECK(store::update_plan(tx, p));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kPlanObject, std::to_string(id), "revise", json::object{{"version", before}},
                            json::object{{"version", p.version}, {"owner", p.owner}}}));
  COLO_TRY(auto out, load_plan(tx, id));
  COLO_CHECK(tx.commit());
  return out;
}

Result<db::Counted<Drill>> DrillsService::drills(const Context& ctx, const DrillFilter& f) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_drills(tx, f);
}

Result<Drill> DrillsService::load_drill(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto d, store::find_drill(tx, id));
  if (!d) return Error::not_found("Drill");
  flag(*d, clock_.today());
  return std::move(*d);
}

Result<Drill> DrillsService::drill(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::not_found("Drill");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return load_drill(tx, id);
}

Result<Drill> DrillsService::schedule(const Context& ctx, std::int64_t plan_id, const std::string& title, Date on) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto plan, store::find_plan(tx, plan_id));
  if (!plan)
    return Error::unprocessable("facility.drill.unknown_plan", "No such emergency plan.",
                                {{"plan_id", "facility.drill.unknown_plan", "No such emergency plan."}});
  Drill d;
  d.plan_id = plan_id;
  d.title = title;
  d.scheduled_on = format_date(on);
  d.created_by = actor(ctx);
  d.created_at = format_instant(clock_.now());
  COLO_TRY(d.id, store::insert_drill(tx, d));
  COLO_CHECK(audit::record(tx, ctx, clock_, {kDrillObject, std::to_string(d.id), "schedule", nullptr, drill_audit(d)}));
  COLO_TRY(auto out, load_drill(tx, d.id));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Drill> DrillsService::record(const Context& ctx, std::int64_t id, Date on,
                                    const std::vector<std::string>& participants) {
  if (ctx.tenant()) return Error::forbidden();
  if (on > clock_.today())
    return Error::validation({{"held_on", "facility.drill.held_in_future", "A drill is recorded once held."}});
  if (participants.empty()) return Error::validation({{"participants", "required", "Who took part."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load_drill(tx, id));
  if (d.status != "scheduled")
    return Error::conflict("facility.drill.not_scheduled", "The drill has been recorded or cancelled already.");
  COLO_TRY(auto plan, load_plan(tx, d.plan_id));
  auto before = drill_audit(d);
  d.status = "held";
  d.held_on = format_date(on);
  d.participants = participants;
  d.plan_version = plan.version;  // the version drilled
  COLO_CHECK(store::update_drill(tx, d));
  COLO_CHECK(audit::record(tx, ctx, clock_, {kDrillObject, std::to_string(id), "record", before, drill_audit(d)}));
  COLO_TRY(auto out, load_drill(tx, id));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Drill> DrillsService::cancel(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load_drill(tx, id));
  if (d.status != "scheduled")
    return Error::conflict("facility.drill.not_scheduled", "The drill has been recorded or cancelled already.");
  auto before = drill_audit(d);
  d.status = "cancelled";
  COLO_CHECK(store::update_drill(tx, d));
  COLO_CHECK(audit::record(tx, ctx, clock_, {kDrillObject, std::to_string(id), "cancel", before, drill_audit(d)}));
  COLO_TRY(auto out, load_drill(tx, id));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Drill> DrillsService::add_entry(const Context& ctx, std::int64_t id, const std::string& kind,
                                       const std::string& at, const std::string& text) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load_drill(tx, id));
  if (d.status != "held") return Error::conflict("facility.drill.not_held", "Record the drill as held first.");
  DrillEntry e{0, kind, at.empty() ? format_instant(clock_.now()) : at, text, actor(ctx)};
  COLO_CHECK(store::insert_entry(tx, id, e));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kDrillObject, std::to_string(id), kind == "finding" ? "finding" : "timeline", nullptr,
                            json::object{{"at", e.at}, {"text", text}}}));
  COLO_TRY(auto out, load_drill(tx, id));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Drill> DrillsService::add_action(const Context& ctx, std::int64_t id, const std::string& text,
                                        const std::string& owner, Date due_on) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load_drill(tx, id));
  if (d.status != "held") return Error::conflict("facility.drill.not_held", "Record the drill as held first.");
  DrillAction a;
  a.drill_id = id;
  a.text = text;
  a.owner = owner;
  a.due_on = format_date(due_on);
  COLO_CHECK(store::insert_action(tx, a));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kDrillObject, std::to_string(id), "action", nullptr,
                            json::object{{"text", text}, {"owner", owner}, {"due_on", a.due_on}}}));
  COLO_TRY(auto out, load_drill(tx, id));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Drill> DrillsService::close_action(const Context& ctx, std::int64_t action_id, const std::string& note) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto a, store::find_action(tx, action_id));
  if (!a) return Error::not_found("Drill action");
  COLO_TRY(bool closed, store::close_action(tx, action_id, actor(ctx), format_instant(clock_.now()), note));
  if (!closed) return Error::conflict("facility.drill_action.closed", "The follow-up action is closed already.");
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"facility.drill_action", std::to_string(action_id), "close",
                            json::object{{"status", "open"}}, json::object{{"status", "closed"}, {"note", note}}}));
  COLO_TRY(auto out, load_drill(tx, a->drill_id));
  COLO_CHECK(tx.commit());
  return out;
}

Result<DrillReport> DrillsService::report(const Context& ctx, int year) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  DrillReport r;
  r.year = year;
  const std::string from = std::to_string(year) + "-01-01", to = std::to_string(year + 1) + "-01-01";
  COLO_TRY(auto counts, store::plan_year_counts(tx, from, to));
  std::map<std::int64_t, store::PlanYearCounts> by_plan;
  for (const auto& c : counts) by_plan[c.plan_id] = c;
  EmergencyPlanFilter all;
  all.limit = 1000;
  COLO_TRY(auto plans, store::list_plans(tx, all));
  for (auto& p : plans.second) {
    flag(p, clock_.today());
    DrillReportLine line;
    auto it = by_plan.find(p.id);
    if (it != by_plan.end()) {
      line.scheduled = it->second.scheduled;
      line.held = it->second.held;
      line.findings = it->second.findings;
      line.actions_open = it->second.actions_open;
      line.actions_closed = it->second.actions_closed;
    }
    line.plan = std::move(p);
    r.plans.push_back(std::move(line));
  }
  DrillFilter calendar;
  calendar.year = year;
  calendar.sort = "scheduled_on";
  calendar.limit = 1000;
  COLO_TRY(auto drills, store::list_drills(tx, calendar));
  r.drills = std::move(drills.second);
  return r;
}

}  // namespace colo::facility
