#include "app/compliance_measures.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/business_calendar.hpp"
#include "db/cursor.hpp"

namespace colo::app {

namespace {

using disputes::Measure;
using disputes::MeasuredItem;
using disputes::MeasureWindow;

// ---- The SQL, one statement per clause (or pair of clauses), over the owning module's tables ----

// R3.2: applications approved in [$1, $2) with every approval step of their history.
constexpr std::string_view kApprovals =
    "SELECT a.id, a.number, a.decided_at, t.from_state, t.actor_id FROM applications a LEFT JOIN "
    "workflow_transitions t ON t.object_type = 'application' AND t.object_id = a.id AND t.action = 'approve' "
    "WHERE a.status IN ('approved', 'contracted') AND a.decided_at >= $1 AND a.decided_at < $2 ORDER BY a.id, t.id";
// R4.1.1: the rooms whose temperature and humidity are watched (a room rule has a state), and the
// room rules' alerts fired in [$1, $2).
constexpr std::string_view kWatchedRooms =
    "SELECT r.id, r.name FROM dcim_rooms r WHERE r.id IN (SELECT DISTINCT a.room_id FROM monitoring_alerts a WHERE "
    "a.rule_key LIKE 'room.%' AND a.room_id IS NOT NULL) OR EXISTS (SELECT 1 FROM monitoring_rule_states s WHERE "
    "s.rule_key = 'room.' || CAST(r.id AS TEXT) || '.temperature.high') ORDER BY r.id";
constexpr std::string_view kRoomAlerts =
    "SELECT room_id, fired_at FROM monitoring_alerts WHERE rule_key LIKE 'room.%' AND room_id IS NOT NULL AND "
    "fired_at >= $1 AND fired_at < $2";
// R4.1.2, R4.1.3: maintenance work orders due in [$1, $2) with their asset's kind.
constexpr std::string_view kWorkOrders =
    "SELECT w.id, a.code, a.kind, w.due_on, w.completed_at FROM facility_work_orders w JOIN facility_assets a ON "
    "a.id = w.asset_id WHERE w.due_on >= $1 AND w.due_on < $2 ORDER BY w.due_on, w.id";
// R4.2.1: entries (check-ins and refusals) at the doors in [$1, $2) by period, and the check-ins
// without a visit or an authorised person behind them.
constexpr std::string_view kEntryCounts =
    "SELECT CASE WHEN at >= $3 THEN 1 ELSE 0 END, COUNT(*), SUM(CASE WHEN event = 'check_in' AND (visit_id IS NULL "
    "OR person_id IS NULL) THEN 1 ELSE 0 END) FROM facility_entry_log WHERE event IN ('check_in', 'refused') AND "
    "at >= $1 AND at < $2 GROUP BY CASE WHEN at >= $3 THEN 1 ELSE 0 END";
constexpr std::string_view kUnauthorisedEntries =
    "SELECT id, person_name FROM facility_entry_log WHERE event = 'check_in' AND (visit_id IS NULL OR person_id IS "
    "NULL) AND at >= $1 AND at < $2 ORDER BY at DESC";
// R4.2.3: every emergency plan, when it was made, and its last drill held by $1 and before $2.
constexpr std::string_view kPlanDrills =
    "SELECT p.id, p.title, p.created_at, (SELECT MAX(d.held_on) FROM facility_drills d WHERE d.plan_id = p.id AND "
    "d.status = 'held' AND d.held_on <= $1), (SELECT MAX(d.held_on) FROM facility_drills d WHERE d.plan_id = p.id "
    "AND d.status = 'held' AND d.held_on < $2) FROM facility_plans p ORDER BY p.id";
// R4.3.2: changes started in [$1, $2) and when they were finally approved.
constexpr std::string_view kChangesStarted =
    "SELECT c.id, c.number, c.started_at, (SELECT MIN(t.at) FROM workflow_transitions t WHERE t.object_type = "
    "'facility.change' AND t.object_id = c.id AND t.to_state = 'approved') FROM facility_changes c WHERE "
    "c.started_at >= $1 AND c.started_at < $2 ORDER BY c.id";
// R7.1: the measured contract-months in [$1, $2] (YYYY-MM) by period (this one from $3), and how
// many met their availability target, counted in the database (every contract, every month); and
// this period's months that missed it, the latest first.
constexpr std::string_view kSlaCounts =
    "SELECT CASE WHEN month >= $3 THEN 1 ELSE 0 END, COUNT(*), SUM(CASE WHEN availability_ppm >= target_bp * 100 "
    "THEN 1 ELSE 0 END) FROM service_level_credits WHERE measured = 1 AND month >= $1 AND month <= $2 GROUP BY "
    "CASE WHEN month >= $3 THEN 1 ELSE 0 END";
constexpr std::string_view kSlaMissed =
    "SELECT s.id, c.number, s.month FROM service_level_credits s JOIN contracts c ON c.id = s.contract_id WHERE "
    "s.measured = 1 AND s.month >= $1 AND s.month <= $2 AND s.availability_ppm < s.target_bp * 100 ORDER BY "
    "s.month DESC, s.id LIMIT $3";
// R7.2.2: complaints due to be answered in [$1, $2] and their first answer.
constexpr std::string_view kComplaints =
    "SELECT t.id, t.number, t.answer_due, (SELECT MIN(a.answered_at) FROM servicedesk_complaint_answers a WHERE "
    "a.ticket_id = t.id) FROM servicedesk_tickets t WHERE t.type = 'complaint' AND t.answer_due >= $1 AND "
    "t.answer_due <= $2 ORDER BY t.id";
// R8.3: the operator's change agreements that change the contract's lines (its prices), taking
// effect (or lapsing) in [$1, $2], with the notice the contract asks.
constexpr std::string_view kPriceChanges =
    "SELECT m.id, c.number, m.number, m.status, m.effective_date, m.created_at, c.notice_days FROM "
    "contract_amendments m JOIN contracts c ON c.id = m.contract_id WHERE m.proposed_by_side = 'operator' AND "
    "m.changes LIKE '%line_items%' AND m.status IN ('agreed', 'effective', 'lapsed') AND m.effective_date >= $1 "
    "AND m.effective_date <= $2 ORDER BY m.id";
// R11.2.3: contracts that ended in [$1, $2), with their settlement items and how many are open.
constexpr std::string_view kEndedContracts =
    "SELECT c.id, c.number, c.ended_at, (SELECT COUNT(*) FROM contract_settlement_items i WHERE i.contract_id = "
    "c.id), (SELECT COUNT(*) FROM contract_settlement_items i WHERE i.contract_id = c.id AND i.done = 0) FROM "
    "contracts c WHERE c.status IN ('expired', 'terminated') AND c.ended_at >= $1 AND c.ended_at < $2 ORDER BY c.id";

std::string month_of(Date d) { return format_date(d).substr(0, 7); }

// Done by its due date in the business zone: an instant on or before the end of that day.
bool by_day(const Clock& clock, const std::optional<std::string>& at, const std::string& due) {
  if (!at) return false;
  auto instant = parse_instant(*at);
  auto day = parse_date(due);
  return instant && day && clock.calendar().date_of(*instant) <= *day;
}

Result<std::vector<Measure>> approvals(db::Tx& tx, const MeasureWindow& w) {
  COLO_TRY(auto res, tx.query(kApprovals, {w.before, w.to}));
  struct App {
    std::int64_t id = 0;
    std::string number;
    bool current = false;
    std::vector<std::pair<std::string, std::int64_t>> steps;
  };
  std::vector<App> apps;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    auto id = c.int64();
    auto number = c.text();
    auto decided = c.text();
    auto step = c.opt_text();
    auto actor = c.opt_int64();
    c.finish();
    if (apps.empty() || apps.back().id != id) apps.push_back({id, number, decided >= w.from, {}});
    if (step && actor) apps.back().steps.emplace_back(*step, *actor);
  }
  std::vector<MeasuredItem> items;
  for (const auto& a : apps)
    items.push_back({"application", a.id, a.number, disputes::approved_by_three(a.steps), a.current});
  return std::vector<Measure>{disputes::measure_of("R3.2.2", items, "/applications?status=approved")};
}

Result<std::vector<Measure>> rooms(db::Tx& tx, const MeasureWindow& w, const Clock& clock) {
  // This calendar month so far, against the month before.
  const auto& cal = clock.calendar();
  const Date month_start = w.today.year() / w.today.month() / std::chrono::day{1};
  const Date previous_start = add_months(month_start, -1);
  const std::string from = format_instant(cal.start_of(month_start));
  const std::string before = format_instant(cal.start_of(previous_start));
  COLO_TRY(auto watched, tx.query(kWatchedRooms));
  COLO_TRY(auto alerts, tx.query(kRoomAlerts, {before, w.to}));
  std::set<std::int64_t> out_now, out_before;
  for (const auto& r : alerts.rows) {
    db::Cursor c(r);
    auto room = c.int64();
    auto fired = c.text();
    c.finish();
    (fired >= from ? out_now : out_before).insert(room);
  }
  std::vector<MeasuredItem> items;
  for (const auto& r : watched.rows) {
    db::Cursor c(r);
    auto id = c.int64();
    auto name = c.text();
    c.finish();
    items.push_back({"room", id, name, !out_now.contains(id), true});
    items.push_back({"room", id, name, !out_before.contains(id), false});
  }
  auto m = disputes::measure_of("R4.1.1", items, "/monitoring/environment");
  m.period_from = format_date(month_start);
  m.period_to = format_date(w.today);
  return std::vector<Measure>{std::move(m)};
}

Result<std::vector<Measure>> work_orders(db::Tx& tx, const MeasureWindow& w, const Clock& clock) {
  // Due before today: one due today is not late yet.
  COLO_TRY(auto res, tx.query(kWorkOrders, {format_date(w.before_date), format_date(w.today)}));
  static const std::set<std::string> kPower = {"ups", "battery_string", "generator", "ats", "distribution_board"};
  static const std::set<std::string> kFire = {"gas_suppression", "fire_detection"};
  const std::string from = format_date(w.from_date);
  std::vector<MeasuredItem> power, fire;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    auto id = c.int64();
    auto code = c.text();
    auto kind = c.text();
    auto due = c.text();
    auto completed = c.opt_text();
    c.finish();
    MeasuredItem i{"work_order", id, code + " " + due, by_day(clock, completed, due), due >= from};
    if (kPower.contains(kind)) power.push_back(std::move(i));
    if (kFire.contains(kind)) fire.push_back(std::move(i));
  }
  return std::vector<Measure>{disputes::measure_of("R4.1.2", power, "/facility/maintenance"),
                              disputes::measure_of("R4.1.3", fire, "/facility/maintenance")};
}

Result<std::vector<Measure>> entries(db::Tx& tx, const MeasureWindow& w) {
  // Counted in the database: the log holds every door event of the year.
  COLO_TRY(auto counts, tx.query(kEntryCounts, {w.before, w.to, w.from}));
  Measure m;
  m.clause = "R4.2.1";
  m.evidence = "/facility/access";
  for (const auto& r : counts.rows) {
    db::Cursor c(r);
    const bool current = c.int64() == 1;
    const auto total = c.int64();
    const auto unauthorised = c.int64();
    c.finish();
    (current ? m.total : m.previous_total) = total;
    (current ? m.met : m.previous_met) = total - unauthorised;
  }
  COLO_TRY(auto failing, tx.query(kUnauthorisedEntries, {w.from, w.to}));
  for (const auto& r : failing.rows) {
    db::Cursor c(r);
    auto id = c.int64();
    auto name = c.text();
    c.finish();
    m.failing.push_back({"entry", id, name});
  }
  return std::vector<Measure>{std::move(m)};
}

Result<std::vector<Measure>> drills(db::Tx& tx, const MeasureWindow& w) {
  // Each plan today, and as it stood when the period began: a drill held in the twelve months
  // before.
  const std::string today = format_date(w.today), from = format_date(w.from_date);
  const std::string before = format_date(w.before_date);
  COLO_TRY(auto res, tx.query(kPlanDrills, {today, from}));
  const std::string from_instant = w.from;
  std::vector<MeasuredItem> items;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    auto id = c.int64();
    auto title = c.text();
    auto created = c.text();
    auto last = c.opt_text();
    auto last_before = c.opt_text();
    c.finish();
    items.push_back({"plan", id, title, last && *last >= from, true});
    if (created < from_instant) items.push_back({"plan", id, title, last_before && *last_before >= before, false});
  }
  return std::vector<Measure>{disputes::measure_of("R4.2.3", items, "/facility/drills")};
}

Result<std::vector<Measure>> changes(db::Tx& tx, const MeasureWindow& w) {
  COLO_TRY(auto res, tx.query(kChangesStarted, {w.before, w.to}));
  std::vector<MeasuredItem> items;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    auto id = c.int64();
    auto number = c.text();
    auto started = c.text();
    auto approved = c.opt_text();
    c.finish();
    items.push_back({"change", id, number, approved && *approved <= started, started >= w.from});
  }
  return std::vector<Measure>{disputes::measure_of("R4.3.2", items, "/facility/changes")};
}

Result<std::vector<Measure>> service_levels(db::Tx& tx, const MeasureWindow& w) {
  // The months the period touches; the current month is counted once measured.
  const std::string from = month_of(w.from_date), to = month_of(w.today);
  COLO_TRY(auto counts, tx.query(kSlaCounts, {month_of(w.before_date), to, from}));
  Measure m;
  m.clause = "R7.1.1";
  m.evidence = "/servicedesk/levels";
  for (const auto& r : counts.rows) {
    db::Cursor c(r);
    const bool current = c.int64() == 1;
    const auto total = c.int64();
    const auto met = c.int64();
    c.finish();
    (current ? m.total : m.previous_total) = total;
    (current ? m.met : m.previous_met) = met;
  }
  m.failing_count = m.total - m.met;
  COLO_TRY(auto missed, tx.query(kSlaMissed, {from, to, static_cast<std::int64_t>(disputes::kMaxFailing)}));
  for (const auto& r : missed.rows) {
    db::Cursor c(r);
    auto id = c.int64();
    auto contract = c.text();
    auto month = c.text();
    c.finish();
    m.failing.push_back({"sla_credit", id, contract + " " + month});
  }
  return std::vector<Measure>{std::move(m)};
}

Result<std::vector<Measure>> complaints(db::Tx& tx, const MeasureWindow& w, const Clock& clock) {
  const std::string today = format_date(w.today), from = format_date(w.from_date);
  COLO_TRY(auto res, tx.query(kComplaints, {format_date(w.before_date), today}));
  std::vector<MeasuredItem> items;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    auto id = c.int64();
    auto number = c.text();
    auto due = c.text();
    auto answered = c.opt_text();
    c.finish();
    // Due today and not answered yet: still in time.
    if (!answered && due >= today) continue;
    items.push_back({"ticket", id, number, by_day(clock, answered, due), due >= from});
  }
  return std::vector<Measure>{disputes::measure_of("R7.2.2", items, "/servicedesk/tickets?type=complaint")};
}

Result<std::vector<Measure>> price_changes(db::Tx& tx, const MeasureWindow& w, const Clock& clock) {
  const std::string from = format_date(w.from_date);
  COLO_TRY(auto res, tx.query(kPriceChanges, {format_date(w.before_date), format_date(w.today)}));
  std::vector<MeasuredItem> items;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    auto id = c.int64();
    auto contract = c.text();
    auto number = c.int64();
    auto status = c.text();
    auto effective = c.text();
    auto created = c.text();
    auto notice_days = c.int64();
    c.finish();
    // Agreed (a lapsed one never was) and proposed at least the contract's notice before it
    // takes effect.
    bool noticed = false;
    auto proposed = parse_instant(created);
    auto takes_effect = parse_date(effective);
    if (proposed && takes_effect)
      noticed = add_days(clock.calendar().date_of(*proposed), static_cast<int>(notice_days)) <= *takes_effect;
    items.push_back(
        {"amendment", id, contract + " #" + std::to_string(number), status != "lapsed" && noticed, effective >= from});
  }
  return std::vector<Measure>{disputes::measure_of("R8.3", items, "/billing/price-changes")};
}

Result<std::vector<Measure>> settlements(db::Tx& tx, const MeasureWindow& w) {
  COLO_TRY(auto res, tx.query(kEndedContracts, {w.before, w.to}));
  const std::string settling = format_instant(w.now - std::chrono::hours(24 * kSettlementDays));
  std::vector<MeasuredItem> items;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    auto id = c.int64();
    auto number = c.text();
    auto ended = c.text();
    auto all = c.int64();
    auto open = c.int64();
    c.finish();
    const bool settled = all > 0 && open == 0;
    if (!settled && ended > settling) continue;  // still within its time to settle
    items.push_back({"contract", id, number, settled, ended >= w.from});
  }
  return std::vector<Measure>{disputes::measure_of("R11.2.3", items, "/contracts?status=expired")};
}

}  // namespace

void add_compliance_measures(disputes::Service& svc, const Clock& clock) {
  svc.add_measures(approvals);
  svc.add_measures([&clock](db::Tx& tx, const MeasureWindow& w) { return rooms(tx, w, clock); });
  svc.add_measures([&clock](db::Tx& tx, const MeasureWindow& w) { return work_orders(tx, w, clock); });
  svc.add_measures(entries);
  svc.add_measures(drills);
  svc.add_measures(changes);
  svc.add_measures(service_levels);
  svc.add_measures([&clock](db::Tx& tx, const MeasureWindow& w) { return complaints(tx, w, clock); });
  svc.add_measures([&clock](db::Tx& tx, const MeasureWindow& w) { return price_changes(tx, w, clock); });
  svc.add_measures(settlements);
}

}  // namespace colo::app
