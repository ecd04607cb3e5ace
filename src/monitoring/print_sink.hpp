// A Sink that prints each sample as one line of the Prometheus text format with its timestamp
// (metric{label="value",...} value t_ms), for `colo poll --print`: seeing what a device yields
// without a store.
//
// Thread-safety: write() may be called from several threads; lines of one call stay together.
#pragma once

#include <cstdio>
#include <mutex>
#include <string>

#include "tsdb/sample.hpp"

namespace colo::monitoring {

class PrintSink final : public tsdb::Sink {
 public:
  explicit PrintSink(std::FILE* out) : out_(out) {}
  Status write(std::vector<tsdb::Sample> samples) override;

 private:
  std::FILE* out_;
  std::mutex mutex_;
};

// One sample as an exposition line (no newline). Label values are escaped as the format asks.
std::string exposition_line(const tsdb::Sample& s);

}  // namespace colo::monitoring
