#include "facility/inspections_store.hpp"

#include <boost/json.hpp>

#include "core/crypto.hpp"
#include "db/cursor.hpp"

namespace colo::facility::inspections_store {

namespace json = boost::json;

const db::ListSpec kTemplateList{
    .search = {"t.name"},
    .sorts = {{"name", "t.name"}, {"created_at", "t.created_at"}, {"updated_at", "t.updated_at"}},
    .default_order = "t.name, t.id",
    .tiebreak = "t.id"};

const db::ListSpec kScheduleList{.search = {"t.name"},
                                 .sorts = {{"template", "t.name"}, {"created_at", "s.created_at"}},
                                 .default_order = "t.name, s.id",
                                 .tiebreak = "s.id"};

const db::ListSpec kRoundList{
    .search = {"r.template_name"},
    .sorts = {{"due_at", "r.due_at"}, {"status", "r.status"}, {"template", "r.template_name"}},
    .default_order = "r.due_at DESC, r.id DESC",
    .tiebreak = "r.id"};

const db::ListSpec kReadingList{.search = {"g.item_key", "g.note"},
                                .sorts = {{"recorded_at", "g.recorded_at"}, {"item", "g.item_key"}},
                                .default_order = "g.recorded_at DESC, g.id DESC",
                                .tiebreak = "g.id"};

namespace {

constexpr std::string_view kTemplateCols =
    "SELECT t.id, t.name, t.version, t.checkpoints, t.active, t.created_by, t.created_at, t.updated_at "
    "FROM facility_patrol_templates t";
constexpr std::string_view kTemplateCount = "SELECT COUNT(*) FROM facility_patrol_templates t";
constexpr std::string_view kInsertTemplate =
    "INSERT INTO facility_patrol_templates (name, version, checkpoints, active, created_by, created_at, updated_at) "
    "VALUES ($1, $2, $3, 1, $4, $5, $5) RETURNING id";
constexpr std::string_view kUpdateTemplate =
    "UPDATE facility_patrol_templates SET name = $2, version = $3, checkpoints = $4, active = $5, updated_at = $6 "
    "WHERE id = $1";

constexpr std::string_view kScheduleCols =
    "SELECT s.id, s.template_id, t.name, s.kind, s.every_hours, s.at_time, s.weekday, s.starts_on, s.grace_minutes, "
    "s.active, s.created_by, s.created_at FROM facility_patrol_schedules s "
    "JOIN facility_patrol_templates t ON t.id = s.template_id";
constexpr std::string_view kScheduleCount =
    "SELECT COUNT(*) FROM facility_patrol_schedules s JOIN facility_patrol_templates t ON t.id = s.template_id";
constexpr std::string_view kInsertSchedule =
    "INSERT INTO facility_patrol_schedules (template_id, kind, every_hours, at_time, weekday, starts_on, "
    "grace_minutes, active, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9) RETURNING id";
constexpr std::string_view kSetScheduleActive = "UPDATE facility_patrol_schedules SET active = $2 WHERE id = $1";
constexpr std::string_view kLiveSchedules =
    "SELECT s.id, s.template_id, t.name, s.kind, s.every_hours, s.at_time, s.weekday, s.starts_on, s.grace_minutes, "
    "s.active, s.created_by, s.created_at, t.version, t.checkpoints FROM facility_patrol_schedules s "
    "JOIN facility_patrol_templates t ON t.id = s.template_id WHERE s.active = 1 AND t.active = 1 ORDER BY s.id";

constexpr std::string_view kInsertRound =
    "INSERT INTO facility_patrol_rounds (schedule_id, template_id, template_name, template_version, checkpoints, "
    "due_at, deadline_at, status, missed, late, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'due', 0, 0, $8) "
    "ON CONFLICT (schedule_id, due_at) DO NOTHING RETURNING id";
constexpr std::string_view kFlagMissed =
    "UPDATE facility_patrol_rounds SET missed = 1 WHERE status = 'due' AND missed = 0 AND deadline_at < $1";
constexpr std::string_view kFlagLate =
    "UPDATE facility_patrol_rounds SET late = 1 WHERE status = 'in_progress' AND late = 0 AND deadline_at < $1";

constexpr std::string_view kRoundCols =
    "SELECT r.id, r.schedule_id, r.template_id, r.template_name, r.template_version, r.due_at, r.deadline_at, "
    "r.status, r.missed, r.late, r.started_by, r.started_at, r.submitted_by, r.submitted_at, r.created_at "
    "FROM facility_patrol_rounds r";
constexpr std::string_view kRoundCount = "SELECT COUNT(*) FROM facility_patrol_rounds r";
constexpr std::string_view kRoundRoute = "SELECT checkpoints FROM facility_patrol_rounds WHERE id = $1";
constexpr std::string_view kUpdateRound =
    "UPDATE facility_patrol_rounds SET status = $2, missed = $3, late = $4, started_by = $5, started_at = $6, "
    "submitted_by = $7, submitted_at = $8 WHERE id = $1";
constexpr std::string_view kDueRounds =
    " WHERE r.status <> 'submitted' AND ((r.due_at >= $1 AND r.due_at < $2) OR (r.deadline_at < $4 AND r.due_at >= "
    "$3)) ORDER BY CASE WHEN r.deadline_at < $4 THEN 0 ELSE 1 END, r.due_at, r.id LIMIT $5";
constexpr std::string_view kRoundTimings =
    "SELECT id, submitted_at, deadline_at FROM facility_patrol_rounds WHERE due_at >= $1 AND due_at < $2 ORDER BY id";

constexpr std::string_view kVisits =
    "SELECT checkpoint_key, method, visited_by, visited_at FROM facility_patrol_visits WHERE round_id = $1 ORDER BY id";
constexpr std::string_view kInsertVisit =
    "INSERT INTO facility_patrol_visits (round_id, checkpoint_key, method, visited_by, visited_at) "
    "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (round_id, checkpoint_key) DO NOTHING";

constexpr std::string_view kReadingCols =
    "SELECT g.id, g.round_id, g.checkpoint_key, g.item_key, g.ok, g.value, g.unit, g.note, g.failed, g.recorded_by, "
    "g.recorded_at FROM facility_patrol_readings g";
constexpr std::string_view kReadingCount = "SELECT COUNT(*) FROM facility_patrol_readings g";
constexpr std::string_view kDeleteReading =
    "DELETE FROM facility_patrol_readings WHERE round_id = $1 AND checkpoint_key = $2 AND item_key = $3";
constexpr std::string_view kInsertReading =
    "INSERT INTO facility_patrol_readings (round_id, template_id, checkpoint_key, item_key, ok, value, unit, note, "
    "failed, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
constexpr std::string_view kTrend =
    "SELECT round_id, recorded_at, value, unit, failed FROM facility_patrol_readings "
    "WHERE template_id = $1 AND checkpoint_key = $2 AND item_key = $3 AND value IS NOT NULL "
    "ORDER BY recorded_at DESC, id DESC LIMIT $4";

// With the rectification order a finding opened, when it belongs to no customer.
constexpr std::string_view kFindings =
    "SELECT pf.checkpoint_key, pf.item_key, pf.severity, pf.ticket_number, pf.created_at, o.id "
    "FROM facility_patrol_findings pf LEFT JOIN facility_findings o ON o.round_id = pf.round_id "
    "AND o.checkpoint_key = pf.checkpoint_key AND o.item_key = pf.item_key WHERE pf.round_id = $1 ORDER BY pf.id";
constexpr std::string_view kClaimFinding =
    "INSERT INTO facility_patrol_findings (round_id, checkpoint_key, item_key, severity, created_at) "
    "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (round_id, checkpoint_key, item_key) DO NOTHING";
constexpr std::string_view kFindingTicket =
    "UPDATE facility_patrol_findings SET ticket_number = $4 WHERE round_id = $1 AND checkpoint_key = $2 AND "
    "item_key = $3";

constexpr std::string_view kPhotoInfos =
    "SELECT id, checkpoint_key, item_key, content_type, size_bytes, uploaded_by, uploaded_at "
    "FROM facility_patrol_photos WHERE round_id = $1 ORDER BY id";
constexpr std::string_view kInsertPhoto =
    "INSERT INTO facility_patrol_photos (round_id, checkpoint_key, item_key, content_type, size_bytes, data, "
    "uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
constexpr std::string_view kPhoto =
    "SELECT id, checkpoint_key, item_key, content_type, size_bytes, uploaded_by, uploaded_at, data "
    "FROM facility_patrol_photos WHERE round_id = $1 AND id = $2";

std::optional<double> opt_number(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  return v->to_number<double>();
}

std::string str(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

PatrolTemplate template_from(const db::Row& r) {
  db::Cursor c(r);
  PatrolTemplate t;
  t.id = c.int64();
  t.name = c.text();
  t.version = static_cast<int>(c.int64());
  t.checkpoints = route_from(c.text());
  t.active = c.boolean();
  t.created_by = c.text();
  t.created_at = c.text();
  t.updated_at = c.text();
  c.finish();
  return t;
}

PatrolScheduleRow schedule_from(db::Cursor& c) {
  PatrolScheduleRow s;
  s.id = c.int64();
  s.template_id = c.int64();
  s.template_name = c.text();
  s.kind = c.text();
  s.every_hours = static_cast<int>(c.int64());
  s.at_time = c.text();
  s.weekday = static_cast<int>(c.int64());
  s.starts_on = c.text();
  s.grace_minutes = static_cast<int>(c.int64());
  s.active = c.boolean();
  s.created_by = c.text();
  s.created_at = c.text();
  return s;
}

PatrolScheduleRow schedule_row(const db::Row& r) {
  db::Cursor c(r);
  auto s = schedule_from(c);
  c.finish();
  return s;
}

auto round_from(const std::string& now) {
  return [now](const db::Row& row) {
    db::Cursor c(row);
    Round r;
    r.id = c.int64();
    r.schedule_id = c.opt_int64();
    r.template_id = c.int64();
    r.template_name = c.text();
    r.template_version = static_cast<int>(c.int64());
    r.due_at = c.text();
    r.deadline_at = c.text();
    r.status = c.text();
    r.missed = c.boolean();
    r.late = c.boolean();
    r.started_by = c.opt_text();
    r.started_at = c.opt_text();
    r.submitted_by = c.opt_text();
    r.submitted_at = c.opt_text();
    r.created_at = c.text();
    c.finish();
    r.overdue = r.status != "submitted" && r.deadline_at < now;
    return r;
  };
}

PatrolReading reading_from(const db::Row& row) {
  db::Cursor c(row);
  PatrolReading g;
  g.id = c.int64();
  g.round_id = c.int64();
  g.checkpoint_key = c.text();
  g.item_key = c.text();
  if (auto ok = c.opt_int64()) g.ok = *ok != 0;
  g.value = c.opt_real();
  g.unit = c.opt_text();
  g.note = c.text();
  g.failed = c.boolean();
  g.recorded_by = c.text();
  g.recorded_at = c.text();
  c.finish();
  return g;
}

PatrolPhotoInfo photo_info_from(db::Cursor& c) {
  PatrolPhotoInfo p;
  p.id = c.int64();
  p.checkpoint_key = c.text();
  p.item_key = c.text();
  p.content_type = c.text();
  p.size_bytes = c.int64();
  p.uploaded_by = c.text();
  p.uploaded_at = c.text();
  return p;
}

}  // namespace

std::string route_text(const std::vector<Checkpoint>& checkpoints) {
  json::array out;
  for (const auto& c : checkpoints) {
    json::array items;
    for (const auto& it : c.items) {
      json::object o{{"key", it.key}, {"label", it.label}, {"kind", it.kind}, {"unit", it.unit}};
      if (it.min) o["min"] = *it.min;
      if (it.max) o["max"] = *it.max;
      items.push_back(std::move(o));
    }
    json::object o{{"key", c.key}, {"name", c.name}, {"kind", c.kind}, {"qr", c.qr}, {"items", std::move(items)}};
    if (c.ref_id) o["ref_id"] = *c.ref_id;
    out.push_back(std::move(o));
  }
  return json::serialize(out);
}

std::vector<Checkpoint> route_from(const std::string& text) {
  std::vector<Checkpoint> out;
  const auto parsed = json::parse(text);  // kept alive: the loop reads into it
  for (const auto& v : parsed.as_array()) {
    const auto& o = v.as_object();
    Checkpoint c{str(o, "key"), str(o, "name"), str(o, "kind"), std::nullopt, str(o, "qr"), {}};
    if (const auto* ref = o.if_contains("ref_id"); ref && ref->is_int64()) c.ref_id = ref->as_int64();
    for (const auto& iv : o.at("items").as_array()) {
      const auto& i = iv.as_object();
      c.items.push_back(
          {str(i, "key"), str(i, "label"), str(i, "kind"), str(i, "unit"), opt_number(i, "min"), opt_number(i, "max")});
    }
    out.push_back(std::move(c));
  }
  return out;
}

Result<db::Counted<PatrolTemplate>> list_templates(db::Tx& tx, const PatrolTemplateFilter& f) {
  db::ListSql sql(kTemplateList);
  sql.search(f.q);
  if (f.active) sql.add("t.active = ?", *f.active);
  return db::list_page<PatrolTemplate>(tx, sql, kTemplateCount, kTemplateCols, f.sort, f.limit, f.offset,
                                       template_from);
}

Result<std::optional<PatrolTemplate>> find_template(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kTemplateCols) + " WHERE t.id = $1", {id}));
  if (!row) return std::optional<PatrolTemplate>{};
  return std::optional<PatrolTemplate>(template_from(*row));
}

Result<std::int64_t> insert_template(db::Tx& tx, const PatrolTemplate& t) {
  return tx.insert(kInsertTemplate, {t.name, t.version, route_text(t.checkpoints), t.created_by, t.created_at});
}

Status update_template(db::Tx& tx, const PatrolTemplate& t) {
  COLO_CHECK(tx.exec(kUpdateTemplate, {t.id, t.name, t.version, route_text(t.checkpoints), t.active, t.updated_at}));
  return {};
}

Result<db::Counted<PatrolScheduleRow>> list_schedules(db::Tx& tx, const PatrolScheduleFilter& f) {
  db::ListSql sql(kScheduleList);
  sql.search(f.q);
  if (f.template_id) sql.add("s.template_id = ?", *f.template_id);
  if (f.active) sql.add("s.active = ?", *f.active);
  return db::list_page<PatrolScheduleRow>(tx, sql, kScheduleCount, kScheduleCols, f.sort, f.limit, f.offset,
                                          schedule_row);
}

Result<std::optional<PatrolScheduleRow>> find_schedule(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kScheduleCols) + " WHERE s.id = $1", {id}));
  if (!row) return std::optional<PatrolScheduleRow>{};
  return std::optional<PatrolScheduleRow>(schedule_row(*row));
}

Result<std::int64_t> insert_schedule(db::Tx& tx, const PatrolScheduleRow& s) {
  return tx.insert(kInsertSchedule, {s.template_id, s.kind, s.every_hours, s.at_time, s.weekday, s.starts_on,
                                     s.grace_minutes, s.created_by, s.created_at});
}

Status set_schedule_active(db::Tx& tx, std::int64_t id, bool active) {
  COLO_CHECK(tx.exec(kSetScheduleActive, {id, active}));
  return {};
}

Result<std::vector<LiveSchedule>> live_schedules(db::Tx& tx) {
  COLO_TRY(auto rows, tx.query(kLiveSchedules));
  std::vector<LiveSchedule> out;
  out.reserve(rows.rows.size());
  for (const auto& r : rows.rows) {
    db::Cursor c(r);
    LiveSchedule l;
    l.schedule = schedule_from(c);
    l.route.id = l.schedule.template_id;
    l.route.name = l.schedule.template_name;
    l.route.version = static_cast<int>(c.int64());
    l.route.checkpoints = route_from(c.text());
    c.finish();
    out.push_back(std::move(l));
  }
  return out;
}

Result<std::optional<std::int64_t>> insert_round(db::Tx& tx, const NewRound& r, const std::string& created_at) {
  COLO_TRY(auto rows, tx.query(kInsertRound, {r.schedule_id, r.template_id, r.template_name, r.template_version,
                                              r.checkpoints, r.due_at, r.deadline_at, created_at}));
  if (rows.rows.empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(rows.rows[0].int64(0));
}

Result<std::int64_t> flag_missed(db::Tx& tx, const std::string& now) { return tx.exec(kFlagMissed, {now}); }
Result<std::int64_t> flag_late(db::Tx& tx, const std::string& now) { return tx.exec(kFlagLate, {now}); }

Result<db::Counted<Round>> list_rounds(db::Tx& tx, const RoundFilter& f, const std::string& now) {
  db::ListSql sql(kRoundList);
  sql.search(f.q);
  if (f.status) sql.add("r.status = ?", *f.status);
  if (f.template_id) sql.add("r.template_id = ?", *f.template_id);
  if (f.schedule_id) sql.add("r.schedule_id = ?", *f.schedule_id);
  if (f.missed) sql.add("r.missed = ?", *f.missed);
  if (f.late) sql.add("r.late = ?", *f.late);
  if (f.due_from) sql.add("r.due_at >= ?", *f.due_from);
  if (f.due_to) sql.add("r.due_at < ?", *f.due_to);
  return db::list_page<Round>(tx, sql, kRoundCount, kRoundCols, f.sort, f.limit, f.offset, round_from(now));
}

Result<std::optional<Round>> find_round(db::Tx& tx, std::int64_t id, const std::string& now) {
  COLO_TRY(auto row, tx.one(std::string(kRoundCols) + " WHERE r.id = $1", {id}));
  if (!row) return std::optional<Round>{};
  Round r = round_from(now)(*row);
  COLO_TRY(auto route, tx.one(kRoundRoute, {id}));
  if (route) r.checkpoints = route_from(route->text(0));
  COLO_TRY(auto visits, tx.query(kVisits, {id}));
  for (const auto& v : visits.rows) {
    db::Cursor c(v);
    PatrolVisit pv;
    pv.checkpoint_key = c.text();
    pv.method = c.text();
    pv.visited_by = c.text();
    pv.visited_at = c.text();
    c.finish();
    r.visits.push_back(std::move(pv));
  }
  COLO_TRY(auto readings, tx.query(std::string(kReadingCols) + " WHERE g.round_id = $1 ORDER BY g.id", {id}));
  for (const auto& g : readings.rows) r.readings.push_back(reading_from(g));
  COLO_TRY(auto photos, tx.query(kPhotoInfos, {id}));
  for (const auto& p : photos.rows) {
    db::Cursor c(p);
    r.photos.push_back(photo_info_from(c));
    c.finish();
  }
  COLO_TRY(auto findings, tx.query(kFindings, {id}));
  for (const auto& f : findings.rows) {
    db::Cursor c(f);
    PatrolFinding pf;
    pf.checkpoint_key = c.text();
    pf.item_key = c.text();
    pf.severity = static_cast<int>(c.int64());
    pf.ticket_number = c.opt_text();
    pf.created_at = c.text();
    pf.order_id = c.opt_int64();
    c.finish();
    r.findings.push_back(std::move(pf));
  }
  return std::optional<Round>(std::move(r));
}

Status update_round(db::Tx& tx, const Round& r) {
  COLO_CHECK(tx.exec(kUpdateRound,
                     {r.id, r.status, r.missed, r.late, r.started_by, r.started_at, r.submitted_by, r.submitted_at}));
  return {};
}

Result<std::vector<Round>> due_rounds(db::Tx& tx, const std::string& from, const std::string& to,
                                      const std::string& since, const std::string& now, int limit) {
  COLO_TRY(auto rows, tx.query(std::string(kRoundCols) + std::string(kDueRounds), {from, to, since, now, limit}));
  std::vector<Round> out;
  auto read = round_from(now);
  for (const auto& r : rows.rows) out.push_back(read(r));
  return out;
}

Result<std::vector<RoundTiming>> round_timings(db::Tx& tx, const std::string& from, const std::string& to) {
  COLO_TRY(auto rows, tx.query(kRoundTimings, {from, to}));
  std::vector<RoundTiming> out;
  for (const auto& r : rows.rows) {
    db::Cursor c(r);
    RoundTiming t;
    t.id = c.int64();
    t.submitted_at = c.opt_text();
    t.deadline_at = c.text();
    c.finish();
    out.push_back(std::move(t));
  }
  return out;
}

Status insert_visit(db::Tx& tx, std::int64_t round_id, const PatrolVisit& v) {
  COLO_CHECK(tx.exec(kInsertVisit, {round_id, v.checkpoint_key, v.method, v.visited_by, v.visited_at}));
  return {};
}

Status put_reading(db::Tx& tx, std::int64_t template_id, const PatrolReading& r) {
  COLO_CHECK(tx.exec(kDeleteReading, {r.round_id, r.checkpoint_key, r.item_key}));
  std::optional<std::int64_t> ok;
  if (r.ok) ok = *r.ok ? 1 : 0;
  COLO_CHECK(tx.exec(kInsertReading, {r.round_id, template_id, r.checkpoint_key, r.item_key, ok, r.value, r.unit,
                                      r.note, r.failed, r.recorded_by, r.recorded_at}));
  return {};
}

Result<bool> claim_finding(db::Tx& tx, std::int64_t round_id, const PatrolFinding& f) {
  COLO_TRY(auto n, tx.exec(kClaimFinding, {round_id, f.checkpoint_key, f.item_key, f.severity, f.created_at}));
  return n == 1;
}

Status set_finding_ticket(db::Tx& tx, std::int64_t round_id, const PatrolFinding& f) {
  COLO_CHECK(tx.exec(kFindingTicket, {round_id, f.checkpoint_key, f.item_key, f.ticket_number}));
  return {};
}

Result<std::int64_t> insert_photo(db::Tx& tx, std::int64_t round_id, const PatrolPhotoInfo& info,
                                  const std::string& bytes) {
  return tx.insert(kInsertPhoto, {round_id, info.checkpoint_key, info.item_key, info.content_type, info.size_bytes,
                                  crypto::base64_encode(bytes), info.uploaded_by, info.uploaded_at});
}

Result<std::optional<PatrolPhoto>> find_photo(db::Tx& tx, std::int64_t round_id, std::int64_t photo_id) {
  COLO_TRY(auto row, tx.one(kPhoto, {round_id, photo_id}));
  if (!row) return std::optional<PatrolPhoto>{};
  db::Cursor c(*row);
  PatrolPhoto p;
  p.info = photo_info_from(c);
  p.bytes = crypto::base64_decode(c.text()).take();
  c.finish();
  return std::optional<PatrolPhoto>(std::move(p));
}

Result<db::Counted<PatrolReading>> list_readings(db::Tx& tx, const ReadingFilter& f) {
  db::ListSql sql(kReadingList);
  sql.search(f.q);
  if (f.template_id) sql.add("g.template_id = ?", *f.template_id);
  if (f.round_id) sql.add("g.round_id = ?", *f.round_id);
  if (f.checkpoint) sql.add("g.checkpoint_key = ?", *f.checkpoint);
  if (f.item) sql.add("g.item_key = ?", *f.item);
  return db::list_page<PatrolReading>(tx, sql, kReadingCount, kReadingCols, f.sort, f.limit, f.offset, reading_from);
}

Result<std::vector<TrendPoint>> trend(db::Tx& tx, std::int64_t template_id, const std::string& checkpoint,
                                      const std::string& item, int limit) {
  COLO_TRY(auto rows, tx.query(kTrend, {template_id, checkpoint, item, limit}));
  std::vector<TrendPoint> out;
  for (auto it = rows.rows.rbegin(); it != rows.rows.rend(); ++it) {
    db::Cursor c(*it);
    TrendPoint p;
    p.round_id = c.int64();
    p.recorded_at = c.text();
    p.value = c.real();
    p.unit = c.opt_text().value_or("");
    p.failed = c.boolean();
    c.finish();
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace colo::facility::inspections_store
