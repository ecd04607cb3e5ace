#include "customers/credit_code.hpp"

#include <string>

namespace colo::customers {

namespace {
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
}  // namespace

bool valid_credit_code(std::string_view code) {
  if (code.size() != 18) return false;
  int sum = 0;
  for (std::size_t i = 0; i < 18; ++i) {
    auto pos = kAlphabet.find(code[i]);
    if (pos == std::string_view::npos) return false;
    if (i < 17) sum += static_cast<int>(pos) * kWeights[i];
  }
  int check = 31 - sum % 31;
  if (check == 31) check = 0;
  return code[17] == kAlphabet[static_cast<std::size_t>(check)];
}

}  // namespace colo::customers
