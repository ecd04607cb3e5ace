#include "db/page.hpp"

namespace colo::db {

std::string limit_offset(Params& params, std::int64_t limit, std::int64_t offset) {
  if (limit < 0) return "";
  params.emplace_back(limit);
  params.emplace_back(offset);
  return " LIMIT $" + std::to_string(params.size() - 1) + " OFFSET $" + std::to_string(params.size());
}

}  // namespace colo::db
