// HTTP adapter for pushed readings, CSV imports, series lookup, range queries and PromQL.
#include "tsdb/routes.hpp"

#include <boost/json.hpp>

#include <cmath>

#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/router.hpp"
#include "tsdb/service.hpp"

namespace colo::tsdb {

namespace json = boost::json;

namespace {

json::object labels_object(const Labels& labels) {
  json::object o;
  for (const auto& [k, v] : labels) o[k] = v;
  return o;
}

// A series: its id (what query_range takes), metric and labels.
constexpr auto series_shape = [](auto& w, const SeriesInfo& s) {
  w.field("id", s.id);
  w.field("metric", s.metric);
  w.any("labels", labels_object(s.labels));
  w.field("customer_id", s.customer_id);
};

constexpr auto report_shape = [](auto& w, const AppendReport& r) {
  w.field("accepted", r.accepted);
  w.field("out_of_order", r.out_of_order);
  w.field("duplicates", r.duplicates);
};

const shape::Values kSources = {"raw", "rollup"};

struct RangeBody {
  SeriesInfo series;
  std::int64_t step = 0;  // seconds
  RangeAnswer answer;
};

// Points: Unix milliseconds and the value (null for NaN or an infinity, which JSON cannot carry).
constexpr auto range_shape = [](auto& w, const RangeBody& r) {
  w.object("series", "TsdbSeries", [&] { series_shape(w, r.series); });
  w.field("step", r.step);
  w.field("source", std::string(r.answer.from_rollups ? "rollup" : "raw"), kSources);
  w.array("points", "TsdbPoint", r.answer.points, [&](const Point& p) {
    w.field("t", p.t_ms);
    w.field("value", std::isfinite(p.value) ? std::optional<double>(p.value) : std::nullopt);
  });
};

struct PromqlBody {
  json::value data;
};
constexpr auto promql_shape = [](auto& w, const PromqlBody& p) {
  std::string type;
  json::value result;
  if (const auto* o = p.data.if_object()) {
    if (const auto* t = o->if_contains("resultType"); t && t->is_string()) type = std::string(t->as_string());
    if (const auto* r = o->if_contains("result")) result = *r;
  }
  w.field("result_type", type);
  w.any("result", result);
};

const json::value kSamplesSchema = json::object{
    {"type", "object"},
    {"required", json::array{"samples"}},
    {"properties",
     json::object{
         {"samples",
          json::object{
              {"type", "array"},
              {"items", json::object{{"type", "object"},
                                     {"required", json::array{"metric", "value"}},
                                     {"properties", json::object{{"metric", json::object{{"type", "string"}}},
                                                                 {"labels", json::object{{"type", "object"}}},
                                                                 {"t", json::object{{"type", "integer"}}},
                                                                 {"value", json::object{{"type", "number"}}}}}}}}}}}};

// from/to: an ISO-8601 instant or Unix milliseconds.
std::optional<std::int64_t> read_time(http::QueryReader& q, std::string_view name, std::int64_t fallback) {
  auto text = q.string(name, 40);
  if (!text) return fallback;
  if (!text->empty() && std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      text->size() <= 15)
    return std::stoll(*text);
  if (auto t = parse_instant(*text)) return t->time_since_epoch().count();
  q.error(name, "invalid", "Give an ISO-8601 instant or Unix milliseconds.");
  return std::nullopt;
}

std::vector<Sample> read_samples(http::JsonBody& body, std::int64_t now_ms) {
  std::vector<Sample> out;
  const auto* rows = body.array("samples", true);
  if (!rows) return out;
  for (std::size_t i = 0; i < rows->size(); ++i) {
    const std::string prefix = "samples/" + std::to_string(i) + "/";
    const auto& v = (*rows)[i];
    if (!v.is_object()) {
      body.error("samples/" + std::to_string(i), "invalid", "Each sample is an object.");
      continue;
    }
    http::JsonObjectReader row(v.as_object(), prefix, &body.errors());
    Sample s;
    s.metric = row.string("metric", {.required = true, .max = 200}).value_or("");
    s.value = row.number("value", {.required = true}).value_or(0);
    s.t_ms = row.integer("t", {.min = 0}).value_or(now_ms);
    if (const auto* labels = row.object("labels")) {
      for (const auto& [k, val] : *labels) {
        if (!val.is_string()) {
          body.errors().push_back(
              {prefix + "labels/" + std::string(k), "invalid", "A label value is a string.", {}, {}});
          continue;
        }
        s.labels.emplace_back(std::string(k), std::string(val.as_string()));
      }
    }
    row.reject_unknown();
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  router.add({.method = "POST",
              .pattern = "/api/v1/monitoring/samples",
              .handler =
                  [&svc](http::Request& req) {
                    http::JsonBody body(req);
                    const std::int64_t now = svc.now_ms();
                    auto samples = read_samples(body, now);
                    body.finish();
                    auto report = svc.push(http::context_of(req), std::move(samples)).take();
                    return http::json_response(shape::value_of(report, report_shape));
                  },
              .summary = "Store pushed readings (sensors that are not polled): {samples: [{metric, labels, t (Unix "
                         "ms, default now), value}]}. All rows or none: a bad row answers 422 with an error per "
                         "row; samples older than or at the newest stored one of their series are counted and "
                         "dropped.",
              .tag = "monitoring",
              .permission = "monitoring.write",
              .request_schema = kSamplesSchema,
              .response_schema = shape::schema_of<AppendReport>("TsdbAppendReport", report_shape)});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/monitoring/samples/import",
       .handler =
           [&svc](http::Request& req) {
             auto ct = req.header("content-type").value_or("");
             if (ct.find("text/csv") == std::string_view::npos)
               fail(Error{ErrorKind::unsupported_media, "unsupported_media_type", "Send the file as text/csv.", {}});
             auto report = svc.import_csv(http::context_of(req), req.body).take();
             return http::json_response(shape::value_of(report, report_shape));
           },
       .summary = "Import readings from text/csv with the header metric,time,value,labels (time: ISO-8601 "
                  "or Unix ms; labels: name=value;name=value). All lines or none.",
       .tag = "monitoring",
       .permission = "monitoring.write",
       .response_schema = shape::schema_of<AppendReport>("TsdbAppendReport", report_shape),
       .request_types = {"text/csv"}});
  router.add({.method = "GET",
              .pattern = "/api/v1/monitoring/series",
              .handler =
                  [&svc](http::Request& req) {
                    http::QueryReader q(req);
                    auto match = q.string("match", 2000);
                    auto limit = q.integer("limit", {.min = 1, .max = 1000}).value_or(100);
                    if (!match) q.error("match", "required", "Give a selector such as device_up{device_id=\"12\"}.");
                    q.finish();
                    auto rows = svc.find_series(http::context_of(req), *match, static_cast<int>(limit)).take();
                    http::Page page{limit, 0};
                    return http::page_response(req, page, static_cast<std::int64_t>(rows.size()),
                                               shape::text_array(rows, series_shape));
                  },
              .summary = "Series matching a selector (metric{name=\"value\",...}, equality matchers), by id; "
                         "customers see only series labelled with their customer_id.",
              .tag = "monitoring",
              .permission = "monitoring.read",
              .query = {{"match", "string", "Selector: metric{name=\"value\",...} or {name=\"value\"}."},
                        {"limit", "integer", "At most this many (1-1000, default 100)."}},
              .response_schema = shape::page_of<SeriesInfo>("TsdbSeries", series_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/monitoring/query_range",
              .handler =
                  [&svc](http::Request& req) {
                    http::QueryReader q(req);
                    auto series = q.integer("series", {.required = true, .min = 1});
                    const std::int64_t now = svc.now_ms();
                    auto to = read_time(q, "to", now);
                    auto from = read_time(q, "from", now - 3'600'000);
                    auto step = q.integer("step", {.min = 0, .max = 366LL * 86400}).value_or(0);
                    q.finish();
                    auto [info, answer] =
                        svc.query_range(http::context_of(req), *series, *from, *to, step * 1000).take();
                    RangeBody body{std::move(info), step, std::move(answer)};
                    return http::json_response(shape::value_of(body, range_shape));
                  },
              .summary = "A series' samples in [from, to]: raw when step is 0, else the average per step "
                         "(seconds; from the five-minute rollups when step is a multiple of 300).",
              .tag = "monitoring",
              .permission = "monitoring.read",
              .query = {{"series", "integer", "Series id (from /monitoring/series)."},
                        {"from", "string", "Start: ISO-8601 instant or Unix ms (default: an hour ago)."},
                        {"to", "string", "End, inclusive (default: now)."},
                        {"step", "integer", "Seconds per point; 0 for raw samples."}},
              .response_schema = shape::schema_of<RangeBody>("TsdbRange", range_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/monitoring/promql",
              .handler =
                  [&svc](http::Request& req) {
                    http::QueryReader q(req);
                    PromqlQuery query;
                    query.query = q.string("query", 4000).value_or("");
                    if (query.query.empty()) q.error("query", "required", "Give a PromQL expression.");
                    query.time = q.string("time", 40);
                    query.start = q.string("start", 40);
                    query.end = q.string("end", 40);
                    query.step = q.string("step", 20);
                    q.finish();
                    auto data = svc.promql(http::context_of(req), query).take();
                    return http::json_response(shape::value_of(PromqlBody{std::move(data)}, promql_shape));
                  },
              .summary = "A PromQL query passed to [monitoring] promql_url (VictoriaMetrics or Prometheus): an "
                         "instant query, or a range query when start, end and step are given. Staff only.",
              .tag = "monitoring",
              .permission = "monitoring.read",
              .query = {{"query", "string", "PromQL expression."},
                        {"time", "string", "Instant query time (RFC 3339 or Unix seconds)."},
                        {"start", "string", "Range start."},
                        {"end", "string", "Range end."},
                        {"step", "string", "Range step (e.g. 60s)."}},
              .response_schema = shape::schema_of<PromqlBody>("TsdbPromql", promql_shape)});
}

}  // namespace colo::tsdb
