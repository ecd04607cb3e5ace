// Reachability and service checks: ICMP echo through fping (many hosts per run, one round trip
// time each), TCP connect and HTTP GET through libcurl's multi interface, all hosts of a batch at
// once, so one silent host costs its own timeout only.
//
// Thread-safety: the functions keep no state; each call may run on its own thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace colo::monitoring {

struct PingResult {
  std::string host;
  std::optional<double> rtt_seconds;  // empty: no answer
};

struct PingOptions {
  std::string fping = "fping";  // the executable (a path, or looked up in PATH)
  int timeout_ms = 1000;        // per attempt
  int retries = 1;
};

// fping's -C output (on its standard error) for the given hosts: "host : 0.05" or "host : -".
// Hosts fping says nothing about count as unreachable. Pure.
std::vector<PingResult> parse_fping(std::string_view output, const std::vector<std::string>& hosts);

// Pings every host once (with retries) in one fping run. Fails only when fping cannot be run.
Result<std::vector<PingResult>> ping(const std::vector<std::string>& hosts, const PingOptions& options);

// A TCP port to connect to, or an HTTP(S) URL whose GET must answer below 400.
struct ServiceCheck {
  enum class Kind { tcp, http } kind = Kind::tcp;
  std::string host;  // tcp
  std::uint16_t port = 0;
  std::string url;  // http
  int timeout_ms = 5000;
};

struct ServiceResult {
  bool up = false;
  double seconds = 0;  // time to connect (tcp) or to the whole answer (http)
  std::string detail;  // why it is down, for logs
};

// Runs every check at once; the answer i belongs to check i.
std::vector<ServiceResult> run_service_checks(const std::vector<ServiceCheck>& checks);

}  // namespace colo::monitoring
