// The configuration diff (R4.3.3): two 20,000-line running configurations of a core switch, with a
// realistic change (200 lines edited, added or removed across the file) and a large one (2,000),
// diffed into hunks and unified text. Target: under 50 ms. Prints the median of 21 runs each.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "configs/diff.hpp"

namespace {

struct Lcg {
  std::uint64_t s = 0x9E3779B97F4A7C15ull;
  std::uint32_t next(std::uint32_t n) {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>(s >> 33) % n;
  }
};

// Interface stanzas as a switch prints them: many lines repeat ("!", " no shutdown"), as in life.
std::vector<std::string> config_lines(int lines) {
  std::vector<std::string> out;
  out.reserve(static_cast<std::size_t>(lines));
  for (int i = 0; static_cast<int>(out.size()) < lines; ++i) {
    out.push_back("interface GigabitEthernet1/0/" + std::to_string(i));
    out.push_back(" description customer-" + std::to_string(i % 700) + " port " + std::to_string(i));
    out.push_back(" switchport access vlan " + std::to_string(100 + i % 400));
    out.push_back(" switchport mode access");
    out.push_back(" spanning-tree portfast");
    out.push_back(" no shutdown");
    out.push_back("!");
  }
  out.resize(static_cast<std::size_t>(lines));
  return out;
}

std::string join(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& l : lines) s += l + "\n";
  return s;
}

// `edits` changes at pseudo-random places: a third replace a line, a third insert, a third delete.
std::vector<std::string> edited(std::vector<std::string> lines, int edits) {
  Lcg rng;
  for (int e = 0; e < edits; ++e) {
    const auto at = rng.next(static_cast<std::uint32_t>(lines.size()));
    switch (e % 3) {
      case 0:
        lines[at] = " description changed " + std::to_string(e);
        break;
      case 1:
        lines.insert(lines.begin() + at, " ip access-group ACL-" + std::to_string(e) + " in");
        break;
      default:
        lines.erase(lines.begin() + at);
        break;
    }
  }
  return lines;
}

void run(const char* label, const std::string& a, const std::string& b) {
  std::vector<double> ms;
  std::size_t bytes = 0;
  int added = 0, removed = 0;
  for (int i = 0; i < 21; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    auto d = colo::configs::diff_lines(a, b);
    auto text = colo::configs::unified(d, "v1", "v2");
    const auto t1 = std::chrono::steady_clock::now();
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    bytes = text.size();
    added = d.added;
    removed = d.removed;
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%-34s %7.2f ms median (min %.2f, max %.2f)  +%d -%d, %zu bytes of diff\n", label, ms[ms.size() / 2],
              ms.front(), ms.back(), added, removed, bytes);
}

}  // namespace

int main(int argc, char** argv) {
  const int lines = argc > 1 ? std::atoi(argv[1]) : 20000;
  const auto base = config_lines(lines);
  const auto a = join(base);
  std::printf("configuration diff of two %d-line configurations (target < 50 ms)\n", lines);
  run("200 edits", a, join(edited(base, 200)));
  run("2,000 edits", a, join(edited(base, 2000)));
  run("identical", a, a);
  return 0;
}
