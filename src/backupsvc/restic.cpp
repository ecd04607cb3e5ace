#include "backupsvc/restic.hpp"

#include <sodium.h>

#include <filesystem>
#include <fstream>

namespace colo::backupsvc {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> command(const Repository& repo, std::vector<std::string> rest) {
  std::vector<std::string> args{repo.restic, "--repo", repo.location, "--no-cache"};
  args.insert(args.end(), rest.begin(), rest.end());
  return args;
}

Environment env_of(const Repository& repo) { return {{"RESTIC_PASSWORD", repo.password}}; }

ProcessResult run(const Repository& repo, std::vector<std::string> rest, bool keep_stderr = true) {
  return run_process(command(repo, std::move(rest)), env_of(repo), repo.timeout, keep_stderr);
}

std::string hex(const unsigned char* bytes, std::size_t n) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    out += digits[bytes[i] >> 4];
    out += digits[bytes[i] & 15];
  }
  return out;
}

std::string joined(const fs::path& target, const std::string& snapshot_path) {
  return (target / fs::path(snapshot_path).relative_path()).string();
}

// One word for the remote shell: single-quoted, a quote inside closed and escaped.
std::string quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

}  // namespace

ProcessResult ensure_repository(const Repository& repo) {
  auto opened = run(repo, {"cat", "config"}, false);
  if (opened.ok() || opened.timed_out || !opened.started) return opened;
  auto again = run(repo, {"cat", "config"});
  // Only a repository that is not there yet is created; a wrong password or a broken one is not
  // overwritten (restic refuses that anyway), and its own words are the run's reason.
  if (failure_reason(again.output, again.timed_out) != "repository_unreachable") return again;
  auto made = run(repo, {"init"});
  if (!made.ok()) made.output = again.output + made.output;
  return made;
}

ProcessResult backup_paths(const Repository& repo, const std::vector<std::string>& paths, const std::string& tag) {
  std::vector<std::string> rest{"backup", "--json", "--tag", tag};
  rest.insert(rest.end(), paths.begin(), paths.end());
  return run(repo, rest);
}

ProcessResult backup_command(const Repository& repo, const std::vector<std::string>& producer,
                             const std::string& filename, const std::string& tag) {
  return run_piped(producer, command(repo, {"backup", "--json", "--tag", tag, "--stdin", "--stdin-filename", filename}),
                   env_of(repo), repo.timeout);
}

std::vector<std::string> ssh_backup_argv(const Repository& repo, const SshLogin& login,
                                         const std::vector<std::string>& paths, const std::string& tag) {
  std::string remote = quoted(login.remote_restic) + " --repo " + quoted(repo.location) +
                       " --no-cache --password-file /dev/stdin backup --json --tag " + quoted(tag);
  for (const auto& p : paths) remote += " " + quoted(p);
  return {login.ssh, "-F", "/dev/null", "-i", login.key_file, "-p", std::to_string(login.port), "-l", login.user, "-o",
          "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o",
          "UserKnownHostsFile=" + login.known_hosts_file, "-o", "GlobalKnownHostsFile=/dev/null", "-o",
          // The first contact records the host's key; after it a different key is refused.
          std::string("StrictHostKeyChecking=") + (login.first_contact ? "accept-new" : "yes"), "-o",
          "UpdateHostKeys=no", "-o", "HashKnownHosts=no", "-o", "ConnectTimeout=30", "--", login.host, remote};
}

ProcessResult backup_over_ssh(const Repository& repo, const SshLogin& login, const std::vector<std::string>& paths,
                              const std::string& tag, const std::string& password_file) {
  return run_process_with_input(ssh_backup_argv(repo, login, paths, tag), {}, repo.timeout, password_file);
}

ProcessResult forget(const Repository& repo, const Retention& retention, const std::string& tag) {
  std::vector<std::string> rest{"forget", "--prune", "--tag", tag, "--group-by", "tags"};
  for (auto& f : forget_flags(retention)) rest.push_back(std::move(f));
  return run(repo, rest);
}

ProcessResult restore(const Repository& repo, const std::string& snapshot, const std::string& target,
                      const std::vector<std::string>& includes) {
  std::vector<std::string> rest{"restore", snapshot, "--target", target};
  for (const auto& p : includes) rest.insert(rest.end(), {"--include", p});
  return run(repo, rest);
}

Verification verify_restore(const Repository& repo, const std::string& snapshot, const std::string& target,
                            const std::vector<std::string>& includes, int max_hashed) {
  Verification v;
  auto check = run(repo, {"check", "--read-data-subset", "1/5"});
  v.log += check.output;
  if (!check.ok()) {
    v.timed_out = check.timed_out;
    v.summary = "restic check failed";
    return v;
  }
  auto ls = run(repo, {"ls", "--json", snapshot}, false);
  if (!ls.ok()) {
    v.log += ls.output;
    v.timed_out = ls.timed_out;
    v.summary = "restic ls failed";
    return v;
  }
  for (const auto& file : parse_ls_files(ls.output)) {
    bool wanted = includes.empty();
    for (const auto& inc : includes) wanted = wanted || path_within(inc, file.path);
    if (!wanted) continue;
    const auto restored = joined(target, file.path);
    std::error_code ec;
    const auto size = fs::file_size(restored, ec);
    if (ec || static_cast<std::int64_t>(size) != file.size) {
      v.summary = "size differs or missing: " + file.path;
      return v;
    }
    if (v.hashed < max_hashed) {
      auto dumped = run(repo, {"dump", snapshot, file.path}, false);
      const auto ours = sha256_file(restored);
      if (!dumped.ok() || !ours || *ours != sha256_hex(dumped.output)) {
        v.timed_out = dumped.timed_out;
        v.summary = "checksum differs: " + file.path;
        return v;
      }
      ++v.hashed;
    }
    ++v.files;
    v.bytes += file.size;
  }
  v.ok = true;
  v.summary = "restic check passed; " + std::to_string(v.files) + " files match the snapshot in size, " +
              std::to_string(v.hashed) + " in SHA-256";
  return v;
}

std::optional<std::string> sha256_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  char buf[65536];
  while (in) {
    in.read(buf, sizeof buf);
    const auto n = in.gcount();
    if (n > 0)
      crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(buf), static_cast<std::size_t>(n));
  }
  if (in.bad()) return std::nullopt;
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, out);
  return hex(out, sizeof out);
}

std::string sha256_hex(std::string_view data) {
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return hex(out, sizeof out);
}

}  // namespace colo::backupsvc
