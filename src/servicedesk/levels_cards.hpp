// The service levels' home-page card: improvement actions past their due date and not closed
// (operations, technical, management), so that an overdue action is seen without looking for it.
#pragma once

namespace colo::home {
class Registry;
}

namespace colo::servicedesk {
class ServiceLevels;
void add_levels_home_cards(home::Registry& registry, ServiceLevels& svc);
}  // namespace colo::servicedesk
