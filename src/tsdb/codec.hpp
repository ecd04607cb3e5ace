// The compressed block format of the embedded time-series store, after Facebook's Gorilla paper:
// timestamps as delta-of-delta in variable-width buckets, values either as the XOR of each float
// with the one before (leading/trailing-zero windows) or, when every value of the block is a
// decimal with at most nine fraction digits, as integers with their delta or delta-of-delta in the
// same buckets (counters and slow gauges then cost a few bits a sample). The encoder tries the
// value encodings and keeps the shortest. Pure functions, no I/O; thread-safe.
//
// Layout: mode (1 byte: 1 XOR, 2 decimal delta, 3 decimal delta-of-delta) | decimal exponent
//         (1 byte) | count (varint) | bit stream (timestamps then values), zero-padded to a byte.
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
  bool failed() const { return failed_; }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;  // bit position
  bool failed_ = false;
};

// Encodes points in strictly ascending time order (the caller guarantees it; not empty).
std::string encode_block(const std::vector<Point>& points);
// 500 tsdb.block.corrupt for bytes that are not a block.
Result<std::vector<Point>> decode_block(std::string_view bytes);

// A day of rollups (ascending bucket starts, each once) as six blocks of the format above, one
// per column (samples, total, min, max, last, last_t less the bucket start), each preceded by its
// length: a day of 288 buckets takes a few bytes a bucket instead of a row each.
std::string encode_rollups(const std::vector<Rollup>& rollups);
// 500 tsdb.block.corrupt for bytes that are not such a day. With counts_and_totals_only, min, max,
// last and last_t are left 0 (not decoded): what averages need, for a third of the work.
Result<std::vector<Rollup>> decode_rollups(std::string_view bytes, bool counts_and_totals_only = false);

// Zig-zag mapping of signed to unsigned integers (0, -1, 1, -2 -> 0, 1, 2, 3).
inline std::uint64_t zigzag(std::int64_t v) {
  return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
inline std::int64_t unzigzag(std::uint64_t v) {
  return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

}  // namespace colo::tsdb
