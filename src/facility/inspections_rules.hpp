// Pure rules of patrol inspections (R4.2.2): what a route of checkpoints may hold, when a
// schedule's rounds fall due in the business time zone, how far out of range a failed reading is
// (the priority of the ticket it opens), and whether a round was done on time. No database, no
// HTTP; the checklist items and their unit rules are those of maintenance (maintenance_rules.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/business_calendar.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "facility/maintenance_rules.hpp"

namespace colo::facility {

inline const std::vector<std::string> kCheckpointKinds = {"room", "rack", "asset", "yard"};
inline const std::vector<std::string> kPatrolScheduleKinds = {"every_hours", "daily", "weekly"};
inline const std::vector<std::string> kRoundStatuses = {"due", "in_progress", "submitted"};
inline const std::vector<std::string> kVisitMethods = {"scan", "manual"};

// Longest grace after a due time: a day. Most checkpoints a route holds.
inline constexpr int kMaxGraceMinutes = 24 * 60;
inline constexpr std::size_t kMaxCheckpoints = 100;

// One stop of a route: what it is (a room, a rack, an infrastructure asset, a yard), the payload
// its QR code carries, and the items checked there.
struct Checkpoint {
  std::string key, name, kind;
  std::optional<std::int64_t> ref_id;  // the room, rack or asset; none for a yard
  std::string qr;
  std::vector<ChecklistItem> items;
};

// Field errors of a route, prefixed "checkpoints/i/": at least one checkpoint, keys and QR
// payloads unique, a known kind, and each checkpoint's items valid as a checklist template.
std::vector<FieldError> route_errors(const std::vector<Checkpoint>& checkpoints);

// A schedule: every N hours from starts_on's midnight, daily at HH:MM, or weekly on a weekday
// (1 = Monday … 7 = Sunday) at HH:MM; times are local to the business zone.
struct PatrolSchedule {
  std::string kind;
  int every_hours = 0;
  std::string at_time;  // HH:MM
  int weekday = 0;
  Date starts_on{};
  int grace_minutes = 0;
};

// Field errors of a schedule; "facility.patrol.no_next_date" when it would never fall due (every
// 0 hours, no time of day, no weekday).
std::vector<FieldError> patrol_schedule_errors(const std::string& kind, int every_hours, const std::string& at_time,
                                               int weekday, int grace_minutes);

// The due instants of the schedule in [from, to), in order; none before starts_on's midnight.
// A local time skipped by a daylight-saving change falls due at the first instant after the gap.
std::vector<Instant> round_due_times(const PatrolSchedule& s, const BusinessCalendar& calendar, Instant from,
                                     Instant to);

// How far out a failed answer is, as the ticket's impact and urgency (1 highest … 3): a check
// answered no is 2; a reading is 3 within a tenth of the acceptable range's width (or of the
// bound's size when only one bound is set) beyond it, 2 within a half, 1 further.
int finding_severity(const ChecklistItem& item, const Answer& answer);

// A round is on time when it was submitted by its deadline (due + grace).
bool on_time(std::optional<Instant> submitted_at, Instant deadline);

}  // namespace colo::facility
