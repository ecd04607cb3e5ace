#include "vulns/scanner.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "vulns/rules.hpp"

extern char** environ;

namespace colo::vulns {

namespace fs = std::filesystem;

namespace {

Error scan_error(std::string code, std::string message) {
  return Error{ErrorKind::unavailable, std::move(code), std::move(message), {}};
}

// A directory removed with everything in it when it goes out of scope.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "colo-nmap-XXXXXX").string();
    if (::mkdtemp(tmpl.data())) path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
};

std::string tail_of(const std::string& out) {
  constexpr std::size_t kMax = 400;
  return out.size() <= kMax ? out : out.substr(out.size() - kMax);
}

}  // namespace

std::optional<Scanner::Slot> Scanner::reserve() {
  int now = running_.load();
  while (now < options_.max_concurrent && !running_.compare_exchange_weak(now, now + 1)) {}
  if (now >= options_.max_concurrent) return std::nullopt;
  return Slot(&running_);
}

Result<std::string> Scanner::run(const std::string& profile, const std::optional<std::string>& ports,
                                 const std::vector<std::string>& targets) {
  auto slot = reserve();
  if (!slot)
    return scan_error("vulns.scan.busy", "As many scans as allowed are running; try again when one has finished.");
  return run(*slot, profile, ports, targets);
}

Result<std::string> Scanner::run(const Slot&, const std::string& profile, const std::optional<std::string>& ports,
                                 const std::vector<std::string>& targets) {
  TempDir dir;
  if (dir.path.empty()) return Error::internal("cannot create a temporary directory for nmap");
  const auto out_file = (dir.path / "scan.xml").string();
  const auto args = nmap_args(options_.nmap, profile, ports, targets, out_file, options_.timeout_s);

  int pipefd[2];
  if (::pipe2(pipefd, O_CLOEXEC) != 0) return Error::internal("cannot create a pipe");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipefd[1], 1);
  posix_spawn_file_actions_adddup2(&actions, pipefd[1], 2);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  // Its own process group, so that a timeout kills nmap and anything it started.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, args[0].c_str(), &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  ::close(pipefd[1]);
  if (rc != 0) {
    ::close(pipefd[0]);
    return scan_error("vulns.scan.failed", "cannot run " + args[0] + ": " + std::strerror(rc));
  }

  // Read its output until it closes the pipe or the time is up.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(options_.timeout_s);
  std::string out;
  bool timed_out = false;
  char buf[4096];
  while (true) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      timed_out = true;
      break;
    }
    pollfd p{pipefd[0], POLLIN, 0};
    const int n = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 1000)));
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) continue;
    const ssize_t got = ::read(pipefd[0], buf, sizeof buf);
    if (got <= 0) break;
    if (out.size() < 64 * 1024) out.append(buf, static_cast<std::size_t>(got));
  }
  ::close(pipefd[0]);
  if (timed_out) ::kill(-pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  if (timed_out)
    return scan_error("vulns.scan.timeout",
                      "nmap did not finish within " + std::to_string(options_.timeout_s) + " s and was stopped.");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return scan_error("vulns.scan.failed", "nmap failed: " + tail_of(out));
  std::ifstream in(out_file, std::ios::binary);
  if (!in) return scan_error("vulns.scan.failed", "nmap wrote no report: " + tail_of(out));
  std::ostringstream xml;
  xml << in.rdbuf();
  return xml.str();
}

}  // namespace colo::vulns
