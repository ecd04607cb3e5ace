// Routes of equipment slips: list, request, approve or reject, finance's release, completion.
#include <boost/json.hpp>

#include "core/shape.hpp"
#include "facility/lists.hpp"
#include "facility/routes.hpp"
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
void write_slip(W& w, const Slip& s, bool detail) {
  w.field("id", s.id);
  w.field("customer_id", s.customer_id);
  w.field("direction", s.direction, kSlipDirections);
  w.field("status", s.status, kSlipStatuses);
  w.field("planned_on", s.planned_on);
  w.field("note", s.note);
  w.field("needs_release", s.needs_release);
  w.field("released_by", s.released_by);
  w.field("released_at", s.released_at);
  w.field("requested_by", s.requested_by);
  w.field("decided_by", s.decided_by);
  w.field("decided_at", s.decided_at);
  w.field("completed_by", s.completed_by);
  w.field("completed_at", s.completed_at);
  w.field("created_at", s.created_at);
  w.when(detail, [&] {
    w.array("items", "SlipItem", s.items, [&](const SlipItem& i) {
      w.field("id", i.id);
      w.field("device_id", i.device_id);
      w.field("serial", i.serial);
      w.field("description", i.description);
      w.field("contract_id", i.contract_id);
    });
  });
}

constexpr auto slip_shape = [](auto& w, const Slip& s) { write_slip(w, s, true); };

json::object prop(std::string_view type) { return {{"type", type}}; }

const json::value kSlipSchema = json::object{
    {"type", "object"},
    {"properties",
     json::object{{"customer_id", prop("integer")},
                  {"direction", json::object{{"enum", json::value_from(kSlipDirections)}}},
                  {"planned_on", json::object{{"type", "string"}, {"format", "date"}}},
                  {"note", prop("string")},
                  {"items", json::object{{"type", "array"},
                                         {"items", json::object{{"type", "object"},
                                                                {"properties",
                                                                 json::object{{"device_id", prop("integer")},
                                                                              {"serial", prop("string")},
                                                                              {"description", prop("string")}}}}}}}}},
    {"required", json::array{"direction", "planned_on", "items"}}};
const json::value kDecisionSchema = json::object{{"type", "object"},
                                                 {"properties", json::object{{"approve", prop("boolean")}}},
                                                 {"required", json::array{"approve"}}};

SlipInput read_slip(http::JsonBody& b) {
  SlipInput in;
  in.customer_id = b.integer("customer_id", {.min = 1});
  in.direction = b.choice("direction", kSlipDirections, true).value_or("");
  if (auto d = b.date("planned_on", true)) in.planned_on = format_date(*d);
  in.note = b.string("note", {.max = 1000}).value_or("");
  if (const auto* items = b.array("items", true)) {
    if (items->size() > 200) b.error("items", "too_many", "At most 200.");
    for (std::size_t i = 0; i < items->size(); ++i) {
      std::string prefix = "items/" + std::to_string(i) + "/";
      if (!(*items)[i].is_object()) {
        b.error("items/" + std::to_string(i), "type", "Expected an object.");
        continue;
      }
      std::vector<FieldError> errors;
      http::JsonObjectReader r((*items)[i].as_object(), prefix, &errors);
      SlipItem item;
      item.device_id = r.integer("device_id", {.min = 1});
      item.serial = r.string("serial", {.max = 100}).value_or("");
      item.description = r.string("description", {.max = 200}).value_or("");
      r.reject_unknown();
      for (auto& e : errors) b.error(e.field, e.code, e.message);
      in.items.push_back(std::move(item));
    }
  }
  b.finish();
  return in;
}

}  // namespace

void add_slip_routes(http::Router& router, Service& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/slips",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    SlipFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.status = q.choice("status", kSlipStatuses);
                    f.direction = q.choice("direction", kSlipDirections);
                    f.customer = q.integer("customer");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.slips(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, [](auto& w, const Slip& s) {
                                                 write_slip(w, s, false);
                                               }));
                  },
              .summary = "Equipment slips (a customer sees only its own).",
              .tag = "facility",
              .permission = "facility.read",
              .query = http::list_docs(store::kSlipList,
                                       {{"status", "string", "Status.", kSlipStatuses},
                                        {"direction", "string", "in or out.", kSlipDirections},
                                        {"customer", "integer", "Customer id."}},
                                       {.q = "Part of the note."}),
              .response_schema = shape::page_of<Slip>("EquipmentSlip", slip_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/slips/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto s = svc.slip(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(s, slip_shape));
                  },
              .summary = "An equipment slip with its devices.",
              .tag = "facility",
              .permission = "facility.read",
              .response_schema = shape::schema_of<Slip>("EquipmentSlip", slip_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/slips",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_slip(b);
                    auto s = svc.request_slip(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(s, slip_shape), 201);
                  },
              .summary = "Request an equipment slip: ledger devices or new ones by serial, moving in or out.",
              .tag = "facility",
              .permission = "facility.slips.request",
              .request_schema = kSlipSchema,
              .response_schema = shape::schema_of<Slip>("EquipmentSlip", slip_shape),
              .success_status = 201});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/slips/{id}/decision",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    bool approve = b.boolean("approve", true).value_or(false);
                    b.finish();
                    auto s = svc.decide_slip(http::context_of(req), id, approve).take();
                    return http::json_response(shape::value_of(s, slip_shape));
                  },
              .summary = "Approve or reject a slip; moving out devices of a contract in arrears or suspended then "
                         "waits for finance's release.",
              .tag = "facility",
              .permission = "facility.slips.approve",
              .request_schema = kDecisionSchema,
              .response_schema = shape::schema_of<Slip>("EquipmentSlip", slip_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/slips/{id}/release",
              .handler =
                  [&svc](Request& req) {
                    auto s = svc.release_slip(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(s, slip_shape));
                  },
              .summary = "Finance releases an approved slip that waits for it.",
              .tag = "facility",
              .permission = "facility.slips.release",
              .response_schema = shape::schema_of<Slip>("EquipmentSlip", slip_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/slips/{id}/complete",
              .handler =
                  [&svc](Request& req) {
                    auto s = svc.complete_slip(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(s, slip_shape));
                  },
              .summary = "The devices have moved: the ledger's devices become installed (in) or decommissioned "
                         "(out) in the same transaction.",
              .tag = "facility",
              .permission = "facility.slips.complete",
              .response_schema = shape::schema_of<Slip>("EquipmentSlip", slip_shape)});
}

}  // namespace colo::facility
