#include "contracts/scan.hpp"

#include <fstream>
#include <iterator>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>

#include "core/crypto.hpp"

namespace colo::contracts {

namespace {

bool starts_with(std::string_view bytes, std::string_view magic) { return bytes.substr(0, magic.size()) == magic; }

// Closes the descriptor on every path.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

Error io_error(const std::string& what, const std::filesystem::path& p) {
  return Error::internal(what + " " + p.string() + ": " + std::strerror(errno));
}

Status write_all(int fd, std::string_view bytes, const std::filesystem::path& p) {
  while (!bytes.empty()) {
    auto n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return io_error("cannot write", p);
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return {};
}

}  // namespace

std::optional<std::string> sniff_scan_type(std::string_view bytes) {
  if (starts_with(bytes, "%PDF-")) return "application/pdf";
  if (starts_with(bytes, "\xFF\xD8\xFF")) return "image/jpeg";
  if (starts_with(bytes, "\x89PNG\r\n\x1A\n")) return "image/png";
  return std::nullopt;
}

Status check_scan(std::string_view declared_type, std::string_view bytes) {
  if (declared_type != "application/pdf" && declared_type != "image/jpeg" && declared_type != "image/png")
    return Error{ErrorKind::unsupported_media,
                 "contracts.scan.unsupported_type",
                 "Send the signed contract as application/pdf, image/jpeg or image/png.",
                 {}};
  if (bytes.empty()) return Error::invalid("contracts.scan.empty", "The signed contract's file is empty.");
  if (bytes.size() > kMaxScanBytes)
    return Error{ErrorKind::too_large,
                 "contracts.scan.too_large",
                 "The scan is larger than " + std::to_string(kMaxScanBytes / (1024 * 1024)) + " MiB.",
                 {}};
  auto sniffed = sniff_scan_type(bytes);
  if (!sniffed || *sniffed != declared_type)
    return Error{ErrorKind::unsupported_media,
                 "contracts.scan.content_mismatch",
                 "The file's content is not " + std::string(declared_type) + ".",
                 {}};
  return {};
}

std::filesystem::path scan_path(const std::filesystem::path& dir, const std::string& hash) {
  return dir / "contracts" / hash.substr(0, 2) / hash;
}

namespace {

// Temp file in the same directory, fsync, rename, fsync of the directory: never half a file.
Status write_atomically(const std::filesystem::path& path, std::string_view bytes) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) return Error::internal("cannot create " + path.parent_path().string() + ": " + ec.message());
  auto tmp = path;
  tmp += ".tmp." + crypto::random_token(8);
  {
    Fd f{::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640)};
    if (f.fd < 0) return io_error("cannot create", tmp);
    auto written = write_all(f.fd, bytes, tmp);
    if (!written.ok() || ::fsync(f.fd) != 0) {
      auto err = written.ok() ? io_error("cannot fsync", tmp) : std::move(written).error();
      std::filesystem::remove(tmp, ec);
      return err;
    }
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    auto err = io_error("cannot rename to", path);
    std::filesystem::remove(tmp, ec);
    return err;
  }
  // The rename itself is durable only once the directory is synced.
  Fd d{::open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (d.fd >= 0) ::fsync(d.fd);
  return {};
}

Result<std::string> read_whole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::internal("cannot open " + path.string());
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Error::internal("cannot read " + path.string());
  return bytes;
}

}  // namespace

Result<std::string> store_scan(const std::filesystem::path& dir, std::string_view bytes,
                               const crypto::FileSealer* sealer) {
  auto hash = crypto::blake2b_hex(bytes);
  auto path = scan_path(dir, hash);
  std::error_code ec;
  // The same content was stored before (sealed, or plain from before sealing began).
  if (std::filesystem::exists(path, ec)) {
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && (size == bytes.size() || size == bytes.size() + crypto::FileSealer::overhead())) return hash;
  }
  COLO_CHECK(write_atomically(path, sealer ? std::string_view(sealer->seal(bytes)) : bytes));
  return hash;
}

Result<std::string> read_scan(const std::filesystem::path& path, const crypto::FileSealer* sealer) {
  COLO_TRY(auto stored, read_whole(path));
  if (sealer) return sealer->open(stored);
  if (crypto::FileSealer::is_sealed(stored)) return Error::internal(path.string() + " is sealed and no key was given");
  return stored;
}

Result<SealedFiles> seal_stored_files(const std::filesystem::path& dir, const crypto::FileSealer& sealer) {
  SealedFiles out;
  std::error_code ec;
  if (!std::filesystem::exists(dir, ec)) return out;
  std::vector<std::filesystem::path> files;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec); !ec && it != std::filesystem::end(it);
       it.increment(ec))
    if (it->is_regular_file(ec) && it->path().filename().string().find(".tmp.") == std::string::npos)
      files.push_back(it->path());
  if (ec) return Error::internal("cannot walk " + dir.string() + ": " + ec.message());
  for (const auto& f : files) {
    COLO_TRY(auto stored, read_whole(f));
    if (crypto::FileSealer::is_sealed(stored)) {
      ++out.already;
      continue;
    }
    COLO_CHECK(write_atomically(f, sealer.seal(stored)));
    ++out.sealed;
  }
  return out;
}

Result<std::optional<std::string>> scan_file_name(std::string_view given) {
  if (auto slash = given.find_last_of("/\\"); slash != std::string_view::npos) given.remove_prefix(slash + 1);
  while (!given.empty() && (given.front() == ' ' || given.front() == '\t')) given.remove_prefix(1);
  while (!given.empty() && (given.back() == ' ' || given.back() == '\t')) given.remove_suffix(1);
  if (given.empty()) return std::optional<std::string>{};
  for (unsigned char ch : given)
    if (ch < 0x20 || ch == 0x7f || ch == '"')
      return Error::validation({{"file_name", "contracts.scan.bad_file_name",
                                 "A file name cannot contain control characters or double quotes."}});
  return std::optional<std::string>{std::string(given)};
}

}  // namespace colo::contracts
