// Roles and permissions: named actions granted to roles in one table (permissions.cpp).
// docs/permissions.md is generated from the same table and a test keeps the two equal.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace colo::auth {

struct RoleDef {
  std::string name;       // "business"
  std::string label_en;   // "Business department"
  std::string label_zh;   // "业务部门"
  bool customer = false;  // a customer role is bound to one customer
};

struct PermissionDef {
  std::string name;                // "dcim.racks.write"
  std::string description;         // what it allows
  std::vector<std::string> roles;  // granted to
};

const std::vector<RoleDef>& all_roles();
const std::vector<PermissionDef>& all_permissions();
const RoleDef* find_role(std::string_view name);
bool is_customer_role(std::string_view role);
std::unordered_set<std::string> permissions_for(const std::vector<std::string>& roles);
// docs/permissions.md as Markdown.
std::string permissions_markdown();

}  // namespace colo::auth
