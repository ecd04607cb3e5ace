// Confidentiality's service on both engines with fake ports: the R10 measure of the compliance
// view counts the disclosures of a period made with a basis and management's approval, and names
// the ones made without; the reminder before an obligation ends is sent once however often the
// daily job runs.
#include <gtest/gtest.h>

#include "confidentiality/service.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::confidentiality {
namespace {

Context staff(const std::string& name, std::vector<std::string> permissions) {
  auto p = std::make_shared<Principal>();
  p->user_id = name == "management" ? 2 : 1;
  p->username = name;
  p->roles = {name};
  for (auto& x : permissions) p->permissions.insert(std::move(x));
  return Context{p, "req", "test"};
}

class ConfidentialityServiceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    {
      auto tx = db::Tx::begin(db(), db::Access::write).take();
      auto id = tx.insert(
          "INSERT INTO customers (name, address, status, created_at, updated_at) VALUES ('上海天顶数据服务有限公司', "
          "'上海', 'active', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') RETURNING id",
          {});
      ASSERT_TRUE(id.ok());
      customer_ = *id;
      ASSERT_TRUE(tx.commit().ok());
    }
    Ports ports;
    ports.customer = [](const Context&, std::int64_t id) -> Result<std::optional<CustomerRef>> {
      return std::optional<CustomerRef>(CustomerRef{id, "上海天顶数据服务有限公司"});
    };
    ports.contracts = [this](const Context&, const ContractQuery& q) -> Result<db::Counted<ContractFact>> {
      db::Counted<ContractFact> out{static_cast<std::int64_t>(contracts_.size()), {}};
      for (std::size_t i = q.offset; i < contracts_.size() && i < static_cast<std::size_t>(q.offset + q.limit); ++i)
        out.second.push_back(contracts_[i]);
      return out;
    };
    svc_ = std::make_unique<Service>(db(), clock_, ports, Options{"/tmp", 3, 30});
  }
  std::string made(bool approved_first) {
    DisclosureInput in;
    in.customer_id = customer_;
    in.recipient = "某市公安局";
    in.recipient_kind = "authority";
    in.categories = {"contacts"};
    in.purpose = "案件调查";
    in.basis = "legal";
    in.law = "网络安全法";
    in.article = "第二十八条";
    in.document_number = "15";
    auto r = svc_->request(business_, in);
    EXPECT_TRUE(r.ok()) << r.error().message;
    const auto id = r->disclosure.id;
    if (approved_first) {
      auto d = svc_->decide(management_, id, true, "");
      EXPECT_TRUE(d.ok()) << d.error().code;
      auto x = svc_->disclose(business_, id, "名单");
      EXPECT_TRUE(x.ok()) << x.error().code;
    } else {
      // A disclosure recorded without management's decision (as imported from an old register).
      auto tx = db::Tx::begin(db(), db::Access::write).take();
      EXPECT_TRUE(tx.exec("UPDATE disclosures SET status = 'disclosed', disclosed_by = 'x', disclosed_at = $2, "
                          "disclosed_what = 'y' WHERE id = $1",
                          {id, format_instant(clock_.now())})
                      .ok());
      EXPECT_TRUE(tx.commit().ok());
    }
    return r->disclosure.number;
  }

  ManualClock clock_{*parse_instant("2026-11-26T02:00:00Z")};
  std::int64_t customer_ = 0;
  std::vector<ContractFact> contracts_;
  std::unique_ptr<Service> svc_;
  Context business_ = staff("business", {"confidentiality.read", "confidentiality.request"});
  Context management_ = staff("management", {"confidentiality.read", "confidentiality.approve"});
};

TEST_P(ConfidentialityServiceTest, R10_MeasureCountsDisclosuresWithBasisAndApprovalAndNamesTheOthers) {
  clock_.set(*parse_instant("2026-10-20T02:00:00Z"));
  made(true);  // the period before
  clock_.set(*parse_instant("2026-11-26T02:00:00Z"));
  made(true);
  const auto bad = made(false);
  auto m = svc_->r10(*parse_date("2026-11-01"), *parse_date("2026-12-01"));
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_EQ(m->current.total, 2);
  EXPECT_EQ(m->current.met, 1);
  EXPECT_EQ(m->current.failing, std::vector<std::string>{bad});
  EXPECT_EQ(m->previous.total, 1);
  EXPECT_EQ(m->previous.met, 1);
}

TEST_P(ConfidentialityServiceTest, R10_3_TheReminderBeforeAnObligationEndsIsSentOnce) {
  ContractFact c;
  c.id = 11;
  c.customer_id = customer_;
  c.number = "CT-2026-000011";
  c.customer_name = "上海天顶数据服务有限公司";
  c.status = "ended";
  c.effective_date = *parse_date("2022-01-01");
  c.end_date = *parse_date("2023-12-31");
  c.confidentiality_until = *parse_date("2025-01-01");
  contracts_.push_back(c);  // its duty runs to 2026-12-31 (end + 3 years)
  auto early = svc_->send_reminders(*parse_date("2026-11-30"));
  ASSERT_TRUE(early.ok());
  EXPECT_EQ(early->sent, 0);
  auto first = svc_->send_reminders(*parse_date("2026-12-01"));
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->sent, 1);
  auto again = svc_->send_reminders(*parse_date("2026-12-02"));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->sent, 0);
  auto tx = db::Tx::begin(db(), db::Access::read).take();
  auto n = tx.one("SELECT COUNT(*) FROM notifications WHERE topic = 'confidentiality.ending'", {});
  ASSERT_TRUE(n.ok());
  EXPECT_EQ((*n)->int64(0), 2);  // the customer and management, once
}

COLO_INSTANTIATE_ENGINE_TEST(ConfidentialityServiceTest);

}  // namespace
}  // namespace colo::confidentiality
