#include "customers/credit_code.hpp"

#include <array>
#include <string>

namespace colo::customers {

namespace {
// GB 32100-2015: the 31 symbols of the code (no I, O, S, V, Z) and the weights of positions 1-17
// for the check character (ISO 7064 MOD 31-3 as the standard applies it).
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

// Position 1 (registration authority) and the organisation categories it may put in position 2.
// GB 32100-2015 Annex A itself assigns 1 机构编制 {1 机关, 2 事业单位, 3 中央编办直管群众团体,
// 9 其他}, 5 民政 {1 社会团体, 2 民办非企业单位, 3 基金会, 9 其他}, 9 工商 {1 企业,
// 2 个体工商户, 3 农民专业合作社} and Y 其他 {1}. The authorities added to the scheme since are
// issued real codes too (law firms carry 31..., trade unions 81...), so they are accepted:
// 2 外交 {1, 9}, 3 司法行政 {1 律师执业机构, 2 公证处, 3 基层法律服务所, 4 司法鉴定机构,
// 5 仲裁委员会, 9}, 4 文化 {1, 9}, 6 旅游 {1, 2, 9}, 7 宗教 {1 活动场所, 2 院校, 9},
// 8 工会 {1, 9}, A 中央军委改革和编制办公室 {1, 9}, N 农业 {1, 2, 3, 9}.
struct Authority {
  char code;
  std::string_view categories;
};
constexpr std::array<Authority, 12> kAuthorities{{{'1', "1239"},
                                                  {'2', "19"},
                                                  {'3', "123459"},
                                                  {'4', "19"},
                                                  {'5', "1239"},
                                                  {'6', "129"},
                                                  {'7', "129"},
                                                  {'8', "19"},
                                                  {'9', "123"},
                                                  {'A', "19"},
                                                  {'N', "1239"},
                                                  {'Y', "1"}}};

bool valid_authority_and_category(char authority, char category) {
  for (const auto& a : kAuthorities)
    if (a.code == authority) return a.categories.find(category) != std::string_view::npos;
  return false;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Positions 3-8: the GB/T 2260 administrative division of the registering office. The first two
// digits are a province-level code; 10 is the national level (central bodies register as 100000).
bool valid_division(std::string_view d) {
  for (char c : d)
    if (!is_digit(c)) return false;
  int province = (d[0] - '0') * 10 + (d[1] - '0');
  if (province == 10) return d == "100000";
  return (province >= 11 && province <= 15) || (province >= 21 && province <= 23) ||
         (province >= 31 && province <= 37) || (province >= 41 && province <= 46) ||
         (province >= 50 && province <= 54) || (province >= 61 && province <= 65) || province == 71 || province == 81 ||
         province == 82;
}

// Positions 9-17: the GB 11714-1997 organisation code, eight body characters (digits or capital
// letters, A=10 .. Z=35) and its own check character: 11 - (sum of value x weight) mod 11, where
// 10 is written 'X' and 11 is written '0'.
bool valid_organisation_code(std::string_view oc) {
  constexpr int kOrgWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    char c = oc[i];
    int v;
    if (is_digit(c))
      v = c - '0';
    else if (c >= 'A' && c <= 'Z')
      v = c - 'A' + 10;
    else
      return false;
    sum += v * kOrgWeights[i];
  }
  int check = 11 - sum % 11;
  char expected = check == 10 ? 'X' : check == 11 ? '0' : static_cast<char>('0' + check);
  return oc[8] == expected;
}
}  // namespace

char credit_code_check_character(std::string_view first17) {
  if (first17.size() != 17) return '\0';
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    auto pos = kAlphabet.find(first17[i]);
    if (pos == std::string_view::npos) return '\0';
    sum += static_cast<int>(pos) * kWeights[i];
  }
  int check = 31 - sum % 31;
  if (check == 31) check = 0;
  return kAlphabet[static_cast<std::size_t>(check)];
}

char organisation_code_check_character(std::string_view body8) {
  if (body8.size() != 8) return '\0';
  for (char x : {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X'}) {
    std::string oc(body8);
    oc.push_back(x);
    if (valid_organisation_code(oc)) return x;
  }
  return '\0';
}

bool valid_credit_code(std::string_view code) {
  if (code.size() != 18) return false;
  for (char c : code)
    if (kAlphabet.find(c) == std::string_view::npos) return false;
  if (!valid_authority_and_category(code[0], code[1])) return false;
  if (!valid_division(code.substr(2, 6))) return false;
  if (!valid_organisation_code(code.substr(8, 9))) return false;
  return code[17] == credit_code_check_character(code.substr(0, 17));
}

}  // namespace colo::customers
