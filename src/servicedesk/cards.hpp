// The service desk's home-page cards: tickets that missed a target today (operations, technical,
// management) and complaints waiting for an answer or disputed (business, management).
#pragma once

namespace colo::home {
class Registry;
}

namespace colo::servicedesk {
class Service;
void add_home_cards(home::Registry& registry, Service& svc);
}  // namespace colo::servicedesk
