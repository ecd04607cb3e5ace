// The buyer's 纳税人识别号 on a fapiao: the 18-character unified social credit code
// (统一社会信用代码, GB 32100-2015). Pure.
#pragma once

#include <string>
#include <string_view>

namespace colo::billing {

// Whether `code` is a well-formed unified social credit code: 18 characters from
// 0-9 and A-Y without I, O, S, V and Z, whose last character is the check character of the first
// 17 (weights 3^i mod 31, check = 31 − Σ mod 31). Upper case only; callers normalise first.
bool valid_credit_code(std::string_view code);

// Upper case, spaces removed: what a person types ("9144 0300 7152 6726 xg") as stored.
std::string normalize_credit_code(std::string_view text);

}  // namespace colo::billing
