// IPAM in the composition root: builds ipam::Service over dcim and customers (the Inventory
// seam), adds its routes, and loads its demo data.
#pragma once

#include <memory>

#include "core/context.hpp"
#include "core/result.hpp"
#include "ipam/inventory.hpp"

namespace colo::app {
class App;
}

namespace colo::customers {
class Service;
}
namespace colo::dcim {
class Service;
}

namespace colo::ipam {

// The Inventory seam over dcim and customers, as register_module builds it (also for tests that
// assemble the services over a database of their own).
std::unique_ptr<Inventory> make_inventory(dcim::Service& dcim, customers::Service& customers);

// Needs app.services().dcim and .customers; sets app.services().ipam.
Status register_module(app::App& app);
// Idempotent; after the dcim and identity demo data. `ctx` is the actor the writes are audited as.
Status load_app_demo(app::App& app, const Context& ctx);

}  // namespace colo::ipam
