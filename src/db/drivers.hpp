// Driver entry points, internal to src/db.
#pragma once

#include <memory>
#include <string>

#include "db/database.hpp"

namespace colo::db {

Result<std::unique_ptr<Database>> open_sqlite(const std::string& path, const Options& options);
Result<std::unique_ptr<Database>> open_postgres(const std::string& conninfo, const Options& options);

}  // namespace colo::db
