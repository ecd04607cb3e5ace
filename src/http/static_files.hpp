// Static files of the built web app, with SPA fallback and no path traversal. No Beast here:
// the answer names the file in Response::file_path and the server streams it.
#pragma once

#include <optional>
#include <string>

#include "http/message.hpp"

namespace colo::http {

// root must be a canonical absolute directory. Answers nullopt when nothing should be served
// (the caller then answers 404): paths under /api/, unsafe paths, and missing files that have an
// extension. A missing path without an extension is an app route and gets index.html.
std::optional<Response> serve_static(const std::string& root, const Request& request);

}  // namespace colo::http
