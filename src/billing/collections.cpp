#include "billing/collections.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "billing/collections_store.hpp"
#include "billing/ledger.hpp"
#include "i18n/catalogue.hpp"
#include "notify/notify.hpp"

namespace colo::billing {

namespace json = boost::json;
namespace cs = collections_store;

namespace {

constexpr const char* kPenaltyObject = "billing.penalty";
constexpr const char* kSuspensionObject = "billing.suspension";
constexpr int kBatch = 200;
// Statuses of a device in service that a suspension stops; planned and retired ones stay.
const std::set<std::string> kInService = {"installed", "active"};

// 1234.56 from 123456 fen, for messages.
std::string yuan(std::int64_t fen) {
  const bool negative = fen < 0;
  const std::int64_t a = negative ? -fen : fen;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s%lld.%02lld", negative ? "-" : "", static_cast<long long>(a / 100),
                static_cast<long long>(a % 100));
  return buf;
}

std::string link_of(const Suspension& s) { return "/billing/suspensions/" + std::to_string(s.id); }

json::object suspension_json(const Suspension& s) {
  return json::object{{"status", s.status},
                      {"reason", s.reason},
                      {"stop_power", s.stop_power},
                      {"stop_ports", s.stop_ports},
                      {"stop_access", s.stop_access}};
}

const workflow::Transition& transition_named(std::string_view action) {
  for (const auto& t : suspension_workflow().transitions)
    if (t.action == action) return t;
  throw std::logic_error("no suspension transition " + std::string(action));
}

// The step that opens a suspension's timeline.
workflow::Transition proposal_step() { return {"propose", {}, "proposed", kPermSuspensionPropose, false, false, true}; }
// Abuse or over-use stopped at once by operations: the proposal takes effect in the same
// transaction. Not in the workflow's definition, so no one can take it on a proposal later.
workflow::Transition immediate_step() {
  return {"suspend_now", {"proposed"}, "active", kPermSuspensionImmediate, false, false, true};
}

}  // namespace

// ------------------------------------------------------------------ hooks for other modules

Result<bool> contract_suspended(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto s, cs::open_suspension(tx, contract_id));
  return s && suspension_in_force(s->status);
}

Result<Standing> contract_standing(db::Tx& tx, std::int64_t contract_id, Date today) {
  Standing st;
  st.contract_id = contract_id;
  COLO_TRY(auto overdue, cs::overdue_of(tx, contract_id, today, false));
  st.overdue_fen = overdue.fen;
  st.overdue_invoices = overdue.invoices;
  st.oldest_due_date = overdue.oldest_due_date;
  COLO_TRY(st.penalty_fen, cs::unbilled_penalty_of(tx, contract_id));
  COLO_TRY(auto s, cs::open_suspension(tx, contract_id));
  if (s) {
    st.suspension_id = s->id;
    st.suspension_status = s->status;
    st.suspended = suspension_in_force(s->status);
  }
  return st;
}

Status set_penalty_paused(db::Tx& tx, std::int64_t invoice_id, bool paused, const std::string& reason,
                          const std::string& now) {
  COLO_TRY(auto found, cs::find_penalty(tx, invoice_id));
  if (!found) return Error::not_found("Invoice");
  auto p = std::move(*found);
  p.paused = paused;
  p.paused_reason = paused ? reason : "";
  p.updated_at = now;
  return cs::save_state(tx, p);
}

// ------------------------------------------------------------------ penalties

Status CollectionsService::sync_charge(db::Tx& tx, Penalty& p, const std::string& now) {
  // What a billing run put on an invoice since the last look is billed now.
  if (p.open_charge_id) {
    COLO_TRY(auto charge, cs::charge_state(tx, *p.open_charge_id));
    if (!charge || charge->cancelled) {
      p.open_charge_id.reset();
    } else if (charge->billed) {
      p.billed_fen += charge->amount_fen;
      p.open_charge_id.reset();
    }
  }
  // The one open charge holds what is accrued and neither waived nor billed.
  const std::int64_t target = p.waivable();
  if (p.open_charge_id) {
    if (target == 0) {
      COLO_CHECK(cs::cancel_charge(tx, *p.open_charge_id, now));
      p.open_charge_id.reset();
    } else if (target != p.open_charge_fen) {
      COLO_TRY(bool changed, cs::set_charge_amount(tx, *p.open_charge_id, target));
      if (!changed) return Error::internal("the open late-fee charge changed under a write transaction");
    }
  } else if (target > 0) {
    PendingCharge c;
    c.customer_id = p.customer_id;
    c.contract_id = p.contract_id;
    c.kind = "late_fee";
    c.description = i18n::render_or("zh-CN", "billing.late_fee.line",
                                    {{"number", p.invoice_number}, {"due_date", format_date(p.due_date)}},
                                    "Late-payment penalty on " + p.invoice_number);
    c.quantity_milli = 1000;
    c.unit = "item";
    c.amount_fen = target;
    // The operator's policy on VAT for 违约金 ([billing] late_fee_tax_rate_bp, 0 by default).
    c.tax_rate_bp = options_.late_fee_tax_rate_bp;
    c.source_type = "billing_invoice";
    c.source_id = p.invoice_id;
    c.created_by_name = "system";
    c.created_at = now;
    COLO_TRY(auto id, add_pending_charge(tx, c));
    p.open_charge_id = id;
  }
  p.open_charge_fen = p.open_charge_id ? target : 0;
  return {};
}

Status CollectionsService::accrue(db::Tx& tx, const Context& ctx, Date day, CollectionsReport& report) {
  (void)ctx;
  const std::string now = format_instant(clock_.now());
  std::map<std::int64_t, PenaltyTerms> terms;
  std::int64_t after = 0;
  for (;;) {
    COLO_TRY(auto batch, cs::overdue_invoices(tx, day, after, kBatch));
    if (batch.empty()) break;
    for (auto& p : batch) {
      after = p.invoice_id;
      if (p.accrued_through && *p.accrued_through >= day) continue;  // this day ran already
      auto it = terms.find(p.contract_id);
      if (it == terms.end()) {
        COLO_TRY(auto facts, ports_.contract(tx, p.contract_id, day));
        it = terms.emplace(p.contract_id, facts ? facts->penalty : PenaltyTerms{}).first;
      }
      p.bp_per_day = it->second.bp_per_day;
      p.cap_bp = it->second.cap_bp;
      if (p.paused) {
        // In dispute: the days pass without a penalty and are not caught up afterwards.
        p.accrued_through = day;
      } else {
        PenaltyState s{p.accrued_exact, p.cap_base_fen, p.accrued_through};
        s = accrue_through(s, p.due_date, day, p.outstanding_fen, it->second);
        p.accrued_exact = s.accrued_exact;
        p.cap_base_fen = s.cap_base_fen;
        p.accrued_through = s.accrued_through;
        ++report.accrued;
      }
      p.updated_at = now;
      COLO_CHECK(sync_charge(tx, p, now));
      COLO_CHECK(cs::save_state(tx, p));
    }
    if (static_cast<int>(batch.size()) < kBatch) break;
  }
  // Invoices paid since (no longer overdue) keep their penalty; their charge follows the runs.
  after = 0;
  for (;;) {
    COLO_TRY(auto batch, cs::unsettled_penalties(tx, after, kBatch));
    if (batch.empty()) break;
    for (auto& p : batch) {
      after = p.invoice_id;
      const auto before_open = p.open_charge_id;
      const auto before_billed = p.billed_fen;
      const auto before_fen = p.open_charge_fen;
      COLO_CHECK(sync_charge(tx, p, now));
      if (p.open_charge_id != before_open || p.billed_fen != before_billed || p.open_charge_fen != before_fen) {
        p.updated_at = now;
        COLO_CHECK(cs::save_state(tx, p));
      }
    }
    if (static_cast<int>(batch.size()) < kBatch) break;
  }
  return {};
}

Result<std::pair<std::int64_t, std::vector<Penalty>>> CollectionsService::penalties(const Context& ctx,
                                                                                    const PenaltyFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return cs::list_penalties(tx, ctx, f);
}

Result<PenaltyDetail> CollectionsService::penalty(const Context& ctx, std::int64_t invoice_id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto found, cs::find_penalty(tx, invoice_id));
  if (!found || !ctx.sees(found->customer_id)) return Error::not_found("Invoice");
  PenaltyDetail d;
  d.penalty = std::move(*found);
  COLO_TRY(d.waivers, cs::waivers(tx, invoice_id));
  COLO_TRY(d.reminders, cs::reminders_of(tx, invoice_id));
  return d;
}

Result<PenaltyDetail> CollectionsService::waive(const Context& ctx, std::int64_t invoice_id, std::int64_t amount_fen,
                                                const std::string& reason) {
  if (!ctx.can("billing.write")) return Error::forbidden("Waiving a penalty needs billing.write.");
  if (amount_fen <= 0) return Error::validation({{"amount_fen", "out_of_range", "A positive number of fen."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, cs::find_penalty(tx, invoice_id));
  if (!found || !ctx.sees(found->customer_id)) return Error::not_found("Invoice");
  auto p = std::move(*found);
  const std::string now = format_instant(clock_.now());
  const auto before = json::object{{"waived_fen", p.waived_fen}, {"billed_fen", p.billed_fen}};
  COLO_CHECK(sync_charge(tx, p, now));
  if (amount_fen > p.waivable())
    return Error::unprocessable("billing.penalty.waive_exceeds",
                                "At most " + yuan(p.waivable()) +
                                    " of this penalty can be waived; a penalty already on an invoice is "
                                    "waived with a credit note on that invoice.",
                                {{"amount_fen", "billing.penalty.waive_exceeds", "More than can be waived."}})
        .with("number", p.invoice_number)
        .with("amount", yuan(p.waivable()));
  Waiver w;
  w.invoice_id = p.invoice_id;
  w.customer_id = p.customer_id;
  w.amount_fen = amount_fen;
  w.reason = reason;
  w.created_by = ctx.principal->user_id;
  w.created_by_name = ctx.principal->username;
  w.created_at = now;
  COLO_TRY(w.id, cs::insert_waiver(tx, w));
  p.waived_fen += amount_fen;
  COLO_CHECK(sync_charge(tx, p, now));
  p.updated_at = now;
  COLO_CHECK(cs::save_state(tx, p));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {kPenaltyObject, std::to_string(p.invoice_id), "waive", before,
       json::object{
           {"waived_fen", p.waived_fen}, {"billed_fen", p.billed_fen}, {"amount_fen", amount_fen}, {"reason", reason}},
       p.customer_id}));
  COLO_CHECK(notify::notify(
      tx, clock_,
      notify::keyed(notify::Audience::customer(p.customer_id), "billing.penalty_waived",
                    "notice.billing.penalty_waived", {{"number", p.invoice_number}, {"amount", yuan(amount_fen)}},
                    "/billing/invoices/" + std::to_string(p.invoice_id), reason)));
  PenaltyDetail d;
  d.penalty = p;
  COLO_TRY(d.waivers, cs::waivers(tx, invoice_id));
  COLO_TRY(d.reminders, cs::reminders_of(tx, invoice_id));
  COLO_CHECK(tx.commit());
  return d;
}

Result<PenaltyDetail> CollectionsService::pause(const Context& ctx, std::int64_t invoice_id, bool paused,
                                                const std::string& reason) {
  if (!ctx.can("billing.write")) return Error::forbidden("Pausing a penalty needs billing.write.");
  if (paused && reason.empty()) return Error::validation({{"reason", "required", "Say why (the dispute)."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, cs::find_penalty(tx, invoice_id));
  if (!found || !ctx.sees(found->customer_id)) return Error::not_found("Invoice");
  const bool was = found->paused;
  const std::string now = format_instant(clock_.now());
  COLO_CHECK(set_penalty_paused(tx, invoice_id, paused, reason, now));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {kPenaltyObject, std::to_string(invoice_id), paused ? "pause" : "resume", json::object{{"paused", was}},
       json::object{{"paused", paused}, {"reason", reason}}, found->customer_id}));
  PenaltyDetail d;
  COLO_TRY(auto again, cs::find_penalty(tx, invoice_id));
  d.penalty = std::move(*again);
  COLO_TRY(d.waivers, cs::waivers(tx, invoice_id));
  COLO_TRY(d.reminders, cs::reminders_of(tx, invoice_id));
  COLO_CHECK(tx.commit());
  return d;
}

// ------------------------------------------------------------------ dunning

Status CollectionsService::remind(db::Tx& tx, Date day, CollectionsReport& report) {
  const auto& offsets = options_.reminder_days;
  if (offsets.empty()) return {};
  const std::string now = format_instant(clock_.now());
  // Invoices whose first reminder's day has come and that have not had the last one.
  COLO_TRY(auto candidates, cs::awaiting_reminders(tx, add_days(day, -offsets.front()), offsets.back()));
  std::vector<std::int64_t> ids;
  for (const auto& p : candidates) ids.push_back(p.invoice_id);
  COLO_TRY(auto sent_rows, cs::sent_offsets(tx, ids));
  std::map<std::int64_t, std::vector<int>> sent;
  for (const auto& [id, offset] : sent_rows) sent[id].push_back(offset);
  for (const auto& p : candidates) {
    auto offset = reminder_due(p.due_date, day, offsets, sent[p.invoice_id]);
    if (!offset) continue;
    Reminder r;
    r.invoice_id = p.invoice_id;
    r.customer_id = p.customer_id;
    r.offset_days = *offset;
    r.reminder_date = day;
    r.due_date = p.due_date;
    r.outstanding_fen = p.outstanding_fen;
    r.penalty_fen = std::max<std::int64_t>(0, p.accrued_fen() - p.waived_fen);
    r.sent_at = now;
    COLO_TRY(bool inserted, cs::insert_reminder(tx, r));
    if (!inserted) continue;
    ++report.reminders;
    const std::string key = *offset < 0    ? "notice.billing.reminder_before"
                            : *offset == 0 ? "notice.billing.reminder_due"
                                           : "notice.billing.reminder_overdue";
    const MessageParams params{{"number", p.invoice_number},
                               {"amount", yuan(p.outstanding_fen)},
                               {"due_date", format_date(p.due_date)},
                               {"days", std::to_string(*offset < 0 ? -*offset : *offset)},
                               {"penalty", yuan(r.penalty_fen)}};
    COLO_CHECK(notify::notify(
        tx, clock_,
        notify::keyed(notify::Audience::customer(p.customer_id), "billing.reminder", key, params,
                      "/billing/invoices/" + std::to_string(p.invoice_id), {}, "notice.billing.reminder_body")));
    COLO_CHECK(notify::publish(tx, clock_, "invoice.reminder",
                               json::object{{"invoice_id", p.invoice_id},
                                            {"number", p.invoice_number},
                                            {"customer_id", p.customer_id},
                                            {"offset_days", *offset},
                                            {"due_date", format_date(p.due_date)},
                                            {"outstanding_fen", p.outstanding_fen},
                                            {"penalty_fen", r.penalty_fen}}));
  }
  return {};
}

Result<std::pair<std::int64_t, std::vector<Reminder>>> CollectionsService::reminders(const Context& ctx,
                                                                                     const ReminderFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return cs::list_reminders(tx, ctx, f);
}

// ------------------------------------------------------------------ suspensions

Result<SuspensionView> CollectionsService::view(db::Tx& tx, const Context& ctx, Suspension s) {
  SuspensionView v;
  COLO_TRY(v.devices, cs::suspension_devices(tx, s.id));
  COLO_TRY(v.timeline, workflow::history(tx, kSuspensionObject, s.id));
  workflow::localise(v.timeline, ctx.lang);
  if (!ctx.tenant())
    for (const auto* t : suspension_workflow().available(s.status, ctx)) v.actions.push_back(t->action);
  v.suspension = std::move(s);
  return v;
}

Status CollectionsService::stop_devices(db::Tx& tx, const Context& ctx, const Suspension& s) {
  COLO_TRY(auto devices, ports_.devices(tx, ctx, s.contract_id));
  for (const auto& d : devices) {
    if (!kInService.count(d.status)) continue;
    COLO_CHECK(cs::insert_suspension_device(tx, s.id, {d.id, d.name, d.status, std::nullopt}));
    COLO_CHECK(ports_.set_device_status(tx, ctx, d.id, ports_.suspended_status));
  }
  return {};
}

Status CollectionsService::restore_devices(db::Tx& tx, const Context& ctx, const Suspension& s) {
  COLO_TRY(auto stopped, cs::suspension_devices(tx, s.id));
  COLO_TRY(auto now_in_ledger, ports_.devices(tx, ctx, s.contract_id));
  std::map<std::int64_t, std::string> status;
  for (const auto& d : now_in_ledger) status[d.id] = d.status;
  const std::string now = format_instant(clock_.now());
  for (const auto& d : stopped) {
    if (d.restored_at) continue;
    // A device someone moved on since (retired, under maintenance of its own) is left as it is.
    auto it = status.find(d.device_id);
    if (it != status.end() && it->second == ports_.suspended_status)
      COLO_CHECK(ports_.set_device_status(tx, ctx, d.device_id, d.previous_status));
    COLO_CHECK(cs::mark_device_restored(tx, s.id, d.device_id, now));
  }
  return {};
}

Status CollectionsService::take(db::Tx& tx, const Context& ctx, Suspension& s, const workflow::Transition& t,
                                const std::string& comment_or_key, const MessageParams& params, bool system) {
  const std::string from = s.status;
  const auto before = suspension_json(s);
  const std::string now = format_instant(clock_.now());
  s.status = t.to;
  s.updated_at = now;
  if (t.action == "approve" || t.action == "suspend_now") {
    s.suspended_at = now;
    COLO_CHECK(stop_devices(tx, ctx, s));
  } else if (t.action == "approve_lift") {
    s.lifted_at = now;
    COLO_CHECK(restore_devices(tx, ctx, s));
  }
  COLO_CHECK(cs::update_suspension(tx, s));
  if (system)
    COLO_CHECK(workflow::record(tx, ctx, clock_, kSuspensionObject, s.id, t, from, comment_or_key, params));
  else
    COLO_CHECK(workflow::record(tx, ctx, clock_, kSuspensionObject, s.id, t, from, comment_or_key));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {kSuspensionObject, std::to_string(s.id), t.action, before, suspension_json(s), s.customer_id}));
  const MessageParams names{{"number", s.contract_number}, {"customer", s.customer_name}};
  const std::string body = system ? std::string() : comment_or_key;
  auto tell_customer = [&](const char* key) {
    return notify::notify(tx, clock_,
                          notify::keyed(notify::Audience::customer(s.customer_id), "billing.suspension", key, names,
                                        "/contracts/" + std::to_string(s.contract_id), body));
  };
  auto tell_role = [&](const char* role, const char* key) {
    return notify::notify(
        tx, clock_,
        notify::keyed(notify::Audience::staff_role(role), "billing.suspension", key, names, link_of(s), body));
  };
  if (t.action == "approve") {
    COLO_CHECK(tell_customer("notice.billing.suspended"));
    COLO_CHECK(tell_role("operations", "notice.billing.suspended"));
  } else if (t.action == "suspend_now") {
    COLO_CHECK(tell_customer("notice.billing.suspended"));
    COLO_CHECK(tell_role("management", "notice.billing.suspended"));
  } else if (t.action == "approve_lift") {
    COLO_CHECK(tell_customer("notice.billing.suspension_lifted"));
    COLO_CHECK(tell_role("operations", "notice.billing.suspension_lifted"));
  } else if (t.action == "propose_lift") {
    COLO_CHECK(tell_role("management", "notice.billing.lift_proposed"));
  } else if (t.action == "reject" || t.action == "withdraw" || t.action == "reject_lift") {
    COLO_CHECK(tell_role(
        "finance", t.action == "reject_lift" ? "notice.billing.lift_rejected" : "notice.billing.suspension_closed"));
  }
  return notify::publish(tx, clock_, "billing.suspension." + t.action,
                         json::object{{"suspension_id", s.id},
                                      {"contract_id", s.contract_id},
                                      {"number", s.contract_number},
                                      {"customer_id", s.customer_id},
                                      {"status", s.status},
                                      {"reason", s.reason}});
}

Result<std::pair<std::int64_t, std::vector<Suspension>>> CollectionsService::suspensions(const Context& ctx,
                                                                                         const SuspensionFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return cs::list_suspensions(tx, ctx, f);
}

Result<SuspensionView> CollectionsService::suspension(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto s, cs::find_suspension(tx, id));
  if (!s || !ctx.sees(s->customer_id)) return Error::not_found("Suspension");
  return view(tx, ctx, std::move(*s));
}

Result<SuspensionView> CollectionsService::propose(const Context& ctx, const SuspensionInput& in) {
  if (!ctx.can(kPermSuspensionPropose))
    return Error::forbidden("Proposing a suspension needs " + std::string(kPermSuspensionPropose) + ".");
  std::vector<FieldError> errors;
  if (std::find(kSuspensionReasons.begin(), kSuspensionReasons.end(), in.reason) == kSuspensionReasons.end())
    errors.push_back({"reason", "invalid_choice", "non_payment, abuse or overuse."});
  if (in.reason != "non_payment" && in.evidence.empty())
    errors.push_back({"evidence", "required", "Abuse and over-use need the evidence."});
  if (!in.stop_power && !in.stop_ports && !in.stop_access)
    errors.push_back({"stop_power", "billing.suspension.nothing_stopped", "Stop power, ports or access."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  const Date today = clock_.today();
  COLO_TRY(auto facts, ports_.contract(tx, in.contract_id, today));
  if (!facts || !ctx.sees(facts->customer_id)) return Error::not_found("Contract");
  if (facts->status != "active")
    return Error::conflict("billing.suspension.contract_not_live", "Only an active contract's service can be stopped.")
        .with("number", facts->number);
  COLO_TRY(auto open, cs::open_suspension(tx, facts->id));
  if (open)
    return Error::conflict("billing.suspension.open", "The contract already has an open suspension.")
        .with("number", facts->number);
  COLO_TRY(auto overdue, cs::overdue_of(tx, facts->id, today, true));
  if (in.reason == "non_payment" && overdue.invoices == 0)
    return Error::unprocessable("billing.suspension.nothing_overdue", "The contract has no overdue invoice.",
                                {{"reason", "billing.suspension.nothing_overdue", "Nothing is overdue."}})
        .with("number", facts->number);
  Suspension s;
  s.contract_id = facts->id;
  s.contract_number = facts->number;
  s.customer_id = facts->customer_id;
  s.customer_name = facts->customer_name;
  s.reason = in.reason;
  s.evidence = in.evidence;
  s.status = "proposed";
  s.stop_power = in.stop_power;
  s.stop_ports = in.stop_ports;
  s.stop_access = in.stop_access;
  s.overdue_fen = overdue.fen;
  s.oldest_due_date = overdue.oldest_due_date;
  s.proposed_by = ctx.principal->user_id;
  s.proposed_by_name = ctx.principal->username;
  s.created_at = s.updated_at = format_instant(clock_.now());
  auto id = cs::insert_suspension(tx, s);
  if (!id.ok() && id.error().is("db.unique_violation"))
    return Error::conflict("billing.suspension.open", "The contract already has an open suspension.")
        .with("number", facts->number);
  COLO_TRY(s.id, std::move(id));
  const auto step = proposal_step();
  // Abuse or over-use started by operations needs no approval and no overdue wait (R9.1.2): the
  // devices stop now, the customer and management are told; lifting it is approved as usual.
  // The evidence is then shown once, on the step that stopped the service.
  const bool immediate = in.reason != "non_payment" && ctx.can(kPermSuspensionImmediate);
  COLO_CHECK(workflow::record(tx, ctx, clock_, kSuspensionObject, s.id, step, "", immediate ? "" : in.evidence));
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {kSuspensionObject, std::to_string(s.id), "propose", nullptr, suspension_json(s), s.customer_id}));
  if (immediate) {
    COLO_CHECK(take(tx, ctx, s, immediate_step(), in.evidence, {}, false));
    COLO_TRY(auto v, view(tx, ctx, s));
    COLO_CHECK(tx.commit());
    return v;
  }
  COLO_CHECK(notify::notify(tx, clock_,
                            notify::keyed(notify::Audience::staff_role("management"), "billing.suspension",
                                          "notice.billing.suspension_proposed",
                                          {{"number", s.contract_number},
                                           {"customer", s.customer_name},
                                           {"@reason", "billing.suspension.reason." + s.reason}},
                                          link_of(s), in.evidence)));
  COLO_TRY(auto v, view(tx, ctx, s));
  COLO_CHECK(tx.commit());
  return v;
}

Result<SuspensionView> CollectionsService::transition(const Context& ctx, std::int64_t id,
                                                      const SuspensionDecision& d) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, cs::find_suspension(tx, id));
  if (!found || !ctx.sees(found->customer_id)) return Error::not_found("Suspension");
  auto s = std::move(*found);
  COLO_TRY(auto t, suspension_workflow().check(s.status, d.action, ctx, d.comment));
  if (d.action == "approve") {
    if (d.stop_power) s.stop_power = *d.stop_power;
    if (d.stop_ports) s.stop_ports = *d.stop_ports;
    if (d.stop_access) s.stop_access = *d.stop_access;
    if (!s.stop_power && !s.stop_ports && !s.stop_access)
      return Error::validation({{"stop_power", "billing.suspension.nothing_stopped", "Stop power, ports or access."}});
  }
  COLO_CHECK(take(tx, ctx, s, *t, d.comment, {}, false));
  COLO_TRY(auto v, view(tx, ctx, s));
  COLO_CHECK(tx.commit());
  return v;
}

Result<Standing> CollectionsService::standing(const Context& ctx, std::int64_t contract_id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  const Date today = clock_.today();
  COLO_TRY(auto facts, ports_.contract(tx, contract_id, today));
  if (!facts || !ctx.sees(facts->customer_id)) return Error::not_found("Contract");
  return contract_standing(tx, contract_id, today);
}

Status CollectionsService::propose_due(db::Tx& tx, const Context& ctx, Date day, CollectionsReport& report) {
  COLO_TRY(auto due, cs::contracts_to_suspend(tx, day, add_days(day, -options_.suspend_after_days)));
  const std::string now = format_instant(clock_.now());
  for (auto contract_id : due) {
    COLO_TRY(auto facts, ports_.contract(tx, contract_id, day));
    if (!facts || facts->status != "active") continue;
    COLO_TRY(auto overdue, cs::overdue_of(tx, contract_id, day, true));
    Suspension s;
    s.contract_id = facts->id;
    s.contract_number = facts->number;
    s.customer_id = facts->customer_id;
    s.customer_name = facts->customer_name;
    s.reason = "non_payment";
    s.status = "proposed";
    s.overdue_fen = overdue.fen;
    s.oldest_due_date = overdue.oldest_due_date;
    s.proposed_by_name = "system";
    s.created_at = s.updated_at = now;
    COLO_TRY(s.id, cs::insert_suspension(tx, s));
    const MessageParams params{
        {"amount", yuan(overdue.fen)},
        {"days", std::to_string(overdue.oldest_due_date ? days_between(*overdue.oldest_due_date, day)
                                                        : options_.suspend_after_days)},
        {"invoices", std::to_string(overdue.invoices)}};
    COLO_CHECK(workflow::record(tx, ctx, clock_, kSuspensionObject, s.id, proposal_step(), "",
                                "timeline.suspension.overdue", params));
    COLO_CHECK(audit::record(
        tx, ctx, clock_,
        {kSuspensionObject, std::to_string(s.id), "propose", nullptr, suspension_json(s), s.customer_id}));
    COLO_CHECK(notify::notify(tx, clock_,
                              notify::keyed(notify::Audience::staff_role("management"), "billing.suspension",
                                            "notice.billing.suspension_proposed",
                                            {{"number", s.contract_number},
                                             {"customer", s.customer_name},
                                             {"@reason", "billing.suspension.reason.non_payment"}},
                                            link_of(s))));
    ++report.proposed;
  }
  // Paid in full: an active suspension's lift goes to management; an undecided proposal is withdrawn.
  COLO_TRY(auto paid_active, cs::settled_suspensions(tx, "active", day));
  for (auto id : paid_active) {
    COLO_TRY(auto s, cs::find_suspension(tx, id));
    COLO_CHECK(take(tx, ctx, *s, transition_named("propose_lift"), "timeline.suspension.paid", {}, true));
    ++report.lift_proposed;
  }
  COLO_TRY(auto paid_proposed, cs::settled_suspensions(tx, "proposed", day));
  for (auto id : paid_proposed) {
    COLO_TRY(auto s, cs::find_suspension(tx, id));
    COLO_CHECK(take(tx, ctx, *s, transition_named("withdraw"), "timeline.suspension.paid_before_decision", {}, true));
    ++report.withdrawn;
  }
  return {};
}

// ------------------------------------------------------------------ the daily job

Result<CollectionsReport> CollectionsService::run_daily(Date day) {
  CollectionsReport report;
  report.day = day;
  const auto ctx = system_context("scheduler");
  // Each part in its own transaction, so that a failing part does not undo the others; each is
  // idempotent for the day, so a rerun completes what failed.
  auto part = [&](const char* name, auto&& body) {
    auto tx = db::Tx::begin(db_, db::Access::write);
    if (!tx.ok()) {
      report.errors.push_back(std::string(name) + ": " + tx.error().message);
      return;
    }
    auto st = body(*tx);
    if (st.ok()) st = tx->commit();
    if (!st.ok()) report.errors.push_back(std::string(name) + ": " + st.error().message);
  };
  part("penalties", [&](db::Tx& tx) { return accrue(tx, ctx, day, report); });
  part("reminders", [&](db::Tx& tx) { return remind(tx, day, report); });
  part("suspensions", [&](db::Tx& tx) { return propose_due(tx, ctx, day, report); });
  return report;
}

scheduler::DailyJob collections_job(CollectionsService& svc) {
  return {kCollectionsJob, [&svc](Date day) -> Status {
            COLO_TRY(auto report, svc.run_daily(day));
            if (!report.errors.empty()) return Error::internal("billing-collections: " + report.errors.front());
            return {};
          }};
}

Status run_collections_job(CollectionsService& svc, const Clock& clock, const std::string& date) {
  Date day = clock.today();
  if (!date.empty()) {
    auto parsed = parse_date(date);
    if (!parsed) return Error::invalid("jobs.date", "--date takes YYYY-MM-DD");
    day = *parsed;
  }
  COLO_TRY(auto report, svc.run_daily(day));
  std::printf(
      "%s %s: %d invoice(s) accrued, %d reminder(s), %d suspension(s) proposed, %d lift(s) proposed, "
      "%d proposal(s) withdrawn, %zu error(s)\n",
      kCollectionsJob, format_date(report.day).c_str(), report.accrued, report.reminders, report.proposed,
      report.lift_proposed, report.withdrawn, report.errors.size());
  for (const auto& e : report.errors) std::printf("  error: %s\n", e.c_str());
  if (!report.errors.empty()) return Error::internal("billing-collections finished with errors");
  return {};
}

}  // namespace colo::billing
