// Patrol inspections (R4.2.2): templates are routes of checkpoints (rooms, racks, assets, a
// generator yard) with checklist items; schedules generate rounds in the business time zone; a
// round is started, walked checkpoint by checkpoint (its QR code scanned, or typed by hand and
// recorded so), readings entered and submitted. A failed item or out-of-range reading opens one
// service-desk ticket per round and item; rounds not started or not finished by their deadline
// are flagged missed or late. Staff only: a customer principal is refused every operation.
//
// Thread-safety: every method opens its own transaction; the service is shared by the HTTP
// workers and the rounds job. Generation is idempotent (one round per schedule and due instant,
// by a unique key), so racing servers generate each once; a round's writes take the writers'
// lock, so a second submission or start answers 409.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "facility/inspections_rules.hpp"
#include "facility/today.hpp"

namespace colo::facility {

// The rounds job: generates the rounds due within the horizon and flags missed and late ones.
inline constexpr const char* kRoundsJob = "facility-rounds";

struct PatrolTemplate {
  std::int64_t id = 0;
  std::string name;
  int version = 1;
  std::vector<Checkpoint> checkpoints;
  bool active = true;
  std::string created_by, created_at, updated_at;
};

struct PatrolTemplateInput {
  std::string name;
  std::vector<Checkpoint> checkpoints;
};

struct PatrolTemplateFilter {
  std::optional<std::string> q, sort;
  std::optional<bool> active;
  std::int64_t limit = 50, offset = 0;
};

struct PatrolScheduleRow {
  std::int64_t id = 0;
  std::int64_t template_id = 0;
  std::string template_name;
  std::string kind;
  int every_hours = 0;
  std::string at_time;
  int weekday = 0;
  std::string starts_on;
  int grace_minutes = 0;
  bool active = true;
  std::string created_by, created_at;
};

struct PatrolScheduleInput {
  std::int64_t template_id = 0;
  std::string kind;
  int every_hours = 0;
  std::string at_time;
  int weekday = 0;
  std::string starts_on;
  int grace_minutes = 30;
};

struct PatrolScheduleFilter {
  std::optional<std::string> q, sort;
  std::optional<std::int64_t> template_id;
  std::optional<bool> active;
  std::int64_t limit = 50, offset = 0;
};

struct PatrolVisit {
  std::string checkpoint_key, method, visited_by, visited_at;
};

struct PatrolReading {
  std::int64_t id = 0, round_id = 0;
  std::string checkpoint_key, item_key;
  std::optional<bool> ok;
  std::optional<double> value;
  std::optional<std::string> unit;
  std::string note;
  bool failed = false;
  std::string recorded_by, recorded_at;
};

struct PatrolPhotoInfo {
  std::int64_t id = 0;
  std::string checkpoint_key, item_key, content_type;
  std::int64_t size_bytes = 0;
  std::string uploaded_by, uploaded_at;
};

struct PatrolPhoto {
  PatrolPhotoInfo info;
  std::string bytes;
};

struct PatrolFinding {
  std::string checkpoint_key, item_key;
  int severity = 2;
  std::optional<std::string> ticket_number;
  std::string created_at;
  std::optional<std::int64_t> order_id;  // the rectification order it opened, if any
};

struct Round {
  std::int64_t id = 0;
  std::optional<std::int64_t> schedule_id;
  std::int64_t template_id = 0;
  std::string template_name;
  int template_version = 1;
  std::string due_at, deadline_at, status = "due";
  bool missed = false, late = false;
  bool overdue = false;  // not submitted and past its deadline now
  std::optional<std::string> started_by, started_at, submitted_by, submitted_at;
  std::string created_at;
  // Detail only: the route as the round was walked against it, and what was recorded.
  std::vector<Checkpoint> checkpoints;
  std::vector<PatrolVisit> visits;
  std::vector<PatrolReading> readings;
  std::vector<PatrolPhotoInfo> photos;
  std::vector<PatrolFinding> findings;
};

struct RoundFilter {
  std::optional<std::string> q, sort, status, due_from, due_to;  // due_*: instants
  std::optional<std::int64_t> template_id, schedule_id;
  std::optional<bool> missed, late;
  std::int64_t limit = 50, offset = 0;
};

// Readings recorded in rounds, newest first: the history of one checkpoint of a route (optionally
// one item) when template and checkpoint are given.
struct ReadingFilter {
  std::optional<std::int64_t> template_id, round_id;
  std::optional<std::string> q, checkpoint, item, sort;
  std::int64_t limit = 50, offset = 0;
};

struct TrendPoint {
  std::int64_t round_id = 0;
  std::string recorded_at;
  double value = 0;
  std::string unit;
  bool failed = false;
};

// A checkpoint reached: the payload read from its QR code (or typed by hand: manual), and the
// answers to its items.
struct CheckpointInput {
  std::string payload;
  bool manual = false;
  std::vector<Answer> results;
};

// A failed yes/no item has no reading: it is stored as this mark, and written to people as the
// catalogue text facility.patrol.check_failed in their own language.
inline constexpr std::string_view kFailedCheckMark = "✗";

// The {reading} of a finding's texts (ticket title, notice, timeline): the reading itself, or the
// failed check's catalogue text.
inline MessageParam reading_param(const std::string& reading) {
  if (reading == kFailedCheckMark) return {"@reading", "facility.patrol.check_failed"};
  return {"reading", reading};
}

// What opens a ticket for a finding: the round, where, what, and how far out (1 highest … 3).
struct PatrolTicket {
  std::int64_t round_id = 0;
  std::string template_name, checkpoint_key, checkpoint_name, checkpoint_kind;
  std::optional<std::int64_t> ref_id;
  std::string item_key, item_label, reading;  // reading: "31.5 °C (18–27)", or kFailedCheckMark
  int severity = 2;
};

// The ports patrols need, set by the composition root. open_ticket runs inside the round's
// write transaction and answers the ticket's number (nullopt when none could be opened); unset,
// findings are recorded without a ticket.
struct PatrolPorts {
  std::function<Result<std::optional<std::string>>(db::Tx&, const PatrolTicket&)> open_ticket;
};

struct PatrolOptions {
  std::int64_t photo_max_bytes = 5 * 1024 * 1024;
  std::chrono::hours horizon{24};  // how far ahead the job generates rounds
};

// R4.2.2 "rounds done on time" over a period [from, to) of due instants and the period of the
// same length before it: rounds submitted by their deadline out of rounds due, and the ids of
// those that were not (missed, late or not done).
struct RoundsOnTime {
  struct Period {
    std::string from, to;
    std::int64_t met = 0, total = 0;
    std::vector<std::int64_t> failing;
  };
  Period current, previous;
};

// What one run of the rounds job did.
struct RoundsRun {
  std::int64_t generated = 0, missed = 0, late = 0;
};

class Patrols {
 public:
  Patrols(db::Database& db, const Clock& clock, PatrolPorts ports, PatrolOptions options = {});

  // ---- templates
  Result<db::Counted<PatrolTemplate>> templates(const Context& ctx, const PatrolTemplateFilter& f);
  Result<PatrolTemplate> template_of(const Context& ctx, std::int64_t id);
  Result<PatrolTemplate> create_template(const Context& ctx, const PatrolTemplateInput& in);
  // A new version; rounds already generated keep the version they were made from.
  Result<PatrolTemplate> update_template(const Context& ctx, std::int64_t id, const PatrolTemplateInput& in);

  // ---- schedules
  Result<db::Counted<PatrolScheduleRow>> schedules(const Context& ctx, const PatrolScheduleFilter& f);
  Result<PatrolScheduleRow> create_schedule(const Context& ctx, const PatrolScheduleInput& in);
  // A paused schedule generates no rounds; rounds already generated stay.
  Result<PatrolScheduleRow> set_schedule_active(const Context& ctx, std::int64_t id, bool active);

  // ---- rounds
  Result<db::Counted<Round>> rounds(const Context& ctx, const RoundFilter& f);
  Result<Round> round(const Context& ctx, std::int64_t id);
  // An unscheduled round of a template, due now with the given grace.
  Result<Round> create_round(const Context& ctx, std::int64_t template_id, int grace_minutes);
  // 409 facility.patrol.round_started / round_submitted when not due.
  Result<Round> start(const Context& ctx, std::int64_t id);
  // Records a checkpoint: its QR payload must be the checkpoint's (422 facility.patrol.qr_mismatch),
  // readings in the item's unit and physically possible (422); answers replace earlier ones.
  Result<Round> visit(const Context& ctx, std::int64_t id, const std::string& checkpoint, const CheckpointInput& in);
  Result<Round> add_photo(const Context& ctx, std::int64_t id, const std::string& checkpoint, const std::string& item,
                          const std::string& content_type, const std::string& bytes);
  Result<PatrolPhoto> photo(const Context& ctx, std::int64_t id, std::int64_t photo_id);
  // Every checkpoint visited and item answered (422 facility.patrol.round_incomplete); late when
  // after the deadline; a second submission answers 409 facility.patrol.round_submitted.
  Result<Round> submit(const Context& ctx, std::int64_t id);

  // ---- history and trends
  Result<db::Counted<PatrolReading>> history(const Context& ctx, const ReadingFilter& f);
  // The numeric readings of one item, oldest first (at most `limit`, the latest ones).
  Result<std::vector<TrendPoint>> trend(const Context& ctx, std::int64_t template_id, const std::string& checkpoint,
                                        const std::string& item, int limit);

  // ---- the job, the today view, compliance
  // Generates the rounds due up to now + horizon and flags rounds past their deadline.
  Result<RoundsRun> run(Instant now);
  // Rounds not submitted that fall due in [from, to) or are past their deadline, overdue first.
  Result<std::vector<DueItem>> rounds_due(const Context& ctx, Instant from, Instant to);
  Result<RoundsOnTime> rounds_on_time(Instant from, Instant to);

 private:
  Result<Round> load(db::Tx& tx, std::int64_t id);
  Result<Round> walking(db::Tx& tx, std::int64_t id);

  db::Database& db_;
  const Clock& clock_;
  PatrolPorts ports_;
  PatrolOptions options_;
};

}  // namespace colo::facility
