// The home pages of the departments and customers, and the cards of the hosting flow and the
// ledger (applications, contracts, feasibility, capacity, today's work, a customer's services).
#pragma once

#include "core/clock.hpp"
#include "db/database.hpp"
#include "home/cards.hpp"

namespace colo::dcim {
class Service;
}
namespace colo::notify {
class Service;
}

namespace colo::home {

// The pages: business, technical, management, operations, finance (each also the
// administrator's) and portal (customer users).
void add_pages(Registry& registry);

// The cards computed from the applications, contracts and ledger tables, the rooms' utilisation
// (through the ledger's service) and the caller's notifications (through theirs).
void add_builtin_cards(Registry& registry, db::Database& db, const Clock& clock, dcim::Service& dcim,
                       notify::Service& notifications);

}  // namespace colo::home
