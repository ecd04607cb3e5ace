// Pure rules of infrastructure maintenance (R4.1.2, R4.1.3): when a plan falls due, which due
// dates the daily job generates, what a checklist template may hold, and whether a filled-in
// checklist's readings are in the template's unit and physically possible. No database, no HTTP.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/result.hpp"

namespace colo::facility {

inline const std::vector<std::string> kAssetKinds = {"ups",  "battery_string",  "generator",      "ats",
                                                     "crac", "gas_suppression", "fire_detection", "distribution_board"};
inline const std::vector<std::string> kAssetStatuses = {"in_service", "standby", "fault", "retired"};
inline const std::vector<std::string> kScheduleUnits = {"days", "months"};
inline const std::vector<std::string> kChecklistKinds = {"check", "reading", "photo"};
inline const std::vector<std::string> kWorkOrderStatuses = {"open", "assigned", "completed", "closed"};

// Longest interval a schedule may have: ten years.
inline constexpr int kMaxEveryDays = 3660;
inline constexpr int kMaxEveryMonths = 120;

// A plan's schedule: due on first_due + k × every unit, k = 0, 1, 2 …
struct Schedule {
  int every = 0;
  std::string unit;  // days | months
  Date first_due{};
};

// nullopt when the schedule has a next date; otherwise the field error (every ≤ 0, too long, or an
// unknown unit leave a plan that never falls due again).
std::optional<FieldError> schedule_error(int every, std::string_view unit);

// The k-th due date. Months count from first_due, not from the previous date, so a plan due on the
// 31st stays on month ends (Jan 31, Feb 28, Mar 31) instead of drifting to the 28th.
Date nth_due(const Schedule& s, std::int64_t k);

// The first due date strictly after `day`.
Date next_due_after(const Schedule& s, Date day);

// The due dates the job generates up to `until` (today + horizon): those after `last` (the latest
// already generated), or, for a plan with none yet, from the latest due date on or before today
// (work due now is still owed; older dates before the plan existed are not).
std::vector<Date> due_dates(const Schedule& s, std::optional<Date> last, Date today, Date until);

// One item of a checklist template.
struct ChecklistItem {
  std::string key, label, kind;  // kind: check (yes/no) | reading | photo
  std::string unit;              // readings only
  std::optional<double> min, max;
};

// The physically possible range of a unit's readings; nullopt for a unit the rules do not know.
struct UnitRange {
  double low = 0, high = 0;
};
std::optional<UnitRange> physical_range(std::string_view unit);
const std::vector<std::string>& known_units();

// Field errors of a template (keys unique and present, readings with a known unit and a range
// inside the physical one, min ≤ max), prefixed "checklist/i/".
std::vector<FieldError> template_errors(const std::vector<ChecklistItem>& items);

// One answer of a filled-in checklist.
struct Answer {
  std::string key;
  std::optional<bool> ok;       // check
  std::optional<double> value;  // reading
  std::optional<std::string> unit;
  std::string note;
};

// Field errors of answers against the template, prefixed "results/i/": an unknown or repeated key,
// a check without ok, a reading without a value, in another unit (facility.reading.wrong_unit) or
// outside the unit's physical range (facility.reading.impossible).
std::vector<FieldError> answer_errors(const std::vector<ChecklistItem>& items, const std::vector<Answer>& answers);

// Whether a reading lies in the item's acceptable range (bounds included).
bool in_range(const ChecklistItem& item, double value);

// Whether an answer fails its item: a check answered no, a reading outside the acceptable range.
bool failed(const ChecklistItem& item, const Answer& answer);

// A checklist photo (work orders, patrol rounds, rectification orders): 422 facility.photo.type
// unless it is a JPEG or PNG by its declared type and its first bytes, 422 facility.photo.too_large
// above `max_bytes`.
Status check_photo(std::string_view content_type, std::string_view bytes, std::int64_t max_bytes);

// The keys of the template's items still without an answer (photos: without a stored photo).
std::vector<std::string> missing_items(const std::vector<ChecklistItem>& items, const std::vector<Answer>& answers,
                                       const std::vector<std::string>& photo_keys);

}  // namespace colo::facility
