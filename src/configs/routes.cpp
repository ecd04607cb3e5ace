// Routes of device configuration backups: the devices backed up with their settings and host
// keys, fetch now, accept a changed host key, versions (masked unless revealed), diffs and fetches.
#include "configs/routes.hpp"

#include <boost/json.hpp>

#include "configs/rules.hpp"
#include "configs/service.hpp"
#include "configs/store.hpp"
#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::configs {

namespace json = boost::json;
using http::Request;

namespace {

constexpr const char* kRead = "configs.read";
constexpr const char* kWrite = "configs.write";
const std::vector<std::string> kAuthMethods = {"password", "key"};
const std::vector<std::string> kDiffKinds = {" ", "-", "+"};

template <typename W>
void write_device(W& w, const ConfigDevice& d) {
  w.field("device_id", d.device_id);
  w.field("device_name", d.device_name);
  w.field("customer_id", d.customer_id);
  w.field("vendor", d.vendor, kVendors);
  w.field("vendor_override", d.vendor_override, kVendors);
  w.field("address", d.address);
  w.field("port", d.port);
  w.field("username", d.username);
  w.field("auth_method", d.auth_method, kAuthMethods);
  w.field("host_key", d.host_key);
  w.field("host_key_pending", d.host_key_pending);
  w.field("interval_s", d.interval_s);
  w.field("enabled", d.enabled);
  w.field("next_fetch_at", d.next_fetch_at);
  w.field("last_fetch_at", d.last_fetch_at);
  w.field("last_result", d.last_result, kFetchResults);
  w.field("last_error", d.last_error);
  w.field("last_success_at", d.last_success_at);
  w.field("version_count", d.version_count);
  w.field("created_at", d.created_at);
  w.field("updated_at", d.updated_at);
}

template <typename W>
void write_version(W& w, const ConfigVersion& v, bool body) {
  w.field("id", v.id);
  w.field("device_id", v.device_id);
  w.field("device_name", v.device_name);
  w.field("number", v.number);
  w.field("hash", v.hash);
  w.field("size", v.size);
  w.field("line_count", v.line_count);
  w.field("fetched_at", v.fetched_at);
  w.field("outside_change", v.outside_change);
  w.when(body, [&] {
    w.field("body", v.body);
    w.field("masked", v.masked);
  });
}

template <typename W>
void write_fetch(W& w, const FetchRecord& f) {
  w.field("id", f.id);
  w.field("device_id", f.device_id);
  w.field("device_name", f.device_name);
  w.field("at", f.at);
  w.field("result", f.result, kFetchResults);
  w.field("failure", f.failure, kFetchFailures);
  w.field("error", f.error);
  w.field("version_id", f.version_id);
  w.field("cause", f.cause, kFetchCauses);
}

constexpr auto device_shape = [](auto& w, const ConfigDevice& d) { write_device(w, d); };
constexpr auto version_brief = [](auto& w, const ConfigVersion& v) { write_version(w, v, false); };
constexpr auto version_shape = [](auto& w, const ConfigVersion& v) { write_version(w, v, true); };
constexpr auto fetch_shape = [](auto& w, const FetchRecord& f) { write_fetch(w, f); };
constexpr auto diff_shape = [](auto& w, const DiffView& d) {
  w.object("from", "ConfigVersionBrief", [&] { write_version(w, d.from, false); });
  w.object("to", "ConfigVersionBrief", [&] { write_version(w, d.to, false); });
  w.field("added", d.diff.added);
  w.field("removed", d.diff.removed);
  w.field("masked", d.masked);
  w.field("unified", d.unified);
  w.array("hunks", "ConfigDiffHunk", d.diff.hunks, [&](const DiffHunk& h) {
    w.field("old_start", h.old_start);
    w.field("old_count", h.old_count);
    w.field("new_start", h.new_start);
    w.field("new_count", h.new_count);
    w.array("lines", "ConfigDiffLine", h.lines, [&](const DiffLine& l) {
      w.field("kind", std::string(1, l.kind), kDiffKinds);
      w.field("old_no", l.old_no);
      w.field("new_no", l.new_no);
      w.field("text", l.text);
    });
  });
};

json::object prop(std::string_view type) { return {{"type", type}}; }
json::value schema(json::object props, json::array required) {
  return json::object{{"type", "object"}, {"properties", std::move(props)}, {"required", std::move(required)}};
}

const json::value kDeviceSchema =
    schema({{"vendor", json::object{{"enum", json::value_from(kVendors)}}},
            {"port", prop("integer")},
            {"username", prop("string")},
            {"password", prop("string")},
            {"private_key", prop("string")},
            {"host_key", prop("string")},
            {"interval_s", json::object{{"type", "integer"}, {"minimum", kMinIntervalS}, {"maximum", kMaxIntervalS}}},
            {"enabled", prop("boolean")}},
           {"username"});
const json::value kAcceptSchema = schema({{"host_key", prop("string")}}, {"host_key"});

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  const auto device_schema = shape::schema_of<ConfigDevice>("ConfigDevice", device_shape);
  router.add({.method = "GET",
              .pattern = "/api/v1/configs/devices",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    DeviceFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.vendor = q.choice("vendor", kVendors);
                    f.last_result = q.choice("last_result", kFetchResults);
                    f.customer = q.integer("customer", {.min = 1});
                    f.host_key_pending = q.boolean("host_key_pending");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.devices(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, device_shape));
                  },
              .summary = "Network devices whose running configuration is backed up, with their last fetch "
                         "(customers: their own).",
              .tag = "configs",
              .permission = kRead,
              .query = http::list_docs(store::kDeviceList,
                                       {{"vendor", "string", "Vendor command set.", kVendors},
                                        {"last_result", "string", "Result of the last fetch.", kFetchResults},
                                        {"customer", "integer", "Owner customer id."},
                                        {"host_key_pending", "boolean", "A changed host key waits for acceptance."}},
                                       {.q = "Part of the device name, address or vendor."}),
              .response_schema = shape::page_of<ConfigDevice>("ConfigDevice", device_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/configs/devices/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto d = svc.device(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(d, device_shape));
                  },
              .summary = "A device's backup settings, host key and last fetch (the ledger device id).",
              .tag = "configs",
              .permission = kRead,
              .response_schema = device_schema});
  router.add(
      {.method = "PUT",
       .pattern = "/api/v1/configs/devices/{id}",
       .handler =
           [&svc](Request& req) {
             auto id = http::id_param(req);
             http::JsonBody b(req);
             DeviceInput in;
             in.vendor = b.choice("vendor", kVendors);
             in.port = static_cast<int>(b.integer("port", {.min = 1, .max = 65535}).value_or(22));
             in.username = b.string("username", {.required = true, .min = 1, .max = 100}).value_or("");
             in.password = b.string("password", {.min = 1, .max = 200, .trim = false});
             in.private_key = b.string("private_key", {.min = 1, .max = 16384, .trim = false});
             if (in.password && in.private_key)
               b.error("private_key", "password_or_key", "Give a password or a private key, not both.");
             in.host_key = b.string("host_key", {.min = 10, .max = 200});
             in.interval_s =
                 b.integer("interval_s", {.min = kMinIntervalS, .max = kMaxIntervalS}).value_or(kDefaultIntervalS);
             in.enabled = b.boolean("enabled").value_or(true);
             b.finish();
             auto d = svc.configure(http::context_of(req), id, in).take();
             return http::json_response(shape::value_of(d, device_shape));
           },
       .summary = "Back up a ledger network device's configuration, or change how: SSH port, user, "
                  "password or private key (sealed, never answered), host key, interval, vendor override.",
       .tag = "configs",
       .permission = kWrite,
       .request_schema = kDeviceSchema,
       .response_schema = device_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/configs/devices/{id}/fetch",
              .handler =
                  [&svc](Request& req) {
                    auto f = svc.fetch_now(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(f, fetch_shape));
                  },
              .summary = "Fetch the running configuration now; answers the fetch as recorded (a failure too).",
              .tag = "configs",
              .permission = kWrite,
              .response_schema = shape::schema_of<FetchRecord>("ConfigFetch", fetch_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/configs/devices/{id}/accept-host-key",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto key = b.string("host_key", {.required = true, .min = 1, .max = 200});
                    b.finish();
                    auto d = svc.accept_host_key(http::context_of(req), id, *key).take();
                    return http::json_response(shape::value_of(d, device_shape));
                  },
              .summary = "Accept the changed host key the device presented (the fingerprint, as checked with "
                         "the device's owner); audited.",
              .tag = "configs",
              .permission = kWrite,
              .request_schema = kAcceptSchema,
              .response_schema = device_schema});
  router.add({.method = "GET",
              .pattern = "/api/v1/configs/versions",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    VersionFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.device = q.integer("device", {.min = 1});
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.versions(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, version_brief));
                  },
              .summary = "Stored configuration versions, newest first (customers: their own devices').",
              .tag = "configs",
              .permission = kRead,
              .query = http::list_docs(store::kVersionList, {{"device", "integer", "Of this device (ledger id)."}},
                                       {.q = "Part of the device name or the hash."}),
              .response_schema = shape::page_of<ConfigVersion>("ConfigVersionBrief", version_brief)});
  router.add({.method = "GET",
              .pattern = "/api/v1/configs/fetches",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    FetchFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.device = q.integer("device", {.min = 1});
                    f.result = q.choice("result", kFetchResults);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.fetches(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, fetch_shape));
                  },
              .summary = "Every fetch of a configuration with its result, newest first (customers: their own).",
              .tag = "configs",
              .permission = kRead,
              .query = http::list_docs(store::kFetchList,
                                       {{"device", "integer", "Of this device (ledger id)."},
                                        {"result", "string", "Result.", kFetchResults}},
                                       {.q = "Part of the device name or the error."}),
              .response_schema = shape::page_of<FetchRecord>("ConfigFetch", fetch_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/configs/versions/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::QueryReader q(req);
                    auto reveal = q.boolean("secrets").value_or(false);
                    q.finish();
                    auto v = svc.version(http::context_of(req), id, reveal).take();
                    return http::json_response(shape::value_of(v, version_shape));
                  },
              .summary = "A configuration version with its text, secrets masked; secrets=true shows them to a "
                         "holder of configs.secrets.read (audited).",
              .tag = "configs",
              .permission = kRead,
              .query = {{"secrets", "boolean", "Show the secrets (needs configs.secrets.read; audited)."}},
              .response_schema = shape::schema_of<ConfigVersion>("ConfigVersion", version_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/configs/diff",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto from = q.integer("from", {.required = true, .min = 1});
                    auto to = q.integer("to", {.required = true, .min = 1});
                    auto reveal = q.boolean("secrets").value_or(false);
                    q.finish();
                    auto d = svc.diff(http::context_of(req), *from, *to, reveal).take();
                    return http::json_response(shape::value_of(d, diff_shape));
                  },
              .summary = "The unified diff between two versions of one device's configuration, secrets masked "
                         "unless secrets=true (configs.secrets.read; audited).",
              .tag = "configs",
              .permission = kRead,
              .query = {{"from", "integer", "The older version's id (required)."},
                        {"to", "integer", "The newer version's id (required)."},
                        {"secrets", "boolean", "Show the secrets (needs configs.secrets.read; audited)."}},
              .response_schema = shape::schema_of<DiffView>("ConfigDiff", diff_shape)});
}

}  // namespace colo::configs
