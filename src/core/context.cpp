#include "core/context.hpp"

namespace colo {

Context system_context(std::string source) {
  auto p = std::make_shared<Principal>();
  p->username = "system";
  p->roles = {"system"};
  p->auth_method = "system";
  return Context{std::move(p), "", std::move(source)};
}

}  // namespace colo
