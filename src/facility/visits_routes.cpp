// Routes of visits, the front desk (lookup, check-in, check-out by code) and the entry log.
#include <boost/json.hpp>

#include "core/shape.hpp"
#include "facility/lists.hpp"
#include "facility/routes.hpp"
#include "facility/routes_common.hpp"
#include "facility/service.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::facility {

namespace json = boost::json;
using http::Request;

namespace {

template <typename W>
void write_visit(W& w, const Visit& v) {
  w.field("id", v.id);
  w.field("customer_id", v.customer_id);
  w.field("person_id", v.person_id);
  w.field("person_name", v.person_name);
  w.field("starts_at", v.starts_at);
  w.field("ends_at", v.ends_at);
  w.integers("rooms", v.rooms);
  w.integers("racks", v.racks);
  w.field("purpose", v.purpose);
  w.field("carried", v.carried);
  w.field("status", v.status, kVisitStatuses);
  w.field("code", v.code);
  w.field("requested_by", v.requested_by);
  w.field("decided_by", v.decided_by);
  w.field("decided_at", v.decided_at);
  w.field("checked_in_at", v.checked_in_at);
  w.field("checked_out_at", v.checked_out_at);
  w.field("checked_in_room", v.checked_in_room);
  w.field("escort", v.escort);
  w.field("created_at", v.created_at);
}

constexpr auto visit_shape = [](auto& w, const Visit& v) { write_visit(w, v); };

constexpr auto desk_shape = [](auto& w, const DeskView& d) {
  w.object("visit", "Visit", [&] { write_visit(w, d.visit); });
  w.object("person", "AuthorisedPerson", [&] { write_person(w, d.person); });
};

constexpr auto entry_shape = [](auto& w, const EntryLog& e) {
  w.field("id", e.id);
  w.field("at", e.at);
  w.field("room_id", e.room_id);
  w.field("visit_id", e.visit_id);
  w.field("person_id", e.person_id);
  w.field("customer_id", e.customer_id);
  w.field("person_name", e.person_name);
  w.field("event", e.event, kEntryEvents);
  w.field("reason", e.reason);
  w.field("code", e.code);
  w.field("escort", e.escort);
  w.field("actor", e.actor);
};

json::object prop(std::string_view type) { return {{"type", type}}; }

const json::value kVisitSchema =
    json::object{{"type", "object"},
                 {"properties", json::object{{"customer_id", prop("integer")},
                                             {"person_id", prop("integer")},
                                             {"starts_at", json::object{{"type", "string"}, {"format", "date-time"}}},
                                             {"ends_at", json::object{{"type", "string"}, {"format", "date-time"}}},
                                             {"rooms", json::object{{"type", "array"}, {"items", prop("integer")}}},
                                             {"racks", json::object{{"type", "array"}, {"items", prop("integer")}}},
                                             {"purpose", prop("string")},
                                             {"carried", prop("string")}}},
                 {"required", json::array{"person_id", "starts_at", "ends_at", "purpose"}}};
const json::value kDecisionSchema = json::object{{"type", "object"},
                                                 {"properties", json::object{{"approve", prop("boolean")}}},
                                                 {"required", json::array{"approve"}}};
const json::value kCheckInSchema = json::object{
    {"type", "object"},
    {"properties", json::object{{"code", prop("string")}, {"room_id", prop("integer")}, {"escort", prop("string")}}},
    {"required", json::array{"code", "room_id", "escort"}}};
const json::value kCodeSchema = json::object{
    {"type", "object"}, {"properties", json::object{{"code", prop("string")}}}, {"required", json::array{"code"}}};

VisitInput read_visit(http::JsonBody& b) {
  VisitInput in;
  in.customer_id = b.integer("customer_id", {.min = 1});
  in.person_id = b.integer("person_id", {.required = true, .min = 1}).value_or(0);
  if (auto t = b.instant("starts_at", true)) in.starts_at = format_instant(*t);
  if (auto t = b.instant("ends_at", true)) in.ends_at = format_instant(*t);
  in.rooms = read_ids(b, "rooms");
  in.racks = read_ids(b, "racks");
  in.purpose = b.string("purpose", {.required = true, .min = 1, .max = 500}).value_or("");
  in.carried = b.string("carried", {.max = 1000}).value_or("");
  b.finish();
  return in;
}

}  // namespace

void add_visit_routes(http::Router& router, Service& svc) {
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/facility/visits",
       .handler =
           [&svc](Request& req) {
             http::QueryReader q(req);
             auto page = http::read_page(q);
             VisitFilter f;
             f.q = q.string("q", 100);
             f.sort = q.string("sort", 100);
             f.status = q.choice("status", kVisitStatuses);
             f.customer = q.integer("customer");
             f.person = q.integer("person");
             f.day = q.date("day");
             q.finish();
             f.limit = page.limit;
             f.offset = page.offset;
             auto [count, rows] = svc.visits(http::context_of(req), f).take();
             return http::page_response(req, page, count, shape::text_array(rows, visit_shape));
           },
       .summary = "Visits (a customer sees only its own); day= lists those whose window touches a UTC day.",
       .tag = "facility",
       .permission = "facility.read",
       .query = http::list_docs(store::kVisitList,
                                {{"status", "string", "Status.", kVisitStatuses},
                                 {"customer", "integer", "Customer id."},
                                 {"person", "integer", "Authorised person id."},
                                 {"day", "string", "A business date (YYYY-MM-DD): visits whose window touches it."}},
                                {.q = "Part of the person's name, the purpose or the code."}),
       .response_schema = shape::page_of<Visit>("Visit", visit_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/visits/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto v = svc.visit(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(v, visit_shape));
                  },
              .summary = "A visit, with its code once approved.",
              .tag = "facility",
              .permission = "facility.read",
              .response_schema = shape::schema_of<Visit>("Visit", visit_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/visits",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_visit(b);
                    auto v = svc.request_visit(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(v, visit_shape), 201);
                  },
              .summary = "Request a visit for an authorised person: window, rooms or racks, purpose, what is carried.",
              .tag = "facility",
              .permission = "facility.visits.request",
              .request_schema = kVisitSchema,
              .response_schema = shape::schema_of<Visit>("Visit", visit_shape),
              .success_status = 201});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/visits/{id}/decision",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    bool approve = b.boolean("approve", true).value_or(false);
                    b.finish();
                    auto v = svc.decide_visit(http::context_of(req), id, approve).take();
                    return http::json_response(shape::value_of(v, visit_shape));
                  },
              .summary = "Approve (giving the visit its code) or reject a requested visit.",
              .tag = "facility",
              .permission = "facility.visits.approve",
              .request_schema = kDecisionSchema,
              .response_schema = shape::schema_of<Visit>("Visit", visit_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/visits/{id}/cancel",
              .handler =
                  [&svc](Request& req) {
                    auto v = svc.cancel_visit(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(v, visit_shape));
                  },
              .summary = "Cancel a visit that has not begun.",
              .tag = "facility",
              .permission = "facility.visits.request",
              .response_schema = shape::schema_of<Visit>("Visit", visit_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/desk/{code}",
              .handler =
                  [&svc](Request& req) {
                    auto d = svc.lookup(http::context_of(req), std::string(req.path_param("code"))).take();
                    return http::json_response(shape::value_of(d, desk_shape));
                  },
              .summary = "The front desk's lookup of a visit by its code: who, when, where.",
              .tag = "facility",
              .permission = "facility.desk",
              .response_schema = shape::schema_of<DeskView>("DeskView", desk_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/desk/check-in",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto code = b.string("code", {.required = true, .max = 40}).value_or("");
                    auto room = b.integer("room_id", {.required = true, .min = 1}).value_or(0);
                    auto escort = b.string("escort", {.required = true, .min = 1, .max = 100}).value_or("");
                    b.finish();
                    auto d = svc.check_in(http::context_of(req), code, room, escort).take();
                    return http::json_response(shape::value_of(d, desk_shape));
                  },
              .summary = "Check a visitor in at a room with the escort; a refusal (person not authorised, "
                         "outside the window, room not granted) is logged and answered 422.",
              .tag = "facility",
              .permission = "facility.desk",
              .request_schema = kCheckInSchema,
              .response_schema = shape::schema_of<DeskView>("DeskView", desk_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/desk/check-out",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto code = b.string("code", {.required = true, .max = 40}).value_or("");
                    b.finish();
                    auto d = svc.check_out(http::context_of(req), code).take();
                    return http::json_response(shape::value_of(d, desk_shape));
                  },
              .summary = "Check a visitor out.",
              .tag = "facility",
              .permission = "facility.desk",
              .request_schema = kCodeSchema,
              .response_schema = shape::schema_of<DeskView>("DeskView", desk_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/entries",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    EntryFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.event = q.choice("event", kEntryEvents);
                    f.room = q.integer("room");
                    f.customer = q.integer("customer");
                    f.visit = q.integer("visit");
                    f.from_day = q.date("from");
                    f.to_day = q.date("to");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.entries(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, entry_shape));
                  },
              .summary = "The entry/exit log per room, refusals included, for auditors.",
              .tag = "facility",
              .permission = "facility.entries.read",
              .query = http::list_docs(store::kEntryList,
                                       {{"event", "string", "check_in, check_out or refused.", kEntryEvents},
                                        {"room", "integer", "Room id."},
                                        {"customer", "integer", "Customer id."},
                                        {"visit", "integer", "Visit id."},
                                        {"from", "string", "First business date (YYYY-MM-DD)."},
                                        {"to", "string", "Last business date (YYYY-MM-DD)."}},
                                       {.q = "Part of the person's name, the code or the escort."}),
              .response_schema = shape::page_of<EntryLog>("EntryLog", entry_shape)});
}

}  // namespace colo::facility
