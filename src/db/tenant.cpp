#include "db/tenant.hpp"

namespace colo::db {

std::string tenant_filter(const Context& ctx, std::string_view column, Params& params) {
  auto t = ctx.tenant();
  if (!t) return {};
  params.emplace_back(*t);
  return " AND " + std::string(column) + " = $" + std::to_string(params.size());
}

}  // namespace colo::db
