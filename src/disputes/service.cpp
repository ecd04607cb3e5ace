#include "disputes/service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>

#include "audit/audit.hpp"
#include "disputes/rules.hpp"
#include "disputes/store.hpp"

namespace colo::disputes {

namespace json = boost::json;

namespace {

constexpr const char* kObject = "dispute";

json::value audit_of(const Dispute& d) {
  json::object o{{"number", d.number},         {"status", d.status},         {"claim", d.claim},
                 {"amount_fen", d.amount_fen}, {"legal_hold", d.legal_hold}, {"contract_id", d.contract_id}};
  if (d.forum_kind) o["forum_kind"] = *d.forum_kind;
  if (d.forum_name) o["forum_name"] = *d.forum_name;
  if (d.case_number) o["case_number"] = *d.case_number;
  if (d.hearing_date) o["hearing_date"] = *d.hearing_date;
  if (d.outcome) o["outcome"] = *d.outcome;
  if (d.outcome_amount_fen) o["outcome_amount_fen"] = *d.outcome_amount_fen;
  if (d.credit_charge_id) o["credit_charge_id"] = *d.credit_charge_id;
  if (d.termination_request_id) o["termination_request_id"] = *d.termination_request_id;
  return o;
}

bool one_of(const std::vector<std::string>& values, const std::string& v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

Error forbidden_write() { return Error::forbidden("Working a dispute needs disputes.write."); }

}  // namespace

std::string Service::actor(const Context& ctx) const { return ctx.principal ? ctx.principal->username : "system"; }

Result<Dispute> Service::load(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto d, store::find_dispute(tx, id));
  if (!d || !ctx.sees(d->customer_id)) return Error::not_found("Dispute");
  return std::move(*d);
}

// What keeps a case open: deadlines not done and linked breach records not closed.
Result<int> Service::open_items(db::Tx& tx, std::int64_t dispute_id) {
  COLO_TRY(int deadlines, store::open_deadlines(tx, dispute_id));
  COLO_TRY(int breaches, store::open_linked_breaches(tx, dispute_id));
  return deadlines + breaches;
}

Result<Detail> Service::detail(db::Tx& tx, const Context& ctx, Dispute d) {
  Detail out;
  COLO_TRY(out.entries, store::entries_of(tx, d.id));
  COLO_TRY(out.deadlines, store::deadlines_of(tx, d.id));
  COLO_TRY(out.links, store::links_of(tx, d.id));
  COLO_TRY(int open, open_items(tx, d.id));
  out.actions = actions_for(d, open, ctx.can("disputes.write"), ctx.can("disputes.hold"));
  if (d.outcome == "payment_plan") {
    COLO_TRY(out.plan, store::find_plan(tx, d.id));
  }
  out.dispute = std::move(d);
  return out;
}

Status Service::pause_links(db::Tx& tx, const Dispute& d, bool paused, const std::string& now) {
  COLO_TRY(auto links, store::links_of(tx, d.id));
  for (const auto& l : links) {
    if (l.object_type != "invoice") continue;
    if (!paused) {
      // Another open case on the same invoice keeps it paused.
      COLO_TRY(bool other, store::linked_to_open_case(tx, "invoice", l.object_id, d.id));
      if (other) continue;
    }
    COLO_CHECK(ports_.pause_invoice(tx, l.object_id, paused, d.number, now));
  }
  return {};
}

Result<std::optional<RecordRef>> Service::record_of(const Context& ctx, const std::string& type, std::int64_t id) {
  if (type != "breach") return ports_.record(ctx, type, id);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto b, store::find_breach(tx, id));
  if (!b || !ctx.sees(b->customer_id)) return std::optional<RecordRef>{};
  return std::optional<RecordRef>(RecordRef{b->id, b->customer_id, b->contract_id, b->number, false, false});
}

Result<db::Counted<Dispute>> Service::list(const Context& ctx, const Filter& f) {
  if (!ctx.can("disputes.read")) return Error::forbidden("Reading disputes needs disputes.read.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_disputes(tx, ctx, f);
}

Result<Detail> Service::get(const Context& ctx, std::int64_t id) {
  if (!ctx.can("disputes.read")) return Error::forbidden("Reading disputes needs disputes.read.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto d, load(tx, ctx, id));
  return detail(tx, ctx, std::move(d));
}

Result<Detail> Service::open(const Context& ctx, const OpenInput& in) {
  if (!ctx.can("disputes.write")) return forbidden_write();
  std::vector<FieldError> errors;
  if (!one_of(kSourceTypes, in.source_type))
    errors.push_back({"source_type", "disputes.source_type", "direct, complaint or invoice."});
  if (!one_of(kRaisedBy, in.raised_by)) errors.push_back({"raised_by", "disputes.raised_by", "customer or operator."});
  if (in.claim.empty()) errors.push_back({"claim", "required", "Say what is claimed."});
  if (in.amount_fen < 0) errors.push_back({"amount_fen", "disputes.amount", "The amount cannot be negative."});
  if (in.respond_by && !parse_date(*in.respond_by))
    errors.push_back({"respond_by", "invalid", "A date such as 2026-09-01."});
  if (in.source_type == "direct" && !in.contract_id)
    errors.push_back({"contract_id", "required", "Name the contract in dispute."});
  if (in.source_type != "direct" && !in.source_id)
    errors.push_back({"source_id", "required", "Name the complaint or invoice."});
  if (!errors.empty()) return Error::validation(std::move(errors));

  // The source and contract are read through their modules before the write transaction.
  std::optional<RecordRef> source;
  if (in.source_type != "direct") {
    COLO_TRY(source, record_of(ctx, in.source_type == "complaint" ? "ticket" : in.source_type, *in.source_id));
    if (!source) return Error::validation({{"source_id", "disputes.source.unknown", "No such complaint or invoice."}});
    if (in.source_type == "complaint" && !source->complaint)
      return Error::validation({{"source_id", "disputes.source.not_complaint", "The ticket is not a complaint."}});
    if (in.source_type == "invoice" && !source->invoice)
      return Error::validation({{"source_id", "disputes.source.not_invoice", "Not an invoice (a credit note?)."}});
  }
  std::optional<std::int64_t> contract_id = in.contract_id;
  if (source && source->contract_id) {
    if (contract_id && *contract_id != *source->contract_id)
      return Error::validation(
          {{"contract_id", "disputes.contract.mismatch", "The source belongs to another contract."}});
    contract_id = source->contract_id;
  }
  if (!contract_id)
    return Error::validation({{"contract_id", "required", "The complaint names no contract: name it."}});
  COLO_TRY(auto contract, ports_.contract(ctx, *contract_id));
  if (!contract || (source && source->customer_id != contract->customer_id))
    return Error::validation({{"contract_id", "disputes.contract.unknown", "No such contract of the customer."}});

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  const auto today = clock_.today();
  const std::string now = format_instant(clock_.now());
  const int year = static_cast<int>(today.year());
  COLO_TRY(auto n, store::next_number(tx, year));
  char number[32];
  std::snprintf(number, sizeof number, "DSP-%d-%06lld", year, static_cast<long long>(n));
  Dispute d;
  d.number = number;
  d.customer_id = contract->customer_id;
  d.customer_name = contract->customer_name;
  d.contract_id = contract->id;
  d.contract_number = contract->number;
  d.source_type = in.source_type;
  if (source) {
    d.source_id = source->id;
    d.source_number = source->number;
  }
  d.raised_by = in.raised_by;
  d.claim = in.claim;
  d.amount_fen = in.amount_fen;
  d.created_by = actor(ctx);
  d.created_at = d.updated_at = now;
  COLO_TRY(d.id, store::insert_dispute(tx, d));
  if (source) {
    Link l{0, d.id, in.source_type == "complaint" ? "ticket" : in.source_type, source->id, source->number, now};
    COLO_CHECK(store::insert_link(tx, l));
  }
  if (in.respond_by) {
    Deadline dl{0, d.id, "respond", *in.respond_by, std::nullopt, d.created_by, now};
    COLO_CHECK(store::insert_deadline(tx, dl));
  }
  COLO_CHECK(pause_links(tx, d, true, now));
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(d.id), "create", nullptr, audit_of(d), d.customer_id}));
  COLO_TRY(auto out, detail(tx, ctx, d));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Detail> Service::log(const Context& ctx, std::int64_t id, const EntryInput& in) {
  if (!ctx.can("disputes.write")) return forbidden_write();
  std::vector<FieldError> errors;
  if (!one_of(kEntryKinds, in.kind))
    errors.push_back({"kind", "disputes.entry.kind", "meeting, proposal, document, note or hearing."});
  if (!parse_date(in.on_date)) errors.push_back({"on_date", "invalid", "A date such as 2026-09-01."});
  if (in.summary.empty()) errors.push_back({"summary", "required", "Say what happened."});
  if (in.amount_fen && *in.amount_fen < 0)
    errors.push_back({"amount_fen", "disputes.amount", "The amount cannot be negative."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load(tx, ctx, id));
  COLO_CHECK(check_step(d.status, "log", 0));
  const std::string now = format_instant(clock_.now());
  Entry e{0, d.id, in.kind, in.on_date, in.summary, in.amount_fen, actor(ctx), now};
  COLO_TRY(e.id, store::insert_entry(tx, e));
  d.updated_at = now;
  COLO_CHECK(store::update_dispute(tx, d));
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {kObject, std::to_string(d.id), "log", nullptr,
                     json::object{{"kind", e.kind}, {"on_date", e.on_date}, {"summary", e.summary}}, d.customer_id}));
  COLO_TRY(auto out, detail(tx, ctx, d));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Detail> Service::add_deadline(const Context& ctx, std::int64_t id, const std::string& title,
                                     const std::string& due) {
  if (!ctx.can("disputes.write")) return forbidden_write();
  std::vector<FieldError> errors;
  if (title.empty()) errors.push_back({"title", "required", "Say what is due."});
  if (!parse_date(due)) errors.push_back({"due_date", "invalid", "A date such as 2026-09-01."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load(tx, ctx, id));
  COLO_CHECK(check_step(d.status, "deadline", 0));
  const std::string now = format_instant(clock_.now());
  Deadline dl{0, d.id, title, due, std::nullopt, actor(ctx), now};
  COLO_CHECK(store::insert_deadline(tx, dl));
  d.updated_at = now;
  COLO_CHECK(store::update_dispute(tx, d));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kObject, std::to_string(d.id), "deadline", nullptr,
                            json::object{{"title", title}, {"due_date", due}}, d.customer_id}));
  COLO_TRY(auto out, detail(tx, ctx, d));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Detail> Service::complete_deadline(const Context& ctx, std::int64_t id, std::int64_t deadline_id) {
  if (!ctx.can("disputes.write")) return forbidden_write();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load(tx, ctx, id));
  COLO_CHECK(check_step(d.status, "deadline", 0));
  const std::string now = format_instant(clock_.now());
  COLO_TRY(bool done, store::complete_deadline(tx, d.id, deadline_id, now));
  if (!done) {
    COLO_TRY(auto all, store::deadlines_of(tx, d.id));
    const bool exists = std::any_of(all.begin(), all.end(), [&](const Deadline& x) { return x.id == deadline_id; });
    if (!exists) return Error::not_found("Deadline");
    return Error::conflict("disputes.deadline.done", "The deadline is done already.");
  }
  d.updated_at = now;
  COLO_CHECK(store::update_dispute(tx, d));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kObject, std::to_string(d.id), "deadline_done", nullptr,
                            json::object{{"deadline_id", deadline_id}}, d.customer_id}));
  COLO_TRY(auto out, detail(tx, ctx, d));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Detail> Service::link(const Context& ctx, std::int64_t id, const std::string& type, std::int64_t object_id) {
  if (!ctx.can("disputes.write")) return forbidden_write();
  if (!one_of(kLinkTypes, type))
    return Error::validation({{"object_type", "disputes.link.type", "An invoice, a ticket or a breach."}});
  // An entry-log entry is the operator's record of the rooms (a refusal may name no customer): it
  // is linked by its id, for the legal hold to keep it from the log's retention.
  std::optional<RecordRef> record;
  if (type != "entry") {
    COLO_TRY(record, record_of(ctx, type, object_id));
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load(tx, ctx, id));
  if (type == "entry") record = RecordRef{object_id, d.customer_id, std::nullopt, std::to_string(object_id)};
  if (!record || record->customer_id != d.customer_id || (type == "invoice" && !record->invoice))
    return Error::validation({{"object_id", "disputes.link.unknown", "No such record of the customer."}});
  COLO_CHECK(check_step(d.status, "link", 0));
  const std::string now = format_instant(clock_.now());
  COLO_TRY(auto inserted, store::insert_link(tx, Link{0, d.id, type, object_id, record->number, now}));
  if (!inserted) return Error::conflict("disputes.link.duplicate", "The case links this record already.");
  if (type == "invoice") COLO_CHECK(ports_.pause_invoice(tx, object_id, true, d.number, now));
  d.updated_at = now;
  COLO_CHECK(store::update_dispute(tx, d));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {kObject, std::to_string(d.id), "link", nullptr,
       json::object{{"object_type", type}, {"object_id", object_id}, {"label", record->number}}, d.customer_id}));
  COLO_TRY(auto out, detail(tx, ctx, d));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Detail> Service::unlink(const Context& ctx, std::int64_t id, std::int64_t link_id) {
  if (!ctx.can("disputes.write")) return forbidden_write();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load(tx, ctx, id));
  COLO_TRY(auto l, store::find_link(tx, d.id, link_id));
  if (!l) return Error::not_found("Link");
  if (d.legal_hold)
    return Error::conflict("disputes.legal_hold", "The case is under legal hold: its records stay.")
        .with("number", d.number);
  COLO_CHECK(check_step(d.status, "link", 0));
  const std::string now = format_instant(clock_.now());
  COLO_CHECK(store::delete_link(tx, l->id));
  if (l->object_type == "invoice") {
    COLO_TRY(bool other, store::linked_to_open_case(tx, "invoice", l->object_id, d.id));
    if (!other) COLO_CHECK(ports_.pause_invoice(tx, l->object_id, false, "", now));
  }
  d.updated_at = now;
  COLO_CHECK(store::update_dispute(tx, d));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {kObject, std::to_string(d.id), "unlink",
       json::object{{"object_type", l->object_type}, {"object_id", l->object_id}}, nullptr, d.customer_id}));
  COLO_TRY(auto out, detail(tx, ctx, d));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Detail> Service::escalate(const Context& ctx, std::int64_t id, const EscalateInput& in) {
  if (!ctx.can("disputes.write")) return forbidden_write();
  if (auto errors = escalation_errors(in); !errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load(tx, ctx, id));
  COLO_CHECK(check_step(d.status, "escalate", 0));
  const auto before = audit_of(d);
  const std::string now = format_instant(clock_.now());
  d.status = "escalated";
  d.forum_kind = in.forum_kind;
  d.forum_name = in.forum_name;
  d.case_number = in.case_number;
  d.hearing_date = in.hearing_date;
  d.escalated_at = now;
  d.updated_at = now;
  COLO_CHECK(store::update_dispute(tx, d));
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(d.id), "escalate", before, audit_of(d), d.customer_id}));
  COLO_TRY(auto out, detail(tx, ctx, d));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Detail> Service::update_case(const Context& ctx, std::int64_t id, const std::optional<std::string>& case_number,
                                    const std::optional<std::string>& hearing_date) {
  if (!ctx.can("disputes.write")) return forbidden_write();
  if (hearing_date && !parse_date(*hearing_date))
    return Error::validation({{"hearing_date", "invalid", "A date such as 2026-09-01."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load(tx, ctx, id));
  COLO_CHECK(check_step(d.status, "case", 0));
  const auto before = audit_of(d);
  const std::string now = format_instant(clock_.now());
  if (case_number) d.case_number = *case_number;
  if (hearing_date) d.hearing_date = *hearing_date;
  d.updated_at = now;
  COLO_CHECK(store::update_dispute(tx, d));
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(d.id), "case", before, audit_of(d), d.customer_id}));
  COLO_TRY(auto out, detail(tx, ctx, d));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Detail> Service::hold(const Context& ctx, std::int64_t id, bool on, const std::string& reason) {
  if (!ctx.can("disputes.hold")) return Error::forbidden("A legal hold needs disputes.hold.");
  if (on && reason.empty()) return Error::validation({{"reason", "required", "Say why the records are held."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load(tx, ctx, id));
  const auto before = audit_of(d);
  d.legal_hold = on;
  d.hold_reason = on ? std::optional<std::string>(reason) : std::nullopt;
  d.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update_dispute(tx, d));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {kObject, std::to_string(d.id), on ? "hold" : "release", before, audit_of(d), d.customer_id}));
  COLO_TRY(auto out, detail(tx, ctx, d));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Detail> Service::close(const Context& ctx, std::int64_t id, const CloseInput& in) {
  if (!ctx.can("disputes.write")) return forbidden_write();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load(tx, ctx, id));
  // The state first: a second close of the same case is the loser of a race, not bad input.
  COLO_TRY(int open, open_items(tx, d.id));
  COLO_CHECK(check_step(d.status, "close", open));
  auto errors = outcome_errors(in, d.amount_fen);
  for (auto& e : plan_errors(in, clock_.today())) errors.push_back(std::move(e));
  if (!errors.empty()) return Error::validation(std::move(errors));
  const auto before = audit_of(d);
  const std::string now = format_instant(clock_.now());
  d.status = closed_status(in.outcome);
  d.outcome = in.outcome;
  d.outcome_amount_fen = in.amount_fen;
  d.outcome_note = in.note.empty() ? std::nullopt : std::optional<std::string>(in.note);
  d.closed_at = now;
  d.updated_at = now;
  if (in.outcome == "credit") {
    Charge c{d.customer_id, d.contract_id, "credit",  -*in.amount_fen, d.number + " " + d.claim,
             "dispute",     d.id,          actor(ctx)};
    COLO_TRY(d.credit_charge_id, ports_.charge(tx, c));
  }
  // A termination agreed or ruled opens the contract's termination request, in this transaction:
  // business then decides it as any other (its errors, such as a contract no longer live or a
  // request already open, refuse the close).
  if (in.outcome == "termination") {
    const Date end = in.end_date.value_or(clock_.today());
    COLO_TRY(d.termination_request_id,
             ports_.request_termination(tx, ctx, d.contract_id, d.number + " " + in.note, end));
  }
  json::value after = audit_of(d);
  if (in.outcome == "payment_plan") {
    // The agreed schedule replaces the case as what keeps the invoices paused: the pause stays
    // until an instalment is overdue. Payments after today count towards the instalments.
    Plan plan;
    for (std::size_t i = 0; i < in.plan.size(); ++i) {
      plan.instalments.push_back({static_cast<int>(i + 1), in.plan[i].due_date, in.plan[i].amount_fen});
      plan.total_fen += in.plan[i].amount_fen;
    }
    COLO_TRY(auto links, store::links_of(tx, d.id));
    for (const auto& l : links)
      if (l.object_type == "invoice") {
        COLO_TRY(auto paid, ports_.invoice_paid(tx, l.object_id));
        plan.paid_base_fen += paid;
      }
    d.outcome_amount_fen = plan.total_fen;
    COLO_CHECK(store::insert_plan(tx, d.id, plan, now));
    after = audit_of(d);
    json::array schedule;
    for (const auto& i : plan.instalments)
      schedule.push_back(json::object{{"seq", i.seq}, {"due_date", i.due_date}, {"amount_fen", i.amount_fen}});
    after.as_object()["plan"] = std::move(schedule);
  } else {
    COLO_CHECK(pause_links(tx, d, false, now));
  }
  COLO_CHECK(store::update_dispute(tx, d));
  COLO_CHECK(audit::record(tx, ctx, clock_, {kObject, std::to_string(d.id), "close", before, after, d.customer_id}));
  COLO_TRY(auto out, detail(tx, ctx, d));
  COLO_CHECK(tx.commit());
  return out;
}

Result<PlanReport> Service::check_plans(Date day) {
  PlanReport report;
  std::vector<std::int64_t> ids;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(ids, store::kept_plans(tx));
  }
  const auto ctx = system_context("dispute-plans");
  // One transaction per plan: one that fails does not hold back the others' lapse.
  for (auto id : ids) {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
    COLO_TRY(auto found, store::find_dispute(tx, id));
    COLO_TRY(auto plan, store::find_plan(tx, id));
    if (!found || !plan || plan->lapsed_at) continue;
    ++report.checked;
    std::int64_t paid = 0;
    COLO_TRY(auto links, store::links_of(tx, id));
    for (const auto& l : links)
      if (l.object_type == "invoice") {
        COLO_TRY(auto p, ports_.invoice_paid(tx, l.object_id));
        paid += p;
      }
    auto overdue = overdue_instalment(plan->instalments, paid - plan->paid_base_fen, day);
    if (!overdue) continue;
    const std::string now = format_instant(clock_.now());
    // Another run lapsed it first: nothing more to do.
    COLO_TRY(bool mine, store::lapse_plan(tx, id, now));
    if (!mine) continue;
    COLO_CHECK(pause_links(tx, *found, false, now));
    COLO_CHECK(audit::record(tx, ctx, clock_,
                             {kObject, std::to_string(id), "plan_lapsed", json::object{{"plan", "kept"}},
                              json::object{{"plan", "lapsed"},
                                           {"instalment", overdue->seq},
                                           {"due_date", overdue->due_date},
                                           {"amount_fen", overdue->amount_fen},
                                           {"paid_since_fen", paid - plan->paid_base_fen},
                                           {"day", format_date(day)}},
                              found->customer_id}));
    COLO_CHECK(tx.commit());
    ++report.lapsed;
  }
  return report;
}

Result<std::vector<std::int64_t>> Service::held(db::Tx& tx, const std::string& object_type) {
  return store::held_objects(tx, object_type);
}

}  // namespace colo::disputes
