// What the composition root needs to run the time-series store: its daily retention job and its
// figures on /metrics.
#pragma once

#include "scheduler/scheduler.hpp"

namespace colo::http {
class Metrics;
}

namespace colo::tsdb {

class Store;
class RemoteWriter;

// "tsdb-retention": deletes raw blocks older than [monitoring] retention_raw_days.
scheduler::DailyJob retention_job(Store& store);

// colo_tsdb_* gauges: samples stored and bytes per sample, series, ingest rate, flush lag,
// dropped samples, and the remote-write queue and failures (remote may be null).
void add_metrics(http::Metrics& metrics, Store& store, const RemoteWriter* remote);

}  // namespace colo::tsdb
