// Exported tables: cells by path, CSV that Excel and injection-aware readers accept, XLSX that opens.
#include "app/export_table.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace colo::app::exporting {
namespace {

namespace json = boost::json;

TEST(ExportCell, PathsObjectsAndArrays) {
  auto item = json::parse(R"({"name":"web-1","rack":{"id":3,"name":"A-01"},"customer":null,"units":4,
    "contract":{"id":1,"number":"CT-2026-000001"},"tags":[{"name":"a"},"b",null],"meta":{"x":1}})");
  EXPECT_EQ(cell_text(cell(item, "name")), "web-1");
  EXPECT_EQ(cell_text(cell(item, "rack.name")), "A-01");
  EXPECT_EQ(cell_text(cell(item, "rack")), "A-01");  // an object stands for itself by its name
  EXPECT_EQ(cell_text(cell(item, "contract")), "CT-2026-000001");
  EXPECT_EQ(cell_text(cell(item, "tags")), "a, b");
  EXPECT_EQ(cell_text(cell(item, "meta")), R"({"x":1})");
  EXPECT_TRUE(cell(item, "customer").is_null());
  EXPECT_TRUE(cell(item, "customer.name").is_null());
  EXPECT_TRUE(cell(item, "missing.deeper").is_null());
  EXPECT_EQ(cell(item, "units").as_int64(), 4);
}

TEST(ExportCsv, QuotesAndDefusesFormulas) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"a", "b"}, "a,b\r\n"},
      {{"x,y", "say \"hi\""}, "\"x,y\",\"say \"\"hi\"\"\"\r\n"},
      {{"line\nbreak"}, "\"line\nbreak\"\r\n"},
      {{"=SUM(A1)"}, "'=SUM(A1)\r\n"},
      {{"+1"}, "'+1\r\n"},
      {{"@cmd"}, "'@cmd\r\n"},
      {{"-5"}, "-5\r\n"},
      {{"-2.5"}, "-2.5\r\n"},
      {{"-cmd"}, "'-cmd\r\n"},
      {{"中文", ""}, "中文,\r\n"},
  };
  for (const auto& [cells, want] : cases) EXPECT_EQ(csv_record(cells), want) << cells[0];
}

TEST(ExportCsv, StartsWithABomAndTheLabels) {
  std::vector<json::value> items = {json::parse(R"({"name":"机柜 1","u":42})")};
  auto out = csv({{"name", "名称"}, {"u", "U 数"}}, items);
  EXPECT_EQ(out, "\xEF\xBB\xBF名称,U 数\r\n机柜 1,42\r\n");
}

TEST(ExportXlsx, IsAZipHoldingTheSheet) {
  std::vector<json::value> items = {json::parse(R"({"name":"机柜 1","u":42})")};
  auto out = xlsx({{"name", "名称"}, {"u", "U"}}, items, "racks");
  ASSERT_TRUE(out.ok()) << out.error().message;
  ASSERT_GT(out->size(), 100u);
  EXPECT_EQ(out->substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_NE(out->find("xl/worksheets/sheet1.xml"), std::string::npos);
}

TEST(ExportFileName, KeepsLettersAndReplacesTheRest) {
  EXPECT_EQ(safe_file_name("devices"), "devices");
  EXPECT_EQ(safe_file_name("设备 列表"), "设备_列表");
  EXPECT_EQ(safe_file_name("../../etc/passwd"), ".._.._etc_passwd");
  EXPECT_EQ(safe_file_name("a\"b;c"), "a_b_c");
  EXPECT_EQ(safe_file_name(""), "export");
  EXPECT_EQ(safe_file_name(".."), "export");
  // Cut to 120 bytes without splitting a character (设 is three bytes).
  std::string long_name;
  for (int i = 0; i < 50; ++i) long_name += "设";
  EXPECT_EQ(safe_file_name(long_name).size(), 120u);
  EXPECT_EQ(safe_file_name("a" + long_name).size(), 118u);
}

}  // namespace
}  // namespace colo::app::exporting
