// The audit log on both engines: the chain, its verification and the filtered reading (R6.1.3).
#include "audit/audit.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <thread>

#include "audit/log.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::audit {
namespace {

namespace json = boost::json;

Context actor(std::string name, std::optional<std::int64_t> customer = std::nullopt) {
  auto p = std::make_shared<Principal>();
  p->user_id = 7;
  p->username = std::move(name);
  p->roles = {customer ? "customer_admin" : "admin", "x"};
  p->customer_id = customer;
  return Context{p, "req-1", "192.0.2.1"};
}

class AuditTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
  }
  void append(const Context& ctx, std::string type, std::string id, std::optional<std::int64_t> customer = {}) {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto st = record(tx, ctx, clock_,
                     {std::move(type), std::move(id), "update", json::object{{"n", 1}}, json::object{{"n", 2}}, customer});
    ASSERT_TRUE(st.ok()) << st.error().message;
    ASSERT_TRUE(tx.commit().ok());
  }
  void sql(const std::string& statement) {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto st = tx.exec(statement);
    ASSERT_TRUE(st.ok()) << st.error().message;
    ASSERT_TRUE(tx.commit().ok());
  }
  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};
};

TEST_P(AuditTest, AnUntouchedChainVerifies) {
  auto empty = verify(db()).take();
  EXPECT_EQ(empty.checked, 0);
  EXPECT_FALSE(empty.first_broken_id);
  for (int i = 0; i < 5; ++i) append(actor("admin"), "customer", std::to_string(i));
  auto r = verify(db()).take();
  EXPECT_EQ(r.checked, 5);
  EXPECT_FALSE(r.first_broken_id) << r.reason;
}

TEST_P(AuditTest, R6_1_3_AnAlteredEntryIsNamed) {
  for (int i = 0; i < 5; ++i) append(actor("admin"), "customer", std::to_string(i));
  sql("UPDATE audit_log SET after_json = '{\"n\":3}' WHERE id = 3");
  auto r = verify(db()).take();
  ASSERT_TRUE(r.first_broken_id);
  EXPECT_EQ(*r.first_broken_id, 3);
  EXPECT_NE(r.reason.find("altered"), std::string::npos);
}

TEST_P(AuditTest, R6_1_3_ARemovedEntryBreaksTheNextLink) {
  for (int i = 0; i < 5; ++i) append(actor("admin"), "customer", std::to_string(i));
  sql("DELETE FROM audit_log WHERE id = 2");
  auto r = verify(db()).take();
  ASSERT_TRUE(r.first_broken_id);
  EXPECT_EQ(*r.first_broken_id, 3);
}

TEST_P(AuditTest, R6_1_3_ARehashedEntryStillBreaksTheChain) {
  // Someone who alters an entry and recomputes its own hash must also rewrite every later one.
  for (int i = 0; i < 3; ++i) append(actor("admin"), "customer", std::to_string(i));
  sql("UPDATE audit_log SET actor = 'nobody', hash = '" + std::string(64, 'f') + "' WHERE id = 2");
  auto r = verify(db()).take();
  ASSERT_TRUE(r.first_broken_id);
  EXPECT_EQ(*r.first_broken_id, 2);
}

TEST_P(AuditTest, ConcurrentAppendsKeepOneChain) {
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        auto tx = db::Tx::begin(db(), db::Access::write);
        if (!tx.ok() || !record(*tx, actor("admin"), clock_, {"thing", std::to_string(t * 100 + i), "create", nullptr,
                                                               json::object{}, std::nullopt})
                             .ok() ||
            !tx->commit().ok())
          ++failures;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  auto r = verify(db()).take();
  EXPECT_EQ(r.checked, 40);
  EXPECT_FALSE(r.first_broken_id) << r.reason;
}

TEST_P(AuditTest, SearchFiltersAndConfinesCustomers) {
  append(actor("admin"), "customer", "1", 1);
  clock_.advance(std::chrono::hours(24));
  append(actor("business"), "customer", "2", 2);
  append(actor("business"), "user", "9");
  auto staff = actor("auditor");
  auto [all, rows] = search(db(), staff, Filter{}).take();
  EXPECT_EQ(all, 3);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].object_type, "user");  // newest first
  EXPECT_EQ(rows[0].roles, (std::vector<std::string>{"admin", "x"}));
  EXPECT_EQ(rows[0].before.at("n").as_int64(), 1);

  EXPECT_EQ(search(db(), staff, Filter{.actor = "business"}).take().first, 2);
  EXPECT_EQ(search(db(), staff, Filter{.object_type = "customer", .object_id = "2"}).take().first, 1);
  EXPECT_EQ(search(db(), staff, Filter{.customer = 1}).take().first, 1);
  EXPECT_EQ(search(db(), staff, Filter{.to = clock_.now()}).take().first, 1);
  EXPECT_EQ(search(db(), staff, Filter{.from = clock_.now()}).take().first, 2);
  auto page = search(db(), staff, Filter{.limit = 1, .offset = 1}).take();
  EXPECT_EQ(page.first, 3);
  ASSERT_EQ(page.second.size(), 1u);
  EXPECT_EQ(page.second[0].object_id, "2");

  // A customer principal reads only entries about its own objects, whatever it asks for.
  auto mine = search(db(), actor("acme", 2), Filter{}).take();
  EXPECT_EQ(mine.first, 1);
  EXPECT_EQ(search(db(), actor("acme", 2), Filter{.customer = 1}).take().first, 0);
}

TEST_P(AuditTest, DateFiltersAreBusinessDates) {
  // 16:30 UTC on the 25th is 00:30 on the 26th in Beijing: a filter for the 26th finds it, one
  // for the 25th does not.
  auto beijing = BusinessCalendar::in_zone("Asia/Shanghai").value();
  clock_.set(*parse_instant("2026-11-25T16:30:00Z"));
  append(actor("admin"), "customer", "1");
  auto staff = actor("auditor");
  auto count = [&](const char* from, const char* to) {
    return search(db(), staff, Filter{.from = parse_bound(from, false, beijing), .to = parse_bound(to, true, beijing)})
        .take()
        .first;
  };
  EXPECT_EQ(count("2026-11-26", "2026-11-26"), 1);
  EXPECT_EQ(count("2026-11-25", "2026-11-25"), 0);
  EXPECT_EQ(*parse_bound("2026-11-26", false, beijing), *parse_instant("2026-11-25T16:00:00Z"));
  EXPECT_EQ(*parse_bound("2026-11-26", true, beijing), *parse_instant("2026-11-26T16:00:00Z"));
  EXPECT_EQ(*parse_bound("2026-11-25T16:30:00Z", false, beijing), *parse_instant("2026-11-25T16:30:00Z"));
  EXPECT_FALSE(parse_bound("yesterday", false, beijing));
}

TEST(AuditHash, FieldsAreLengthPrefixed) {
  EXPECT_NE(entry_hash("0", {"ab", "c"}), entry_hash("0", {"a", "bc"}));
  EXPECT_NE(entry_hash("0", {"a"}), entry_hash("1", {"a"}));
  EXPECT_EQ(entry_hash("0", {"a"}), entry_hash("0", {"a"}));
  EXPECT_EQ(entry_hash("0", {"a"}).size(), 64u);
}

COLO_INSTANTIATE_ENGINE_TEST(AuditTest);

}  // namespace
}  // namespace colo::audit
