#include "facility/maintenance_rules.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

namespace colo::facility {

namespace {

struct KnownUnit {
  std::string_view unit;
  UnitRange range;
};

// What the equipment of a machine room can physically read: a "V" of a million or a humidity of
// 120 % is a typing error, not a measurement.
constexpr KnownUnit kUnits[] = {
    {"V", {0, 1e6}},   {"kV", {0, 1000}},  {"A", {0, 1e5}},   {"kW", {0, 1e5}},  {"kVA", {0, 1e5}},  {"kWh", {0, 1e10}},
    {"Hz", {0, 1000}}, {"°C", {-60, 200}}, {"%RH", {0, 100}}, {"%", {0, 100}},   {"Pa", {0, 1e7}},   {"kPa", {0, 1e5}},
    {"MPa", {0, 100}}, {"bar", {0, 1000}}, {"h", {0, 1e6}},   {"min", {0, 1e6}}, {"s", {0, 1e7}},    {"L", {0, 1e7}},
    {"mΩ", {0, 1e9}},  {"MΩ", {0, 1e9}},   {"ppm", {0, 1e6}}, {"rpm", {0, 1e5}}, {"m³/h", {0, 1e7}},
};

std::string at(std::string_view prefix, std::size_t i, std::string_view field) {
  std::string out(prefix);
  out += std::to_string(i);
  if (!field.empty()) {
    out += "/";
    out += field;
  }
  return out;
}

}  // namespace

std::optional<FieldError> schedule_error(int every, std::string_view unit) {
  if (unit != "days" && unit != "months") return FieldError{"unit", "facility.plan.no_next_date", "Days or months."};
  int max = unit == "days" ? kMaxEveryDays : kMaxEveryMonths;
  if (every <= 0 || every > max)
    return FieldError{"every", "facility.plan.no_next_date", "The schedule must fall due again within ten years."};
  return std::nullopt;
}

Date nth_due(const Schedule& s, std::int64_t k) {
  if (s.unit == "months") return add_months(s.first_due, static_cast<int>(k * s.every));
  return add_days(s.first_due, static_cast<int>(k * s.every));
}

namespace {

// The smallest k whose due date is strictly after `day` (0 when day is before first_due).
std::int64_t index_after(const Schedule& s, Date day) {
  if (day < s.first_due) return 0;
  // An estimate from the elapsed days, corrected by stepping: months differ in length.
  std::int64_t elapsed = days_between(s.first_due, day);
  std::int64_t k = s.unit == "months" ? elapsed / (31LL * s.every) : elapsed / s.every;
  while (nth_due(s, k) <= day) ++k;
  while (k > 0 && nth_due(s, k - 1) > day) --k;
  return k;
}

}  // namespace

Date next_due_after(const Schedule& s, Date day) { return nth_due(s, index_after(s, day)); }

std::vector<Date> due_dates(const Schedule& s, std::optional<Date> last, Date today, Date until) {
  std::vector<Date> out;
  std::int64_t k = 0;
  if (last)
    k = index_after(s, *last);
  else if (!(today < s.first_due))
    k = index_after(s, today) - 1;  // the latest due date on or before today
  Date d = nth_due(s, k);
  for (; d <= until; d = nth_due(s, ++k)) out.push_back(d);
  return out;
}

std::optional<UnitRange> physical_range(std::string_view unit) {
  for (const auto& u : kUnits)
    if (u.unit == unit) return u.range;
  return std::nullopt;
}

const std::vector<std::string>& known_units() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> v;
    for (const auto& u : kUnits) v.emplace_back(u.unit);
    return v;
  }();
  return all;
}

std::vector<FieldError> template_errors(const std::vector<ChecklistItem>& items) {
  std::vector<FieldError> errors;
  std::set<std::string> keys;
  if (items.empty()) errors.push_back({"checklist", "required", "A checklist needs at least one item."});
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& it = items[i];
    if (it.key.empty()) errors.push_back({at("checklist/", i, "key"), "required", "Required."});
    if (!keys.insert(it.key).second)
      errors.push_back({at("checklist/", i, "key"), "facility.checklist.duplicate_key", "Keys must be unique."});
    if (it.label.empty()) errors.push_back({at("checklist/", i, "label"), "required", "Required."});
    if (it.kind != "reading") continue;
    auto range = physical_range(it.unit);
    if (!range) {
      errors.push_back({at("checklist/", i, "unit"), "facility.checklist.unknown_unit", "A unit the rules know."});
      continue;
    }
    auto outside = [&](double v) { return !std::isfinite(v) || v < range->low || v > range->high; };
    if (it.min && outside(*it.min))
      errors.push_back({at("checklist/", i, "min"), "facility.reading.impossible", "Physically impossible."});
    if (it.max && outside(*it.max))
      errors.push_back({at("checklist/", i, "max"), "facility.reading.impossible", "Physically impossible."});
    if (it.min && it.max && *it.min > *it.max)
      errors.push_back({at("checklist/", i, "max"), "facility.checklist.range_inverted", "Max below min."});
  }
  return errors;
}

std::vector<FieldError> answer_errors(const std::vector<ChecklistItem>& items, const std::vector<Answer>& answers) {
  std::vector<FieldError> errors;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const auto& a = answers[i];
    auto item = std::find_if(items.begin(), items.end(), [&](const ChecklistItem& c) { return c.key == a.key; });
    if (item == items.end()) {
      errors.push_back({at("results/", i, "key"), "facility.checklist.unknown_item", "Not an item of the checklist."});
      continue;
    }
    if (!seen.insert(a.key).second) {
      errors.push_back({at("results/", i, "key"), "facility.checklist.duplicate_key", "Answered twice."});
      continue;
    }
    if (item->kind == "check" && !a.ok) errors.push_back({at("results/", i, "ok"), "required", "Yes or no."});
    if (item->kind != "reading") continue;
    if (!a.value) {
      errors.push_back({at("results/", i, "value"), "required", "The reading."});
      continue;
    }
    if (!a.unit || *a.unit != item->unit) {
      errors.push_back({at("results/", i, "unit"), "facility.reading.wrong_unit", "The reading is in another unit."});
      errors.back().params.push_back({"unit", item->unit});
      continue;
    }
    auto range = physical_range(item->unit);
    if (!std::isfinite(*a.value) || (range && (*a.value < range->low || *a.value > range->high)))
      errors.push_back({at("results/", i, "value"), "facility.reading.impossible", "Physically impossible."});
  }
  return errors;
}

bool in_range(const ChecklistItem& item, double value) {
  return (!item.min || value >= *item.min) && (!item.max || value <= *item.max);
}

bool failed(const ChecklistItem& item, const Answer& answer) {
  if (item.kind == "check") return answer.ok && !*answer.ok;
  if (item.kind == "reading") return answer.value && !in_range(item, *answer.value);
  return false;
}

std::vector<std::string> missing_items(const std::vector<ChecklistItem>& items, const std::vector<Answer>& answers,
                                       const std::vector<std::string>& photo_keys) {
  std::vector<std::string> out;
  for (const auto& it : items) {
    bool done = false;
    if (it.kind == "photo")
      done = std::find(photo_keys.begin(), photo_keys.end(), it.key) != photo_keys.end();
    else
      done = std::any_of(answers.begin(), answers.end(), [&](const Answer& a) { return a.key == it.key; });
    if (!done) out.push_back(it.key);
  }
  return out;
}

Status check_photo(std::string_view content_type, std::string_view bytes, std::int64_t max_bytes) {
  const bool jpeg = content_type == "image/jpeg" && bytes.starts_with("\xFF\xD8\xFF");
  const bool png = content_type == "image/png" && bytes.starts_with("\x89PNG\r\n\x1A\n");
  if (!jpeg && !png) return Error::unprocessable("facility.photo.type", "A photo is a JPEG or PNG image.");
  if (static_cast<std::int64_t>(bytes.size()) > max_bytes)
    return Error::unprocessable("facility.photo.too_large", "The photo is too large.")
        .with("max_mib", std::to_string(max_bytes / (1024 * 1024)));
  return {};
}

}  // namespace colo::facility
