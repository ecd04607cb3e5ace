// Usage meters and their samples (bandwidth rates, energy readings), the series a chart draws,
// and the figures billing bills in arrears: 95th-percentile bandwidth and energy per contract.
// Staff with usage.write keep meters and write samples; a customer principal reads its own
// meters and data only (a foreign meter or contract is not found).
// Thread safety: a Service is shared by all request threads; it holds no mutable state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "usage/model.hpp"
#include "usage/owners.hpp"
#include "usage/usage.hpp"
#include "usage/usage_store.hpp"

namespace colo::usage {

// One request's samples for one meter: rates or raw counters for a bandwidth meter, readings
// for a power meter. `row` numbers each sample as it was sent, for the errors.
struct SampleBatch {
  std::vector<RateSample> rates;
  std::vector<CounterReading> counters;
  int counter_width = 64;  // 32 | 64
  std::vector<EnergyReading> readings;
};

// The days of a summary: default the current month up to today.
struct Period {
  Date from{}, to{};
};

class Service final : public Measurer {
 public:
  Service(db::Database& db, const Clock& clock, Owners& owners, UsageStore& store)
      : db_(db), clock_(clock), owners_(owners), store_(store) {}

  Result<db::Counted<Meter>> list(const Context& ctx, const MeterFilter& f);
  // not_found for unknown and foreign meters.
  Result<Meter> get(const Context& ctx, std::int64_t id);
  // Staff only. 400 validation_failed; 422 usage.meter.unknown_customer / unknown_contract /
  // contract_of_other_customer; 409 usage.meter.name_taken.
  Result<Meter> create(const Context& ctx, const MeterInput& in);
  // The same errors; the kind cannot change (400, field kind, immutable); 409
  // usage.meter.changed when another writer moved the meter to another contract meanwhile.
  Result<Meter> update(const Context& ctx, std::int64_t id, const MeterInput& in);

  // Retires a meter (kept with its samples, which still count for the past; it takes no new ones).
  // Retiring a retired meter changes nothing.
  Status retire(const Context& ctx, std::int64_t id);

  // Validates every sample first (422 usage.samples.invalid naming each bad one as
  // samples/<n>/<field>: not on a five-minute slot, in the future, negative, given twice, the
  // wrong kind for the meter, too fast) and writes nothing unless all pass. 409
  // usage.meter.retired for a retired meter.
  Result<WriteReport> write(const Context& ctx, std::int64_t meter_id, const SampleBatch& batch);
  // A CSV document (columns meter, timestamp, in_bps, out_bps | wh): every valid line is written
  // and the others reported, or with all_or_nothing nothing is written when a line is bad
  // (422 usage.import.rejected naming each line). 400 usage.import.malformed for a document
  // that is not CSV or lacks the columns, 400 usage.import.too_many beyond kMaxImportRows lines.
  Result<ImportReport> import_csv(const Context& ctx, std::string_view csv, bool all_or_nothing);

  // Points from `from` to `to` (default: the last seven days): five-minute samples up to two
  // days, hourly aggregates up to 35 days, daily ones (business days) beyond; at most 400 days
  // (400 usage.series.range).
  Result<Series> series(const Context& ctx, std::int64_t meter_id, std::optional<TimeOrDate> from,
                        std::optional<TimeOrDate> to, const std::string& step);
  // A contract's figures for business days from..to (inclusive), per meter and summed.
  Result<Summary> summary(const Context& ctx, std::int64_t contract_id, std::optional<Date> from,
                          std::optional<Date> to);

  Result<Figure> measure(db::Tx& tx, const Query& q) override;

 private:
  Result<Meter> load_visible(db::Tx& tx, const Context& ctx, std::int64_t id);
  Status fill_customer_names(db::Tx& tx, std::vector<Meter>& meters);
  Result<std::optional<ContractInfo>> resolve_contract(std::optional<std::int64_t> id);
  Status check_owner(db::Tx& tx, Meter& m, const std::optional<ContractInfo>& contract);
  // Validates and writes one meter's batch in `tx` (no commit); errors name rows after `prefix`.
  Result<WriteReport> write_in(db::Tx& tx, const Meter& m, const SampleBatch& batch, const std::string& prefix,
                               std::vector<FieldError>& errors);
  Result<Figures> bandwidth_figures(db::Tx& tx, const std::vector<Meter>& meters, Instant from, Instant to);
  Result<Figures> power_figures(db::Tx& tx, const std::vector<Meter>& meters, Instant from, Instant to);
  Instant start_of(Date d) const;
  Instant resolve(const TimeOrDate& t) const;

  db::Database& db_;
  const Clock& clock_;
  Owners& owners_;
  UsageStore& store_;
};

}  // namespace colo::usage
