// Runs nmap as a supervised subprocess: no shell, unprivileged TCP connect scan, XML to a
// temporary file, a wall-clock limit after which it is killed, and at most `max_concurrent` scans
// at once (more answer 503 vulns.scan.busy rather than queue behind a long scan).
// Thread safety: one Scanner is shared by all threads.
#pragma once

#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace colo::vulns {

struct ScannerOptions {
  std::string nmap = "nmap";
  int timeout_s = 600;     // the whole run
  int max_concurrent = 2;  // scans at once in this process
};

class Scanner {
 public:
  explicit Scanner(ScannerOptions o) : options_(std::move(o)) {}
  // nmap's XML report of the targets (canonical CIDRs, already checked against consent).
  // 503 vulns.scan.busy, vulns.scan.timeout, vulns.scan.failed (nmap's last words).
  Result<std::string> run(const std::string& profile, const std::optional<std::string>& ports,
                          const std::vector<std::string>& targets);
  const ScannerOptions& options() const { return options_; }

 private:
  ScannerOptions options_;
  std::atomic<int> running_{0};
};

}  // namespace colo::vulns
