#include "tsdb/module.hpp"

#include <spdlog/spdlog.h>

#include "http/metrics.hpp"
#include "tsdb/remote.hpp"
#include "tsdb/store.hpp"

namespace colo::tsdb {

scheduler::DailyJob retention_job(Store& store) {
  return {"tsdb-retention", [&store](Date) -> Status {
            COLO_TRY(auto deleted, store.delete_expired());
            if (deleted) spdlog::info("time series: deleted {} raw blocks past retention", deleted);
            return {};
          }};
}

void add_metrics(http::Metrics& metrics, Store& store, const RemoteWriter* remote) {
  auto d = [](std::int64_t v) { return static_cast<double>(v); };
  metrics.add_gauge("colo_tsdb_samples_stored", "Samples in the embedded store (sealed blocks and open heads).",
                    [&store, d] {
                      auto t = store.cached_totals();
                      return d(t.block_samples + t.head_samples);
                    });
  metrics.add_gauge("colo_tsdb_bytes_per_sample",
                    "Compressed bytes per sample in sealed blocks (block payload only, without row overhead).",
                    [&store] { return store.cached_totals().bytes_per_sample(); });
  metrics.add_gauge("colo_tsdb_series", "Series in the embedded store.",
                    [&store, d] { return d(store.cached_totals().series); });
  metrics.add_gauge("colo_tsdb_ingest_samples_per_second", "Samples accepted per second over the last minute.",
                    [&store] { return store.ingest_rate(); });
  metrics.add_gauge("colo_tsdb_samples_accepted_total", "Samples accepted by this server since it started.",
                    [&store, d] { return d(store.counters().accepted.load()); });
  metrics.add_gauge("colo_tsdb_samples_out_of_order_total", "Samples dropped as older than their series' newest.",
                    [&store, d] { return d(store.counters().out_of_order.load()); });
  metrics.add_gauge("colo_tsdb_samples_duplicate_total", "Samples dropped as a second value for one instant.",
                    [&store, d] { return d(store.counters().duplicates.load()); });
  metrics.add_gauge("colo_tsdb_samples_invalid_total", "Samples dropped for a bad metric, label or time.",
                    [&store, d] { return d(store.counters().invalid.load()); });
  metrics.add_gauge("colo_tsdb_flush_lag_seconds",
                    "How long after its period ended the last idle head was sealed into a block.",
                    [&store, d] { return d(store.counters().last_seal_lag_ms.load()) / 1000.0; });
  if (remote) {
    metrics.add_gauge("colo_tsdb_remote_write_queue_samples", "Samples waiting to be sent by remote write.",
                      [remote, d] { return d(remote->counters().queued.load()); });
    metrics.add_gauge("colo_tsdb_remote_write_sent_total", "Samples the remote-write target took.",
                      [remote, d] { return d(remote->counters().sent.load()); });
    metrics.add_gauge("colo_tsdb_remote_write_failures_total", "Remote-write sends that failed and will be retried.",
                      [remote, d] { return d(remote->counters().failures.load()); });
    metrics.add_gauge("colo_tsdb_remote_write_rejected_total", "Samples the target refused for good (HTTP 4xx).",
                      [remote, d] { return d(remote->counters().rejected.load()); });
  }
}

}  // namespace colo::tsdb
