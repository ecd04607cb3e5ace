#include "audit/checkpoint.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace colo::audit {

namespace {

constexpr std::string_view kMagic = "colo-audit-checkpoint";
constexpr std::string_view kVersion = "1";
// Separates checkpoint MACs from entry MACs made with the same key.
constexpr std::string_view kDomain = "colo.audit.checkpoint|";

std::string body(const Checkpoint& c) {
  return std::string(kMagic) + " " + std::string(kVersion) + " " + std::to_string(c.last_id) + " " +
         (c.last_hash.empty() ? "-" : c.last_hash) + " " + std::to_string(c.count) + " " + c.at;
}

std::string mac(const std::string& text, const crypto::Key& key) {
  return crypto::keyed_blake2b_hex(key, std::string(kDomain) + text);
}

bool to_int(std::string_view s, std::int64_t& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size() && out >= 0;
}

Error io_error(const std::string& what, const std::string& path) {
  return Error::internal("cannot " + what + " the audit checkpoint " + path + ": " + std::strerror(errno));
}

}  // namespace

std::string checkpoint_text(const Checkpoint& c, const crypto::Key& key) {
  auto text = body(c);
  return text + " " + mac(text, key) + "\n";
}

Result<Checkpoint> parse_checkpoint(std::string_view text, const crypto::Key& key) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  std::vector<std::string> parts;
  std::istringstream in{std::string(text)};
  for (std::string p; in >> p;) parts.push_back(p);
  auto bad = [](std::string why) { return Error::unprocessable("audit.checkpoint_invalid", std::move(why)); };
  if (parts.size() != 7 || parts[0] != kMagic || parts[1] != kVersion)
    return bad("the checkpoint is not in the expected form");
  Checkpoint c;
  if (!to_int(parts[2], c.last_id) || !to_int(parts[4], c.count)) return bad("the checkpoint's numbers are malformed");
  c.last_hash = parts[3] == "-" ? "" : parts[3];
  c.at = parts[5];
  if (!crypto::constant_time_equal(mac(body(c), key), parts[6]))
    return bad("the checkpoint's MAC does not hold (it was altered, or written with another audit key)");
  return c;
}

Result<std::optional<Checkpoint>> read_checkpoint(const std::string& path, const crypto::Key& key) {
  std::ifstream in(path);
  if (!in) {
    if (!std::filesystem::exists(path)) return std::optional<Checkpoint>{};
    return io_error("read", path);
  }
  std::stringstream text;
  text << in.rdbuf();
  COLO_TRY(auto c, parse_checkpoint(text.str(), key));
  return std::optional<Checkpoint>(std::move(c));
}

Status write_checkpoint(const std::string& path, const Checkpoint& c, const crypto::Key& key) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  fs::create_directories(dir, ec);
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  const std::string text = checkpoint_text(c, key);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return io_error("create", tmp);
  std::size_t done = 0;
  while (done < text.size()) {
    auto n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      Status st = io_error("write", tmp);
      ::close(fd);
      ::unlink(tmp.c_str());
      return st;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    Status st = io_error("sync", tmp);
    ::close(fd);
    ::unlink(tmp.c_str());
    return st;
  }
  ::close(fd);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    Status st = io_error("replace", path);
    ::unlink(tmp.c_str());
    return st;
  }
  // The rename itself is durable only once the directory is synced.
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return {};
}

}  // namespace colo::audit
