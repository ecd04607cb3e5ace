#include "facility/today.hpp"

#include "core/business_calendar.hpp"
#include "db/cursor.hpp"
#include "facility/changes_store.hpp"

namespace colo::facility {

namespace {

// Visits whose approved window touches the day; those refused or cancelled are not expected.
constexpr std::string_view kVisitsToday =
    "SELECT v.id, v.customer_id, p.name, v.starts_at, v.ends_at, v.status FROM facility_visits v "
    "JOIN facility_people p ON p.id = v.person_id WHERE v.status IN ('approved', 'checked_in', 'checked_out') "
    "AND v.starts_at < $2 AND v.ends_at > $1 ORDER BY v.starts_at, v.id LIMIT $3";
constexpr std::string_view kVisitsTodayCount =
    "SELECT COUNT(*) FROM facility_visits v WHERE v.status IN ('approved', 'checked_in', 'checked_out') "
    "AND v.starts_at < $2 AND v.ends_at > $1";
constexpr std::string_view kEntriesToday =
    "SELECT COUNT(*) FROM facility_entry_log WHERE event = $3 AND at >= $1 AND at < $2";
constexpr std::string_view kOnSite = "SELECT COUNT(*) FROM facility_visits WHERE status = 'checked_in'";

Result<std::int64_t> count(db::Tx& tx, std::string_view sql, const db::Params& params) {
  COLO_TRY(auto row, tx.one(sql, params));
  return row ? row->int64(0) : 0;
}

}  // namespace

Result<Today> TodayService::today(const Context& ctx) {
  if (ctx.tenant()) return Error::forbidden();
  Today t;
  const Date day = clock_.today();
  const Instant from = clock_.calendar().start_of(day);
  const Instant to = clock_.calendar().start_of(add_days(day, 1));
  const std::string f = format_instant(from), u = format_instant(to);
  t.day = format_date(day);
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto visits, tx.query(kVisitsToday, {f, u, kTodayVisits}));
    for (const auto& r : visits.rows) {
      db::Cursor c(r);
      TodayVisit v;
      v.id = c.int64();
      v.customer_id = c.int64();
      v.person_name = c.text();
      v.starts_at = c.text();
      v.ends_at = c.text();
      v.status = c.text();
      c.finish();
      t.visits.push_back(std::move(v));
    }
    COLO_TRY(t.visits_expected, count(tx, kVisitsTodayCount, {f, u}));
    COLO_TRY(t.checked_in_today, count(tx, kEntriesToday, {f, u, std::string("check_in")}));
    COLO_TRY(t.refused_today, count(tx, kEntriesToday, {f, u, std::string("refused")}));
    COLO_TRY(t.on_site, count(tx, kOnSite, {}));
    COLO_TRY(t.changes_in_progress, store::changes_in_progress(tx, 50));
    ChangeFilter approved;
    approved.status = "approved";
    approved.from = f;
    approved.to = u;
    approved.sort = "window_start";
    COLO_TRY(auto page, store::list_changes(tx, approved));
    t.changes_today = std::move(page.second);
  }
  // The other aggregates answer through their own services and transactions.
  if (ports_.open_alerts) {
    COLO_TRY(t.open_alerts, ports_.open_alerts(ctx));
  }
  if (ports_.rounds_due) {
    COLO_TRY(t.rounds_due, ports_.rounds_due(ctx, from, to));
  }
  if (ports_.work_orders_due) {
    COLO_TRY(t.work_orders_due, ports_.work_orders_due(ctx, from, to));
  }
  if (ports_.findings_overdue) {
    COLO_TRY(t.findings_overdue, ports_.findings_overdue(ctx));
  }
  return t;
}

}  // namespace colo::facility
