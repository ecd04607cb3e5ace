#include "servicedesk/levels_cards.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "home/cards.hpp"
#include "servicedesk/levels.hpp"

namespace colo::servicedesk {

namespace {

struct Figure {
  std::int64_t count = 0;
};

constexpr auto kFigureShape = [](auto& w, const Figure& f) { w.field("count", f.count); };

}  // namespace

void add_levels_home_cards(home::Registry& registry, ServiceLevels& svc) {
  registry.add_card({.id = "servicedesk.actions_overdue",
                     .pages = {"operations", "technical", "management"},
                     .permission = "servicedesk.write",
                     .compute = [&svc](const Context& ctx) -> Result<boost::json::value> {
                       COLO_TRY(auto n, svc.overdue_actions(ctx));
                       return boost::json::value(shape::value_of(Figure{n}, kFigureShape));
                     },
                     .schema = shape::schema_of<Figure>("HomeServicedeskCount", kFigureShape)});
}

}  // namespace colo::servicedesk
