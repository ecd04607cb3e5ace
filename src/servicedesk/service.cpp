#include "servicedesk/service.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "contracts/scan.hpp"
#include "i18n/catalogue.hpp"
#include "notify/notify.hpp"
#include "servicedesk/rules.hpp"

namespace colo::servicedesk {

namespace json = boost::json;

namespace {

constexpr const char* kObject = "servicedesk.ticket";

json::object audit_json(const Ticket& t) {
  return {{"number", t.number},     {"type", t.type},
          {"priority", t.priority}, {"status", t.status},
          {"group", t.group},       {"assignee", t.assignee_name ? json::value(*t.assignee_name) : nullptr},
          {"title", t.title},       {"complaint_state", t.complaint_state ? json::value(*t.complaint_state) : nullptr}};
}

Instant instant_or(const std::optional<std::string>& s, Instant fallback) {
  if (!s) return fallback;
  auto t = parse_instant(*s);
  return t ? *t : fallback;
}

Error forbidden_for_customer() {
  return Error::forbidden("Customers may not do this to a ticket.").keyed("servicedesk.forbidden");
}

// "2026-11-29 10:00" in the business time zone, as a person reads a maintenance window.
std::string local_text(const BusinessCalendar& cal, Instant t) {
  const Date d = cal.date_of(t);
  const auto mins = std::chrono::duration_cast<std::chrono::minutes>(t - cal.start_of(d)).count();
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s %02lld:%02lld", format_date(d).c_str(), static_cast<long long>(mins / 60),
                static_cast<long long>(mins % 60));
  return buf;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

Status Service::record(db::Tx& tx, const Context& ctx, const Ticket& t, bool internal, const std::string& key,
                       const MessageParams& params) {
  Event e;
  e.ticket_id = t.id;
  e.internal = internal;
  e.key = key;
  e.params = i18n::params_to_json(params);
  e.actor_name = ctx.principal ? ctx.principal->username : "system";
  e.created_at = format_instant(clock_.now());
  COLO_CHECK(store::insert_event(tx, t.customer_id, e));
  return {};
}

Result<WorkCalendar> Service::calendar_in(db::Tx& tx, const std::string& kind) {
  WorkCalendar cal;
  cal.zone = clock_.calendar();
  cal.around_the_clock = kind != "working_hours";
  if (!cal.around_the_clock) {
    COLO_TRY(cal.exceptions, store::calendar_days(tx));
  }
  return cal;
}

Status Service::recompute_due(db::Tx& tx, Ticket& t) {
  COLO_TRY(auto cal, calendar_in(tx, t.calendar));
  const Instant now = clock_.now();
  const Instant created = instant_or(t.created_at, now);
  COLO_TRY(auto ps, store::pauses(tx, t.id, now));
  std::int64_t paused = 0;
  for (const auto& p : ps) paused += business_minutes(cal, std::max(p.from, created), p.to);
  t.response_due_at = format_instant(add_business_minutes(cal, created, t.response_target_minutes + paused));
  t.resolution_due_at = format_instant(add_business_minutes(cal, created, t.resolution_target_minutes + paused));
  return {};
}

Result<Ticket> Service::load_visible(db::Tx& tx, const Context& ctx, std::int64_t id, bool lock) {
  if (lock) COLO_CHECK(store::lock_ticket(tx, id));
  COLO_TRY(auto found, store::find(tx, id));
  // A foreign ticket is answered exactly like a missing one, so that ids reveal nothing.
  if (!found || !ctx.sees(found->customer_id)) return Error::not_found("Ticket");
  return std::move(*found);
}

Result<Detail> Service::detail_in(db::Tx& tx, const Context& ctx, Ticket t) {
  const bool staff = !ctx.tenant();
  Detail d;
  COLO_TRY(d.comments, store::comments(tx, t.id, staff));
  COLO_TRY(d.events, store::events(tx, t.id, staff));
  COLO_TRY(d.attachments, store::attachments(tx, t.id, staff));
  COLO_TRY(d.answers, store::answers(tx, t.id));
  COLO_TRY(auto cal, calendar_in(tx, t.calendar));
  const Instant now = clock_.now();
  COLO_TRY(auto ps, store::pauses(tx, t.id, now));
  const Instant created = instant_or(t.created_at, now);
  auto clock_of = [&](int target, const std::string& due, const std::optional<std::string>& stopped_at, int stage) {
    SlaClock c;
    c.target_minutes = target;
    c.stopped = stopped_at.has_value();
    c.paused = !c.stopped && clock_paused(t.status);
    c.elapsed_minutes = business_minutes(cal, created, instant_or(stopped_at, now), ps);
    c.remaining_minutes = target - c.elapsed_minutes;
    c.due_at = due;
    c.stage = stage;
    return c;
  };
  d.response = clock_of(t.response_target_minutes, t.response_due_at, t.first_response_at, t.response_stage);
  d.resolution = clock_of(t.resolution_target_minutes, t.resolution_due_at, t.resolved_at, t.resolution_stage);
  d.ticket = std::move(t);
  return d;
}

Result<Detail> Service::finish(db::Tx& tx, const Context& ctx, Ticket& t, const std::string& action) {
  t.updated_at = format_instant(clock_.now());
  COLO_TRY(auto before, store::find(tx, t.id));
  COLO_CHECK(store::update_ticket(tx, t));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kObject, std::to_string(t.id), action, before ? json::value(audit_json(*before)) : nullptr,
                            audit_json(t), t.customer_id}));
  COLO_TRY(auto stored, store::find(tx, t.id));
  COLO_TRY(auto d, detail_in(tx, ctx, std::move(*stored)));
  COLO_CHECK(tx.commit());
  return d;
}

Result<db::Counted<Ticket>> Service::list(const Context& ctx, const TicketFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list(tx, *counts_, ctx, f);
}

Result<Detail> Service::get(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto t, load_visible(tx, ctx, id, false));
  return detail_in(tx, ctx, std::move(t));
}

Result<Ticket> Service::insert_new(db::Tx& tx, const Context& ctx, Ticket t, const std::vector<TicketObject>& objects,
                                   const Targets& targets) {
  const Instant now = clock_.now();
  const Date today = clock_.today();
  const int year = static_cast<int>(today.year());
  COLO_TRY(auto n, store::next_number(tx, "TK", year));
  char buf[32];
  std::snprintf(buf, sizeof buf, "TK-%04d-%06lld", year, static_cast<long long>(n));
  t.number = buf;
  t.priority = priority_for(t.impact, t.urgency);
  const int p = priority_index(t.priority);
  t.calendar = targets.calendar;
  t.response_target_minutes = targets.response_minutes[p];
  t.resolution_target_minutes = targets.resolution_minutes[p];
  t.status = "new";
  t.created_at = t.updated_at = format_instant(now);
  COLO_TRY(auto cal, calendar_in(tx, t.calendar));
  t.response_due_at = format_instant(add_business_minutes(cal, now, t.response_target_minutes));
  t.resolution_due_at = format_instant(add_business_minutes(cal, now, t.resolution_target_minutes));
  if (t.type == "complaint") {
    t.complaint_state = "acknowledged";
    t.answer_due = format_date(complaint_answer_due(today, settings_));
  }
  t.raised_by_name = ctx.principal ? ctx.principal->username : "system";
  COLO_TRY(t.id, store::insert_ticket(tx, t));
  for (const auto& o : objects) COLO_CHECK(store::insert_object(tx, t.id, t.customer_id, o));
  t.objects = objects;
  COLO_CHECK(
      record(tx, ctx, t, false, "servicedesk.timeline.raised",
             {{"number", t.number}, {"priority", t.priority}, {"@channel", "servicedesk.channel." + t.channel}}));
  const std::string link = "/servicedesk/tickets/" + std::to_string(t.id);
  COLO_CHECK(notify::notify(
      tx, clock_,
      notify::keyed(notify::Audience::staff_role(t.group), "servicedesk.ticket.raised", "notice.servicedesk.raised",
                    {{"number", t.number}, {"priority", t.priority}}, link)));
  if (t.type == "complaint") {
    // R7.2.2: the complaint is acknowledged at once, in the timeline and to the customer.
    COLO_CHECK(record(tx, ctx, t, false, "servicedesk.timeline.complaint_acknowledged",
                      {{"number", t.number}, {"due", *t.answer_due}}));
    COLO_CHECK(
        notify::notify(tx, clock_,
                       notify::keyed(notify::Audience::customer(t.customer_id), "servicedesk.complaint.acknowledged",
                                     "notice.servicedesk.complaint_acknowledged",
                                     {{"number", t.number}, {"due", *t.answer_due}}, link)));
  }
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(t.id), "create", nullptr, audit_json(t), t.customer_id}));
  return t;
}

Result<Detail> Service::create(const Context& ctx, const TicketInput& in) {
  std::vector<FieldError> errs;
  const auto tenant = ctx.tenant();
  std::int64_t customer_id = 0;
  if (tenant)
    customer_id = *tenant;
  else if (in.customer_id)
    customer_id = *in.customer_id;
  else
    errs.push_back({"customer_id", "required", "Staff name the customer."});
  if (in.type == "service_request" && !in.category)
    errs.push_back({"category", "required", "A service request names what is asked."});
  if (in.type != "service_request" && in.category)
    errs.push_back({"category", "servicedesk.category.not_request", "Only service requests have a category."});
  if (!errs.empty()) return Error::validation(std::move(errs));

  // Other modules' lookups run in their own read transactions, before ours.
  Targets targets = default_targets(30, settings_);
  std::optional<ContractInfo> contract;
  if (in.contract_id) {
    COLO_TRY(contract, dir_.contract(ctx, *in.contract_id));
    if (!contract) return Error::not_found("Contract");
    if (contract->customer_id != customer_id)
      return Error::unprocessable(
          "servicedesk.contract.other_customer", "The contract is another customer's.",
          {{"contract_id", "servicedesk.contract.other_customer", "The contract is another customer's."}});
    targets = default_targets(contract->sla_response_minutes, settings_);
  }
  std::vector<TicketObject> objects;
  for (std::size_t i = 0; i < in.objects.size(); ++i) {
    const auto& [kind, ref] = in.objects[i];
    COLO_TRY(auto info, dir_.object(ctx, kind, ref));
    // A customer naming another customer's device learns nothing about it: the same 404 as for
    // a device that does not exist.
    if (!info || (tenant && info->customer_id != tenant))
      return Error{ErrorKind::not_found, "servicedesk.object.unknown", "No such device or rack.", {}, {{"kind", kind}}};
    if (info->customer_id && *info->customer_id != customer_id)
      return Error::unprocessable("servicedesk.object.other_customer", "The device or rack is another customer's.",
                                  {{"objects/" + std::to_string(i), "servicedesk.object.other_customer",
                                    "The device or rack is another customer's."}});
    objects.push_back({kind, ref, info->label});
  }

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  if (in.contract_id) {
    COLO_TRY(auto own, store::targets(tx, *in.contract_id));
    if (own) targets = *own;
  }
  Ticket t;
  t.type = in.type;
  t.category = in.category;
  t.customer_id = customer_id;
  t.contract_id = in.contract_id;
  t.title = in.title;
  t.description = in.description;
  t.impact = in.impact;
  t.urgency = in.urgency;
  t.group = in.group;
  t.channel = tenant ? "portal" : "staff";
  COLO_TRY(t, insert_new(tx, ctx, std::move(t), objects, targets));
  COLO_TRY(auto d, detail_in(tx, ctx, std::move(t)));
  COLO_CHECK(tx.commit());
  return d;
}

Result<Detail> Service::comment(const Context& ctx, std::int64_t id, const std::string& body, bool internal) {
  const bool customer = ctx.tenant().has_value();
  if (internal && customer) return forbidden_for_customer();
  if (!customer && !ctx.can("servicedesk.write")) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto t, load_visible(tx, ctx, id, true));
  if (t.status == "closed")
    return Error::conflict("servicedesk.ticket.closed", "The ticket is closed; reopen it or raise a new one.");
  const std::string now = format_instant(clock_.now());
  Comment c;
  c.ticket_id = t.id;
  c.internal = internal;
  c.body = body;
  c.author_name = ctx.principal->username;
  c.by_customer = customer;
  c.created_at = now;
  COLO_CHECK(store::insert_comment(tx, t.customer_id, c));
  if (!customer && !internal && !t.first_response_at) t.first_response_at = now;
  if (customer && t.status == "waiting_for_customer") {
    // The customer's answer is what the clocks were waiting for.
    t.status = "in_progress";
    t.paused_since.reset();
    COLO_CHECK(store::close_pause(tx, t.id, now));
    COLO_CHECK(recompute_due(tx, t));
    COLO_CHECK(record(tx, ctx, t, false, "servicedesk.timeline.resumed", {{"number", t.number}}));
  }
  if (customer)
    COLO_CHECK(notify::notify(
        tx, clock_,
        notify::keyed(t.assignee_id ? notify::Audience::user(*t.assignee_id) : notify::Audience::staff_role(t.group),
                      "servicedesk.ticket.customer_comment", "notice.servicedesk.customer_comment",
                      {{"number", t.number}}, "/servicedesk/tickets/" + std::to_string(t.id))));
  else if (!internal)
    COLO_CHECK(notify::notify(tx, clock_,
                              notify::keyed(notify::Audience::customer(t.customer_id), "servicedesk.ticket.comment",
                                            "notice.servicedesk.comment", {{"number", t.number}},
                                            "/portal/tickets/" + std::to_string(t.id))));
  return finish(tx, ctx, t, internal ? "note" : "comment");
}

Result<Detail> Service::act(const Context& ctx, std::int64_t id, const ActInput& in) {
  const bool customer = ctx.tenant().has_value();
  if (customer && in.action != Action::close && in.action != Action::reopen) return forbidden_for_customer();
  if (!customer && !ctx.can("servicedesk.write")) return Error::forbidden();
  if (in.group && !contains(kGroups, *in.group))
    return Error::validation({{"group", "invalid_choice", "Unknown group."}});
  std::optional<std::string> assignee_name;
  if (in.assignee_id) {
    COLO_TRY(assignee_name, dir_.staff_user(*in.assignee_id));
    if (!assignee_name)
      return Error::unprocessable(
          "servicedesk.assignee.unknown", "Tickets are assigned to active staff only.",
          {{"assignee_id", "servicedesk.assignee.unknown", "Tickets are assigned to active staff only."}});
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto t, load_visible(tx, ctx, id, true));
  const Instant now_i = clock_.now();
  const std::string now = format_instant(now_i);
  TransitionContext tc{clock_.today(), std::nullopt, settings_.reopen_days};
  if (t.resolved_at) tc.resolved_on = clock_.calendar().date_of(instant_or(t.resolved_at, now_i));
  COLO_TRY(auto next, next_status(t.status, in.action, tc));
  const std::string from = t.status;
  MessageParams params{{"number", t.number},
                       {"@from", "servicedesk.status." + from},
                       {"@to", "servicedesk.status." + std::string(next)}};
  switch (in.action) {
    case Action::assign:
      if (in.group) t.group = *in.group;
      if (in.assignee_id) {
        t.assignee_id = in.assignee_id;
        t.assignee_name = assignee_name;
      }
      params.push_back({"@group", "servicedesk.group." + t.group});
      params.push_back({"assignee", t.assignee_name.value_or("-")});
      if (t.assignee_id)
        COLO_CHECK(notify::notify(tx, clock_,
                                  notify::keyed(notify::Audience::user(*t.assignee_id), "servicedesk.ticket.assigned",
                                                "notice.servicedesk.assigned", {{"number", t.number}},
                                                "/servicedesk/tickets/" + std::to_string(t.id))));
      break;
    case Action::start:
      if (!t.first_response_at) t.first_response_at = now;
      break;
    case Action::wait:
      t.paused_since = now;
      COLO_CHECK(store::open_pause(tx, t.id, now));
      break;
    case Action::customer_reply:
      t.paused_since.reset();
      COLO_CHECK(store::close_pause(tx, t.id, now));
      break;
    case Action::resolve:
      if (t.paused_since) {
        t.paused_since.reset();
        COLO_CHECK(store::close_pause(tx, t.id, now));
      }
      if (!t.first_response_at) t.first_response_at = now;
      t.resolved_at = now;
      break;
    case Action::close:
      t.closed_at = now;
      break;
    case Action::reopen:
      // The time the ticket stood resolved does not count against the resolution target.
      COLO_CHECK(store::open_pause(tx, t.id, *t.resolved_at));
      COLO_CHECK(store::close_pause(tx, t.id, now));
      t.resolved_at.reset();
      t.closed_at.reset();
      ++t.reopen_count;
      break;
  }
  t.status = next;
  if (in.action == Action::customer_reply || in.action == Action::reopen) COLO_CHECK(recompute_due(tx, t));
  if (!in.comment.empty()) {
    Comment c{0, t.id, false, in.comment, ctx.principal->username, customer, now};
    COLO_CHECK(store::insert_comment(tx, t.customer_id, c));
  }
  COLO_CHECK(record(tx, ctx, t, false, "servicedesk.timeline." + action_name(in.action), params));
  if (!customer && (in.action == Action::wait || in.action == Action::resolve))
    COLO_CHECK(notify::notify(
        tx, clock_,
        notify::keyed(notify::Audience::customer(t.customer_id), "servicedesk.ticket." + action_name(in.action),
                      in.action == Action::wait ? "notice.servicedesk.wait" : "notice.servicedesk.resolve",
                      {{"number", t.number}}, "/portal/tickets/" + std::to_string(t.id))));
  return finish(tx, ctx, t, action_name(in.action));
}

Result<Detail> Service::reprioritise(const Context& ctx, std::int64_t id, int impact, int urgency) {
  if (ctx.tenant()) return forbidden_for_customer();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto t, load_visible(tx, ctx, id, true));
  if (!open_status(t.status))
    return Error::conflict("servicedesk.ticket.not_open", "A resolved or closed ticket keeps its priority.");
  Targets targets = default_targets(30, settings_);
  if (t.contract_id) {
    COLO_TRY(auto info, dir_.contract(system_context("servicedesk"), *t.contract_id));
    if (info) targets = default_targets(info->sla_response_minutes, settings_);
    COLO_TRY(auto own, store::targets(tx, *t.contract_id));
    if (own) targets = *own;
  }
  const std::string from = t.priority;
  t.impact = impact;
  t.urgency = urgency;
  t.priority = priority_for(impact, urgency);
  const int p = priority_index(t.priority);
  t.response_target_minutes = targets.response_minutes[p];
  t.resolution_target_minutes = targets.resolution_minutes[p];
  // The new targets count from the start; stages already passed are judged again by the job.
  t.response_stage = t.first_response_at ? t.response_stage : 0;
  t.resolution_stage = 0;
  COLO_CHECK(recompute_due(tx, t));
  COLO_CHECK(record(tx, ctx, t, false, "servicedesk.timeline.priority_changed",
                    {{"number", t.number}, {"from", from}, {"to", t.priority}}));
  return finish(tx, ctx, t, "reprioritise");
}

Result<Detail> Service::answer(const Context& ctx, std::int64_t id, const std::string& body) {
  if (ctx.tenant()) return forbidden_for_customer();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto t, load_visible(tx, ctx, id, true));
  if (t.type != "complaint")
    return Error::unprocessable("servicedesk.ticket.not_complaint", "Only a complaint is answered this way.");
  if (t.status == "closed") return Error::conflict("servicedesk.ticket.closed", "The complaint is closed.");
  const std::string now = format_instant(clock_.now());
  ComplaintAnswer a;
  a.ticket_id = t.id;
  a.body = body;
  a.answered_by_name = ctx.principal->username;
  a.answered_at = now;
  COLO_CHECK(store::insert_answer(tx, t.customer_id, a));
  t.complaint_state = "answered";
  if (!t.first_response_at) t.first_response_at = now;
  COLO_CHECK(record(tx, ctx, t, false, "servicedesk.timeline.complaint_answered", {{"number", t.number}}));
  COLO_CHECK(notify::notify(tx, clock_,
                            notify::keyed(notify::Audience::customer(t.customer_id), "servicedesk.complaint.answered",
                                          "notice.servicedesk.complaint_answered", {{"number", t.number}},
                                          "/portal/tickets/" + std::to_string(t.id))));
  return finish(tx, ctx, t, "answer");
}

Result<Detail> Service::verdict(const Context& ctx, std::int64_t id, bool accepted, const std::string& comment) {
  if (!ctx.tenant())
    return Error::forbidden("Only the customer accepts or disputes an answer.").keyed("servicedesk.customer_only");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto t, load_visible(tx, ctx, id, true));
  if (t.type != "complaint")
    return Error::unprocessable("servicedesk.ticket.not_complaint", "Only a complaint is answered this way.");
  COLO_TRY(auto as, store::answers(tx, t.id));
  if (as.empty() || t.complaint_state != "answered")
    return Error::conflict("servicedesk.complaint.not_answered", "There is no answer waiting for your verdict.");
  const std::string now = format_instant(clock_.now());
  const std::string v = accepted ? "accepted" : "disputed";
  COLO_CHECK(store::set_verdict(tx, as.back().id, v, comment, now));
  t.complaint_state = v;
  // A disputed complaint is flagged so that a dispute case (R12) can be opened from it later.
  if (!accepted) t.dispute_flag = true;
  COLO_CHECK(record(tx, ctx, t, false, "servicedesk.timeline.complaint_" + v, {{"number", t.number}}));
  COLO_CHECK(notify::notify(
      tx, clock_,
      notify::keyed(notify::Audience::staff_role(accepted ? t.group : "management"), "servicedesk.complaint." + v,
                    accepted ? "notice.servicedesk.complaint_accepted" : "notice.servicedesk.complaint_disputed",
                    {{"number", t.number}}, "/servicedesk/tickets/" + std::to_string(t.id))));
  return finish(tx, ctx, t, v);
}

Result<Detail> Service::rate(const Context& ctx, std::int64_t id, int score, const std::string& comment) {
  if (!ctx.tenant()) return Error::forbidden("Only the customer rates a ticket.").keyed("servicedesk.customer_only");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto t, load_visible(tx, ctx, id, true));
  if (open_status(t.status))
    return Error::conflict("servicedesk.ticket.not_resolved", "A ticket is rated once it is resolved.");
  t.satisfaction = score;
  t.satisfaction_comment = comment;
  COLO_CHECK(record(tx, ctx, t, false, "servicedesk.timeline.rated",
                    {{"number", t.number}, {"score", std::to_string(score)}}));
  return finish(tx, ctx, t, "rate");
}

Result<Detail> Service::attach(const Context& ctx, std::int64_t id, const std::string& content_type,
                               std::string_view bytes, const std::string& file_name, bool internal) {
  const bool customer = ctx.tenant().has_value();
  if (internal && customer) return forbidden_for_customer();
  if (!customer && !ctx.can("servicedesk.write")) return Error::forbidden();
  // The ticket first: another customer's ticket is not found whatever the file is.
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto t, load_visible(tx, ctx, id, true));
  if (bytes.empty()) return Error::invalid("servicedesk.attachment.empty", "The file is empty.");
  if (static_cast<std::int64_t>(bytes.size()) > settings_.attachment_max_bytes)
    return Error{ErrorKind::too_large,
                 "servicedesk.attachment.too_large",
                 "The file is too large.",
                 {},
                 {{"max_mib", std::to_string(settings_.attachment_max_bytes / (1024 * 1024))}}};
  if (!contains(settings_.attachment_types, content_type))
    return Error{ErrorKind::unsupported_media,
                 "servicedesk.attachment.type",
                 "This kind of file is not accepted.",
                 {},
                 {{"type", content_type}}};
  // Images and PDFs are what they say they are (by their first bytes), so that a script named
  // photo.png is refused.
  auto sniffed = contracts::sniff_scan_type(bytes);
  const bool sniffable =
      content_type == "application/pdf" || content_type == "image/png" || content_type == "image/jpeg";
  if (sniffable && sniffed != content_type)
    return Error{ErrorKind::unsupported_media,
                 "servicedesk.attachment.content_mismatch",
                 "The file's content is not of the declared type.",
                 {},
                 {}};
  COLO_TRY(auto name, contracts::scan_file_name(file_name));
  if (t.status == "closed") return Error::conflict("servicedesk.ticket.closed", "The ticket is closed.");
  COLO_TRY(auto hash, contracts::store_scan(files_, bytes, file_sealer_));
  Attachment a;
  a.ticket_id = t.id;
  a.internal = internal;
  a.file_name = name.value_or("attachment");
  a.content_type = content_type;
  a.size = static_cast<std::int64_t>(bytes.size());
  a.hash = hash;
  a.uploaded_by_name = ctx.principal->username;
  a.created_at = format_instant(clock_.now());
  COLO_CHECK(store::insert_attachment(tx, t.customer_id, a));
  COLO_CHECK(
      record(tx, ctx, t, internal, "servicedesk.timeline.attached", {{"number", t.number}, {"file", a.file_name}}));
  return finish(tx, ctx, t, "attach");
}

Result<AttachmentFile> Service::attachment(const Context& ctx, std::int64_t id, std::int64_t attachment_id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto t, load_visible(tx, ctx, id, false));
  COLO_TRY(auto a, store::find_attachment(tx, t.id, attachment_id));
  if (!a || (a->internal && ctx.tenant())) return Error::not_found("Attachment");
  AttachmentFile f{contracts::scan_path(files_, a->hash), "", a->content_type, a->file_name};
  COLO_TRY(f.content, contracts::read_scan(f.path, file_sealer_));
  return f;
}

Result<Detail> Service::reply_by_email(const Context& ctx, const std::string& number, const std::string& body) {
  std::int64_t id = 0;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto t, store::find_by_number(tx, number));
    if (!t || !ctx.sees(t->customer_id)) return Error::not_found("Ticket");
    id = t->id;
  }
  return comment(ctx, id, body, false);
}

Result<Ticket> Service::open_from_alert(db::Tx& tx, std::int64_t customer_id, const std::string& alert_id,
                                        const std::string& title, const std::vector<TicketObject>& objects, int impact,
                                        int urgency) {
  COLO_TRY(auto existing, store::find_by_alert(tx, alert_id));
  if (existing) return std::move(*existing);
  Ticket t;
  t.type = "incident";
  t.customer_id = customer_id;
  t.title = title;
  t.impact = std::clamp(impact, 1, 3);
  t.urgency = std::clamp(urgency, 1, 3);
  t.group = "operations";
  t.channel = "alert";
  t.alert_id = alert_id;
  return insert_new(tx, system_context("monitoring"), std::move(t), objects, default_targets(30, settings_));
}

Result<std::optional<Ticket>> Service::alert_ticket(db::Tx& tx, const std::string& alert_id) {
  return store::find_by_alert(tx, alert_id);
}

Status Service::comment_from_monitoring(db::Tx& tx, const Ticket& t, const std::string& body) {
  if (t.status == "closed")
    return Error::conflict("servicedesk.ticket.closed", "The ticket is closed; reopen it or raise a new one.");
  Comment c;
  c.ticket_id = t.id;
  c.body = body;
  c.author_name = "monitoring";
  c.created_at = format_instant(clock_.now());
  COLO_CHECK(store::insert_comment(tx, t.customer_id, c));
  return notify::notify(
      tx, clock_,
      notify::keyed(notify::Audience::customer(t.customer_id), "servicedesk.ticket.comment",
                    "notice.servicedesk.comment", {{"number", t.number}}, "/portal/tickets/" + std::to_string(t.id)));
}

Status Service::load_calendar_year(const Context& ctx, int year,
                                   const std::vector<std::pair<Date, std::pair<DayKind, std::string>>>& days) {
  std::vector<FieldError> errs;
  for (std::size_t i = 0; i < days.size(); ++i)
    if (static_cast<int>(days[i].first.year()) != year)
      errs.push_back({"days/" + std::to_string(i) + "/day",
                      "servicedesk.calendar.other_year",
                      "The day is not in the year being loaded.",
                      {{"year", std::to_string(year)}}});
  if (!errs.empty()) return Error::validation(std::move(errs));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(store::replace_calendar_year(tx, year, days, format_instant(clock_.now())));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"servicedesk.calendar", std::to_string(year), "load", nullptr,
                            json::object{{"days", days.size()}}, std::nullopt}));
  COLO_CHECK(tx.commit());
  return {};
}

Result<std::map<Date, DayKind>> Service::calendar_days() {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::calendar_days(tx);
}

Status Service::set_targets(const Context& ctx, std::int64_t contract_id, const Targets& t) {
  auto errs = validate_targets(t);
  if (!errs.empty()) return Error::validation(std::move(errs));
  COLO_TRY(auto info, dir_.contract(ctx, contract_id));
  if (!info) return Error::not_found("Contract");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(store::save_targets(tx, contract_id, info->customer_id, t, ctx.principal->username,
                                 format_instant(clock_.now())));
  json::object after{{"contract", info->number}, {"calendar", t.calendar}};
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {"servicedesk.targets", std::to_string(contract_id), "update", nullptr, after, info->customer_id}));
  COLO_CHECK(tx.commit());
  return {};
}

Result<Targets> Service::targets_of(const Context& ctx, std::int64_t contract_id) {
  COLO_TRY(auto info, dir_.contract(ctx, contract_id));
  if (!info) return Error::not_found("Contract");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto own, store::targets(tx, contract_id));
  if (own) return *own;
  return default_targets(info->sla_response_minutes, settings_);
}

Result<Maintenance> Service::announce_maintenance(const Context& ctx, const MaintenanceInput& in) {
  if (ctx.tenant() || !ctx.can("servicedesk.write")) return Error::forbidden();
  const Instant now = clock_.now();
  auto errs = validate_maintenance(now, in.starts_at, in.ends_at, in.emergency, in.emergency_reason, settings_);
  if (in.objects.empty()) errs.push_back({"objects", "required", "Name the devices or racks affected."});
  if (!errs.empty()) {
    const bool notice = std::any_of(
        errs.begin(), errs.end(), [](const FieldError& e) { return e.code == "servicedesk.maintenance.short_notice"; });
    if (notice)
      return Error::unprocessable("servicedesk.maintenance.short_notice",
                                  "Scheduled maintenance must be announced ahead of time.", std::move(errs))
          .with("hours", std::to_string(settings_.maintenance_notice_hours));
    return Error::validation(std::move(errs));
  }
  std::vector<std::pair<TicketObject, std::optional<std::int64_t>>> objects;
  std::set<std::int64_t> customers;
  for (const auto& [kind, ref] : in.objects) {
    COLO_TRY(auto info, dir_.object(ctx, kind, ref));
    if (!info)
      return Error{ErrorKind::not_found, "servicedesk.object.unknown", "No such device or rack.", {}, {{"kind", kind}}};
    objects.push_back({TicketObject{kind, ref, info->label}, info->customer_id});
    if (info->customer_id) customers.insert(*info->customer_id);
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  const int year = static_cast<int>(clock_.today().year());
  COLO_TRY(auto n, store::next_number(tx, "MW", year));
  char buf[32];
  std::snprintf(buf, sizeof buf, "MW-%04d-%06lld", year, static_cast<long long>(n));
  Maintenance m;
  m.number = buf;
  m.title = in.title;
  m.description = in.description;
  m.starts_at = format_instant(in.starts_at);
  m.ends_at = format_instant(in.ends_at);
  m.emergency = in.emergency;
  if (in.emergency) m.emergency_reason = in.emergency_reason;
  m.announced_at = m.created_at = m.updated_at = format_instant(now);
  m.created_by_name = ctx.principal->username;
  COLO_TRY(m.id, store::insert_maintenance(tx, m));
  for (const auto& [o, owner] : objects) COLO_CHECK(store::insert_maintenance_object(tx, m.id, o, owner));
  const MessageParams params{{"number", m.number},
                             {"title", m.title},
                             {"start", local_text(clock_.calendar(), in.starts_at)},
                             {"end", local_text(clock_.calendar(), in.ends_at)}};
  for (auto c : customers) {
    COLO_CHECK(store::insert_maintenance_customer(tx, m.id, c, m.announced_at));
    COLO_CHECK(notify::notify(
        tx, clock_,
        notify::keyed(notify::Audience::customer(c), "servicedesk.maintenance.announced",
                      in.emergency ? "notice.servicedesk.maintenance_emergency" : "notice.servicedesk.maintenance",
                      params, "/portal/maintenance/" + std::to_string(m.id))));
  }
  json::array to;
  for (auto c : customers) to.push_back(c);
  COLO_CHECK(notify::publish(tx, clock_, "servicedesk.maintenance.announced",
                             json::object{{"number", m.number},
                                          {"title", m.title},
                                          {"starts_at", m.starts_at},
                                          {"ends_at", m.ends_at},
                                          {"emergency", m.emergency},
                                          {"customers", to}}));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"servicedesk.maintenance", std::to_string(m.id), "announce", nullptr,
       json::object{
           {"number", m.number}, {"starts_at", m.starts_at}, {"ends_at", m.ends_at}, {"emergency", m.emergency}},
       std::nullopt}));
  COLO_TRY(auto stored, store::find_maintenance(tx, m.id));
  COLO_CHECK(tx.commit());
  return std::move(*stored);
}

Result<Maintenance> Service::cancel_maintenance(const Context& ctx, std::int64_t id) {
  if (ctx.tenant() || !ctx.can("servicedesk.write")) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_maintenance(tx, id));
  if (!found) return Error::not_found("Maintenance");
  if (found->status != "scheduled")
    return Error::conflict("servicedesk.maintenance.not_scheduled", "Only scheduled maintenance can be cancelled.");
  const std::string now = format_instant(clock_.now());
  COLO_CHECK(store::set_maintenance_status(tx, id, "cancelled", now));
  for (auto c : found->customer_ids)
    COLO_CHECK(notify::notify(tx, clock_,
                              notify::keyed(notify::Audience::customer(c), "servicedesk.maintenance.cancelled",
                                            "notice.servicedesk.maintenance_cancelled", {{"number", found->number}},
                                            "/portal/maintenance/" + std::to_string(id))));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"servicedesk.maintenance", std::to_string(id), "cancel", nullptr,
                            json::object{{"number", found->number}}, std::nullopt}));
  COLO_TRY(auto stored, store::find_maintenance(tx, id));
  COLO_CHECK(tx.commit());
  return std::move(*stored);
}

Result<Maintenance> Service::maintenance(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto found, store::find_maintenance(tx, id));
  if (!found) return Error::not_found("Maintenance");
  if (auto t = ctx.tenant()) {
    if (std::find(found->customer_ids.begin(), found->customer_ids.end(), *t) == found->customer_ids.end())
      return Error::not_found("Maintenance");
    // A customer sees which of its own devices are affected and never whom else it concerns.
    found->customer_ids = {*t};
    COLO_TRY(found->objects, store::maintenance_objects_of(tx, id, *t));
  }
  return std::move(*found);
}

Result<db::Counted<Maintenance>> Service::list_maintenance(const Context& ctx, const MaintenanceFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_maintenance(tx, ctx, f);
}

Result<std::vector<MaintenanceWindow>> Service::maintenance_windows(db::Tx& tx, std::int64_t customer_id, Instant from,
                                                                    Instant to) {
  return store::maintenance_windows(tx, customer_id, from, to);
}

Result<std::vector<MaintenanceWindow>> Service::maintenance_windows_of(db::Tx& tx,
                                                                       const std::vector<std::int64_t>& customers,
                                                                       Instant from, Instant to) {
  return store::maintenance_windows_of(tx, customers, from, to);
}

Result<SlaReport> Service::run_sla() {
  auto ctx = system_context("scheduler");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto tickets, store::open_for_sla(tx));
  std::map<std::string, WorkCalendar> calendars;
  const Instant now = clock_.now();
  SlaReport report;
  for (auto& t : tickets) {
    if (!calendars.count(t.calendar)) {
      COLO_TRY(auto cal, calendar_in(tx, t.calendar));
      calendars.emplace(t.calendar, std::move(cal));
    }
    const auto& cal = calendars.at(t.calendar);
    COLO_TRY(auto ps, store::pauses(tx, t.id, now));
    const Instant created = instant_or(t.created_at, now);
    bool changed = false;
    auto step = [&](const char* clock, int& stage_now, int target, const std::string& due,
                    std::optional<std::string> stopped_at) -> Status {
      if (stopped_at) return {};
      const std::int64_t elapsed = business_minutes(cal, created, now, ps);
      const Instant due_i = instant_or(due, now);
      std::optional<std::int64_t> since;
      if (due_i <= now) since = std::chrono::duration_cast<std::chrono::minutes>(now - due_i).count();
      const int reached = static_cast<int>(stage_for(elapsed, target, since, settings_));
      const std::string link = "/servicedesk/tickets/" + std::to_string(t.id);
      // Each step once and in order, even when one run finds a ticket two steps on.
      for (int s = stage_now + 1; s <= reached; ++s) {
        const std::string base = std::string("servicedesk.timeline.") + clock;
        const MessageParams params{{"number", t.number}, {"due", due}};
        if (s == 1) {
          COLO_CHECK(record(tx, ctx, t, true, base + "_warned", params));
          COLO_CHECK(notify::notify(tx, clock_,
                                    notify::keyed(notify::Audience::staff_role(t.group), "servicedesk.sla.warning",
                                                  "notice.servicedesk.warning", params, link)));
          ++report.warned;
        } else if (s == 2) {
          t.breached = true;
          t.escalated_at = format_instant(now);
          COLO_CHECK(record(tx, ctx, t, false, base + "_breached", params));
          COLO_CHECK(notify::notify(tx, clock_,
                                    notify::keyed(notify::Audience::staff_role(t.group), "servicedesk.sla.breached",
                                                  "notice.servicedesk.breached", params, link)));
          ++report.breached;
        } else {
          t.escalated_at = format_instant(now);
          COLO_CHECK(record(tx, ctx, t, true, base + "_escalated", params));
          COLO_CHECK(
              notify::notify(tx, clock_,
                             notify::keyed(notify::Audience::staff_role("management"), "servicedesk.sla.escalated",
                                           "notice.servicedesk.escalated", params, link)));
          ++report.escalated;
        }
        stage_now = s;
        changed = true;
      }
      return {};
    };
    COLO_CHECK(step("response", t.response_stage, t.response_target_minutes, t.response_due_at, t.first_response_at));
    COLO_CHECK(step("resolution", t.resolution_stage, t.resolution_target_minutes, t.resolution_due_at, t.resolved_at));
    if (changed) {
      t.updated_at = format_instant(now);
      COLO_CHECK(store::update_ticket(tx, t));
    }
  }
  COLO_CHECK(tx.commit());
  return report;
}

Result<std::int64_t> Service::breached_today() {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::count_breached_since(tx, format_instant(clock_.calendar().start_of(clock_.today())));
}

Result<std::int64_t> Service::open_complaints() {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::count_open_complaints(tx);
}

}  // namespace colo::servicedesk
