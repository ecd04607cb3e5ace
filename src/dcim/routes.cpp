// HTTP adapter for the inventory: /api/v1/dcim/...
#include "dcim/routes.hpp"

#include <boost/json.hpp>

#include <cmath>
#include <cstdio>

#include "dcim/service.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/router.hpp"

namespace colo::dcim {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

template <typename T>
json::value opt(const std::optional<T>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

// Half units as a JSON number: 42 or 0.5, never 4.2E1.
json::value u_of(std::optional<std::int64_t> hu) {
  if (!hu) return nullptr;
  return *hu % 2 ? json::value(static_cast<double>(*hu) / 2.0) : json::value(*hu / 2);
}
json::value u_of(std::optional<int> hu) { return u_of(hu ? std::optional<std::int64_t>(*hu) : std::nullopt); }
json::value u_of(int hu) { return u_of(std::optional<std::int64_t>(hu)); }
json::value u_of(std::int64_t hu) { return u_of(std::optional<std::int64_t>(hu)); }

json::object site_json(const Site& s) {
  return {{"id", s.id}, {"name", s.name}, {"slug", s.slug}, {"address", s.address}, {"time_zone", s.time_zone},
          {"uplink_mbps", s.uplink_mbps}, {"created_at", s.created_at}, {"updated_at", s.updated_at}};
}
json::object room_json(const Room& m) {
  return {{"id", m.id}, {"site", json::object{{"id", m.site_id}, {"name", m.site_name}}}, {"name", m.name},
          {"floor", m.floor}, {"temp_min_c", m.temp_min_c}, {"temp_max_c", m.temp_max_c},
          {"humidity_min_pct", m.humidity_min_pct}, {"humidity_max_pct", m.humidity_max_pct},
          {"created_at", m.created_at}, {"updated_at", m.updated_at}};
}
json::object rack_json(const Rack& k) {
  return {{"id", k.id}, {"name", k.name}, {"site", json::object{{"id", k.site_id}, {"name", k.site_name}}},
          {"room", json::object{{"id", k.room_id}, {"name", k.room_name}}}, {"row", k.row_name},
          {"facility_id", opt(k.facility_id)}, {"u_height", k.u_height}, {"descending", k.descending},
          {"power_a_w", k.power_a_w}, {"power_b_w", k.power_b_w}, {"max_weight_kg", k.max_weight_kg},
          {"status", k.status}, {"customer_id", opt(k.customer_id)}, {"created_at", k.created_at},
          {"updated_at", k.updated_at}};
}
json::object type_json(const DeviceType& t, bool detail) {
  json::object o{{"id", t.id}, {"manufacturer", t.manufacturer}, {"model", t.model}, {"slug", t.slug},
                 {"part_number", t.part_number}, {"u_height", u_of(t.height_hu)}, {"full_depth", t.full_depth},
                 {"typical_power_w", t.typical_power_w}, {"max_power_w", t.max_power_w},
                 {"power_ports", t.power_ports}, {"weight_kg", opt(t.weight_kg)}};
  if (detail) {
    json::array ifs;
    for (const auto& i : t.interfaces)
      ifs.push_back(json::object{{"name", i.name}, {"type", i.type}, {"mgmt_only", i.mgmt_only}});
    o["interfaces"] = std::move(ifs);
    o["device_count"] = t.device_count;
  }
  return o;
}
json::object device_json(const Device& d, bool brief, bool detail) {
  json::object o{{"id", d.id}, {"name", d.name}, {"status", d.status}};
  if (brief) return o;
  o["device_type"] = json::object{{"id", d.device_type_id}, {"label", d.type_label}};
  o["u_height"] = u_of(d.height_hu);
  o["role"] = d.role;
  o["serial"] = d.serial;
  o["asset_tag"] = opt(d.asset_tag);
  o["customer_id"] = opt(d.customer_id);
  o["site_id"] = opt(d.site_id);
  o["room_id"] = opt(d.room_id);
  o["rack"] = d.rack_id ? json::value(json::object{{"id", *d.rack_id}, {"name", d.rack_name}}) : json::value(nullptr);
  o["position"] = u_of(d.bottom_hu);
  o["face"] = opt(d.face);
  o["redundant_power"] = d.redundant_power;
  o["feed"] = d.feed;
  o["max_power_w"] = d.max_power_w;
  o["mgmt_address"] = d.mgmt_address;
  o["config_notes"] = d.config_notes;
  o["created_at"] = d.created_at;
  o["updated_at"] = d.updated_at;
  if (detail) {
    json::array h, m;
    for (const auto& e : d.history)
      h.push_back(json::object{{"kind", e.kind}, {"detail", e.detail}, {"actor", e.actor}, {"at", e.at}});
    for (const auto& x : d.maintenance)
      m.push_back(json::object{{"id", x.id}, {"performed_on", x.performed_on}, {"performed_by", x.performed_by},
                               {"summary", x.summary}, {"next_due", opt(x.next_due)}});
    o["history"] = std::move(h);
    o["maintenance"] = std::move(m);
  }
  return o;
}
json::object reservation_json(const Reservation& r) {
  return {{"id", r.id}, {"rack_id", r.rack_id}, {"customer_id", r.customer_id}, {"position", u_of(r.bottom_hu)},
          {"units", u_of(r.height_hu)}, {"reason", r.reason}, {"expires_at", r.expires_at}, {"created_at", r.created_at}};
}
json::object interface_json(const Interface& i) {
  return {{"id", i.id}, {"device", json::object{{"id", i.device_id}, {"name", i.device_name}}}, {"name", i.name},
          {"type", i.type}, {"speed_mbps", opt(i.speed_mbps)}, {"mgmt_only", i.mgmt_only}, {"enabled", i.enabled},
          {"description", i.description}};
}
json::object utilisation_json(const Utilisation& u) {
  // Percentages in tenths, as a JSON number with one decimal at most.
  auto pct = [](std::int64_t part, std::int64_t whole) -> json::value {
    if (!whole) return 0;
    auto tenths = (1000 * part + whole / 2) / whole;
    return tenths % 10 ? json::value(static_cast<double>(tenths) / 10) : json::value(tenths / 10);
  };
  auto used = std::max(u.units_front_hu, u.units_rear_hu);
  return {{"scope", u.scope}, {"id", u.id}, {"name", u.name}, {"racks", u.racks}, {"devices", u.devices},
          {"units", json::object{{"total", u_of(u.units_total)}, {"used_front", u_of(u.units_front_hu)},
                                 {"used_rear", u_of(u.units_rear_hu)}, {"reserved", u_of(u.units_reserved_hu)},
                                 {"free", u_of(std::max<std::int64_t>(0, u.units_total - used - u.units_reserved_hu))},
                                 {"used_pct", pct(used, u.units_total)}}},
          {"power", json::object{{"capacity_a_w", u.power_a_w}, {"capacity_b_w", u.power_b_w},
                                 {"allocated_a_w", u.allocated_a_w}, {"allocated_b_w", u.allocated_b_w},
                                 {"used_pct", pct(std::max(u.allocated_a_w, u.allocated_b_w),
                                                  std::max<std::int64_t>(1, std::min(u.power_a_w, u.power_b_w)))}}},
          {"ports", json::object{{"total", u.interfaces}, {"enabled", u.interfaces_enabled}}}};
}

ListQuery read_list(http::QueryReader& q, http::Page& page) {
  ListQuery l;
  page = http::read_page(q);
  l.limit = page.limit;
  l.offset = page.offset;
  l.site = q.integer("site", {.min = 1});
  l.room = q.integer("room", {.min = 1});
  l.rack = q.integer("rack", {.min = 1});
  l.customer = q.integer("customer", {.min = 1});
  l.type = q.integer("type", {.min = 1});
  l.row = q.string("row", 50);
  l.manufacturer = q.string("manufacturer", 100);
  l.q = q.string("q", 100);
  l.sort = q.string("sort", 40);
  return l;
}

const std::vector<http::QueryDoc> kListDocs = {
    {"limit", "integer"}, {"offset", "integer"}, {"q"}, {"sort"}, {"brief", "boolean"}, {"site", "integer"},
    {"room", "integer"}, {"rack", "integer"}, {"customer", "integer"}, {"status"}, {"role"}, {"row"},
    {"type", "integer"}, {"manufacturer"}};

std::string xml_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      case '\'': o += "&apos;"; break;
      default: o += c;
    }
  }
  return o;
}

// A stable colour per customer, so one customer's devices look alike on every rack.
std::string colour_of(std::optional<std::int64_t> customer) {
  static const char* kPalette[] = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2",
                                   "#edc948", "#ff9da7", "#9c755f", "#e15759", "#86bcb6"};
  if (!customer) return "#8a8f98";
  return kPalette[static_cast<std::size_t>(*customer * 2654435761u % 10)];
}

std::string elevation_svg(const Elevation& e, const std::string& face) {
  const int unit_px = 20, width = 300, label_w = 36, top = 20;
  const int rows = e.rack.u_height;
  const int height = top + rows * unit_px + 10;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width + label_w + 10) +
                    "\" height=\"" + std::to_string(height) + "\" font-family=\"sans-serif\" font-size=\"11\">"
                    "<defs><pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
                    "patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#c0392b\" "
                    "stroke-width=\"3\"/></pattern></defs>";
  svg += "<text x=\"" + std::to_string(label_w) + "\" y=\"14\" font-weight=\"bold\">" + xml_escape(e.rack.name) +
         " (" + face + ")</text>";
  // y of the top edge of half unit hu: U1 sits at the bottom unless the rack counts down.
  auto y_of = [&](int hu_top) {
    int index = hu_top - 2;  // half units above the bottom of U1
    double from_top = e.rack.descending ? index : rows * 2 - index;
    return top + from_top * unit_px / 2.0;
  };
  for (int u = 1; u <= rows; ++u) {
    double y = e.rack.descending ? y_of(u * 2) : y_of(u * 2 + 2);
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"#f7f7f7\" stroke=\"#ddd\"/>"
                  "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#666\">%d</text>",
                  label_w, y, width, unit_px, label_w - 4, y + 14, u);
    svg += buf;
  }
  for (const auto& u : e.units) {
    if (u.kind == "device" && u.face != "both" && u.face != face) continue;
    double y1 = e.rack.descending ? y_of(u.bottom_hu) : y_of(u.bottom_hu + u.height_hu);
    double h = u.height_hu * unit_px / 2.0;
    char buf[512];
    if (u.kind == "reserved") {
      std::snprintf(buf, sizeof buf,
                    "<rect class=\"reserved\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"url(#hatch)\" "
                    "fill-opacity=\"0.35\" stroke=\"#c0392b\"/>",
                    label_w, y1, width, h);
      svg += buf;
      continue;
    }
    std::snprintf(buf, sizeof buf,
                  "<rect class=\"device\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" rx=\"2\" fill=\"%s\" stroke=\"#333\"/>",
                  label_w + 1, y1 + 1, width - 2, h - 2, colour_of(u.customer_id).c_str());
    svg += buf;
    std::snprintf(buf, sizeof buf, "<text x=\"%d\" y=\"%.1f\" fill=\"#fff\">", label_w + 8, y1 + std::min(h, 20.0) - 6);
    svg += buf;
    svg += xml_escape(u.label.empty() ? "occupied" : u.label) + "</text>";
  }
  svg += "</svg>";
  return svg;
}

json::value obj_schema(std::initializer_list<std::pair<const char*, const char*>> props) {
  json::object p;
  for (auto [k, t] : props) p[k] = json::object{{"type", t}};
  return json::object{{"type", "object"}, {"properties", p}};
}

template <typename T, typename F>
Response page_response(const Request& req, const http::Page& page, std::pair<std::int64_t, std::vector<T>> data,
                       F&& render) {
  json::array results;
  for (const auto& x : data.second) results.push_back(render(x));
  return http::json_response(http::page_json(req, page, data.first, std::move(results)));
}

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  // Sites
  router.add({.method = "GET", .pattern = "/api/v1/dcim/sites",
              .handler = [&svc](Request& req) {
                http::QueryReader q(req);
                http::Page page;
                auto l = read_list(q, page);
                q.boolean("brief");
                q.finish();
                return page_response(req, page, svc.sites(http::context_of(req), l).take(), site_json);
              },
              .summary = "List sites.", .tag = "dcim", .permission = "dcim.read", .query = kListDocs});
  router.add({.method = "POST", .pattern = "/api/v1/dcim/sites",
              .handler = [&svc](Request& req) {
                http::JsonBody b(req);
                SiteInput in{b.string("name", {.required = true, .max = 100}), b.string("slug", {.max = 100}),
                             b.string("address", {.max = 300}), b.string("time_zone", {.max = 64}),
                             b.integer("uplink_mbps", {.min = 0})};
                b.finish();
                return http::json_response(site_json(svc.save_site(http::context_of(req), std::nullopt, in).take()), 201);
              },
              .summary = "Create a site.", .tag = "dcim", .permission = "dcim.sites.write",
              .request_schema = obj_schema({{"name", "string"}, {"slug", "string"}, {"address", "string"},
                                            {"time_zone", "string"}, {"uplink_mbps", "integer"}}),
              .success_status = 201});
  router.add({.method = "GET", .pattern = "/api/v1/dcim/sites/{id}",
              .handler = [&svc](Request& req) {
                return http::json_response(site_json(svc.site(http::context_of(req), http::id_param(req)).take()));
              },
              .summary = "A site.", .tag = "dcim", .permission = "dcim.read"});
  router.add({.method = "PATCH", .pattern = "/api/v1/dcim/sites/{id}",
              .handler = [&svc](Request& req) {
                auto id = http::id_param(req);
                http::JsonBody b(req);
                SiteInput in{b.string("name", {.max = 100}), b.string("slug", {.max = 100}),
                             b.string("address", {.max = 300}), b.string("time_zone", {.max = 64}),
                             b.integer("uplink_mbps", {.min = 0})};
                b.finish();
                return http::json_response(site_json(svc.save_site(http::context_of(req), id, in).take()));
              },
              .summary = "Change a site.", .tag = "dcim", .permission = "dcim.sites.write"});
  // Rooms
  auto read_room = [](http::JsonBody& b, bool create) {
    RoomInput in;
    in.site_id = b.integer("site_id", {.required = create, .min = 1});
    in.name = b.string("name", {.required = create, .max = 100});
    in.floor = b.string("floor", {.max = 50});
    in.temp_min_c = b.number("temp_min_c", {.min = -20, .max = 60});
    in.temp_max_c = b.number("temp_max_c", {.min = -20, .max = 60});
    in.humidity_min_pct = b.number("humidity_min_pct", {.min = 0, .max = 100});
    in.humidity_max_pct = b.number("humidity_max_pct", {.min = 0, .max = 100});
    b.finish();
    return in;
  };
  router.add({.method = "GET", .pattern = "/api/v1/dcim/rooms",
              .handler = [&svc](Request& req) {
                http::QueryReader q(req);
                http::Page page;
                auto l = read_list(q, page);
                q.boolean("brief");
                q.finish();
                return page_response(req, page, svc.rooms(http::context_of(req), l).take(), room_json);
              },
              .summary = "List rooms (机房).", .tag = "dcim", .permission = "dcim.read", .query = kListDocs});
  router.add({.method = "POST", .pattern = "/api/v1/dcim/rooms",
              .handler = [&svc, read_room](Request& req) {
                http::JsonBody b(req);
                auto in = read_room(b, true);
                return http::json_response(room_json(svc.save_room(http::context_of(req), std::nullopt, in).take()), 201);
              },
              .summary = "Create a room with its environment limits (R4.1.1).", .tag = "dcim",
              .permission = "dcim.sites.write", .success_status = 201});
  router.add({.method = "GET", .pattern = "/api/v1/dcim/rooms/{id}",
              .handler = [&svc](Request& req) {
                return http::json_response(room_json(svc.room(http::context_of(req), http::id_param(req)).take()));
              },
              .summary = "A room.", .tag = "dcim", .permission = "dcim.read"});
  router.add({.method = "PATCH", .pattern = "/api/v1/dcim/rooms/{id}",
              .handler = [&svc, read_room](Request& req) {
                auto id = http::id_param(req);
                http::JsonBody b(req);
                auto in = read_room(b, false);
                return http::json_response(room_json(svc.save_room(http::context_of(req), id, in).take()));
              },
              .summary = "Change a room.", .tag = "dcim", .permission = "dcim.sites.write"});
  // Racks
  auto read_rack = [](http::JsonBody& b, bool create) {
    RackInput in;
    in.room_id = b.integer("room_id", {.required = create, .min = 1});
    in.row_name = b.string("row", {.max = 20});
    in.name = b.string("name", {.required = create, .max = 100});
    in.status = b.choice("status", kRackStatuses);
    if (b.has("facility_id")) {
      if (b.is_null("facility_id")) { b.raw("facility_id"); in.facility_id = std::optional<std::string>{}; }
      else if (auto f = b.string("facility_id", {.max = 50})) in.facility_id = std::optional<std::string>(*f);
    }
    if (auto u = b.integer("u_height", {.min = 1, .max = 100})) in.u_height = static_cast<int>(*u);
    in.descending = b.boolean("descending");
    in.power_a_w = b.integer("power_a_w", {.min = 0, .max = 1000000});
    in.power_b_w = b.integer("power_b_w", {.min = 0, .max = 1000000});
    in.max_weight_kg = b.number("max_weight_kg", {.min = 0, .max = 10000});
    if (b.has("customer_id")) {
      if (b.is_null("customer_id")) { b.raw("customer_id"); in.customer_id = std::optional<std::int64_t>{}; }
      else if (auto c = b.integer("customer_id", {.min = 1})) in.customer_id = std::optional<std::int64_t>(*c);
    }
    b.finish();
    return in;
  };
  const auto rack_schema = obj_schema({{"room_id", "integer"}, {"row", "string"}, {"name", "string"},
                                       {"status", "string"}, {"facility_id", "string"}, {"u_height", "integer"},
                                       {"descending", "boolean"}, {"power_a_w", "integer"}, {"power_b_w", "integer"},
                                       {"max_weight_kg", "number"}, {"customer_id", "integer"}});
  router.add({.method = "GET", .pattern = "/api/v1/dcim/racks",
              .handler = [&svc](Request& req) {
                http::QueryReader q(req);
                http::Page page;
                auto l = read_list(q, page);
                l.status = q.choice("status", kRackStatuses);
                q.boolean("brief");
                q.finish();
                return page_response(req, page, svc.racks(http::context_of(req), l).take(), rack_json);
              },
              .summary = "List racks (customers: the racks they occupy).", .tag = "dcim", .permission = "dcim.read",
              .query = kListDocs});
  router.add({.method = "POST", .pattern = "/api/v1/dcim/racks",
              .handler = [&svc, read_rack](Request& req) {
                http::JsonBody b(req);
                auto in = read_rack(b, true);
                return http::json_response(rack_json(svc.save_rack(http::context_of(req), std::nullopt, in).take()), 201);
              },
              .summary = "Create a rack.", .tag = "dcim", .permission = "dcim.racks.write",
              .request_schema = rack_schema, .success_status = 201});
  router.add({.method = "GET", .pattern = "/api/v1/dcim/racks/{id}",
              .handler = [&svc](Request& req) {
                auto ctx = http::context_of(req);
                auto id = http::id_param(req);
                auto o = rack_json(svc.rack(ctx, id).take());
                auto u = svc.utilisation(ctx, "rack", id).take();
                if (!u.empty()) o["utilisation"] = utilisation_json(u[0]);
                return http::json_response(o);
              },
              .summary = "A rack with its utilisation.", .tag = "dcim", .permission = "dcim.read"});
  router.add({.method = "PATCH", .pattern = "/api/v1/dcim/racks/{id}",
              .handler = [&svc, read_rack](Request& req) {
                auto id = http::id_param(req);
                http::JsonBody b(req);
                auto in = read_rack(b, false);
                return http::json_response(rack_json(svc.save_rack(http::context_of(req), id, in).take()));
              },
              .summary = "Change a rack.", .tag = "dcim", .permission = "dcim.racks.write",
              .request_schema = rack_schema});
  router.add({.method = "GET", .pattern = "/api/v1/dcim/racks/{id}/elevation",
              .handler = [&svc](Request& req) {
                auto e = svc.elevation(http::context_of(req), http::id_param(req)).take();
                json::array units;
                for (const auto& u : e.units)
                  units.push_back(json::object{{"kind", u.kind}, {"position", u_of(u.bottom_hu)},
                                               {"units", u_of(u.height_hu)}, {"face", u.face}, {"label", u.label},
                                               {"device_id", opt(u.device_id)}, {"customer_id", opt(u.customer_id)},
                                               {"reservation_id", opt(u.reservation_id)},
                                               {"colour", colour_of(u.customer_id)}});
                return http::json_response(json::object{{"rack", rack_json(e.rack)}, {"units", units}});
              },
              .summary = "The rack's occupied and reserved units, for drawing.", .tag = "dcim", .permission = "dcim.read"});
  router.add({.method = "GET", .pattern = "/api/v1/dcim/racks/{id}/elevation.svg",
              .handler = [&svc](Request& req) {
                http::QueryReader q(req);
                auto face = q.choice("face", {"front", "rear"}).value_or("front");
                q.finish();
                auto e = svc.elevation(http::context_of(req), http::id_param(req)).take();
                return Response::text(200, elevation_svg(e, face), "image/svg+xml");
              },
              .summary = "Rack elevation as SVG (face=front|rear).", .tag = "dcim", .permission = "dcim.read",
              .query = {{"face"}}, .response_type = "image/svg+xml"});
  // Device types
  router.add({.method = "GET", .pattern = "/api/v1/dcim/device-types",
              .handler = [&svc](Request& req) {
                http::QueryReader q(req);
                http::Page page;
                auto l = read_list(q, page);
                q.boolean("brief");
                q.finish();
                return page_response(req, page, svc.device_types(http::context_of(req), l).take(),
                                     [](const DeviceType& t) { return type_json(t, false); });
              },
              .summary = "List device types.", .tag = "dcim", .permission = "dcim.read", .query = kListDocs});
  router.add({.method = "GET", .pattern = "/api/v1/dcim/device-types/{id}",
              .handler = [&svc](Request& req) {
                return http::json_response(type_json(svc.device_type(http::context_of(req), http::id_param(req)).take(), true));
              },
              .summary = "A device type with its interface templates.", .tag = "dcim", .permission = "dcim.read"});
  router.add({.method = "POST", .pattern = "/api/v1/dcim/device-types/import",
              .handler = [&svc](Request& req) {
                // One NetBox device-type YAML document as the body, or JSON {"files": [{"name", "yaml"}]}.
                std::vector<std::pair<std::string, std::string>> files;
                auto ct = req.header("content-type").value_or("");
                if (ct.find("json") != std::string_view::npos) {
                  http::JsonBody b(req);
                  const auto* arr = b.array("files", true);
                  if (arr) {
                    for (std::size_t i = 0; i < arr->size(); ++i) {
                      if (!(*arr)[i].is_object()) { b.error("files", "type", "Expected objects."); break; }
                      http::JsonObjectReader f((*arr)[i].as_object(), "files/" + std::to_string(i) + "/", &b.errors());
                      auto name = f.string("name", {.max = 300}).value_or("file " + std::to_string(i + 1));
                      auto yaml = f.string("yaml", {.required = true, .max = 1000000, .trim = false});
                      f.reject_unknown();
                      if (yaml) files.emplace_back(name, *yaml);
                    }
                  }
                  b.finish();
                } else if (ct.find("yaml") != std::string_view::npos) {
                  files.emplace_back("body", req.body);
                } else {
                  fail(Error{ErrorKind::unsupported_media, "unsupported_media_type",
                             "Send application/yaml or application/json.", {}});
                }
                auto r = svc.import_device_types(http::context_of(req), files).take();
                json::array skipped;
                for (const auto& [f, why] : r.skipped) skipped.push_back(json::object{{"file", f}, {"reason", why}});
                return http::json_response(json::object{{"imported", r.imported}, {"updated", r.updated},
                                                        {"unchanged", r.unchanged}, {"skipped", skipped}});
              },
              .summary = "Import NetBox device-type library YAML.", .tag = "dcim",
              .permission = "dcim.device_types.write"});
  // Devices
  auto read_device = [](http::JsonBody& b, bool create) {
    DeviceInput in;
    in.device_type_id = b.integer("device_type_id", {.required = create, .min = 1});
    in.name = b.string("name", {.required = create, .max = 100});
    in.serial = b.string("serial", {.max = 100});
    in.role = b.choice("role", kDeviceRoles);
    in.status = b.choice("status", kDeviceStatuses);
    in.mgmt_address = b.string("mgmt_address", {.max = 100});
    in.config_notes = b.string("config_notes", {.max = 10000, .trim = false});
    in.feed = b.choice("feed", {"A", "B"});
    in.redundant_power = b.boolean("redundant_power");
    auto nullable_string = [&](const char* key, std::optional<std::optional<std::string>>& out,
                               std::initializer_list<std::string_view> choices) {
      if (!b.has(key)) return;
      if (b.is_null(key)) { b.raw(key); out = std::optional<std::string>{}; return; }
      auto v = choices.size() ? b.choice(key, choices) : b.string(key, {.max = 100});
      if (v) out = std::optional<std::string>(*v);
    };
    nullable_string("asset_tag", in.asset_tag, {});
    nullable_string("face", in.face, {"front", "rear"});
    auto nullable_int = [&](const char* key, std::optional<std::optional<std::int64_t>>& out) {
      if (!b.has(key)) return;
      if (b.is_null(key)) { b.raw(key); out = std::optional<std::int64_t>{}; return; }
      if (auto v = b.integer(key, {.min = 1})) out = std::optional<std::int64_t>(*v);
    };
    nullable_int("customer_id", in.customer_id);
    nullable_int("rack_id", in.rack_id);
    if (b.has("position")) {
      if (b.is_null("position")) { b.raw("position"); in.position = std::optional<double>{}; }
      else if (auto p = b.number("position", {.min = 0.5, .max = 100})) in.position = std::optional<double>(*p);
    }
    in.force_power = b.boolean("force").value_or(false);
    b.finish();
    return in;
  };
  const auto device_schema = obj_schema({{"device_type_id", "integer"}, {"name", "string"}, {"serial", "string"},
                                         {"asset_tag", "string"}, {"role", "string"}, {"status", "string"},
                                         {"customer_id", "integer"}, {"rack_id", "integer"}, {"position", "number"},
                                         {"face", "string"}, {"redundant_power", "boolean"}, {"feed", "string"},
                                         {"mgmt_address", "string"}, {"config_notes", "string"}, {"force", "boolean"}});
  router.add({.method = "GET", .pattern = "/api/v1/dcim/devices",
              .handler = [&svc](Request& req) {
                http::QueryReader q(req);
                http::Page page;
                auto l = read_list(q, page);
                l.status = q.choice("status", kDeviceStatuses);
                l.role = q.choice("role", kDeviceRoles);
                bool brief = q.boolean("brief").value_or(false);
                q.finish();
                return page_response(req, page, svc.devices(http::context_of(req), l).take(),
                                     [brief](const Device& d) { return device_json(d, brief, false); });
              },
              .summary = "The equipment ledger (设备台账): list devices.", .tag = "dcim", .permission = "dcim.read",
              .query = kListDocs});
  router.add({.method = "POST", .pattern = "/api/v1/dcim/devices",
              .handler = [&svc, read_device](Request& req) {
                http::JsonBody b(req);
                auto in = read_device(b, true);
                return http::json_response(device_json(svc.save_device(http::context_of(req), std::nullopt, in).take(), false, true), 201);
              },
              .summary = "Add a device; placement and power rules apply (R4.3.2).", .tag = "dcim",
              .permission = "dcim.devices.write", .request_schema = device_schema, .success_status = 201});
  router.add({.method = "GET", .pattern = "/api/v1/dcim/devices/{id}",
              .handler = [&svc](Request& req) {
                return http::json_response(device_json(svc.device(http::context_of(req), http::id_param(req)).take(), false, true));
              },
              .summary = "A device with its maintenance records and lifecycle history (R4.3.1).", .tag = "dcim",
              .permission = "dcim.read"});
  router.add({.method = "PATCH", .pattern = "/api/v1/dcim/devices/{id}",
              .handler = [&svc, read_device](Request& req) {
                auto id = http::id_param(req);
                http::JsonBody b(req);
                auto in = read_device(b, false);
                return http::json_response(device_json(svc.save_device(http::context_of(req), id, in).take(), false, true));
              },
              .summary = "Change, move or decommission a device.", .tag = "dcim", .permission = "dcim.devices.write",
              .request_schema = device_schema});
  router.add({.method = "POST", .pattern = "/api/v1/dcim/devices/{id}/maintenance",
              .handler = [&svc](Request& req) {
                auto id = http::id_param(req);
                http::JsonBody b(req);
                Maintenance m;
                auto on = b.date("performed_on", true);
                m.performed_by = b.string("performed_by", {.max = 100}).value_or("");
                m.summary = b.string("summary", {.required = true, .max = 2000}).value_or("");
                auto due = b.date("next_due");
                b.finish();
                m.performed_on = format_date(*on);
                if (due) m.next_due = format_date(*due);
                auto out = svc.add_maintenance(http::context_of(req), id, m).take();
                return http::json_response(json::object{{"id", out.id}, {"performed_on", out.performed_on},
                                                        {"performed_by", out.performed_by}, {"summary", out.summary},
                                                        {"next_due", opt(out.next_due)}}, 201);
              },
              .summary = "Record maintenance work on a device.", .tag = "dcim", .permission = "dcim.devices.write",
              .request_schema = obj_schema({{"performed_on", "string"}, {"performed_by", "string"},
                                            {"summary", "string"}, {"next_due", "string"}}),
              .success_status = 201});
  // Reservations
  router.add({.method = "GET", .pattern = "/api/v1/dcim/reservations",
              .handler = [&svc](Request& req) {
                http::QueryReader q(req);
                http::Page page;
                auto l = read_list(q, page);
                q.finish();
                return page_response(req, page, svc.reservations(http::context_of(req), l).take(), reservation_json);
              },
              .summary = "Live reservations of rack units.", .tag = "dcim", .permission = "dcim.read", .query = kListDocs});
  router.add({.method = "POST", .pattern = "/api/v1/dcim/reservations",
              .handler = [&svc](Request& req) {
                http::JsonBody b(req);
                auto rack = b.integer("rack_id", {.required = true, .min = 1});
                auto customer = b.integer("customer_id", {.required = true, .min = 1});
                auto position = b.number("position", {.required = true, .min = 1, .max = 100});
                auto units = b.number("units", {.required = true, .min = 0.5, .max = 100});
                auto expires = b.instant("expires_at", true);
                auto reason = b.string("reason", {.required = true, .max = 500});
                b.finish();
                auto r = svc.reserve(http::context_of(req), *rack, *customer, *position, *units, *expires, *reason).take();
                return http::json_response(reservation_json(r), 201);
              },
              .summary = "Reserve rack units for a customer until a date.", .tag = "dcim",
              .permission = "dcim.reservations.write",
              .request_schema = obj_schema({{"rack_id", "integer"}, {"customer_id", "integer"}, {"position", "number"},
                                            {"units", "number"}, {"expires_at", "string"}, {"reason", "string"}}),
              .success_status = 201});
  router.add({.method = "DELETE", .pattern = "/api/v1/dcim/reservations/{id}",
              .handler = [&svc](Request& req) {
                svc.release_reservation(http::context_of(req), http::id_param(req)).take();
                return Response::no_content();
              },
              .summary = "Release a reservation.", .tag = "dcim", .permission = "dcim.reservations.write",
              .success_status = 204});
  // Interfaces and utilisation
  router.add({.method = "GET", .pattern = "/api/v1/dcim/interfaces",
              .handler = [&svc](Request& req) {
                http::QueryReader q(req);
                http::Page page;
                auto l = read_list(q, page);
                auto device = q.integer("device", {.min = 1});
                q.finish();
                return page_response(req, page, svc.interfaces(http::context_of(req), l, device).take(), interface_json);
              },
              .summary = "Device interfaces (ports).", .tag = "dcim", .permission = "dcim.read",
              .query = {{"device", "integer"}, {"rack", "integer"}, {"site", "integer"}, {"customer", "integer"},
                        {"limit", "integer"}, {"offset", "integer"}}});
  router.add({.method = "GET", .pattern = "/api/v1/dcim/utilisation",
              .handler = [&svc](Request& req) {
                http::QueryReader q(req);
                auto scope = q.choice("scope", {"site", "room", "rack"});
                auto site = q.integer("site", {.min = 1});
                auto room = q.integer("room", {.min = 1});
                auto rack = q.integer("rack", {.min = 1});
                q.finish();
                std::string s = scope.value_or(rack ? "rack" : room ? "room" : "site");
                std::optional<std::int64_t> id = s == "rack" ? rack : s == "room" ? room : site;
                json::array out;
                for (const auto& u : svc.utilisation(http::context_of(req), s, id).take()) out.push_back(utilisation_json(u));
                return http::json_response(out);
              },
              .summary = "Units, power and ports used per site, room or rack (aggregated in SQL).", .tag = "dcim",
              .permission = "dcim.read",
              .query = {{"scope"}, {"site", "integer"}, {"room", "integer"}, {"rack", "integer"}}});
}

}  // namespace colo::dcim
