// Remote write and read-back: the accepted samples queued in tsdb_remote_queue are sent to a
// Prometheus remote-write endpoint (VictoriaMetrics' /api/v1/write, Prometheus'
// /api/v1/write with the receiver on) as protobuf WriteRequests compressed with snappy, oldest
// first; and PromQL queries are passed to a Prometheus-compatible query API.
//
// Delivery: a queue row is deleted only after the target answered 2xx for it, so a target that is
// down keeps every sample queued (in the database, across restarts) and gets them later in the
// order they were accepted, so in time order per series. One server at a time drains the queue
// (a lease in job_leases), so that two servers do not send the same rows. A 4xx other than 429
// means the target will never take the batch (malformed for it): the batch is dropped and
// counted, so that one bad batch cannot stop the queue for ever.
//
// Thread safety: RemoteWriter::drain is called from one thread; the counters may be read from
// any. query_promql may be called from any thread.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "tsdb/codec.hpp"
#include "tsdb/sample.hpp"

namespace colo::tsdb {

// One series' samples as the remote-write protocol carries them.
struct RemoteSeries {
  std::string metric;
  Labels labels;  // normalised, without __name__
  std::vector<Point> points;
};

// prometheus.WriteRequest (remote.proto) as protobuf bytes, uncompressed. Written by hand: three
// small messages do not warrant a protobuf code generator in the build.
std::string encode_write_request(const std::vector<RemoteSeries>& series);

struct RemoteCounters {
  std::atomic<std::int64_t> sent{0};      // samples the target took
  std::atomic<std::int64_t> failures{0};  // sends that failed (will be retried)
  std::atomic<std::int64_t> rejected{0};  // samples the target refused for good (4xx)
  std::atomic<std::int64_t> queued{0};    // samples left in the queue after the last drain
};

class RemoteWriter {
 public:
  RemoteWriter(db::Database& db, const Clock& clock, std::string url, std::string holder);
  // Sends queued rows, oldest first, until the queue is empty or a send fails; the samples sent.
  // Fails with tsdb.remote_write.failed when the target cannot be reached or answers 5xx/429.
  Result<std::int64_t> drain();
  const RemoteCounters& counters() const { return counters_; }

 private:
  Result<std::int64_t> send_queued();
  Result<const RemoteSeries*> series_of(db::Tx& tx, std::int64_t id);
  db::Database& db_;
  const Clock& clock_;
  std::string url_;
  std::string holder_;
  RemoteCounters counters_;
  std::map<std::int64_t, RemoteSeries> names_;  // series id -> metric and labels (points unused)
};

// An HTTP answer from a Prometheus-compatible API.
struct HttpAnswer {
  long status = 0;
  std::string body;
};
// GET base_url + path with the query parameters; 503 tsdb.promql.unavailable when it cannot be
// reached.
Result<HttpAnswer> http_get(const std::string& base_url, const std::string& path,
                            const std::vector<std::pair<std::string, std::string>>& query,
                            std::chrono::milliseconds timeout);

}  // namespace colo::tsdb
