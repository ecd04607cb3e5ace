// HTTP adapter for collections: invoices' penalties and waivers, reminders sent, suspensions and a
// contract's standing. Answers are written by the shapes below; the same shapes give the schemas.
#include "billing/collections_routes.hpp"

#include <boost/json.hpp>

#include "billing/collections.hpp"
#include "billing/collections_store.hpp"
#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"
#include "workflow/render.hpp"

namespace colo::billing {

namespace json = boost::json;
using http::Request;

namespace {

std::optional<std::string> opt_date_text(const std::optional<Date>& d) {
  if (!d) return std::nullopt;
  return format_date(*d);
}

template <typename W>
void write_penalty(W& w, const Penalty& p) {
  w.field("invoice_id", p.invoice_id);
  w.field("invoice_number", p.invoice_number);
  w.field("customer_id", p.customer_id);
  w.field("customer_name", p.customer_name);
  w.field("contract_id", p.contract_id);
  w.field("contract_number", p.contract_number);
  w.field("invoice_status", p.invoice_status);
  w.field("due_date", format_date(p.due_date));
  w.field("total_fen", p.total_fen);
  w.field("outstanding_fen", p.outstanding_fen);
  w.field("bp_per_day", p.bp_per_day);
  w.field("cap_bp", p.cap_bp);
  w.field("cap_fen", p.cap_fen());
  w.field("accrued_fen", p.accrued_fen());
  w.field("accrued_exact", p.accrued_exact);
  w.field("accrued_through", opt_date_text(p.accrued_through));
  w.field("waived_fen", p.waived_fen);
  w.field("billed_fen", p.billed_fen);
  w.field("pending_fen", p.open_charge_fen);
  w.field("waivable_fen", p.waivable());
  w.field("paused", p.paused);
  w.field("paused_reason", p.paused_reason);
  w.field("updated_at", p.updated_at);
}

template <typename W>
void write_waiver(W& w, const Waiver& x) {
  w.field("id", x.id);
  w.field("amount_fen", x.amount_fen);
  w.field("reason", x.reason);
  w.field("created_by_name", x.created_by_name);
  w.field("created_at", x.created_at);
}

template <typename W>
void write_reminder(W& w, const Reminder& r) {
  w.field("id", r.id);
  w.field("invoice_id", r.invoice_id);
  w.field("invoice_number", r.invoice_number);
  w.field("customer_id", r.customer_id);
  w.field("offset_days", r.offset_days);
  w.field("reminder_date", format_date(r.reminder_date));
  w.field("due_date", format_date(r.due_date));
  w.field("outstanding_fen", r.outstanding_fen);
  w.field("penalty_fen", r.penalty_fen);
  w.field("sent_at", r.sent_at);
}

template <typename W>
void write_suspension(W& w, const Suspension& s) {
  w.field("id", s.id);
  w.field("contract_id", s.contract_id);
  w.field("contract_number", s.contract_number);
  w.field("customer_id", s.customer_id);
  w.field("customer_name", s.customer_name);
  w.field("reason", s.reason, kSuspensionReasons);
  w.field("evidence", s.evidence);
  w.field("status", s.status, kSuspensionStates);
  w.field("stop_power", s.stop_power);
  w.field("stop_ports", s.stop_ports);
  w.field("stop_access", s.stop_access);
  w.field("overdue_fen", s.overdue_fen);
  w.field("oldest_due_date", opt_date_text(s.oldest_due_date));
  w.field("proposed_by_name", s.proposed_by_name);
  w.field("created_at", s.created_at);
  w.field("updated_at", s.updated_at);
  w.field("suspended_at", s.suspended_at);
  w.field("lifted_at", s.lifted_at);
}

constexpr auto penalty_shape = [](auto& w, const Penalty& p) { write_penalty(w, p); };
constexpr auto penalty_detail_shape = [](auto& w, const PenaltyDetail& d) {
  w.object("penalty", "Penalty", [&] { write_penalty(w, d.penalty); });
  w.array("waivers", "PenaltyWaiver", d.waivers, [&](const Waiver& x) { write_waiver(w, x); });
  w.array("reminders", "Reminder", d.reminders, [&](const Reminder& r) { write_reminder(w, r); });
};
constexpr auto reminder_shape = [](auto& w, const Reminder& r) { write_reminder(w, r); };
constexpr auto suspension_shape = [](auto& w, const Suspension& s) { write_suspension(w, s); };
constexpr auto suspension_view_shape = [](auto& w, const SuspensionView& v) {
  w.object("suspension", "Suspension", [&] { write_suspension(w, v.suspension); });
  w.array("devices", "SuspendedDevice", v.devices, [&](const SuspensionDevice& d) {
    w.field("device_id", d.device_id);
    w.field("device_name", d.device_name);
    w.field("previous_status", d.previous_status);
    w.field("restored_at", d.restored_at);
  });
  w.array("timeline", "WorkflowStep", v.timeline, [&](const workflow::Step& s) { workflow::write_step(w, s); });
  w.strings("actions", v.actions);
};
constexpr auto standing_shape = [](auto& w, const Standing& s) {
  w.field("contract_id", s.contract_id);
  w.field("suspended", s.suspended);
  w.field("suspension_id", s.suspension_id);
  w.field("suspension_status", s.suspension_status);
  w.field("overdue_fen", s.overdue_fen);
  w.field("overdue_invoices", s.overdue_invoices);
  w.field("oldest_due_date", opt_date_text(s.oldest_due_date));
  w.field("penalty_fen", s.penalty_fen);
};

const std::vector<std::string> kActions = {"approve",      "reject",       "withdraw",
                                           "propose_lift", "approve_lift", "reject_lift"};

const json::value kWaiveSchema =
    json::object{{"type", "object"},
                 {"required", json::array{"amount_fen", "reason"}},
                 {"properties", json::object{{"amount_fen", json::object{{"type", "integer"}, {"minimum", 1}}},
                                             {"reason", json::object{{"type", "string"}, {"minLength", 1}}}}}};
const json::value kPauseSchema = json::object{
    {"type", "object"},
    {"required", json::array{"paused"}},
    {"properties",
     json::object{{"paused", json::object{{"type", "boolean"}}}, {"reason", json::object{{"type", "string"}}}}}};
const json::value kProposeSchema =
    json::object{{"type", "object"},
                 {"required", json::array{"contract_id", "reason"}},
                 {"properties", json::object{{"contract_id", json::object{{"type", "integer"}}},
                                             {"reason", json::object{{"enum", json::value_from(kSuspensionReasons)}}},
                                             {"evidence", json::object{{"type", "string"}}},
                                             {"stop_power", json::object{{"type", "boolean"}}},
                                             {"stop_ports", json::object{{"type", "boolean"}}},
                                             {"stop_access", json::object{{"type", "boolean"}}}}}};
const json::value kTransitionSchema =
    json::object{{"type", "object"},
                 {"required", json::array{"action"}},
                 {"properties", json::object{{"action", json::object{{"enum", json::value_from(kActions)}}},
                                             {"comment", json::object{{"type", "string"}}},
                                             {"stop_power", json::object{{"type", "boolean"}}},
                                             {"stop_ports", json::object{{"type", "boolean"}}},
                                             {"stop_access", json::object{{"type", "boolean"}}}}}};

}  // namespace

void add_collections_routes(http::Router& router, CollectionsService& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/penalties",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    PenaltyFilter f;
                    f.customer = q.integer("customer", {.min = 1});
                    f.contract = q.integer("contract", {.min = 1});
                    f.waivable = q.boolean("waivable");
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.penalties(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, penalty_shape));
                  },
              .summary = "Late-payment penalties (违约金) per invoice that has been overdue: accrued, waived, billed "
                         "and waiting for the next invoice (customers: their own).",
              .tag = "billing",
              .permission = "billing.read",
              .query = http::list_docs(collections_store::kPenaltyList,
                                       {{"customer", "integer", "Customer id."},
                                        {"contract", "integer", "Contract id."},
                                        {"waivable", "boolean", "Only those with something left to waive."}}),
              .response_schema = shape::page_of<Penalty>("Penalty", penalty_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/invoices/{id}/penalties",
              .handler =
                  [&svc](Request& req) {
                    auto d = svc.penalty(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(d, penalty_detail_shape));
                  },
              .summary = "An invoice's late-payment penalty with its waivers and the reminders sent for it.",
              .tag = "billing",
              .permission = "billing.read",
              .response_schema = shape::schema_of<PenaltyDetail>("PenaltyDetail", penalty_detail_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/invoices/{id}/penalties/waive",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto amount = b.integer("amount_fen", {.required = true, .min = 1, .max = 100'000'000'000});
                    auto reason = b.string("reason", {.required = true, .min = 1, .max = 1000});
                    b.finish();
                    auto d = svc.waive(http::context_of(req), id, *amount, *reason).take();
                    return http::json_response(shape::value_of(d, penalty_detail_shape));
                  },
              .summary = "Waive all or part of an invoice's penalty that is not on an invoice yet, with a reason "
                         "(audited). A penalty already billed is waived by a credit note on that invoice.",
              .tag = "billing",
              .permission = "billing.write",
              .request_schema = kWaiveSchema,
              .response_schema = shape::schema_of<PenaltyDetail>("PenaltyDetail", penalty_detail_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/invoices/{id}/penalties/pause",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto paused = b.boolean("paused", true);
                    auto reason = b.string("reason", {.max = 1000}).value_or("");
                    b.finish();
                    auto d = svc.pause(http::context_of(req), id, *paused, reason).take();
                    return http::json_response(shape::value_of(d, penalty_detail_shape));
                  },
              .summary = "Pause (an invoice in dispute, with the reason) or resume an invoice's penalty; paused "
                         "days accrue nothing and are not caught up.",
              .tag = "billing",
              .permission = "billing.write",
              .request_schema = kPauseSchema,
              .response_schema = shape::schema_of<PenaltyDetail>("PenaltyDetail", penalty_detail_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/reminders",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    ReminderFilter f;
                    f.customer = q.integer("customer", {.min = 1});
                    f.invoice = q.integer("invoice", {.min = 1});
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.reminders(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, reminder_shape));
                  },
              .summary = "Payment reminders sent (before, on and after the due date), newest first.",
              .tag = "billing",
              .permission = "billing.read",
              .query = http::list_docs(collections_store::kReminderList, {{"customer", "integer", "Customer id."},
                                                                          {"invoice", "integer", "Invoice id."}}),
              .response_schema = shape::page_of<Reminder>("Reminder", reminder_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/suspensions",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    SuspensionFilter f;
                    f.customer = q.integer("customer", {.min = 1});
                    f.contract = q.integer("contract", {.min = 1});
                    f.status = q.choice("status", kSuspensionStates);
                    f.reason = q.choice("reason", kSuspensionReasons);
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.suspensions(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, suspension_shape));
                  },
              .summary = "Suspensions of service (停机) for non-payment, abuse or over-use (customers: their own).",
              .tag = "billing",
              .permission = "billing.suspensions.read",
              .query = http::list_docs(collections_store::kSuspensionList,
                                       {{"customer", "integer", "Customer id."},
                                        {"contract", "integer", "Contract id."},
                                        {"status", "string",
                                         "proposed, active, lift_proposed, lifted, rejected, "
                                         "withdrawn."},
                                        {"reason", "string", "non_payment, abuse or overuse."}}),
              .response_schema = shape::page_of<Suspension>("Suspension", suspension_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/suspensions",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    SuspensionInput in;
                    in.contract_id = b.integer("contract_id", {.required = true, .min = 1}).value_or(0);
                    in.reason = b.choice("reason", kSuspensionReasons, true).value_or("");
                    in.evidence = b.string("evidence", {.max = 4000}).value_or("");
                    in.stop_power = b.boolean("stop_power").value_or(true);
                    in.stop_ports = b.boolean("stop_ports").value_or(true);
                    in.stop_access = b.boolean("stop_access").value_or(true);
                    b.finish();
                    auto v = svc.propose(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(v, suspension_view_shape), 201);
                  },
              .summary = "Propose a suspension to management for non-payment (an overdue invoice needed), or for "
                         "abuse or over-use with the evidence; operations' abuse or over-use suspension is in force "
                         "at once (R9.1.2).",
              .tag = "billing",
              .permission = kPermSuspensionPropose,
              .request_schema = kProposeSchema,
              .response_schema = shape::schema_of<SuspensionView>("SuspensionDetail", suspension_view_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/suspensions/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto v = svc.suspension(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(v, suspension_view_shape));
                  },
              .summary = "A suspension with the devices it stopped, its timeline and what the caller may do.",
              .tag = "billing",
              .permission = "billing.suspensions.read",
              .response_schema = shape::schema_of<SuspensionView>("SuspensionDetail", suspension_view_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/suspensions/{id}/transitions",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    SuspensionDecision d;
                    d.action = b.string("action", {.required = true, .max = 40}).value_or("");
                    d.comment = b.string("comment", {.max = 2000}).value_or("");
                    d.stop_power = b.boolean("stop_power");
                    d.stop_ports = b.boolean("stop_ports");
                    d.stop_access = b.boolean("stop_access");
                    b.finish();
                    auto v = svc.transition(http::context_of(req), id, d).take();
                    return http::json_response(shape::value_of(v, suspension_view_shape));
                  },
              .summary = "approve or reject (reason) a proposed suspension (management); withdraw it (reason); "
                         "propose_lift, approve_lift or reject_lift (reason). Approving stops the contract's "
                         "devices in the ledger; approving a lift restores them.",
              .tag = "billing",
              .permission = "billing.suspensions.read",
              .request_schema = kTransitionSchema,
              .response_schema = shape::schema_of<SuspensionView>("SuspensionDetail", suspension_view_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/contracts/{id}/standing",
              .handler =
                  [&svc](Request& req) {
                    auto s = svc.standing(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(s, standing_shape));
                  },
              .summary = "A contract's overdue amount, unbilled penalty and open suspension (the contract page's "
                         "banner, the portal's notice).",
              .tag = "billing",
              .permission = "billing.suspensions.read",
              .response_schema = shape::schema_of<Standing>("ContractStanding", standing_shape)});
}

}  // namespace colo::billing
