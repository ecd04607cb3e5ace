// Rectification orders: opened by a patrol finding, then assigned, rectified, verified by a
// second person or dismissed, each step a workflow transition and an audit entry.
#include <boost/json.hpp>

#include <algorithm>

#include "audit/audit.hpp"
#include "facility/findings.hpp"
#include "facility/findings_store.hpp"
#include "facility/inspections.hpp"
#include "facility/maintenance_rules.hpp"

namespace colo::facility {

namespace json = boost::json;

namespace {

std::string actor_of(const Context& ctx) { return ctx.principal ? ctx.principal->username : "system"; }

json::value order_audit(const FindingOrder& o) {
  auto opt = [](const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); };
  return json::object{{"round_id", o.round_id},
                      {"checkpoint", o.checkpoint_key},
                      {"item", o.item_key},
                      {"severity", o.severity},
                      {"status", o.status},
                      {"deadline_at", o.deadline_at},
                      {"assignee", opt(o.assignee)},
                      {"rectification_note", opt(o.rectification_note)},
                      {"rectified_by", opt(o.rectified_by)},
                      {"verified_by", opt(o.verified_by)},
                      {"dismiss_reason", opt(o.dismiss_reason)}};
}

// A customer is answered as if there were no orders at all: they are the operator's own.
Error hidden() { return Error::not_found("Rectification order"); }

}  // namespace

Findings::Findings(db::Database& db, const Clock& clock, FindingDeadlines deadlines, FindingPorts ports)
    : db_(db), clock_(clock), deadlines_(deadlines), ports_(std::move(ports)) {}

Result<std::int64_t> Findings::open(db::Tx& tx, const NewFinding& f) {
  const Instant now = clock_.now();
  FindingOrder o;
  o.round_id = f.round_id;
  o.checkpoint_key = f.checkpoint_key;
  o.item_key = f.item_key;
  o.template_name = f.template_name;
  o.checkpoint_name = f.checkpoint_name;
  o.checkpoint_kind = f.checkpoint_kind;
  o.ref_id = f.ref_id;
  o.item_label = f.item_label;
  o.reading = f.reading;
  o.severity = f.severity;
  o.deadline_at = format_instant(now + std::chrono::hours(deadline_hours(f.severity, deadlines_)));
  o.created_at = o.updated_at = format_instant(now);
  COLO_TRY(auto id, findings_store::insert(tx, o));
  if (!id) {
    // Recorded already (the finding again, or a second server): the order it has.
    COLO_TRY(auto existing, findings_store::id_of(tx, f.round_id, f.checkpoint_key, f.item_key));
    if (!existing) return Error::internal("rectification order vanished");
    return *existing;
  }
  o.id = *id;
  const Context system = system_context("facility");
  const workflow::Transition opened{"open", {}, "open", "", false, false, true};
  COLO_CHECK(workflow::record(tx, system, clock_, kFindingObject, o.id, opened, "", "facility.finding.opened",
                              {{"round", std::to_string(f.round_id)},
                               {"checkpoint", f.checkpoint_name},
                               {"item", f.item_label},
                               reading_param(f.reading)}));
  COLO_CHECK(
      audit::record(tx, system, clock_, {kFindingObject, std::to_string(o.id), "create", nullptr, order_audit(o)}));
  return o.id;
}

Result<db::Counted<FindingOrder>> Findings::list(const Context& ctx, const FindingFilter& f) {
  if (ctx.tenant()) return hidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return findings_store::list(tx, f, format_instant(clock_.now()));
}

Result<FindingView> Findings::view(db::Tx& tx, const Context& ctx, FindingOrder o) {
  FindingView v;
  COLO_TRY(v.timeline, workflow::history(tx, kFindingObject, o.id));
  workflow::localise(v.timeline, ctx.lang);
  for (const auto* t : finding_workflow().available(o.status, ctx))
    if (std::find(v.actions.begin(), v.actions.end(), t->action) == v.actions.end()) v.actions.push_back(t->action);
  v.order = std::move(o);
  return v;
}

Result<FindingView> Findings::get(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return hidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto o, findings_store::find(tx, id, format_instant(clock_.now())));
  if (!o) return hidden();
  return view(tx, ctx, std::move(*o));
}

Result<FindingView> Findings::act(const Context& ctx, std::int64_t id, const FindingStep& step) {
  if (ctx.tenant()) return hidden();
  std::string assignee;
  if (step.action == "assign") {
    assignee = step.assignee.value_or("");
    if (assignee.empty()) return Error::validation({{"assignee", "required", "Who rectifies it."}});
    if (ports_.staff_user) {
      // Asked before the write transaction: the directory answers through its own.
      COLO_TRY(bool staff, ports_.staff_user(assignee));
      if (!staff)
        return Error::unprocessable("facility.finding.unknown_assignee", "The assignee is no active staff user.",
                                    {{"assignee", "facility.finding.unknown_assignee", "No such staff user."}});
    }
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  const Instant now = clock_.now();
  COLO_TRY(auto found, findings_store::find(tx, id, format_instant(now)));
  if (!found) return hidden();
  FindingOrder o = std::move(*found);
  COLO_TRY(const auto* t, finding_workflow().check(o.status, step.action, ctx, step.note));
  const auto before = order_audit(o);
  const std::string from = o.status;
  const std::string at = format_instant(now);
  if (step.action == "verify") {
    // Four eyes: whoever rectified it does not also confirm the defect is gone.
    COLO_TRY(auto steps, workflow::history(tx, kFindingObject, o.id));
    const auto last_rectify =
        std::find_if(steps.rbegin(), steps.rend(), [](const workflow::Step& s) { return s.action == "rectify"; });
    if (ctx.principal && last_rectify != steps.rend() && last_rectify->actor_id == ctx.principal->user_id)
      return Error::conflict("facility.finding.same_person",
                             "The order must be verified by someone other than the one who rectified it.");
    o.verified_by = actor_of(ctx);
    o.verified_at = at;
    o.closed_at = at;
  } else if (step.action == "assign") {
    o.assignee = assignee;
  } else if (step.action == "rectify") {
    o.rectification_note = step.note;
    o.rectified_by = actor_of(ctx);
    o.rectified_at = at;
  } else if (step.action == "reopen") {
    o.rectified_by.reset();
    o.rectified_at.reset();
  } else if (step.action == "dismiss") {
    o.dismiss_reason = step.note;
    o.closed_at = at;
  }
  o.status = t->to;
  o.updated_at = at;
  o.overdue = finding_overdue(o.status, *parse_instant(o.deadline_at), now);
  COLO_CHECK(findings_store::update(tx, o));
  const std::string comment = step.action == "assign" ? assignee : step.note;
  COLO_CHECK(workflow::record(tx, ctx, clock_, kFindingObject, o.id, *t, from, comment));
  COLO_CHECK(audit::record(tx, ctx, clock_, {kFindingObject, std::to_string(id), step.action, before, order_audit(o)}));
  COLO_TRY(auto out, view(tx, ctx, std::move(o)));
  COLO_CHECK(tx.commit());
  return out;
}

Result<FindingView> Findings::set_photo(const Context& ctx, std::int64_t id, const std::string& content_type,
                                        const std::string& bytes) {
  if (ctx.tenant()) return hidden();
  COLO_CHECK(check_photo(content_type, bytes, photo_max_bytes_));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  const Instant now = clock_.now();
  COLO_TRY(auto found, findings_store::find(tx, id, format_instant(now)));
  if (!found) return hidden();
  FindingOrder o = std::move(*found);
  if (o.status != "assigned" && o.status != "rectified")
    return Error::conflict(
        "facility.finding.no_photo_now",
        "A photo of the rectification is added while the order is assigned or awaiting verification.");
  COLO_CHECK(findings_store::set_photo(tx, id, content_type, bytes));
  o.photo_type = content_type;
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {kFindingObject, std::to_string(id), "photo", nullptr,
       json::object{{"content_type", content_type}, {"size_bytes", static_cast<std::int64_t>(bytes.size())}}}));
  COLO_TRY(auto out, view(tx, ctx, std::move(o)));
  COLO_CHECK(tx.commit());
  return out;
}

Result<FindingPhoto> Findings::photo(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return hidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto p, findings_store::photo(tx, id));
  if (!p) return Error::not_found("Photo");
  return std::move(*p);
}

Result<std::vector<DueItem>> Findings::overdue(const Context& ctx) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto rows, findings_store::overdue(tx, format_instant(clock_.now()), 50));
  std::vector<DueItem> out;
  for (const auto& o : rows)
    out.push_back({.id = o.id,
                   .title = o.checkpoint_name + " · " + o.item_label,
                   .due_at = o.deadline_at,
                   .overdue = true,
                   .link = "/facility/findings/" + std::to_string(o.id)});
  return out;
}

Result<FindingCounts> Findings::open_counts() {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return findings_store::open_counts(tx, format_instant(clock_.now()));
}

Result<FindingsOnTime> Findings::on_time(Instant from, Instant to) {
  FindingsOnTime out;
  const Instant now = clock_.now();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto rows, findings_store::due_between(tx, format_instant(from), format_instant(to), format_instant(now)));
  for (const auto& o : rows) {
    const Instant deadline = *parse_instant(o.deadline_at);
    // Still inside its time and not closed: neither met nor failed yet.
    if (!o.closed_at && deadline >= now) continue;
    ++out.total;
    if (o.closed_at && *parse_instant(*o.closed_at) <= deadline)
      ++out.met;
    else
      out.failing.push_back(o.id);
  }
  return out;
}

}  // namespace colo::facility
