#include "tsdb/codec.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <optional>

namespace colo::tsdb {

namespace {

std::uint64_t low_bits(std::uint64_t v, int count) { return count >= 64 ? v : v & ((std::uint64_t{1} << count) - 1); }

void put_big_endian(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (56 - 8 * i)) & 0xff));
}

}  // namespace

// Whole 64-bit words go out at once: the writer is the hot loop of sealing blocks.
void BitWriter::write(std::uint64_t bits, int count) {
  if (count <= 0) return;
  bits = low_bits(bits, count);
  const int room = 64 - used_;
  if (count < room) {
    acc_ = (acc_ << count) | bits;
    used_ += count;
    return;
  }
  // Fill the word, send it, keep the rest.
  const int rest = count - room;
  const std::uint64_t word = (room == 64 ? 0 : acc_ << room) | (bits >> rest);
  put_big_endian(out_, word, 8);
  acc_ = low_bits(bits, rest);
  used_ = rest;
}

std::string BitWriter::finish() {
  std::string out = out_;
  if (used_ > 0) put_big_endian(out, acc_ << (64 - used_), (used_ + 7) / 8);
  return out;
}

std::uint64_t BitReader::window(std::size_t byte) const {
  if (byte + 8 <= in_.size()) {
    std::uint64_t w;
    std::memcpy(&w, in_.data() + byte, 8);
    return __builtin_bswap64(w);
  }
  std::uint64_t w = 0;
  for (std::size_t i = 0; i < 8; ++i)
    w = (w << 8) | (byte + i < in_.size() ? static_cast<unsigned char>(in_[byte + i]) : 0u);
  return w;
}

std::uint64_t BitReader::read(int count) {
  if (count <= 0) return 0;
  if (pos_ + static_cast<std::size_t>(count) > in_.size() * 8) {
    failed_ = true;
    pos_ = in_.size() * 8;
    return 0;
  }
  if (count > 56) {
    const std::uint64_t high = read(count - 32);
    return (high << 32) | read(32);
  }
  // Eight bytes from the one holding the next bit (zeros past the end) hold all `count` bits.
  const int offset = static_cast<int>(pos_ % 8);
  const std::uint64_t w = window(pos_ / 8);
  pos_ += static_cast<std::size_t>(count);
  return (w << offset) >> (64 - count);
}

int BitReader::read_zeros_then_one(int max) {
  int zeros = 0;
  while (true) {
    const std::size_t left = in_.size() * 8 - pos_;
    if (left == 0 || zeros > max) {
      failed_ = true;
      pos_ = in_.size() * 8;
      return zeros;
    }
    // After the shift at least 56 bits of the window are the stream's (or padding past its end).
    const int usable = static_cast<int>(std::min<std::size_t>(56, left));
    const int z = std::countl_zero(window(pos_ / 8) << (pos_ % 8));
    if (z < usable) {
      pos_ += static_cast<std::size_t>(z) + 1;
      return zeros + z;
    }
    zeros += usable;
    pos_ += static_cast<std::size_t>(usable);
  }
}

namespace {

enum Mode : std::uint8_t { kXor = 1, kDecimalDelta = 2, kDecimalDeltaOfDelta = 3 };
// The first byte of a version 2 block; version 1 blocks begin with their mode.
constexpr std::uint8_t kVersion2 = 4;
// The order byte of a stream whose residuals are all zero: none is written.
constexpr std::uint8_t kAllZero = 0xff;

constexpr double kPow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
constexpr int kMaxExponent = 9;

Error corrupt() {
  Error e = Error::internal("A stored time-series block cannot be read.");
  e.code = "tsdb.block.corrupt";
  return e;
}

// Version 1: a zig-zagged integer in the smallest of six buckets.
std::int64_t read_bucketed(BitReader& r) {
  static constexpr int kWidths[] = {7, 14, 24, 40};
  int ones = 0;
  while (ones < 5 && r.read_bit()) ++ones;
  if (ones == 0) return 0;
  return unzigzag(r.read(ones == 5 ? 64 : kWidths[ones - 1]));
}

void write_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

bool read_varint(std::string_view in, std::size_t& pos, std::uint64_t& v) {
  v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (pos >= in.size()) return false;
    const auto b = static_cast<unsigned char>(in[pos++]);
    v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
    if (!(b & 0x80)) return true;
  }
  return false;
}

// Differences wrap as unsigned arithmetic so that extreme values cannot overflow; the decoder
// wraps the same way back.
std::int64_t wrapping_add(std::int64_t a, std::int64_t b) {
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) + static_cast<std::uint64_t>(b));
}

// Exp-Golomb of order k: q = (z >> k) + 1 as n zeros and its n + 1 bits, then z's low k bits.
// Costs 2n + 1 + k bits; n is 64 at most (q up to 2^64 needs unsigned __int128).
int eg_cost(std::uint64_t z, int k) {
  const std::uint64_t high = z >> k;
  const int n = high == ~std::uint64_t{0} ? 64 : std::bit_width(high + 1) - 1;
  return 2 * n + 1 + k;
}

void write_eg(BitWriter& w, std::uint64_t z, int k) {
  const std::uint64_t high = z >> k;
  if (high == ~std::uint64_t{0}) {  // q = 2^64: 64 zeros, a one, 64 zeros
    w.write(0, 64);
    w.write(1, 1);
    w.write(0, 64);
  } else {
    const std::uint64_t q = high + 1;
    const int n = std::bit_width(q) - 1;
    w.write(0, n);
    w.write(q, n + 1);
  }
  w.write(low_bits(z, k), k);
}

std::uint64_t read_eg(BitReader& r, int k) {
  // Most codes fit the next 56 bits: n zeros, q's n + 1 bits and k low bits, read at once; then
  // (q << k | low) - 2^k is the value.
  if (k < 56 && r.bits_left() >= 56) {
    const std::uint64_t w = r.peek();
    const int zeros = std::countl_zero(w);
    const int total = 2 * zeros + 1 + k;
    if (total <= 56) {
      r.skip(total);
      return ((w << zeros) >> (64 - (zeros + 1 + k))) - (std::uint64_t{1} << k);
    }
  }
  const int n = r.read_zeros_then_one(64);
  if (r.failed()) return 0;
  // q = 2^n + the next n bits; z >> k = q - 1.
  const std::uint64_t rest = r.read(n);
  const std::uint64_t high = n == 64 ? ~std::uint64_t{0} : ((std::uint64_t{1} << n) | rest) - 1;
  return k == 0 ? high : (high << k) | r.read(k);
}

// A number as its bit width (7 bits) and those bits: a timestamp or a first value in about
// the bits it needs.
void write_sized(BitWriter& w, std::uint64_t v) {
  const int width = std::bit_width(v);
  w.write(static_cast<std::uint64_t>(width), 7);
  w.write(v, width);
}

std::uint64_t read_sized(BitReader& r) {
  const int width = static_cast<int>(r.read(7));
  if (width > 64) {
    r.read(1 << 20);  // marks the reader failed
    return 0;
  }
  return r.read(width);
}

// The order that makes a stream of zig-zagged residuals shortest, or kAllZero. The best order is
// near the width of the residuals' mean (for a geometric spread exactly there), so only the
// orders around it are sized: sealing stays a few passes over 120 numbers.
std::uint8_t best_order(const std::vector<std::uint64_t>& zs) {
  std::uint64_t any = 0;
  long double sum = 0;
  for (auto z : zs) {
    any |= z;
    sum += static_cast<long double>(z);
  }
  if (any == 0) return kAllZero;
  const int centre = std::bit_width(static_cast<std::uint64_t>(sum / static_cast<long double>(zs.size())));
  int best_k = 0;
  std::uint64_t best = ~std::uint64_t{0};
  for (int k = std::max(0, centre - 3); k <= std::min(63, centre + 2); ++k) {
    std::uint64_t bits = 0;
    for (auto z : zs) bits += static_cast<std::uint64_t>(eg_cost(z, k));
    if (bits < best) {
      best = bits;
      best_k = k;
    }
  }
  return static_cast<std::uint8_t>(best_k);
}

std::uint64_t stream_bits(const std::vector<std::uint64_t>& zs, std::uint8_t order) {
  if (order == kAllZero) return 0;
  std::uint64_t bits = 0;
  for (auto z : zs) bits += static_cast<std::uint64_t>(eg_cost(z, order));
  return bits;
}

void write_stream(BitWriter& w, const std::vector<std::uint64_t>& zs, std::uint8_t order) {
  if (order == kAllZero) return;
  for (auto z : zs) write_eg(w, z, order);
}

// Timestamps after the first as residuals from the nominal gap, in units of the gaps' common
// divisor. Gaps are positive (ascending times) and taken modulo 2^64 so that extremes wrap.
struct TimeStream {
  std::uint64_t divisor = 1, nominal = 0;  // nominal in divisor units
  std::vector<std::uint64_t> zs;
  std::uint8_t order = kAllZero;
};

TimeStream time_stream(const std::vector<Point>& points) {
  TimeStream out;
  const std::size_t n = points.size();
  if (n < 2) return out;
  std::vector<std::uint64_t> gaps(n - 1);
  std::uint64_t g = 0;
  for (std::size_t i = 1; i < n; ++i) {
    gaps[i - 1] = static_cast<std::uint64_t>(points[i].t_ms) - static_cast<std::uint64_t>(points[i - 1].t_ms);
    g = std::gcd(g, gaps[i - 1]);
  }
  out.divisor = g == 0 ? 1 : g;
  std::vector<std::uint64_t> sorted = gaps;
  std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
  out.nominal = sorted[sorted.size() / 2] / out.divisor;
  out.zs.reserve(gaps.size());
  for (auto gap : gaps) out.zs.push_back(zigzag(static_cast<std::int64_t>(gap / out.divisor - out.nominal)));
  out.order = best_order(out.zs);
  return out;
}

// The smallest exponent e at which every value is an integer m with m / 10^e giving back the
// very same double; -1 when there is none (NaN, infinities, -0, too many digits).
int decimal_exponent(const std::vector<Point>& points) {
  for (int e = 0; e <= kMaxExponent; ++e) {
    bool all = true;
    for (const auto& p : points) {
      const double scaled = p.value * kPow10[e];
      if (!std::isfinite(scaled) || std::fabs(scaled) >= 9007199254740992.0) {
        all = false;
        break;
      }
      const auto m = static_cast<std::int64_t>(std::nearbyint(scaled));
      if (std::bit_cast<std::uint64_t>(static_cast<double>(m) / kPow10[e]) != std::bit_cast<std::uint64_t>(p.value)) {
        all = false;
        break;
      }
    }
    if (all) return e;
  }
  return -1;
}

// Decimal values: the first integer whole, then the deltas (or their deltas) over the deltas'
// common divisor. Integers are below 2^53, so no difference overflows.
struct ValueStream {
  std::int64_t first = 0;
  std::uint64_t divisor = 1;
  std::vector<std::uint64_t> zs;
  std::uint8_t order = kAllZero;
};

ValueStream decimal_stream(const std::vector<std::int64_t>& ms, bool second_order) {
  ValueStream out;
  out.first = ms[0];
  std::uint64_t g = 0;
  for (std::size_t i = 1; i < ms.size(); ++i) {
    const std::int64_t d = ms[i] - ms[i - 1];
    g = std::gcd(g, static_cast<std::uint64_t>(d < 0 ? -d : d));
  }
  out.divisor = g == 0 ? 1 : g;
  const auto div = static_cast<std::int64_t>(out.divisor);
  std::int64_t prev = 0;
  out.zs.reserve(ms.size());
  for (std::size_t i = 1; i < ms.size(); ++i) {
    const std::int64_t d = (ms[i] - ms[i - 1]) / div;
    out.zs.push_back(zigzag(second_order ? d - prev : d));
    prev = d;
  }
  out.order = best_order(out.zs);
  return out;
}

void write_xor_values(BitWriter& w, const std::vector<Point>& points) {
  std::uint64_t prev = std::bit_cast<std::uint64_t>(points[0].value);
  w.write(prev, 64);
  int window_lead = -1, window_trail = 0;
  for (std::size_t i = 1; i < points.size(); ++i) {
    const std::uint64_t bits = std::bit_cast<std::uint64_t>(points[i].value);
    const std::uint64_t x = bits ^ prev;
    prev = bits;
    if (x == 0) {
      w.write_bit(false);
      continue;
    }
    w.write_bit(true);
    const int lead = std::min(std::countl_zero(x), 31);
    const int trail = std::countr_zero(x);
    if (window_lead >= 0 && lead >= window_lead && trail >= window_trail) {
      w.write_bit(false);
      w.write(x >> window_trail, 64 - window_lead - window_trail);
    } else {
      const int length = 64 - lead - trail;
      w.write_bit(true);
      w.write(static_cast<std::uint64_t>(lead), 5);
      w.write(static_cast<std::uint64_t>(length - 1), 6);
      w.write(x >> trail, length);
      window_lead = lead;
      window_trail = trail;
    }
  }
}

// Calls emit(i, t_ms, value) for each point of a block of either version, in order; false when
// the bytes are not a block (emit may have been called for some points by then).
template <typename Emit>
bool decode_points(std::string_view bytes, Emit&& emit) {
  if (bytes.size() < 3) return false;
  const auto first = static_cast<std::uint8_t>(bytes[0]);
  const bool v2 = first == kVersion2;
  const auto mode = static_cast<std::uint8_t>(v2 ? bytes[1] : bytes[0]);
  const int exponent = static_cast<unsigned char>(v2 ? bytes[2] : bytes[1]);
  if (mode < kXor || mode > kDecimalDeltaOfDelta || exponent > kMaxExponent) return false;
  std::size_t pos = v2 ? 3 : 2;
  std::uint64_t count = 0;
  if (!read_varint(bytes, pos, count) || count == 0) return false;
  std::uint64_t t_divisor = 1, t_nominal = 0, v_divisor = 1;
  std::uint8_t t_order = kAllZero, v_order = kAllZero;
  if (v2) {
    if (!read_varint(bytes, pos, t_divisor) || !read_varint(bytes, pos, t_nominal) || pos >= bytes.size()) return false;
    t_order = static_cast<std::uint8_t>(bytes[pos++]);
    if (!read_varint(bytes, pos, v_divisor) || pos >= bytes.size()) return false;
    v_order = static_cast<std::uint8_t>(bytes[pos++]);
    if ((t_order > 63 && t_order != kAllZero) || (v_order > 63 && v_order != kAllZero) || t_divisor == 0 ||
        v_divisor == 0)
      return false;
  }
  const std::string_view stream = bytes.substr(pos);
  // Version 1 points after the first take at least two bits each; a version 2 stream can be empty
  // for any count, so its count is bounded by what a block may hold.
  if (v2 ? count > (std::uint64_t{1} << 16) : count > 1 + stream.size() * 4) return false;
  BitReader r(stream);
  // Timestamps come first in the stream, values after them; the times wait in a buffer kept per
  // thread (no allocation a block once it is large enough) so the caller gets (t, value) in order.
  thread_local std::vector<std::int64_t> times;
  times.resize(count);
  if (v2) {
    times[0] = static_cast<std::int64_t>(read_sized(r));
    for (std::size_t i = 1; i < count; ++i) {
      const std::uint64_t units =
          t_nominal + (t_order == kAllZero ? 0 : static_cast<std::uint64_t>(unzigzag(read_eg(r, t_order))));
      times[i] = static_cast<std::int64_t>(static_cast<std::uint64_t>(times[i - 1]) + units * t_divisor);
    }
  } else {
    times[0] = static_cast<std::int64_t>(r.read(64));
    std::int64_t delta = 0;
    for (std::size_t i = 1; i < count; ++i) {
      delta = wrapping_add(delta, read_bucketed(r));
      times[i] = wrapping_add(times[i - 1], delta);
    }
  }
  if (r.failed()) return false;
  if (mode == kXor) {
    std::uint64_t prev = r.read(64);
    emit(0, times[0], std::bit_cast<double>(prev));
    int window_lead = 0, window_trail = 0;
    for (std::size_t i = 1; i < count; ++i) {
      if (r.read_bit()) {
        if (r.read_bit()) {
          window_lead = static_cast<int>(r.read(5));
          const int length = static_cast<int>(r.read(6)) + 1;
          window_trail = 64 - window_lead - length;
          if (window_trail < 0) return false;
        }
        const int length = 64 - window_lead - window_trail;
        prev ^= r.read(length) << window_trail;
      }
      emit(i, times[i], std::bit_cast<double>(prev));
    }
  } else {
    const double scale = kPow10[exponent];
    const bool second_order = mode == kDecimalDeltaOfDelta;
    std::int64_t m = v2 ? unzigzag(read_sized(r)) : read_bucketed(r), d = 0;
    emit(0, times[0], static_cast<double>(m) / scale);
    const auto div = static_cast<std::int64_t>(v_divisor);
    for (std::size_t i = 1; i < count; ++i) {
      std::int64_t v = 0;
      if (v2) {
        v = v_order == kAllZero ? 0 : unzigzag(read_eg(r, v_order));
        v = wrapping_add(0, static_cast<std::int64_t>(static_cast<std::uint64_t>(v) * static_cast<std::uint64_t>(div)));
      } else {
        v = read_bucketed(r);
      }
      d = second_order ? wrapping_add(d, v) : v;
      m = wrapping_add(m, d);
      emit(i, times[i], static_cast<double>(m) / scale);
    }
  }
  return !r.failed();
}

}  // namespace

std::string encode_block(const std::vector<Point>& points) {
  const TimeStream times = time_stream(points);
  auto header = [&](Mode mode, int exponent, std::uint64_t v_divisor, std::uint8_t v_order) {
    std::string out;
    out.push_back(static_cast<char>(kVersion2));
    out.push_back(static_cast<char>(mode));
    out.push_back(static_cast<char>(exponent));
    write_varint(out, points.size());
    write_varint(out, times.divisor);
    write_varint(out, times.nominal);
    out.push_back(static_cast<char>(times.order));
    write_varint(out, v_divisor);
    out.push_back(static_cast<char>(v_order));
    return out;
  };
  BitWriter w;
  write_sized(w, static_cast<std::uint64_t>(points[0].t_ms));
  write_stream(w, times.zs, times.order);

  // The decimal modes are sized without writing them; only the shortest is written.
  std::optional<ValueStream> best_decimal;
  Mode best_mode = kXor;
  int exponent = decimal_exponent(points);
  if (exponent >= 0) {
    std::vector<std::int64_t> ms;
    ms.reserve(points.size());
    for (const auto& p : points) ms.push_back(static_cast<std::int64_t>(std::nearbyint(p.value * kPow10[exponent])));
    for (Mode mode : {kDecimalDelta, kDecimalDeltaOfDelta}) {
      ValueStream s = decimal_stream(ms, mode == kDecimalDeltaOfDelta);
      if (!best_decimal || stream_bits(s.zs, s.order) < stream_bits(best_decimal->zs, best_decimal->order)) {
        best_decimal = std::move(s);
        best_mode = mode;
      }
    }
  }
  // XOR takes at least a bit a value and, for values that are not steady, some 20 to 60: it is
  // only tried when the decimal stream is long (sealing is the hot path of ingest).
  std::string best;
  const std::uint64_t decimal_bits = best_decimal ? stream_bits(best_decimal->zs, best_decimal->order) : 0;
  if (!best_decimal || decimal_bits > 24 * points.size()) {
    BitWriter xor_w = w;
    write_xor_values(xor_w, points);
    best = header(kXor, 0, 1, kAllZero) + xor_w.finish();
  }
  if (best_decimal) {
    BitWriter dw = std::move(w);
    write_sized(dw, zigzag(best_decimal->first));
    write_stream(dw, best_decimal->zs, best_decimal->order);
    std::string candidate = header(best_mode, exponent, best_decimal->divisor, best_decimal->order) + dw.finish();
    if (best.empty() || candidate.size() < best.size()) best = std::move(candidate);
  }
  return best;
}

Status decode_block_into(std::string_view bytes, std::vector<Point>& out) {
  const std::size_t before = out.size();
  const bool ok = decode_points(bytes, [&](std::size_t, std::int64_t t, double v) { out.push_back({t, v}); });
  if (!ok) {
    out.resize(before);
    return corrupt();
  }
  return {};
}

Result<std::vector<Point>> decode_block(std::string_view bytes) {
  std::vector<Point> points;
  COLO_CHECK(decode_block_into(bytes, points));
  return points;
}

std::string encode_rollups(const std::vector<Rollup>& rollups) {
  std::string out;
  write_varint(out, rollups.size());
  if (rollups.empty()) return out;
  std::vector<Point> points(rollups.size());
  auto column = [&](auto field) {
    for (std::size_t i = 0; i < rollups.size(); ++i) points[i] = {rollups[i].t_ms, field(rollups[i])};
    const std::string block = encode_block(points);
    write_varint(out, block.size());
    out += block;
  };
  column([](const Rollup& r) { return static_cast<double>(r.samples); });
  column([](const Rollup& r) { return r.total; });
  // A column in which every bucket's value is its average (one sample a bucket: a port polled
  // every 300 s) is stored as an empty block: min, max and last then cost nothing.
  auto same_as_average = [&](auto field) {
    for (const auto& r : rollups)
      if (std::bit_cast<std::uint64_t>(field(r)) != std::bit_cast<std::uint64_t>(r.avg()) || r.samples <= 0)
        return false;
    return true;
  };
  auto column_or_average = [&](auto field) {
    if (same_as_average(field))
      write_varint(out, 0);
    else
      column(field);
  };
  column_or_average([](const Rollup& r) { return r.min; });
  column_or_average([](const Rollup& r) { return r.max; });
  column_or_average([](const Rollup& r) { return r.last; });
  column([](const Rollup& r) { return static_cast<double>(r.last_t - r.t_ms); });
  return out;
}

Status decode_rollups_into(std::string_view bytes, bool counts_and_totals_only, std::int64_t from_ms,
                           std::int64_t to_ms, std::vector<Rollup>& out) {
  std::size_t pos = 0;
  std::uint64_t n = 0;
  // A day holds 288 buckets; a version 2 column of a steady series can take fewer bytes than that.
  if (!read_varint(bytes, pos, n) || n > (std::uint64_t{1} << 16)) return corrupt();
  if (n == 0) return pos == bytes.size() ? Status{} : corrupt();
  // Decoded in place at the end of `out`, then the buckets outside [from, to) are dropped.
  const std::size_t base = out.size();
  out.resize(base + n);
  auto fail = [&] {
    out.resize(base);
    return corrupt();
  };
  for (int c = 0; c < 6; ++c) {
    std::uint64_t len = 0;
    if (!read_varint(bytes, pos, len) || len > bytes.size() - pos) return fail();
    if (counts_and_totals_only && c >= 2) {
      pos += len;
      continue;
    }
    if (len == 0 && c >= 2 && c <= 4) {  // every value is its bucket's average
      for (std::size_t i = 0; i < n; ++i) {
        Rollup& r = out[base + i];
        (c == 2 ? r.min : c == 3 ? r.max : r.last) = r.avg();
      }
      continue;
    }
    std::size_t seen = 0;
    bool times_agree = true;
    const bool ok = decode_points(bytes.substr(pos, len), [&](std::size_t i, std::int64_t t, double v) {
      seen = i + 1;
      if (i >= n) return;
      Rollup& r = out[base + i];
      if (c == 0) {
        r.t_ms = t;
      } else if (t != r.t_ms) {
        times_agree = false;
      }
      switch (c) {
        case 0:
          r.samples = static_cast<std::int64_t>(v);
          break;
        case 1:
          r.total = v;
          break;
        case 2:
          r.min = v;
          break;
        case 3:
          r.max = v;
          break;
        case 4:
          r.last = v;
          break;
        default:
          r.last_t = r.t_ms + static_cast<std::int64_t>(v);
          break;
      }
    });
    pos += len;
    if (!ok || seen != n || !times_agree) return fail();
  }
  if (pos != bytes.size()) return fail();
  auto first = out.begin() + static_cast<std::ptrdiff_t>(base);
  if (first->t_ms < from_ms || out.back().t_ms >= to_ms)
    out.erase(std::remove_if(first, out.end(), [&](const Rollup& r) { return r.t_ms < from_ms || r.t_ms >= to_ms; }),
              out.end());
  return {};
}

Result<std::vector<Rollup>> decode_rollups(std::string_view bytes, bool counts_and_totals_only) {
  std::vector<Rollup> out;
  COLO_CHECK(decode_rollups_into(bytes, counts_and_totals_only, std::numeric_limits<std::int64_t>::min(),
                                 std::numeric_limits<std::int64_t>::max(), out));
  return out;
}

}  // namespace colo::tsdb
