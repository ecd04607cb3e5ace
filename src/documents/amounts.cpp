#include "documents/amounts.hpp"

#include <array>
#include <string_view>

namespace colo::documents {
namespace {

// The magnitude of a figure without overflow for INT64_MIN.
std::uint64_t magnitude(std::int64_t v) {
  return v < 0 ? static_cast<std::uint64_t>(-(v + 1)) + 1 : static_cast<std::uint64_t>(v);
}

std::string grouped(std::uint64_t v) {
  std::string digits = std::to_string(v);
  std::string out;
  const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, first);
  for (std::size_t i = first; i < digits.size(); i += 3) {
    out += ',';
    out.append(digits, i, 3);
  }
  return out;
}

std::string money(std::int64_t fen, std::string_view sign) {
  const std::uint64_t m = magnitude(fen);
  const std::uint64_t cents = m % 100;
  std::string out = fen < 0 ? "-" : "";
  out += sign;
  out += grouped(m / 100);
  out += '.';
  out += static_cast<char>('0' + cents / 10);
  out += static_cast<char>('0' + cents % 10);
  return out;
}

constexpr std::array<std::string_view, 10> kDigits = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
constexpr std::array<std::string_view, 4> kPlaces = {"", "拾", "佰", "仟"};
// Groups of four digits: units, 万, 亿, 万亿, 亿亿 (int64 fen stays below 10^17 yuan).
constexpr std::array<std::string_view, 5> kGroups = {"", "万", "亿", "万亿", "亿亿"};

// The yuan part: digits from the most significant, the group's name after each group that is not
// all zeros, and one 零 for each run of zeros between two written digits, except zeros that end a
// group before a group that starts with its thousands (107,000 is 壹拾万柒仟, 100,500 is
// 壹拾万零伍佰).
std::string yuan_in_capitals(std::uint64_t yuan) {
  std::string digits = std::to_string(yuan);
  std::string out;
  bool zero_pending = false;
  bool group_has_digit = false;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    const int d = digits[i] - '0';
    const std::size_t position = n - 1 - i;  // 0 = units
    if (d == 0) {
      if (!out.empty()) zero_pending = true;
    } else {
      if (zero_pending) out += "零";
      zero_pending = false;
      out += kDigits[d];
      out += kPlaces[position % 4];
      group_has_digit = true;
    }
    if (position % 4 == 0) {
      if (group_has_digit) {
        out += kGroups[position / 4];
        zero_pending = false;
      }
      group_has_digit = false;
    }
  }
  return out;
}

}  // namespace

std::string format_money(std::int64_t fen) { return money(fen, ""); }

std::string format_yuan(std::int64_t fen) { return money(fen, "¥"); }

std::string format_tax_rate(std::int32_t basis_points) {
  std::string out = basis_points < 0 ? "-" : "";
  const std::uint64_t m = magnitude(basis_points);
  out += std::to_string(m / 100);
  if (m % 100 != 0) {
    out += '.';
    out += static_cast<char>('0' + m % 100 / 10);
    if (m % 10 != 0) out += static_cast<char>('0' + m % 10);
  }
  out += '%';
  return out;
}

std::string amount_in_capitals(std::int64_t fen) {
  const std::uint64_t m = magnitude(fen);
  const std::uint64_t yuan = m / 100;
  const int jiao = static_cast<int>(m / 10 % 10);
  const int cents = static_cast<int>(m % 10);
  std::string out = fen < 0 ? "负" : "";
  if (m == 0) return out + "零元整";
  if (yuan > 0) {
    out += yuan_in_capitals(yuan);
    out += "元";
    if (jiao == 0 && cents == 0) return out + "整";
    // 1,680.32 is 壹仟陆佰捌拾元零叁角贰分 and 16,409.02 is 壹万陆仟肆佰零玖元零贰分: a zero in
    // the units or in the jiao is written after 元, so that nothing can be slipped in there.
    if (yuan % 10 == 0 || jiao == 0) out += "零";
  }
  if (jiao != 0) {
    out += kDigits[jiao];
    out += "角";
  }
  if (cents != 0) {
    out += kDigits[cents];
    out += "分";
  }
  return out;
}

std::vector<std::int64_t> running_balances(std::int64_t opening_balance, const std::vector<StatementEntry>& entries) {
  std::vector<std::int64_t> out;
  out.reserve(entries.size());
  std::int64_t balance = opening_balance;
  for (const auto& e : entries) {
    balance += e.debit - e.credit;
    out.push_back(balance);
  }
  return out;
}

std::int64_t closing_balance(const Statement& statement) {
  std::int64_t balance = statement.opening_balance;
  for (const auto& e : statement.entries) balance += e.debit - e.credit;
  return balance;
}

}  // namespace colo::documents
