// The route table: method + path pattern ("/api/v1/dcim/racks/{id}") -> handler and its
// documentation. The OpenAPI document and the permission checks are derived from the same
// table, so a route cannot exist without being documented and guarded.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "http/message.hpp"

namespace colo::http {

using RouteHandler = std::function<Response(Request&)>;

enum class Auth {
  none,           // public: health, version, login
  authenticated,  // any signed-in principal; the handler checks object-level rules
  permission,     // Route::permission must be granted
};

struct QueryDoc {
  std::string name;
  std::string type = "string";  // OpenAPI scalar type: string, integer, boolean, number
  std::string description;
  std::vector<std::string> values = {};  // the allowed values, when it is an enumeration
};

struct Route {
  std::string method;   // GET, POST, PUT, PATCH, DELETE
  std::string pattern;  // /api/v1/things/{id}
  RouteHandler handler;
  std::string summary;
  std::string tag;
  Auth auth = Auth::permission;
  std::string permission;  // e.g. "dcim.racks.write" when auth == Auth::permission
  std::vector<QueryDoc> query;
  boost::json::value request_schema;   // JSON Schema of the body, or null
  boost::json::value response_schema;  // JSON Schema of a 2xx body, or null
  int success_status = 200;
  std::string response_type = "application/json";
  // Runs on the server's I/O thread instead of hopping to the worker pool and back, which costs
  // more than the whole of a small answer. Only for handlers that never block and never touch
  // the database (version, liveness). Middleware does not run for such a route: the
  // authentication middleware looks credentials up in the database even for public routes, so
  // only Auth::none routes may be inline (Router::add throws otherwise).
  bool inline_handler = false;
  // Media types of a body that is not JSON (a CSV file, a signed scan); request_schema, when
  // set, describes each, else it is documented as bytes.
  std::vector<std::string> request_types = {};
  // A write may be taken by a customer principal only when this is true (portal writes).
  std::size_t index = 0;  // position in the table, assigned by Router::add
};

class Router {
 public:
  Router();
  ~Router();
  Router(const Router&) = delete;
  Router& operator=(const Router&) = delete;

  // Adds a route; a duplicate method+pattern is a programmer error (throws std::logic_error).
  const Route& add(Route route);

  struct Match {
    const Route* route = nullptr;      // found
    Fields params;                     // path parameters
    std::vector<std::string> allowed;  // when the path exists but not for this method
  };
  // HEAD falls back to GET.
  Match match(std::string_view method, std::string_view path) const;

  const std::vector<std::unique_ptr<Route>>& routes() const { return routes_; }

 private:
  struct Node;
  std::unique_ptr<Node> root_;
  std::vector<std::unique_ptr<Route>> routes_;
};

}  // namespace colo::http
