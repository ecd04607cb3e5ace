// Logging set-up: spdlog, asynchronous, to standard output. The access log is the HTTP server's
// own (http/access_log.hpp): it writes request lines in blocks next to these lines.
#pragma once

#include <string>

namespace colo {

// level: trace, debug, info, warn, error. format: "text" or "json".
void init_logging(const std::string& level);

}  // namespace colo
