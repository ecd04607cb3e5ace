// Wiring of the disputes module (disputes and breach records): its ports over contracts, billing
// (invoices, the collections pause hook, pending charges, suspensions) and the service desk.
#pragma once

#include "app/app.hpp"

namespace colo::billing {
class Service;
class CollectionsService;
}  // namespace colo::billing
namespace colo::contracts {
class Service;
}
namespace colo::servicedesk {
class Service;
}
namespace colo::disputes {
class Service;
struct PlanReport;
}  // namespace colo::disputes

namespace colo::app {

// The daily check of payment plans agreed to close disputes (`colo jobs run dispute-plans`).
inline constexpr const char* kDisputePlansJob = "dispute-plans";

// One pass of the payment plans' check on `day` (the CLI's job; the server runs it daily).
Result<disputes::PlanReport> run_dispute_plans(App& app, Date day);

disputes::Service& add_disputes(App& app, contracts::Service& contracts, billing::Service& billing,
                                billing::CollectionsService& collections, servicedesk::Service& desk);

}  // namespace colo::app
