// The usage module's SQL over usage_meters. Samples live behind UsageStore (usage_store.hpp).
// Every function runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "usage/model.hpp"

namespace colo::usage::store {

Result<std::optional<Meter>> find(db::Tx& tx, std::int64_t id);
Result<std::optional<Meter>> find_by_name(db::Tx& tx, const std::string& name);
// One page; a customer principal gets only its own meters.
Result<db::Counted<Meter>> list(db::Tx& tx, const Context& ctx, const MeterFilter& f);
// Every meter of a contract (retired ones too: their samples still count for the past).
Result<std::vector<Meter>> of_contract(db::Tx& tx, std::int64_t contract_id);
// Ids of contracts with an active meter linked to them, above `after_id` in id order (a page of
// at most `limit`).
Result<std::vector<std::int64_t>> metered_contracts_after(db::Tx& tx, std::int64_t after_id, std::int64_t limit);
// The meters of several contracts in one query, in contract order (then as of_contract orders them).
Result<std::vector<Meter>> of_contracts(db::Tx& tx, const std::vector<std::int64_t>& contract_ids);
// Every meter linked to a ledger interface, newest first.
Result<std::vector<Meter>> of_interface(db::Tx& tx, std::int64_t interface_id);
// Errors: "db.unique_violation" when the name is taken.
Result<std::int64_t> insert(db::Tx& tx, const Meter& m);
Status update(db::Tx& tx, const Meter& m);

// The last raw counters written for a meter (the base of the next batch).
struct CounterState {
  CounterReading reading;
  int width = 64;
};
Result<std::optional<CounterState>> counter_state(db::Tx& tx, std::int64_t meter_id);
Status set_counter_state(db::Tx& tx, std::int64_t meter_id, const CounterState& s);

}  // namespace colo::usage::store
