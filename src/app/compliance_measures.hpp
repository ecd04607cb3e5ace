// The compliance view's measures of the clauses other modules keep the records of (R3.2, R4, R7,
// R8.3, R11.2): each a provider registered with the disputes service. They live here, in the
// composition root, because only it knows every module: src/disputes stays free of the other
// modules and they stay free of it. Each provider reads its module's tables, read-only, inside
// the view's transaction, with SQL named per clause below; a module that grows a measure function
// of its own replaces its provider with one line calling it.
#pragma once

#include "core/clock.hpp"
#include "disputes/service.hpp"

namespace colo::app {

class App;

// Registers every provider below with `svc`.
void add_compliance_measures(disputes::Service& svc, const Clock& clock);
// Registers the providers of the modules that measure their own clauses (R4.2.2 patrol rounds,
// R4.3.3 configuration backups, R5.2.2 firewall rules, R5.2.3 scans and findings, R6.1.1 backup
// runs, R10.2 disclosures); they find the modules' services through `app` when the view asks.
void add_module_measures(disputes::Service& svc, App& app);

// A contract ended this many days ago at most may still be settling its accounts (R11.2.3): it is
// counted once settled or once this time has passed.
inline constexpr int kSettlementDays = 30;

}  // namespace colo::app
