#include "http/static_files.hpp"

#include <sys/stat.h>

#include <array>
#include <filesystem>
#include <string_view>
#include <system_error>
#include <utility>

namespace colo::http {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kImmutable = "public, max-age=31536000, immutable";
constexpr std::string_view kRevalidate = "no-cache";

std::string lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

const char* content_type_for(const fs::path& file) {
  static constexpr std::array<std::pair<std::string_view, const char*>, 19> kTypes{{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
      {".wasm", "application/wasm"},
  }};
  const std::string ext = lower(file.extension().string());
  for (const auto& [e, type] : kTypes)
    if (ext == e) return type;
  return "application/octet-stream";
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Paths the API owns: a miss there is the API's 404, never the web app.
bool reserved(std::string_view path) {
  return path == "/api" || starts_with(path, "/api/") || path == "/healthz" || path == "/readyz" || path == "/metrics";
}

// Served only when every segment is an ordinary name: no "." or "..", no dotfiles (.env,
// .git), no backslash (a Windows separator in some tools), no NUL (ends a C string early).
bool safe_path(std::string_view path) {
  if (path.empty() || path.front() != '/') return false;
  if (path.find('\0') != std::string_view::npos || path.find('\\') != std::string_view::npos) return false;
  std::size_t start = 1;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    auto segment = path.substr(start, end - start);
    if (!segment.empty() && segment.front() == '.') return false;  // ".", ".." and dotfiles
    start = end + 1;
  }
  return true;
}

// True when `file` lies inside `root`; both canonical.
bool inside(const fs::path& file, const fs::path& root) {
  auto rel = file.lexically_relative(root);
  return !rel.empty() && *rel.begin() != ".." && *rel.begin() != ".";
}

void append_hex(std::string& out, std::uint64_t v) {
  static constexpr char kHex[] = "0123456789abcdef";
  char buf[16];
  int n = 0;
  do {
    buf[n++] = kHex[v & 0xf];
    v >>= 4;
  } while (v != 0);
  while (n > 0) out.push_back(buf[--n]);
}

// If-None-Match holds a list of tags or "*"; weak comparison, as RFC 9110 asks for GET.
bool matches(std::string_view if_none_match, std::string_view etag) {
  auto opaque = [](std::string_view t) { return starts_with(t, "W/") ? t.substr(2) : t; };
  const auto mine = opaque(etag);
  while (!if_none_match.empty()) {
    auto comma = if_none_match.find(',');
    auto item = if_none_match.substr(0, comma);
    if_none_match = comma == std::string_view::npos ? std::string_view{} : if_none_match.substr(comma + 1);
    while (!item.empty() && (item.front() == ' ' || item.front() == '\t')) item.remove_prefix(1);
    while (!item.empty() && (item.back() == ' ' || item.back() == '\t')) item.remove_suffix(1);
    if (item == "*" || opaque(item) == mine) return true;
  }
  return false;
}

struct FileInfo {
  bool regular = false;
  bool directory = false;
  std::uint64_t size = 0;
  std::uint64_t modified_ns = 0;
};

// One stat(2) for type, size and time: std::filesystem would ask three times.
std::optional<FileInfo> stat_file(const fs::path& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) return std::nullopt;
  FileInfo info;
  info.regular = S_ISREG(st.st_mode);
  info.directory = S_ISDIR(st.st_mode);
  info.size = static_cast<std::uint64_t>(st.st_size);
  info.modified_ns =
      static_cast<std::uint64_t>(st.st_mtim.tv_sec) * 1000000000u + static_cast<std::uint64_t>(st.st_mtim.tv_nsec);
  return info;
}

// Size and modification time identify a version of a file well enough for revalidation.
std::string etag_for(const FileInfo& info) {
  std::string tag = "W/\"";
  append_hex(tag, info.size);
  tag.push_back('-');
  append_hex(tag, info.modified_ns);
  tag.push_back('"');
  return tag;
}

Response file_response(const fs::path& file, const FileInfo& info, bool immutable, const Request& request) {
  Response r;
  r.status = 200;
  r.headers.emplace_back("Content-Type", content_type_for(file));
  r.headers.emplace_back("Cache-Control", immutable ? kImmutable : kRevalidate);
  auto etag = etag_for(info);
  if (auto inm = request.header("if-none-match"); inm && matches(*inm, etag)) {
    r.status = 304;
    r.headers.emplace_back("ETag", std::move(etag));
    return r;
  }
  r.headers.emplace_back("ETag", std::move(etag));
  r.file_path = file.string();
  return r;
}

// The app's index.html, if it is a regular file inside root.
std::optional<Response> index_response(const fs::path& base, const Request& request) {
  std::error_code ec;
  auto index = fs::canonical(base / "index.html", ec);
  if (ec || !inside(index, base)) return std::nullopt;
  auto info = stat_file(index);
  if (!info || !info->regular) return std::nullopt;
  return file_response(index, *info, false, request);
}

}  // namespace

std::optional<Response> serve_static(const std::string& root, const Request& request) {
  if (request.method != "GET" && request.method != "HEAD") return std::nullopt;
  const std::string& path = request.path;
  if (reserved(path) || !safe_path(path)) return std::nullopt;
  const fs::path base(root);
  if (!base.is_absolute()) return std::nullopt;
  if (path == "/") return index_response(base, request);

  // Canonical form resolves symlinks, so a link pointing out of root is caught here too.
  std::error_code ec;
  auto file = fs::canonical(base / fs::path(path.substr(1)), ec);
  if (!ec) {
    if (!inside(file, base)) return std::nullopt;
    auto info = stat_file(file);
    if (info && info->regular) return file_response(file, *info, starts_with(path, "/assets/"), request);
    if (info && info->directory) return index_response(base, request);
    return std::nullopt;  // a device, a socket: never served
  }
  // A missing file: with an extension it is a real miss; without one it is an app route,
  // unless it runs through a symlink out of root (which would tell what exists out there).
  if (fs::path(path).has_extension()) return std::nullopt;
  auto resolved = fs::weakly_canonical(base / fs::path(path.substr(1)), ec);
  if (ec || !inside(resolved, base)) return std::nullopt;
  return index_response(base, request);
}

}  // namespace colo::http
