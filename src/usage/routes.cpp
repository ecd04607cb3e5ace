// HTTP adapter for usage: meters, samples, the CSV import, series and a contract's summary.
#include "usage/routes.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"
#include "usage/lists.hpp"
#include "usage/service.hpp"

namespace colo::usage {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

// ---- the answers, written once as shapes (core/shape.hpp)

template <typename W>
void write_meter(W& w, const Meter& m, bool brief) {
  w.field("id", m.id);
  w.field("name", m.name);
  w.field("kind", m.kind, kKinds);
  w.field("status", m.status, kMeterStatuses);
  shape::ref(w, "customer", m.customer_id, m.customer_name);
  w.field("contract_id", m.contract_id);
  w.field("contract_number", m.contract_number);
  w.field("speed_mbps", m.speed_mbps);
  w.when(!brief, [&] {
    w.field("device_id", m.device_id);
    w.field("interface_id", m.interface_id);
    w.field("note", m.note);
    w.field("created_at", m.created_at);
    w.field("updated_at", m.updated_at);
  });
}
constexpr auto meter_shape = [](auto& w, const Meter& m) { write_meter(w, m, false); };

template <typename W>
void write_report(W& w, const WriteReport& r) {
  w.field("inserted", r.inserted);
  w.field("unchanged", r.unchanged);
  w.field("replaced", r.replaced);
  w.field("clamped", r.clamped);
  w.field("dropped", r.dropped);
}
constexpr auto report_shape = [](auto& w, const WriteReport& r) { write_report(w, r); };

constexpr auto import_shape = [](auto& w, const ImportReport& r) {
  w.field("all_or_nothing", r.all_or_nothing);
  w.field("written", r.written);
  w.field("rows", r.rows);
  w.field("accepted", r.accepted);
  w.field("rejected", r.rejected);
  w.object("samples", "UsageWriteReport", [&] { write_report(w, r.write); });
  w.array("rejections", "UsageImportRejection", r.rejections, [&](const ImportReport::Rejection& x) {
    w.field("line", x.line);
    w.field("field", x.field);
    w.field("code", x.code);
    w.field("message", x.message);
  });
};

constexpr auto series_shape = [](auto& w, const Series& s) {
  w.object("meter", "UsageMeter", [&] { write_meter(w, s.meter, false); });
  w.field("step", s.step, shape::Values{"5m", "1h", "1d"});
  w.field("from", format_instant(s.from));
  w.field("to", format_instant(s.to));
  w.field("p95_bps", s.p95_bps);
  w.array("points", "UsagePoint", s.points, [&](const SeriesPoint& p) {
    w.field("t", format_instant(p.t));
    w.field("samples", p.samples);
    w.field("clamped", p.clamped);
    w.field("in_min", p.in_min);
    w.field("in_max", p.in_max);
    w.field("in_avg", p.in_avg);
    w.field("out_min", p.out_min);
    w.field("out_max", p.out_max);
    w.field("out_avg", p.out_avg);
    w.field("wh", p.wh);
    w.field("energy_wh", p.energy_wh);
  });
};

template <typename W>
void write_figures(W& w, const Figures& f) {
  w.field("p95_in_bps", f.p95_in_bps);
  w.field("p95_out_bps", f.p95_out_bps);
  w.field("p95_max_bps", f.p95_max_bps);
  w.field("p95_sample_max_bps", f.p95_sample_max_bps);
  w.field("p95_sum_bps", f.p95_sum_bps);
  w.field("samples", f.samples);
  w.field("expected", f.expected);
  w.field("energy_wh", f.energy_wh);
}

constexpr auto summary_shape = [](auto& w, const Summary& s) {
  w.field("contract_id", s.contract_id);
  w.field("contract_number", s.contract_number);
  w.field("from", format_date(s.from));
  w.field("to", format_date(s.to));
  w.object("bandwidth", "UsageFigures", [&] { write_figures(w, s.bandwidth); });
  w.object("power", "UsageFigures", [&] { write_figures(w, s.power); });
  w.array("meters", "UsageMeterFigures", s.meters, [&](const MeterFigures& m) {
    w.object("meter", "UsageMeter", [&] { write_meter(w, m.meter, false); });
    w.object("figures", "UsageFigures", [&] { write_figures(w, m.figures); });
  });
};

// ---- reading

MeterInput read_meter(http::JsonBody& b, bool create) {
  MeterInput in;
  in.customer_id = b.integer("customer_id", {.required = create, .min = 1});
  auto nullable_id = [&](std::string_view key, std::optional<std::optional<std::int64_t>>& out, std::int64_t min = 1) {
    if (!b.has(key)) return;
    if (b.is_null(key)) {
      b.raw(key);
      out = std::optional<std::int64_t>{};
    } else if (auto v = b.integer(key, {.min = min})) {
      out = std::optional<std::int64_t>(*v);
    }
  };
  nullable_id("contract_id", in.contract_id);
  in.kind = b.choice("kind", kKinds, create);
  in.name = b.string("name", {.required = create, .min = 1, .max = 100});
  nullable_id("device_id", in.device_id);
  nullable_id("interface_id", in.interface_id);
  nullable_id("speed_mbps", in.speed_mbps);
  in.note = b.string("note", {.max = 500});
  in.status = b.choice("status", kMeterStatuses);
  b.finish();
  return in;
}

// A non-negative integer of up to 64 bits (interface counters), with its field error.
std::optional<std::uint64_t> counter(http::JsonObjectReader& r, std::string_view key) {
  const auto* v = r.raw(key);
  if (!v) {
    r.error(key, "required", "This field is required.");
    return std::nullopt;
  }
  if (v->is_uint64()) return v->get_uint64();
  if (v->is_int64() && v->get_int64() >= 0) return static_cast<std::uint64_t>(v->get_int64());
  r.error(key, "integer", "Expected a whole number from 0 to 2^64 - 1.");
  return std::nullopt;
}

SampleBatch read_samples(http::JsonBody& b) {
  SampleBatch batch;
  batch.counter_width = static_cast<int>(b.integer("counter_width", {.min = 32, .max = 64}).value_or(64));
  if (batch.counter_width != 32 && batch.counter_width != 64) b.error("counter_width", "invalid_choice", "32 or 64.");
  const auto* rows = b.array("samples", true);
  if (rows && rows->size() > kMaxBatch)
    b.error("samples", "usage.samples.too_many", "At most 10,000 samples per request.");
  else if (rows) {
    for (std::size_t i = 0; i < rows->size(); ++i) {
      const std::string prefix = "samples/" + std::to_string(i) + "/";
      if (!(*rows)[i].is_object()) {
        b.errors().push_back({prefix.substr(0, prefix.size() - 1), "type", "Expected an object."});
        continue;
      }
      http::JsonObjectReader r((*rows)[i].as_object(), prefix, &b.errors());
      auto t = r.instant("t", true);
      if (r.has("wh")) {
        auto wh = r.integer("wh", {.required = true});
        if (t && wh) batch.readings.push_back({*t, *wh});
      } else if (r.has("in_octets") || r.has("out_octets")) {
        auto in = counter(r, "in_octets"), out = counter(r, "out_octets");
        if (t && in && out) batch.counters.push_back({*t, *in, *out});
      } else {
        auto in = r.integer("in_bps", {.required = true}), out = r.integer("out_bps", {.required = true});
        if (t && in && out) batch.rates.push_back({*t, *in, *out, false});
      }
      r.reject_unknown();
    }
  }
  b.finish();
  const int kinds = !batch.rates.empty() + !batch.counters.empty() + !batch.readings.empty();
  if (kinds > 1)
    fail(Error::validation(
        {{"samples", "usage.samples.mixed", "Rates, counters and readings in one batch.", {}, "usage.samples.mixed"}}));
  return batch;
}

// A query time: an instant (ISO 8601) or a business date (its first instant).
std::optional<TimeOrDate> query_time(http::QueryReader& q, std::string_view name) {
  auto text = q.string(name, 40);
  if (!text) return std::nullopt;
  if (auto t = parse_instant(*text)) return TimeOrDate(*t);
  if (auto d = parse_date(*text)) return TimeOrDate(*d);
  q.error(name, "invalid_date", "A date (YYYY-MM-DD) or a time (ISO 8601).");
  return std::nullopt;
}

const json::value kMeterSchema =
    json::object{{"type", "object"},
                 {"properties", json::object{{"customer_id", json::object{{"type", "integer"}}},
                                             {"contract_id", json::object{{"type", json::array{"integer", "null"}}}},
                                             {"kind", json::object{{"enum", json::value_from(kKinds)}}},
                                             {"name", json::object{{"type", "string"}}},
                                             {"device_id", json::object{{"type", json::array{"integer", "null"}}}},
                                             {"interface_id", json::object{{"type", json::array{"integer", "null"}}}},
                                             {"speed_mbps", json::object{{"type", json::array{"integer", "null"}}}},
                                             {"note", json::object{{"type", "string"}}},
                                             {"status", json::object{{"enum", json::value_from(kMeterStatuses)}}}}}};

json::value samples_schema() {
  json::object sample_props{
      {"t", json::object{{"type", "string"}}},           {"in_bps", json::object{{"type", "integer"}}},
      {"out_bps", json::object{{"type", "integer"}}},    {"in_octets", json::object{{"type", "integer"}}},
      {"out_octets", json::object{{"type", "integer"}}}, {"wh", json::object{{"type", "integer"}}}};
  json::object item{{"type", "object"}, {"required", json::array{"t"}}, {"properties", std::move(sample_props)}};
  json::object samples{{"type", "array"}, {"maxItems", kMaxBatch}, {"items", std::move(item)}};
  json::object props{{"counter_width", json::object{{"enum", json::array{32, 64}}}}, {"samples", std::move(samples)}};
  return json::object{{"type", "object"}, {"required", json::array{"samples"}}, {"properties", std::move(props)}};
}

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/usage/meters",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    MeterFilter f;
                    f.q = q.string("q", 100);
                    f.kind = q.choice("kind", kKinds);
                    f.status = q.choice("status", kMeterStatuses);
                    f.customer_id = q.integer("customer", {.min = 1});
                    f.contract_id = q.integer("contract", {.min = 1});
                    f.sort = q.string("sort", 100);
                    bool brief = q.boolean("brief").value_or(false);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.list(http::context_of(req), f).take();
                    return http::page_response(
                        req, page, count,
                        shape::text_array(rows, [brief](auto& w, const Meter& m) { write_meter(w, m, brief); }));
                  },
              .summary = "List usage meters (a customer sees only its own).",
              .tag = "usage",
              .permission = "usage.read",
              .query = http::list_docs(store::kMeterList,
                                       {{"kind", "string", "bandwidth or power.", kKinds},
                                        {"status", "string", "Meter status.", kMeterStatuses},
                                        {"customer", "integer", "Customer id."},
                                        {"contract", "integer", "Contract id."}},
                                       {.brief = true, .q = "Part of the name, contract number or note."}),
              .response_schema = shape::page_of<Meter>("UsageMeter", meter_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/usage/meters",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_meter(b, true);
                    auto m = svc.create(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(m, meter_shape), 201);
                  },
              .summary = "Create a usage meter (a switch port or a power meter) for a customer.",
              .tag = "usage",
              .permission = "usage.write",
              .request_schema = kMeterSchema,
              .response_schema = shape::schema_of<Meter>("UsageMeter", meter_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/usage/meters/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto m = svc.get(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(m, meter_shape));
                  },
              .summary = "A usage meter.",
              .tag = "usage",
              .permission = "usage.read",
              .response_schema = shape::schema_of<Meter>("UsageMeter", meter_shape)});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/usage/meters/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_meter(b, false);
                    auto m = svc.update(http::context_of(req), id, in).take();
                    return http::json_response(shape::value_of(m, meter_shape));
                  },
              .summary = "Change a usage meter (its kind stays; retire it with status retired).",
              .tag = "usage",
              .permission = "usage.write",
              .request_schema = kMeterSchema,
              .response_schema = shape::schema_of<Meter>("UsageMeter", meter_shape)});
  router.add({.method = "DELETE",
              .pattern = "/api/v1/usage/meters/{id}",
              .handler =
                  [&svc](Request& req) {
                    svc.retire(http::context_of(req), http::id_param(req)).take();
                    return Response::no_content();
                  },
              .summary = "Retire a usage meter: kept with its samples, it takes no new ones.",
              .tag = "usage",
              .permission = "usage.write",
              .success_status = 204});
  router.add({.method = "POST",
              .pattern = "/api/v1/usage/meters/{id}/samples",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto batch = read_samples(b);
                    auto r = svc.write(http::context_of(req), id, batch).take();
                    return http::json_response(shape::value_of(r, report_shape));
                  },
              .summary =
                  "Write up to 10,000 samples: five-minute rates {t, in_bps, out_bps} or interface counters {t, "
                  "in_octets, out_octets} (with counter_width 32 or 64) for a port, register readings {t, wh} for "
                  "a power meter. All or nothing: 422 usage.samples.invalid names each bad sample.",
              .tag = "usage",
              .permission = "usage.write",
              .request_schema = samples_schema(),
              .response_schema = shape::schema_of<WriteReport>("UsageWriteReport", report_shape)});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/usage/import",
       .handler =
           [&svc](Request& req) {
             http::QueryReader q(req);
             bool all = q.boolean("all_or_nothing").value_or(false);
             q.finish();
             auto ct = req.header("content-type").value_or("");
             if (ct.find("text/csv") == std::string_view::npos && ct.find("application/csv") == std::string_view::npos)
               fail(Error{ErrorKind::unsupported_media, "unsupported_media_type", "Send the file as text/csv.", {}});
             auto r = svc.import_csv(http::context_of(req), req.body, all).take();
             return http::json_response(shape::value_of(r, import_shape));
           },
       .summary = "Import samples from a text/csv body (columns meter (name or id), timestamp, in_bps, "
                  "out_bps or wh): valid lines are written and the others reported; with "
                  "all_or_nothing=true a bad line writes nothing (422 usage.import.rejected).",
       .tag = "usage",
       .permission = "usage.write",
       .query = {{"all_or_nothing", "boolean", "Write nothing when any line is bad."}},
       .response_schema = shape::schema_of<ImportReport>("UsageImportReport", import_shape),
       .request_types = {"text/csv"}});
  router.add({.method = "GET",
              .pattern = "/api/v1/usage/meters/{id}/series",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::QueryReader q(req);
                    auto from = query_time(q, "from");
                    auto to = query_time(q, "to");
                    auto step = q.choice("step", kSteps).value_or("auto");
                    q.finish();
                    auto s = svc.series(http::context_of(req), id, from, to, step).take();
                    return http::json_response(shape::value_of(s, series_shape));
                  },
              .summary = "A meter's samples from..to (default the last seven days): five-minute points, or "
                         "hourly/daily min, max and average for long ranges; power: readings and energy.",
              .tag = "usage",
              .permission = "usage.read",
              .query = {{"from", "string", "Start: a time (ISO 8601) or a business date."},
                        {"to", "string", "End (exclusive): a time or a business date."},
                        {"step", "string", "Point spacing; auto picks by the range.", kSteps}},
              .response_schema = shape::schema_of<Series>("UsageSeries", series_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/usage/contracts/{id}/summary",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::QueryReader q(req);
                    auto from = q.date("from");
                    auto to = q.date("to");
                    q.finish();
                    auto s = svc.summary(http::context_of(req), id, from, to).take();
                    return http::json_response(shape::value_of(s, summary_shape));
                  },
              .summary = "A contract's usage for business days from..to (default this month): 95th percentiles "
                         "(in, out, max, sample_max, sum) and energy per meter and summed.",
              .tag = "usage",
              .permission = "usage.read",
              .query = {{"from", "string", "First business day (YYYY-MM-DD)."},
                        {"to", "string", "Last business day (YYYY-MM-DD), inclusive."}},
              .response_schema = shape::schema_of<Summary>("UsageSummary", summary_shape)});
}

}  // namespace colo::usage
