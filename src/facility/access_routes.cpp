// Routes of the authorised people: list, add, approve or reject, and the audited identity read.
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
void write_identity(W& w, const PersonIdentity& i) {
  w.field("id", i.id);
  w.field("id_type", i.id_type, kIdTypes);
  w.field("id_number", i.id_number);
  w.field("phone", i.phone);
}

const json::value kPersonSchema = json::object{
    {"type", "object"},
    {"properties", json::object{{"customer_id", json::object{{"type", "integer"}}},
                                {"name", json::object{{"type", "string"}}},
                                {"id_type", json::object{{"enum", json::value_from(kIdTypes)}}},
                                {"id_number", json::object{{"type", "string"}}},
                                {"phone", json::object{{"type", "string"}}},
                                {"company", json::object{{"type", "string"}}},
                                {"rooms", json::object{{"type", "array"}, {"items", {{"type", "integer"}}}}},
                                {"racks", json::object{{"type", "array"}, {"items", {{"type", "integer"}}}}},
                                {"valid_from", json::object{{"type", "string"}, {"format", "date"}}},
                                {"valid_to", json::object{{"type", "string"}, {"format", "date"}}}}},
    {"required", json::array{"name", "id_type", "id_number", "phone", "valid_from", "valid_to"}}};

const json::value kDecisionSchema =
    json::object{{"type", "object"},
                 {"properties", json::object{{"approve", json::object{{"type", "boolean"}}}}},
                 {"required", json::array{"approve"}}};

PersonInput read_person(http::JsonBody& b) {
  PersonInput in;
  in.customer_id = b.integer("customer_id", {.min = 1});
  in.name = b.string("name", {.required = true, .min = 1, .max = 100}).value_or("");
  in.id_type = b.choice("id_type", kIdTypes, true).value_or("");
  in.id_number = b.string("id_number", {.required = true, .min = 4, .max = 40}).value_or("");
  in.phone = b.string("phone", {.required = true, .min = 5, .max = 30}).value_or("");
  in.company = b.string("company", {.max = 200}).value_or("");
  in.rooms = read_ids(b, "rooms");
  in.racks = read_ids(b, "racks");
  if (auto d = b.date("valid_from", true)) in.valid_from = format_date(*d);
  if (auto d = b.date("valid_to", true)) in.valid_to = format_date(*d);
  b.finish();
  return in;
}

}  // namespace

void add_access_routes(http::Router& router, Service& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/people",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    PersonFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.status = q.choice("status", kPersonStatuses);
                    f.customer = q.integer("customer");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.people(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, person_shape));
                  },
              .summary = "People authorised to enter the site (a customer sees only its own); ID numbers "
                         "and phones masked.",
              .tag = "facility",
              .permission = "facility.read",
              .query = http::list_docs(
                  store::kPersonList,
                  {{"status", "string", "Approval status.", kPersonStatuses}, {"customer", "integer", "Customer id."}},
                  {.q = "Part of the name or company."}),
              .response_schema = shape::page_of<Person>("AuthorisedPerson", person_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/people/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto p = svc.person(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(p, person_shape));
                  },
              .summary = "An authorised person (masked).",
              .tag = "facility",
              .permission = "facility.read",
              .response_schema = shape::schema_of<Person>("AuthorisedPerson", person_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/people",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_person(b);
                    auto p = svc.add_person(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(p, person_shape), 201);
                  },
              .summary = "Add a person to a customer's list (ID number and phone stored encrypted); "
                         "waits for staff approval.",
              .tag = "facility",
              .permission = "facility.people.write",
              .request_schema = kPersonSchema,
              .response_schema = shape::schema_of<Person>("AuthorisedPerson", person_shape),
              .success_status = 201});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/people/{id}/decision",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    bool approve = b.boolean("approve", true).value_or(false);
                    b.finish();
                    auto p = svc.decide_person(http::context_of(req), id, approve).take();
                    return http::json_response(shape::value_of(p, person_shape));
                  },
              .summary = "Approve or reject a pending authorised person.",
              .tag = "facility",
              .permission = "facility.people.approve",
              .request_schema = kDecisionSchema,
              .response_schema = shape::schema_of<Person>("AuthorisedPerson", person_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/people/{id}/identity",
              .handler =
                  [&svc](Request& req) {
                    auto i = svc.reveal(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(
                        shape::value_of(i, [](auto& w, const PersonIdentity& x) { write_identity(w, x); }));
                  },
              .summary = "The person's ID number and phone in clear, for the front desk; every read is audited.",
              .tag = "facility",
              .permission = "facility.people.reveal",
              .response_schema = shape::schema_of<PersonIdentity>(
                  "PersonIdentity", [](auto& w, const PersonIdentity& x) { write_identity(w, x); })});
}

void add_routes(http::Router& router, Service& svc) {
  add_access_routes(router, svc);
  add_visit_routes(router, svc);
  add_slip_routes(router, svc);
}

}  // namespace colo::facility
