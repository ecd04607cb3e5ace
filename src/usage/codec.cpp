#include "usage/codec.hpp"

#include <algorithm>

namespace colo::usage {

namespace {

constexpr unsigned char kRateBlock = 0x01;
constexpr unsigned char kReadingBlock = 0x02;
constexpr std::size_t kBitmapBytes = (kSlotsPerDay + 7) / 8;

void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

std::uint64_t zigzag(std::int64_t v) {
  return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
std::int64_t unzigzag(std::uint64_t v) { return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1); }

class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  bool byte(unsigned char& c) {
    if (pos_ >= b_.size()) return false;
    c = static_cast<unsigned char>(b_[pos_++]);
    return true;
  }
  bool varint(std::uint64_t& v) {
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      unsigned char c = 0;
      if (!byte(c)) return false;
      v |= static_cast<std::uint64_t>(c & 0x7F) << shift;
      if (!(c & 0x80)) return true;
    }
    return false;
  }
  bool done() const { return pos_ == b_.size(); }

 private:
  std::string_view b_;
  std::size_t pos_ = 0;
};

void put_bitmap(std::string& out, const std::bitset<kSlotsPerDay>& bits) {
  for (std::size_t i = 0; i < kBitmapBytes; ++i) {
    unsigned char c = 0;
    for (std::size_t j = 0; j < 8 && i * 8 + j < kSlotsPerDay; ++j)
      if (bits[i * 8 + j]) c |= static_cast<unsigned char>(1u << j);
    out.push_back(static_cast<char>(c));
  }
}

bool get_bitmap(Reader& r, std::bitset<kSlotsPerDay>& bits) {
  for (std::size_t i = 0; i < kBitmapBytes; ++i) {
    unsigned char c = 0;
    if (!r.byte(c)) return false;
    for (std::size_t j = 0; j < 8; ++j) {
      if (!(c & (1u << j))) continue;
      if (i * 8 + j >= kSlotsPerDay) return false;
      bits.set(i * 8 + j);
    }
  }
  return true;
}

Error corrupt() { return Error::internal("A stored usage block cannot be read.").keyed("usage.block.corrupt"); }

}  // namespace

std::string encode_rates(const RateDay& day) {
  std::string out;
  out.reserve(2 + 2 * kBitmapBytes + 4 * day.present.count());
  out.push_back(static_cast<char>(kRateBlock));
  const bool any_clamped = (day.clamped & day.present).any();
  out.push_back(static_cast<char>(any_clamped ? 1 : 0));
  put_bitmap(out, day.present);
  if (any_clamped) put_bitmap(out, day.clamped & day.present);
  for (const auto* values : {&day.in, &day.out}) {
    std::int64_t prev = 0;
    for (int s = 0; s < kSlotsPerDay; ++s) {
      if (!day.present[static_cast<std::size_t>(s)]) continue;
      put_varint(out, zigzag((*values)[static_cast<std::size_t>(s)] - prev));
      prev = (*values)[static_cast<std::size_t>(s)];
    }
  }
  return out;
}

Result<RateDay> decode_rates(std::string_view bytes) {
  Reader r(bytes);
  unsigned char kind = 0, flags = 0;
  if (!r.byte(kind) || kind != kRateBlock || !r.byte(flags) || flags > 1) return corrupt();
  RateDay day;
  if (!get_bitmap(r, day.present)) return corrupt();
  if (flags & 1 && !get_bitmap(r, day.clamped)) return corrupt();
  for (auto* values : {&day.in, &day.out}) {
    std::int64_t prev = 0;
    for (int s = 0; s < kSlotsPerDay; ++s) {
      if (!day.present[static_cast<std::size_t>(s)]) continue;
      std::uint64_t v = 0;
      if (!r.varint(v)) return corrupt();
      prev += unzigzag(v);
      (*values)[static_cast<std::size_t>(s)] = prev;
    }
  }
  if (!r.done()) return corrupt();
  return day;
}

std::string encode_readings(const std::vector<DayReading>& readings) {
  std::string out;
  out.push_back(static_cast<char>(kReadingBlock));
  put_varint(out, readings.size());
  std::int32_t prev_second = 0;
  std::int64_t prev_wh = 0;
  for (const auto& r : readings) {
    put_varint(out, static_cast<std::uint64_t>(r.second - prev_second));
    put_varint(out, zigzag(r.wh - prev_wh));
    prev_second = r.second;
    prev_wh = r.wh;
  }
  return out;
}

Result<std::vector<DayReading>> decode_readings(std::string_view bytes) {
  Reader r(bytes);
  unsigned char kind = 0;
  std::uint64_t count = 0;
  if (!r.byte(kind) || kind != kReadingBlock || !r.varint(count) || count > 86400) return corrupt();
  std::vector<DayReading> out;
  out.reserve(count);
  std::int64_t second = 0, wh = 0;
  for (std::uint64_t i = 0; i < count; ++i) {
    std::uint64_t ds = 0, dw = 0;
    if (!r.varint(ds) || !r.varint(dw)) return corrupt();
    second += static_cast<std::int64_t>(ds);
    wh += unzigzag(dw);
    if (second >= 86400 || (i > 0 && ds == 0)) return corrupt();
    out.push_back({static_cast<std::int32_t>(second), wh});
  }
  if (!r.done()) return corrupt();
  return out;
}

void merge_rate(RateDay& day, int slot, std::int64_t in_bps, std::int64_t out_bps, bool clamped, WriteReport& report) {
  const auto i = static_cast<std::size_t>(slot);
  if (!day.present[i]) {
    ++report.inserted;
  } else if (day.in[i] == in_bps && day.out[i] == out_bps && day.clamped[i] == clamped) {
    ++report.unchanged;
    return;
  } else {
    ++report.replaced;
  }
  day.present.set(i);
  day.clamped.set(i, clamped);
  day.in[i] = in_bps;
  day.out[i] = out_bps;
}

void merge_reading(std::vector<DayReading>& readings, DayReading r, WriteReport& report) {
  auto it = std::lower_bound(readings.begin(), readings.end(), r.second,
                             [](const DayReading& a, std::int32_t s) { return a.second < s; });
  if (it == readings.end() || it->second != r.second) {
    readings.insert(it, r);
    ++report.inserted;
  } else if (it->wh == r.wh) {
    ++report.unchanged;
  } else {
    it->wh = r.wh;
    ++report.replaced;
  }
}

}  // namespace colo::usage
