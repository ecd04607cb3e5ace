#include "dcim/csv.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <utility>

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

TEST(CsvTest, NumberAndPositionText) {
  const std::pair<double, const char*> numbers[] = {{1200, "1200"},   {0.5, "0.5"}, {0, "0"},
                                                    {-3.25, "-3.25"}, {0.1, "0.1"}, {1e21, "1e+21"}};
  for (const auto& [v, text] : numbers) EXPECT_EQ(number_text(v), text) << v;
  const std::pair<std::optional<int>, const char*> positions[] = {{std::nullopt, ""}, {20, "10"}, {21, "10.5"},
                                                                  {2, "1"},           {3, "1.5"}, {0, "0"}};
  for (const auto& [hu, text] : positions) EXPECT_EQ(position_text(hu), text) << hu.value_or(-1);
}

TEST(CsvTest, CellsAreReadByColumnNameWithTypedReaders) {
  const std::vector<std::string> header = {"name", "u_height", "weight", "descending", "notes", "empty"};
  const CsvRecord record{2, {"  A01\t", " 42 ", "12.5", "Yes", "  keep  ", ""}};
  CsvCells cells(header, record);
  EXPECT_TRUE(cells.has("name"));
  EXPECT_FALSE(cells.has("room"));
  EXPECT_EQ(cells.text("name"), std::optional<std::string>("A01"));
  EXPECT_EQ(cells.text("room"), std::nullopt);
  EXPECT_EQ(cells.raw("notes"), std::optional<std::string>("  keep  "));
  EXPECT_EQ(cells.integer("u_height"), std::optional<std::optional<std::int64_t>>(42));
  EXPECT_EQ(cells.number("weight"), std::optional<std::optional<double>>(12.5));
  EXPECT_EQ(cells.boolean("descending"), std::optional<bool>(true));
  // An empty cell is "given, no value" for numbers and "not given" for booleans.
  auto empty = cells.integer("empty");
  ASSERT_TRUE(empty.has_value());
  EXPECT_FALSE(empty->has_value());
  EXPECT_EQ(cells.boolean("empty"), std::nullopt);
  EXPECT_EQ(cells.integer("absent"), std::nullopt);
  EXPECT_TRUE(cells.errors.empty());
}

TEST(CsvTest, BadCellsCollectOneFieldErrorEach) {
  struct Case {
    const char* cell;
    const char* reader;
    const char* code;
  };
  const Case cases[] = {
      {"4x", "integer", "invalid_integer"},    {"1.5", "integer", "invalid_integer"},
      {"ten", "number", "invalid_number"},     {"inf", "number", "invalid_number"},
      {"maybe", "boolean", "invalid_boolean"},
  };
  for (const auto& c : cases) {
    const std::vector<std::string> header = {"x"};
    const CsvRecord record{3, {c.cell}};
    CsvCells cells(header, record);
    if (std::string(c.reader) == "integer") EXPECT_EQ(cells.integer("x"), std::nullopt) << c.cell;
    if (std::string(c.reader) == "number") EXPECT_EQ(cells.number("x"), std::nullopt) << c.cell;
    if (std::string(c.reader) == "boolean") EXPECT_EQ(cells.boolean("x"), std::nullopt) << c.cell;
    ASSERT_EQ(cells.errors.size(), 1u) << c.cell;
    EXPECT_EQ(cells.errors[0].field, "x");
    EXPECT_EQ(cells.errors[0].code, c.code) << c.cell;
  }
  const std::pair<const char*, bool> booleans[] = {{"TRUE", true},   {"1", true},  {"yes", true},
                                                   {"False", false}, {"0", false}, {"NO", false}};
  for (const auto& [cell, value] : booleans) {
    const std::vector<std::string> header = {"x"};
    const CsvRecord record{2, {cell}};
    CsvCells cells(header, record);
    EXPECT_EQ(cells.boolean("x"), std::optional<bool>(value)) << cell;
  }
}

TEST(CsvTest, HeaderChecks) {
  const std::vector<std::string> known = {"name", "room", "u_height"};
  const std::vector<std::string> required = {"name", "room"};
  struct Case {
    const char* what;
    std::vector<std::string> header;
    std::vector<std::string> codes;  // empty: accepted
  };
  const Case cases[] = {
      {"known, any case", {"Name", "ROOM"}, {}},
      {"unknown column", {"name", "room", "colour"}, {"unknown_column"}},
      {"duplicate column", {"name", "room", "NAME"}, {"duplicate_column"}},
      {"missing required", {"name"}, {"missing_column"}},
      {"several problems",
       {"colour", "u_height", "u_height"},
       {"unknown_column", "duplicate_column", "missing_column", "missing_column"}},
  };
  for (const auto& c : cases) {
    CsvTable table;
    table.header = c.header;
    auto h = csv_header(table, known, required);
    if (c.codes.empty()) {
      ASSERT_TRUE(h.ok()) << c.what;
      EXPECT_EQ((*h)[0], "name") << c.what;
      continue;
    }
    ASSERT_FALSE(h.ok()) << c.what;
    EXPECT_EQ(h.error().code, "dcim.csv.invalid") << c.what;
    std::vector<std::string> codes;
    for (const auto& f : h.error().fields) {
      EXPECT_EQ(f.field, "line 1") << c.what;
      codes.push_back(f.code);
    }
    EXPECT_EQ(codes, c.codes) << c.what;
  }
}

TEST(CsvTest, LineErrorsAndTheFailureThatCountsLines) {
  std::vector<FieldError> errors;
  add_line_errors(errors, 2, Error::invalid("dcim.rack.full", "The rack is full."));
  add_line_errors(errors, 3, Error::invalid("validation", "Bad.", {{"u_height", "too_small", "Too small."}}));
  add_line_errors(errors, 3, std::vector<FieldError>{{"weight", "invalid_number", "'x' is not a number."}});
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].field, "line 2");
  EXPECT_EQ(errors[0].code, "dcim.rack.full");
  EXPECT_EQ(errors[0].message, "The rack is full.");
  EXPECT_EQ(errors[1].field, "line 3");
  EXPECT_EQ(errors[1].code, "too_small");
  EXPECT_EQ(errors[1].message, "u_height: Too small.");
  EXPECT_EQ(errors[2].message, "weight: 'x' is not a number.");

  auto two = csv_failure(errors);
  EXPECT_EQ(two.code, "dcim.csv.invalid");
  EXPECT_EQ(two.message, "2 lines have errors; nothing was imported.");
  EXPECT_EQ(two.fields.size(), 3u);
  auto one = csv_failure({errors[0]});
  EXPECT_EQ(one.message, "1 line has errors; nothing was imported.");
}

}  // namespace
}  // namespace colo::dcim
