#include "http/static_files.hpp"

#include <filesystem>

namespace colo::http {

namespace fs = std::filesystem;

namespace {

const char* content_type_for(const std::string& ext) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},  {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},          {".svg", "image/svg+xml"},
      {".png", "image/png"},                  {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},                {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},               {".woff", "font/woff"},
      {".ttf", "font/ttf"},                   {".map", "application/json"},
      {".txt", "text/plain; charset=utf-8"},  {".webmanifest", "application/manifest+json"},
  };
  for (const auto& [e, t] : kTypes)
    if (ext == e) return t;
  return "application/octet-stream";
}

// A path is served only when every segment is an ordinary name.
bool safe_path(std::string_view path) {
  if (path.empty() || path.front() != '/') return false;
  if (path.find('\0') != std::string_view::npos || path.find('\\') != std::string_view::npos)
    return false;
  std::size_t start = 1;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    auto seg = path.substr(start, end - start);
    if (seg == "." || seg == "..") return false;
    if (!seg.empty() && seg.front() == '.') return false;  // no dotfiles
    start = end + 1;
  }
  return true;
}

Response file_response(const fs::path& file, bool immutable) {
  Response r;
  r.status = 200;
  r.headers.emplace_back("Content-Type", content_type_for(file.extension().string()));
  r.headers.emplace_back("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  r.file_path = file.string();
  return r;
}

}  // namespace

std::optional<Response> serve_static(const std::string& root, const Request& request) {
  const std::string& path = request.path;
  if (path.rfind("/api/", 0) == 0 || path == "/api") return std::nullopt;
  if (!safe_path(path)) return std::nullopt;
  fs::path base(root);
  fs::path candidate = base / fs::path(path.substr(1));
  std::error_code ec;
  if (path == "/" || fs::is_directory(candidate, ec)) candidate = base / "index.html";
  auto canonical = fs::weakly_canonical(candidate, ec);
  if (ec) return std::nullopt;
  // Symlinks must not lead outside the root either.
  auto rel = canonical.lexically_relative(base);
  if (rel.empty() || *rel.begin() == "..") return std::nullopt;
  if (fs::is_regular_file(canonical, ec)) {
    bool immutable = path.rfind("/assets/", 0) == 0;
    return file_response(canonical, immutable);
  }
  if (fs::path(path).has_extension()) return std::nullopt;
  auto index = base / "index.html";
  if (!fs::is_regular_file(index, ec)) return std::nullopt;
  return file_response(index, false);
}

}  // namespace colo::http
