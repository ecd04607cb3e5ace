// Tenancy in the data-access path: the one rule for confining a query to the caller's customer.
// Every store query over customer-owned rows takes its filter from here, never writes its own.
#pragma once

#include <string>
#include <string_view>

#include "core/context.hpp"
#include "db/database.hpp"

namespace colo::db {

// For a customer principal: appends the customer id to params and returns
// " AND <column> = $N"; for staff returns "". `column` is a constant from the store.
std::string tenant_filter(const Context& ctx, std::string_view column, Params& params);

}  // namespace colo::db
