#include "facility/maintenance_module.hpp"

#include <spdlog/spdlog.h>
#include <boost/json.hpp>

#include "core/shape.hpp"
#include "dcim/service.hpp"
#include "home/cards.hpp"

namespace colo::facility {

namespace {

// The count and the earliest due date behind it (how long the oldest has waited).
struct Overdue {
  std::int64_t count = 0;
  std::optional<std::string> oldest_due_on;
};

constexpr auto kOverdueShape = [](auto& w, const Overdue& o) {
  w.field("count", o.count);
  w.field("oldest_due_on", o.oldest_due_on);
};

}  // namespace

Plant make_plant(dcim::Service& dcim) {
  Plant p;
  p.room_exists = [&dcim](std::int64_t room_id) -> Result<bool> {
    auto room = dcim.room(system_context("facility"), room_id);
    if (!room.ok()) {
      if (room.error().kind == ErrorKind::not_found) return false;
      return std::move(room).error();
    }
    return true;
  };
  p.power_feed_exists = [&dcim](std::int64_t feed_id) -> Result<bool> {
    auto feed = dcim.power_feed(system_context("facility"), feed_id);
    if (!feed.ok()) {
      if (feed.error().kind == ErrorKind::not_found) return false;
      return std::move(feed).error();
    }
    return true;
  };
  return p;
}

scheduler::DailyJob maintenance_job(Maintenance& svc) {
  return {kMaintenanceJob, [&svc](Date today) -> Status {
            COLO_TRY(auto created, svc.generate(today));
            if (created) spdlog::info("facility: generated {} maintenance work orders", created);
            return {};
          }};
}

void add_maintenance_home_cards(home::Registry& registry, Maintenance& svc) {
  registry.add_card({.id = "facility.maintenance_overdue",
                     .pages = {"operations", "technical"},
                     .permission = "facility.maintenance.read",
                     .compute = [&svc](const Context&) -> Result<boost::json::value> {
                       COLO_TRY(auto o, svc.overdue());
                       return boost::json::value(shape::value_of(Overdue{o.first, o.second}, kOverdueShape));
                     },
                     .schema = shape::schema_of<Overdue>("HomeMaintenanceOverdue", kOverdueShape)});
}

}  // namespace colo::facility
