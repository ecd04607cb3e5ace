#include "monitoring/print_sink.hpp"

#include <fmt/format.h>

namespace colo::monitoring {

std::string exposition_line(const tsdb::Sample& s) {
  std::string line = s.metric;
  if (!s.labels.empty()) {
    line += '{';
    bool first = true;
    for (const auto& [k, v] : s.labels) {
      if (!first) line += ',';
      first = false;
      line += k;
      line += "=\"";
      for (char c : v) {
        if (c == '\\' || c == '"') line += '\\';
        if (c == '\n') {
          line += "\\n";
          continue;
        }
        line += c;
      }
      line += '"';
    }
    line += '}';
  }
  line += fmt::format(" {} {}", s.value, s.t_ms);
  return line;
}

Status PrintSink::write(std::vector<tsdb::Sample> samples) {
  std::string text;
  for (const auto& s : samples) {
    text += exposition_line(s);
    text += '\n';
  }
  std::lock_guard lock(mutex_);
  std::fwrite(text.data(), 1, text.size(), out_);
  std::fflush(out_);
  return {};
}

}  // namespace colo::monitoring
