// The SQL of patrol inspections (facility_patrol_templates, _schedules, _rounds, _visits,
// _readings, _photos, _findings). Routes are JSON in TEXT columns, written and read here only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "db/database.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "facility/inspections.hpp"

namespace colo::facility::inspections_store {

extern const db::ListSpec kTemplateList;
extern const db::ListSpec kScheduleList;
extern const db::ListSpec kRoundList;
extern const db::ListSpec kReadingList;

std::string route_text(const std::vector<Checkpoint>& checkpoints);
std::vector<Checkpoint> route_from(const std::string& text);

Result<db::Counted<PatrolTemplate>> list_templates(db::Tx& tx, const PatrolTemplateFilter& f);
Result<std::optional<PatrolTemplate>> find_template(db::Tx& tx, std::int64_t id);
Result<std::int64_t> insert_template(db::Tx& tx, const PatrolTemplate& t);
Status update_template(db::Tx& tx, const PatrolTemplate& t);

Result<db::Counted<PatrolScheduleRow>> list_schedules(db::Tx& tx, const PatrolScheduleFilter& f);
Result<std::optional<PatrolScheduleRow>> find_schedule(db::Tx& tx, std::int64_t id);
Result<std::int64_t> insert_schedule(db::Tx& tx, const PatrolScheduleRow& s);
Status set_schedule_active(db::Tx& tx, std::int64_t id, bool active);
// Active schedules of active templates, with the template's current route and version.
struct LiveSchedule {
  PatrolScheduleRow schedule;
  PatrolTemplate route;
};
Result<std::vector<LiveSchedule>> live_schedules(db::Tx& tx);

struct NewRound {
  std::optional<std::int64_t> schedule_id;
  std::int64_t template_id = 0;
  std::string template_name;
  int template_version = 1;
  std::string checkpoints, due_at, deadline_at;
};
// Inserts one round unless its schedule already has one at that due instant; its id, or nullopt.
Result<std::optional<std::int64_t>> insert_round(db::Tx& tx, const NewRound& r, const std::string& created_at);
// Flags rounds past their deadline: not started (missed), started and not submitted (late).
Result<std::int64_t> flag_missed(db::Tx& tx, const std::string& now);
Result<std::int64_t> flag_late(db::Tx& tx, const std::string& now);

// `now` decides `overdue`.
Result<db::Counted<Round>> list_rounds(db::Tx& tx, const RoundFilter& f, const std::string& now);
// With visits, readings, photos and findings.
Result<std::optional<Round>> find_round(db::Tx& tx, std::int64_t id, const std::string& now);
Status update_round(db::Tx& tx, const Round& r);
// Rounds not submitted, due in [from, to) or past their deadline (due after `since`), overdue first.
Result<std::vector<Round>> due_rounds(db::Tx& tx, const std::string& from, const std::string& to,
                                      const std::string& since, const std::string& now, int limit);
// Rounds due in [from, to): (id, submitted_at, deadline_at).
struct RoundTiming {
  std::int64_t id = 0;
  std::optional<std::string> submitted_at;
  std::string deadline_at;
};
Result<std::vector<RoundTiming>> round_timings(db::Tx& tx, const std::string& from, const std::string& to);

// A visit once per checkpoint (the first one stays).
Status insert_visit(db::Tx& tx, std::int64_t round_id, const PatrolVisit& v);
// Replaces the reading of (round, checkpoint, item).
Status put_reading(db::Tx& tx, std::int64_t template_id, const PatrolReading& r);
// A finding once per (round, checkpoint, item): true when this call recorded it.
Result<bool> claim_finding(db::Tx& tx, std::int64_t round_id, const PatrolFinding& f);
Status set_finding_ticket(db::Tx& tx, std::int64_t round_id, const PatrolFinding& f);

Result<std::int64_t> insert_photo(db::Tx& tx, std::int64_t round_id, const PatrolPhotoInfo& info,
                                  const std::string& bytes);
Result<std::optional<PatrolPhoto>> find_photo(db::Tx& tx, std::int64_t round_id, std::int64_t photo_id);

Result<db::Counted<PatrolReading>> list_readings(db::Tx& tx, const ReadingFilter& f);
Result<std::vector<TrendPoint>> trend(db::Tx& tx, std::int64_t template_id, const std::string& checkpoint,
                                      const std::string& item, int limit);

}  // namespace colo::facility::inspections_store
