#include "dcim/csv.hpp"

#include <gtest/gtest.h>

namespace colo::dcim {
namespace {

std::vector<std::vector<std::string>> records_of(const std::string& text) {
  auto t = parse_csv(text);
  EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().message);
  std::vector<std::vector<std::string>> out;
  if (!t.ok()) return out;
  out.push_back(t->header);
  for (const auto& r : t->records) out.push_back(r.fields);
  return out;
}

TEST(CsvTest, Rfc4180Parsing) {
  using Rows = std::vector<std::vector<std::string>>;
  struct Case {
    const char* what;
    std::string text;
    Rows rows;
  };
  const Case cases[] = {
      {"plain, CRLF", "a,b\r\n1,2\r\n", {{"a", "b"}, {"1", "2"}}},
      {"bare LF, no final line break", "a,b\n1,2", {{"a", "b"}, {"1", "2"}}},
      {"empty fields", "a,b,c\n,,\n", {{"a", "b", "c"}, {"", "", ""}}},
      {"quoted comma", "a,b\n\"x,y\",2\n", {{"a", "b"}, {"x,y", "2"}}},
      {"doubled quote", "a\n\"say \"\"hi\"\"\"\n", {{"a"}, {"say \"hi\""}}},
      {"line break inside quotes", "a,b\n\"one\r\ntwo\",3\n", {{"a", "b"}, {"one\r\ntwo", "3"}}},
      {"quoted empty", "a,b\n\"\",x\n", {{"a", "b"}, {"", "x"}}},
      {"blank lines skipped", "a\n\n1\n\n", {{"a"}, {"1"}}},
      {"byte-order mark", "\xEF\xBB\xBFname\nx\n", {{"name"}, {"x"}}},
      {"header trimmed", " a , b\n1,2\n", {{"a", "b"}, {"1", "2"}}},
      {"UTF-8 untouched", "名称\n北京亦庄\n", {{"名称"}, {"北京亦庄"}}},
      {"trailing comma is an empty field", "a,b\n1,\n", {{"a", "b"}, {"1", ""}}},
  };
  for (const auto& c : cases) EXPECT_EQ(records_of(c.text), c.rows) << c.what;
}

TEST(CsvTest, LinesAreCountedPhysically) {
  auto t = parse_csv("a,b\n\"multi\nline\",1\nnext,2\n");
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->records.size(), 2u);
  EXPECT_EQ(t->records[0].line, 2);
  EXPECT_EQ(t->records[1].line, 4);
}

TEST(CsvTest, MalformedInputNamesTheLine) {
  struct Case {
    const char* what;
    std::string text;
    const char* line;
  };
  const Case cases[] = {
      {"unterminated quote", "a\n1\n\"open\n", "line 3"},
      {"quote inside an unquoted field", "a,b\nx\"y,1\n", "line 2"},
      {"text after the closing quote", "a\n\"x\"y\n", "line 2"},
      {"empty document", "", "line 1"},
      {"only blank lines", "\n\n", "line 1"},
  };
  for (const auto& c : cases) {
    auto t = parse_csv(c.text);
    ASSERT_FALSE(t.ok()) << c.what;
    EXPECT_EQ(t.error().code, "dcim.csv.malformed") << c.what;
    ASSERT_EQ(t.error().fields.size(), 1u) << c.what;
    EXPECT_EQ(t.error().fields[0].field, c.line) << c.what << ": " << t.error().message;
  }
}

// A file that is not valid UTF-8 text is refused whole, naming the line of the first bad byte.
TEST(CsvTest, TextThatIsNotValidNamesTheLine) {
  struct Case {
    const char* what;
    std::string text;
    const char* line;
    const char* message;
  };
  const Case cases[] = {
      {"GBK bytes in a name", "name,site\nsrv1,DC1\n\xBB\xFA\xB9\xF1,DC1\n", "line 3",
       "The text contains invalid UTF-8 (byte 0xBB)."},
      {"Latin-1 in the header", "n\xE4me\nx\n", "line 1", "The text contains invalid UTF-8 (byte 0xE4)."},
      {"noncharacter inside a quoted multi-line field", "a,b\n\"x\ny\xEF\xBF\xBE\",1\n", "line 3",
       "The text contains the noncharacter U+FFFE."},
      {"NUL", std::string("a\nx\0y\n", 6), "line 2", "The text contains the control character U+0000."},
  };
  for (const auto& c : cases) {
    auto t = parse_csv(c.text);
    ASSERT_FALSE(t.ok()) << c.what;
    EXPECT_EQ(t.error().code, "dcim.csv.invalid_text") << c.what;
    ASSERT_EQ(t.error().fields.size(), 1u) << c.what;
    EXPECT_EQ(t.error().fields[0].field, c.line) << c.what;
    EXPECT_EQ(t.error().fields[0].message, c.message) << c.what;
  }
  // A byte-order mark, tabs and CRLF are fine.
  EXPECT_TRUE(parse_csv("\xEF\xBB\xBFname\tx\r\n机柜\r\n").ok());
}

TEST(CsvTest, WritingQuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field(""), "");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field(" padded "), "\" padded \"");
  EXPECT_EQ(csv_line({"a", "b,c", ""}), "a,\"b,c\",\r\n");
}

TEST(CsvTest, WrittenRecordsReadBackUnchanged) {
  const std::vector<std::string> header = {"name", "notes", "x"};
  const std::vector<std::vector<std::string>> rows = {
      {"r1", "line one\r\nline two, with \"quotes\"", ""},
      {"机柜 A-01", " leading space", "tail "},
      {"", "", ""},
      {",", "\"", "\n"},
  };
  std::string text = csv_line(header);
  for (const auto& r : rows) text += csv_line(r);
  auto t = parse_csv(text);
  ASSERT_TRUE(t.ok()) << t.error().message;
  EXPECT_EQ(t->header, header);
  // The all-empty record is written as ",," and so is kept (it is not a blank line).
  ASSERT_EQ(t->records.size(), rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(t->records[i].fields, rows[i]) << i;
}

}  // namespace
}  // namespace colo::dcim
