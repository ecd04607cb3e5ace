// Routes of rectification orders: the list sorted by deadline with its filters, one order with
// its timeline and the actions the caller may take, and one route per step.
#include "facility/findings_routes.hpp"

#include <boost/json.hpp>

#include <cctype>

#include "core/shape.hpp"
#include "facility/findings.hpp"
#include "facility/findings_store.hpp"
#include "facility/inspections_rules.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"
#include "workflow/render.hpp"

namespace colo::facility {

namespace json = boost::json;
using http::Request;

namespace {

const std::vector<std::string> kFindingActions = {"assign", "rectify", "verify", "reopen", "dismiss"};

template <typename W>
void write_order(W& w, const FindingOrder& o) {
  w.field("id", o.id);
  w.field("round_id", o.round_id);
  w.field("checkpoint_key", o.checkpoint_key);
  w.field("item_key", o.item_key);
  w.field("template_name", o.template_name);
  w.field("checkpoint_name", o.checkpoint_name);
  w.field("checkpoint_kind", o.checkpoint_kind, kCheckpointKinds);
  w.field("ref_id", o.ref_id);
  w.field("item_label", o.item_label);
  w.field("reading", o.reading);
  w.field("severity", o.severity);
  w.field("status", o.status, kFindingStatuses);
  w.field("deadline_at", o.deadline_at);
  w.field("overdue", o.overdue);
  w.field("assignee", o.assignee);
  w.field("rectification_note", o.rectification_note);
  w.field("rectified_by", o.rectified_by);
  w.field("rectified_at", o.rectified_at);
  w.field("verified_by", o.verified_by);
  w.field("verified_at", o.verified_at);
  w.field("dismiss_reason", o.dismiss_reason);
  w.field("closed_at", o.closed_at);
  w.field("created_at", o.created_at);
  w.field("updated_at", o.updated_at);
  w.field("has_photo", o.photo_type.has_value());
}

constexpr auto order_shape = [](auto& w, const FindingOrder& o) { write_order(w, o); };
constexpr auto view_shape = [](auto& w, const FindingView& v) {
  w.object("order", "RectificationOrder", [&] { write_order(w, v.order); });
  w.array("timeline", "WorkflowStep", v.timeline, [&](const workflow::Step& s) { workflow::write_step(w, s); });
  w.strings("actions", v.actions, kFindingActions);
};

json::value body_schema(std::string_view field, bool required) {
  json::object s{{"type", "object"}, {"properties", json::object{{field, json::object{{"type", "string"}}}}}};
  if (required) s["required"] = json::array{field};
  return s;
}

std::string media_type(const Request& req) {
  std::string type(req.header("content-type").value_or(""));
  if (auto semi = type.find(';'); semi != std::string::npos) type.resize(semi);
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (auto& ch : type) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return type;
}

struct StepRoute {
  const char* action;
  const char* field;  // the body's one field
  bool required;
  const char* summary;
};

}  // namespace

void add_finding_routes(http::Router& router, Findings& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/findings",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    FindingFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.status = q.choice("status", kFindingStatuses);
                    f.overdue = q.boolean("overdue");
                    f.closed = q.boolean("closed");
                    f.room = q.integer("room");
                    f.round_id = q.integer("round");
                    f.assignee = q.string("assignee", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.list(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, order_shape));
                  },
              .summary = "Rectification orders opened by patrol findings on rooms, assets and the yard, earliest "
                         "deadline first.",
              .tag = "facility",
              .permission = kPermFindingRead,
              .query = http::list_docs(
                  findings_store::kFindingList,
                  {{"status", "string", "The order's status.", kFindingStatuses},
                   {"overdue", "boolean", "Past the deadline and not closed (or not)."},
                   {"closed", "boolean", "Verified or dismissed (or still to be worked)."},
                   {"room", "integer", "Orders of this room's checkpoint and of the infrastructure standing in it."},
                   {"round", "integer", "Orders of one patrol round."},
                   {"assignee", "string", "The assignee's user name."}},
                  {.q = "Part of the checkpoint, item, route or assignee."}),
              .response_schema = shape::page_of<FindingOrder>("RectificationOrder", order_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/findings/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto v = svc.get(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(v, view_shape));
                  },
              .summary = "A rectification order with its timeline and the steps the caller may take.",
              .tag = "facility",
              .permission = kPermFindingRead,
              .response_schema = shape::schema_of<FindingView>("RectificationOrderView", view_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/findings/{id}/photo",
              .handler =
                  [&svc](Request& req) {
                    auto v =
                        svc.set_photo(http::context_of(req), http::id_param(req), media_type(req), req.body).take();
                    return http::json_response(shape::value_of(v, view_shape));
                  },
              .summary = "Upload the photo of the rectification (the body, JPEG or PNG), replacing an earlier one.",
              .tag = "facility",
              .permission = kPermFindingWrite,
              .response_schema = shape::schema_of<FindingView>("RectificationOrderView", view_shape),
              .request_types = {"image/jpeg", "image/png"}});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/findings/{id}/photo",
              .handler =
                  [&svc](Request& req) {
                    auto p = svc.photo(http::context_of(req), http::id_param(req)).take();
                    http::Response r;
                    r.status = 200;
                    r.body = std::move(p.bytes);
                    r.set_header("Content-Type", p.content_type);
                    r.set_header("Cache-Control", "private, no-store");
                    return r;
                  },
              .summary = "The photo of the rectification.",
              .tag = "facility",
              .permission = kPermFindingRead,
              .response_type = "application/octet-stream"});
  const StepRoute steps[] = {
      {"assign", "assignee", true, "Assign the order to a staff member (again to reassign)."},
      {"rectify", "note", true, "Record what was done to rectify the defect."},
      {"verify", "note", false,
       "Confirm the rectification and close the order; someone other than the rectifier (409 "
       "facility.finding.same_person)."},
      {"reopen", "note", true, "Send a rectification back to the assignee, with the reason."},
      {"dismiss", "note", true, "Close the order as not a defect, with the reason."},
  };
  for (const auto& s : steps) {
    const std::string action = s.action, field = s.field;
    const bool required = s.required;
    router.add({.method = "POST",
                .pattern = "/api/v1/facility/findings/{id}/" + action,
                .handler =
                    [&svc, action, field, required](Request& req) {
                      auto id = http::id_param(req);
                      http::JsonBody b(req);
                      auto value = b.string(field, {.required = required, .max = field == "note" ? 4000u : 100u});
                      b.finish();
                      FindingStep step{action, std::nullopt, ""};
                      if (field == "assignee")
                        step.assignee = value;
                      else
                        step.note = value.value_or("");
                      auto v = svc.act(http::context_of(req), id, step).take();
                      return http::json_response(shape::value_of(v, view_shape));
                    },
                .summary = s.summary,
                .tag = "facility",
                .permission = kPermFindingWrite,
                .request_schema = body_schema(field, required),
                .response_schema = shape::schema_of<FindingView>("RectificationOrderView", view_shape)});
  }
}

}  // namespace colo::facility
