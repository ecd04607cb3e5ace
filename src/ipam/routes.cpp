// HTTP adapter for IPAM: reads and validates the request, calls the service, renders JSON.
#include "ipam/routes.hpp"

#include <boost/json.hpp>
#include <charconv>

#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"
#include "ipam/lists.hpp"
#include "ipam/render.hpp"
#include "ipam/service.hpp"

namespace colo::ipam {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

// ---- reading ----

// A nullable id field of a body: absent (nullopt), null (set to none) or a positive integer.
Patch<std::int64_t> nullable_id(http::JsonObjectReader& b, std::string_view key) {
  if (!b.has(key)) return std::nullopt;
  if (b.is_null(key)) {
    b.raw(key);
    return std::optional<std::int64_t>{};
  }
  auto v = b.integer(key, {.min = 1});
  if (!v) return std::nullopt;
  return std::optional<std::int64_t>(*v);
}

Patch<std::string> nullable_choice(http::JsonObjectReader& b, std::string_view key,
                                   const std::vector<std::string>& allowed) {
  if (!b.has(key)) return std::nullopt;
  if (b.is_null(key)) {
    b.raw(key);
    return std::optional<std::string>{};
  }
  auto v = b.choice(key, allowed);
  if (!v) return std::nullopt;
  return std::optional<std::string>(*v);
}

// A positive id query parameter.
std::optional<std::int64_t> id_query(http::QueryReader& q, std::string_view name) {
  return q.integer(name, {.min = 1});
}

std::optional<Family> family_query(http::QueryReader& q) {
  auto f = q.choice("family", {"4", "6"});
  if (!f) return std::nullopt;
  return *f == "4" ? Family::v4 : Family::v6;
}

std::vector<http::QueryDoc> list_docs(const db::ListSpec& spec, std::vector<http::QueryDoc> filters) {
  return http::list_docs(spec, std::move(filters), {.brief = true});
}

// An array of positive ids; errors name the element ("tagged_vlans/2").
void read_ids(const json::array* a, http::JsonObjectReader& b, std::string_view key, std::vector<std::int64_t>& out) {
  if (!a) return;
  for (std::size_t i = 0; i < a->size(); ++i) {
    const auto& v = (*a)[i];
    if (v.is_int64() && v.get_int64() > 0)
      out.push_back(v.get_int64());
    else if (v.is_uint64() && v.get_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
      out.push_back(static_cast<std::int64_t>(v.get_uint64()));
    else
      b.error(std::string(key) + "/" + std::to_string(i), "type", "Expected a VLAN id.");
  }
}

// ---- schemas (OpenAPI) ----

json::object prop(std::string_view type) { return {{"type", type}}; }
json::object nullable_prop(std::string_view type) { return {{"type", json::array{type, "null"}}}; }
json::object enum_prop(const std::vector<std::string>& values) {
  json::array a;
  for (const auto& v : values) a.push_back(json::string(v));
  return {{"enum", std::move(a)}};
}

const json::value kVlanSchema = json::object{
    {"type", "object"},
    {"required", json::array{"vid", "name"}},
    {"properties", json::object{{"vid", json::object{{"type", "integer"}, {"minimum", 1}, {"maximum", 4094}}},
                                {"name", prop("string")},
                                {"site", nullable_prop("integer")},
                                {"status", enum_prop(kVlanStatuses)},
                                {"customer", nullable_prop("integer")},
                                {"description", prop("string")}}}};
const json::value kInterfaceVlansSchema =
    json::object{{"type", "object"},
                 {"properties",
                  json::object{{"mode", json::object{{"enum", json::array{"access", "tagged", "tagged-all", nullptr}}}},
                               {"untagged_vlan", nullable_prop("integer")},
                               {"tagged_vlans", json::object{{"type", "array"}, {"items", prop("integer")}}}}}};
const json::value kCableSchema = json::object{{"type", "object"},
                                              {"required", json::array{"a_interface", "b_interface", "type"}},
                                              {"properties", json::object{{"a_interface", prop("integer")},
                                                                          {"b_interface", prop("integer")},
                                                                          {"type", enum_prop(kCableTypes)},
                                                                          {"status", enum_prop(kCableStatuses)},
                                                                          {"label", prop("string")},
                                                                          {"length_m", nullable_prop("number")},
                                                                          {"colour", prop("string")}}}};
const json::value kPrefixSchema = json::object{
    {"type", "object"},
    {"required", json::array{"prefix"}},
    {"properties", json::object{{"prefix", json::object{{"type", "string"}, {"example", "203.0.113.0/24"}}},
                                {"site", nullable_prop("integer")},
                                {"vlan", nullable_prop("integer")},
                                {"customer", nullable_prop("integer")},
                                {"status", enum_prop(kPrefixStatuses)},
                                {"is_pool", prop("boolean")},
                                {"description", prop("string")}}}};
const json::value kAddressSchema = json::object{
    {"type", "object"},
    {"required", json::array{"address"}},
    {"properties", json::object{{"address", json::object{{"type", "string"}, {"example", "203.0.113.10/24"}}},
                                {"prefix", prop("integer")},
                                {"status", enum_prop(kAddressStatuses)},
                                {"role", nullable_prop("string")},
                                {"customer", nullable_prop("integer")},
                                {"interface", nullable_prop("integer")},
                                {"dns_name", prop("string")},
                                {"description", prop("string")}}}};
const json::value kAllocationSchema = json::object{
    {"type", "object"},
    {"properties",
     json::object{{"count", json::object{{"type", "integer"}, {"minimum", 1}, {"maximum", kMaxAllocation}}},
                  {"customer", nullable_prop("integer")},
                  {"status", enum_prop(kAddressStatuses)},
                  {"role", nullable_prop("string")},
                  {"dns_name", prop("string")},
                  {"description", prop("string")}}}};

// ---- bodies ----

VlanInput read_vlan(http::JsonBody& b, bool create) {
  VlanInput in;
  if (auto vid = b.integer("vid", {.required = create, .min = kMinVid, .max = kMaxVid}))
    in.vid = static_cast<int>(*vid);
  in.name = b.string("name", {.required = create, .max = 100});
  in.site_id = nullable_id(b, "site");
  in.status = b.choice("status", kVlanStatuses);
  in.customer_id = nullable_id(b, "customer");
  in.description = b.string("description", {.max = 500});
  b.finish();
  return in;
}

CableInput read_cable(http::JsonBody& b, bool create) {
  CableInput in;
  in.a_interface_id = b.integer("a_interface", {.required = create, .min = 1});
  in.b_interface_id = b.integer("b_interface", {.required = create, .min = 1});
  in.type = b.choice("type", kCableTypes, create);
  in.status = b.choice("status", kCableStatuses);
  in.label = b.string("label", {.max = 100});
  if (b.has("length_m")) {
    if (b.is_null("length_m")) {
      b.raw("length_m");
      in.length_m = std::optional<double>{};
    } else if (auto l = b.number("length_m", {.min = 0, .max = 100000})) {
      in.length_m = std::optional<double>(*l);
    }
  }
  in.colour = b.string("colour", {.max = 7});
  b.finish();
  return in;
}

PrefixInput read_prefix(http::JsonBody& b, bool create) {
  PrefixInput in;
  in.prefix = b.string("prefix", {.required = create, .max = 50});
  in.site_id = nullable_id(b, "site");
  in.vlan_id = nullable_id(b, "vlan");
  in.customer_id = nullable_id(b, "customer");
  in.status = b.choice("status", kPrefixStatuses);
  in.is_pool = b.boolean("is_pool");
  in.description = b.string("description", {.max = 500});
  b.finish();
  return in;
}

IpAddressInput read_address(http::JsonBody& b, bool create) {
  IpAddressInput in;
  in.address = b.string("address", {.required = create, .max = 50});
  in.prefix_id = b.integer("prefix", {.min = 1});
  in.status = b.choice("status", kAddressStatuses);
  in.role = nullable_choice(b, "role", kAddressRoles);
  in.customer_id = nullable_id(b, "customer");
  in.interface_id = nullable_id(b, "interface");
  in.dns_name = b.string("dns_name", {.max = 255});
  in.description = b.string("description", {.max = 500});
  b.finish();
  return in;
}

// ---- answers ----

// Schemas of the answers, from the shapes that write them (ipam/render.hpp).
constexpr auto vlan_shape = [](auto& w, const Vlan& v) { render::vlan(w, v); };
constexpr auto interface_vlans_shape = [](auto& w, const InterfaceVlans& iv) { render::interface_vlans(w, iv); };
constexpr auto cable_shape = [](auto& w, const Cable& c) { render::cable(w, c); };
constexpr auto prefix_shape = [](auto& w, const PrefixRecord& p) { render::prefix(w, p); };
constexpr auto address_shape = [](auto& w, const IpAddressRecord& a) { render::address(w, a); };
constexpr auto free_address_shape = [](auto& w, const AddressWithMask& a) { render::free_address(w, a); };
constexpr auto site_utilisation_shape = [](auto& w, const SiteUtilisation& s) { render::site_utilisation(w, s); };

// VLANs and the 802.1Q mode of interfaces.
void add_vlan_routes(http::Router& router, Service& svc) {
  // ------------------------------------------------------------ VLANs
  router.add({.method = "GET",
              .pattern = "/api/v1/ipam/vlans",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    VlanFilter f;
                    if (auto site = q.string("site", 20)) {
                      if (*site == "null") {
                        f.global_only = true;
                      } else {
                        std::int64_t n = 0;
                        auto [p, ec] = std::from_chars(site->data(), site->data() + site->size(), n);
                        if (ec != std::errc() || p != site->data() + site->size() || n <= 0)
                          q.error("site", "type", "Expected a site id or null.");
                        else
                          f.site_id = n;
                      }
                    }
                    f.customer_id = id_query(q, "customer");
                    f.status = q.choice("status", kVlanStatuses);
                    if (auto vid = q.integer("vid", {.min = kMinVid, .max = kMaxVid})) f.vid = static_cast<int>(*vid);
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    bool brief = q.boolean("brief").value_or(false);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.list_vlans(http::context_of(req), f).take();
                    return http::page_response(
                        req, page, count,
                        shape::text_array(rows, [brief](auto& w, const Vlan& x) { render::vlan(w, x, brief); }));
                  },
              .summary = "List VLANs (customers: their own).",
              .tag = "ipam",
              .permission = "ipam.read",
              .query = list_docs(store::kVlanList, {{"site", "string", "Site id, or null for global VLANs"},
                                                    {"customer", "integer", "Customer id"},
                                                    {"status", "string", "VLAN status", kVlanStatuses},
                                                    {"vid", "integer", "802.1Q VLAN id"}}),
              .response_schema = shape::page_of<Vlan>("Vlan", vlan_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/ipam/vlans",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_vlan(b, true);
                    return http::json_response(vlan_json(svc.create_vlan(http::context_of(req), in).take()), 201);
                  },
              .summary = "Create a VLAN (VID unique per site, or among global VLANs).",
              .tag = "ipam",
              .permission = "ipam.write",
              .request_schema = kVlanSchema,
              .response_schema = shape::schema_of<Vlan>("Vlan", vlan_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/ipam/vlans/{id}",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(vlan_json(svc.vlan(http::context_of(req), http::id_param(req)).take()));
                  },
              .summary = "A VLAN.",
              .tag = "ipam",
              .permission = "ipam.read",
              .response_schema = shape::schema_of<Vlan>("Vlan", vlan_shape)});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/ipam/vlans/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_vlan(b, false);
                    return http::json_response(vlan_json(svc.update_vlan(http::context_of(req), id, in).take()));
                  },
              .summary = "Change a VLAN.",
              .tag = "ipam",
              .permission = "ipam.write",
              .request_schema = kVlanSchema,
              .response_schema = shape::schema_of<Vlan>("Vlan", vlan_shape)});
  router.add({.method = "DELETE",
              .pattern = "/api/v1/ipam/vlans/{id}",
              .handler =
                  [&svc](Request& req) {
                    svc.delete_vlan(http::context_of(req), http::id_param(req)).take();
                    return Response::no_content();
                  },
              .summary = "Delete an unused VLAN (409 while prefixes or interfaces use it).",
              .tag = "ipam",
              .permission = "ipam.write",
              .success_status = 204});

  // ------------------------------------------------------------ Interface VLAN mode
  router.add({.method = "GET",
              .pattern = "/api/v1/ipam/interfaces/{interface_id}/vlans",
              .handler =
                  [&svc](Request& req) {
                    auto iv = svc.interface_vlans(http::context_of(req), http::id_param(req, "interface_id")).take();
                    return http::json_response(interface_vlans_json(iv));
                  },
              .summary = "An interface's 802.1Q mode and VLANs.",
              .tag = "ipam",
              .permission = "ipam.read",
              .response_schema = shape::schema_of<InterfaceVlans>("InterfaceVlans", interface_vlans_shape)});
  router.add({.method = "PUT",
              .pattern = "/api/v1/ipam/interfaces/{interface_id}/vlans",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req, "interface_id");
                    http::JsonBody b(req);
                    InterfaceVlansInput in;
                    if (b.has("mode") && b.is_null("mode"))
                      b.raw("mode");
                    else
                      in.mode = b.choice("mode", kInterfaceModes);
                    in.untagged_vlan_id = b.integer("untagged_vlan", {.min = 1});
                    read_ids(b.array("tagged_vlans"), b, "tagged_vlans", in.tagged_vlan_ids);
                    b.finish();
                    auto iv = svc.set_interface_vlans(http::context_of(req), id, in).take();
                    return http::json_response(interface_vlans_json(iv));
                  },
              .summary = "Set an interface's 802.1Q mode: access (one untagged VLAN), tagged (optional untagged "
                         "and a list), tagged-all (optional untagged, no list) or null; VLANs of the interface's "
                         "site or global.",
              .tag = "ipam",
              .permission = "ipam.write",
              .request_schema = kInterfaceVlansSchema,
              .response_schema = shape::schema_of<InterfaceVlans>("InterfaceVlans", interface_vlans_shape)});
}

// Cables (under dcim: they join dcim interfaces).
void add_cable_routes(http::Router& router, Service& svc) {
  // ------------------------------------------------------------ Cables
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/cables",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    CableFilter f;
                    f.device_id = id_query(q, "device");
                    f.interface_id = id_query(q, "interface");
                    f.type = q.choice("type", kCableTypes);
                    f.status = q.choice("status", kCableStatuses);
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    bool brief = q.boolean("brief").value_or(false);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.list_cables(http::context_of(req), f).take();
                    return http::page_response(
                        req, page, count,
                        shape::text_array(rows, [brief](auto& w, const Cable& x) { render::cable(w, x, brief); }));
                  },
              .summary = "List cables with both ends' device and interface names (customers: cables on their "
                         "devices).",
              .tag = "dcim",
              .permission = "dcim.read",
              .query = list_docs(store::kCableList, {{"device", "integer", "Device id (either end)"},
                                                     {"interface", "integer", "Interface id (either end)"},
                                                     {"type", "string", "Cable type", kCableTypes},
                                                     {"status", "string", "Cable status", kCableStatuses}}),
              .response_schema = shape::page_of<Cable>("Cable", cable_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/dcim/cables",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_cable(b, true);
                    return http::json_response(cable_json(svc.create_cable(http::context_of(req), in).take()), 201);
                  },
              .summary = "Connect two interfaces (one live cable per interface: 409 when an end is taken).",
              .tag = "dcim",
              .permission = "dcim.cables.write",
              .request_schema = kCableSchema,
              .response_schema = shape::schema_of<Cable>("Cable", cable_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/dcim/cables/{id}",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(
                        cable_json(svc.cable(http::context_of(req), http::id_param(req)).take()));
                  },
              .summary = "A cable.",
              .tag = "dcim",
              .permission = "dcim.read",
              .response_schema = shape::schema_of<Cable>("Cable", cable_shape)});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/dcim/cables/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_cable(b, false);
                    return http::json_response(cable_json(svc.update_cable(http::context_of(req), id, in).take()));
                  },
              .summary = "Change a cable; status decommissioned frees both ends.",
              .tag = "dcim",
              .permission = "dcim.cables.write",
              .request_schema = kCableSchema,
              .response_schema = shape::schema_of<Cable>("Cable", cable_shape)});
  router.add({.method = "DELETE",
              .pattern = "/api/v1/dcim/cables/{id}",
              .handler =
                  [&svc](Request& req) {
                    svc.decommission_cable(http::context_of(req), http::id_param(req)).take();
                    return Response::no_content();
                  },
              .summary = "Decommission a cable: both ends are freed, the record stays.",
              .tag = "dcim",
              .permission = "dcim.cables.write",
              .success_status = 204});
}

// Prefixes with their free addresses and allocation, and utilisation per site.
void add_prefix_routes(http::Router& router, Service& svc) {
  // ------------------------------------------------------------ Prefixes
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/ipam/prefixes",
       .handler =
           [&svc](Request& req) {
             http::QueryReader q(req);
             auto page = http::read_page(q);
             PrefixFilter f;
             f.site_id = id_query(q, "site");
             f.vlan_id = id_query(q, "vlan");
             f.customer_id = id_query(q, "customer");
             f.status = q.choice("status", kPrefixStatuses);
             f.family = family_query(q);
             f.q = q.string("q", 100);
             f.within = q.string("within", 50);
             f.contains = q.string("contains", 50);
             f.sort = q.string("sort", 100);
             bool brief = q.boolean("brief").value_or(false);
             q.finish();
             f.limit = page.limit;
             f.offset = page.offset;
             auto [count, rows] = svc.list_prefixes(http::context_of(req), f).take();
             return http::page_response(
                 req, page, count,
                 shape::text_array(rows, [brief](auto& w, const PrefixRecord& x) { render::prefix(w, x, brief); }));
           },
       .summary = "List prefixes with their utilisation (customers: their own).",
       .tag = "ipam",
       .permission = "ipam.read",
       .query = list_docs(store::kPrefixList, {{"site", "integer", "Site id"},
                                               {"vlan", "integer", "VLAN id"},
                                               {"customer", "integer", "Customer id"},
                                               {"status", "string", "Prefix status", kPrefixStatuses},
                                               {"family", "integer", "4 or 6"},
                                               {"within", "string", "CIDR: prefixes strictly inside it"},
                                               {"contains", "string", "Address or CIDR: prefixes containing it"}}),
       .response_schema = shape::page_of<PrefixRecord>("Prefix", prefix_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/ipam/prefixes",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_prefix(b, true);
                    return http::json_response(prefix_json(svc.create_prefix(http::context_of(req), in).take()), 201);
                  },
              .summary = "Create a prefix (CIDR with host bits zero, else 400; no duplicates, nesting allowed).",
              .tag = "ipam",
              .permission = "ipam.write",
              .request_schema = kPrefixSchema,
              .response_schema = shape::schema_of<PrefixRecord>("Prefix", prefix_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/ipam/prefixes/{id}",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(
                        prefix_json(svc.prefix(http::context_of(req), http::id_param(req)).take()));
                  },
              .summary = "A prefix with its utilisation.",
              .tag = "ipam",
              .permission = "ipam.read",
              .response_schema = shape::schema_of<PrefixRecord>("Prefix", prefix_shape)});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/ipam/prefixes/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_prefix(b, false);
                    return http::json_response(prefix_json(svc.update_prefix(http::context_of(req), id, in).take()));
                  },
              .summary = "Change a prefix.",
              .tag = "ipam",
              .permission = "ipam.write",
              .request_schema = kPrefixSchema,
              .response_schema = shape::schema_of<PrefixRecord>("Prefix", prefix_shape)});
  router.add({.method = "DELETE",
              .pattern = "/api/v1/ipam/prefixes/{id}",
              .handler =
                  [&svc](Request& req) {
                    svc.delete_prefix(http::context_of(req), http::id_param(req)).take();
                    return Response::no_content();
                  },
              .summary = "Delete a prefix (its addresses stay).",
              .tag = "ipam",
              .permission = "ipam.write",
              .success_status = 204});
  router.add({.method = "GET",
              .pattern = "/api/v1/ipam/prefixes/{id}/available-ips",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::QueryReader q(req);
                    auto limit = q.integer("limit", {.min = 1, .max = kMaxAllocation}).value_or(10);
                    q.finish();
                    auto list = svc.available_ips(http::context_of(req), id, limit).take();
                    return Response::text(200, shape::text_array(list, free_address_shape), "application/json");
                  },
              .summary = "The next free addresses of a prefix, as an array (IPv4 skips network and broadcast "
                         "below /31, IPv6 the subnet-router anycast address; pools use every address).",
              .tag = "ipam",
              .permission = "ipam.read",
              .query = {{"limit", "integer", "How many (default 10, at most 256)"}},
              .response_schema = shape::array_of<AddressWithMask>("FreeAddress", free_address_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/ipam/prefixes/{id}/available-ips",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    AllocationInput in;
                    in.count = b.integer("count", {.min = 1, .max = kMaxAllocation}).value_or(1);
                    in.customer_id = nullable_id(b, "customer");
                    in.status = b.choice("status", kAddressStatuses).value_or("active");
                    if (auto r = nullable_choice(b, "role", kAddressRoles); r && *r) in.role = **r;
                    in.dns_name = b.string("dns_name", {.max = 255}).value_or("");
                    in.description = b.string("description", {.max = 500}).value_or("");
                    b.finish();
                    auto created = svc.allocate_ips(http::context_of(req), id, in).take();
                    return Response::text(201, shape::text_array(created, address_shape), "application/json");
                  },
              .summary = "Allocate the next `count` free addresses of a prefix atomically (all or none; 409 "
                         "when the prefix has fewer free). Answers the created addresses as an array.",
              .tag = "ipam",
              .permission = "ipam.write",
              .request_schema = kAllocationSchema,
              .response_schema = shape::array_of<IpAddressRecord>("IpAddress", address_shape),
              .success_status = 201});

  // ------------------------------------------------------------ Utilisation
  router.add({.method = "GET",
              .pattern = "/api/v1/ipam/utilisation",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    auto site = id_query(q, "site");
                    q.finish();
                    auto rows = svc.site_utilisation(http::context_of(req), site).take();
                    const auto count = static_cast<std::int64_t>(rows.size());
                    const auto from = std::min<std::size_t>(rows.size(), static_cast<std::size_t>(page.offset));
                    const auto to = std::min<std::size_t>(rows.size(), from + static_cast<std::size_t>(page.limit));
                    const std::vector<SiteUtilisation> shown(rows.begin() + from, rows.begin() + to);
                    return http::page_response(req, page, count, shape::text_array(shown, site_utilisation_shape));
                  },
              .summary = "Address utilisation per site and family, over the site's active top-level prefixes. "
                         "Counts are integers up to 2^53 and decimal strings beyond.",
              .tag = "ipam",
              .permission = "ipam.read",
              .query = {{"site", "integer", "Site id"}, {"limit", "integer"}, {"offset", "integer"}},
              .response_schema = shape::page_of<SiteUtilisation>("SiteAddressUtilisation", site_utilisation_shape)});
}

// IP addresses.
void add_address_routes(http::Router& router, Service& svc) {
  // ------------------------------------------------------------ IP addresses
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/ipam/ip-addresses",
       .handler =
           [&svc](Request& req) {
             http::QueryReader q(req);
             auto page = http::read_page(q);
             IpAddressFilter f;
             f.site_id = id_query(q, "site");
             f.vlan_id = id_query(q, "vlan");
             f.customer_id = id_query(q, "customer");
             f.interface_id = id_query(q, "interface");
             f.prefix_id = id_query(q, "prefix");
             f.status = q.choice("status", kAddressStatuses);
             f.role = q.choice("role", kAddressRoles);
             f.family = family_query(q);
             f.q = q.string("q", 100);
             f.within = q.string("within", 50);
             f.sort = q.string("sort", 100);
             bool brief = q.boolean("brief").value_or(false);
             q.finish();
             f.limit = page.limit;
             f.offset = page.offset;
             auto [count, rows] = svc.list_addresses(http::context_of(req), f).take();
             return http::page_response(
                 req, page, count,
                 shape::text_array(rows, [brief](auto& w, const IpAddressRecord& x) { render::address(w, x, brief); }));
           },
       .summary = "List IP addresses (customers: their own).",
       .tag = "ipam",
       .permission = "ipam.read",
       .query = list_docs(store::kAddressList, {{"site", "integer", "Site id: addresses inside the site's prefixes"},
                                                {"vlan", "integer", "VLAN id: addresses inside the VLAN's prefixes"},
                                                {"customer", "integer", "Customer id"},
                                                {"interface", "integer", "Interface id"},
                                                {"prefix", "integer", "Prefix id: addresses inside it"},
                                                {"status", "string", "Address status", kAddressStatuses},
                                                {"role", "string", "Address role", kAddressRoles},
                                                {"family", "integer", "4 or 6"},
                                                {"within", "string", "CIDR: addresses inside it"}}),
       .response_schema = shape::page_of<IpAddressRecord>("IpAddress", address_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/ipam/ip-addresses",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_address(b, true);
                    return http::json_response(address_json(svc.create_address(http::context_of(req), in).take()), 201);
                  },
              .summary = "Create an IP address with its mask (409 when it exists, 422 outside the given prefix).",
              .tag = "ipam",
              .permission = "ipam.write",
              .request_schema = kAddressSchema,
              .response_schema = shape::schema_of<IpAddressRecord>("IpAddress", address_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/ipam/ip-addresses/{id}",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(
                        address_json(svc.address(http::context_of(req), http::id_param(req)).take()));
                  },
              .summary = "An IP address.",
              .tag = "ipam",
              .permission = "ipam.read",
              .response_schema = shape::schema_of<IpAddressRecord>("IpAddress", address_shape)});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/ipam/ip-addresses/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_address(b, false);
                    return http::json_response(address_json(svc.update_address(http::context_of(req), id, in).take()));
                  },
              .summary = "Change an IP address.",
              .tag = "ipam",
              .permission = "ipam.write",
              .request_schema = kAddressSchema,
              .response_schema = shape::schema_of<IpAddressRecord>("IpAddress", address_shape)});
  router.add({.method = "DELETE",
              .pattern = "/api/v1/ipam/ip-addresses/{id}",
              .handler =
                  [&svc](Request& req) {
                    svc.delete_address(http::context_of(req), http::id_param(req)).take();
                    return Response::no_content();
                  },
              .summary = "Delete an IP address (the audit log keeps it).",
              .tag = "ipam",
              .permission = "ipam.write",
              .success_status = 204});
}

}  // namespace

// One registration function per aggregate, in the order the API document lists them.
void add_routes(http::Router& router, Service& svc) {
  add_vlan_routes(router, svc);
  add_cable_routes(router, svc);
  add_prefix_routes(router, svc);
  add_address_routes(router, svc);
}

}  // namespace colo::ipam
