// Logging set-up: spdlog with an asynchronous access logger so request lines do not cost I/O.
#pragma once

#include <string>

namespace colo {

// level: trace, debug, info, warn, error. format: "text" or "json".
void init_logging(const std::string& level, bool access_log_to_stdout = true);

}  // namespace colo
