#include "core/text.hpp"

#include <unistr.h>

#include <algorithm>
#include <cstdio>

namespace colo::text {

namespace {

const std::uint8_t* bytes(std::string_view s) { return reinterpret_cast<const std::uint8_t*>(s.data()); }

bool allowed_control(char32_t c, TextRules rules) {
  if (c == '\t') return rules.tab;
  if (c == '\n' || c == '\r') return rules.line_breaks;
  return false;
}

// One step of the walk: the character at `i` and its length in bytes, or the flaw there.
struct Step {
  std::size_t length = 1;
  std::optional<TextFlaw> flaw;
};

Step step_at(std::string_view s, std::size_t i, TextRules rules) {
  const auto first = static_cast<unsigned char>(s[i]);
  if (first < 0x80) {
    // ASCII needs no decoding; only the controls can be wrong.
    if (first < 0x20 && !allowed_control(first, rules)) return {1, TextFlaw{FlawKind::control, i, first, first}};
    return {1, std::nullopt};
  }
  ucs4_t c = 0;
  const int n = u8_mbtoucr(&c, bytes(s) + i, s.size() - i);
  if (n < 0) return {1, TextFlaw{FlawKind::invalid_utf8, i, 0, first}};
  const auto length = static_cast<std::size_t>(n);
  if (is_noncharacter(c)) return {length, TextFlaw{FlawKind::noncharacter, i, c, first}};
  return {length, std::nullopt};
}

}  // namespace

bool is_noncharacter(char32_t c) { return (c >= 0xFDD0 && c <= 0xFDEF) || ((c & 0xFFFE) == 0xFFFE && c <= 0x10FFFF); }

std::optional<TextFlaw> find_flaw(std::string_view s, TextRules rules) {
  // Most text is valid UTF-8: u8_check rules that out in one pass before the walk for the rest.
  if (const auto* bad = u8_check(bytes(s), s.size())) {
    const auto at = static_cast<std::size_t>(bad - bytes(s));
    // A control or noncharacter before the invalid byte is the first flaw.
    for (std::size_t i = 0; i < at;) {
      auto st = step_at(s, i, rules);
      if (st.flaw) return st.flaw;
      i += st.length;
    }
    return TextFlaw{FlawKind::invalid_utf8, at, 0, static_cast<unsigned char>(s[at])};
  }
  for (std::size_t i = 0; i < s.size();) {
    auto st = step_at(s, i, rules);
    if (st.flaw) return st.flaw;
    i += st.length;
  }
  return std::nullopt;
}

std::string describe(const TextFlaw& flaw) {
  char buf[64];
  switch (flaw.kind) {
    case FlawKind::invalid_utf8:
      std::snprintf(buf, sizeof buf, "invalid UTF-8 (byte 0x%02X)", static_cast<unsigned>(flaw.byte));
      break;
    case FlawKind::noncharacter:
      std::snprintf(buf, sizeof buf, "the noncharacter U+%04X", static_cast<unsigned>(flaw.code_point));
      break;
    case FlawKind::control:
      std::snprintf(buf, sizeof buf, "the control character U+%04X", static_cast<unsigned>(flaw.code_point));
      break;
  }
  return buf;
}

std::size_t count_characters(std::string_view s) { return u8_mbsnlen(bytes(s), s.size()); }

std::string_view first_characters(std::string_view s, std::size_t max) {
  std::size_t i = 0;
  for (std::size_t count = 0; i < s.size() && count < max; ++count) {
    ucs4_t c = 0;
    i += static_cast<std::size_t>(u8_mbtouc(&c, bytes(s) + i, s.size() - i));
  }
  return s.substr(0, i);
}

std::string scrub(std::string_view s, TextRules rules) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    auto st = step_at(s, i, rules);
    if (st.flaw)
      out += kReplacement;
    else
      out.append(s.substr(i, st.length));
    i += st.length;
  }
  return out;
}

int line_at(std::string_view s, std::size_t offset) {
  offset = std::min(offset, s.size());
  return 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

}  // namespace colo::text
