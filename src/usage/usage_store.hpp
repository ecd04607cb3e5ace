// Where samples are kept, behind one small interface so that the monitoring module can write to
// it or replace it (a remote time-series database at scale). The built-in one keeps compact day
// blocks in the database (codec.hpp). Every call runs inside the caller's transaction.
// Thread safety: an implementation is shared by all request threads and holds no mutable state.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "usage/model.hpp"

namespace colo::usage {

class UsageStore {
 public:
  virtual ~UsageStore() = default;
  // Merges five-minute rates (slot times; validated by the caller) into the meter's data,
  // counting each in `report` (inserted, unchanged, replaced). Writing the same samples again
  // changes nothing.
  virtual Status put_rates(db::Tx& tx, std::int64_t meter_id, std::span<const RateSample> rates,
                           WriteReport& report) = 0;
  // The same for energy-register readings (whole seconds).
  virtual Status put_readings(db::Tx& tx, std::int64_t meter_id, std::span<const EnergyReading> readings,
                              WriteReport& report) = 0;
  // The rates with from <= t < to, in time order.
  virtual Result<std::vector<RateSample>> rates(db::Tx& tx, std::int64_t meter_id, Instant from, Instant to) = 0;
  // The readings with from <= t < to, in time order.
  virtual Result<std::vector<EnergyReading>> readings(db::Tx& tx, std::int64_t meter_id, Instant from, Instant to) = 0;
  // The last reading before `t`, if any (the base of a period's energy).
  virtual Result<std::optional<EnergyReading>> reading_before(db::Tx& tx, std::int64_t meter_id, Instant t) = 0;
  // Bytes the meter's samples take in the store (for sizing).
  virtual Result<std::int64_t> stored_bytes(db::Tx& tx, std::int64_t meter_id) = 0;
};

// Day blocks in the usage_blocks table, one row per meter per UTC day; `clock` stamps each
// block's updated_at and must outlive the store.
std::unique_ptr<UsageStore> make_block_store(const Clock& clock);

}  // namespace colo::usage
