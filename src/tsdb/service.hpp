// The monitoring data API's operations: pushed readings and CSV imports (validated whole before
// anything is stored), series lookup, range queries and the PromQL read-back, with tenancy: a
// customer sees only series labelled with its customer_id, and never the PromQL passthrough
// (which could read any series).
// Thread safety: every member may be called from any thread.
#pragma once

#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/context.hpp"
#include "core/result.hpp"
#include "tsdb/store.hpp"

namespace colo::tsdb {

struct ServiceOptions {
  std::string promql_url;  // [monitoring] promql_url, "" when none
};

// The most points one range answer holds.
constexpr std::int64_t kMaxPoints = 11'000;
// The most rows one push or import holds.
constexpr std::size_t kMaxBatch = 10'000;

struct PromqlQuery {
  std::string query;
  std::optional<std::string> time;              // instant query
  std::optional<std::string> start, end, step;  // range query when all set
};

class Service {
 public:
  Service(Store& store, const Clock& clock, ServiceOptions options);

  // All rows valid or nothing stored: 422 validation_failed with a field error per bad row
  // ("samples/3/metric"). Out-of-order and duplicate rows are counted in the report, not errors.
  Result<AppendReport> push(const Context& ctx, std::vector<Sample> samples);
  // CSV with the header metric,time,value,labels: time an ISO-8601 instant or Unix milliseconds,
  // labels "name=value;name=value". The same all-or-nothing rule; field errors name "line N".
  Result<AppendReport> import_csv(const Context& ctx, std::string_view csv);

  Result<std::vector<SeriesInfo>> find_series(const Context& ctx, std::string_view match, int limit);
  // 404 for a series the caller may not see; 422 tsdb.query.too_many_points beyond kMaxPoints.
  Result<std::pair<SeriesInfo, RangeAnswer>> query_range(const Context& ctx, std::int64_t series_id,
                                                         std::int64_t from_ms, std::int64_t to_ms,
                                                         std::int64_t step_ms);
  // The upstream answer's data ({resultType, result}); 403 for customers, 422
  // tsdb.promql.not_configured without [monitoring] promql_url, 422 tsdb.promql.rejected when the
  // server refuses the query, 503 tsdb.promql.unavailable when it cannot be reached.
  Result<boost::json::value> promql(const Context& ctx, const PromqlQuery& query);

  // Unix milliseconds now: the default time of a pushed sample and of a query's end.
  std::int64_t now_ms() const { return clock_.now().time_since_epoch().count(); }

 private:
  Store& store_;
  const Clock& clock_;
  ServiceOptions options_;
};

}  // namespace colo::tsdb
