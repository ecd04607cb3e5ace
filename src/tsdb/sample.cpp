#include "tsdb/sample.hpp"

#include <algorithm>

namespace colo::tsdb {

Labels normalise(Labels labels) {
  // Stable, so that among equal names the later entry stays last and wins below.
  std::stable_sort(labels.begin(), labels.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  Labels out;
  out.reserve(labels.size());
  for (auto& l : labels) {
    if (!out.empty() && out.back().first == l.first)
      out.back().second = std::move(l.second);
    else
      out.push_back(std::move(l));
  }
  return out;
}

}  // namespace colo::tsdb
