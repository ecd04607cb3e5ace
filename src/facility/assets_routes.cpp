// Routes of infrastructure assets: list with filters, detail, create, change.
#include <boost/json.hpp>

#include "core/shape.hpp"
#include "facility/maintenance_routes.hpp"
#include "facility/maintenance_service.hpp"
#include "facility/maintenance_store.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::facility {

namespace json = boost::json;
using http::Request;

namespace {

template <typename W>
void write_asset(W& w, const Asset& a) {
  w.field("id", a.id);
  w.field("code", a.code);
  w.field("name", a.name);
  w.field("kind", a.kind, kAssetKinds);
  w.field("model", a.model);
  w.field("serial", a.serial);
  w.field("room_id", a.room_id);
  w.field("power_feed_id", a.power_feed_id);
  w.field("installed_on", a.installed_on);
  w.field("status", a.status, kAssetStatuses);
  w.field("note", a.note);
  w.field("created_at", a.created_at);
  w.field("updated_at", a.updated_at);
}

constexpr auto asset_shape = [](auto& w, const Asset& a) { write_asset(w, a); };

json::object prop(std::string_view type) { return {{"type", type}}; }

json::value asset_schema(bool create) {
  json::object s{
      {"type", "object"},
      {"properties",
       json::object{{"code", prop("string")},
                    {"name", prop("string")},
                    {"kind", json::object{{"enum", json::value_from(kAssetKinds)}}},
                    {"model", prop("string")},
                    {"serial", prop("string")},
                    {"room_id", prop("integer")},
                    {"power_feed_id", json::object{{"type", json::array{"integer", "null"}}}},
                    {"installed_on", json::object{{"type", json::array{"string", "null"}}, {"format", "date"}}},
                    {"status", json::object{{"enum", json::value_from(kAssetStatuses)}}},
                    {"note", prop("string")}}}};
  if (create) s["required"] = json::array{"code", "name", "kind", "room_id"};
  return s;
}

AssetInput read_asset(http::JsonBody& b, bool create) {
  AssetInput in;
  in.code = b.string("code", {.required = create, .min = 1, .max = 50});
  in.name = b.string("name", {.required = create, .min = 1, .max = 200});
  in.kind = b.choice("kind", kAssetKinds, create);
  in.model = b.string("model", {.max = 200});
  in.serial = b.string("serial", {.max = 100});
  in.room_id = b.integer("room_id", {.required = create, .min = 1});
  if (const auto* v = b.raw("power_feed_id"); v && v->is_null()) in.clear_power_feed = true;
  in.power_feed_id = b.integer("power_feed_id", {.min = 1});
  if (const auto* v = b.raw("installed_on"); v && v->is_null()) in.clear_installed_on = true;
  if (auto d = b.date("installed_on")) in.installed_on = format_date(*d);
  in.status = b.choice("status", kAssetStatuses);
  in.note = b.string("note", {.max = 1000});
  b.finish();
  return in;
}

}  // namespace

void add_asset_routes(http::Router& router, Maintenance& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/assets",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    AssetFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.kind = q.choice("kind", kAssetKinds);
                    f.status = q.choice("status", kAssetStatuses);
                    f.room = q.integer("room");
                    f.power_feed = q.integer("power_feed");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.assets(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, asset_shape));
                  },
              .summary = "Infrastructure assets: UPS, batteries, generators, ATS, precision air conditioning, gas "
                         "suppression, fire detection, distribution boards.",
              .tag = "facility",
              .permission = "facility.maintenance.read",
              .query = http::list_docs(maintenance_store::kAssetList,
                                       {{"kind", "string", "Kind of equipment.", kAssetKinds},
                                        {"status", "string", "Status.", kAssetStatuses},
                                        {"room", "integer", "Room id."},
                                        {"power_feed", "integer", "Power feed id."}},
                                       {.q = "Part of the code, name, model or serial number."}),
              .response_schema = shape::page_of<Asset>("FacilityAsset", asset_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/assets/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto a = svc.asset(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(a, asset_shape));
                  },
              .summary = "An infrastructure asset.",
              .tag = "facility",
              .permission = "facility.maintenance.read",
              .response_schema = shape::schema_of<Asset>("FacilityAsset", asset_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/assets",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_asset(b, true);
                    auto a = svc.create_asset(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(a, asset_shape), 201);
                  },
              .summary = "Add an infrastructure asset in a room, optionally on a power feed.",
              .tag = "facility",
              .permission = "facility.maintenance.write",
              .request_schema = asset_schema(true),
              .response_schema = shape::schema_of<Asset>("FacilityAsset", asset_shape),
              .success_status = 201});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/facility/assets/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_asset(b, false);
                    auto a = svc.update_asset(http::context_of(req), id, in).take();
                    return http::json_response(shape::value_of(a, asset_shape));
                  },
              .summary = "Change an asset (what is given); null clears the power feed or installation date.",
              .tag = "facility",
              .permission = "facility.maintenance.write",
              .request_schema = asset_schema(false),
              .response_schema = shape::schema_of<Asset>("FacilityAsset", asset_shape)});
}

}  // namespace colo::facility
