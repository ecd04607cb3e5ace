// restic as the backup service drives it: one repository (location and password), each command a
// supervised subprocess with a deadline. The password goes through RESTIC_PASSWORD in the child's
// environment only. Verification of a restore is here too: the repository's own check, then every
// restored file against the snapshot (size from `restic ls`, SHA-256 against `restic dump`).
// Thread-safety: stateless; callable from several runner threads.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "backupsvc/model.hpp"
#include "backupsvc/process.hpp"
#include "backupsvc/rules.hpp"

namespace colo::backupsvc {

struct Repository {
  std::string restic = "restic";
  std::string location;  // restic's --repo
  std::string password;
  std::chrono::milliseconds timeout{std::chrono::hours(1)};
};

// Opens the repository, creating it when nothing is there yet.
ProcessResult ensure_repository(const Repository& repo);
// `restic backup --json` of the paths, or of a dump command's output under `filename`; tagged
// with `tag` so that retention applies per plan.
ProcessResult backup_paths(const Repository& repo, const std::vector<std::string>& paths, const std::string& tag);
ProcessResult backup_command(const Repository& repo, const std::vector<std::string>& command,
                             const std::string& filename, const std::string& tag);
// How the runner reaches a customer's host with the system ssh client: the files are written by
// the caller for one run (the key with mode 0600).
struct SshLogin {
  std::string ssh = "ssh";
  std::string host, user;
  int port = 22;
  std::string key_file;
  std::string known_hosts_file;  // the host key recorded at the first contact (empty before it)
  bool first_contact = false;    // nothing recorded yet: the key the host offers is written to the file
  std::string remote_restic = "restic";
};
// `restic backup --json` of `paths` run on the host through ssh (BatchMode, the host key checked
// strictly against the known_hosts file; a changed key fails before anything runs) into the same
// repository, which the host reaches under the same location. The password travels on ssh's
// standard input from `password_file`, never on a command line.
ProcessResult backup_over_ssh(const Repository& repo, const SshLogin& login, const std::vector<std::string>& paths,
                              const std::string& tag, const std::string& password_file);
// The argv of that ssh call (a pure function, for tests).
std::vector<std::string> ssh_backup_argv(const Repository& repo, const SshLogin& login,
                                         const std::vector<std::string>& paths, const std::string& tag);

// `restic forget --prune` with the plan's retention, over the plan's tag.
ProcessResult forget(const Repository& repo, const Retention& retention, const std::string& tag);
// `restic restore SNAPSHOT --target TARGET [--include PATH]...`
ProcessResult restore(const Repository& repo, const std::string& snapshot, const std::string& target,
                      const std::vector<std::string>& includes);

struct Verification {
  bool ok = false;
  std::int64_t files = 0, bytes = 0, hashed = 0;
  std::string summary;  // what was checked, for the record
  std::string log;      // the tools' output
  bool timed_out = false;
};
// Checks the repository (`restic check --read-data-subset`) and every file of `snapshot` under
// `includes` (all when empty) as restored under `target`: same size, and the same SHA-256 as
// `restic dump` gives for the first `max_hashed` files.
Verification verify_restore(const Repository& repo, const std::string& snapshot, const std::string& target,
                            const std::vector<std::string>& includes, int max_hashed = 200);

// SHA-256 of a file, lower-case hex; nullopt when it cannot be read.
std::optional<std::string> sha256_file(const std::string& path);
std::string sha256_hex(std::string_view data);

}  // namespace colo::backupsvc
