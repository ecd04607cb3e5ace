// The compressed block format of the embedded time-series store, after Facebook's Gorilla paper
// with the changes monitoring data asks for. Pure functions, no I/O; thread-safe.
//
// Version 2 (written now): the first byte is 4, then the value mode (1 XOR of each float with the
// one before, 2 decimal delta, 3 decimal delta-of-delta), the decimal exponent, the count, and
// per stream a common divisor and an Exp-Golomb order (0xff: every residual of the stream is 0
// and none is written). Timestamps are stored as their difference from the block's nominal
// interval (the median gap) in units of the gaps' greatest common divisor: a poller stamping
// whole seconds on a steady schedule costs nothing a sample, one late by a second three bits.
// Decimal values (every value a decimal with at most nine fraction digits) are integers whose
// delta or delta-of-delta, divided by the deltas' common divisor, is Exp-Golomb coded with the
// order that makes the block shortest: noisy rates cost about their entropy plus a bit instead of
// the fixed buckets' up to five bits of prefix and padding. The encoder tries the value modes
// and keeps the shortest.
//
// Version 1 (blocks written before; still read): the first byte is the value mode (1–3), then the
// exponent, the count, and a bit stream of timestamps as delta-of-delta and values in six
// variable-width buckets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace colo::tsdb {

struct Point {
  std::int64_t t_ms = 0;
  double value = 0;
};

// One five-minute (or wider) bucket of finite values.
struct Rollup {
  std::int64_t t_ms = 0;  // bucket start
  std::int64_t samples = 0;
  double min = 0, max = 0, total = 0, last = 0;
  std::int64_t last_t = 0;
  double avg() const { return samples ? total / static_cast<double>(samples) : 0; }
};

// Writes bits most significant first into a byte string.
class BitWriter {
 public:
  void write(std::uint64_t bits, int count);  // the low `count` bits of `bits`, 0 <= count <= 64
  void write_bit(bool bit) { write(bit ? 1 : 0, 1); }
  // The bytes so far, the last one zero-padded.
  std::string finish();
  std::size_t bit_size() const { return out_.size() * 8 + used_; }

 private:
  std::string out_;
  std::uint64_t acc_ = 0;
  int used_ = 0;  // bits in acc_ not yet in out_ (< 64), the low ones of acc_
};

// Reads what a BitWriter wrote. Reading past the end sets failed() and yields zeros, so a
// corrupt block is reported once by the caller instead of read out of bounds.
class BitReader {
 public:
  explicit BitReader(std::string_view bytes) : in_(bytes) {}
  std::uint64_t read(int count);
  bool read_bit() { return read(1) != 0; }
  // Zero bits up to and including the next one bit: how many zeros. More than `max` sets failed().
  int read_zeros_then_one(int max);
  // The next bits, the first at the top; at least 56 of them are the stream's or zero padding.
  std::uint64_t peek() const { return window(pos_ / 8) << (pos_ % 8); }
  std::size_t bits_left() const { return in_.size() * 8 - pos_; }
  void skip(int count) { pos_ += static_cast<std::size_t>(count); }  // count <= bits_left()
  bool failed() const { return failed_; }

 private:
  std::uint64_t window(std::size_t byte) const;  // the eight bytes from `byte`, big-endian, zeros past the end
  std::string_view in_;
  std::size_t pos_ = 0;  // bit position
  bool failed_ = false;
};

// Encodes points in strictly ascending time order (the caller guarantees it; not empty), in the
// current format (version 2).
std::string encode_block(const std::vector<Point>& points);
// Blocks of either version. 500 tsdb.block.corrupt for bytes that are not a block.
Result<std::vector<Point>> decode_block(std::string_view bytes);
// The same, appended to `out` (which keeps its capacity between calls: no allocation a block once
// it is large enough). On error `out` holds what it held before.
Status decode_block_into(std::string_view bytes, std::vector<Point>& out);

// A day of rollups (ascending bucket starts, each once) as six blocks of the format above, one
// per column (samples, total, min, max, last, last_t less the bucket start), each preceded by its
// length: a day of 288 buckets takes a few bytes a bucket instead of a row each. A min, max or
// last column whose every value is its bucket's average (one sample a bucket) is an empty block.
std::string encode_rollups(const std::vector<Rollup>& rollups);
// 500 tsdb.block.corrupt for bytes that are not such a day. With counts_and_totals_only, min, max,
// last and last_t are left 0 (not decoded): what averages need, for a third of the work.
Result<std::vector<Rollup>> decode_rollups(std::string_view bytes, bool counts_and_totals_only = false);
// The same, appending the buckets starting in [from_ms, to_ms) to `out`.
Status decode_rollups_into(std::string_view bytes, bool counts_and_totals_only, std::int64_t from_ms,
                           std::int64_t to_ms, std::vector<Rollup>& out);

// Zig-zag mapping of signed to unsigned integers (0, -1, 1, -2 -> 0, 1, 2, 3).
inline std::uint64_t zigzag(std::int64_t v) {
  return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
inline std::int64_t unzigzag(std::uint64_t v) {
  return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

}  // namespace colo::tsdb
