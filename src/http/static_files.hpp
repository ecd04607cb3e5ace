// Static files of the built web app (Vite's dist/), with SPA fallback and no path traversal.
// No Beast here: the answer names the file in Response::file_path and the server streams it.
// Thread-safe: a pure function of its arguments and the file system.
#pragma once

#include <optional>
#include <string>

#include "http/message.hpp"

namespace colo::http {

// Answers a GET or HEAD for the web app under `root`, which must be a canonical absolute
// directory (std::filesystem::canonical).
//
// Returns nullopt when nothing should be served, and the caller answers 404: other methods,
// paths under /api/ and the service endpoints (/healthz, /readyz, /metrics), unsafe paths
// (".." or "." segments, dotfiles, backslashes, NUL, anything whose canonical form leaves root,
// symlinks included), and missing files whose name has an extension. Refusals look exactly like
// missing files on purpose, so probing tells nothing about the file system.
//
// A missing path without an extension is an app route (/dcim/racks/12) and gets index.html.
// Files under /assets/ carry Vite's content hash and are cached for a year; everything else
// (index.html first) is revalidated on every use with its ETag, and a matching If-None-Match
// gets 304 without a body.
std::optional<Response> serve_static(const std::string& root, const Request& request);

}  // namespace colo::http
