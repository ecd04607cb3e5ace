// Routes of dispute cases: the list, one case with its log, deadlines and links, and each step.
#include "disputes/routes.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "disputes/service.hpp"
#include "disputes/store.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::disputes {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

constexpr const char* kTag = "disputes";

template <typename W>
void write_dispute(W& w, const Dispute& d) {
  w.field("id", d.id);
  w.field("number", d.number);
  w.field("customer_id", d.customer_id);
  w.field("customer_name", d.customer_name);
  w.field("contract_id", d.contract_id);
  w.field("contract_number", d.contract_number);
  w.field("source_type", d.source_type, kSourceTypes);
  w.field("source_id", d.source_id);
  w.field("source_number", d.source_number);
  w.field("raised_by", d.raised_by, kRaisedBy);
  w.field("claim", d.claim);
  w.field("amount_fen", d.amount_fen);
  w.field("status", d.status, kStatuses);
  w.field("forum_kind", d.forum_kind, kForumKinds);
  w.field("forum_name", d.forum_name);
  w.field("case_number", d.case_number);
  w.field("hearing_date", d.hearing_date);
  w.field("escalated_at", d.escalated_at);
  w.field("legal_hold", d.legal_hold);
  w.field("hold_reason", d.hold_reason);
  w.field("outcome", d.outcome, kOutcomes);
  w.field("outcome_amount_fen", d.outcome_amount_fen);
  w.field("outcome_note", d.outcome_note);
  w.field("credit_charge_id", d.credit_charge_id);
  w.field("termination_request_id", d.termination_request_id);
  w.field("closed_at", d.closed_at);
  w.field("created_by", d.created_by);
  w.field("created_at", d.created_at);
  w.field("updated_at", d.updated_at);
}

constexpr auto dispute_shape = [](auto& w, const Dispute& d) { write_dispute(w, d); };

constexpr auto detail_shape = [](auto& w, const Detail& x) {
  w.object("dispute", "Dispute", [&] { write_dispute(w, x.dispute); });
  w.array("entries", "DisputeEntry", x.entries, [&](const Entry& e) {
    w.field("id", e.id);
    w.field("kind", e.kind, kEntryKinds);
    w.field("on_date", e.on_date);
    w.field("summary", e.summary);
    w.field("amount_fen", e.amount_fen);
    w.field("created_by", e.created_by);
    w.field("created_at", e.created_at);
  });
  w.array("deadlines", "DisputeDeadline", x.deadlines, [&](const Deadline& d) {
    w.field("id", d.id);
    w.field("title", d.title);
    w.field("due_date", d.due_date);
    w.field("done_at", d.done_at);
    w.field("created_by", d.created_by);
    w.field("created_at", d.created_at);
  });
  w.array("links", "DisputeLink", x.links, [&](const Link& l) {
    w.field("id", l.id);
    w.field("object_type", l.object_type, kLinkTypes);
    w.field("object_id", l.object_id);
    w.field("label", l.label);
    w.field("created_at", l.created_at);
  });
  w.strings("actions", x.actions, kActions);
  // The payment plan a case closed with (outcome payment_plan): its instalments, and when it
  // lapsed (an instalment overdue) and its invoices were collected again.
  w.nullable_object("plan", "DisputePlan", x.plan, [&](const Plan& p) {
    w.field("total_fen", p.total_fen);
    w.field("lapsed_at", p.lapsed_at);
    w.array("instalments", "DisputeInstalment", p.instalments, [&](const Instalment& i) {
      w.field("seq", std::int64_t{i.seq});
      w.field("due_date", i.due_date);
      w.field("amount_fen", i.amount_fen);
    });
  });
};

json::object prop(std::string_view type) { return {{"type", type}}; }
json::object date_prop() { return {{"type", "string"}, {"format", "date"}}; }
json::object enum_prop(const std::vector<std::string>& values) {
  json::array a;
  for (const auto& v : values) a.push_back(json::string(v));
  return {{"type", "string"}, {"enum", a}};
}
json::value object_schema(json::object props, json::array required) {
  return json::object{{"type", "object"}, {"properties", std::move(props)}, {"required", std::move(required)}};
}

const json::value kOpenSchema = object_schema({{"contract_id", prop("integer")},
                                               {"source_type", enum_prop(kSourceTypes)},
                                               {"source_id", prop("integer")},
                                               {"raised_by", enum_prop(kRaisedBy)},
                                               {"claim", prop("string")},
                                               {"amount_fen", prop("integer")},
                                               {"respond_by", date_prop()}},
                                              {"claim", "amount_fen"});
const json::value kEntrySchema = object_schema({{"kind", enum_prop(kEntryKinds)},
                                                {"on_date", date_prop()},
                                                {"summary", prop("string")},
                                                {"amount_fen", prop("integer")}},
                                               {"kind", "on_date", "summary"});
const json::value kDeadlineSchema =
    object_schema({{"title", prop("string")}, {"due_date", date_prop()}}, {"title", "due_date"});
const json::value kLinkSchema = object_schema({{"object_type", enum_prop(kLinkTypes)}, {"object_id", prop("integer")}},
                                              {"object_type", "object_id"});
const json::value kEscalateSchema = object_schema({{"forum_kind", enum_prop(kForumKinds)},
                                                   {"forum_name", prop("string")},
                                                   {"case_number", prop("string")},
                                                   {"hearing_date", date_prop()}},
                                                  {"forum_kind", "forum_name"});
const json::value kCaseSchema = object_schema({{"case_number", prop("string")}, {"hearing_date", date_prop()}}, {});
const json::value kHoldSchema =
    object_schema({{"legal_hold", prop("boolean")}, {"reason", prop("string")}}, {"legal_hold"});
const json::value kCloseSchema = object_schema(
    {{"outcome", enum_prop(kOutcomes)},
     {"amount_fen", prop("integer")},
     {"note", prop("string")},
     {"end_date", date_prop()},
     {"plan", json::object{{"type", "array"},
                           {"items", object_schema({{"due_date", date_prop()}, {"amount_fen", prop("integer")}},
                                                   {"due_date", "amount_fen"})}}}},
    {"outcome"});

std::optional<std::string> date_text(http::JsonBody& b, std::string_view key, bool required = false) {
  auto d = b.date(key, required);
  if (!d) return std::nullopt;
  return format_date(*d);
}

Response detail_response(const Detail& d, int status = 200) {
  return http::json_response(shape::value_of(d, detail_shape), status);
}

http::Route step(std::string pattern, std::function<Response(Request&)> handler, std::string summary,
                 std::string permission, json::value request_schema) {
  return http::Route{.method = "POST",
                     .pattern = std::move(pattern),
                     .handler = std::move(handler),
                     .summary = std::move(summary),
                     .tag = kTag,
                     .permission = std::move(permission),
                     .request_schema = std::move(request_schema),
                     .response_schema = shape::schema_of<Detail>("DisputeDetail", detail_shape)};
}

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/disputes",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    Filter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.status = q.choice("status", kStatuses);
                    f.source_type = q.choice("source_type", kSourceTypes);
                    f.customer = q.integer("customer");
                    f.contract = q.integer("contract");
                    f.open = q.boolean("open");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.list(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, dispute_shape));
                  },
              .summary = "Dispute cases (a customer sees only its own).",
              .tag = kTag,
              .permission = "disputes.read",
              .query = http::list_docs(store::kDisputeList,
                                       {{"status", "string", "Status.", kStatuses},
                                        {"source_type", "string", "What the case was opened from.", kSourceTypes},
                                        {"customer", "integer", "Customer id."},
                                        {"contract", "integer", "Contract id."},
                                        {"open", "boolean", "Only open (true) or closed (false) cases."}},
                                       {.q = "Part of the number, customer, contract, claim or case number."}),
              .response_schema = shape::page_of<Dispute>("Dispute", dispute_shape)});
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/disputes/{id}",
       .handler =
           [&svc](Request& req) { return detail_response(svc.get(http::context_of(req), http::id_param(req)).take()); },
       .summary = "A dispute case with its negotiation log, deadlines, linked records and the steps allowed.",
       .tag = kTag,
       .permission = "disputes.read",
       .response_schema = shape::schema_of<Detail>("DisputeDetail", detail_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/disputes",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    OpenInput in;
                    in.contract_id = b.integer("contract_id", {.min = 1});
                    in.source_type = b.choice("source_type", kSourceTypes).value_or("direct");
                    in.source_id = b.integer("source_id", {.min = 1});
                    in.raised_by = b.choice("raised_by", kRaisedBy).value_or("customer");
                    in.claim = b.string("claim", {.required = true, .min = 1, .max = 2000}).value_or("");
                    in.amount_fen = b.integer("amount_fen", {.required = true, .min = 0}).value_or(0);
                    in.respond_by = date_text(b, "respond_by");
                    b.finish();
                    return detail_response(svc.open(http::context_of(req), in).take(), 201);
                  },
              .summary = "Open a dispute case from a complaint, an invoice (its late fee pauses) or on a contract.",
              .tag = kTag,
              .permission = "disputes.write",
              .request_schema = kOpenSchema,
              .response_schema = shape::schema_of<Detail>("DisputeDetail", detail_shape),
              .success_status = 201});
  router.add(step(
      "/api/v1/disputes/{id}/entries",
      [&svc](Request& req) {
        auto id = http::id_param(req);
        http::JsonBody b(req);
        EntryInput in;
        in.kind = b.choice("kind", kEntryKinds, true).value_or("");
        in.on_date = date_text(b, "on_date", true).value_or("");
        in.summary = b.string("summary", {.required = true, .min = 1, .max = 4000}).value_or("");
        in.amount_fen = b.integer("amount_fen", {.min = 0});
        b.finish();
        return detail_response(svc.log(http::context_of(req), id, in).take());
      },
      "Add to the negotiation log: a meeting, proposal, document, note or hearing.", "disputes.write", kEntrySchema));
  router.add(step(
      "/api/v1/disputes/{id}/deadlines",
      [&svc](Request& req) {
        auto id = http::id_param(req);
        http::JsonBody b(req);
        auto title = b.string("title", {.required = true, .min = 1, .max = 200}).value_or("");
        auto due = date_text(b, "due_date", true).value_or("");
        b.finish();
        return detail_response(svc.add_deadline(http::context_of(req), id, title, due).take());
      },
      "Add a deadline to the case; an open deadline keeps the case from closing.", "disputes.write", kDeadlineSchema));
  router.add({.method = "POST",
              .pattern = "/api/v1/disputes/{id}/deadlines/{deadline}/done",
              .handler =
                  [&svc](Request& req) {
                    return detail_response(svc.complete_deadline(http::context_of(req), http::id_param(req),
                                                                 http::id_param(req, "deadline"))
                                               .take());
                  },
              .summary = "Mark a deadline of the case done.",
              .tag = kTag,
              .permission = "disputes.write",
              .response_schema = shape::schema_of<Detail>("DisputeDetail", detail_shape)});
  router.add(step(
      "/api/v1/disputes/{id}/links",
      [&svc](Request& req) {
        auto id = http::id_param(req);
        http::JsonBody b(req);
        auto type = b.choice("object_type", kLinkTypes, true).value_or("");
        auto object_id = b.integer("object_id", {.required = true, .min = 1}).value_or(0);
        b.finish();
        return detail_response(svc.link(http::context_of(req), id, type, object_id).take());
      },
      "Link an invoice (its late fee pauses) or ticket of the customer to the case.", "disputes.write", kLinkSchema));
  router.add({.method = "DELETE",
              .pattern = "/api/v1/disputes/{id}/links/{link}",
              .handler =
                  [&svc](Request& req) {
                    svc.unlink(http::context_of(req), http::id_param(req), http::id_param(req, "link")).take();
                    return Response::no_content();
                  },
              .summary = "Remove a link from an open case; 409 disputes.legal_hold while the case is under legal hold.",
              .tag = kTag,
              .permission = "disputes.write",
              .success_status = 204});
  router.add(step(
      "/api/v1/disputes/{id}/escalate",
      [&svc](Request& req) {
        auto id = http::id_param(req);
        http::JsonBody b(req);
        EscalateInput in;
        in.forum_kind = b.choice("forum_kind", kForumKinds, true).value_or("");
        in.forum_name = b.string("forum_name", {.required = true, .min = 1, .max = 200}).value_or("");
        in.case_number = b.string("case_number", {.max = 100});
        in.hearing_date = date_text(b, "hearing_date");
        b.finish();
        return detail_response(svc.escalate(http::context_of(req), id, in).take());
      },
      "Negotiation failed: take the case to the arbitration commission or court agreed in the contract.",
      "disputes.write", kEscalateSchema));
  router.add(step(
      "/api/v1/disputes/{id}/case",
      [&svc](Request& req) {
        auto id = http::id_param(req);
        http::JsonBody b(req);
        auto number = b.string("case_number", {.max = 100});
        auto hearing = date_text(b, "hearing_date");
        b.finish();
        return detail_response(svc.update_case(http::context_of(req), id, number, hearing).take());
      },
      "The case number and next hearing date of an escalated case.", "disputes.write", kCaseSchema));
  router.add(step(
      "/api/v1/disputes/{id}/hold",
      [&svc](Request& req) {
        auto id = http::id_param(req);
        http::JsonBody b(req);
        auto on = b.boolean("legal_hold", true).value_or(false);
        auto reason = b.string("reason", {.max = 500}).value_or("");
        b.finish();
        return detail_response(svc.hold(http::context_of(req), id, on, reason).take());
      },
      "Put the case's records under legal hold (with the reason) or release them.", "disputes.hold", kHoldSchema));
  router.add(step(
      "/api/v1/disputes/{id}/close",
      [&svc](Request& req) {
        auto id = http::id_param(req);
        http::JsonBody b(req);
        CloseInput in;
        in.outcome = b.choice("outcome", kOutcomes, true).value_or("");
        in.amount_fen = b.integer("amount_fen");
        in.note = b.string("note", {.max = 2000}).value_or("");
        in.end_date = b.date("end_date");
        std::vector<FieldError> errors;
        if (const auto* plan = b.array("plan")) {
          for (std::size_t i = 0; i < plan->size(); ++i) {
            if (!(*plan)[i].is_object()) {
              b.error("plan", "invalid", "Each instalment is an object.");
              continue;
            }
            http::JsonObjectReader r((*plan)[i].as_object(), "plan/" + std::to_string(i) + "/", &errors);
            Instalment p;
            if (auto due = r.date("due_date", true)) p.due_date = format_date(*due);
            p.amount_fen = r.integer("amount_fen", {.required = true}).value_or(0);
            r.reject_unknown();
            in.plan.push_back(std::move(p));
          }
        }
        for (auto& e : errors) b.error(e.field, e.code, e.message);
        b.finish();
        return detail_response(svc.close(http::context_of(req), id, in).take());
      },
      "Close the case with its outcome (a credit goes on the contract's next invoice; a termination opens the "
      "contract's termination request, ending on end_date or today; a payment plan's instalments keep the case's "
      "invoices free of late fees and collection steps until one is overdue); 409 while a deadline is open.",
      "disputes.write", kCloseSchema));
  add_breach_routes(router, svc);
  add_compliance_routes(router, svc);
}

}  // namespace colo::disputes
