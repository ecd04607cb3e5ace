// The customers service on both engines: validation, encryption at rest and tenancy.
#include "customers/service.hpp"

#include <gtest/gtest.h>

#include "audit/audit.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::customers {
namespace {

Context staff() {
  auto p = std::make_shared<Principal>();
  p->user_id = 1;
  p->username = "business";
  p->roles = {"business"};
  return Context{p, "req", "test"};
}

Context customer_user(std::int64_t customer_id) {
  auto p = std::make_shared<Principal>();
  p->user_id = 2;
  p->username = "tenant";
  p->roles = {"customer_admin"};
  p->customer_id = customer_id;
  return Context{p, "req", "test"};
}

class CustomersTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    svc_ = std::make_unique<Service>(db(), clock_, crypto::Sealer(key_));
  }
  Customer make(const std::string& name, std::optional<std::string> code = std::nullopt) {
    CustomerInput in;
    in.name = name;
    in.credit_code = code;
    in.status = "active";
    return svc_->create(staff(), in).take();
  }
  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};
  crypto::Key key_ = crypto::random_key();
  std::unique_ptr<Service> svc_;
};

TEST_P(CustomersTest, R3_1_1_CreditCodesAreValidatedAndUnique) {
  make("甲公司", "91350100M000100Y43");
  CustomerInput bad;
  bad.name = "乙公司";
  bad.credit_code = std::optional<std::string>("91350100M000100Y44");
  auto r = svc_->create(staff(), bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "validation_failed");
  bad.credit_code = std::optional<std::string>("91350100M000100Y43");
  r = svc_->create(staff(), bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "customers.credit_code_taken");
  EXPECT_EQ(svc_->list(staff(), {}).take().first, 1) << "nothing written";
}

TEST_P(CustomersTest, R6_2_1_ContactDetailsAreEncryptedAtRest) {
  auto c = make("丙公司");
  ContactInput in;
  in.name = "赵六";
  in.phone = "+86 138 0000 1111";
  in.email = "zhao@example.cn";
  auto contact = svc_->add_contact(staff(), c.id, in).take();
  auto tx = db::Tx::begin(db(), db::Access::read).take();
  auto row = tx.one("SELECT phone_enc, email_enc FROM customer_contacts WHERE id = $1", {contact.id}).take();
  ASSERT_TRUE(row);
  EXPECT_EQ(row->text(0).find("0000"), std::string::npos);
  EXPECT_EQ(row->text(1).find("zhao"), std::string::npos);
  auto read = svc_->get(staff(), c.id).take();
  ASSERT_EQ(read.contacts.size(), 1u);
  EXPECT_EQ(read.contacts[0].phone, "+86 138 0000 1111");
  EXPECT_EQ(read.contacts[0].email, "zhao@example.cn");
  // Another key cannot read them, and says so instead of answering garbage.
  Service other(db(), clock_, crypto::Sealer(crypto::random_key()));
  EXPECT_FALSE(other.get(staff(), c.id).ok());
  // The audit log keeps them masked.
  auto entry = tx.one("SELECT after_json FROM audit_log WHERE object_type = 'customer.contact'").take();
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->text(0).find("zhao@example.cn"), std::string::npos);
}

TEST_P(CustomersTest, R10_ACustomerSeesOnlyItsOwnRecord) {
  auto a = make("Acme");
  auto b = make("Zenith");
  ContactInput in;
  in.name = "A person";
  in.email = "a@acme.example";
  auto a_contact = svc_->add_contact(staff(), a.id, in).take();
  auto as_b = customer_user(b.id);

  auto list = svc_->list(as_b, {}).take();
  EXPECT_EQ(list.first, 1);
  ASSERT_EQ(list.second.size(), 1u);
  EXPECT_EQ(list.second[0].id, b.id);
  EXPECT_EQ(svc_->get(as_b, a.id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(svc_->contacts(as_b, a.id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(svc_->update(as_b, a.id, {}).error().kind, ErrorKind::not_found);
  EXPECT_EQ(svc_->add_contact(as_b, a.id, in).error().kind, ErrorKind::not_found);
  EXPECT_EQ(svc_->update_contact(as_b, a.id, a_contact.id, in).error().kind, ErrorKind::not_found);
  // A's contact through B's own customer id: the pair must match.
  EXPECT_EQ(svc_->update_contact(as_b, b.id, a_contact.id, in).error().kind, ErrorKind::not_found);
  EXPECT_EQ(svc_->remove_contact(as_b, b.id, a_contact.id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(svc_->get(staff(), a.id).take().contacts.size(), 1u);

  // B edits its own contacts but not its own company record.
  EXPECT_TRUE(svc_->add_contact(as_b, b.id, in).ok());
  EXPECT_EQ(svc_->update(as_b, b.id, {}).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(svc_->create(as_b, {}).error().kind, ErrorKind::forbidden);
}

TEST_P(CustomersTest, R6_1_3_EveryWriteIsAudited) {
  auto c = make("丁公司");
  CustomerInput change;
  change.status = "suspended";
  svc_->update(staff(), c.id, change).take();
  ContactInput in;
  in.name = "x";
  in.phone = "123";
  auto k = svc_->add_contact(staff(), c.id, in).take();
  in.phone = "456";
  svc_->update_contact(staff(), c.id, k.id, in).take();
  svc_->remove_contact(staff(), c.id, k.id).take();
  EXPECT_TRUE(svc_->contacts(staff(), c.id).take().empty());
  auto report = audit::verify(db()).take();
  EXPECT_EQ(report.checked, 5);
  EXPECT_FALSE(report.first_broken_id);
}

TEST_P(CustomersTest, ListsFilterAndPage) {
  make("Alpha Data", "91110000802100433B");
  make("Beta Cloud");
  make("Gamma Cloud");
  EXPECT_EQ(svc_->list(staff(), {.q = "cloud"}).take().first, 2);
  EXPECT_EQ(svc_->list(staff(), {.q = "802100"}).take().first, 1);
  auto page = svc_->list(staff(), {.limit = 1, .offset = 1}).take();
  EXPECT_EQ(page.first, 3);
  ASSERT_EQ(page.second.size(), 1u);
  EXPECT_EQ(page.second[0].name, "Beta Cloud");
  EXPECT_EQ(svc_->list(staff(), {.status = "closed"}).take().first, 0);
}

COLO_INSTANTIATE_ENGINE_TEST(CustomersTest);

}  // namespace
}  // namespace colo::customers
