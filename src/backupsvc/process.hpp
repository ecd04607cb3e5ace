// Supervised subprocesses for the backup runner: a tool (restic, a dump command) runs without a
// shell, with extra environment variables (restic's password never appears on a command line),
// its output collected, and killed when it outlives its deadline. A producer can feed a consumer
// through a pipe (a database dump into `restic backup --stdin`).
// Thread-safety: every call is independent; callable from several runner threads at once.
#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace colo::backupsvc {

struct ProcessResult {
  bool started = false;    // false: the executable could not be run (output says why)
  bool timed_out = false;  // killed at the deadline
  int exit_code = -1;      // the consumer's exit code (-1 when killed by a signal)
  int producer_exit_code = 0;
  std::string output;  // standard output and error, in order, of the consumer (and the producer's error)
  bool ok() const { return started && !timed_out && exit_code == 0 && producer_exit_code == 0; }
};

using Environment = std::vector<std::pair<std::string, std::string>>;

// Runs `argv` with `env` added to this process's environment, standard input from /dev/null,
// for at most `timeout`; on the deadline the process group is killed (SIGKILL) and timed_out set.
// With `keep_stderr` false, standard error is discarded (a tool whose output is data: restic dump).
ProcessResult run_process(const std::vector<std::string>& argv, const Environment& env,
                          std::chrono::milliseconds timeout, bool keep_stderr = true);

// The same with standard input read from the file `input` (a secret handed to the tool on its
// input rather than on a command line or in the environment).
ProcessResult run_process_with_input(const std::vector<std::string>& argv, const Environment& env,
                                     std::chrono::milliseconds timeout, const std::string& input);

// The same, with `producer`'s standard output as `consumer`'s standard input. The producer's
// standard error joins the output; both are killed at the deadline.
ProcessResult run_piped(const std::vector<std::string>& producer, const std::vector<std::string>& consumer,
                        const Environment& env, std::chrono::milliseconds timeout);

// The last `max_bytes` of `text`, cut at a line start: what a run's log excerpt keeps.
std::string tail_of(const std::string& text, std::size_t max_bytes);

}  // namespace colo::backupsvc
