#include "tsdb/service.hpp"

#include <boost/json.hpp>

#include "dcim/csv.hpp"
#include "tsdb/remote.hpp"

namespace colo::tsdb {

namespace json = boost::json;

namespace {

Error coded(Error e, std::string code) {
  e.code = std::move(code);
  return e;
}

std::optional<std::int64_t> parse_time(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (text.size() > 15) return std::nullopt;
    return std::stoll(std::string(text));
  }
  auto instant = parse_instant(text);
  if (!instant) return std::nullopt;
  return instant->time_since_epoch().count();
}

std::optional<double> parse_number(const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::size_t used = 0;
  try {
    double v = std::stod(text, &used);
    if (used != text.size() || !std::isfinite(v)) return std::nullopt;
    return v;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace

Service::Service(Store& store, const Clock& clock, ServiceOptions options)
    : store_(store), clock_(clock), options_(std::move(options)) {}

Result<AppendReport> Service::push(const Context& ctx, std::vector<Sample> samples) {
  (void)ctx;
  if (samples.size() > kMaxBatch)
    return Error::unprocessable("tsdb.batch.too_large", "At most 10000 samples may be sent at once.")
        .with("max", std::to_string(kMaxBatch));
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < samples.size(); ++i) {
    samples[i].labels = normalise(std::move(samples[i].labels));
    if (auto e = check_sample(samples[i], "samples/" + std::to_string(i))) errors.push_back(std::move(*e));
  }
  if (!errors.empty())
    return Error::unprocessable("validation_failed", "Some samples cannot be stored; none was.", std::move(errors));
  return store_.append(std::move(samples));
}

Result<AppendReport> Service::import_csv(const Context& ctx, std::string_view csv) {
  COLO_TRY(auto table, dcim::parse_csv(csv));
  const std::vector<std::string> expected = {"metric", "time", "value", "labels"};
  if (table.header != expected)
    return Error::unprocessable("tsdb.csv.bad_header", "The CSV header must be metric,time,value,labels.");
  if (table.records.size() > kMaxBatch)
    return Error::unprocessable("tsdb.batch.too_large", "At most 10000 samples may be sent at once.")
        .with("max", std::to_string(kMaxBatch));
  std::vector<Sample> samples;
  std::vector<FieldError> errors;
  for (const auto& record : table.records) {
    const std::string where = "line " + std::to_string(record.line);
    if (record.fields.size() != 4) {
      errors.push_back({where, "tsdb.csv.bad_row", "A row has four fields: metric,time,value,labels.", {}, {}});
      continue;
    }
    Sample s;
    s.metric = record.fields[0];
    auto t = parse_time(record.fields[1]);
    auto v = parse_number(record.fields[2]);
    if (!t)
      errors.push_back({where, "tsdb.sample.bad_time", "The time is not an instant or Unix milliseconds.", {}, {}});
    if (!v) errors.push_back({where, "tsdb.sample.bad_value", "The value is not a finite number.", {}, {}});
    std::string_view labels = record.fields[3];
    bool labels_ok = true;
    while (!labels.empty()) {
      auto end = labels.find(';');
      auto pair = labels.substr(0, end);
      auto eq = pair.find('=');
      if (eq == std::string_view::npos) {
        labels_ok = false;
        break;
      }
      s.labels.emplace_back(std::string(pair.substr(0, eq)), std::string(pair.substr(eq + 1)));
      labels = end == std::string_view::npos ? std::string_view{} : labels.substr(end + 1);
    }
    if (!labels_ok)
      errors.push_back({where, "tsdb.sample.bad_label", "Labels are written name=value;name=value.", {}, {}});
    if (!t || !v || !labels_ok) continue;
    s.t_ms = *t;
    s.value = *v;
    s.labels = normalise(std::move(s.labels));
    if (auto e = check_sample(s, where)) {
      e->field = where;
      errors.push_back(std::move(*e));
      continue;
    }
    samples.push_back(std::move(s));
  }
  if (!errors.empty())
    return Error::unprocessable("validation_failed", "Some rows cannot be stored; none was.", std::move(errors));
  return push(ctx, std::move(samples));
}

Result<std::vector<SeriesInfo>> Service::find_series(const Context& ctx, std::string_view match, int limit) {
  COLO_TRY(auto selector, parse_selector(match));
  return store_.find_series(selector, ctx.tenant(), limit);
}

Result<std::pair<SeriesInfo, RangeAnswer>> Service::query_range(const Context& ctx, std::int64_t series_id,
                                                                std::int64_t from_ms, std::int64_t to_ms,
                                                                std::int64_t step_ms) {
  if (to_ms < from_ms)
    return Error::unprocessable("tsdb.query.bad_range", "The end of the range is before its start.",
                                {{"to", "tsdb.query.bad_range", "The end of the range is before its start.", {}, {}}});
  // Raw answers hold one point per sample: a week of one-minute samples at most.
  const std::int64_t width = step_ms > 0 ? step_ms : 60'000;
  if ((to_ms - from_ms) / width > kMaxPoints)
    return Error::unprocessable("tsdb.query.too_many_points", "The range holds too many points; use a wider step.")
        .with("max", std::to_string(kMaxPoints));
  COLO_TRY(auto series, store_.series(series_id));
  if (!series || !ctx.sees(series->customer_id)) return Error::not_found("Series");
  COLO_TRY(auto answer, store_.range(series_id, from_ms, to_ms, step_ms));
  return std::pair{std::move(*series), std::move(answer)};
}

Result<json::value> Service::promql(const Context& ctx, const PromqlQuery& q) {
  if (ctx.tenant()) return Error::forbidden("PromQL queries may read any series; they are for staff.");
  if (options_.promql_url.empty())
    return Error::unprocessable("tsdb.promql.not_configured",
                                "No PromQL server is configured ([monitoring] promql_url).");
  std::vector<std::pair<std::string, std::string>> params = {{"query", q.query}};
  std::string path = "/api/v1/query";
  if (q.start && q.end && q.step) {
    path = "/api/v1/query_range";
    params.insert(params.end(), {{"start", *q.start}, {"end", *q.end}, {"step", *q.step}});
  } else if (q.time) {
    params.emplace_back("time", *q.time);
  }
  COLO_TRY(auto answer, http_get(options_.promql_url, path, params, std::chrono::seconds(30)));
  boost::system::error_code ec;
  auto body = json::parse(answer.body, ec);
  if (!ec && body.is_object() && answer.status == 200) {
    if (const auto* data = body.as_object().if_contains("data")) return *data;
  }
  if (answer.status >= 400 && answer.status < 500) {
    std::string why = "the server refused the query";
    if (!ec && body.is_object())
      if (const auto* e = body.as_object().if_contains("error"); e && e->is_string()) why = std::string(e->as_string());
    return Error::unprocessable("tsdb.promql.rejected", "The PromQL query was refused: " + why).with("reason", why);
  }
  return coded(Error::unavailable("The PromQL server answered HTTP " + std::to_string(answer.status) + "."),
               "tsdb.promql.unavailable");
}

}  // namespace colo::tsdb
