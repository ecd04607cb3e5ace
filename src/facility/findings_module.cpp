#include "facility/findings_module.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "facility/findings.hpp"
#include "facility/findings_rules.hpp"
#include "home/cards.hpp"

namespace colo::facility {

namespace {

constexpr auto kCountsShape = [](auto& w, const FindingCounts& c) {
  w.field("open", c.open);
  w.field("overdue", c.overdue);
  w.field("earliest_deadline", c.earliest_deadline);
};

}  // namespace

void add_findings_home_cards(home::Registry& registry, Findings& svc) {
  registry.add_card({.id = "facility.findings_open",
                     .pages = {"operations"},
                     .permission = kPermFindingRead,
                     .compute = [&svc](const Context&) -> Result<boost::json::value> {
                       COLO_TRY(auto c, svc.open_counts());
                       return boost::json::value(shape::value_of(c, kCountsShape));
                     },
                     .schema = shape::schema_of<FindingCounts>("HomeFindingsOpen", kCountsShape)});
}

}  // namespace colo::facility
