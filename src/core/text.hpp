// Text that enters Colo: valid UTF-8 without noncharacters and without C0 control characters
// (tab, line feed and carriage return aside, where the caller allows them). Decoding is
// libunistring's; nothing here walks UTF-8 bytes by hand. Pure functions, thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace colo::text {

struct TextRules {
  bool tab = true;          // U+0009 allowed
  bool line_breaks = true;  // U+000A and U+000D allowed
};

enum class FlawKind { invalid_utf8, noncharacter, control };

// The first thing that makes a text unacceptable.
struct TextFlaw {
  FlawKind kind = FlawKind::invalid_utf8;
  std::size_t offset = 0;   // byte offset where it starts
  char32_t code_point = 0;  // the character (noncharacter, control); 0 for invalid UTF-8
  unsigned char byte = 0;   // the first offending byte (invalid UTF-8)
};

// U+FDD0..U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, ...):
// Unicode reserves them for a program's internal use, so they never belong in exchanged text.
bool is_noncharacter(char32_t c);

// nullopt when `s` is acceptable text under `rules`, else its first flaw.
std::optional<TextFlaw> find_flaw(std::string_view s, TextRules rules = {});

// What the flaw is, to end a sentence: "invalid UTF-8 (byte 0xFF)", "the noncharacter U+FFFE",
// "the control character U+0000".
std::string describe(const TextFlaw& flaw);

// Characters (code points) in `s`; an invalid byte counts as one.
std::size_t count_characters(std::string_view s);

// The longest prefix of `s` with at most `max` characters, cut between characters.
std::string_view first_characters(std::string_view s, std::size_t max);

// `s` with each flaw replaced by U+FFFD: safe to echo back in a message or draw in a document.
std::string scrub(std::string_view s, TextRules rules = {});

// The 1-based line (counting LF) on which byte `offset` of `s` lies.
int line_at(std::string_view s, std::size_t offset);

}  // namespace colo::text
