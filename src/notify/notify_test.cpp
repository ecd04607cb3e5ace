// Notifications and the outbox on both engines: audiences, read state, retries.
#include "notify/notify.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::notify {
namespace {

using namespace std::chrono_literals;

class NotifyTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    const char* now = "2026-01-01T00:00:00.000Z";
    acme_ = tx.insert(
                  "INSERT INTO customers (name, address, status, created_at, updated_at) "
                  "VALUES ('Acme', '', 'active', $1, $1) RETURNING id",
                  {now})
                .take();
    zenith_ = tx.insert(
                    "INSERT INTO customers (name, address, status, created_at, updated_at) "
                    "VALUES ('Zenith', '', 'active', $1, $1) RETURNING id",
                    {now})
                  .take();
    auto user = [&](const char* name, std::optional<std::int64_t> customer) {
      return tx
          .insert(
              "INSERT INTO users (username, display_name, email, password_hash, customer_id, created_at, "
              "updated_at, password_changed_at) VALUES ($1, $1, '', '', $2, $3, $3, $3) RETURNING id",
              {name, customer, now})
          .take();
    };
    business_ = user("business", std::nullopt);
    technical_ = user("technical", std::nullopt);
    acme_user_ = user("acme.user", acme_);
    zenith_user_ = user("zenith.user", zenith_);
    ASSERT_TRUE(tx.commit().ok());
  }

  Context as(std::int64_t id, std::vector<std::string> roles, std::optional<std::int64_t> customer = {}) {
    auto p = std::make_shared<Principal>();
    p->user_id = id;
    p->username = "u" + std::to_string(id);
    p->roles = std::move(roles);
    p->customer_id = customer;
    return Context{p, "", "test"};
  }

  void send(const Message& m) {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto st = notify(tx, clock_, m);
    ASSERT_TRUE(st.ok()) << st.error().message;
    ASSERT_TRUE(tx.commit().ok());
  }

  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};
  std::int64_t acme_ = 0, zenith_ = 0, business_ = 0, technical_ = 0, acme_user_ = 0, zenith_user_ = 0;
};

TEST_P(NotifyTest, EachCallerSeesOnlyTheirAudience) {
  send({Audience::staff_role("business"), "t", "To business", "致业务部门", "b", "/x"});
  send({Audience::customer(acme_), "t", "To Acme", "致艾克米", "b", "/x"});
  send({Audience::user(technical_), "t", "To technical", "致技术", "b", "/x"});
  Service svc(db(), clock_);
  auto titles = [&](const Context& ctx) {
    std::vector<std::string> out;
    for (const auto& n : svc.list(ctx, {}).take().second) out.push_back(n.title_en);
    return out;
  };
  EXPECT_EQ(titles(as(business_, {"business"})), std::vector<std::string>{"To business"});
  EXPECT_EQ(titles(as(technical_, {"technical"})), std::vector<std::string>{"To technical"});
  EXPECT_EQ(titles(as(acme_user_, {"customer_user"}, acme_)), std::vector<std::string>{"To Acme"});
  EXPECT_TRUE(titles(as(zenith_user_, {"customer_user"}, zenith_)).empty());
}

TEST_P(NotifyTest, ReadStateIsPerUserAndMarkingIsIdempotent) {
  send({Audience::staff_role("business"), "t", "One", "一", "", "/x"});
  Service svc(db(), clock_);
  auto first = as(business_, {"business"});
  auto second = as(technical_, {"technical", "business"});
  EXPECT_EQ(svc.unread_count(first).take(), 1);
  EXPECT_EQ(svc.unread_count(second).take(), 1);
  auto id = svc.list(first, {}).take().second.at(0).id;
  EXPECT_TRUE(svc.mark_read(first, id).take().read);
  EXPECT_TRUE(svc.mark_read(first, id).take().read);
  EXPECT_EQ(svc.unread_count(first).take(), 0);
  EXPECT_EQ(svc.unread_count(second).take(), 1);
  ListFilter unread;
  unread.unread_only = true;
  EXPECT_EQ(svc.list(first, unread).take().first, 0);
  // Someone outside the audience cannot mark it: not found.
  auto r = svc.mark_read(as(acme_user_, {"customer_user"}, acme_), id);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::not_found);
}

TEST_P(NotifyTest, AKeyedNotificationIsReadInTheReadersLanguageAndAnOldOneAsStored) {
  send(keyed(Audience::staff_role("business"), "contract.activated", "notice.contract.activated",
             {{"number", "CT-2026-000007"}, {"devices", "3"}, {"addresses", "2"}}, "/contracts/7", "",
             "notice.contract.activated.body"));
  // Written before notifications kept their key: shown as it was stored, in either language.
  send({Audience::staff_role("business"), "t", "Old title", "旧标题", "old body", "/x"});
  Service svc(db(), clock_);
  auto rows = svc.list(as(business_, {"business"}), {}).take().second;
  ASSERT_EQ(rows.size(), 2u);
  const auto& keyed_row = rows[1];
  EXPECT_EQ(keyed_row.title_in("zh-CN"), "合同 CT-2026-000007 已生效");
  EXPECT_EQ(keyed_row.title_in("en-US"), "Contract CT-2026-000007 is in force");
  EXPECT_EQ(keyed_row.body_in("zh-CN"), "已计划 3 台设备，已分配 2 个 IPv4 地址。");
  EXPECT_EQ(keyed_row.body_in("en-US"), "3 device(s) planned, 2 IPv4 address(es) assigned.");
  // The rendered titles are stored too, so that search finds them in either language.
  EXPECT_EQ(keyed_row.title_zh, "合同 CT-2026-000007 已生效");
  ListFilter search;
  search.q = "已生效";
  EXPECT_EQ(svc.list(as(business_, {"business"}), search).take().first, 1);
  const auto& old_row = rows[0];
  EXPECT_EQ(old_row.title_in("zh-CN"), "旧标题");
  EXPECT_EQ(old_row.title_in("en-US"), "Old title");
  EXPECT_EQ(old_row.body_in("zh-CN"), "old body");
}

TEST_P(NotifyTest, AKeyWithoutItsParametersIsRefused) {
  auto tx = db::Tx::begin(db(), db::Access::write).take();
  auto st = notify(tx, clock_, keyed(Audience::staff_role("business"), "t", "notice.contract.activated", {}, "/x"));
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().kind, ErrorKind::internal);
  EXPECT_FALSE(notify(tx, clock_, keyed(Audience::staff_role("business"), "t", "notice.no_such_key", {}, "/x")).ok());
}

TEST_P(NotifyTest, CustomerRolesAreNeverAnAudience) {
  auto tx = db::Tx::begin(db(), db::Access::write).take();
  EXPECT_FALSE(notify(tx, clock_, {Audience::staff_role("customer_admin"), "t", "x", "x", "", ""}).ok());
  EXPECT_FALSE(notify(tx, clock_, {Audience{}, "t", "x", "x", "", ""}).ok());
}

TEST_P(NotifyTest, OutboxEntriesAreDueUntilDeliveredAndBackOffOnFailure) {
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(publish(tx, clock_, "application.submitted", boost::json::object{{"id", 1}}).ok());
    ASSERT_TRUE(publish(tx, clock_, "application.approved", boost::json::object{{"id", 1}}).ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  auto tx = db::Tx::begin(db(), db::Access::write).take();
  auto pending = due(tx, clock_.now(), 10).take();
  ASSERT_EQ(pending.size(), 2u);
  EXPECT_EQ(pending[0].topic, "application.submitted");
  EXPECT_EQ(boost::json::parse(pending[0].payload).at("id").as_int64(), 1);
  ASSERT_TRUE(mark_delivered(tx, pending[0].id, clock_.now()).ok());
  ASSERT_TRUE(mark_failed(tx, pending[1].id, clock_.now(), "smtp down").ok());
  EXPECT_TRUE(due(tx, clock_.now(), 10).take().empty());
  auto failed = find_outbox(tx, pending[1].id).take();
  EXPECT_EQ(failed->attempts, 1);
  EXPECT_EQ(failed->last_error.value_or(""), "smtp down");
  EXPECT_EQ(due(tx, clock_.now() + 61s, 10).take().size(), 1u);
  ASSERT_TRUE(mark_failed(tx, pending[1].id, clock_.now(), "smtp down").ok());
  EXPECT_TRUE(due(tx, clock_.now() + 61s, 10).take().empty());  // second retry after 2 minutes
  EXPECT_EQ(due(tx, clock_.now() + 121s, 10).take().size(), 1u);
  EXPECT_EQ(next_attempt(clock_.now(), 30), clock_.now() + std::chrono::hours(6));
}

COLO_INSTANTIATE_ENGINE_TEST(NotifyTest);

}  // namespace
}  // namespace colo::notify
