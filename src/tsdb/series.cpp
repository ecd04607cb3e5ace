#include "tsdb/series.hpp"

#include <cmath>

namespace colo::tsdb {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

Error bad_selector(std::string why) {
  return Error::invalid("tsdb.selector.invalid", "The series selector cannot be read: " + why);
}

}  // namespace

std::string series_key(std::string_view metric, const Labels& labels) {
  std::string out(metric);
  out.push_back('{');
  bool first = true;
  for (const auto& [name, value] : labels) {
    if (!first) out.push_back(',');
    first = false;
    out += name;
    out += "=\"";
    for (char c : value) {
      if (c == '"' || c == '\\') out.push_back('\\');
      if (c == '\n') {
        out += "\\n";
        continue;
      }
      out.push_back(c);
    }
    out.push_back('"');
  }
  out.push_back('}');
  return out;
}

bool valid_metric_name(std::string_view name) {
  if (name.empty() || name.size() > 200) return false;
  if (!is_alpha(name[0]) && name[0] != ':') return false;
  for (char c : name)
    if (!is_alpha(c) && !is_digit(c) && c != ':') return false;
  return true;
}

bool valid_label_name(std::string_view name) {
  if (name.empty() || name.size() > 100 || !is_alpha(name[0])) return false;
  if (name.starts_with("__")) return false;
  for (char c : name)
    if (!is_alpha(c) && !is_digit(c)) return false;
  return true;
}

std::optional<FieldError> check_sample(const Sample& s, const std::string& field) {
  if (!valid_metric_name(s.metric))
    return FieldError{field + "/metric", "tsdb.sample.bad_metric", "The metric name is not a Prometheus name.", {}, {}};
  if (s.labels.size() > kMaxLabels)
    return FieldError{field + "/labels", "tsdb.sample.bad_label", "Too many labels.", {}, {}};
  for (const auto& [name, value] : s.labels)
    if (!valid_label_name(name) || value.size() > kMaxLabelValue)
      return FieldError{field + "/labels",
                        "tsdb.sample.bad_label",
                        "A label name or value is not allowed.",
                        {{"label", name.substr(0, 100)}},
                        {}};
  // Before 2000 or after 2100: a clock in seconds or microseconds, not milliseconds.
  if (s.t_ms < 946684800000 || s.t_ms > 4102444800000)
    return FieldError{
        field + "/t", "tsdb.sample.bad_time", "The time is not Unix milliseconds of this century.", {}, {}};
  return std::nullopt;
}

Result<Selector> parse_selector(std::string_view text) {
  Selector out;
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  };
  skip_space();
  const std::size_t metric_start = i;
  while (i < text.size() && text[i] != '{' && text[i] != ' ') ++i;
  out.metric = std::string(text.substr(metric_start, i - metric_start));
  if (!out.metric.empty() && !valid_metric_name(out.metric)) return bad_selector("the metric name is not valid");
  skip_space();
  if (i == text.size()) {
    if (out.metric.empty()) return bad_selector("it is empty");
    return out;
  }
  if (text[i] != '{') return bad_selector("expected {");
  ++i;
  Labels labels;
  while (true) {
    skip_space();
    if (i < text.size() && text[i] == '}') {
      ++i;
      break;
    }
    const std::size_t name_start = i;
    while (i < text.size() && (is_alpha(text[i]) || is_digit(text[i]))) ++i;
    std::string name(text.substr(name_start, i - name_start));
    if (!valid_label_name(name)) return bad_selector("a label name is not valid");
    skip_space();
    if (i >= text.size() || text[i] != '=')
      return bad_selector("only equality matchers (name=\"value\") are supported");
    ++i;
    skip_space();
    if (i >= text.size() || text[i] != '"') return bad_selector("a label value must be quoted");
    ++i;
    std::string value;
    while (true) {
      if (i >= text.size()) return bad_selector("a label value is not closed");
      char c = text[i++];
      if (c == '"') break;
      if (c == '\\') {
        if (i >= text.size()) return bad_selector("a label value is not closed");
        c = text[i++];
        if (c == 'n') c = '\n';
      }
      value.push_back(c);
    }
    if (value.size() > kMaxLabelValue) return bad_selector("a label value is too long");
    labels.emplace_back(std::move(name), std::move(value));
    if (labels.size() > kMaxLabels) return bad_selector("too many matchers");
    skip_space();
    if (i < text.size() && text[i] == ',') {
      ++i;
      continue;
    }
    if (i < text.size() && text[i] == '}') {
      ++i;
      break;
    }
    return bad_selector("expected , or }");
  }
  skip_space();
  if (i != text.size()) return bad_selector("text after }");
  if (out.metric.empty() && labels.empty()) return bad_selector("it matches every series");
  out.equal = normalise(std::move(labels));
  return out;
}

}  // namespace colo::tsdb
