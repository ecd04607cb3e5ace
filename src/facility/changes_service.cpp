// Change control (R4.3.2): requests, the approvals per risk through the workflow engine, the
// notice to the affected customers, execution with a checklist and the closing result.
#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>

#include "audit/audit.hpp"
#include "facility/changes.hpp"
#include "facility/changes_rules.hpp"
#include "facility/changes_store.hpp"
#include "notify/notify.hpp"

namespace colo::facility {

namespace json = boost::json;

namespace {

constexpr const char* kChangeObject = "facility.change";
constexpr const char* kTopic = "facility.change";

std::string actor_of(const Context& ctx) { return ctx.principal ? ctx.principal->username : "system"; }

json::value change_audit(const Change& c) {
  json::object o{{"number", c.number},
                 {"title", c.title},
                 {"risk", c.risk},
                 {"status", c.status},
                 {"window_start", c.window_start},
                 {"window_end", c.window_end},
                 {"customers", json::value_from(c.customers)}};
  if (c.result) o["result"] = *c.result;
  return o;
}

std::string link_of(const Change& c) { return "/facility/changes/" + std::to_string(c.id); }

// "2026-12-01 02:00 UTC" from an instant, for notices.
std::string when(const std::string& instant) {
  if (instant.size() < 16) return instant;
  return instant.substr(0, 10) + " " + instant.substr(11, 5) + " UTC";
}

MessageParams names(const Change& c) {
  return {{"number", c.number}, {"title", c.title}, {"start", when(c.window_start)}, {"end", when(c.window_end)}};
}

Status tell_customers(db::Tx& tx, const Clock& clock, const Change& c, const char* key, const std::string& body) {
  for (auto customer : c.customers)
    COLO_CHECK(notify::notify(
        tx, clock, notify::keyed(notify::Audience::customer(customer), kTopic, key, names(c), "/notifications", body)));
  return {};
}

Status tell_role(db::Tx& tx, const Clock& clock, const Change& c, const char* role, const char* key) {
  return notify::notify(tx, clock,
                        notify::keyed(notify::Audience::staff_role(role), kTopic, key, names(c), link_of(c)));
}

}  // namespace

ChangesService::ChangesService(db::Database& db, const Clock& clock, ChangePorts ports, ChangeOptions options)
    : db_(db), clock_(clock), ports_(std::move(ports)), options_(options) {}

Result<db::Counted<Change>> ChangesService::changes(const Context& ctx, const ChangeFilter& f) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_changes(tx, f);
}

Result<Change> ChangesService::load(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto c, store::find_change(tx, id));
  if (!c) return Error::not_found("Change request");
  return std::move(*c);
}

Result<ChangeView> ChangesService::view(db::Tx& tx, const Context& ctx, Change c) {
  ChangeView v;
  COLO_TRY(v.timeline, workflow::history(tx, kChangeObject, c.id));
  workflow::localise(v.timeline, ctx.lang);
  for (const auto* t : change_workflow(c.risk).available(c.status, ctx))
    if (std::find(v.actions.begin(), v.actions.end(), t->action) == v.actions.end()) v.actions.push_back(t->action);
  v.change = std::move(c);
  return v;
}

Result<ChangeView> ChangesService::change(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::not_found("Change request");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto c, load(tx, id));
  return view(tx, ctx, std::move(c));
}

namespace {

// The edited list: each customer known, no repeats.
Result<std::vector<std::int64_t>> checked_customers(db::Tx& tx, const ChangePorts& ports,
                                                    std::vector<std::int64_t> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    COLO_TRY(auto known, ports.customer_exists(tx, ids[i]));
    if (!known)
      return Error::unprocessable("facility.change.unknown_customer", "No such customer.",
                                  {{"customers", "facility.change.unknown_customer", "No such customer."}});
  }
  return ids;
}

}  // namespace

Result<ChangeView> ChangesService::request(const Context& ctx, const ChangeInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  std::vector<FieldError> errors;
  auto start = parse_instant(in.window_start);
  auto end = parse_instant(in.window_end);
  if (start && end && *end <= *start)
    errors.push_back({"window_end", "facility.change.window_order", "The window ends after it starts."});
  if (end && *end <= clock_.now())
    errors.push_back({"window_end", "facility.change.window_past", "The window has passed."});
  for (std::size_t i = 0; i < in.steps.size(); ++i)
    if (in.steps[i].empty()) errors.push_back({"steps/" + std::to_string(i), "required", "Describe the step."});
  if (!errors.empty()) return Error::validation(std::move(errors));

  // The ledger answers through dcim's own transactions, before this one takes the writers' lock.
  COLO_TRY(auto computed, ports_.affected_customers(in.scope));
  std::vector<std::int64_t> customers = computed;

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  if (in.customers) {
    COLO_TRY(customers, checked_customers(tx, ports_, *in.customers));
  }
  const auto today = clock_.today();
  COLO_TRY(auto n, store::next_change_number(tx, static_cast<int>(today.year())));
  char number[32];
  std::snprintf(number, sizeof number, "CHG-%d-%06lld", static_cast<int>(today.year()), static_cast<long long>(n));
  Change c;
  c.number = number;
  c.title = in.title;
  c.reason = in.reason;
  c.risk = in.risk;
  c.rollback_plan = in.rollback_plan;
  c.window_start = format_instant(*start);
  c.window_end = format_instant(*end);
  c.scope = in.scope;
  c.computed_customers = std::move(computed);
  c.customers = std::move(customers);
  c.requested_by = actor_of(ctx);
  c.created_at = c.updated_at = format_instant(clock_.now());
  for (std::size_t i = 0; i < in.steps.size(); ++i)
    c.steps.push_back({static_cast<int>(i) + 1, in.steps[i], std::nullopt, std::nullopt});
  COLO_TRY(c.id, store::insert_change(tx, c));
  const workflow::Transition submit{"submit", {}, "submitted", kPermChangeWrite, false, false, true};
  COLO_CHECK(workflow::record(tx, ctx, clock_, kChangeObject, c.id, submit, "", in.reason));
  COLO_CHECK(audit::record(tx, ctx, clock_, {kChangeObject, std::to_string(c.id), "create", nullptr, change_audit(c)}));
  COLO_CHECK(tell_role(tx, clock_, c, "technical", "notice.facility.change.submitted"));
  COLO_TRY(auto out, view(tx, ctx, std::move(c)));
  COLO_CHECK(tx.commit());
  return out;
}

Result<ChangeView> ChangesService::set_customers(const Context& ctx, std::int64_t id,
                                                 const std::vector<std::int64_t>& customers) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto ids, checked_customers(tx, ports_, customers));
  COLO_TRY(auto c, load(tx, id));
  if (c.status != "submitted" && c.status != "technical_approved")
    return Error::conflict("facility.change.customers_fixed",
                           "The customers of a change are fixed once it is approved (they have been told).");
  auto before = change_audit(c);
  c.customers = std::move(ids);
  c.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update_change(tx, c));
  COLO_CHECK(audit::record(tx, ctx, clock_, {kChangeObject, std::to_string(id), "customers", before, change_audit(c)}));
  COLO_TRY(auto out, view(tx, ctx, std::move(c)));
  COLO_CHECK(tx.commit());
  return out;
}

Result<ChangeView> ChangesService::act(const Context& ctx, std::int64_t id, const ChangeAction& a) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto c, load(tx, id));
  COLO_TRY(const auto* t, change_workflow(c.risk).check(c.status, a.action, ctx, a.comment));
  const std::string from = c.status;
  const auto before = change_audit(c);
  const auto now = clock_.now();
  if (a.action == "approve" && from == "technical_approved") {
    // Two people: management's approval is not the technical approver's second signature.
    COLO_TRY(auto steps, workflow::history(tx, kChangeObject, c.id));
    if (ctx.principal && workflow::acted(steps, ctx.principal->user_id, {"approve"}))
      return Error::conflict("facility.change.same_approver",
                             "Management's approval must come from someone other than the technical approver.");
  }
  if (t->to == "approved") {
    auto refusal = notice_refusal(now, *parse_instant(c.window_start), options_.notice_hours, !c.customers.empty());
    if (refusal)
      return Error::unprocessable(*refusal, "The affected customers would be told too late before the window.")
          .with("hours", std::to_string(options_.notice_hours));
  }
  if (a.action == "close") {
    if (!a.result) return Error::validation({{"result", "required", "Successful, rolled back or failed."}});
    int open = static_cast<int>(
        std::count_if(c.steps.begin(), c.steps.end(), [](const ChangeStep& s) { return !s.done_at.has_value(); }));
    if (auto refusal = close_refusal(*a.result, open, a.comment))
      return Error::unprocessable(*refusal, "The change cannot be closed like this.");
    c.result = a.result;
    c.result_note = a.comment;
    c.closed_at = format_instant(now);
  }
  if (a.action == "start") c.started_at = format_instant(now);
  c.status = t->to;
  c.updated_at = format_instant(now);
  if (t->to == "approved") {
    c.notified_at = format_instant(now);
    COLO_CHECK(tell_customers(tx, clock_, c, "notice.facility.change.planned", ""));
  } else if (t->to == "technical_approved") {
    COLO_CHECK(tell_role(tx, clock_, c, "management", "notice.facility.change.awaiting_management"));
  } else if (a.action == "cancel" && c.notified_at) {
    COLO_CHECK(tell_customers(tx, clock_, c, "notice.facility.change.cancelled", a.comment));
  }
  COLO_CHECK(store::update_change(tx, c));
  COLO_CHECK(workflow::record(tx, ctx, clock_, kChangeObject, c.id, *t, from, a.comment));
  COLO_CHECK(audit::record(tx, ctx, clock_, {kChangeObject, std::to_string(id), a.action, before, change_audit(c)}));
  COLO_TRY(auto out, view(tx, ctx, std::move(c)));
  COLO_CHECK(tx.commit());
  return out;
}

Result<ChangeView> ChangesService::tick(const Context& ctx, std::int64_t id, int position, bool done) {
  if (ctx.tenant() || !ctx.can(kPermChangeExecute)) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto c, load(tx, id));
  if (!change_in_progress(c.status))
    return Error::conflict("facility.change.not_in_progress", "Only a change in progress has its checklist ticked.");
  auto step = std::find_if(c.steps.begin(), c.steps.end(), [&](const ChangeStep& s) { return s.position == position; });
  if (step == c.steps.end())
    return Error::unprocessable("facility.change.step_unknown", "The change has no such step.",
                                {{"step", "facility.change.step_unknown", "The change has no such step."}});
  if (done) {
    step->done_by = actor_of(ctx);
    step->done_at = format_instant(clock_.now());
  } else {
    step->done_by.reset();
    step->done_at.reset();
  }
  COLO_CHECK(store::update_step(tx, c.id, *step));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kChangeObject, std::to_string(id), done ? "step_done" : "step_undone", nullptr,
                            json::object{{"position", position}, {"text", step->text}}}));
  COLO_TRY(auto out, view(tx, ctx, std::move(c)));
  COLO_CHECK(tx.commit());
  return out;
}

}  // namespace colo::facility
