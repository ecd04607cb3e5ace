// IPAM in the composition root: builds ipam::Service over dcim and customers (the Inventory
// seam), adds its routes, and loads its demo data.
#pragma once

#include "core/context.hpp"
#include "core/result.hpp"

namespace colo::app {
class App;
}

namespace colo::ipam {

// Needs app.services().dcim and .customers; sets app.services().ipam.
Status register_module(app::App& app);
// Idempotent; after the dcim and identity demo data. `ctx` is the actor the writes are audited as.
Status load_app_demo(app::App& app, const Context& ctx);

}  // namespace colo::ipam
