#include "tsdb/store.hpp"

#include "db/cursor.hpp"
#include "tsdb/precision.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>

namespace colo::tsdb {

namespace json = boost::json;

namespace {

Error block_corrupt() {
  Error e = Error::internal("A stored time-series block cannot be read.");
  e.code = "tsdb.block.corrupt";
  return e;
}

constexpr std::string_view kInsertSeries =
    "INSERT INTO tsdb_series (metric, series_key, labels, customer_id, created_at) VALUES ($1, $2, $3, $4, $5) "
    "ON CONFLICT (series_key) DO NOTHING";
constexpr std::string_view kSeriesIdByKey = "SELECT id FROM tsdb_series WHERE series_key = $1";
constexpr std::string_view kInsertLabel = "INSERT INTO tsdb_series_labels (series_id, name, value) VALUES ($1, $2, $3)";
constexpr std::string_view kSeriesCols = "SELECT s.id, s.metric, s.labels, s.customer_id FROM tsdb_series s";
constexpr std::string_view kUpsertHead =
    "INSERT INTO tsdb_heads (series_id, t_first, t_last, samples, data) VALUES ($1, $2, $3, $4, $5) "
    "ON CONFLICT (series_id) DO UPDATE SET t_first = excluded.t_first, t_last = excluded.t_last, "
    "samples = excluded.samples, data = excluded.data";
constexpr std::string_view kHead = "SELECT t_last, data FROM tsdb_heads WHERE series_id = $1";
constexpr std::string_view kInsertBlock =
    "INSERT INTO tsdb_blocks (series_id, t_first, t_last, samples, bytes, data) VALUES ($1, $2, $3, $4, $5, $6)";
constexpr std::string_view kBlocksInRange =
    "SELECT data FROM tsdb_blocks WHERE series_id = $1 AND t_last >= $2 AND t_first <= $3 ORDER BY t_first";
constexpr std::string_view kRollupDay = "SELECT data FROM tsdb_rollups WHERE series_id = $1 AND day = $2";
constexpr std::string_view kUpsertRollupDay =
    "INSERT INTO tsdb_rollups (series_id, day, buckets, data) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (series_id, day) DO UPDATE SET buckets = excluded.buckets, data = excluded.data";
constexpr std::string_view kRollupDays =
    "SELECT data FROM tsdb_rollups WHERE series_id = $1 AND day >= $2 AND day < $3 ORDER BY day";
constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::string_view kIdleHeads =
    "SELECT h.series_id, h.t_first, h.data, s.metric FROM tsdb_heads h JOIN tsdb_series s ON s.id = h.series_id "
    "WHERE h.samples > 0 AND h.t_first < $1 ORDER BY h.series_id LIMIT 500";
constexpr std::string_view kEmptyHead =
    "UPDATE tsdb_heads SET t_first = t_last, samples = 0, data = $2 WHERE series_id = $1";
constexpr std::string_view kExpiredSums =
    "SELECT COUNT(*), COALESCE(SUM(samples), 0), COALESCE(SUM(bytes), 0) FROM tsdb_blocks WHERE t_last < $1";
constexpr std::string_view kDeleteExpired = "DELETE FROM tsdb_blocks WHERE t_last < $1";
constexpr std::string_view kAddTotal = "UPDATE tsdb_totals SET value = value + $2 WHERE name = $1";
constexpr std::string_view kTotals = "SELECT name, value FROM tsdb_totals";
constexpr std::string_view kSeriesCount = "SELECT COUNT(*) FROM tsdb_series";
constexpr std::string_view kHeadSamples = "SELECT COALESCE(SUM(samples), 0) FROM tsdb_heads";
constexpr std::string_view kQueueSamples = "SELECT COALESCE(SUM(samples), 0) FROM tsdb_remote_queue";
constexpr std::string_view kEnqueue = "INSERT INTO tsdb_remote_queue (samples, data, created_at) VALUES ($1, $2, $3)";

// Heads are read for a whole batch at once, this many series per statement (missing ones padded
// with -1, so that every statement has the same text and is prepared once).
constexpr std::size_t kHeadChunk = 200;

// Heads are written back the same way, this many per statement.
constexpr std::size_t kUpsertChunk = 100;

std::string upsert_heads_sql(std::size_t rows) {
  std::string sql = "INSERT INTO tsdb_heads (series_id, t_first, t_last, samples, data) VALUES ";
  for (std::size_t r = 0; r < rows; ++r) {
    sql += r ? ", (" : "(";
    for (std::size_t c = 0; c < 5; ++c) sql += (c ? ", $" : "$") + std::to_string(r * 5 + c + 1);
    sql += ")";
  }
  return sql +
         " ON CONFLICT (series_id) DO UPDATE SET t_first = excluded.t_first, t_last = excluded.t_last, "
         "samples = excluded.samples, data = excluded.data";
}

std::string heads_in_sql() {
  std::string sql = "SELECT series_id, t_last, data FROM tsdb_heads WHERE series_id IN (";
  for (std::size_t i = 0; i < kHeadChunk; ++i) sql += (i ? ", $" : "$") + std::to_string(i + 1);
  return sql + ")";
}

// Rollup days and heads of many series at once, for percentiles over a floor of ports.
std::string rollups_in_sql() {
  std::string sql = "SELECT series_id, data FROM tsdb_rollups WHERE series_id IN (";
  for (std::size_t i = 0; i < kHeadChunk; ++i) sql += (i ? ", $" : "$") + std::to_string(i + 1);
  return sql + ") AND day >= $" + std::to_string(kHeadChunk + 1) + " AND day < $" + std::to_string(kHeadChunk + 2) +
         " ORDER BY series_id, day";
}

std::string head_data_in_sql() {
  std::string sql = "SELECT series_id, data FROM tsdb_heads WHERE samples > 0 AND series_id IN (";
  for (std::size_t i = 0; i < kHeadChunk; ++i) sql += (i ? ", $" : "$") + std::to_string(i + 1);
  return sql + ")";
}

// A head's raw records: 8 bytes of time and 8 of value, little-endian, in time order.
std::string encode_raw(const std::vector<Point>& points) {
  std::string out(points.size() * 16, '\0');
  for (std::size_t i = 0; i < points.size(); ++i) {
    std::memcpy(out.data() + i * 16, &points[i].t_ms, 8);
    std::memcpy(out.data() + i * 16 + 8, &points[i].value, 8);
  }
  return out;
}

Result<std::vector<Point>> decode_raw(std::string_view bytes) {
  if (bytes.size() % 16 != 0) return block_corrupt();
  std::vector<Point> out(bytes.size() / 16);
  for (std::size_t i = 0; i < out.size(); ++i) {
    std::memcpy(&out[i].t_ms, bytes.data() + i * 16, 8);
    std::memcpy(&out[i].value, bytes.data() + i * 16 + 8, 8);
  }
  return out;
}

std::int64_t floor_to(std::int64_t t, std::int64_t step) {
  std::int64_t q = t / step;
  if (t % step != 0 && t < 0) --q;
  return q * step;
}

// Adds the finite points to five-minute buckets (NaN and infinities are not averaged).
void add_to_buckets(std::map<std::int64_t, Rollup>& buckets, const std::vector<Point>& points, std::int64_t from,
                    std::int64_t to) {
  for (const auto& p : points) {
    if (!std::isfinite(p.value)) continue;
    const std::int64_t b = floor_to(p.t_ms, kRollupMs);
    if (b < from || b >= to) continue;
    auto [it, fresh] = buckets.try_emplace(b);
    Rollup& r = it->second;
    if (fresh || r.samples == 0) {
      r = Rollup{b, 0, p.value, p.value, 0, p.value, p.t_ms};
    }
    r.samples += 1;
    r.min = std::min(r.min, p.value);
    r.max = std::max(r.max, p.value);
    r.total += p.value;
    if (p.t_ms >= r.last_t) {
      r.last = p.value;
      r.last_t = p.t_ms;
    }
  }
}

void merge_rollup(std::map<std::int64_t, Rollup>& buckets, const Rollup& add) {
  auto [it, fresh] = buckets.try_emplace(add.t_ms, add);
  if (fresh) return;
  Rollup& r = it->second;
  r.min = std::min(r.min, add.min);
  r.max = std::max(r.max, add.max);
  r.total += add.total;
  r.samples += add.samples;
  if (add.last_t >= r.last_t) {
    r.last = add.last;
    r.last_t = add.last_t;
  }
}

std::string labels_json(const Labels& labels) {
  json::object o;
  for (const auto& [k, v] : labels) o[k] = v;
  return json::serialize(o);
}

Labels labels_from_json(const std::string& text) {
  Labels out;
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_object()) return out;
  for (const auto& [k, val] : v.as_object())
    if (val.is_string()) out.emplace_back(std::string(k), std::string(val.as_string()));
  return normalise(std::move(out));
}

std::optional<std::int64_t> customer_of(const Labels& labels) {
  for (const auto& [k, v] : labels) {
    if (k != "customer_id") continue;
    if (v.empty() || v.size() > 18 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::nullopt;
    return std::stoll(v);
  }
  return std::nullopt;
}

SeriesInfo series_from(const db::Row& row) {
  db::Cursor c(row);
  SeriesInfo s;
  s.id = c.int64();                       // s.id
  s.metric = c.text();                    // s.metric
  s.labels = labels_from_json(c.text());  // s.labels
  s.customer_id = c.opt_int64();          // s.customer_id
  c.finish();
  return s;
}

}  // namespace

std::string encode_queue_batch(const std::vector<std::pair<std::int64_t, Point>>& samples) {
  std::string out;
  out.reserve(samples.size() * 20);
  auto varint = [&out](std::uint64_t v) {
    while (v >= 0x80) {
      out.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out.push_back(static_cast<char>(v));
  };
  for (const auto& [id, p] : samples) {
    varint(static_cast<std::uint64_t>(id));
    varint(zigzag(p.t_ms));
    char value[8];
    std::memcpy(value, &p.value, 8);
    out.append(value, 8);
  }
  return out;
}

Result<std::vector<std::pair<std::int64_t, Point>>> decode_queue_batch(std::string_view bytes) {
  std::vector<std::pair<std::int64_t, Point>> out;
  std::size_t pos = 0;
  auto varint = [&](std::uint64_t& v) {
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= bytes.size()) return false;
      const auto b = static_cast<unsigned char>(bytes[pos++]);
      v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  };
  while (pos < bytes.size()) {
    std::uint64_t id = 0, t = 0;
    if (!varint(id) || !varint(t) || pos + 8 > bytes.size()) return block_corrupt();
    Point p{unzigzag(t), 0};
    std::memcpy(&p.value, bytes.data() + pos, 8);
    pos += 8;
    out.emplace_back(static_cast<std::int64_t>(id), p);
  }
  return out;
}

std::string blob_param(db::Engine engine, std::string_view bytes) {
  if (engine == db::Engine::sqlite) return std::string(bytes);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\\x";
  out.reserve(2 + bytes.size() * 2);
  for (unsigned char c : bytes) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out;
}

Result<std::string> blob_cell(db::Engine engine, const std::string& cell) {
  if (engine == db::Engine::sqlite) return cell;
  auto corrupt = [] { return block_corrupt(); };
  if (cell.size() < 2 || cell[0] != '\\' || cell[1] != 'x' || cell.size() % 2 != 0) return corrupt();
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve(cell.size() / 2 - 1);
  for (std::size_t i = 2; i < cell.size(); i += 2) {
    const int hi = nibble(cell[i]), lo = nibble(cell[i + 1]);
    if (hi < 0 || lo < 0) return corrupt();
    out.push_back(static_cast<char>(hi * 16 + lo));
  }
  return out;
}

Store::Store(db::Database& db, const Clock& clock, StoreOptions options) : db_(db), clock_(clock), options_(options) {}

Status Store::write(std::vector<Sample> samples) {
  COLO_TRY(auto report, append(std::move(samples)));
  (void)report;
  return {};
}

Result<Store::Resolved> Store::resolve(db::Tx& tx, const std::vector<const Sample*>& samples) {
  Resolved out;
  auto& ids = out.ids;
  ids.assign(samples.size(), 0);
  std::vector<std::string> keys(samples.size());
  std::vector<std::size_t> missing;
  {
    std::shared_lock lock(cache_mutex_);
    for (std::size_t i = 0; i < samples.size(); ++i) {
      keys[i] = series_key(samples[i]->metric, samples[i]->labels);
      if (auto it = ids_.find(keys[i]); it != ids_.end())
        ids[i] = it->second;
      else
        missing.push_back(i);
    }
  }
  auto& created = out.created;
  const std::string now = format_instant(clock_.now());
  for (std::size_t i : missing) {
    if (auto it = created.find(keys[i]); it != created.end()) {
      ids[i] = it->second;
      continue;
    }
    const Sample& s = *samples[i];
    COLO_TRY(auto inserted,
             tx.exec(kInsertSeries, {s.metric, keys[i], labels_json(s.labels), customer_of(s.labels), now}));
    COLO_TRY(auto row, tx.one(kSeriesIdByKey, {keys[i]}));
    if (!row) return Error::internal("a time series vanished while it was created");
    const std::int64_t id = row->int64(0);
    if (inserted == 1)
      for (const auto& [name, value] : s.labels) COLO_CHECK(tx.exec(kInsertLabel, {id, name, value}));
    created.emplace(keys[i], id);
    ids[i] = id;
  }
  return out;
}

Status Store::seal(db::Tx& tx, std::int64_t series_id, std::string_view metric, const std::vector<Point>& points) {
  if (points.empty()) return {};
  // Only the raw block is rounded: the rollups below (what billing's 95th percentile reads, kept
  // for years) are made from the values as they were read.
  const int bits = rounds_precision(metric) ? options_.rate_precision_bits : 0;
  std::string block;
  if (bits > 0 && bits < 53) {
    std::vector<Point> rounded = points;
    for (auto& p : rounded) p.value = round_precision(p.value, bits);
    block = encode_block(rounded);
  } else {
    block = encode_block(points);
  }
  const auto n = static_cast<std::int64_t>(points.size());
  const auto bytes = static_cast<std::int64_t>(block.size());
  COLO_CHECK(tx.exec(kInsertBlock,
                     {series_id, points.front().t_ms, points.back().t_ms, n, bytes, blob_param(tx.engine(), block)}));
  std::map<std::int64_t, Rollup> buckets;
  add_to_buckets(buckets, points, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max());
  // Merged into each UTC day the block touches (a block spans two hours, so one day or two).
  for (auto day_begin = buckets.begin(); day_begin != buckets.end();) {
    const std::int64_t day = floor_to(day_begin->first, kDayMs);
    auto day_end = buckets.lower_bound(day + kDayMs);
    std::map<std::int64_t, Rollup> merged;
    COLO_TRY(auto row, tx.one(kRollupDay, {series_id, day}));
    if (row) {
      COLO_TRY(auto bytes, blob_cell(tx.engine(), row->text(0)));
      COLO_TRY(auto stored, decode_rollups(bytes));
      for (const auto& r : stored) merged.emplace(r.t_ms, r);
    }
    for (auto it = day_begin; it != day_end; ++it) merge_rollup(merged, it->second);
    std::vector<Rollup> day_rollups;
    day_rollups.reserve(merged.size());
    for (const auto& [b, r] : merged) day_rollups.push_back(r);
    COLO_CHECK(tx.exec(kUpsertRollupDay, {series_id, day, static_cast<std::int64_t>(day_rollups.size()),
                                          blob_param(tx.engine(), encode_rollups(day_rollups))}));
    day_begin = day_end;
  }
  COLO_CHECK(tx.exec(kAddTotal, {"block_samples", n}));
  COLO_CHECK(tx.exec(kAddTotal, {"block_bytes", bytes}));
  counters_.blocks_sealed += 1;
  counters_.samples_sealed += n;
  counters_.bytes_sealed += bytes;
  return {};
}

Result<AppendReport> Store::append(std::vector<Sample> samples) {
  AppendReport report;
  std::vector<const Sample*> valid;
  valid.reserve(samples.size());
  for (auto& s : samples) {
    s.labels = normalise(std::move(s.labels));
    if (check_sample(s, "")) {
      ++report.invalid;
      continue;
    }
    valid.push_back(&s);
  }
  counters_.invalid += report.invalid;
  if (valid.empty()) return report;

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  if (options_.on_append) COLO_CHECK(options_.on_append(tx, valid));
  COLO_TRY(auto resolved, resolve(tx, valid));
  const auto& ids = resolved.ids;

  // The batch's points per series, in time order (stable: of two at one instant the first wins).
  std::unordered_map<std::int64_t, std::vector<Point>> incoming;
  std::unordered_map<std::int64_t, std::string_view> metrics;  // for sealing
  std::vector<std::int64_t> order;
  for (std::size_t i = 0; i < valid.size(); ++i) {
    auto [it, fresh] = incoming.try_emplace(ids[i]);
    if (fresh) {
      order.push_back(ids[i]);
      metrics.emplace(ids[i], valid[i]->metric);
    }
    it->second.push_back({valid[i]->t_ms, valid[i]->value});
  }
  for (auto& [id, points] : incoming)
    std::stable_sort(points.begin(), points.end(), [](const Point& a, const Point& b) { return a.t_ms < b.t_ms; });

  struct HeadRow {
    std::int64_t t_last = 0;
    std::vector<Point> points;
  };
  std::unordered_map<std::int64_t, HeadRow> heads;
  static const std::string kHeadsIn = heads_in_sql();
  for (std::size_t start = 0; start < order.size(); start += kHeadChunk) {
    db::Params params;
    for (std::size_t i = 0; i < kHeadChunk; ++i) params.emplace_back(start + i < order.size() ? order[start + i] : -1);
    COLO_TRY(auto rows, tx.query(kHeadsIn, params));
    for (const auto& row : rows.rows) {
      COLO_TRY(auto bytes, blob_cell(tx.engine(), row.text(2)));
      COLO_TRY(auto points, decode_raw(bytes));
      heads[row.int64(0)] = HeadRow{row.int64(1), std::move(points)};
    }
  }

  std::vector<std::pair<std::int64_t, Point>> accepted;
  static const std::string kUpsertHeads = upsert_heads_sql(kUpsertChunk);
  db::Params upserts;
  for (std::int64_t id : order) {
    auto found = heads.find(id);
    const bool known = found != heads.end();
    HeadRow head = known ? std::move(found->second) : HeadRow{};
    bool changed = false;
    for (const Point& p : incoming[id]) {
      if ((known || changed) && p.t_ms <= head.t_last) {
        ++(p.t_ms == head.t_last ? report.duplicates : report.out_of_order);
        continue;
      }
      if (!head.points.empty() && (static_cast<int>(head.points.size()) >= options_.block_samples ||
                                   floor_to(p.t_ms, options_.block_period_ms) !=
                                       floor_to(head.points.front().t_ms, options_.block_period_ms))) {
        COLO_CHECK(seal(tx, id, metrics[id], head.points));
        head.points.clear();
      }
      head.points.push_back(p);
      head.t_last = p.t_ms;
      changed = true;
      ++report.accepted;
      if (options_.remote_write) accepted.emplace_back(id, p);
    }
    if (!changed) continue;
    COLO_CHECK(
        tx.exec(kUpsertHead, {id, head.points.front().t_ms, head.t_last, static_cast<std::int64_t>(head.points.size()),
                              blob_param(tx.engine(), encode_raw(head.points))}));
  }
  if (!accepted.empty()) {
    COLO_CHECK(
        tx.exec(kEnqueue, {static_cast<std::int64_t>(accepted.size()),
                           blob_param(tx.engine(), encode_queue_batch(accepted)), format_instant(clock_.now())}));
  }
  COLO_CHECK(tx.commit());
  // Only now: an id cached from a transaction that rolled back would name no series.
  {
    std::unique_lock lock(cache_mutex_);
    for (auto& [key, id] : resolved.created) ids_.emplace(key, id);
  }
  counters_.accepted += report.accepted;
  counters_.out_of_order += report.out_of_order;
  counters_.duplicates += report.duplicates;
  return report;
}

Result<std::vector<SeriesInfo>> Store::find_series(const Selector& selector, std::optional<std::int64_t> tenant,
                                                   int limit) {
  std::string sql(kSeriesCols);
  sql += " WHERE 1 = 1";
  db::Params params;
  if (!selector.metric.empty()) {
    params.emplace_back(selector.metric);
    sql += " AND s.metric = $" + std::to_string(params.size());
  }
  for (const auto& [name, value] : selector.equal) {
    params.emplace_back(name);
    params.emplace_back(value);
    sql += " AND EXISTS (SELECT 1 FROM tsdb_series_labels l WHERE l.series_id = s.id AND l.name = $" +
           std::to_string(params.size() - 1) + " AND l.value = $" + std::to_string(params.size()) + ")";
  }
  if (tenant) {
    params.emplace_back(*tenant);
    sql += " AND s.customer_id = $" + std::to_string(params.size());
  }
  params.emplace_back(limit);
  sql += " ORDER BY s.id LIMIT $" + std::to_string(params.size());
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto rows, tx.query(sql, params));
  std::vector<SeriesInfo> out;
  for (const auto& row : rows.rows) out.push_back(series_from(row));
  return out;
}

Result<std::optional<SeriesInfo>> Store::series(std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto row, tx.one(std::string(kSeriesCols) + " WHERE s.id = $1", {id}));
  if (!row) return std::optional<SeriesInfo>{};
  return std::optional<SeriesInfo>(series_from(*row));
}

Result<std::vector<Point>> Store::head_points(db::Tx& tx, std::int64_t series_id) {
  COLO_TRY(auto row, tx.one(kHead, {series_id}));
  if (!row) return std::vector<Point>{};
  COLO_TRY(auto bytes, blob_cell(tx.engine(), row->text(1)));
  return decode_raw(bytes);
}

Result<RangeAnswer> Store::range(std::int64_t series_id, std::int64_t from_ms, std::int64_t to_ms,
                                 std::int64_t step_ms) {
  RangeAnswer out;
  if (to_ms < from_ms) return out;
  if (step_ms > 0 && step_ms % kRollupMs == 0) {
    out.from_rollups = true;
    COLO_TRY(auto buckets, five_minute_totals(series_id, floor_to(from_ms, kRollupMs), to_ms + 1));
    std::int64_t window = 0, samples = 0;
    double total = 0;
    auto emit = [&] {
      if (samples > 0) out.points.push_back({window, total / static_cast<double>(samples)});
    };
    for (const auto& r : buckets) {
      const std::int64_t w = floor_to(r.t_ms, step_ms);
      if (samples > 0 && w != window) {
        emit();
        samples = 0;
        total = 0;
      }
      window = w;
      samples += r.samples;
      total += r.total;
    }
    emit();
    return out;
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto blocks, tx.query(kBlocksInRange, {series_id, from_ms, to_ms}));
  std::vector<Point> raw;
  auto keep = [&](const std::vector<Point>& points) {
    for (const auto& p : points)
      if (p.t_ms >= from_ms && p.t_ms <= to_ms) raw.push_back(p);
  };
  for (const auto& row : blocks.rows) {
    COLO_TRY(auto bytes, blob_cell(tx.engine(), row.text(0)));
    COLO_TRY(auto points, decode_block(bytes));
    keep(points);
  }
  COLO_TRY(auto head, head_points(tx, series_id));
  keep(head);
  if (step_ms <= 0) {
    out.points = std::move(raw);
    return out;
  }
  std::int64_t window = 0, samples = 0;
  double total = 0;
  for (const auto& p : raw) {
    if (!std::isfinite(p.value)) continue;
    const std::int64_t w = floor_to(p.t_ms, step_ms);
    if (samples > 0 && w != window) {
      out.points.push_back({window, total / static_cast<double>(samples)});
      samples = 0;
      total = 0;
    }
    window = w;
    ++samples;
    total += p.value;
  }
  if (samples > 0) out.points.push_back({window, total / static_cast<double>(samples)});
  return out;
}

Result<std::vector<Rollup>> Store::five_minute_rollups(std::int64_t series_id, std::int64_t from_ms,
                                                       std::int64_t to_ms) {
  return rollups(series_id, from_ms, to_ms, false);
}

Result<std::vector<Rollup>> Store::five_minute_totals(std::int64_t series_id, std::int64_t from_ms,
                                                      std::int64_t to_ms) {
  return rollups(series_id, from_ms, to_ms, true);
}

namespace {

// Adds a head's buckets in [from, to) to sealed ones (ascending): the head's are the newest, but
// the first of them may continue the last sealed one.
void merge_head(std::vector<Rollup>& out, const std::vector<Point>& head, std::int64_t from_ms, std::int64_t to_ms) {
  if (head.empty()) return;
  std::map<std::int64_t, Rollup> buckets;
  add_to_buckets(buckets, head, from_ms, to_ms);
  for (const auto& [b, r] : buckets) {
    if (!out.empty() && out.back().t_ms >= b) {
      auto it = std::lower_bound(out.begin(), out.end(), b, [](const Rollup& x, std::int64_t t) { return x.t_ms < t; });
      if (it != out.end() && it->t_ms == b) {
        std::map<std::int64_t, Rollup> one{{b, *it}};
        merge_rollup(one, r);
        *it = one.begin()->second;
        continue;
      }
      out.insert(it, r);
      continue;
    }
    out.push_back(r);
  }
}

}  // namespace

Result<std::vector<Rollup>> Store::rollups(std::int64_t series_id, std::int64_t from_ms, std::int64_t to_ms,
                                           bool totals_only) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto rows, tx.query(kRollupDays, {series_id, floor_to(from_ms, kDayMs), to_ms}));
  std::vector<Rollup> out;
  out.reserve(rows.rows.size() * 288 + 32);
  for (const auto& row : rows.rows) {
    COLO_TRY(auto bytes, blob_cell(tx.engine(), row.text(0)));
    COLO_CHECK(decode_rollups_into(bytes, totals_only, from_ms, to_ms, out));
  }
  COLO_TRY(auto head, head_points(tx, series_id));
  merge_head(out, head, from_ms, to_ms);
  return out;
}

Result<std::vector<std::optional<double>>> Store::five_minute_percentiles(const std::vector<std::int64_t>& series_ids,
                                                                          std::int64_t from_ms, std::int64_t to_ms,
                                                                          double q) {
  std::vector<std::optional<double>> out(series_ids.size());
  if (series_ids.empty() || to_ms <= from_ms) return out;
  static const std::string kRollupsIn = rollups_in_sql();
  static const std::string kHeadsIn = head_data_in_sql();
  // Where each id's answer goes (an id asked twice gets it twice).
  std::unordered_map<std::int64_t, std::vector<std::size_t>> slots;
  std::vector<std::int64_t> ids;
  for (std::size_t i = 0; i < series_ids.size(); ++i) {
    auto& s = slots[series_ids[i]];
    if (s.empty()) ids.push_back(series_ids[i]);
    s.push_back(i);
  }
  std::vector<Rollup> buckets;  // one series at a time, capacity kept
  std::vector<double> averages;
  auto finish = [&](std::int64_t id, const std::vector<Point>* head) {
    if (head) merge_head(buckets, *head, from_ms, to_ms);
    averages.clear();
    for (const auto& r : buckets)
      if (r.samples > 0) averages.push_back(r.avg());
    buckets.clear();
    if (averages.empty()) return;
    // Nearest rank: the smallest value with at least q of the values at or below it.
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(averages.size())));
    const std::size_t k = std::min(averages.size() - 1, rank == 0 ? 0 : rank - 1);
    std::nth_element(averages.begin(), averages.begin() + static_cast<std::ptrdiff_t>(k), averages.end());
    for (auto slot : slots[id]) out[slot] = averages[k];
  };
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  for (std::size_t start = 0; start < ids.size(); start += kHeadChunk) {
    db::Params params;
    for (std::size_t i = 0; i < kHeadChunk; ++i) params.emplace_back(start + i < ids.size() ? ids[start + i] : -1);
    COLO_TRY(auto heads, tx.query(kHeadsIn, params));
    std::unordered_map<std::int64_t, std::vector<Point>> head_of;
    for (const auto& row : heads.rows) {
      COLO_TRY(auto bytes, blob_cell(tx.engine(), row.text(1)));
      COLO_TRY(auto points, decode_raw(bytes));
      head_of.emplace(row.int64(0), std::move(points));
    }
    params.emplace_back(floor_to(from_ms, kDayMs));
    params.emplace_back(to_ms);
    COLO_TRY(auto rows, tx.query(kRollupsIn, params));
    std::optional<std::int64_t> current;
    auto done = [&](std::int64_t id) {
      auto h = head_of.find(id);
      finish(id, h == head_of.end() ? nullptr : &h->second);
      if (h != head_of.end()) head_of.erase(h);
    };
    for (const auto& row : rows.rows) {
      const std::int64_t id = row.int64(0);
      if (current && *current != id) done(*current);
      current = id;
      // SQLite's cell is the bytes themselves: decoded where it lies, not copied again.
      const std::string cell = row.text(1);
      if (tx.engine() == db::Engine::sqlite) {
        COLO_CHECK(decode_rollups_into(cell, true, from_ms, to_ms, buckets));
      } else {
        COLO_TRY(auto bytes, blob_cell(tx.engine(), cell));
        COLO_CHECK(decode_rollups_into(bytes, true, from_ms, to_ms, buckets));
      }
    }
    if (current) done(*current);
    // Series with samples only in their heads.
    for (const auto& [id, head] : head_of) finish(id, &head);
  }
  return out;
}

Result<std::vector<Point>> Store::five_minute_averages(std::int64_t series_id, std::int64_t from_ms,
                                                       std::int64_t to_ms) {
  COLO_TRY(auto buckets, five_minute_totals(series_id, from_ms, to_ms));
  std::vector<Point> out;
  out.reserve(buckets.size());
  for (const auto& r : buckets) out.push_back({r.t_ms, r.avg()});
  return out;
}

Result<std::int64_t> Store::seal_idle() {
  const std::int64_t now = clock_.now().time_since_epoch().count();
  const std::int64_t cutoff = floor_to(now - 60'000, options_.block_period_ms);
  std::int64_t sealed = 0;
  while (true) {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
    COLO_TRY(auto rows, tx.query(kIdleHeads, {cutoff}));
    std::int64_t oldest_end = std::numeric_limits<std::int64_t>::max();
    for (const auto& row : rows.rows) {
      COLO_TRY(auto bytes, blob_cell(tx.engine(), row.text(2)));
      COLO_TRY(auto points, decode_raw(bytes));
      COLO_CHECK(seal(tx, row.int64(0), row.text(3), points));
      COLO_CHECK(tx.exec(kEmptyHead, {row.int64(0), blob_param(tx.engine(), "")}));
      oldest_end = std::min(oldest_end, floor_to(row.int64(1), options_.block_period_ms) + options_.block_period_ms);
    }
    COLO_CHECK(tx.commit());
    if (!rows.rows.empty()) counters_.last_seal_lag_ms = now - oldest_end;
    sealed += static_cast<std::int64_t>(rows.rows.size());
    if (rows.rows.size() < 500) break;
  }
  return sealed;
}

Result<std::int64_t> Store::delete_expired() {
  const std::int64_t now = clock_.now().time_since_epoch().count();
  const std::int64_t cutoff = now - static_cast<std::int64_t>(options_.retention_raw_days) * 86'400'000;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto sums, tx.one(kExpiredSums, {cutoff}));
  COLO_CHECK(tx.exec(kDeleteExpired, {cutoff}));
  COLO_CHECK(tx.exec(kAddTotal, {"block_samples", -sums->int64(1)}));
  COLO_CHECK(tx.exec(kAddTotal, {"block_bytes", -sums->int64(2)}));
  COLO_CHECK(tx.commit());
  return sums->int64(0);
}

Result<StoreTotals> Store::totals() {
  StoreTotals t;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto rows, tx.query(kTotals));
  for (const auto& row : rows.rows) {
    if (row.text(0) == "block_samples") t.block_samples = row.int64(1);
    if (row.text(0) == "block_bytes") t.block_bytes = row.int64(1);
  }
  COLO_TRY(auto series, tx.one(kSeriesCount));
  t.series = series->int64(0);
  COLO_TRY(auto head, tx.one(kHeadSamples));
  t.head_samples = head->int64(0);
  COLO_TRY(auto queue, tx.one(kQueueSamples));
  t.remote_queue = queue->int64(0);
  return t;
}

Status Store::refresh_totals() {
  COLO_TRY(auto t, totals());
  const std::int64_t now = clock_.now().time_since_epoch().count();
  const std::int64_t accepted = counters_.accepted.load();
  std::lock_guard lock(totals_mutex_);
  cached_totals_ = t;
  if (refreshed_at_ms_ && now > refreshed_at_ms_)
    ingest_rate_ =
        static_cast<double>(accepted - accepted_at_refresh_) * 1000.0 / static_cast<double>(now - refreshed_at_ms_);
  refreshed_at_ms_ = now;
  accepted_at_refresh_ = accepted;
  return {};
}

StoreTotals Store::cached_totals() const {
  std::lock_guard lock(totals_mutex_);
  return cached_totals_;
}

double Store::ingest_rate() const {
  std::lock_guard lock(totals_mutex_);
  return ingest_rate_;
}

}  // namespace colo::tsdb
