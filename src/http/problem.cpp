#include "http/problem.hpp"

#include <spdlog/spdlog.h>

#include "core/json.hpp"
#include "i18n/catalogue.hpp"

namespace colo::http {

Response problem(const Error& error, const Request& request) {
  const int status = http_status(error.kind);
  // An internal error's message is for the operator (SQL, file paths, a bug's what()): it is
  // logged here, once, with the request id, and the client gets only the id to quote.
  const bool internal = error.kind == ErrorKind::internal;
  if (internal) {
    spdlog::error("request {} {} {} failed ({}): {}", request.request_id, request.method, request.path, error.code,
                  error.message);
  }
  json::object o;
  const std::string& code = internal ? std::string("internal") : error.code;
  o["type"] = "urn:colo:problem:" + code;
  // Title, detail and field messages come from the catalogue in the reader's language; the
  // English `message` is the fallback for a text the catalogue lacks (and what logs show).
  const std::string& lang = request.lang;
  o["title"] = i18n::render_or(lang, "problem.title." + std::to_string(status), {}, http_title(error.kind));
  o["status"] = status;
  o["detail"] = internal ? i18n::render_or(lang, "problem.internal", {{"request_id", request.request_id}},
                                           "An internal error occurred. Quote request id " + request.request_id +
                                               " when reporting it.")
                         : i18n::detail(lang, error);
  o["code"] = code;
  if (!request.path.empty()) o["instance"] = request.path;
  if (!request.request_id.empty()) o["request_id"] = request.request_id;
  if (!internal && !error.fields.empty()) {
    json::array errors;
    for (const auto& f : error.fields) {
      errors.push_back(json::object{{"field", f.field}, {"code", f.code}, {"message", i18n::detail(lang, f)}});
    }
    o["errors"] = std::move(errors);
  }
  return Response::text(status, to_json(o), "application/problem+json");
}

}  // namespace colo::http
