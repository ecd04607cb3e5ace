// The embedded time-series store: the Sink the poller and the push API write through, and the
// reads the query API and billing make.
//
// Where samples live: a series' newest samples are in its head row (raw, rewritten in the same
// transaction that accepts them), so a sample acknowledged by append() is committed and a kill -9
// loses nothing acknowledged. (A power failure can lose what SQLite's synchronous=NORMAL in WAL
// mode can: the last commits before it. PostgreSQL's default synchronous_commit loses nothing.)
// A head is sealed into a compressed block (codec.hpp) when it holds `block_samples` samples,
// when a sample of a later period arrives, or by seal_idle() once its period is over; sealing
// merges the block's five-minute rollups into its series' day of rollups (one compressed row per
// series per UTC day). Raw blocks older than the raw retention are deleted by delete_expired();
// rollups are kept.
//
// Ordering: per series, a sample older than the newest stored one is dropped as out of order and
// one at the same instant as a duplicate (counted, never an error for the batch). Every append is
// one write transaction, which holds the writers' lock, so several servers appending to the same
// series cannot interleave; series are created with a unique key (ON CONFLICT DO NOTHING, then read
// back), so two servers creating the same series end with one.
//
// Thread safety: every member may be called from any thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "tsdb/codec.hpp"
#include "tsdb/sample.hpp"
#include "tsdb/series.hpp"

namespace colo::tsdb {

constexpr std::int64_t kRollupMs = 5 * 60 * 1000;

struct StoreOptions {
  // Blocks never span two such periods nor hold more than block_samples samples. Twelve hours let
  // a port polled every 300 s fill its 120 (a block's header and first point are some 16 bytes,
  // a lot for the 24 samples two hours would hold); a 60 s series fills them in two hours.
  std::int64_t block_period_ms = 12 * 60 * 60 * 1000;
  int block_samples = 120;
  int retention_raw_days = 35;  // [monitoring] retention_raw_days
  bool remote_write = false;    // also queue accepted samples for remote write
  // Called inside each append's write transaction with its valid samples, before they are
  // stored: what others derive from samples (monitoring's stored days) learns of late ones in the
  // same transaction, so a committed sample is never missed. An error rolls the append back.
  std::function<Status(db::Tx&, const std::vector<const Sample*>&)> on_append;
  // Significant bits kept in the raw blocks of rate-like series (precision.hpp); 0 or >= 53 keep
  // every bit. The server passes [monitoring] rate_precision_bits (kDefaultRatePrecisionBits).
  int rate_precision_bits = 0;
};

// What one append did with its samples.
struct AppendReport {
  std::int64_t accepted = 0;
  std::int64_t out_of_order = 0;
  std::int64_t duplicates = 0;
  std::int64_t invalid = 0;
};

struct SeriesInfo {
  std::int64_t id = 0;
  std::string metric;
  Labels labels;
  std::optional<std::int64_t> customer_id;
};

// Raw points, or one point per step: the average of the samples in [t, t + step).
struct RangeAnswer {
  bool from_rollups = false;
  std::vector<Point> points;
};

// Counters since start, for /metrics.
struct StoreCounters {
  std::atomic<std::int64_t> accepted{0}, out_of_order{0}, duplicates{0}, invalid{0};
  std::atomic<std::int64_t> blocks_sealed{0}, samples_sealed{0}, bytes_sealed{0};
  std::atomic<std::int64_t> last_seal_lag_ms{0};  // how far behind its period's end the last idle seal ran
};

// Totals read from the database.
struct StoreTotals {
  std::int64_t series = 0;
  std::int64_t block_samples = 0, block_bytes = 0;  // sealed, compressed
  std::int64_t head_samples = 0;
  std::int64_t remote_queue = 0;  // samples waiting for remote write
  double bytes_per_sample() const {
    return block_samples ? static_cast<double>(block_bytes) / static_cast<double>(block_samples) : 0;
  }
};

class Store final : public Sink {
 public:
  Store(db::Database& db, const Clock& clock, StoreOptions options = {});

  // Sink: invalid, out-of-order and duplicate samples are counted and dropped.
  Status write(std::vector<Sample> samples) override;
  // The same, saying what happened to the samples.
  Result<AppendReport> append(std::vector<Sample> samples);

  // The series matching `selector`, by id, at most `limit`; only those labelled with `tenant` as
  // customer_id when given.
  Result<std::vector<SeriesInfo>> find_series(const Selector& selector, std::optional<std::int64_t> tenant, int limit);
  Result<std::optional<SeriesInfo>> series(std::int64_t id);

  // Samples of [from, to] (ms, inclusive): raw when step_ms is 0; else the average of each
  // step-wide window (aligned to multiples of step), from the rollups when step_ms is a multiple
  // of five minutes, from the raw samples otherwise.
  Result<RangeAnswer> range(std::int64_t series_id, std::int64_t from_ms, std::int64_t to_ms, std::int64_t step_ms);
  // The five-minute buckets starting in [from, to): what billing's 95th percentile reads.
  Result<std::vector<Rollup>> five_minute_rollups(std::int64_t series_id, std::int64_t from_ms, std::int64_t to_ms);
  // The same with only samples and total meaningful (min, max and last are not): enough for
  // averages, at a third of the decoding.
  Result<std::vector<Rollup>> five_minute_totals(std::int64_t series_id, std::int64_t from_ms, std::int64_t to_ms);
  // Their averages, one point per bucket start.
  Result<std::vector<Point>> five_minute_averages(std::int64_t series_id, std::int64_t from_ms, std::int64_t to_ms);
  // For each series (answers in the order asked), the q-quantile (nearest rank, 0 < q <= 1) of
  // its five-minute averages over [from, to): billing's 95th percentile for a floor of ports. Read
  // in bulk (a statement per 200 series, not one per series and day) and decoded without an
  // allocation per series; nullopt for a series without samples in the period.
  Result<std::vector<std::optional<double>>> five_minute_percentiles(const std::vector<std::int64_t>& series_ids,
                                                                     std::int64_t from_ms, std::int64_t to_ms,
                                                                     double q);

  // Seals the heads whose period ended before now less one minute; how many.
  Result<std::int64_t> seal_idle();
  // Deletes raw blocks older than the raw retention; how many.
  Result<std::int64_t> delete_expired();

  Result<StoreTotals> totals();
  // Reads totals() into the copy /metrics shows, and the ingest rate since the last refresh, so
  // that a scrape does not query the database.
  Status refresh_totals();
  StoreTotals cached_totals() const;
  double ingest_rate() const;  // samples accepted per second between the last two refreshes
  const StoreCounters& counters() const { return counters_; }
  const StoreOptions& options() const { return options_; }
  db::Database& database() { return db_; }

 private:
  struct Resolved {
    std::vector<std::int64_t> ids;                          // per sample
    std::unordered_map<std::string, std::int64_t> created;  // key -> id, cached after commit
  };
  Result<Resolved> resolve(db::Tx& tx, const std::vector<const Sample*>& samples);
  Status seal(db::Tx& tx, std::int64_t series_id, std::string_view metric, const std::vector<Point>& points);
  Result<std::vector<Point>> head_points(db::Tx& tx, std::int64_t series_id);
  Result<std::vector<Rollup>> rollups(std::int64_t series_id, std::int64_t from_ms, std::int64_t to_ms,
                                      bool totals_only);

  db::Database& db_;
  const Clock& clock_;
  StoreOptions options_;
  StoreCounters counters_;
  mutable std::mutex totals_mutex_;
  StoreTotals cached_totals_;
  double ingest_rate_ = 0;
  std::int64_t refreshed_at_ms_ = 0, accepted_at_refresh_ = 0;
  std::shared_mutex cache_mutex_;
  std::unordered_map<std::string, std::int64_t> ids_;  // series key -> id
};

// A remote-write queue row's samples: (series id, point) in acceptance order.
std::string encode_queue_batch(const std::vector<std::pair<std::int64_t, Point>>& samples);
Result<std::vector<std::pair<std::int64_t, Point>>> decode_queue_batch(std::string_view bytes);

// Bytes for a {{blob}} parameter and back: SQLite keeps them as given; PostgreSQL's bytea takes
// and gives its hex form.
std::string blob_param(db::Engine engine, std::string_view bytes);
Result<std::string> blob_cell(db::Engine engine, const std::string& cell);

}  // namespace colo::tsdb
