// Patrol templates, schedules and rounds: generation by the rounds job, the walk checkpoint by
// checkpoint with readings and photos, findings that open one ticket each, and submission.
#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>

#include "audit/audit.hpp"
#include "facility/inspections.hpp"
#include "facility/inspections_store.hpp"

namespace colo::facility {

namespace json = boost::json;

namespace {

std::string actor_of(const Context& ctx) { return ctx.principal ? ctx.principal->username : "system"; }

json::value template_audit(const PatrolTemplate& t) {
  return json::object{{"name", t.name},
                      {"version", t.version},
                      {"active", t.active},
                      {"checkpoints", json::parse(inspections_store::route_text(t.checkpoints))}};
}

json::value schedule_audit(const PatrolScheduleRow& s) {
  return json::object{{"template_id", s.template_id},
                      {"kind", s.kind},
                      {"every_hours", s.every_hours},
                      {"at_time", s.at_time},
                      {"weekday", s.weekday},
                      {"starts_on", s.starts_on},
                      {"grace_minutes", s.grace_minutes},
                      {"active", s.active}};
}

json::value round_audit(const Round& r) {
  auto opt = [](const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); };
  return json::object{{"status", r.status},
                      {"missed", r.missed},
                      {"late", r.late},
                      {"started_by", opt(r.started_by)},
                      {"submitted_by", opt(r.submitted_by)},
                      {"submitted_at", opt(r.submitted_at)}};
}

const Checkpoint* checkpoint_of(const Round& r, const std::string& key) {
  auto it = std::find_if(r.checkpoints.begin(), r.checkpoints.end(), [&](const Checkpoint& c) { return c.key == key; });
  return it == r.checkpoints.end() ? nullptr : &*it;
}

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// What the ticket says was read: "31.5 °C (18–27)", or the failed check's mark.
std::string reading_text(const ChecklistItem& item, const Answer& a) {
  if (item.kind != "reading" || !a.value) return std::string(kFailedCheckMark);
  std::string out = number_text(*a.value) + " " + item.unit + " (";
  out += item.min ? number_text(*item.min) : "";
  out += "–";
  out += item.max ? number_text(*item.max) : "";
  return out + ")";
}

Instant parse(const std::string& s) { return *parse_instant(s); }

}  // namespace

Patrols::Patrols(db::Database& db, const Clock& clock, PatrolPorts ports, PatrolOptions options)
    : db_(db), clock_(clock), ports_(std::move(ports)), options_(options) {}

// ---- templates

Result<db::Counted<PatrolTemplate>> Patrols::templates(const Context& ctx, const PatrolTemplateFilter& f) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return inspections_store::list_templates(tx, f);
}

Result<PatrolTemplate> Patrols::template_of(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto t, inspections_store::find_template(tx, id));
  if (!t) return Error::not_found("Patrol template");
  return std::move(*t);
}

Result<PatrolTemplate> Patrols::create_template(const Context& ctx, const PatrolTemplateInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  auto errors = route_errors(in.checkpoints);
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  PatrolTemplate t;
  t.name = in.name;
  t.checkpoints = in.checkpoints;
  t.created_by = actor_of(ctx);
  t.created_at = t.updated_at = format_instant(clock_.now());
  COLO_TRY(t.id, inspections_store::insert_template(tx, t));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"facility.patrol_template", std::to_string(t.id), "create", nullptr, template_audit(t), {}}));
  COLO_CHECK(tx.commit());
  return t;
}

Result<PatrolTemplate> Patrols::update_template(const Context& ctx, std::int64_t id, const PatrolTemplateInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  auto errors = route_errors(in.checkpoints);
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, inspections_store::find_template(tx, id));
  if (!before) return Error::not_found("Patrol template");
  PatrolTemplate t = *before;
  t.name = in.name;
  t.checkpoints = in.checkpoints;
  t.version = before->version + 1;
  t.updated_at = format_instant(clock_.now());
  COLO_CHECK(inspections_store::update_template(tx, t));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"facility.patrol_template", std::to_string(id), "update", template_audit(*before), template_audit(t), {}}));
  COLO_CHECK(tx.commit());
  return t;
}

// ---- schedules

Result<db::Counted<PatrolScheduleRow>> Patrols::schedules(const Context& ctx, const PatrolScheduleFilter& f) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return inspections_store::list_schedules(tx, f);
}

Result<PatrolScheduleRow> Patrols::create_schedule(const Context& ctx, const PatrolScheduleInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  auto errors = patrol_schedule_errors(in.kind, in.every_hours, in.at_time, in.weekday, in.grace_minutes);
  if (!parse_date(in.starts_on)) errors.push_back({"starts_on", "required", "The first day of the schedule."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto t, inspections_store::find_template(tx, in.template_id));
  if (!t) return Error::validation({{"template_id", "facility.patrol.unknown_template", "No such patrol template."}});
  PatrolScheduleRow s;
  s.template_id = in.template_id;
  s.template_name = t->name;
  s.kind = in.kind;
  s.every_hours = in.kind == "every_hours" ? in.every_hours : 0;
  s.at_time = in.kind == "every_hours" ? "" : in.at_time;
  s.weekday = in.kind == "weekly" ? in.weekday : 0;
  s.starts_on = in.starts_on;
  s.grace_minutes = in.grace_minutes;
  s.created_by = actor_of(ctx);
  s.created_at = format_instant(clock_.now());
  COLO_TRY(s.id, inspections_store::insert_schedule(tx, s));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"facility.patrol_schedule", std::to_string(s.id), "create", nullptr, schedule_audit(s), {}}));
  COLO_CHECK(tx.commit());
  return s;
}

Result<PatrolScheduleRow> Patrols::set_schedule_active(const Context& ctx, std::int64_t id, bool active) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, inspections_store::find_schedule(tx, id));
  if (!before) return Error::not_found("Patrol schedule");
  auto s = *before;
  s.active = active;
  COLO_CHECK(inspections_store::set_schedule_active(tx, id, active));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"facility.patrol_schedule",
                            std::to_string(id),
                            active ? "resume" : "pause",
                            schedule_audit(*before),
                            schedule_audit(s),
                            {}}));
  COLO_CHECK(tx.commit());
  return s;
}

// ---- rounds

Result<db::Counted<Round>> Patrols::rounds(const Context& ctx, const RoundFilter& f) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return inspections_store::list_rounds(tx, f, format_instant(clock_.now()));
}

Result<Round> Patrols::load(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto r, inspections_store::find_round(tx, id, format_instant(clock_.now())));
  if (!r) return Error::not_found("Patrol round");
  return std::move(*r);
}

// A round being walked: started and not yet submitted.
Result<Round> Patrols::walking(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto r, load(tx, id));
  if (r.status == "submitted")
    return Error::conflict("facility.patrol.round_submitted", "The round is submitted and cannot be changed.");
  if (r.status != "in_progress")
    return Error::conflict("facility.patrol.round_not_started", "Start the round before recording checkpoints.");
  return r;
}

Result<Round> Patrols::round(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return load(tx, id);
}

Result<Round> Patrols::create_round(const Context& ctx, std::int64_t template_id, int grace_minutes) {
  if (ctx.tenant()) return Error::forbidden();
  if (grace_minutes < 0 || grace_minutes > kMaxGraceMinutes)
    return Error::validation({{"grace_minutes", "out_of_range", "0 to 1440 minutes."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto t, inspections_store::find_template(tx, template_id));
  if (!t) return Error::validation({{"template_id", "facility.patrol.unknown_template", "No such patrol template."}});
  const Instant now = clock_.now();
  inspections_store::NewRound n{std::nullopt,
                                t->id,
                                t->name,
                                t->version,
                                inspections_store::route_text(t->checkpoints),
                                format_instant(now),
                                format_instant(now + std::chrono::minutes(grace_minutes))};
  COLO_TRY(auto id, inspections_store::insert_round(tx, n, format_instant(now)));
  COLO_TRY(auto r, load(tx, *id));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"facility.patrol_round", std::to_string(r.id), "create", nullptr, round_audit(r), {}}));
  COLO_CHECK(tx.commit());
  return r;
}

Result<Round> Patrols::start(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, load(tx, id));
  if (before.status == "submitted")
    return Error::conflict("facility.patrol.round_submitted", "The round is submitted and cannot be changed.");
  if (before.status != "due") return Error::conflict("facility.patrol.round_started", "The round is already started.");
  Round r = before;
  const Instant now = clock_.now();
  r.status = "in_progress";
  r.started_by = actor_of(ctx);
  r.started_at = format_instant(now);
  // Started after its deadline: it was missed, whether or not the job flagged it yet.
  if (now > parse(r.deadline_at)) r.missed = true;
  COLO_CHECK(inspections_store::update_round(tx, r));
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {"facility.patrol_round", std::to_string(id), "start", round_audit(before), round_audit(r), {}}));
  COLO_CHECK(tx.commit());
  return r;
}

Result<Round> Patrols::visit(const Context& ctx, std::int64_t id, const std::string& checkpoint,
                             const CheckpointInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, walking(tx, id));
  const Checkpoint* cp = checkpoint_of(before, checkpoint);
  if (!cp) return Error::unprocessable("facility.patrol.unknown_checkpoint", "Not a checkpoint of the round's route.");
  // The code read (or typed from the label under it) must be this checkpoint's: it proves the
  // person stood there.
  if (in.payload != cp->qr)
    return Error::unprocessable("facility.patrol.qr_mismatch", "The code is not this checkpoint's.",
                                {{"payload", "facility.patrol.qr_mismatch", "The code is not this checkpoint's."}})
        .with("checkpoint", cp->name);
  auto errors = answer_errors(cp->items, in.results);
  for (std::size_t i = 0; i < in.results.size(); ++i) {
    auto item = std::find_if(cp->items.begin(), cp->items.end(),
                             [&](const ChecklistItem& c) { return c.key == in.results[i].key; });
    if (item != cp->items.end() && item->kind == "photo")
      errors.push_back({"results/" + std::to_string(i) + "/key", "facility.checklist.photo_item",
                        "A photo item is answered by uploading the photo."});
  }
  if (!errors.empty()) {
    std::string code =
        errors.front().code.rfind("facility.", 0) == 0 ? errors.front().code : "facility.checklist.invalid";
    return Error::unprocessable(code, "The checkpoint's answers are not acceptable.", std::move(errors));
  }
  const std::string now = format_instant(clock_.now());
  COLO_CHECK(inspections_store::insert_visit(tx, id, {checkpoint, in.manual ? "manual" : "scan", actor_of(ctx), now}));
  json::array recorded;
  for (const auto& a : in.results) {
    const auto& item =
        *std::find_if(cp->items.begin(), cp->items.end(), [&](const ChecklistItem& c) { return c.key == a.key; });
    PatrolReading g;
    g.round_id = id;
    g.checkpoint_key = checkpoint;
    g.item_key = a.key;
    g.ok = a.ok;
    g.value = a.value;
    g.unit = a.unit;
    g.note = a.note;
    g.failed = failed(item, a);
    g.recorded_by = actor_of(ctx);
    g.recorded_at = now;
    COLO_CHECK(inspections_store::put_reading(tx, before.template_id, g));
    recorded.push_back(json::object{{"item", a.key}, {"failed", g.failed}});
    if (!g.failed) continue;
    // One finding, hence one ticket, per round and item, however often it is recorded again.
    PatrolFinding f{checkpoint, a.key, finding_severity(item, a), std::nullopt, now};
    COLO_TRY(bool first, inspections_store::claim_finding(tx, id, f));
    if (!first || !ports_.open_ticket) continue;
    PatrolTicket t{id,         before.template_name,  cp->key,   cp->name, cp->kind, cp->ref_id, item.key,
                   item.label, reading_text(item, a), f.severity};
    COLO_TRY(f.ticket_number, ports_.open_ticket(tx, t));
    if (f.ticket_number) COLO_CHECK(inspections_store::set_finding_ticket(tx, id, f));
  }
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"facility.patrol_round",
       std::to_string(id),
       "visit",
       nullptr,
       json::object{
           {"checkpoint", checkpoint}, {"method", in.manual ? "manual" : "scan"}, {"results", std::move(recorded)}},
       {}}));
  COLO_TRY(auto r, load(tx, id));
  COLO_CHECK(tx.commit());
  return r;
}

Result<Round> Patrols::add_photo(const Context& ctx, std::int64_t id, const std::string& checkpoint,
                                 const std::string& item, const std::string& content_type, const std::string& bytes) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_CHECK(check_photo(content_type, bytes, options_.photo_max_bytes));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, walking(tx, id));
  const Checkpoint* cp = checkpoint_of(before, checkpoint);
  if (!cp || std::none_of(cp->items.begin(), cp->items.end(), [&](const ChecklistItem& c) { return c.key == item; }))
    return Error::validation({{"item", "facility.checklist.unknown_item", "Not an item of the checkpoint."}});
  PatrolPhotoInfo info;
  info.checkpoint_key = checkpoint;
  info.item_key = item;
  info.content_type = content_type;
  info.size_bytes = static_cast<std::int64_t>(bytes.size());
  info.uploaded_by = actor_of(ctx);
  info.uploaded_at = format_instant(clock_.now());
  COLO_TRY(info.id, inspections_store::insert_photo(tx, id, info, bytes));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"facility.patrol_round",
                            std::to_string(id),
                            "photo",
                            nullptr,
                            json::object{{"checkpoint", checkpoint}, {"item", item}, {"size_bytes", info.size_bytes}},
                            {}}));
  COLO_TRY(auto r, load(tx, id));
  COLO_CHECK(tx.commit());
  return r;
}

Result<PatrolPhoto> Patrols::photo(const Context& ctx, std::int64_t id, std::int64_t photo_id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto p, inspections_store::find_photo(tx, id, photo_id));
  if (!p) return Error::not_found("Photo");
  return std::move(*p);
}

Result<Round> Patrols::submit(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, walking(tx, id));
  // Named by checkpoint and item label, as the person on the floor reads them.
  std::string missing;
  for (const auto& cp : before.checkpoints) {
    std::vector<Answer> answers;
    std::vector<std::string> photos;
    for (const auto& g : before.readings)
      if (g.checkpoint_key == cp.key) answers.push_back({g.item_key, g.ok, g.value, g.unit, g.note});
    for (const auto& p : before.photos)
      if (p.checkpoint_key == cp.key) photos.push_back(p.item_key);
    bool visited = std::any_of(before.visits.begin(), before.visits.end(),
                               [&](const PatrolVisit& v) { return v.checkpoint_key == cp.key; });
    for (const auto& key : missing_items(cp.items, answers, photos)) {
      if (!visited && key != cp.items.front().key) continue;  // an unvisited checkpoint is named once
      auto item = std::find_if(cp.items.begin(), cp.items.end(), [&](const ChecklistItem& c) { return c.key == key; });
      missing += (missing.empty() ? "" : "、") + cp.name + (visited ? " · " + item->label : "");
    }
  }
  if (!missing.empty())
    return Error::unprocessable("facility.patrol.round_incomplete", "Some checkpoints or items are not done yet.")
        .with("items", missing);
  Round r = before;
  const Instant now = clock_.now();
  r.status = "submitted";
  r.submitted_by = actor_of(ctx);
  r.submitted_at = format_instant(now);
  r.late = !on_time(now, parse(r.deadline_at));
  r.overdue = false;
  COLO_CHECK(inspections_store::update_round(tx, r));
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {"facility.patrol_round", std::to_string(id), "submit", round_audit(before), round_audit(r), {}}));
  COLO_CHECK(tx.commit());
  return r;
}

// ---- history and trends

Result<db::Counted<PatrolReading>> Patrols::history(const Context& ctx, const ReadingFilter& f) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return inspections_store::list_readings(tx, f);
}

Result<std::vector<TrendPoint>> Patrols::trend(const Context& ctx, std::int64_t template_id,
                                               const std::string& checkpoint, const std::string& item, int limit) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return inspections_store::trend(tx, template_id, checkpoint, item, std::clamp(limit, 1, 1000));
}

// ---- the job, the today view, compliance

Result<RoundsRun> Patrols::run(Instant now) {
  RoundsRun out;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto live, inspections_store::live_schedules(tx));
  const auto& calendar = clock_.calendar();
  for (const auto& l : live) {
    const auto& s = l.schedule;
    PatrolSchedule rule{s.kind, s.every_hours, s.at_time, s.weekday, *parse_date(s.starts_on), s.grace_minutes};
    // From the schedule's creation (a round due before it existed is not owed), at most a day
    // back (a server down for a week does not flood the list with rounds nobody can walk).
    Instant from = std::max(parse(s.created_at), now - std::chrono::hours(24));
    const std::string route = inspections_store::route_text(l.route.checkpoints);
    for (Instant due : round_due_times(rule, calendar, from, now + options_.horizon)) {
      inspections_store::NewRound n{s.id,
                                    l.route.id,
                                    l.route.name,
                                    l.route.version,
                                    route,
                                    format_instant(due),
                                    format_instant(due + std::chrono::minutes(s.grace_minutes))};
      COLO_TRY(auto id, inspections_store::insert_round(tx, n, format_instant(now)));
      if (id) ++out.generated;
    }
  }
  COLO_TRY(out.missed, inspections_store::flag_missed(tx, format_instant(now)));
  COLO_TRY(out.late, inspections_store::flag_late(tx, format_instant(now)));
  COLO_CHECK(tx.commit());
  return out;
}

Result<std::vector<DueItem>> Patrols::rounds_due(const Context& ctx, Instant from, Instant to) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto rounds, inspections_store::due_rounds(tx, format_instant(from), format_instant(to),
                                                      format_instant(from - std::chrono::hours(24)),
                                                      format_instant(clock_.now()), 50));
  std::vector<DueItem> out;
  for (const auto& r : rounds)
    out.push_back({.id = r.id,
                   .title = r.template_name,
                   .due_at = r.due_at,
                   .overdue = r.overdue,
                   .link = "/facility/patrol/rounds/" + std::to_string(r.id)});
  return out;
}

Result<RoundsOnTime> Patrols::rounds_on_time(Instant from, Instant to) {
  RoundsOnTime out;
  const Instant now = clock_.now();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  auto measure = [&](Instant a, Instant b, RoundsOnTime::Period& p) -> Status {
    p.from = format_instant(a);
    p.to = format_instant(b);
    COLO_TRY(auto rows, inspections_store::round_timings(tx, p.from, p.to));
    for (const auto& r : rows) {
      std::optional<Instant> submitted;
      if (r.submitted_at) submitted = parse(*r.submitted_at);
      // A round still inside its time is neither met nor failed yet.
      if (!submitted && parse(r.deadline_at) >= now) continue;
      ++p.total;
      if (on_time(submitted, parse(r.deadline_at)))
        ++p.met;
      else
        p.failing.push_back(r.id);
    }
    return {};
  };
  COLO_CHECK(measure(from, to, out.current));
  COLO_CHECK(measure(from - (to - from), from, out.previous));
  return out;
}

}  // namespace colo::facility
