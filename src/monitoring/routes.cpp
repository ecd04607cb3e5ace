// HTTP adapter for what the poller polls: devices with their SNMP credentials (write-only) and
// their TCP/HTTP checks.
#include "monitoring/routes.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"
#include "monitoring/lists.hpp"
#include "monitoring/service.hpp"

namespace colo::monitoring {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

template <typename W>
void write_check(W& w, const Check& c) {
  w.field("id", c.id);
  w.field("device_id", c.device_id);
  w.field("kind", c.kind, kCheckKinds);
  w.field("port", c.port);
  w.field("url", c.url);
  w.field("interval_s", c.interval_s);
  w.field("timeout_ms", c.timeout_ms);
  w.field("created_at", c.created_at);
}

template <typename W>
void write_interface(W& w, const DiscoveredInterface& i) {
  w.field("if_index", i.if_index);
  w.field("name", i.name);
  w.field("descr", i.descr);
  w.field("alias", i.alias);
  w.field("speed_bps", i.speed_bps);
  w.field("interface_id", i.interface_id);
}

// The secrets are never written: only whether they are set.
template <typename W>
void write_device(W& w, const MonitoredDevice& d, bool detail) {
  w.field("device_id", d.device_id);
  w.field("device_name", d.device_name);
  w.field("customer_id", d.customer_id);
  w.field("snmp_version", d.snmp_version, kSnmpVersions);
  w.field("credentials_set", d.credentials_set);
  w.field("snmp_port", d.snmp_port);
  w.field("enabled", d.enabled);
  w.field("ping_interval_s", d.ping_interval_s);
  w.field("snmp_interval_s", d.snmp_interval_s);
  w.field("sys_object_id", d.sys_object_id);
  w.field("sys_name", d.sys_name);
  w.field("discovered_at", d.discovered_at);
  w.field("last_error", d.last_error);
  w.field("interfaces_matched", d.matched);
  w.field("interfaces_unmatched", d.unmatched);
  w.field("created_at", d.created_at);
  w.field("updated_at", d.updated_at);
  w.when(detail, [&] {
    w.array("interfaces", "DiscoveredInterface", d.interfaces,
            [&](const DiscoveredInterface& i) { write_interface(w, i); });
    w.array("checks", "MonitoringCheck", d.checks, [&](const Check& c) { write_check(w, c); });
  });
}

constexpr auto device_shape = [](auto& w, const MonitoredDevice& d) { write_device(w, d, true); };
constexpr auto check_shape = [](auto& w, const Check& c) { write_check(w, c); };

DeviceSettingsInput read_settings(http::JsonBody& b) {
  DeviceSettingsInput in;
  in.snmp_version = b.choice("snmp_version", kSnmpVersions);
  in.snmp_port = b.integer("snmp_port");
  in.ping_interval_s = b.integer("ping_interval_s");
  in.snmp_interval_s = b.integer("snmp_interval_s");
  in.enabled = b.boolean("enabled");
  if (const auto* snmp = b.object("snmp")) {
    std::vector<FieldError> errors;
    http::JsonObjectReader s(*snmp, "snmp/", &errors);
    SnmpSecret secret;
    // Secrets are taken as typed: leading or trailing spaces may be part of a passphrase.
    secret.community = s.string("community", {.max = 64, .trim = false}).value_or("");
    secret.user = s.string("user", {.max = 32}).value_or("");
    secret.auth_pass = s.string("auth_pass", {.max = 64, .trim = false}).value_or("");
    secret.priv_pass = s.string("priv_pass", {.max = 64, .trim = false}).value_or("");
    s.reject_unknown();
    for (auto& e : errors) b.error(e.field, e.code, e.message);
    in.secret = std::move(secret);
  }
  b.finish();
  return in;
}

CheckInput read_check(http::JsonBody& b) {
  CheckInput in;
  in.kind = b.choice("kind", kCheckKinds, true).value_or("");
  in.port = b.integer("port");
  in.url = b.string("url", {.max = 500});
  in.interval_s = b.integer("interval_s");
  in.timeout_ms = b.integer("timeout_ms");
  b.finish();
  return in;
}

const json::value kSettingsSchema = json::object{
    {"type", "object"},
    {"properties",
     json::object{
         {"snmp_version", json::object{{"enum", json::value_from(kSnmpVersions)}}},
         {"snmp_port", json::object{{"type", "integer"}}},
         {"ping_interval_s", json::object{{"type", "integer"}}},
         {"snmp_interval_s", json::object{{"type", "integer"}}},
         {"enabled", json::object{{"type", "boolean"}}},
         {"snmp", json::object{{"type", "object"},
                               {"description",
                                "v2c: community; v3 (authPriv, SHA/AES-128): user, "
                                "auth_pass, priv_pass. Never answered back."},
                               {"properties", json::object{{"community", json::object{{"type", "string"}}},
                                                           {"user", json::object{{"type", "string"}}},
                                                           {"auth_pass", json::object{{"type", "string"}}},
                                                           {"priv_pass", json::object{{"type", "string"}}}}}}}}}};
const json::value kCheckSchema =
    json::object{{"type", "object"},
                 {"properties", json::object{{"kind", json::object{{"enum", json::value_from(kCheckKinds)}}},
                                             {"port", json::object{{"type", "integer"}}},
                                             {"url", json::object{{"type", "string"}}},
                                             {"interval_s", json::object{{"type", "integer"}}},
                                             {"timeout_ms", json::object{{"type", "integer"}}}}},
                 {"required", json::array{"kind"}}};

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/monitoring/devices",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    DeviceFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.snmp_version = q.choice("snmp_version", kSnmpVersions);
                    f.customer = q.integer("customer");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.devices(http::context_of(req), f).take();
                    return http::page_response(
                        req, page, count,
                        shape::text_array(rows, [](auto& w, const MonitoredDevice& d) { write_device(w, d, false); }));
                  },
              .summary = "Devices the poller polls (a customer sees only its own).",
              .tag = "monitoring",
              .permission = "monitoring.read",
              .query = http::list_docs(
                  store::kDeviceList,
                  {{"snmp_version", "string", "SNMP version.", kSnmpVersions}, {"customer", "integer", "Customer id."}},
                  {.q = "Part of the device name or sysName."}),
              .response_schema = shape::page_of<MonitoredDevice>("MonitoredDevice", device_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/monitoring/devices/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto d = svc.device(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(d, device_shape));
                  },
              .summary = "A polled device with its discovered interfaces and checks.",
              .tag = "monitoring",
              .permission = "monitoring.read",
              .response_schema = shape::schema_of<MonitoredDevice>("MonitoredDevice", device_shape)});
  router.add({.method = "PUT",
              .pattern = "/api/v1/monitoring/devices/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_settings(b);
                    auto d = svc.configure(http::context_of(req), id, in).take();
                    return http::json_response(shape::value_of(d, device_shape));
                  },
              .summary = "Poll a ledger device (by its id), or change how: SNMP version and credentials "
                         "(stored encrypted, never answered), intervals.",
              .tag = "monitoring",
              .permission = "monitoring.write",
              .request_schema = kSettingsSchema,
              .response_schema = shape::schema_of<MonitoredDevice>("MonitoredDevice", device_shape)});
  router.add({.method = "DELETE",
              .pattern = "/api/v1/monitoring/devices/{id}",
              .handler =
                  [&svc](Request& req) {
                    svc.remove(http::context_of(req), http::id_param(req)).take();
                    return Response::no_content();
                  },
              .summary = "Stop polling a device and forget its credentials and checks.",
              .tag = "monitoring",
              .permission = "monitoring.write",
              .success_status = 204});
  router.add({.method = "POST",
              .pattern = "/api/v1/monitoring/devices/{id}/checks",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_check(b);
                    auto c = svc.add_check(http::context_of(req), id, in).take();
                    return http::json_response(shape::value_of(c, check_shape), 201);
                  },
              .summary = "Add a TCP port or HTTP URL check to a polled device.",
              .tag = "monitoring",
              .permission = "monitoring.write",
              .request_schema = kCheckSchema,
              .response_schema = shape::schema_of<Check>("MonitoringCheck", check_shape),
              .success_status = 201});
  router.add({.method = "DELETE",
              .pattern = "/api/v1/monitoring/checks/{id}",
              .handler =
                  [&svc](Request& req) {
                    svc.remove_check(http::context_of(req), http::id_param(req)).take();
                    return Response::no_content();
                  },
              .summary = "Remove a check.",
              .tag = "monitoring",
              .permission = "monitoring.write",
              .success_status = 204});
}

}  // namespace colo::monitoring
