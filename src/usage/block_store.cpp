// The built-in UsageStore: one usage_blocks row per meter per UTC day. A write reads the days it
// touches in one statement, merges in memory and writes back only the days that changed.
//
// Binary data and the drivers: parameters and cells travel as text. SQLite keeps the bytes as
// given (a text value, byte for byte); PostgreSQL's bytea reads and writes its hex form
// ("\x0a1b..."), so the bytes are hex-encoded for it here.
#include <algorithm>
#include <map>

#include "usage/codec.hpp"
#include "usage/rules.hpp"
#include "usage/usage_store.hpp"

namespace colo::usage {

namespace {

constexpr std::string_view kDays =
    "SELECT day, data FROM usage_blocks WHERE meter_id = $1 AND day >= $2 AND day <= $3 ORDER BY day";
constexpr std::string_view kLastDayBefore =
    "SELECT day, data FROM usage_blocks WHERE meter_id = $1 AND day < $2 ORDER BY day DESC LIMIT 1";
constexpr std::string_view kUpsert =
    "INSERT INTO usage_blocks (meter_id, day, samples, data, updated_at) VALUES ($1, $2, $3, $4, $5) "
    "ON CONFLICT (meter_id, day) DO UPDATE SET samples = excluded.samples, data = excluded.data, "
    "updated_at = excluded.updated_at";
constexpr std::string_view kAllData = "SELECT data FROM usage_blocks WHERE meter_id = $1";

std::string to_param(db::Engine engine, const std::string& bytes) {
  if (engine == db::Engine::sqlite) return bytes;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\\x";
  out.reserve(2 + bytes.size() * 2);
  for (unsigned char c : bytes) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out;
}

Result<std::string> from_cell(db::Engine engine, const std::string& cell) {
  if (engine == db::Engine::sqlite) return cell;
  if (cell.size() < 2 || cell[0] != '\\' || cell[1] != 'x' || cell.size() % 2 != 0)
    return Error::internal("A stored usage block cannot be read.").keyed("usage.block.corrupt");
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve(cell.size() / 2 - 1);
  for (std::size_t i = 2; i < cell.size(); i += 2) {
    int hi = nibble(cell[i]), lo = nibble(cell[i + 1]);
    if (hi < 0 || lo < 0) return Error::internal("A stored usage block cannot be read.").keyed("usage.block.corrupt");
    out.push_back(static_cast<char>(hi * 16 + lo));
  }
  return out;
}

std::int64_t day_start(Date d) { return epoch_seconds(Instant(std::chrono::sys_days(d))); }

// The stored days of a meter between two UTC dates (inclusive), as their bytes.
Result<std::map<std::string, std::string>> load_days(db::Tx& tx, std::int64_t meter_id, Date first, Date last) {
  COLO_TRY(auto res, tx.query(kDays, {meter_id, format_date(first), format_date(last)}));
  std::map<std::string, std::string> out;
  for (const auto& r : res.rows) {
    COLO_TRY(auto bytes, from_cell(tx.engine(), r.text(1)));
    out.emplace(r.text(0), std::move(bytes));
  }
  return out;
}

Status save_day(db::Tx& tx, std::int64_t meter_id, const std::string& day, std::int64_t samples,
                const std::string& bytes, Instant now) {
  COLO_CHECK(tx.exec(kUpsert, {meter_id, day, samples, to_param(tx.engine(), bytes), format_instant(now)}));
  return {};
}

class BlockStore final : public UsageStore {
 public:
  explicit BlockStore(const Clock& clock) : clock_(clock) {}

  Status put_rates(db::Tx& tx, std::int64_t meter_id, std::span<const RateSample> rates, WriteReport& report) override {
    if (rates.empty()) return {};
    auto [lo, hi] = std::minmax_element(rates.begin(), rates.end(),
                                        [](const RateSample& a, const RateSample& b) { return a.t < b.t; });
    COLO_TRY(auto stored, load_days(tx, meter_id, utc_date(lo->t), utc_date(hi->t)));
    std::map<std::string, RateDay> days;
    std::map<std::string, bool> changed;
    for (const auto& s : rates) {
      const Date d = utc_date(s.t);
      const std::string key = format_date(d);
      auto it = days.find(key);
      if (it == days.end()) {
        RateDay day;
        if (auto st = stored.find(key); st != stored.end()) {
          COLO_TRY(day, decode_rates(st->second));
        }
        it = days.emplace(key, day).first;
      }
      const int slot = static_cast<int>((epoch_seconds(s.t) - day_start(d)) / kSlotSeconds);
      WriteReport one;
      merge_rate(it->second, slot, s.in_bps, s.out_bps, s.clamped, one);
      report.inserted += one.inserted;
      report.unchanged += one.unchanged;
      report.replaced += one.replaced;
      if (one.inserted || one.replaced) changed[key] = true;
    }
    for (const auto& [key, _] : changed)
      COLO_CHECK(save_day(tx, meter_id, key, days[key].count(), encode_rates(days[key]), clock_.now()));
    return {};
  }

  Status put_readings(db::Tx& tx, std::int64_t meter_id, std::span<const EnergyReading> readings,
                      WriteReport& report) override {
    if (readings.empty()) return {};
    auto [lo, hi] = std::minmax_element(readings.begin(), readings.end(),
                                        [](const EnergyReading& a, const EnergyReading& b) { return a.t < b.t; });
    COLO_TRY(auto stored, load_days(tx, meter_id, utc_date(lo->t), utc_date(hi->t)));
    std::map<std::string, std::vector<DayReading>> days;
    std::map<std::string, bool> changed;
    for (const auto& r : readings) {
      const Date d = utc_date(r.t);
      const std::string key = format_date(d);
      auto it = days.find(key);
      if (it == days.end()) {
        std::vector<DayReading> day;
        if (auto st = stored.find(key); st != stored.end()) {
          COLO_TRY(day, decode_readings(st->second));
        }
        it = days.emplace(key, std::move(day)).first;
      }
      WriteReport one;
      merge_reading(it->second, {static_cast<std::int32_t>(epoch_seconds(r.t) - day_start(d)), r.wh}, one);
      report.inserted += one.inserted;
      report.unchanged += one.unchanged;
      report.replaced += one.replaced;
      if (one.inserted || one.replaced) changed[key] = true;
    }
    for (const auto& [key, _] : changed)
      COLO_CHECK(save_day(tx, meter_id, key, static_cast<std::int64_t>(days[key].size()), encode_readings(days[key]),
                          clock_.now()));
    return {};
  }

  Result<std::vector<RateSample>> rates(db::Tx& tx, std::int64_t meter_id, Instant from, Instant to) override {
    std::vector<RateSample> out;
    if (to <= from) return out;
    COLO_TRY(auto stored, load_days(tx, meter_id, utc_date(from), utc_date(to - std::chrono::milliseconds(1))));
    const auto lo = epoch_seconds(from), hi = epoch_seconds(to);
    for (const auto& [key, bytes] : stored) {
      COLO_TRY(auto day, decode_rates(bytes));
      const auto start = day_start(*parse_date(key));
      for (int s = 0; s < kSlotsPerDay; ++s) {
        const auto i = static_cast<std::size_t>(s);
        if (!day.present[i]) continue;
        const auto t = start + s * kSlotSeconds;
        if (t < lo || t >= hi) continue;
        out.push_back({from_epoch_seconds(t), day.in[i], day.out[i], day.clamped[i]});
      }
    }
    return out;
  }

  Result<std::vector<EnergyReading>> readings(db::Tx& tx, std::int64_t meter_id, Instant from, Instant to) override {
    std::vector<EnergyReading> out;
    if (to <= from) return out;
    COLO_TRY(auto stored, load_days(tx, meter_id, utc_date(from), utc_date(to - std::chrono::milliseconds(1))));
    const auto lo = epoch_seconds(from), hi = epoch_seconds(to);
    for (const auto& [key, bytes] : stored) {
      COLO_TRY(auto day, decode_readings(bytes));
      const auto start = day_start(*parse_date(key));
      for (const auto& r : day) {
        const auto t = start + r.second;
        if (t >= lo && t < hi) out.push_back({from_epoch_seconds(t), r.wh});
      }
    }
    return out;
  }

  Result<std::optional<EnergyReading>> reading_before(db::Tx& tx, std::int64_t meter_id, Instant t) override {
    // The day of `t` itself may hold earlier readings; else the last stored day before it.
    const Date d = utc_date(t);
    COLO_TRY(auto same, readings(tx, meter_id, Instant(std::chrono::sys_days(d)), t));
    if (!same.empty()) return std::optional<EnergyReading>(same.back());
    COLO_TRY(auto row, tx.one(kLastDayBefore, {meter_id, format_date(d)}));
    if (!row) return std::optional<EnergyReading>{};
    COLO_TRY(auto bytes, from_cell(tx.engine(), row->text(1)));
    COLO_TRY(auto day, decode_readings(bytes));
    if (day.empty()) return std::optional<EnergyReading>{};
    return std::optional<EnergyReading>(
        EnergyReading{from_epoch_seconds(day_start(*parse_date(row->text(0))) + day.back().second), day.back().wh});
  }

  Result<std::int64_t> stored_bytes(db::Tx& tx, std::int64_t meter_id) override {
    COLO_TRY(auto res, tx.query(kAllData, {meter_id}));
    std::int64_t total = 0;
    for (const auto& r : res.rows) {
      COLO_TRY(auto bytes, from_cell(tx.engine(), r.text(0)));
      total += static_cast<std::int64_t>(bytes.size());
    }
    return total;
  }

 private:
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<UsageStore> make_block_store(const Clock& clock) { return std::make_unique<BlockStore>(clock); }

}  // namespace colo::usage
