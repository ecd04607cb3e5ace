#include "servicedesk/routes.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"
#include "servicedesk/render.hpp"

namespace colo::servicedesk {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

json::object prop(const char* type) { return json::object{{"type", type}}; }
json::object choices(const std::vector<std::string>& v) { return json::object{{"enum", json::value_from(v)}}; }

json::value object_schema(json::object props, json::array required = {}) {
  return json::object{{"type", "object"}, {"required", std::move(required)}, {"properties", std::move(props)}};
}

Response detail_response(const Request& req, Detail d) {
  const auto ctx = http::context_of(req);
  return http::json_response(shape::value_of(DetailView{std::move(d), ctx.lang}, detail_shape));
}

json::value detail_schema() { return shape::schema_of<DetailView>("ServicedeskDetail", detail_shape); }

std::string media_type(const Request& req) {
  std::string type(req.header("content-type").value_or(""));
  if (auto semi = type.find(';'); semi != std::string::npos) type.resize(semi);
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (auto& ch : type) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return type;
}

template <typename W>
void write_maintenance(W& w, const Maintenance& m) {
  w.field("id", m.id);
  w.field("number", m.number);
  w.field("title", m.title);
  w.field("description", m.description);
  w.field("starts_at", m.starts_at);
  w.field("ends_at", m.ends_at);
  w.field("emergency", m.emergency);
  w.field("emergency_reason", m.emergency_reason);
  w.field("status", m.status, std::vector<std::string>{"scheduled", "cancelled", "completed"});
  w.field("announced_at", m.announced_at);
  w.field("created_by", m.created_by_name);
  w.array("objects", "ServicedeskObject", m.objects, [&](const TicketObject& o) {
    w.field("kind", o.kind);
    w.field("id", o.ref_id);
    w.field("label", o.label);
  });
  w.field("customers", static_cast<std::int64_t>(m.customer_ids.size()));
}

constexpr auto maintenance_shape = [](auto& w, const Maintenance& m) { write_maintenance(w, m); };

void add_maintenance_routes(http::Router& router, Service& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/maintenance",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    MaintenanceFilter f;
                    f.status = q.choice("status", {"scheduled", "cancelled", "completed"});
                    if (q.boolean("upcoming").value_or(false)) f.ends_after = format_instant(SystemClock().now());
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.list_maintenance(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, maintenance_shape));
                  },
              .summary = "Maintenance windows (customers: those announced to them, with only their own devices).",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .query = http::list_docs(kMaintenanceList,
                                       {{"status", "string", "Status.", {"scheduled", "cancelled", "completed"}},
                                        {"upcoming", "boolean", "Only windows that have not ended."}},
                                       {.q = "Part of the number or title."}),
              .response_schema = shape::page_of<Maintenance>("ServicedeskMaintenance", maintenance_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/maintenance/{id}",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(shape::value_of(
                        svc.maintenance(http::context_of(req), http::id_param(req)).take(), maintenance_shape));
                  },
              .summary = "One maintenance window.",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .response_schema = shape::schema_of<Maintenance>("ServicedeskMaintenance", maintenance_shape)});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/servicedesk/maintenance",
       .handler =
           [&svc](Request& req) {
             http::JsonBody b(req);
             MaintenanceInput in;
             in.title = b.string("title", {.required = true, .min = 1, .max = 200}).value_or("");
             in.description = b.string("description", {.max = 10000}).value_or("");
             auto starts = b.instant("starts_at", true);
             auto ends = b.instant("ends_at", true);
             in.emergency = b.boolean("emergency").value_or(false);
             in.emergency_reason = b.string("emergency_reason", {.max = 2000});
             if (const auto* objs = b.array("objects", true)) {
               for (std::size_t i = 0; i < objs->size() && i < 1000; ++i) {
                 const auto* o = (*objs)[i].if_object();
                 const std::string at = "objects/" + std::to_string(i);
                 const auto* kind = o ? o->if_contains("kind") : nullptr;
                 const auto* id = o ? o->if_contains("id") : nullptr;
                 if (!kind || !kind->is_string() || (kind->as_string() != "device" && kind->as_string() != "rack"))
                   b.error(at + "/kind", "invalid_choice", "device or rack.");
                 else if (!id || !id->is_int64() || id->as_int64() < 1)
                   b.error(at + "/id", "integer", "Must be a positive integer.");
                 else
                   in.objects.emplace_back(std::string(kind->as_string()), id->as_int64());
               }
             }
             b.finish();
             in.starts_at = *starts;
             in.ends_at = *ends;
             auto m = svc.announce_maintenance(http::context_of(req), in).take();
             return http::json_response(shape::value_of(m, maintenance_shape), 201);
           },
       .summary = "Announce maintenance to the customers of the devices and racks named: scheduled at least "
                  "[servicedesk] maintenance_notice_hours ahead, or emergency with its reason.",
       .tag = "servicedesk",
       .permission = "servicedesk.write",
       .request_schema = object_schema(
           {{"title", prop("string")},
            {"description", prop("string")},
            {"starts_at", json::object{{"type", "string"}, {"format", "date-time"}}},
            {"ends_at", json::object{{"type", "string"}, {"format", "date-time"}}},
            {"emergency", prop("boolean")},
            {"emergency_reason", prop("string")},
            {"objects",
             json::object{{"type", "array"},
                          {"items", object_schema({{"kind", json::object{{"enum", json::array{"device", "rack"}}}},
                                                   {"id", prop("integer")}},
                                                  {"kind", "id"})}}}},
           {"title", "starts_at", "ends_at", "objects"}),
       .response_schema = shape::schema_of<Maintenance>("ServicedeskMaintenance", maintenance_shape),
       .success_status = 201});
  router.add({.method = "POST",
              .pattern = "/api/v1/servicedesk/maintenance/{id}/cancel",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(shape::value_of(
                        svc.cancel_maintenance(http::context_of(req), http::id_param(req)).take(), maintenance_shape));
                  },
              .summary = "Cancel scheduled maintenance; its customers are told.",
              .tag = "servicedesk",
              .permission = "servicedesk.write",
              .response_schema = shape::schema_of<Maintenance>("ServicedeskMaintenance", maintenance_shape)});
}

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  add_maintenance_routes(router, svc);
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/tickets",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    TicketFilter f;
                    f.status = q.choice("status", kStatuses);
                    f.type = q.choice("type", kTypes);
                    f.priority = q.choice("priority", kPriorities);
                    f.group = q.choice("group", kGroups);
                    f.assignee_id = q.integer("assignee_id", {.min = 1});
                    f.customer_id = q.integer("customer_id", {.min = 1});
                    f.breached = q.boolean("breached");
                    f.open_only = q.boolean("open").value_or(false);
                    if (auto due = q.string("due_before", 40)) {
                      auto t = parse_instant(*due);
                      if (t)
                        f.due_before = format_instant(*t);
                      else
                        q.error("due_before", "invalid_datetime", "An instant such as 2026-11-26T08:00:00Z.");
                    }
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.list(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, ticket_shape));
                  },
              .summary = "The agent queue (staff) or the customer's own tickets, filtered and sorted.",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .query = http::list_docs(kTicketList,
                                       {{"status", "string", "Status.", kStatuses},
                                        {"type", "string", "Type.", kTypes},
                                        {"priority", "string", "Priority.", kPriorities},
                                        {"group", "string", "Group.", kGroups},
                                        {"assignee_id", "integer", "Assignee."},
                                        {"customer_id", "integer", "Customer."},
                                        {"breached", "boolean", "Only tickets that missed a target (or none)."},
                                        {"open", "boolean", "Only tickets not resolved or closed."},
                                        {"due_before", "string", "Resolution due before this instant."}},
                                       {.q = "Part of the number or title."}),
              .response_schema = shape::page_of<Ticket>("ServicedeskTicket", ticket_shape)});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/servicedesk/tickets",
       .handler =
           [&svc](Request& req) {
             http::JsonBody b(req);
             TicketInput in;
             in.type = b.choice("type", kTypes, true).value_or("incident");
             in.category = b.choice("category", kRequestCategories);
             in.customer_id = b.integer("customer_id", {.min = 1});
             in.contract_id = b.integer("contract_id", {.min = 1});
             in.title = b.string("title", {.required = true, .min = 1, .max = 200}).value_or("");
             in.description = b.string("description", {.max = 10000}).value_or("");
             in.impact = static_cast<int>(b.integer("impact", {.min = 1, .max = 3}).value_or(3));
             in.urgency = static_cast<int>(b.integer("urgency", {.min = 1, .max = 3}).value_or(3));
             in.group = b.choice("group", kGroups).value_or("operations");
             if (const auto* objs = b.array("objects")) {
               for (std::size_t i = 0; i < objs->size() && i < 100; ++i) {
                 const auto* o = (*objs)[i].if_object();
                 const std::string at = "objects/" + std::to_string(i);
                 if (!o) {
                   b.error(at, "type", "Must be an object.");
                   continue;
                 }
                 const auto* kind = o->if_contains("kind");
                 const auto* id = o->if_contains("id");
                 if (!kind || !kind->is_string() || (kind->as_string() != "device" && kind->as_string() != "rack"))
                   b.error(at + "/kind", "invalid_choice", "device or rack.");
                 else if (!id || !id->is_int64() || id->as_int64() < 1)
                   b.error(at + "/id", "integer", "Must be a positive integer.");
                 else
                   in.objects.emplace_back(std::string(kind->as_string()), id->as_int64());
               }
               if (objs->size() > 100) b.error("objects", "too_many", "At most 100.");
             }
             b.finish();
             auto d = svc.create(http::context_of(req), in).take();
             auto r = detail_response(req, std::move(d));
             r.status = 201;
             return r;
           },
       .summary = "Raise a ticket: a customer for itself and its own devices and racks, staff for any "
                  "customer. Priority comes from impact x urgency; a complaint is acknowledged at once.",
       .tag = "servicedesk",
       .permission = "servicedesk.create",
       .request_schema = object_schema(
           {{"type", choices(kTypes)},
            {"category", choices(kRequestCategories)},
            {"customer_id", prop("integer")},
            {"contract_id", prop("integer")},
            {"title", prop("string")},
            {"description", prop("string")},
            {"impact", json::object{{"type", "integer"}, {"minimum", 1}, {"maximum", 3}}},
            {"urgency", json::object{{"type", "integer"}, {"minimum", 1}, {"maximum", 3}}},
            {"group", choices(kGroups)},
            {"objects",
             json::object{{"type", "array"},
                          {"items", object_schema({{"kind", json::object{{"enum", json::array{"device", "rack"}}}},
                                                   {"id", prop("integer")}},
                                                  {"kind", "id"})}}}},
           {"type", "title"}),
       .response_schema = detail_schema(),
       .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/tickets/{id}",
              .handler =
                  [&svc](Request& req) {
                    return detail_response(req, svc.get(http::context_of(req), http::id_param(req)).take());
                  },
              .summary = "A ticket with its comments, timeline, attachments, complaint answers and SLA clocks "
                         "(internal notes and steps for staff only).",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .response_schema = detail_schema()});
  router.add(
      {.method = "PATCH",
       .pattern = "/api/v1/servicedesk/tickets/{id}",
       .handler =
           [&svc](Request& req) {
             http::JsonBody b(req);
             auto impact = b.integer("impact", {.required = true, .min = 1, .max = 3});
             auto urgency = b.integer("urgency", {.required = true, .min = 1, .max = 3});
             b.finish();
             return detail_response(req, svc.reprioritise(http::context_of(req), http::id_param(req),
                                                          static_cast<int>(*impact), static_cast<int>(*urgency))
                                             .take());
           },
       .summary = "Change impact and urgency (hence priority and targets) of an open ticket.",
       .tag = "servicedesk",
       .permission = "servicedesk.write",
       .request_schema = object_schema({{"impact", json::object{{"type", "integer"}, {"minimum", 1}, {"maximum", 3}}},
                                        {"urgency", json::object{{"type", "integer"}, {"minimum", 1}, {"maximum", 3}}}},
                                       {"impact", "urgency"}),
       .response_schema = detail_schema()});
  router.add({.method = "POST",
              .pattern = "/api/v1/servicedesk/tickets/{id}/comments",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto body = b.string("body", {.required = true, .min = 1, .max = 10000});
                    auto internal = b.boolean("internal").value_or(false);
                    b.finish();
                    return detail_response(
                        req, svc.comment(http::context_of(req), http::id_param(req), *body, internal).take());
                  },
              .summary = "A public comment, or (staff) an internal note the customer never sees.",
              .tag = "servicedesk",
              .permission = "servicedesk.create",
              .request_schema = object_schema({{"body", prop("string")}, {"internal", prop("boolean")}}, {"body"}),
              .response_schema = detail_schema()});
  router.add({.method = "POST",
              .pattern = "/api/v1/servicedesk/tickets/{id}/actions",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    std::vector<std::string> names = {"assign",  "start", "wait",  "customer_reply",
                                                      "resolve", "close", "reopen"};
                    auto name = b.choice("action", names, true);
                    ActInput in;
                    in.group = b.choice("group", kGroups);
                    in.assignee_id = b.integer("assignee_id", {.min = 1});
                    in.comment = b.string("comment", {.max = 10000}).value_or("");
                    b.finish();
                    in.action = *action_from(*name);
                    return detail_response(req, svc.act(http::context_of(req), http::id_param(req), in).take());
                  },
              .summary = "Move a ticket: assign, start, wait for the customer (clocks pause), customer_reply, "
                         "resolve, close, reopen (within [servicedesk] reopen_days). Customers may close or "
                         "reopen their own.",
              .tag = "servicedesk",
              .permission = "servicedesk.create",
              .request_schema = object_schema(
                  {{"action", json::object{{"enum", json::array{"assign", "start", "wait", "customer_reply", "resolve",
                                                                "close", "reopen"}}}},
                   {"group", choices(kGroups)},
                   {"assignee_id", prop("integer")},
                   {"comment", prop("string")}},
                  {"action"}),
              .response_schema = detail_schema()});
  router.add({.method = "POST",
              .pattern = "/api/v1/servicedesk/tickets/{id}/answers",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto body = b.string("body", {.required = true, .min = 1, .max = 10000});
                    b.finish();
                    return detail_response(req, svc.answer(http::context_of(req), http::id_param(req), *body).take());
                  },
              .summary = "Answer a complaint (R7.2.2); the customer sees the answer and accepts or disputes it.",
              .tag = "servicedesk",
              .permission = "servicedesk.write",
              .request_schema = object_schema({{"body", prop("string")}}, {"body"}),
              .response_schema = detail_schema()});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/servicedesk/tickets/{id}/verdict",
       .handler =
           [&svc](Request& req) {
             http::JsonBody b(req);
             auto accepted = b.boolean("accepted", true);
             auto comment = b.string("comment", {.max = 10000}).value_or("");
             b.finish();
             return detail_response(req,
                                    svc.verdict(http::context_of(req), http::id_param(req), *accepted, comment).take());
           },
       .summary = "The customer accepts or disputes the latest answer to its complaint; a dispute is "
                  "flagged for a dispute case.",
       .tag = "servicedesk",
       .permission = "servicedesk.create",
       .request_schema = object_schema({{"accepted", prop("boolean")}, {"comment", prop("string")}}, {"accepted"}),
       .response_schema = detail_schema()});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/servicedesk/tickets/{id}/rating",
       .handler =
           [&svc](Request& req) {
             http::JsonBody b(req);
             auto score = b.integer("score", {.required = true, .min = 1, .max = 5});
             auto comment = b.string("comment", {.max = 2000}).value_or("");
             b.finish();
             return detail_response(
                 req, svc.rate(http::context_of(req), http::id_param(req), static_cast<int>(*score), comment).take());
           },
       .summary = "The customer's satisfaction (1-5) with a resolved or closed ticket.",
       .tag = "servicedesk",
       .permission = "servicedesk.create",
       .request_schema = object_schema(
           {{"score", json::object{{"type", "integer"}, {"minimum", 1}, {"maximum", 5}}}, {"comment", prop("string")}},
           {"score"}),
       .response_schema = detail_schema()});
  router.add({.method = "POST",
              .pattern = "/api/v1/servicedesk/tickets/{id}/attachments",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::QueryReader q(req);
                    auto file_name = q.string("file_name", 255).value_or("");
                    auto internal = q.boolean("internal").value_or(false);
                    q.finish();
                    return detail_response(
                        req,
                        svc.attach(http::context_of(req), id, media_type(req), req.body, file_name, internal).take());
                  },
              .summary = "Attach a file (the body; types and size from [servicedesk]); staff may keep it internal.",
              .tag = "servicedesk",
              .permission = "servicedesk.create",
              .query = {{"file_name", "string", "the file's name as uploaded"},
                        {"internal", "boolean", "staff only: hidden from the customer"}},
              .response_schema = detail_schema(),
              .request_types = {"application/pdf", "image/jpeg", "image/png", "text/plain"}});
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/servicedesk/tickets/{id}/attachments/{attachment}",
       .handler =
           [&svc](Request& req) {
             auto f =
                 svc.attachment(http::context_of(req), http::id_param(req), http::id_param(req, "attachment")).take();
             Response r;
             r.status = 200;
             r.body = std::move(f.content);
             r.set_header("Content-Type", f.content_type);
             r.set_header("Content-Disposition", http::content_disposition("attachment", "attachment", f.file_name));
             r.set_header("Cache-Control", "private, no-store");
             return r;
           },
       .summary = "An attachment's file.",
       .tag = "servicedesk",
       .permission = "servicedesk.read",
       .response_type = "application/octet-stream"});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/servicedesk/email-replies",
       .handler =
           [&svc](Request& req) {
             http::JsonBody b(req);
             auto number = b.string("ticket", {.required = true, .min = 1, .max = 40});
             auto body = b.string("body", {.required = true, .min = 1, .max = 100000});
             b.finish();
             return detail_response(req, svc.reply_by_email(http::context_of(req), *number, *body).take());
           },
       .summary = "The e-mail reply hook: a mail gateway that has parsed a reply and authenticated its "
                  "sender as a user calls this with that user's token; the ticket number (TK-…) comes "
                  "from the subject. Adds a public comment.",
       .tag = "servicedesk",
       .permission = "servicedesk.create",
       .request_schema = object_schema({{"ticket", prop("string")}, {"body", prop("string")}}, {"ticket", "body"}),
       .response_schema = detail_schema()});
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/servicedesk/calendar",
       .handler =
           [&svc](Request&) {
             auto days = svc.calendar_days().take();
             json::array out;
             for (const auto& [d, k] : days)
               out.push_back(
                   json::object{{"day", format_date(d)}, {"kind", k == DayKind::workday ? "workday" : "holiday"}});
             return http::json_response(json::object{{"days", std::move(out)}});
           },
       .summary = "Public holidays and make-up working days (调休) loaded so far.",
       .tag = "servicedesk",
       .permission = "servicedesk.read",
       .response_schema = object_schema(
           {{"days",
             json::object{{"type", "array"},
                          {"items", object_schema({{"day", prop("string")},
                                                   {"kind", json::object{{"enum", json::array{"holiday", "workday"}}}}},
                                                  {"day", "kind"})}}}},
           {"days"})});
  router.add(
      {.method = "PUT",
       .pattern = "/api/v1/servicedesk/calendar/{year}",
       .handler =
           [&svc](Request& req) {
             auto year = http::id_param(req, "year");
             http::JsonBody b(req);
             std::vector<std::pair<Date, std::pair<DayKind, std::string>>> days;
             if (const auto* arr = b.array("days", true)) {
               for (std::size_t i = 0; i < arr->size(); ++i) {
                 const std::string at = "days/" + std::to_string(i);
                 const auto* o = (*arr)[i].if_object();
                 const auto* day = o ? o->if_contains("day") : nullptr;
                 const auto* kind = o ? o->if_contains("kind") : nullptr;
                 const auto* name = o ? o->if_contains("name") : nullptr;
                 std::optional<Date> d;
                 if (day && day->is_string()) d = parse_date(day->as_string());
                 if (!d) {
                   b.error(at + "/day", "invalid_date", "A date YYYY-MM-DD.");
                   continue;
                 }
                 if (!kind || !kind->is_string() ||
                     (kind->as_string() != "holiday" && kind->as_string() != "workday")) {
                   b.error(at + "/kind", "invalid_choice", "holiday or workday.");
                   continue;
                 }
                 days.push_back({*d,
                                 {kind->as_string() == "workday" ? DayKind::workday : DayKind::holiday,
                                  name && name->is_string() ? std::string(name->as_string()) : ""}});
               }
             }
             b.finish();
             if (year < 2000 || year > 2100)
               fail(Error::validation({{"year", "out_of_range", "A year from 2000 to 2100."}}));
             svc.load_calendar_year(http::context_of(req), static_cast<int>(year), days).take();
             return Response::no_content();
           },
       .summary = "Load a year's public holidays and make-up working days from the State Council's notice "
                  "(replaces that year's).",
       .tag = "servicedesk",
       .permission = "servicedesk.admin",
       .request_schema = object_schema(
           {{"days",
             json::object{{"type", "array"},
                          {"items", object_schema({{"day", json::object{{"type", "string"}, {"format", "date"}}},
                                                   {"kind", json::object{{"enum", json::array{"holiday", "workday"}}}},
                                                   {"name", prop("string")}},
                                                  {"day", "kind"})}}}},
           {"days"}),
       .success_status = 204});
  auto targets_json = [](const Targets& t) {
    json::object resp, res;
    for (int i = 0; i < 4; ++i) {
      resp["p" + std::to_string(i + 1)] = t.response_minutes[i];
      res["p" + std::to_string(i + 1)] = t.resolution_minutes[i];
    }
    return json::object{{"calendar", t.calendar}, {"response", std::move(resp)}, {"resolution", std::move(res)}};
  };
  json::object per_priority{
      {"type", "object"},
      {"required", json::array{"p1", "p2", "p3", "p4"}},
      {"properties",
       json::object{
           {"p1", prop("integer")}, {"p2", prop("integer")}, {"p3", prop("integer")}, {"p4", prop("integer")}}}};
  json::value targets_schema =
      object_schema({{"calendar", choices(kCalendars)}, {"response", per_priority}, {"resolution", per_priority}},
                    {"calendar", "response", "resolution"});
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/contracts/{id}/targets",
              .handler =
                  [&svc, targets_json](Request& req) {
                    return http::json_response(
                        targets_json(svc.targets_of(http::context_of(req), http::id_param(req)).take()));
                  },
              .summary = "A contract's calendar and response and resolution targets per priority, in minutes.",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .response_schema = targets_schema});
  router.add({.method = "PUT",
              .pattern = "/api/v1/servicedesk/contracts/{id}/targets",
              .handler =
                  [&svc, targets_json](Request& req) {
                    http::JsonBody b(req);
                    Targets t;
                    t.calendar = b.choice("calendar", kCalendars, true).value_or("7x24");
                    for (const char* which : {"response", "resolution"}) {
                      const auto* o = b.object(which, true);
                      if (!o) continue;
                      auto& minutes = std::string_view(which) == "response" ? t.response_minutes : t.resolution_minutes;
                      for (int i = 0; i < 4; ++i) {
                        const std::string k = "p" + std::to_string(i + 1);
                        const auto* v = o->if_contains(k);
                        if (!v || !v->is_int64())
                          b.error(std::string(which) + "/" + k, "integer", "Minutes, a whole number.");
                        else
                          minutes[i] = static_cast<int>(std::clamp<std::int64_t>(v->as_int64(), -1, 1'000'000));
                      }
                    }
                    b.finish();
                    const auto ctx = http::context_of(req);
                    svc.set_targets(ctx, http::id_param(req), t).take();
                    return http::json_response(targets_json(svc.targets_of(ctx, http::id_param(req)).take()));
                  },
              .summary = "Set a contract's calendar (7x24 or working hours on Chinese working days) and targets.",
              .tag = "servicedesk",
              .permission = "servicedesk.admin",
              .request_schema = targets_schema,
              .response_schema = targets_schema});
}

}  // namespace colo::servicedesk
