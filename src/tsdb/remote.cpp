#include "tsdb/remote.hpp"

#include <curl/curl.h>
#include <snappy.h>

#include <boost/json.hpp>

#include <cstring>
#include <memory>
#include <unordered_map>

#include "scheduler/scheduler.hpp"
#include "tsdb/store.hpp"

namespace colo::tsdb {

namespace json = boost::json;

namespace {

constexpr std::string_view kQueueHead = "SELECT id, data FROM tsdb_remote_queue ORDER BY id LIMIT 20";
constexpr std::string_view kDeleteQueued = "DELETE FROM tsdb_remote_queue WHERE id >= $1 AND id <= $2";
constexpr std::string_view kQueued = "SELECT COALESCE(SUM(samples), 0) FROM tsdb_remote_queue";
constexpr std::string_view kSeriesName = "SELECT metric, labels FROM tsdb_series WHERE id = $1";
constexpr auto kLease = std::chrono::minutes(2);

void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}
void put_tag(std::string& out, int field, int wire_type) {
  put_varint(out, static_cast<std::uint64_t>(field << 3 | wire_type));
}
void put_bytes(std::string& out, int field, std::string_view bytes) {
  put_tag(out, field, 2);
  put_varint(out, bytes.size());
  out.append(bytes);
}

std::string encode_label(std::string_view name, std::string_view value) {
  std::string out;
  put_bytes(out, 1, name);
  put_bytes(out, 2, value);
  return out;
}

struct CurlGlobal {
  CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};
void curl_once() { static CurlGlobal global; }

std::size_t append_body(char* data, std::size_t size, std::size_t n, void* out) {
  static_cast<std::string*>(out)->append(data, size * n);
  return size * n;
}

using Curl = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using Headers = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

// status 0 and the error text when the target could not be reached.
HttpAnswer perform(CURL* curl, std::chrono::milliseconds timeout) {
  HttpAnswer answer;
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, append_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer.body);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  const CURLcode rc = curl_easy_perform(curl);
  if (rc != CURLE_OK) {
    answer.body = curl_easy_strerror(rc);
    return answer;
  }
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &answer.status);
  return answer;
}

}  // namespace

std::string encode_write_request(const std::vector<RemoteSeries>& series) {
  std::string out;
  for (const auto& s : series) {
    std::string ts;
    // Labels sorted by name, __name__ first (it sorts before every valid label name).
    put_bytes(ts, 1, encode_label("__name__", s.metric));
    for (const auto& [name, value] : s.labels) put_bytes(ts, 1, encode_label(name, value));
    for (const auto& p : s.points) {
      std::string sample;
      put_tag(sample, 1, 1);  // double, fixed 64
      char bits[8];
      std::memcpy(bits, &p.value, 8);
      sample.append(bits, 8);
      put_tag(sample, 2, 0);  // int64 milliseconds
      put_varint(sample, static_cast<std::uint64_t>(p.t_ms));
      put_bytes(ts, 2, sample);
    }
    put_bytes(out, 1, ts);
  }
  return out;
}

RemoteWriter::RemoteWriter(db::Database& db, const Clock& clock, std::string url, std::string holder)
    : db_(db), clock_(clock), url_(std::move(url)), holder_(std::move(holder)) {
  curl_once();
}

Result<const RemoteSeries*> RemoteWriter::series_of(db::Tx& tx, std::int64_t id) {
  if (auto it = names_.find(id); it != names_.end()) return &it->second;
  COLO_TRY(auto row, tx.one(kSeriesName, {id}));
  RemoteSeries s;
  if (row) {
    s.metric = row->text(0);
    boost::system::error_code ec;
    auto v = json::parse(row->text(1), ec);
    if (!ec && v.is_object())
      for (const auto& [k, val] : v.as_object())
        if (val.is_string()) s.labels.emplace_back(std::string(k), std::string(val.as_string()));
    s.labels = normalise(std::move(s.labels));
  }
  return &names_.emplace(id, std::move(s)).first->second;
}

Result<std::int64_t> RemoteWriter::drain() {
  auto sent = send_queued();
  // What is left, for /metrics, whether or not the target took anything.
  if (auto tx = db::Tx::begin(db_, db::Access::read); tx.ok())
    if (auto left = tx->one(kQueued); left.ok() && *left) counters_.queued = (*left)->int64(0);
  return sent;
}

Result<std::int64_t> RemoteWriter::send_queued() {
  const Instant now = clock_.now();
  COLO_TRY(bool held, scheduler::take_lease(db_, "tsdb-remote-write", holder_, now + kLease, now));
  if (!held) return std::int64_t{0};
  std::int64_t sent = 0;
  while (true) {
    std::vector<RemoteSeries> series;
    std::int64_t first_id = 0, last_id = 0, samples = 0;
    {
      COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
      COLO_TRY(auto rows, tx.query(kQueueHead));
      if (rows.rows.empty()) break;
      std::unordered_map<std::int64_t, std::size_t> index;
      for (const auto& row : rows.rows) {
        if (!first_id) first_id = row.int64(0);
        last_id = row.int64(0);
        COLO_TRY(auto bytes, blob_cell(tx.engine(), row.text(1)));
        COLO_TRY(auto batch, decode_queue_batch(bytes));
        for (const auto& [id, point] : batch) {
          auto [it, fresh] = index.try_emplace(id, series.size());
          if (fresh) {
            COLO_TRY(const RemoteSeries* name, series_of(tx, id));
            series.push_back(RemoteSeries{name->metric, name->labels, {}});
          }
          series[it->second].points.push_back(point);
          ++samples;
        }
      }
    }
    const std::string request = encode_write_request(series);
    std::string body;
    snappy::Compress(request.data(), request.size(), &body);
    Curl curl(curl_easy_init(), curl_easy_cleanup);
    Headers headers(nullptr, curl_slist_free_all);
    for (const char* h : {"Content-Type: application/x-protobuf", "Content-Encoding: snappy",
                          "X-Prometheus-Remote-Write-Version: 0.1.0", "User-Agent: colo"})
      headers.reset(curl_slist_append(headers.release(), h));
    curl_easy_setopt(curl.get(), CURLOPT_URL, url_.c_str());
    curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body.data());
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    const HttpAnswer answer = perform(curl.get(), std::chrono::seconds(10));
    const bool retry = answer.status == 0 || answer.status == 429 || answer.status >= 500;
    if (retry) {
      counters_.failures += 1;
      Error e = Error::unavailable("remote write to " + url_ + " failed: " +
                                   (answer.status ? "HTTP " + std::to_string(answer.status) : answer.body));
      e.code = "tsdb.remote_write.failed";
      return e;
    }
    if (answer.status >= 300) counters_.rejected += samples;
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
    COLO_CHECK(tx.exec(kDeleteQueued, {first_id, last_id}));
    COLO_CHECK(tx.commit());
    if (answer.status < 300) {
      counters_.sent += samples;
      sent += samples;
    }
  }
  return sent;
}

Result<HttpAnswer> http_get(const std::string& base_url, const std::string& path,
                            const std::vector<std::pair<std::string, std::string>>& query,
                            std::chrono::milliseconds timeout) {
  curl_once();
  Curl curl(curl_easy_init(), curl_easy_cleanup);
  std::string url = base_url;
  while (!url.empty() && url.back() == '/') url.pop_back();
  url += path;
  char sep = '?';
  for (const auto& [k, v] : query) {
    std::unique_ptr<char, decltype(&curl_free)> escaped(
        curl_easy_escape(curl.get(), v.data(), static_cast<int>(v.size())), curl_free);
    url += sep;
    url += k + "=" + escaped.get();
    sep = '&';
  }
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  auto answer = perform(curl.get(), timeout);
  if (answer.status == 0) {
    Error e = Error::unavailable("The PromQL server cannot be reached: " + answer.body);
    e.code = "tsdb.promql.unavailable";
    return e;
  }
  return answer;
}

}  // namespace colo::tsdb
