// Runs nmap as a supervised subprocess: no shell, unprivileged TCP connect scan, XML to a
// temporary file, a wall-clock limit after which it is killed, and at most `max_concurrent` scans
// at once (more answer 503 vulns.scan.busy rather than queue behind a long scan).
// Thread safety: one Scanner is shared by all threads.
#pragma once

#include <atomic>
#include <optional>
#include <string>
#include <utility>
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
  // One of the scanner's places, held while it lives; moved into the thread that runs the scan,
  // so that a scan answered "running" before nmap starts still counts against the bound.
  class Slot {
   public:
    Slot(Slot&& o) noexcept : running_(std::exchange(o.running_, nullptr)) {}
    Slot& operator=(Slot&&) = delete;
    ~Slot() {
      if (running_) --*running_;
    }

   private:
    friend class Scanner;
    explicit Slot(std::atomic<int>* running) : running_(running) {}
    std::atomic<int>* running_;
  };

  explicit Scanner(ScannerOptions o) : options_(std::move(o)) {}
  // A place for one scan; nullopt when max_concurrent scans hold one already.
  std::optional<Slot> reserve();
  // nmap's XML report of the targets (canonical CIDRs, already checked against consent).
  // 503 vulns.scan.busy, vulns.scan.timeout, vulns.scan.failed (nmap's last words).
  Result<std::string> run(const std::string& profile, const std::optional<std::string>& ports,
                          const std::vector<std::string>& targets);
  // The same in a place reserved beforehand (never busy).
  Result<std::string> run(const Slot& slot, const std::string& profile, const std::optional<std::string>& ports,
                          const std::vector<std::string>& targets);
  const ScannerOptions& options() const { return options_; }

 private:
  ScannerOptions options_;
  std::atomic<int> running_{0};
};

}  // namespace colo::vulns
