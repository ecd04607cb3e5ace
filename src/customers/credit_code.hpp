// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
// 31-symbol alphabet, the last a check character over the first 17.
#pragma once

#include <string_view>

namespace colo::customers {

bool valid_credit_code(std::string_view code);

}  // namespace colo::customers
