#include "tsdb/codec.hpp"

#include <bit>
#include <cmath>
#include <cstring>

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
  const std::size_t first = pos_ / 8;
  std::uint64_t window = 0;
  for (std::size_t i = 0; i < 8; ++i)
    window = (window << 8) | (first + i < in_.size() ? static_cast<unsigned char>(in_[first + i]) : 0u);
  const int offset = static_cast<int>(pos_ % 8);
  pos_ += static_cast<std::size_t>(count);
  return (window << offset) >> (64 - count);
}

namespace {

enum Mode : std::uint8_t { kXor = 1, kDecimalDelta = 2, kDecimalDeltaOfDelta = 3 };

constexpr double kPow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
constexpr int kMaxExponent = 9;

Error corrupt() {
  Error e = Error::internal("A stored time-series block cannot be read.");
  e.code = "tsdb.block.corrupt";
  return e;
}

// A zig-zagged integer in the smallest of six buckets: most deltas of a steady series are 0 and
// cost one bit.
void write_bucketed(BitWriter& w, std::int64_t v) {
  const std::uint64_t z = zigzag(v);
  if (z == 0) {
    w.write(0b0, 1);
  } else if (z < (std::uint64_t{1} << 7)) {
    w.write(0b10, 2);
    w.write(z, 7);
  } else if (z < (std::uint64_t{1} << 14)) {
    w.write(0b110, 3);
    w.write(z, 14);
  } else if (z < (std::uint64_t{1} << 24)) {
    w.write(0b1110, 4);
    w.write(z, 24);
  } else if (z < (std::uint64_t{1} << 40)) {
    w.write(0b11110, 5);
    w.write(z, 40);
  } else {
    w.write(0b11111, 5);
    w.write(z, 64);
  }
}

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
std::int64_t wrapping_sub(std::int64_t a, std::int64_t b) {
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) - static_cast<std::uint64_t>(b));
}
std::int64_t wrapping_add(std::int64_t a, std::int64_t b) {
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) + static_cast<std::uint64_t>(b));
}

void write_timestamps(BitWriter& w, const std::vector<Point>& points) {
  w.write(static_cast<std::uint64_t>(points[0].t_ms), 64);
  std::int64_t prev_delta = 0;
  for (std::size_t i = 1; i < points.size(); ++i) {
    const std::int64_t delta = wrapping_sub(points[i].t_ms, points[i - 1].t_ms);
    write_bucketed(w, wrapping_sub(delta, prev_delta));
    prev_delta = delta;
  }
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

void write_decimal_values(BitWriter& w, const std::vector<Point>& points, int exponent, bool second_order) {
  std::int64_t prev = 0, prev_delta = 0;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto m = static_cast<std::int64_t>(std::nearbyint(points[i].value * kPow10[exponent]));
    if (i == 0) {
      write_bucketed(w, m);
    } else {
      const std::int64_t delta = wrapping_sub(m, prev);
      write_bucketed(w, second_order ? wrapping_sub(delta, prev_delta) : delta);
      prev_delta = delta;
    }
    prev = m;
  }
}

std::string assemble(Mode mode, int exponent, std::size_t count, BitWriter& w) {
  std::string out;
  out.push_back(static_cast<char>(mode));
  out.push_back(static_cast<char>(exponent));
  write_varint(out, count);
  out += w.finish();
  return out;
}

}  // namespace

std::string encode_block(const std::vector<Point>& points) {
  BitWriter times;
  write_timestamps(times, points);
  auto with_values = [&](Mode mode, int exponent) {
    BitWriter w = times;
    if (mode == kXor)
      write_xor_values(w, points);
    else
      write_decimal_values(w, points, exponent, mode == kDecimalDeltaOfDelta);
    return assemble(mode, exponent, points.size(), w);
  };
  std::string best = with_values(kXor, 0);
  if (const int e = decimal_exponent(points); e >= 0) {
    for (Mode mode : {kDecimalDelta, kDecimalDeltaOfDelta}) {
      auto candidate = with_values(mode, e);
      if (candidate.size() < best.size()) best = std::move(candidate);
    }
  }
  return best;
}

Result<std::vector<Point>> decode_block(std::string_view bytes) {
  if (bytes.size() < 3) return corrupt();
  const auto mode = static_cast<std::uint8_t>(bytes[0]);
  const int exponent = static_cast<unsigned char>(bytes[1]);
  if (mode < kXor || mode > kDecimalDeltaOfDelta || exponent > kMaxExponent) return corrupt();
  std::size_t pos = 2;
  std::uint64_t count = 0;
  if (!read_varint(bytes, pos, count) || count == 0) return corrupt();
  const std::string_view stream = bytes.substr(pos);
  // Every point after the first takes at least two bits, one for its time and one for its value.
  if (count > 1 + stream.size() * 4) return corrupt();
  BitReader r(stream);
  std::vector<Point> points(count);
  points[0].t_ms = static_cast<std::int64_t>(r.read(64));
  std::int64_t delta = 0;
  for (std::size_t i = 1; i < count; ++i) {
    delta = wrapping_add(delta, read_bucketed(r));
    points[i].t_ms = wrapping_add(points[i - 1].t_ms, delta);
  }
  if (mode == kXor) {
    std::uint64_t prev = r.read(64);
    points[0].value = std::bit_cast<double>(prev);
    int window_lead = 0, window_trail = 0;
    for (std::size_t i = 1; i < count; ++i) {
      if (r.read_bit()) {
        if (r.read_bit()) {
          window_lead = static_cast<int>(r.read(5));
          const int length = static_cast<int>(r.read(6)) + 1;
          window_trail = 64 - window_lead - length;
          if (window_trail < 0) return corrupt();
        }
        const int length = 64 - window_lead - window_trail;
        prev ^= r.read(length) << window_trail;
      }
      points[i].value = std::bit_cast<double>(prev);
    }
  } else {
    std::int64_t m = read_bucketed(r), d = 0;
    points[0].value = static_cast<double>(m) / kPow10[exponent];
    for (std::size_t i = 1; i < count; ++i) {
      const std::int64_t v = read_bucketed(r);
      d = mode == kDecimalDeltaOfDelta ? wrapping_add(d, v) : v;
      m = wrapping_add(m, d);
      points[i].value = static_cast<double>(m) / kPow10[exponent];
    }
  }
  if (r.failed()) return corrupt();
  return points;
}

std::string encode_rollups(const std::vector<Rollup>& rollups) {
  std::string out;
  write_varint(out, rollups.size());
  if (rollups.empty()) return out;
  auto column = [&](auto field) {
    std::vector<Point> points;
    points.reserve(rollups.size());
    for (const auto& r : rollups) points.push_back({r.t_ms, field(r)});
    const std::string block = encode_block(points);
    write_varint(out, block.size());
    out += block;
  };
  column([](const Rollup& r) { return static_cast<double>(r.samples); });
  column([](const Rollup& r) { return r.total; });
  column([](const Rollup& r) { return r.min; });
  column([](const Rollup& r) { return r.max; });
  column([](const Rollup& r) { return r.last; });
  column([](const Rollup& r) { return static_cast<double>(r.last_t - r.t_ms); });
  return out;
}

Result<std::vector<Rollup>> decode_rollups(std::string_view bytes, bool counts_and_totals_only) {
  std::size_t pos = 0;
  std::uint64_t n = 0;
  if (!read_varint(bytes, pos, n) || n > bytes.size()) return corrupt();
  std::vector<Rollup> out(n);
  if (n == 0) return pos == bytes.size() ? Result<std::vector<Rollup>>(out) : corrupt();
  for (int c = 0; c < 6; ++c) {
    std::uint64_t len = 0;
    if (!read_varint(bytes, pos, len) || len > bytes.size() - pos) return corrupt();
    if (counts_and_totals_only && c >= 2) {
      pos += len;
      continue;
    }
    COLO_TRY(auto points, decode_block(bytes.substr(pos, len)));
    pos += len;
    if (points.size() != n) return corrupt();
    for (std::size_t i = 0; i < n; ++i) {
      Rollup& r = out[i];
      const double v = points[i].value;
      if (c == 0) {
        r.t_ms = points[i].t_ms;
      } else if (points[i].t_ms != r.t_ms) {
        return corrupt();
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
    }
  }
  if (pos != bytes.size()) return corrupt();
  return out;
}

}  // namespace colo::tsdb
