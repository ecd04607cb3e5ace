#include "db/cursor.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "db/test_databases.hpp"

namespace colo::db {
namespace {

Row make_row(std::vector<std::string> columns, std::vector<Value> cells) {
  return Row(std::make_shared<const std::vector<std::string>>(std::move(columns)), std::move(cells));
}

TEST(Cursor, ReadsCellsInOrderWithRowConversions) {
  auto row = make_row({"id", "name", "hu", "ratio", "on", "tag", "bottom", "weight", "note"},
                      {Value(7), Value("rack"), Value("42"), Value(0.5), Value(1), Value(nullptr), Value(nullptr),
                       Value(nullptr), Value("x")});
  Cursor c(row);
  EXPECT_EQ(c.int64(), 7);
  EXPECT_EQ(c.text(), "rack");
  EXPECT_EQ(c.int32(), 42);  // PostgreSQL may answer text; the Row's conversion applies
  EXPECT_DOUBLE_EQ(c.real(), 0.5);
  EXPECT_TRUE(c.boolean());
  EXPECT_TRUE(c.next_is_null());
  EXPECT_EQ(c.opt_text(), std::nullopt);
  EXPECT_EQ(c.opt_int32(), std::nullopt);
  EXPECT_EQ(c.position(), 7u);
  EXPECT_EQ(c.remaining(), 2u);
  EXPECT_EQ(c.opt_real(), std::nullopt);
  EXPECT_EQ(c.opt_text(), std::optional<std::string>("x"));
  EXPECT_NO_THROW(c.finish());
}

TEST(Cursor, NullCellsReadAsTheRowDefaults) {
  auto row = make_row({"a", "b", "c", "d", "e", "f"}, std::vector<Value>(6));
  Cursor c(row);
  EXPECT_EQ(c.int64(), 0);
  EXPECT_EQ(c.int32(), 0);
  EXPECT_EQ(c.real(), 0.0);
  EXPECT_FALSE(c.boolean());
  EXPECT_EQ(c.text(), "");
  EXPECT_TRUE(c.value().is_null());
  c.finish();
}

TEST(Cursor, StartAndSkipPassOverColumns) {
  auto row = make_row({"a", "b", "c", "d"}, {Value(1), Value(2), Value(3), Value(4)});
  Cursor c(row, 1);
  EXPECT_EQ(c.int64(), 2);
  c.skip();
  EXPECT_EQ(c.opt_int64(), std::optional<std::int64_t>(4));
  c.finish();
}

// A SELECT that gained a column its reader does not read, or a reader that reads one more than
// the SELECT has, must fail loudly rather than shift the other fields.
TEST(Cursor, AReaderThatDisagreesWithTheSelectThrows) {
  auto row = make_row({"a", "b"}, {Value(1), Value(2)});
  Cursor fewer(row);
  fewer.int64();
  EXPECT_THROW(fewer.finish(), std::logic_error);

  Cursor more(row);
  more.int64();
  more.int64();
  EXPECT_THROW(more.int64(), std::out_of_range);
}

class CursorEngineTest : public testing::EngineTest {};

// The engines answer different cell types (PostgreSQL text for some); the cursor reads both.
TEST_P(CursorEngineTest, ReadsAQueryOnBothEngines) {
  auto tx = Tx::begin(db(), Access::read).take();
  auto row =
      tx.one("SELECT CAST(5 AS BIGINT), 'five', CAST(NULL AS TEXT), CAST(1.5 AS DOUBLE PRECISION), 1 = 1").take();
  ASSERT_TRUE(row);
  Cursor c(*row);
  EXPECT_EQ(c.int64(), 5);
  EXPECT_EQ(c.text(), "five");
  EXPECT_EQ(c.opt_text(), std::nullopt);
  EXPECT_DOUBLE_EQ(c.real(), 1.5);
  EXPECT_TRUE(c.boolean());
  c.finish();
}

COLO_INSTANTIATE_ENGINE_TEST(CursorEngineTest);

}  // namespace
}  // namespace colo::db
