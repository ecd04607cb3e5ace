#include "servicedesk/cards.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "home/cards.hpp"
#include "servicedesk/service.hpp"

namespace colo::servicedesk {

namespace {

struct Figure {
  std::int64_t count = 0;
};

constexpr auto kFigureShape = [](auto& w, const Figure& f) { w.field("count", f.count); };

}  // namespace

void add_home_cards(home::Registry& registry, Service& svc) {
  registry.add_card({.id = "servicedesk.breaches_today",
                     .pages = {"operations", "technical", "management"},
                     .permission = "servicedesk.write",
                     .compute = [&svc](const Context&) -> Result<boost::json::value> {
                       COLO_TRY(auto n, svc.breached_today());
                       return boost::json::value(shape::value_of(Figure{n}, kFigureShape));
                     },
                     .schema = shape::schema_of<Figure>("HomeServicedeskCount", kFigureShape)});
  registry.add_card({.id = "servicedesk.complaints_open",
                     .pages = {"business", "management"},
                     .permission = "servicedesk.write",
                     .compute = [&svc](const Context&) -> Result<boost::json::value> {
                       COLO_TRY(auto n, svc.open_complaints());
                       return boost::json::value(shape::value_of(Figure{n}, kFigureShape));
                     },
                     .schema = shape::schema_of<Figure>("HomeServicedeskCount", kFigureShape)});
}

}  // namespace colo::servicedesk
