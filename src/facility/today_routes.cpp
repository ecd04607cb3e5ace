// The shift's today view: GET /api/v1/facility/today.
#include "facility/today_routes.hpp"

#include "core/shape.hpp"
#include "facility/changes_render.hpp"
#include "facility/model.hpp"
#include "facility/today.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/router.hpp"

namespace colo::facility {

namespace {

template <typename W>
void write_due(W& w, const DueItem& d) {
  w.field("id", d.id);
  w.field("title", d.title);
  w.field("due_at", d.due_at);
  w.field("overdue", d.overdue);
  w.field("link", d.link);
}

constexpr auto today_shape = [](auto& w, const Today& t) {
  w.field("day", t.day);
  w.array("visits", "TodayVisit", t.visits, [&](const TodayVisit& v) {
    w.field("id", v.id);
    w.field("customer_id", v.customer_id);
    w.field("person_name", v.person_name);
    w.field("starts_at", v.starts_at);
    w.field("ends_at", v.ends_at);
    w.field("status", v.status, kVisitStatuses);
  });
  w.field("visits_expected", t.visits_expected);
  w.field("checked_in_today", t.checked_in_today);
  w.field("refused_today", t.refused_today);
  w.field("on_site", t.on_site);
  w.array("changes_in_progress", "ChangeRequestBrief", t.changes_in_progress,
          [&](const Change& c) { write_change(w, c, false); });
  w.array("changes_today", "ChangeRequestBrief", t.changes_today, [&](const Change& c) { write_change(w, c, false); });
  w.field("open_alerts", t.open_alerts);
  w.array("rounds_due", "DueItem", t.rounds_due, [&](const DueItem& d) { write_due(w, d); });
  w.array("work_orders_due", "DueItem", t.work_orders_due, [&](const DueItem& d) { write_due(w, d); });
  w.array("findings_overdue", "DueItem", t.findings_overdue, [&](const DueItem& d) { write_due(w, d); });
};

}  // namespace

void add_today_routes(http::Router& router, TodayService& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/today",
              .handler =
                  [&svc](http::Request& req) {
                    auto t = svc.today(http::context_of(req)).take();
                    return http::json_response(shape::value_of(t, today_shape));
                  },
              .summary = "The shift's day: visits expected and check-ins so far, rounds and work orders due, changes "
                         "in progress and today, open alerts.",
              .tag = "facility",
              .permission = "facility.shift.read",
              .response_schema = shape::schema_of<Today>("FacilityToday", today_shape)});
}

}  // namespace colo::facility
