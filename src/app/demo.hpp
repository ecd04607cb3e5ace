// The parts of the demo data (cli.hpp's load_demo runs them in this order). Each goes through the
// services as the demo users would, and each is idempotent.
#pragma once

#include <string>

#include "core/context.hpp"
#include "core/result.hpp"

namespace colo::app {

class App;

// Customers, each with a NOC contact, and one user per role (demo.cpp).
Status load_identity_demo(App& app);
// Sites, rooms, racks, power and servers at `scale` (demo_dcim.cpp).
Status load_dcim_demo(App& app, const std::string& scale);
// Switches, cables, VLANs, prefixes and addresses over the dcim and identity demo (demo_ipam.cpp);
// `ctx` is the actor the writes are audited as.
Status load_ipam_demo(App& app, const Context& ctx);
// Applications and a contract, after the identity, inventory and IPAM demo (demo_contracts.cpp).
Status load_contracts_demo(App& app);
// Usage meters with a month of samples, after the contracts demo (demo_usage.cpp).
Status load_usage_demo(App& app);
// The demo contracts' invoices; at --scale large, 100,000 active contracts to bill (demo_billing.cpp).
Status load_billing_demo(App& app, const std::string& scale);
// At --scale large, five years of the records the compliance view measures, after the billing
// demo's contracts (demo_compliance.cpp).
Status load_compliance_demo(App& app, const std::string& scale);

}  // namespace colo::app
