#include "configs/diff.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace colo::configs {

namespace {

// Myers' linear-space refinement: the middle snake of a box splits it in two smaller boxes, so
// memory stays O(N + M) whatever the distance — two unrelated 20,000-line files included.
struct Point {
  int x = 0, y = 0;
};

class Myers {
 public:
  Myers(const std::vector<int>& a, const std::vector<int>& b) : a_(a), b_(b) {}

  // The points the shortest path passes through, from (left, top) to (right, bottom).
  void path(int left, int top, int right, int bottom, std::vector<Point>& out) {
    auto snake = middle(left, top, right, bottom);
    if (!snake) return;
    auto [start, finish] = *snake;
    const std::size_t before = out.size();
    path(left, top, start.x, start.y, out);
    if (out.size() == before) out.push_back(start);
    const std::size_t mid = out.size();
    path(finish.x, finish.y, right, bottom, out);
    if (out.size() == mid) out.push_back(finish);
  }

 private:
  std::optional<std::pair<Point, Point>> middle(int left, int top, int right, int bottom) {
    const int width = right - left, height = bottom - top, size = width + height;
    if (size == 0) return std::nullopt;
    const int delta = width - height;
    const int max = (size + 1) / 2;
    const int off = max + 1;
    vf_.assign(static_cast<std::size_t>(2 * max + 3), 0);
    vb_.assign(static_cast<std::size_t>(2 * max + 3), 0);
    auto f = [&](int k) -> int& { return vf_[static_cast<std::size_t>(k + off)]; };
    auto r = [&](int c) -> int& { return vb_[static_cast<std::size_t>(c + off)]; };
    f(1) = left;
    r(1) = bottom;
    const bool odd = (delta % 2) != 0;
    for (int d = 0; d <= max; ++d) {
      for (int k = d; k >= -d; k -= 2) {
        const int c = k - delta;
        int px, x;
        if (k == -d || (k != d && f(k - 1) < f(k + 1))) {
          px = x = f(k + 1);
        } else {
          px = f(k - 1);
          x = px + 1;
        }
        int y = top + (x - left) - k;
        const int py = (d == 0 || x != px) ? y : y - 1;
        while (x < right && y < bottom && a_[static_cast<std::size_t>(x)] == b_[static_cast<std::size_t>(y)]) {
          ++x;
          ++y;
        }
        f(k) = x;
        if (odd && c >= -(d - 1) && c <= d - 1 && y >= r(c)) return std::pair{Point{px, py}, Point{x, y}};
      }
      for (int c = d; c >= -d; c -= 2) {
        const int k = c + delta;
        int py, y;
        if (c == -d || (c != d && r(c - 1) > r(c + 1))) {
          py = y = r(c + 1);
        } else {
          py = r(c - 1);
          y = py - 1;
        }
        int x = left + (y - top) + k;
        const int px = (d == 0 || y != py) ? x : x + 1;
        while (x > left && y > top && a_[static_cast<std::size_t>(x - 1)] == b_[static_cast<std::size_t>(y - 1)]) {
          --x;
          --y;
        }
        r(c) = y;
        if (!odd && k >= -d && k <= d && x <= f(k)) return std::pair{Point{x, y}, Point{px, py}};
      }
    }
    return std::nullopt;  // unreachable: the paths meet by d = max
  }

  const std::vector<int>& a_;
  const std::vector<int>& b_;
  std::vector<int> vf_, vb_;
};

}  // namespace

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      out.push_back(text.substr(start));
      break;
    }
    out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

std::vector<char> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  // Lines become small integers, so the search compares ints, not strings.
  std::unordered_map<std::string_view, int> ids;
  ids.reserve(a.size() + b.size());
  auto id_of = [&](std::string_view s) { return ids.try_emplace(s, static_cast<int>(ids.size())).first->second; };
  std::vector<int> ia, ib;
  ia.reserve(a.size());
  ib.reserve(b.size());
  for (auto s : a) ia.push_back(id_of(s));
  for (auto s : b) ib.push_back(id_of(s));

  const int n = static_cast<int>(ia.size()), m = static_cast<int>(ib.size());
  int head = 0;
  while (head < n && head < m && ia[head] == ib[head]) ++head;
  int tail = 0;
  while (tail < n - head && tail < m - head && ia[n - 1 - tail] == ib[m - 1 - tail]) ++tail;

  std::vector<char> raw(static_cast<std::size_t>(head), ' ');
  std::vector<Point> points;
  Myers myers(ia, ib);
  myers.path(head, head, n - tail, m - tail, points);
  auto diagonal = [&](int& x, int& y, int x2, int y2) {
    while (x < x2 && y < y2 && ia[x] == ib[y]) {
      raw.push_back(' ');
      ++x;
      ++y;
    }
  };
  if (points.empty()) {  // one side is empty between the common ends
    for (int x = head; x < n - tail; ++x) raw.push_back('-');
    for (int y = head; y < m - tail; ++y) raw.push_back('+');
  }
  for (std::size_t i = 1; i < points.size(); ++i) {
    int x = points[i - 1].x, y = points[i - 1].y;
    const int x2 = points[i].x, y2 = points[i].y;
    diagonal(x, y, x2, y2);
    const int dx = x2 - x, dy = y2 - y;
    if (dx < dy) {
      raw.push_back('+');
      ++y;
    } else if (dx > dy) {
      raw.push_back('-');
      ++x;
    }
    diagonal(x, y, x2, y2);
  }
  raw.insert(raw.end(), static_cast<std::size_t>(tail), ' ');

  // Within each change, removals first: the order a reader of `diff -u` expects.
  std::vector<char> out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size();) {
    if (raw[i] == ' ') {
      out.push_back(' ');
      ++i;
      continue;
    }
    std::size_t j = i, minus = 0, plus = 0;
    for (; j < raw.size() && raw[j] != ' '; ++j) (raw[j] == '-' ? minus : plus)++;
    out.insert(out.end(), minus, '-');
    out.insert(out.end(), plus, '+');
    i = j;
  }
  return out;
}

Diff diff_lines(std::string_view a_text, std::string_view b_text, int context) {
  const auto a = split_lines(a_text), b = split_lines(b_text);
  const auto script = edit_script(a, b);
  std::vector<DiffLine> lines;
  lines.reserve(script.size());
  Diff diff;
  int x = 0, y = 0;
  for (char k : script) {
    DiffLine l;
    l.kind = k;
    if (k == ' ') {
      l.old_no = ++x;
      l.new_no = ++y;
      l.text = std::string(a[static_cast<std::size_t>(x - 1)]);
    } else if (k == '-') {
      l.old_no = ++x;
      l.text = std::string(a[static_cast<std::size_t>(x - 1)]);
      ++diff.removed;
    } else {
      l.new_no = ++y;
      l.text = std::string(b[static_cast<std::size_t>(y - 1)]);
      ++diff.added;
    }
    lines.push_back(std::move(l));
  }
  const int total = static_cast<int>(lines.size());
  int i = 0;
  while (i < total) {
    if (lines[static_cast<std::size_t>(i)].kind == ' ') {
      ++i;
      continue;
    }
    // A hunk from `context` lines before this change to `context` after the last change that
    // is no more than 2 × context unchanged lines from the one before it.
    int begin = std::max(0, i - context);
    int end = i;  // one past the last changed line so far
    int j = i;
    while (j < total) {
      if (lines[static_cast<std::size_t>(j)].kind != ' ') {
        end = j + 1;
        ++j;
        continue;
      }
      if (j - end >= 2 * context) break;
      ++j;
    }
    end = std::min(total, end + context);
    DiffHunk h;
    // Where the hunk starts on each side: its first line there, or (for an empty side) the line
    // before it, as `diff -u` counts.
    int old_before = 0, new_before = 0;
    for (int p = begin - 1; p >= 0; --p) {
      const auto& l = lines[static_cast<std::size_t>(p)];
      if (!old_before && l.old_no) old_before = l.old_no;
      if (!new_before && l.new_no) new_before = l.new_no;
      if (old_before && new_before) break;
    }
    for (int p = begin; p < end; ++p) {
      const auto& l = lines[static_cast<std::size_t>(p)];
      if (l.old_no) ++h.old_count;
      if (l.new_no) ++h.new_count;
      h.lines.push_back(l);
    }
    h.old_start = h.old_count ? old_before + 1 : old_before;
    h.new_start = h.new_count ? new_before + 1 : new_before;
    diff.hunks.push_back(std::move(h));
    i = end;
  }
  return diff;
}

std::string unified(const Diff& diff, std::string_view old_name, std::string_view new_name) {
  if (diff.hunks.empty()) return {};
  std::string out;
  out += "--- ";
  out += old_name;
  out += "\n+++ ";
  out += new_name;
  out += '\n';
  for (const auto& h : diff.hunks) {
    out += "@@ -" + std::to_string(h.old_start) + "," + std::to_string(h.old_count) + " +" +
           std::to_string(h.new_start) + "," + std::to_string(h.new_count) + " @@\n";
    for (const auto& l : h.lines) {
      out += l.kind;
      out += l.text;
      out += '\n';
    }
  }
  return out;
}

}  // namespace colo::configs
