// HTTP adapter for the inventory: /api/v1/dcim/... Parse and validate, call the service, render.
//
// Units in JSON are rack units (U), in half-unit steps: "position": 10.5, "u_height": 2. Power is
// in watts, weight in kg. Lists answer {count, next, previous, results} and take limit, offset,
// sort, q, brief and the filters each documents.
#include "dcim/routes.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <map>

#include "dcim/elevation.hpp"
#include "dcim/lists.hpp"
#include "dcim/render.hpp"
#include "dcim/service.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::dcim {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

// Answers are written by the shapes in dcim/render.hpp; the same shapes give the schemas.
json::object site_json(const Site& s, bool brief) {
  return shape::value_of(s, [&](auto& w, const Site& x) { render::site(w, x, brief); });
}
json::object room_json(const Room& m, bool brief) {
  return shape::value_of(m, [&](auto& w, const Room& x) { render::room(w, x, brief); });
}
json::object rack_json(const Rack& k, bool brief) {
  return shape::value_of(k, [&](auto& w, const Rack& x) { render::rack(w, x, brief); });
}
json::object feed_json(const PowerFeed& f, bool brief) {
  return shape::value_of(f, [&](auto& w, const PowerFeed& x) { render::feed(w, x, brief); });
}
json::object type_json(const DeviceType& t, bool brief, bool detail) {
  return shape::value_of(t, [&](auto& w, const DeviceType& x) { render::device_type(w, x, brief, detail); });
}
json::object device_json(const Device& d, bool brief, bool detail) {
  return shape::value_of(d, [&](auto& w, const Device& x) { render::device(w, x, brief, detail); });
}
json::object reservation_json(const Reservation& r) {
  return shape::value_of(r, [](auto& w, const Reservation& x) { render::reservation(w, x); });
}
json::object interface_json(const Interface& i, bool brief) {
  return shape::value_of(i, [&](auto& w, const Interface& x) { render::interface(w, x, brief); });
}
json::object csv_report_json(const CsvReport& r) {
  return shape::value_of(r, [](auto& w, const CsvReport& x) { render::csv_report(w, x); });
}
std::optional<Utilisation> first(std::vector<Utilisation> u) {
  if (u.empty()) return std::nullopt;
  return std::move(u.front());
}

// ---- schemas of the answers, from the same shapes (the fullest form of each record: the fields
// a brief or list answer leaves out are the ones not required)

constexpr auto site_shape = [](auto& w, const Site& s) { render::site(w, s, false); };
constexpr auto room_shape = [](auto& w, const Room& m) { render::room(w, m, false); };
constexpr auto row_shape = [](auto& w, const RackRow& r) { render::row(w, r); };
constexpr auto rack_shape = [](auto& w, const Rack& k) { render::rack(w, k, false); };
// A rack of the list, with its utilisation when asked for (utilisation=true).
struct RackListRow {
  Rack rack;
  std::optional<Utilisation> utilisation;
  bool brief = false;
};
constexpr auto rack_row_shape = [](auto& w, const RackListRow& r) {
  render::rack(w, r.rack, r.brief);
  render::utilisation_of(w, r.utilisation);
};
constexpr auto feed_shape = [](auto& w, const PowerFeed& f) { render::feed(w, f, false); };
constexpr auto type_shape = [](auto& w, const DeviceType& t) { render::device_type(w, t, false, true); };
constexpr auto device_shape = [](auto& w, const Device& d) { render::device(w, d, false, true); };
constexpr auto reservation_shape = [](auto& w, const Reservation& r) { render::reservation(w, r); };
constexpr auto interface_shape = [](auto& w, const Interface& i) { render::interface(w, i, false); };
constexpr auto csv_report_shape = [](auto& w, const CsvReport& r) { render::csv_report(w, r); };
constexpr auto utilisation_shape = [](auto& w, const Utilisation& u) { render::utilisation(w, u); };

// ---- list parameters: each list reads exactly the filters it documents

enum Filter : unsigned {
  kSite = 1u << 0,
  kRoom = 1u << 1,
  kRow = 1u << 2,
  kRack = 1u << 3,
  kCustomer = 1u << 4,
  kStatus = 1u << 5,
  kRole = 1u << 6,
  kType = 1u << 7,
  kManufacturer = 1u << 8,
  kDevice = 1u << 9,
};

struct ListSpec {
  unsigned filters = 0;
  const std::vector<std::string>* statuses = nullptr;
  const db::ListSpec* list = nullptr;  // the store's declaration: sort keys
};

ListQuery read_list(http::QueryReader& q, http::Page& page, const ListSpec& spec, bool paged = true) {
  ListQuery l;
  if (paged) {
    page = http::read_page(q);
    l.limit = page.limit;
    l.offset = page.offset;
  }
  if (spec.filters & kSite) l.site = q.integer("site", {.min = 1});
  if (spec.filters & kRoom) l.room = q.integer("room", {.min = 1});
  if (spec.filters & kRow) l.row = q.string("row", 50);
  if (spec.filters & kRack) l.rack = q.integer("rack", {.min = 1});
  if (spec.filters & kCustomer) l.customer = q.integer("customer", {.min = 1});
  if (spec.filters & kStatus) l.status = q.choice("status", *spec.statuses);
  if (spec.filters & kRole) l.role = q.choice("role", kDeviceRoles);
  if (spec.filters & kType) l.type = q.integer("type", {.min = 1});
  if (spec.filters & kManufacturer) l.manufacturer = q.string("manufacturer", 100);
  l.q = q.string("q", 100);
  l.sort = q.string("sort", 40);
  return l;
}

std::vector<http::QueryDoc> list_docs(const ListSpec& spec, bool paged = true) {
  std::vector<http::QueryDoc> d;
  if (spec.filters & kSite) d.push_back({"site", "integer", "Site id."});
  if (spec.filters & kRoom) d.push_back({"room", "integer", "Room id."});
  if (spec.filters & kRow) d.push_back({"row", "string", "Row name."});
  if (spec.filters & kRack) d.push_back({"rack", "integer", "Rack id."});
  if (spec.filters & kCustomer) d.push_back({"customer", "integer", "Customer id."});
  if (spec.filters & kStatus) d.push_back({"status", "string", "Status.", *spec.statuses});
  if (spec.filters & kRole) d.push_back({"role", "string", "Device role.", kDeviceRoles});
  if (spec.filters & kType) d.push_back({"type", "integer", "Device type id."});
  if (spec.filters & kManufacturer) d.push_back({"manufacturer", "string", "Manufacturer, exactly."});
  if (spec.filters & kDevice) d.push_back({"device", "integer", "Device id."});
  return http::list_docs(*spec.list, std::move(d), {.paged = paged, .brief = paged});
}

const ListSpec kSiteList{0, nullptr, &lists::kSites};
const ListSpec kRoomList{kSite, nullptr, &lists::kRooms};
const ListSpec kRowList{kSite | kRoom, nullptr, &lists::kRows};
const ListSpec kRackList{kSite | kRoom | kRow | kStatus | kCustomer, &kRackStatuses, &lists::kRacks};
const ListSpec kFeedList{kSite | kRoom | kRack | kStatus, &kFeedStatuses, &lists::kFeeds};
const ListSpec kTypeList{kManufacturer, nullptr, &lists::kTypes};
const ListSpec kDeviceList{kSite | kRoom | kRow | kRack | kCustomer | kStatus | kRole | kType | kManufacturer,
                           &kDeviceStatuses, &lists::kDevices};
const ListSpec kReservationList{kSite | kRoom | kRack | kCustomer, nullptr, &lists::kReservations};
const ListSpec kInterfaceList{kSite | kRoom | kRack | kCustomer | kDevice, nullptr, &lists::kInterfaces};

template <typename T, typename F>
Response page_response(const Request& req, const http::Page& page, std::pair<std::int64_t, std::vector<T>> data,
                       F&& shape) {
  return http::page_response(req, page, data.first, shape::text_array(data.second, std::forward<F>(shape)));
}

json::value obj_schema(std::initializer_list<std::pair<const char*, const char*>> props) {
  json::object p;
  for (auto [k, t] : props) p[k] = json::object{{"type", t}};
  return json::object{{"type", "object"}, {"properties", p}};
}

// The ids of a bulk change: 1 to kMaxBulk distinct positive integers.
constexpr std::size_t kMaxBulk = 500;
std::vector<std::int64_t> read_ids(http::JsonBody& b) {
  std::vector<std::int64_t> ids;
  const auto* arr = b.array("ids", true);
  if (!arr) return ids;
  if (arr->empty() || arr->size() > kMaxBulk) {
    b.error("ids", "invalid", "Between 1 and " + std::to_string(kMaxBulk) + " ids.");
    return ids;
  }
  for (const auto& v : *arr) {
    const auto* n = v.if_int64();
    if (!n || *n < 1) {
      b.error("ids", "invalid", "Ids are positive integers.");
      return {};
    }
    if (std::find(ids.begin(), ids.end(), *n) != ids.end()) {
      b.error("ids", "duplicate", "Id " + std::to_string(*n) + " is given twice.");
      return {};
    }
    ids.push_back(*n);
  }
  return ids;
}

constexpr auto bulk_report_shape = [](auto& w, const BulkReport& r) {
  w.field("updated", r.updated);
  w.field("unchanged", r.unchanged);
};

json::value bulk_schema(std::initializer_list<std::pair<const char*, const char*>> props) {
  json::object p{{"ids", json::object{{"type", "array"}, {"items", json::object{{"type", "integer"}}}}}};
  for (auto [k, t] : props) p[k] = json::object{{"type", t}};
  return json::object{{"type", "object"}, {"properties", p}, {"required", json::array{"ids"}}};
}

// A nullable member: absent -> not given; null -> cleared; a value -> set.
template <typename T, typename Read>
void nullable(http::JsonBody& b, const char* key, std::optional<std::optional<T>>& out, Read&& read) {
  if (!b.has(key)) return;
  if (b.is_null(key)) {
    b.raw(key);
    out = std::optional<T>{};
    return;
  }
  if (auto v = read()) out = std::optional<T>(*v);
}

Response csv_response(std::string body, const std::string& filename) {
  auto r = Response::text(200, std::move(body), "text/csv; charset=utf-8");
  r.set_header("Content-Disposition", http::content_disposition("attachment", filename, {}));
  return r;
}

// The text/csv body of an import; 415 for anything else.
const std::string& csv_body(const Request& req) {
  auto ct = req.header("content-type").value_or("");
  if (ct.find("text/csv") == std::string_view::npos && ct.find("application/csv") == std::string_view::npos)
    fail(Error{ErrorKind::unsupported_media, "unsupported_media_type", "Send the file as text/csv.", {}});
  return req.body;
}

// Sites, rooms and the rows named by their racks.
void add_site_routes(http::Router& router, Service& svc) {
  // ---- sites
  auto read_site = [](http::JsonBody& b, bool create) {
    SiteInput in{b.string("name", {.required = create, .max = 100}), b.string("slug", {.max = 100}),
                 b.string("address", {.max = 300}), b.string("time_zone", {.max = 64}),
                 b.integer("uplink_mbps", {.min = 0})};
    b.finish();
    return in;
  };
  const auto site_schema = obj_schema({{"name", "string"},
                                       {"slug", "string"},
                                       {"address", "string"},
                                       {"time_zone", "string"},
                                       {"uplink_mbps", "integer"}});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/sites",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    http::Page page;
                    auto l = read_list(q, page, kSiteList);
                    bool brief = q.boolean("brief").value_or(false);
                    q.finish();
                    return page_response(req, page, svc.sites(http::context_of(req), l).take(),
                                         [brief](auto& w, const Site& s) { render::site(w, s, brief); });
                  },
              .summary = "List sites (data centres).",
              .tag = "dcim",
              .permission = "dcim.read",
              .query = list_docs(kSiteList),
              .response_schema = shape::page_of<Site>("Site", site_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/dcim/sites",
              .handler =
                  [&svc, read_site](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_site(b, true);
                    return http::json_response(
                        site_json(svc.save_site(http::context_of(req), std::nullopt, in).take(), false), 201);
                  },
              .summary = "Create a site (time zone default Asia/Shanghai).",
              .tag = "dcim",
              .permission = "dcim.sites.write",
              .request_schema = site_schema,
              .response_schema = shape::schema_of<Site>("Site", site_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/sites/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto ctx = http::context_of(req);
                    auto id = http::id_param(req);
                    auto site = svc.site(ctx, id).take();
                    render::WithUtilisation x{first(svc.utilisation(ctx, "site", id).take())};
                    return http::json_response(
                        shape::value_of(site, [&](auto& w, const Site& s) { render::site_detail(w, s, x); }));
                  },
              .summary = "A site with its utilisation.",
              .tag = "dcim",
              .permission = "dcim.read",
              .response_schema = shape::schema_of<Site>(
                  "SiteDetail", [](auto& w, const Site& s) { render::site_detail(w, s, render::WithUtilisation{}); })});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/dcim/sites/{id}",
              .handler =
                  [&svc, read_site](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_site(b, false);
                    return http::json_response(site_json(svc.save_site(http::context_of(req), id, in).take(), false));
                  },
              .summary = "Change a site.",
              .tag = "dcim",
              .permission = "dcim.sites.write",
              .request_schema = site_schema,
              .response_schema = shape::schema_of<Site>("Site", site_shape)});

  // ---- rooms and rows
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
  const auto room_schema = obj_schema({{"site_id", "integer"},
                                       {"name", "string"},
                                       {"floor", "string"},
                                       {"temp_min_c", "number"},
                                       {"temp_max_c", "number"},
                                       {"humidity_min_pct", "number"},
                                       {"humidity_max_pct", "number"}});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/rooms",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    http::Page page;
                    auto l = read_list(q, page, kRoomList);
                    bool brief = q.boolean("brief").value_or(false);
                    q.finish();
                    return page_response(req, page, svc.rooms(http::context_of(req), l).take(),
                                         [brief](auto& w, const Room& m) { render::room(w, m, brief); });
                  },
              .summary = "List rooms (机房).",
              .tag = "dcim",
              .permission = "dcim.read",
              .query = list_docs(kRoomList),
              .response_schema = shape::page_of<Room>("Room", room_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/dcim/rooms",
              .handler =
                  [&svc, read_room](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_room(b, true);
                    return http::json_response(
                        room_json(svc.save_room(http::context_of(req), std::nullopt, in).take(), false), 201);
                  },
              .summary = "Create a room with its environment limits (R4.1.1; default 18–27 °C, 20–80 % RH).",
              .tag = "dcim",
              .permission = "dcim.sites.write",
              .request_schema = room_schema,
              .response_schema = shape::schema_of<Room>("Room", room_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/rooms/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto ctx = http::context_of(req);
                    auto id = http::id_param(req);
                    auto room = svc.room(ctx, id).take();
                    render::WithUtilisation x{first(svc.utilisation(ctx, "room", id).take()),
                                              svc.utilisation(ctx, "row", id).take()};
                    return http::json_response(
                        shape::value_of(room, [&](auto& w, const Room& m) { render::room_detail(w, m, x); }));
                  },
              .summary = "A room with its utilisation and that of its rows.",
              .tag = "dcim",
              .permission = "dcim.read",
              .response_schema = shape::schema_of<Room>(
                  "RoomDetail", [](auto& w, const Room& m) { render::room_detail(w, m, render::WithUtilisation{}); })});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/dcim/rooms/{id}",
              .handler =
                  [&svc, read_room](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_room(b, false);
                    return http::json_response(room_json(svc.save_room(http::context_of(req), id, in).take(), false));
                  },
              .summary = "Change a room.",
              .tag = "dcim",
              .permission = "dcim.sites.write",
              .request_schema = room_schema,
              .response_schema = shape::schema_of<Room>("Room", room_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/rows",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    http::Page page;
                    auto l = read_list(q, page, kRowList);
                    q.boolean("brief");
                    q.finish();
                    return page_response(req, page, svc.rows(http::context_of(req), l).take(), row_shape);
                  },
              .summary = "Rows of racks (named by their racks' row), with their rack counts.",
              .tag = "dcim",
              .permission = "dcim.read",
              .query = list_docs(kRowList),
              .response_schema = shape::page_of<RackRow>("RackRow", row_shape)});
}

// Racks with their elevation and CSV, and power feeds.
void add_rack_routes(http::Router& router, Service& svc) {
  // ---- racks
  auto read_rack = [](http::JsonBody& b, bool create) {
    RackInput in;
    in.room_id = b.integer("room_id", {.required = create, .min = 1});
    in.row_name = b.string("row", {.max = 50});
    in.name = b.string("name", {.required = create, .max = 100});
    in.status = b.choice("status", kRackStatuses);
    nullable(b, "facility_id", in.facility_id, [&] { return b.string("facility_id", {.max = 50}); });
    if (auto u = b.integer("u_height", {.min = 1, .max = 100})) in.u_height = static_cast<int>(*u);
    in.descending = b.boolean("descending");
    in.power_a_w = b.integer("power_a_w", {.min = 0, .max = 1000000});
    in.power_b_w = b.integer("power_b_w", {.min = 0, .max = 1000000});
    in.max_weight_kg = b.number("max_weight_kg", {.min = 0, .max = 10000});
    nullable(b, "customer_id", in.customer_id, [&] { return b.integer("customer_id", {.min = 1}); });
    in.force_power = b.boolean("force").value_or(false);
    b.finish();
    return in;
  };
  const auto rack_schema = obj_schema({{"room_id", "integer"},
                                       {"row", "string"},
                                       {"name", "string"},
                                       {"status", "string"},
                                       {"facility_id", "string"},
                                       {"u_height", "integer"},
                                       {"descending", "boolean"},
                                       {"power_a_w", "integer"},
                                       {"power_b_w", "integer"},
                                       {"max_weight_kg", "number"},
                                       {"customer_id", "integer"},
                                       {"force", "boolean"}});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/racks",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    http::Page page;
                    auto l = read_list(q, page, kRackList);
                    bool brief = q.boolean("brief").value_or(false);
                    bool with_utilisation = q.boolean("utilisation").value_or(false);
                    q.finish();
                    auto ctx = http::context_of(req);
                    auto racks = svc.racks(ctx, l).take();
                    std::map<std::int64_t, Utilisation> used;
                    if (with_utilisation && !brief) {
                      std::vector<std::int64_t> ids;
                      for (const auto& k : racks.second) ids.push_back(k.id);
                      for (auto& u : svc.rack_utilisation(ctx, ids).take()) used.emplace(u.id, std::move(u));
                    }
                    std::vector<RackListRow> rows;
                    rows.reserve(racks.second.size());
                    for (auto& k : racks.second) {
                      RackListRow r{std::move(k), std::nullopt, brief};
                      if (auto it = used.find(r.rack.id); it != used.end()) r.utilisation = it->second;
                      rows.push_back(std::move(r));
                    }
                    return page_response(req, page, std::pair{racks.first, std::move(rows)}, rack_row_shape);
                  },
              .summary = "List racks (customers: the racks they occupy); utilisation=true adds each rack's units, "
                         "power and ports used, as /dcim/utilisation answers them.",
              .tag = "dcim",
              .permission = "dcim.read",
              .query =
                  [] {
                    auto d = list_docs(kRackList);
                    d.push_back({"utilisation", "boolean", "Add each rack's utilisation (units, power, ports)."});
                    return d;
                  }(),
              .response_schema = shape::page_of<RackListRow>("RackListItem", rack_row_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/racks.csv",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    http::Page page;
                    auto l = read_list(q, page, kRackList, false);
                    q.finish();
                    return csv_response(svc.racks_csv(http::context_of(req), l).take(), "racks.csv");
                  },
              .summary = "Racks as CSV (RFC 4180), with the list's filters.",
              .tag = "dcim",
              .permission = "dcim.read",
              .query = list_docs(kRackList, false),
              .response_type = "text/csv"});
  router.add({.method = "POST",
              .pattern = "/api/v1/dcim/racks/import",
              .handler =
                  [&svc](Request& req) {
                    const auto& body = csv_body(req);
                    return http::json_response(
                        csv_report_json(svc.import_racks_csv(http::context_of(req), body).take()));
                  },
              .summary = "Create or update racks from a text/csv body (columns as racks.csv; site, room and name "
                         "required). All lines or none: errors answer 400 with errors[] per line.",
              .tag = "dcim",
              .permission = "dcim.racks.write",
              .response_schema = shape::schema_of<CsvReport>("CsvReport", csv_report_shape),
              .request_types = {"text/csv"}});
  router.add({.method = "POST",
              .pattern = "/api/v1/dcim/racks",
              .handler =
                  [&svc, read_rack](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_rack(b, true);
                    return http::json_response(
                        rack_json(svc.save_rack(http::context_of(req), std::nullopt, in).take(), false), 201);
                  },
              .summary = "Create a rack (power_a_w/power_b_w create its A and B feeds).",
              .tag = "dcim",
              .permission = "dcim.racks.write",
              .request_schema = rack_schema,
              .response_schema = shape::schema_of<Rack>("Rack", rack_shape),
              .success_status = 201});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/dcim/racks",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto ids = read_ids(b);
                    RackInput in;
                    in.status = b.choice("status", kRackStatuses);
                    nullable(b, "customer_id", in.customer_id, [&] { return b.integer("customer_id", {.min = 1}); });
                    b.finish();
                    return http::json_response(shape::value_of(
                        svc.bulk_update_racks(http::context_of(req), ids, in).take(), bulk_report_shape));
                  },
              .summary = "Change the status and/or customer (null: none) of many racks at once, all or none: a "
                         "failing rack answers 422 dcim.bulk.failed with errors[] per id.",
              .tag = "dcim",
              .permission = "dcim.racks.write",
              .request_schema = bulk_schema({{"status", "string"}, {"customer_id", "integer"}}),
              .response_schema = shape::schema_of<BulkReport>("BulkReport", bulk_report_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/racks/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto ctx = http::context_of(req);
                    auto id = http::id_param(req);
                    auto rack = svc.rack(ctx, id).take();
                    ListQuery fq;
                    fq.rack = id;
                    fq.limit = 100;
                    render::WithUtilisation x{
                        first(svc.utilisation(ctx, "rack", id).take()), {}, svc.power_feeds(ctx, fq).take().second};
                    return http::json_response(
                        shape::value_of(rack, [&](auto& w, const Rack& k) { render::rack_detail(w, k, x); }));
                  },
              .summary = "A rack with its utilisation and power feeds.",
              .tag = "dcim",
              .permission = "dcim.read",
              .response_schema = shape::schema_of<Rack>(
                  "RackDetail", [](auto& w, const Rack& k) { render::rack_detail(w, k, render::WithUtilisation{}); })});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/dcim/racks/{id}",
              .handler =
                  [&svc, read_rack](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_rack(b, false);
                    return http::json_response(rack_json(svc.save_rack(http::context_of(req), id, in).take(), false));
                  },
              .summary = "Change a rack; lowering power below the allocated load needs force=true and "
                         "dcim.power.force.",
              .tag = "dcim",
              .permission = "dcim.racks.write",
              .request_schema = rack_schema,
              .response_schema = shape::schema_of<Rack>("Rack", rack_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/racks/{id}/elevation",
              .handler =
                  [&svc](Request& req) {
                    auto e = svc.elevation(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(e, render::elevation<shape::ValueWriter>));
                  },
              .summary = "The rack's occupied and reserved units, for drawing.",
              .tag = "dcim",
              .permission = "dcim.read",
              .response_schema = shape::schema_of<Elevation>(
                  "Elevation", [](auto& w, const Elevation& e) { render::elevation(w, e); })});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/racks/{id}/elevation.svg",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto face = q.choice("face", {"front", "rear"}).value_or("front");
                    q.finish();
                    auto e = svc.elevation(http::context_of(req), http::id_param(req)).take();
                    return Response::text(200, render_elevation_svg(e, face), "image/svg+xml");
                  },
              .summary = "Rack elevation as SVG (face=front|rear).",
              .tag = "dcim",
              .permission = "dcim.read",
              .query = {{"face", "string", "front (default) or rear.", render::kFaces}},
              .response_type = "image/svg+xml"});

  // ---- power feeds
  auto read_feed = [](http::JsonBody& b, bool create) {
    FeedInput in;
    if (create) in.rack_id = b.integer("rack_id", {.required = true, .min = 1});
    in.name = b.string("name", {.required = create, .max = 50});
    in.side = b.choice("side", {"A", "B"}, create);
    auto small = [&](const char* key, int min, int max) -> std::optional<int> {
      auto v = b.integer(key, {.min = min, .max = max});
      return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
    };
    in.voltage = small("voltage", 1, 1000);
    in.amperage = small("amperage", 1, 1000);
    in.max_utilisation_pct = small("max_utilisation_pct", 1, 100);
    in.phase = b.choice("phase", {"single", "three"});
    in.status = b.choice("status", kFeedStatuses);
    in.panel = b.string("panel", {.max = 100});
    nullable(b, "capacity_w", in.capacity_w, [&] { return b.integer("capacity_w", {.min = 0, .max = 10000000}); });
    in.force_power = b.boolean("force").value_or(false);
    b.finish();
    return in;
  };
  const auto feed_schema = obj_schema({{"rack_id", "integer"},
                                       {"name", "string"},
                                       {"side", "string"},
                                       {"voltage", "integer"},
                                       {"amperage", "integer"},
                                       {"phase", "string"},
                                       {"max_utilisation_pct", "integer"},
                                       {"capacity_w", "integer"},
                                       {"status", "string"},
                                       {"panel", "string"},
                                       {"force", "boolean"}});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/power-feeds",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    http::Page page;
                    auto l = read_list(q, page, kFeedList);
                    bool brief = q.boolean("brief").value_or(false);
                    q.finish();
                    return page_response(req, page, svc.power_feeds(http::context_of(req), l).take(),
                                         [brief](auto& w, const PowerFeed& f) { render::feed(w, f, brief); });
                  },
              .summary = "Power feeds of racks (A/B; a rack's capacity per side is the sum of its active feeds).",
              .tag = "dcim",
              .permission = "dcim.read",
              .query = list_docs(kFeedList),
              .response_schema = shape::page_of<PowerFeed>("PowerFeed", feed_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/dcim/power-feeds",
              .handler =
                  [&svc, read_feed](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_feed(b, true);
                    return http::json_response(
                        feed_json(svc.save_power_feed(http::context_of(req), std::nullopt, in).take(), false), 201);
                  },
              .summary = "Add a power feed to a rack (capacity: V x A (x √3 for three-phase) x max utilisation, "
                         "unless capacity_w is given).",
              .tag = "dcim",
              .permission = "dcim.racks.write",
              .request_schema = feed_schema,
              .response_schema = shape::schema_of<PowerFeed>("PowerFeed", feed_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/power-feeds/{id}",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(
                        feed_json(svc.power_feed(http::context_of(req), http::id_param(req)).take(), false));
                  },
              .summary = "A power feed.",
              .tag = "dcim",
              .permission = "dcim.read",
              .response_schema = shape::schema_of<PowerFeed>("PowerFeed", feed_shape)});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/dcim/power-feeds/{id}",
              .handler =
                  [&svc, read_feed](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_feed(b, false);
                    return http::json_response(
                        feed_json(svc.save_power_feed(http::context_of(req), id, in).take(), false));
                  },
              .summary = "Change a power feed (status offline takes it out of the capacity).",
              .tag = "dcim",
              .permission = "dcim.racks.write",
              .request_schema = feed_schema,
              .response_schema = shape::schema_of<PowerFeed>("PowerFeed", feed_shape)});
}

// Device types and the import of the device-type library.
void add_device_type_routes(http::Router& router, Service& svc) {
  // ---- device types
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/device-types",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    http::Page page;
                    auto l = read_list(q, page, kTypeList);
                    bool brief = q.boolean("brief").value_or(false);
                    q.finish();
                    return page_response(
                        req, page, svc.device_types(http::context_of(req), l).take(),
                        [brief](auto& w, const DeviceType& t) { render::device_type(w, t, brief, false); });
                  },
              .summary = "List device types.",
              .tag = "dcim",
              .permission = "dcim.read",
              .query = list_docs(kTypeList),
              .response_schema = shape::page_of<DeviceType>("DeviceType", type_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/device-types/{id}",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(
                        type_json(svc.device_type(http::context_of(req), http::id_param(req)).take(), false, true));
                  },
              .summary = "A device type with its interface and power-port templates.",
              .tag = "dcim",
              .permission = "dcim.read",
              .response_schema = shape::schema_of<DeviceType>("DeviceType", type_shape)});
  auto read_type = [](http::JsonBody& b, bool create) {
    DeviceTypeInput in;
    in.manufacturer = b.string("manufacturer", {.required = create, .max = 100});
    in.model = b.string("model", {.required = create, .max = 100});
    in.slug = b.string("slug", {.max = 100});
    in.part_number = b.string("part_number", {.max = 100});
    if (auto u = b.number("u_height", {.min = 0, .max = 100})) {
      // Half units, as racks count them: 1, 2 or 0.5, never 1.3.
      double hu = *u * 2;
      if (hu != static_cast<double>(static_cast<int>(hu)))
        b.error("u_height", "invalid", "A height in whole or half units.");
      else
        in.height_hu = static_cast<int>(hu);
    } else if (create && !b.has("u_height")) {
      b.error("u_height", "required", "A height in units is required.");
    }
    in.full_depth = b.boolean("full_depth");
    in.typical_power_w = b.integer("typical_power_w", {.min = 0, .max = 100000});
    in.max_power_w = b.integer("max_power_w", {.min = 0, .max = 100000});
    nullable(b, "weight_kg", in.weight_kg, [&] { return b.number("weight_kg", {.min = 0, .max = 2000}); });
    b.finish();
    return in;
  };
  const auto type_schema = obj_schema({{"manufacturer", "string"},
                                       {"model", "string"},
                                       {"slug", "string"},
                                       {"part_number", "string"},
                                       {"u_height", "number"},
                                       {"full_depth", "boolean"},
                                       {"typical_power_w", "integer"},
                                       {"max_power_w", "integer"},
                                       {"weight_kg", "number"}});
  router.add({.method = "POST",
              .pattern = "/api/v1/dcim/device-types",
              .handler =
                  [&svc, read_type](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_type(b, true);
                    return http::json_response(
                        type_json(svc.save_device_type(http::context_of(req), std::nullopt, in).take(), false, true),
                        201);
                  },
              .summary = "Create a device type by hand (manufacturer + model unique); power figures in W, 0 when "
                         "not known.",
              .tag = "dcim",
              .permission = "dcim.device_types.write",
              .request_schema = type_schema,
              .response_schema = shape::schema_of<DeviceType>("DeviceType", type_shape)});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/dcim/device-types/{id}",
              .handler =
                  [&svc, read_type](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_type(b, false);
                    return http::json_response(
                        type_json(svc.save_device_type(http::context_of(req), id, in).take(), false, true));
                  },
              .summary = "Change a device type; the height and depth only while no device is of the type.",
              .tag = "dcim",
              .permission = "dcim.device_types.write",
              .request_schema = type_schema,
              .response_schema = shape::schema_of<DeviceType>("DeviceType", type_shape)});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/dcim/device-types/import",
       .handler =
           [&svc](Request& req) {
             std::vector<std::pair<std::string, std::string>> files;
             auto ct = req.header("content-type").value_or("");
             if (ct.find("json") != std::string_view::npos) {
               http::JsonBody b(req);
               if (const auto* arr = b.array("files", true)) {
                 for (std::size_t i = 0; i < arr->size(); ++i) {
                   if (!(*arr)[i].is_object()) {
                     b.error("files", "type", "Expected objects {name, yaml}.");
                     break;
                   }
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
               fail(Error{ErrorKind::unsupported_media,
                          "unsupported_media_type",
                          "Send one YAML document as application/yaml, or JSON {\"files\": [{\"name\", \"yaml\"}]}.",
                          {}});
             }
             auto r = svc.import_device_types(http::context_of(req), files).take();
             // One document that cannot be used is a bad request, not a report of nothing done;
             // a batch (a library folder) reports the files it skipped and imports the rest.
             if (files.size() == 1 && r.skipped.size() == 1) {
               const auto& why = r.skipped.front().second;
               fail(Error::invalid(
                   "dcim.import.invalid", "The device type cannot be imported: " + why + ".",
                   {{ct.find("yaml") != std::string_view::npos ? "body" : "files/0/yaml", "invalid", why}}));
             }
             return http::json_response(shape::value_of(r, render::import_report<shape::ValueWriter>));
           },
       .summary = "Import NetBox device-type library YAML: one document as application/yaml, or "
                  "application/json {\"files\": [{\"name\": ..., \"yaml\": ...}]}. Answers {imported, "
                  "updated, unchanged, skipped: [{file, reason}]}; a single document that cannot be used is "
                  "400 dcim.import.invalid with the reason.",
       .tag = "dcim",
       .permission = "dcim.device_types.write",
       .request_schema =
           json::object{{"type", "object"}, {"properties", json::object{{"files", json::object{{"type", "array"}}}}}},
       .response_schema = shape::schema_of<ImportReport>(
           "ImportReport", [](auto& w, const ImportReport& r) { render::import_report(w, r); })});
}

// Devices with their CSV and maintenance.
void add_device_routes(http::Router& router, Service& svc) {
  // ---- devices
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
    nullable(b, "asset_tag", in.asset_tag, [&] { return b.string("asset_tag", {.max = 100}); });
    nullable(b, "face", in.face, [&] { return b.choice("face", {"front", "rear"}); });
    nullable(b, "customer_id", in.customer_id, [&] { return b.integer("customer_id", {.min = 1}); });
    nullable(b, "rack_id", in.rack_id, [&] { return b.integer("rack_id", {.min = 1}); });
    nullable(b, "site_id", in.site_id, [&] { return b.integer("site_id", {.min = 1}); });
    nullable(b, "position", in.position, [&] { return b.number("position", {.min = 0.5, .max = 100}); });
    in.force_power = b.boolean("force").value_or(false);
    b.finish();
    return in;
  };
  const auto device_schema = obj_schema({{"device_type_id", "integer"},
                                         {"name", "string"},
                                         {"serial", "string"},
                                         {"asset_tag", "string"},
                                         {"role", "string"},
                                         {"status", "string"},
                                         {"customer_id", "integer"},
                                         {"rack_id", "integer"},
                                         {"site_id", "integer"},
                                         {"position", "number"},
                                         {"face", "string"},
                                         {"redundant_power", "boolean"},
                                         {"feed", "string"},
                                         {"mgmt_address", "string"},
                                         {"config_notes", "string"},
                                         {"force", "boolean"}});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/devices",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    http::Page page;
                    auto l = read_list(q, page, kDeviceList);
                    bool brief = q.boolean("brief").value_or(false);
                    q.finish();
                    return page_response(req, page, svc.devices(http::context_of(req), l).take(),
                                         [brief](auto& w, const Device& d) { render::device(w, d, brief, false); });
                  },
              .summary = "The equipment ledger (设备台账): list devices.",
              .tag = "dcim",
              .permission = "dcim.read",
              .query = list_docs(kDeviceList),
              .response_schema = shape::page_of<Device>("Device", device_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/devices.csv",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    http::Page page;
                    auto l = read_list(q, page, kDeviceList, false);
                    q.finish();
                    return csv_response(svc.devices_csv(http::context_of(req), l).take(), "devices.csv");
                  },
              .summary = "Devices as CSV (RFC 4180), with the list's filters.",
              .tag = "dcim",
              .permission = "dcim.read",
              .query = list_docs(kDeviceList, false),
              .response_type = "text/csv"});
  router.add({.method = "POST",
              .pattern = "/api/v1/dcim/devices/import",
              .handler =
                  [&svc](Request& req) {
                    const auto& body = csv_body(req);
                    return http::json_response(
                        csv_report_json(svc.import_devices_csv(http::context_of(req), body).take()));
                  },
              .summary = "Create or update devices from a text/csv body (columns as devices.csv; name required; "
                         "matched by name within the site). All lines or none: errors answer 400 with errors[] per "
                         "line.",
              .tag = "dcim",
              .permission = "dcim.devices.write",
              .response_schema = shape::schema_of<CsvReport>("CsvReport", csv_report_shape),
              .request_types = {"text/csv"}});
  router.add({.method = "POST",
              .pattern = "/api/v1/dcim/devices",
              .handler =
                  [&svc, read_device](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_device(b, true);
                    return http::json_response(
                        device_json(svc.save_device(http::context_of(req), std::nullopt, in).take(), false, true), 201);
                  },
              .summary = "Add a device; placement, power and weight rules apply (R4.3.2).",
              .tag = "dcim",
              .permission = "dcim.devices.write",
              .request_schema = device_schema,
              .response_schema = shape::schema_of<Device>("Device", device_shape),
              .success_status = 201});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/dcim/devices",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto ids = read_ids(b);
                    DeviceInput in;
                    in.status = b.choice("status", kDeviceStatuses);
                    in.role = b.choice("role", kDeviceRoles);
                    nullable(b, "customer_id", in.customer_id, [&] { return b.integer("customer_id", {.min = 1}); });
                    nullable(b, "rack_id", in.rack_id, [&] { return b.integer("rack_id", {.min = 1}); });
                    b.finish();
                    return http::json_response(shape::value_of(
                        svc.bulk_update_devices(http::context_of(req), ids, in).take(), bulk_report_shape));
                  },
              .summary = "Change the status, role, customer and/or rack of many devices at once with the rules of "
                         "one device's change, all or none: a failing device answers 422 dcim.bulk.failed with "
                         "errors[] per id.",
              .tag = "dcim",
              .permission = "dcim.devices.write",
              .request_schema = bulk_schema(
                  {{"status", "string"}, {"role", "string"}, {"customer_id", "integer"}, {"rack_id", "integer"}}),
              .response_schema = shape::schema_of<BulkReport>("BulkReport", bulk_report_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/devices/{id}",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(
                        device_json(svc.device(http::context_of(req), http::id_param(req)).take(), false, true));
                  },
              .summary = "A device with its maintenance records and lifecycle history (R4.3.1).",
              .tag = "dcim",
              .permission = "dcim.read",
              .response_schema = shape::schema_of<Device>("Device", device_shape)});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/dcim/devices/{id}",
              .handler =
                  [&svc, read_device](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_device(b, false);
                    return http::json_response(
                        device_json(svc.save_device(http::context_of(req), id, in).take(), false, true));
                  },
              .summary = "Change, move, remove (rack_id null) or decommission a device.",
              .tag = "dcim",
              .permission = "dcim.devices.write",
              .request_schema = device_schema,
              .response_schema = shape::schema_of<Device>("Device", device_shape)});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/dcim/devices/{id}/maintenance",
       .handler =
           [&svc](Request& req) {
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
             return http::json_response(shape::value_of(out, render::maintenance<shape::ValueWriter>), 201);
           },
       .summary = "Record maintenance work on a device (date, who, what, next due).",
       .tag = "dcim",
       .permission = "dcim.devices.write",
       .request_schema = obj_schema(
           {{"performed_on", "string"}, {"performed_by", "string"}, {"summary", "string"}, {"next_due", "string"}}),
       .response_schema = shape::schema_of<Maintenance>(
           "Maintenance", [](auto& w, const Maintenance& m) { render::maintenance(w, m); }),
       .success_status = 201});
}

// Reservations of rack units.
void add_reservation_routes(http::Router& router, Service& svc) {
  // ---- reservations
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/reservations",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    http::Page page;
                    auto l = read_list(q, page, kReservationList);
                    q.boolean("brief");
                    q.finish();
                    return page_response(req, page, svc.reservations(http::context_of(req), l).take(),
                                         reservation_shape);
                  },
              .summary = "Live reservations of rack units (customers: their own).",
              .tag = "dcim",
              .permission = "dcim.read",
              .query = list_docs(kReservationList),
              .response_schema = shape::page_of<Reservation>("Reservation", reservation_shape)});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/dcim/reservations",
       .handler =
           [&svc](Request& req) {
             http::JsonBody b(req);
             auto rack = b.integer("rack_id", {.required = true, .min = 1});
             auto customer = b.integer("customer_id", {.required = true, .min = 1});
             auto position = b.number("position", {.required = true, .min = 0.5, .max = 100});
             auto units = b.number("units", {.required = true, .min = 0.5, .max = 100});
             auto expires = b.instant("expires_at", true);
             auto reason = b.string("reason", {.required = true, .max = 500});
             b.finish();
             auto r = svc.reserve(http::context_of(req), *rack, *customer, *position, *units, *expires, *reason).take();
             return http::json_response(reservation_json(r), 201);
           },
       .summary = "Reserve free rack units for a customer until a date, with a reason.",
       .tag = "dcim",
       .permission = "dcim.reservations.write",
       .request_schema = obj_schema({{"rack_id", "integer"},
                                     {"customer_id", "integer"},
                                     {"position", "number"},
                                     {"units", "number"},
                                     {"expires_at", "string"},
                                     {"reason", "string"}}),
       .response_schema = shape::schema_of<Reservation>("Reservation", reservation_shape),
       .success_status = 201});
  router.add({.method = "DELETE",
              .pattern = "/api/v1/dcim/reservations/{id}",
              .handler =
                  [&svc](Request& req) {
                    svc.release_reservation(http::context_of(req), http::id_param(req)).take();
                    return Response::no_content();
                  },
              .summary = "Release a reservation (kept, marked released).",
              .tag = "dcim",
              .permission = "dcim.reservations.write",
              .success_status = 204});
}

// Device interfaces.
void add_interface_routes(http::Router& router, Service& svc) {
  // ---- interfaces
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/interfaces",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    http::Page page;
                    auto l = read_list(q, page, kInterfaceList);
                    auto device = q.integer("device", {.min = 1});
                    bool brief = q.boolean("brief").value_or(false);
                    q.finish();
                    return page_response(req, page, svc.interfaces(http::context_of(req), l, device).take(),
                                         [brief](auto& w, const Interface& i) { render::interface(w, i, brief); });
                  },
              .summary = "Device interfaces (ports), from the device type's templates.",
              .tag = "dcim",
              .permission = "dcim.read",
              .query = list_docs(kInterfaceList),
              .response_schema = shape::page_of<Interface>("Interface", interface_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/interfaces/{id}",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(
                        interface_json(svc.interface(http::context_of(req), http::id_param(req)).take(), false));
                  },
              .summary = "An interface.",
              .tag = "dcim",
              .permission = "dcim.read",
              .response_schema = shape::schema_of<Interface>("Interface", interface_shape)});
  router.add(
      {.method = "PATCH",
       .pattern = "/api/v1/dcim/interfaces/{id}",
       .handler =
           [&svc](Request& req) {
             auto id = http::id_param(req);
             http::JsonBody b(req);
             InterfaceInput in;
             nullable(b, "speed_mbps", in.speed_mbps,
                      [&] { return b.integer("speed_mbps", {.min = 0, .max = 10000000}); });
             in.enabled = b.boolean("enabled");
             in.description = b.string("description", {.max = 200});
             b.finish();
             return http::json_response(
                 interface_json(svc.update_interface(http::context_of(req), id, in).take(), false));
           },
       .summary = "Change an interface's description, enabled flag or speed.",
       .tag = "dcim",
       .permission = "dcim.cables.write",
       .request_schema = obj_schema({{"description", "string"}, {"enabled", "boolean"}, {"speed_mbps", "integer"}}),
       .response_schema = shape::schema_of<Interface>("Interface", interface_shape)});
}

// Units, power and ports used per site, room, row or rack.
void add_utilisation_routes(http::Router& router, Service& svc) {
  // ---- utilisation
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/utilisation",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto scope = q.choice("scope", {"site", "room", "row", "rack"});
                    auto site = q.integer("site", {.min = 1});
                    auto room = q.integer("room", {.min = 1});
                    auto row = q.string("row", 50);
                    auto rack = q.integer("rack", {.min = 1});
                    if (row && !room) q.error("row", "needs_room", "A row is named within a room: give room too.");
                    q.finish();
                    std::string s = scope.value_or(rack ? "rack" : row ? "row" : room ? "room" : "site");
                    std::optional<std::int64_t> id;
                    std::optional<std::int64_t> in_site = site, in_room;
                    if (s == "rack") {
                      id = rack;
                      in_room = room;
                    } else if (s == "row") {
                      id = room;
                    } else if (s == "room") {
                      id = room;
                    } else {
                      id = site;
                      in_site.reset();
                    }
                    auto out = svc.utilisation(http::context_of(req), s, id, row, in_site, in_room).take();
                    return Response::text(200, shape::text_array(out, utilisation_shape), "application/json");
                  },
              .summary = "Units, power and ports used per site, room, row or rack (aggregated in SQL). Without "
                         "scope: the narrowest level given (rack, row, room, else sites).",
              .tag = "dcim",
              .permission = "dcim.read",
              .query = {{"scope", "string", "site, room, row or rack.", render::kScopes},
                        {"site", "integer", "Site id."},
                        {"room", "integer", "Room id."},
                        {"row", "string", "Row name (with room)."},
                        {"rack", "integer", "Rack id."}},
              .response_schema = shape::array_of<Utilisation>("Utilisation", utilisation_shape)});
}

}  // namespace

// One registration function per aggregate, in the order the API document lists them.
void add_routes(http::Router& router, Service& svc) {
  add_site_routes(router, svc);
  add_rack_routes(router, svc);
  add_device_type_routes(router, svc);
  add_device_routes(router, svc);
  add_reservation_routes(router, svc);
  add_interface_routes(router, svc);
  add_utilisation_routes(router, svc);
}

}  // namespace colo::dcim
