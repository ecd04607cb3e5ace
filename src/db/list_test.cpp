#include "db/list.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "db/test_databases.hpp"

namespace colo::db {
namespace {

const ListSpec kSpec{
    .search = {"t.name", "t.code"},
    .sorts = {{"name", "t.name"}, {"size", "t.size"}, {"place", "t.site, t.room"}},
    .default_order = "t.name, t.id",
    .tiebreak = "t.id",
    .tenant_column = "t.customer_id",
};

std::string text_of(const Value& v) { return std::get<std::string>(v.get()); }

TEST(ListSortTest, ParsesNamesDirectionsAndSeveralKeys) {
  struct Case {
    std::string sort;
    std::string order;
  };
  const Case cases[] = {
      {"", " ORDER BY t.name, t.id"},
      {"name", " ORDER BY t.name, t.id"},
      {"-name", " ORDER BY t.name DESC, t.id"},
      {"size,-name", " ORDER BY t.size, t.name DESC, t.id"},
      {"-place", " ORDER BY t.site DESC, t.room DESC, t.id"},
      {"place,size", " ORDER BY t.site, t.room, t.size, t.id"},
  };
  for (const auto& c : cases) {
    auto order = order_by(kSpec, c.sort.empty() ? std::optional<std::string>{} : c.sort);
    ASSERT_TRUE(order.ok()) << c.sort;
    EXPECT_EQ(*order, c.order) << c.sort;
  }
}

TEST(ListSortTest, RefusesUnknownRepeatedAndEmptyKeysNamingSortAndTheAllowedNames) {
  for (const char* bad : {"colour", "-colour", "name,colour", "name,-name", "name,", ",name", "-", "t.name",
                          "name DESC", "name;DROP TABLE t", "NAME"}) {
    auto order = order_by(kSpec, std::string(bad));
    ASSERT_FALSE(order.ok()) << bad;
    const auto& e = order.error();
    EXPECT_EQ(e.kind, ErrorKind::invalid) << bad;
    EXPECT_EQ(e.code, "invalid_query") << bad;
    ASSERT_EQ(e.fields.size(), 1u) << bad;
    EXPECT_EQ(e.fields[0].field, "sort");
    EXPECT_EQ(e.fields[0].code, "invalid_choice");
    EXPECT_NE(e.fields[0].message.find("name, size, place"), std::string::npos) << e.fields[0].message;
  }
}

TEST(ListSearchTest, EscapesLikeWildcardsAndTheEscapeCharacter) {
  struct Case {
    std::string q, pattern;
  };
  const Case cases[] = {
      {"abc", "%abc%"},         {"%", "%\\%%"},     {"_", "%\\_%"},   {"a\\b", "%a\\\\b%"},
      {"50%_x", "%50\\%\\_x%"}, {"机柜", "%机柜%"}, {"AbC", "%AbC%"},
  };
  for (const auto& c : cases) EXPECT_EQ(contains_pattern(c.q), c.pattern) << c.q;
}

TEST(ListSqlTest, BuildsNumberedWhereFromFiltersTenantAndSearch) {
  Context staff;
  staff.principal = std::make_shared<Principal>();
  Context customer;
  auto p = std::make_shared<Principal>();
  p->customer_id = 7;
  customer.principal = p;

  ListSql staff_sql(kSpec);
  staff_sql.add("t.status = ?", "active");
  staff_sql.tenant(staff);
  staff_sql.search(std::string("a%"));
  EXPECT_EQ(staff_sql.where(),
            " WHERE 1 = 1 AND t.status = $1 AND (LOWER(t.name) LIKE LOWER($2) ESCAPE '\\' OR LOWER(t.code) LIKE "
            "LOWER($2) ESCAPE '\\')");
  ASSERT_EQ(staff_sql.params().size(), 2u);
  EXPECT_EQ(text_of(staff_sql.params()[0]), "active");
  EXPECT_EQ(text_of(staff_sql.params()[1]), "%a\\%%");

  ListSql customer_sql(kSpec);
  customer_sql.tenant(customer);
  customer_sql.search(std::string(""));  // an empty q filters nothing
  customer_sql.search(std::nullopt);
  customer_sql.add("(t.a = ? OR t.b = ?)", 3);
  customer_sql.raw("t.deleted_at IS NULL");
  EXPECT_EQ(customer_sql.in_list({4, 5}), "$3, $4");
  EXPECT_EQ(customer_sql.where(),
            " WHERE 1 = 1 AND t.customer_id = $1 AND (t.a = $2 OR t.b = $2) AND t.deleted_at IS NULL");
  ASSERT_EQ(customer_sql.params().size(), 4u);
  EXPECT_EQ(std::get<std::int64_t>(customer_sql.params()[0].get()), 7);

  ListSpec untenanted = kSpec;
  untenanted.tenant_column = "";
  ListSql none(untenanted);
  none.tenant(customer);
  EXPECT_EQ(none.where(), " WHERE 1 = 1");
}

// `%` and `_` in q match only themselves, ASCII case is ignored, and sort orders both ways, on
// both engines.
class ListEngineTest : public testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto tx = Tx::begin(db(), Access::write);
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(
        tx->connection()
            .execute_script("CREATE TABLE t (id BIGINT PRIMARY KEY, name TEXT NOT NULL, code TEXT NOT NULL, "
                            "size INTEGER NOT NULL, site TEXT NOT NULL, room TEXT NOT NULL, customer_id BIGINT)")
            .ok());
    const char* names[] = {"Rack 100%", "rack_a", "RACKB", "plain", "back\\slash", "机柜 A"};
    for (int i = 0; i < 6; ++i)
      ASSERT_TRUE(tx->exec("INSERT INTO t (id, name, code, size, site, room, customer_id) VALUES ($1, $2, $3, $4, "
                           "$5, $6, $7)",
                           {i + 1, names[i], "c" + std::to_string(i), (i * 7) % 5, i < 3 ? "s1" : "s2", "r",
                            i % 2 == 0 ? Value(1) : Value(2)})
                      .ok());
    ASSERT_TRUE(tx->commit().ok());
  }

  std::vector<std::string> names(const std::optional<std::string>& q, const std::optional<std::string>& sort) {
    auto tx = Tx::begin(db(), Access::read).take();
    ListSql sql(kSpec);
    sql.search(q);
    auto page = list_page<std::string>(tx, sql, "SELECT COUNT(*) FROM t", "SELECT t.name FROM t", sort, 100, 0,
                                       [](const Row& r) { return r.text(0); });
    EXPECT_TRUE(page.ok());
    if (!page.ok()) return {};
    EXPECT_EQ(page->first, static_cast<std::int64_t>(page->second.size()));
    return page->second;
  }
};

TEST_P(ListEngineTest, WildcardsInQMatchThemselves) {
  using V = std::vector<std::string>;
  EXPECT_EQ(names("%", "name"), V{"Rack 100%"});
  EXPECT_EQ(names("_", "name"), V{"rack_a"});
  EXPECT_EQ(names("\\", "name"), V{"back\\slash"});
  EXPECT_EQ(names("0%", "name"), V{"Rack 100%"});
  EXPECT_EQ(names("k_", "name"), V{"rack_a"});
}

TEST_P(ListEngineTest, QIgnoresAsciiCaseOnBothEngines) {
  using V = std::vector<std::string>;
  EXPECT_EQ(names("RACK", "name"), (V{"RACKB", "Rack 100%", "rack_a"}));
  EXPECT_EQ(names("rackb", std::nullopt), V{"RACKB"});
  EXPECT_EQ(names("柜", std::nullopt), V{"机柜 A"});
  EXPECT_EQ(names("C3", std::nullopt), V{"plain"});  // the second search column
}

TEST_P(ListEngineTest, SortsAscendingDescendingAndByCompoundKeys) {
  auto asc = names(std::nullopt, "size");
  auto desc = names(std::nullopt, "-size");
  ASSERT_EQ(asc.size(), 6u);
  // sizes by id: 0, 2, 4, 1, 3, 0 -> ties broken by id either way
  EXPECT_EQ(asc, (std::vector<std::string>{"Rack 100%", "机柜 A", "plain", "rack_a", "back\\slash", "RACKB"}));
  EXPECT_EQ(desc, (std::vector<std::string>{"RACKB", "back\\slash", "rack_a", "plain", "Rack 100%", "机柜 A"}));
  EXPECT_EQ(names(std::nullopt, "-place,size"),
            (std::vector<std::string>{"机柜 A", "plain", "back\\slash", "Rack 100%", "rack_a", "RACKB"}));
}

COLO_INSTANTIATE_ENGINE_TEST(ListEngineTest);

}  // namespace
}  // namespace colo::db
