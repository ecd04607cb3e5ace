// Integer id lists stored as JSON arrays in TEXT columns (rooms, racks), for the facility stores.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace colo::facility::store {

std::string ids_text(const std::vector<std::int64_t>& ids);
std::vector<std::int64_t> ids_from(const std::string& text);

}  // namespace colo::facility::store
