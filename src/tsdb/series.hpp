// Series names and selectors: the canonical key of a metric with its labels, what a valid metric
// and label look like (Prometheus' rules), and the selector syntax of the query API
// (metric{name="value",...}, equality matchers only). Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "tsdb/sample.hpp"

namespace colo::tsdb {

constexpr std::size_t kMaxLabels = 32;
constexpr std::size_t kMaxLabelValue = 256;

// metric{a="1",b="x"} with labels as given (normalise them first); `"` and `\` escaped.
std::string series_key(std::string_view metric, const Labels& labels);

bool valid_metric_name(std::string_view name);  // [a-zA-Z_:][a-zA-Z0-9_:]*
bool valid_label_name(std::string_view name);   // [a-zA-Z_][a-zA-Z0-9_]*, not starting "__"

// Why a sample cannot be stored, as a field error on `field` (tsdb.sample.bad_metric,
// tsdb.sample.bad_label, tsdb.sample.bad_value), or nullopt when it can. Labels must be normalised.
std::optional<FieldError> check_sample(const Sample& s, const std::string& field);

struct Selector {
  std::string metric;  // "" matches every metric
  Labels equal;        // normalised
};

// "if_in_bits_per_second{device_id=\"12\",if_index=\"3\"}", "{room_id=\"4\"}", "device_up".
// 400 tsdb.selector.invalid on anything else.
Result<Selector> parse_selector(std::string_view text);

}  // namespace colo::tsdb
