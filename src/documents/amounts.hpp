// How documents write money: figures with thousands separators, tax rates, and the amount in
// Chinese capitals (人民币大写) that a Chinese invoice or statement carries against alteration.
// Pure functions, safe from any thread.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "documents/model.hpp"

namespace colo::documents {

// 123456 -> "1,234.56", -5 -> "-0.05", 0 -> "0.00".
std::string format_money(std::int64_t fen);
// As format_money with the yuan sign: "¥1,234.56", "-¥1,234.56".
std::string format_yuan(std::int64_t fen);
// Basis points as a percentage: 600 -> "6%", 650 -> "6.5%", 1325 -> "13.25%".
std::string format_tax_rate(std::int32_t basis_points);

// The amount in Chinese capitals as written on bills (中国人民银行《支付结算办法》附件一):
// 1234567 -> "壹万贰仟叁佰肆拾伍元陆角柒分"; 整 follows 元 when there are no jiao and fen; one 零
// stands for a run of zeros inside the figure and after 元 when the units or the jiao are zero
// (10000001 -> "壹拾万元零壹分"); 0 -> "零元整"; a negative amount starts with 负.
std::string amount_in_capitals(std::int64_t fen);

// The balance after each entry, from the opening balance: debits add, credits subtract.
std::vector<std::int64_t> running_balances(std::int64_t opening_balance, const std::vector<StatementEntry>& entries);
std::int64_t closing_balance(const Statement& statement);

}  // namespace colo::documents
