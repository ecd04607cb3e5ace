#include "http/router.hpp"

#include <map>
#include <stdexcept>

namespace colo::http {

struct Router::Node {
  std::map<std::string, std::unique_ptr<Node>, std::less<>> literal;
  std::unique_ptr<Node> param;
  std::string param_name;
  std::map<std::string, const Route*, std::less<>> methods;
};

Router::Router() : root_(std::make_unique<Node>()) {}
Router::~Router() = default;

namespace {

// Splits "/a/b/" into {"a","b",""}: a trailing slash is a distinct path, as in NetBox.
template <typename F>
void for_each_segment(std::string_view path, F&& f) {
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (true) {
    auto slash = path.find('/');
    if (!f(path.substr(0, slash))) return;
    if (slash == std::string_view::npos) return;
    path.remove_prefix(slash + 1);
  }
}

}  // namespace

const Route& Router::add(Route route) {
  if (route.pattern.empty() || route.pattern.front() != '/')
    throw std::logic_error("route pattern must start with '/': " + route.pattern);
  if (route.inline_handler && route.auth != Auth::none)
    throw std::logic_error("an inline route must be public (Auth::none): " + route.method + " " + route.pattern);
  Node* node = root_.get();
  for_each_segment(route.pattern, [&](std::string_view seg) {
    if (seg.size() >= 2 && seg.front() == '{' && seg.back() == '}') {
      std::string name(seg.substr(1, seg.size() - 2));
      if (!node->param) {
        node->param = std::make_unique<Node>();
        node->param->param_name = name;
      } else if (node->param->param_name != name) {
        throw std::logic_error("conflicting parameter names at " + route.pattern);
      }
      node = node->param.get();
    } else {
      auto it = node->literal.find(seg);
      if (it == node->literal.end()) it = node->literal.emplace(std::string(seg), std::make_unique<Node>()).first;
      node = it->second.get();
    }
    return true;
  });
  if (node->methods.count(route.method))
    throw std::logic_error("duplicate route " + route.method + " " + route.pattern);
  route.index = routes_.size();
  routes_.push_back(std::make_unique<Route>(std::move(route)));
  const Route* stored = routes_.back().get();
  node->methods.emplace(stored->method, stored);
  return *stored;
}

Router::Match Router::match(std::string_view method, std::string_view path) const {
  Match m;
  const Node* node = root_.get();
  for_each_segment(path, [&](std::string_view seg) {
    auto it = node->literal.find(seg);
    if (it != node->literal.end()) {
      node = it->second.get();
    } else if (node->param && !seg.empty()) {
      m.params.emplace_back(node->param->param_name, std::string(seg));
      node = node->param.get();
    } else {
      node = nullptr;
      return false;
    }
    return true;
  });
  if (!node || node->methods.empty()) {
    m.params.clear();
    return m;
  }
  auto it = node->methods.find(method);
  if (it == node->methods.end() && method == "HEAD") it = node->methods.find("GET");
  if (it != node->methods.end()) {
    m.route = it->second;
    return m;
  }
  for (const auto& [name, _] : node->methods) m.allowed.push_back(name);
  if (node->methods.count("GET")) m.allowed.push_back("HEAD");
  m.params.clear();
  return m;
}

}  // namespace colo::http
