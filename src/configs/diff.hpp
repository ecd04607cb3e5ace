// Line diff of two configurations (Myers' O(ND) algorithm in linear space, over hashed lines),
// and the unified diff text with three lines of context. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace colo::configs {

// One line of a diff: ' ' in both, '-' only in the old, '+' only in the new; line numbers are
// 1-based, 0 where the line is not in that side.
struct DiffLine {
  char kind = ' ';
  int old_no = 0, new_no = 0;
  std::string text;
};

struct DiffHunk {
  int old_start = 0, old_count = 0, new_start = 0, new_count = 0;
  std::vector<DiffLine> lines;
};

struct Diff {
  std::vector<DiffHunk> hunks;
  int added = 0, removed = 0;
};

// Splits on '\n' (a final newline ends the last line, it does not start another).
std::vector<std::string_view> split_lines(std::string_view text);

// The shortest edit script from `a` to `b` as a sequence of ' ', '-', '+' per line: removals
// before insertions within a change.
std::vector<char> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b);

// The changes of `b` against `a`, grouped into hunks with `context` unchanged lines around them.
Diff diff_lines(std::string_view a, std::string_view b, int context = 3);

// `diff` as `diff -u` writes it, under "--- old_name" / "+++ new_name" headers; empty when equal.
std::string unified(const Diff& diff, std::string_view old_name, std::string_view new_name);

}  // namespace colo::configs
