// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
// 31-symbol alphabet: registration authority, organisation category, a GB/T 2260 administrative
// division, the embedded GB 11714 organisation code with its own check digit, and a check
// character over the first 17. Pure functions, safe from any thread.
#pragma once

#include <string_view>

namespace colo::customers {

// True when every part of the structure is valid, not only the final check character.
bool valid_credit_code(std::string_view code);

// The GB 32100 check character for 17 leading characters, or '\0' when they are not 17 symbols of
// the alphabet. Used to build valid codes (demo data, tests).
char credit_code_check_character(std::string_view first17);

// The GB 11714 check character ('0'-'9' or 'X') for an 8-character organisation code body, or
// '\0' when the body holds other than digits and capital letters.
char organisation_code_check_character(std::string_view body8);

}  // namespace colo::customers
