// The text rules as a table: what is accepted, what is refused, and where and why.
#include "core/text.hpp"

#include <gtest/gtest.h>

namespace colo::text {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::optional<FlawKind> kind;  // nullopt: accepted
  std::size_t offset = 0;
  const char* description = "";
};

TEST(TextTest, FindsTheFirstFlaw) {
  const Case cases[] = {
      {"empty", "", std::nullopt},
      {"ascii", "Rack A-01", std::nullopt},
      {"chinese", "机柜 A-01", std::nullopt},
      {"emoji (4 bytes)", "\xF0\x9F\x98\x80", std::nullopt},
      {"tab, LF, CR", "a\tb\r\nc", std::nullopt},
      {"U+FFFD itself", "\xEF\xBF\xBD", std::nullopt},
      {"U+FDCF just below the noncharacters", "\xEF\xB7\x8F", std::nullopt},
      {"U+FFFD just below U+FFFE", "x\xEF\xBF\xBD", std::nullopt},
      {"U+10FFFD", "\xF4\x8F\xBF\xBD", std::nullopt},
      {"lone 0xFF", "ab\xFF", FlawKind::invalid_utf8, 2, "invalid UTF-8 (byte 0xFF)"},
      {"Latin-1 e acute", "caf\xE9", FlawKind::invalid_utf8, 3, "invalid UTF-8 (byte 0xE9)"},
      {"lone continuation", "\x80", FlawKind::invalid_utf8, 0, "invalid UTF-8 (byte 0x80)"},
      {"truncated sequence", "a\xE6\x9C", FlawKind::invalid_utf8, 1, "invalid UTF-8 (byte 0xE6)"},
      {"overlong slash", "\xC0\xAF", FlawKind::invalid_utf8, 0, "invalid UTF-8 (byte 0xC0)"},
      {"encoded surrogate", "\xED\xA0\x80", FlawKind::invalid_utf8, 0, "invalid UTF-8 (byte 0xED)"},
      {"beyond U+10FFFF", "\xF4\x90\x80\x80", FlawKind::invalid_utf8, 0, "invalid UTF-8 (byte 0xF4)"},
      {"U+FFFE", "ab\xEF\xBF\xBE", FlawKind::noncharacter, 2, "the noncharacter U+FFFE"},
      {"U+FFFF", "\xEF\xBF\xBF", FlawKind::noncharacter, 0, "the noncharacter U+FFFF"},
      {"U+FDD0", "\xEF\xB7\x90", FlawKind::noncharacter, 0, "the noncharacter U+FDD0"},
      {"U+FDEF", "\xEF\xB7\xAF", FlawKind::noncharacter, 0, "the noncharacter U+FDEF"},
      {"U+1FFFE", "\xF0\x9F\xBF\xBE", FlawKind::noncharacter, 0, "the noncharacter U+1FFFE"},
      {"U+10FFFF", "\xF4\x8F\xBF\xBF", FlawKind::noncharacter, 0, "the noncharacter U+10FFFF"},
      {"NUL", std::string("a\0b", 3), FlawKind::control, 1, "the control character U+0000"},
      {"escape", "a\x1b[31m", FlawKind::control, 1, "the control character U+001B"},
      {"control before invalid byte", "\x01\xFF", FlawKind::control, 0, "the control character U+0001"},
      {"noncharacter before invalid byte", "\xEF\xBF\xBE\xFF", FlawKind::noncharacter, 0, "the noncharacter U+FFFE"},
  };
  for (const auto& c : cases) {
    auto flaw = find_flaw(c.input);
    ASSERT_EQ(flaw.has_value(), c.kind.has_value()) << c.name;
    if (!flaw) continue;
    EXPECT_EQ(flaw->kind, *c.kind) << c.name;
    EXPECT_EQ(flaw->offset, c.offset) << c.name;
    EXPECT_EQ(describe(*flaw), c.description) << c.name;
  }
}

TEST(TextTest, RulesDecideOnTabAndLineBreaks) {
  EXPECT_FALSE(find_flaw("a\tb", {.tab = true, .line_breaks = false}));
  EXPECT_TRUE(find_flaw("a\nb", {.tab = true, .line_breaks = false}));
  EXPECT_TRUE(find_flaw("a\rb", {.tab = true, .line_breaks = false}));
  EXPECT_TRUE(find_flaw("a\tb", {.tab = false, .line_breaks = true}));
}

TEST(TextTest, NoncharactersAreExactlyTheSixtySix) {
  int count = 0;
  for (char32_t c = 0; c <= 0x10FFFF; ++c) count += is_noncharacter(c);
  EXPECT_EQ(count, 66);
  EXPECT_FALSE(is_noncharacter(0xFFFD));
  EXPECT_FALSE(is_noncharacter(0x110000 - 3));
}

TEST(TextTest, CountsAndCutsCharactersNotBytes) {
  EXPECT_EQ(count_characters("密码密码"), 4u);
  EXPECT_EQ(count_characters("abc"), 3u);
  EXPECT_EQ(count_characters("\xF0\x9F\x98\x80"), 1u);
  EXPECT_EQ(first_characters("机柜机柜", 2), "机柜");
  EXPECT_EQ(first_characters("ab", 5), "ab");
  EXPECT_EQ(first_characters("a\xF0\x9F\x98\x80z", 2), "a\xF0\x9F\x98\x80");
}

TEST(TextTest, ScrubReplacesEveryFlawWithTheReplacementCharacter) {
  EXPECT_EQ(scrub("ok 机柜"), "ok 机柜");
  EXPECT_EQ(scrub("a\xFF"
                  "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(scrub("a\xEF\xBF\xBE"
                  "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(scrub(std::string("a\0b", 3)),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(scrub("a\nb", {.line_breaks = false}),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_FALSE(find_flaw(scrub("\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80\x01")));
}

TEST(TextTest, LineOfAnOffset) {
  const std::string s = "a,b\r\nc,d\ne";
  EXPECT_EQ(line_at(s, 0), 1);
  EXPECT_EQ(line_at(s, 4), 1);
  EXPECT_EQ(line_at(s, 5), 2);
  EXPECT_EQ(line_at(s, s.size() - 1), 3);
}

}  // namespace
}  // namespace colo::text
