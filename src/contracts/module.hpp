// Notifications, hosting applications and contracts in the composition root: their services,
// routes, the contracts' daily job (scheduler thread and `colo jobs run`) and demo data.
#pragma once

#include <memory>
#include <string>

#include "contracts/ledger.hpp"
#include "core/result.hpp"

namespace colo::app {
class App;
}

namespace colo::dcim {
class Service;
}
namespace colo::ipam {
class Service;
}

namespace colo::contracts {

// The Ledger seam over dcim and ipam (either may be null), as register_module builds it (also for
// tests that assemble the services over a database of their own).
std::unique_ptr<Ledger> make_ledger(dcim::Service* dcim, ipam::Service* ipam);

// Needs app.services().dcim, .customers (and .ipam when present); sets .notify, .applications
// and .contracts, and adds the daily job to the server's background work.
Status register_module(app::App& app);

// Demo applications and a contract (demo.cpp), after the identity, inventory and IPAM demo data;
// idempotent.
Status load_demo(app::App& app);

// `colo jobs run <job> [--date YYYY-MM-DD]`: runs a daily job now (no lease; idempotent per day)
// and prints what it did. Jobs: contracts-daily.
Status run_job(app::App& app, const std::string& job, const std::string& date);

}  // namespace colo::contracts
