#include "backupsvc/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace colo::backupsvc {

namespace {

using SteadyClock = std::chrono::steady_clock;

// The environment of the child: ours, with `extra` replacing variables of the same name.
std::vector<std::string> environment_with(const Environment& extra) {
  std::vector<std::string> out;
  for (char** e = environ; e && *e; ++e) {
    std::string_view entry(*e);
    bool replaced = false;
    for (const auto& [name, value] : extra)
      if (entry.size() > name.size() && entry.substr(0, name.size()) == name && entry[name.size()] == '=')
        replaced = true;
    if (!replaced) out.emplace_back(entry);
  }
  for (const auto& [name, value] : extra) out.push_back(name + "=" + value);
  return out;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// Spawns `argv` in a process group of its own (`group`: 0 makes a new one) so that a kill at the
// deadline also reaches what the tool started. Answers the pid or -errno.
pid_t spawn(std::vector<std::string> argv, std::vector<std::string>& env, int in_fd, int out_fd, int err_fd,
            const std::vector<int>& close_fds, pid_t group) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_fd, 0);
  posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
  posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
  for (int fd : close_fds) posix_spawn_file_actions_addclose(&actions, fd);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, group);
  auto args = pointers(argv);
  auto envp = pointers(env);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, argv[0].c_str(), &actions, &attr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  return rc == 0 ? pid : -rc;
}

int exit_code_of(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }

// Reads `fd` until end of file or the deadline; true when the deadline came first.
bool drain(int fd, std::string& out, SteadyClock::time_point deadline) {
  char buf[8192];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - SteadyClock::now()).count();
    if (left <= 0) return true;
    pollfd p{fd, POLLIN, 0};
    const int r = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 1000)));
    if (r < 0 && errno == EINTR) continue;
    if (r == 0) continue;
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    out.append(buf, static_cast<std::size_t>(n));
  }
}

ProcessResult run(const std::vector<std::string>* producer, const std::vector<std::string>& consumer,
                  const Environment& extra, std::chrono::milliseconds timeout, bool keep_stderr,
                  const std::string* input = nullptr) {
  ProcessResult result;
  auto env = environment_with(extra);
  const int devnull = ::open(input ? input->c_str() : "/dev/null", O_RDONLY | O_CLOEXEC);
  if (devnull < 0) {
    result.output = "cannot open " + (input ? *input : std::string("/dev/null")) + ": " + std::strerror(errno);
    return result;
  }
  int out[2];
  if (::pipe2(out, O_CLOEXEC) != 0) {
    result.output = std::string("cannot create a pipe: ") + std::strerror(errno);
    ::close(devnull);
    return result;
  }
  int feed[2] = {-1, -1};
  pid_t producer_pid = 0;
  pid_t group = 0;
  if (producer) {
    if (::pipe2(feed, O_CLOEXEC) != 0) {
      result.output = std::string("cannot create a pipe: ") + std::strerror(errno);
      ::close(out[0]), ::close(out[1]), ::close(devnull);
      return result;
    }
    producer_pid = spawn(*producer, env, devnull, feed[1], out[1], {}, 0);
    ::close(feed[1]);
    if (producer_pid < 0) {
      result.output = "cannot run " + (*producer)[0] + ": " + std::strerror(-producer_pid);
      ::close(feed[0]), ::close(out[0]), ::close(out[1]), ::close(devnull);
      return result;
    }
    group = producer_pid;
  }
  const int sink = keep_stderr ? -1 : ::open("/dev/null", O_WRONLY | O_CLOEXEC);
  const pid_t pid = spawn(consumer, env, producer ? feed[0] : devnull, out[1], keep_stderr ? out[1] : sink, {}, group);
  if (sink >= 0) ::close(sink);
  if (producer) ::close(feed[0]);
  ::close(out[1]);
  ::close(devnull);
  if (pid < 0) {
    result.output = "cannot run " + consumer[0] + ": " + std::strerror(-pid);
    ::close(out[0]);
    if (producer_pid > 0) {
      ::kill(-producer_pid, SIGKILL);
      ::waitpid(producer_pid, nullptr, 0);
    }
    return result;
  }
  result.started = true;
  result.timed_out = drain(out[0], result.output, SteadyClock::now() + timeout);
  ::close(out[0]);
  if (result.timed_out) ::kill(-(group ? group : pid), SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  result.exit_code = exit_code_of(status);
  if (producer_pid > 0) {
    int pstatus = 0;
    ::waitpid(producer_pid, &pstatus, 0);
    result.producer_exit_code = exit_code_of(pstatus);
  }
  return result;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const Environment& env,
                          std::chrono::milliseconds timeout, bool keep_stderr) {
  return run(nullptr, argv, env, timeout, keep_stderr);
}

ProcessResult run_process_with_input(const std::vector<std::string>& argv, const Environment& env,
                                     std::chrono::milliseconds timeout, const std::string& input) {
  return run(nullptr, argv, env, timeout, true, &input);
}

ProcessResult run_piped(const std::vector<std::string>& producer, const std::vector<std::string>& consumer,
                        const Environment& env, std::chrono::milliseconds timeout) {
  return run(&producer, consumer, env, timeout, true);
}

std::string tail_of(const std::string& text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  auto start = text.size() - max_bytes;
  const auto nl = text.find('\n', start);
  if (nl != std::string::npos && nl + 1 < text.size()) start = nl + 1;
  return text.substr(start);
}

}  // namespace colo::backupsvc
