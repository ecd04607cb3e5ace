// The price list service on SQLite and PostgreSQL: the seeded list, new items, versions that are
// only ever added (never edited, never in the past), what a customer sees, and that a refused
// version writes nothing.
#include "billing/catalogue_service.hpp"

#include <gtest/gtest.h>

#include "auth/permissions.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::billing {
namespace {

Context person(std::int64_t id, const std::string& role, std::optional<std::int64_t> customer = {}) {
  auto p = std::make_shared<Principal>();
  p->user_id = id;
  p->username = role + "-" + std::to_string(id);
  p->roles = {role};
  p->permissions = auth::permissions_for(p->roles);
  p->customer_id = customer;
  return Context{p, "req", "test"};
}

class CatalogueServiceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    svc_ = std::make_unique<Catalogue>(db(), clock_);
  }

  std::int64_t count(const std::string& sql) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return tx.one(sql).take()->int64(0);
  }

  CatalogueItem by_code(const std::string& code) {
    CatalogueFilter f;
    f.q = code;
    auto page = svc_->list(finance_, f).take();
    for (auto& i : page.second)
      if (i.code == code) return i;
    ADD_FAILURE() << "no " << code;
    return {};
  }

  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};  // 2026-09-21
  std::unique_ptr<Catalogue> svc_;
  Context finance_ = person(1, "finance");
  Context customer_ = person(2, "customer_user", 7);
};

Date d(const char* s) { return *parse_date(s); }

TEST_P(CatalogueServiceTest, R8_1_TheSeededListIsPublishedWithPricesAndTaxRates) {
  auto [n, items] = svc_->list(customer_, {}).take();
  EXPECT_EQ(n, 10);
  const auto rack = by_code("RACK-42U");
  EXPECT_EQ(rack.service, "whole_rack");
  EXPECT_EQ(price_on(rack.versions, clock_.today()), std::optional<std::int64_t>(450000));
  EXPECT_EQ(by_code("BW-COMMIT-MBPS").tax_rate_bp, 900);
  EXPECT_EQ(by_code("BW-BURST-P95-MBPS").metric, std::optional<std::string>("bandwidth_p95"));
  EXPECT_EQ(by_code("POWER-KW").tax_rate_bp, 600);
}

TEST_P(CatalogueServiceTest, R8_1_VersionsAreAddedNeverInThePastNeverBeforeTheLatest) {
  const auto rack = by_code("RACK-U");
  auto raised = svc_->add_version(finance_, rack.id, {d("2026-11-01"), 33000, "2027 price"}).take();
  ASSERT_EQ(raised.versions.size(), 2u);
  EXPECT_EQ(price_on(raised.versions, d("2026-10-31")), std::optional<std::int64_t>(30000));
  EXPECT_EQ(price_on(raised.versions, d("2026-11-01")), std::optional<std::int64_t>(33000));

  const auto versions_before = count("SELECT COUNT(*) FROM billing_catalogue_prices");
  auto past = svc_->add_version(finance_, rack.id, {d("2026-09-20"), 1, ""});
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(past.error().code, "billing.price.in_past");
  auto before_latest = svc_->add_version(finance_, rack.id, {d("2026-10-15"), 1, ""});
  ASSERT_FALSE(before_latest.ok());
  EXPECT_EQ(before_latest.error().code, "billing.price.before_latest");
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_catalogue_prices"), versions_before);

  // Retired from December: still published while it has a price today, gone once retired.
  ASSERT_TRUE(svc_->add_version(finance_, rack.id, {d("2026-12-01"), std::nullopt, "discontinued"}).ok());
  EXPECT_TRUE(svc_->get(customer_, rack.id).ok());
  clock_.advance(std::chrono::hours(24 * 80));  // 2026-12-10
  EXPECT_EQ(svc_->get(customer_, rack.id).error().kind, ErrorKind::not_found);
  EXPECT_TRUE(svc_->get(finance_, rack.id).ok());
  CatalogueFilter all;
  all.published_only = false;
  EXPECT_EQ(svc_->list(finance_, all).take().first, 10);
  EXPECT_EQ(svc_->list(customer_, all).take().first, 9);  // a customer never sees the unpublished
}

TEST_P(CatalogueServiceTest, R8_1_ANewItemStartsWithAPriceAndAUniqueCode) {
  ItemInput in;
  in.item.code = "CAGE-M2";
  in.item.name_zh = "笼位（按平方米）";
  in.item.name_en = "Cage space per m²";
  in.item.service = "other";
  in.item.unit = "m2";
  in.price_fen = 120000;
  in.effective_from = clock_.today();
  auto made = svc_->create(finance_, in).take();
  EXPECT_EQ(made.versions.size(), 1u);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE object_type = 'billing_catalogue_item'"), 1);
  EXPECT_EQ(svc_->create(finance_, in).error().code, "billing.catalogue.code_taken");
  in.item.code = "CAGE-OLD";
  in.effective_from = d("2026-09-01");
  EXPECT_EQ(svc_->create(finance_, in).error().code, "billing.price.in_past");
  EXPECT_EQ(count("SELECT COUNT(*) FROM billing_catalogue_items WHERE code = 'CAGE-OLD'"), 0);

  ItemChanges rename;
  rename.tax_rate_bp = 900;
  EXPECT_EQ(svc_->update(finance_, made.id, rename).take().tax_rate_bp, 900);
}

COLO_INSTANTIATE_ENGINE_TEST(CatalogueServiceTest);

}  // namespace
}  // namespace colo::billing
