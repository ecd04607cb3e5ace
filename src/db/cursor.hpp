// Reads a row's cells in the order of the SELECT's column list, so that a row mapper names each
// field once, next to the SELECT, instead of counting indexes:
//
//   constexpr std::string_view kSiteCols = "SELECT s.id, s.name, s.slug FROM dcim_sites s";
//   Site site_from(const db::Row& r) {
//     db::Cursor c(r);
//     Site s;
//     s.id = c.int64();     // s.id
//     s.name = c.text();    // s.name
//     s.slug = c.text();    // s.slug
//     c.finish();
//     return s;
//   }
//
// A column added to the SELECT (or a read added to the mapper) without the other makes finish()
// throw, or the read past the end throw, in every test that reads such a row, so the columns can
// no longer shift silently. Each read costs what Row's indexed accessor costs: one index
// increment, no name lookup.
//
// Conversions, and their NULL defaults, are Row's (0, 0.0, false, ""). A Cursor borrows its row
// and must not outlive it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

#include "db/database.hpp"

namespace colo::db {

class Cursor {
 public:
  // start: the first column to read, for a row whose leading columns another reader consumed.
  explicit Cursor(const Row& row, std::size_t start = 0) : row_(row), next_(start) {}
  Cursor(const Cursor&) = delete;
  Cursor& operator=(const Cursor&) = delete;

  std::int64_t int64() { return row_.int64(next_++); }           // 0 for NULL
  int int32() { return static_cast<int>(row_.int64(next_++)); }  // 0 for NULL
  double real() { return row_.real(next_++); }                   // 0 for NULL
  bool boolean() { return row_.boolean(next_++); }               // false for NULL
  std::string text() { return row_.text(next_++); }              // "" for NULL
  std::optional<std::int64_t> opt_int64() { return row_.opt_int64(next_++); }
  std::optional<int> opt_int32() {
    auto v = row_.opt_int64(next_++);
    if (!v) return std::nullopt;
    return static_cast<int>(*v);
  }
  std::optional<double> opt_real() { return row_.opt_real(next_++); }
  std::optional<std::string> opt_text() { return row_.opt_text(next_++); }
  const Value& value() { return row_.at(next_++); }

  // Whether the next cell is NULL; does not advance.
  bool next_is_null() const { return row_.is_null(next_); }
  // Passes over n columns the reader does not need (say which in a comment).
  void skip(std::size_t n = 1) { next_ += n; }
  // The index of the next column to read (= the number read so far from 0).
  std::size_t position() const { return next_; }
  std::size_t remaining() const { return next_ < row_.size() ? row_.size() - next_ : 0; }

  // Throws std::logic_error unless exactly every column was read: the SELECT and its reader
  // disagree, which is a programmer error, like asking for a column that does not exist.
  void finish() const {
    if (next_ != row_.size()) {
      throw std::logic_error("db::Cursor read " + std::to_string(next_) + " of " + std::to_string(row_.size()) +
                             " columns");
    }
  }

 private:
  const Row& row_;
  std::size_t next_;
};

}  // namespace colo::db
