#include "facility/inspections_rules.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace colo::facility {

namespace {

// Minutes after midnight of "HH:MM"; nullopt when it is not a time of day.
std::optional<int> minutes_of(std::string_view hhmm) {
  if (hhmm.size() != 5 || hhmm[2] != ':') return std::nullopt;
  for (std::size_t i : {0u, 1u, 3u, 4u})
    if (hhmm[i] < '0' || hhmm[i] > '9') return std::nullopt;
  int h = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
  int m = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

// Bounds the work of one call: a year of rounds every hour is well inside it.
constexpr std::size_t kMaxTimes = 20000;

}  // namespace

std::vector<FieldError> route_errors(const std::vector<Checkpoint>& checkpoints) {
  std::vector<FieldError> errors;
  if (checkpoints.empty()) errors.push_back({"checkpoints", "required", "A route needs at least one checkpoint."});
  if (checkpoints.size() > kMaxCheckpoints) errors.push_back({"checkpoints", "too_many", "At most 100."});
  std::set<std::string> keys, codes;
  for (std::size_t i = 0; i < checkpoints.size(); ++i) {
    const auto& c = checkpoints[i];
    const std::string at = "checkpoints/" + std::to_string(i) + "/";
    if (c.key.empty()) errors.push_back({at + "key", "required", "Required."});
    if (!keys.insert(c.key).second)
      errors.push_back({at + "key", "facility.checklist.duplicate_key", "Keys must be unique."});
    if (c.name.empty()) errors.push_back({at + "name", "required", "Required."});
    if (std::find(kCheckpointKinds.begin(), kCheckpointKinds.end(), c.kind) == kCheckpointKinds.end())
      errors.push_back({at + "kind", "invalid_choice", "Room, rack, asset or yard."});
    if (c.qr.empty())
      errors.push_back({at + "qr", "required", "The payload of the checkpoint's QR code."});
    else if (!codes.insert(c.qr).second)
      errors.push_back({at + "qr", "facility.patrol.qr_duplicate", "Two checkpoints carry the same QR code."});
    for (auto& e : template_errors(c.items)) {
      // template_errors names "checklist/…"; a checkpoint's items are "items/…".
      if (e.field.rfind("checklist", 0) == 0) e.field = at + "items" + e.field.substr(9);
      errors.push_back(std::move(e));
    }
  }
  return errors;
}

std::vector<FieldError> patrol_schedule_errors(const std::string& kind, int every_hours, const std::string& at_time,
                                               int weekday, int grace_minutes) {
  std::vector<FieldError> errors;
  if (kind == "every_hours") {
    if (every_hours < 1 || every_hours > 24 * 31)
      errors.push_back({"every_hours", "facility.patrol.no_next_date", "Every 1 to 744 hours."});
  } else if (kind == "daily" || kind == "weekly") {
    if (!minutes_of(at_time)) errors.push_back({"at_time", "facility.patrol.no_next_date", "A time of day, HH:MM."});
    if (kind == "weekly" && (weekday < 1 || weekday > 7))
      errors.push_back({"weekday", "facility.patrol.no_next_date", "1 (Monday) to 7 (Sunday)."});
  } else {
    errors.push_back({"kind", "facility.patrol.no_next_date", "Every N hours, daily or weekly."});
  }
  if (grace_minutes < 0 || grace_minutes > kMaxGraceMinutes)
    errors.push_back({"grace_minutes", "out_of_range", "0 to 1440 minutes."});
  return errors;
}

std::vector<Instant> round_due_times(const PatrolSchedule& s, const BusinessCalendar& calendar, Instant from,
                                     Instant to) {
  std::vector<Instant> out;
  const Instant anchor = calendar.start_of(s.starts_on);
  if (to <= from) return out;
  if (from < anchor) from = anchor;
  if (s.kind == "every_hours") {
    if (s.every_hours < 1) return out;
    const auto step = std::chrono::hours(s.every_hours);
    auto k = (from - anchor + step - std::chrono::milliseconds(1)) / step;  // the first at or after `from`
    for (Instant t = anchor + k * step; t < to && out.size() < kMaxTimes; t += step) out.push_back(t);
    return out;
  }
  auto minutes = minutes_of(s.at_time);
  if (!minutes) return out;
  // Local times counted from the day's start: on a day a daylight-saving change lengthens or
  // shortens (none in Asia/Shanghai) a time after the change is an hour off.
  for (Date d = add_days(calendar.date_of(from), -1); !(add_days(calendar.date_of(to), 1) < d); d = add_days(d, 1)) {
    if (d < s.starts_on) continue;
    if (s.kind == "weekly" &&
        static_cast<int>(std::chrono::weekday(std::chrono::sys_days(d)).iso_encoding()) != s.weekday)
      continue;
    Instant t = calendar.start_of(d) + std::chrono::minutes(*minutes);
    if (t >= from && t < to) out.push_back(t);
    if (out.size() >= kMaxTimes) break;
  }
  return out;
}

int finding_severity(const ChecklistItem& item, const Answer& answer) {
  if (item.kind != "reading" || !answer.value) return 2;
  const double v = *answer.value;
  double beyond = 0;
  if (item.min && v < *item.min) beyond = *item.min - v;
  if (item.max && v > *item.max) beyond = v - *item.max;
  double scale = 0;
  if (item.min && item.max)
    scale = *item.max - *item.min;
  else if (item.min)
    scale = std::abs(*item.min);
  else if (item.max)
    scale = std::abs(*item.max);
  if (scale <= 0) return beyond > 0 ? 1 : 3;
  if (beyond <= scale * 0.1) return 3;
  if (beyond <= scale * 0.5) return 2;
  return 1;
}

bool on_time(std::optional<Instant> submitted_at, Instant deadline) {
  return submitted_at && *submitted_at <= deadline;
}

}  // namespace colo::facility
