#include "http/problem.hpp"

#include "core/json.hpp"

namespace colo::http {

Response problem(const Error& error, const Request& request) {
  const int status = http_status(error.kind);
  json::object o;
  o["type"] = "urn:colo:problem:" + error.code;
  o["title"] = http_title(error.kind);
  o["status"] = status;
  o["detail"] = error.message;
  o["code"] = error.code;
  if (!request.path.empty()) o["instance"] = request.path;
  if (!request.request_id.empty()) o["request_id"] = request.request_id;
  if (!error.fields.empty()) {
    json::array errors;
    for (const auto& f : error.fields) {
      errors.push_back(json::object{{"field", f.field}, {"code", f.code}, {"message", f.message}});
    }
    o["errors"] = std::move(errors);
  }
  return Response::text(status, to_json(o), "application/problem+json");
}

}  // namespace colo::http
