// The identity service on both engines, with a manual clock for session and token expiry.
#include "auth/service.hpp"

#include <gtest/gtest.h>

#include "audit/audit.hpp"
#include "auth/permissions.hpp"
#include "core/crypto.hpp"
#include "customers/service.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::auth {
namespace {

using namespace std::chrono_literals;

Context admin_ctx() {
  auto p = std::make_shared<Principal>();
  p->user_id = 0;
  p->username = "test-admin";
  p->roles = {"admin"};
  p->permissions = permissions_for(p->roles);
  return Context{p, "req", "test"};
}

Context request_from(std::string source) { return Context{nullptr, "req", std::move(source)}; }

Context as_context(const Authenticated& a) { return Context{a.principal, "req", "test"}; }

class AuthServiceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    crypto::use_minimal_password_cost_for_tests();
    customers_ = std::make_unique<customers::Service>(db(), clock_, crypto::Sealer(crypto::random_key()));
    LoginLimits limits;
    limits.account = {.max_failures = 3, .window = 60s, .lockout = 120s};
    limits.address = {.max_failures = 10, .window = 60s, .lockout = 120s};
    svc_ = std::make_unique<Service>(db(), clock_, *customers_, limits);
  }
  User make(const std::string& name, std::vector<std::string> roles, std::optional<std::int64_t> customer = {}) {
    return svc_->create_user(admin_ctx(), {name, "", "", "long-enough-pw", std::move(roles), customer}).take();
  }
  std::int64_t make_customer(const std::string& name) {
    customers::CustomerInput in;
    in.name = name;
    return customers_->create(admin_ctx(), in).take().id;
  }
  Session login(const std::string& name, const std::string& pw = "long-enough-pw") {
    return svc_->login(name, pw, request_from("192.0.2.10")).take();
  }
  std::optional<Authenticated> session(const Session& s) { return svc_->from_session(s.token).take(); }
  std::optional<Authenticated> bearer(const std::string& t) { return svc_->from_bearer(t).take(); }

  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};
  std::unique_ptr<customers::Service> customers_;
  std::unique_ptr<Service> svc_;
};

TEST_P(AuthServiceTest, R5_2_2_WrongPasswordUnknownUserAndDisabledUserAnswerAlike) {
  auto u = make("alice", {"finance"});
  auto wrong = svc_->login("alice", "not-her-password", request_from("a"));
  auto unknown = svc_->login("nobody", "not-her-password", request_from("b"));
  svc_->set_active(admin_ctx(), u.id, false).take();
  auto disabled = svc_->login("alice", "long-enough-pw", request_from("c"));
  for (const auto* r : {&wrong, &unknown, &disabled}) {
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().code, "auth.invalid_credentials");
    EXPECT_EQ(r->error().message, wrong.error().message);
  }
}

TEST_P(AuthServiceTest, ASessionCarriesTheUsersRolesAndPermissions) {
  auto cid = make_customer("Acme");
  make("acme.admin", {"customer_admin"}, cid);
  auto s = login("acme.admin");
  EXPECT_EQ(s.user.customer_name, "Acme");
  auto a = session(s);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->principal->username, "acme.admin");
  EXPECT_EQ(a->principal->customer_id, cid);
  EXPECT_EQ(a->principal->auth_method, "session");
  EXPECT_TRUE(a->principal->can("customers.contacts.write"));
  EXPECT_FALSE(a->principal->can("customers.write"));
  EXPECT_EQ(a->csrf_token, s.csrf_token);
  EXPECT_FALSE(session(Session{{}, s.token + "x", ""}));
  EXPECT_FALSE(session(Session{{}, "", ""}));
}

TEST_P(AuthServiceTest, R5_2_2_SessionsEndAfterThirtyIdleMinutesAndTwelveHours) {
  make("bob", {"operations"});
  auto idle = login("bob");
  clock_.advance(29min);
  EXPECT_TRUE(session(idle)) << "used within 30 minutes";
  clock_.advance(29min);
  EXPECT_TRUE(session(idle)) << "the last use moved the idle deadline";
  clock_.advance(31min);
  EXPECT_FALSE(session(idle)) << "31 idle minutes";

  auto busy = login("bob");
  for (int i = 0; i < 12 * 3 - 1; ++i) {
    clock_.advance(20min);
    ASSERT_TRUE(session(busy)) << "after " << (i + 1) * 20 << " minutes";
  }
  clock_.advance(20min);
  EXPECT_FALSE(session(busy)) << "12 hours after sign-in, however busy";
}

TEST_P(AuthServiceTest, R5_2_2_DisablingAUserRefusesItsSessionsAndTokensAtOnce) {
  auto u = make("carol", {"technical"});
  auto s = login("carol");
  auto token = svc_->create_token(as_context(*session(s)), "script", std::nullopt, false).take();
  ASSERT_TRUE(bearer(*token.token));
  svc_->set_active(admin_ctx(), u.id, false).take();
  EXPECT_FALSE(session(s));
  EXPECT_FALSE(bearer(*token.token));
  svc_->set_active(admin_ctx(), u.id, true).take();
  EXPECT_FALSE(session(s)) << "disabling revoked the session for good";
  EXPECT_TRUE(bearer(*token.token)) << "tokens belong to the account and work again once it is enabled";
}

TEST_P(AuthServiceTest, RoleChangesApplyToTheNextRequest) {
  auto u = make("dave", {"auditor"});
  auto s = login("dave");
  EXPECT_FALSE(session(s)->principal->can("customers.write"));
  svc_->update_user(admin_ctx(), u.id, {.roles = std::vector<std::string>{"business"}}).take();
  EXPECT_TRUE(session(s)->principal->can("customers.write"));
}

TEST_P(AuthServiceTest, TokensExpireAreRevokedAndComparedWhole) {
  make("erin", {"business"});
  auto ctx = as_context(*session(login("erin")));
  auto t = svc_->create_token(ctx, "ci", clock_.now() + 1h, true).take();
  ASSERT_TRUE(t.token);
  EXPECT_EQ(t.token->rfind("colo_" + std::to_string(t.id) + "_", 0), 0u);
  auto a = bearer(*t.token);
  ASSERT_TRUE(a);
  EXPECT_TRUE(a->principal->read_only);
  EXPECT_EQ(a->principal->auth_method, "token");
  EXPECT_FALSE(bearer(t.token->substr(0, t.token->size() - 1)));
  EXPECT_FALSE(bearer("colo_" + std::to_string(t.id) + "_"));
  EXPECT_FALSE(bearer("colo_x_y"));
  EXPECT_FALSE(bearer("nonsense"));
  // The list never shows the secret again.
  for (const auto& listed : svc_->tokens(ctx).take()) EXPECT_FALSE(listed.token);
  // A read-only token mints only read-only tokens.
  auto minted = svc_->create_token(as_context(*a), "child", std::nullopt, false).take();
  EXPECT_TRUE(minted.read_only);

  clock_.advance(61min);
  EXPECT_FALSE(bearer(*t.token)) << "expired";
  auto u = svc_->create_token(ctx, "other", std::nullopt, false).take();
  ASSERT_TRUE(bearer(*u.token));
  svc_->revoke_token(ctx, u.id).take();
  EXPECT_FALSE(bearer(*u.token));
  EXPECT_EQ(svc_->revoke_token(ctx, u.id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(svc_->create_token(ctx, "past", clock_.now() - 1s, false).error().code, "validation_failed");
}

TEST_P(AuthServiceTest, AnotherUsersTokenCannotBeRevoked) {
  make("frank", {"business"});
  make("grace", {"business"});
  auto frank = as_context(*session(login("frank")));
  auto grace = as_context(*session(login("grace")));
  auto t = svc_->create_token(frank, "mine", std::nullopt, false).take();
  EXPECT_EQ(svc_->revoke_token(grace, t.id).error().kind, ErrorKind::not_found);
  EXPECT_TRUE(bearer(*t.token));
}

TEST_P(AuthServiceTest, R5_2_2_PasswordChangeSignsOutTheOtherSessions) {
  make("heidi", {"security"});
  auto first = login("heidi");
  auto second = login("heidi");
  auto ctx = as_context(*session(second));
  EXPECT_EQ(svc_->change_password(ctx, "wrong-password", "another-long-pw").error().code, "validation_failed");
  EXPECT_EQ(svc_->change_password(ctx, "long-enough-pw", "short").error().code, "validation_failed");
  EXPECT_TRUE(session(first)) << "failed changes change nothing";
  svc_->change_password(ctx, "long-enough-pw", "another-long-pw").take();
  EXPECT_FALSE(session(first));
  EXPECT_TRUE(session(second));
  EXPECT_FALSE(svc_->login("heidi", "long-enough-pw", request_from("x")).ok());
  EXPECT_TRUE(svc_->login("heidi", "another-long-pw", request_from("x")).ok());
}

TEST_P(AuthServiceTest, R5_2_2_RepeatedFailuresLockTheAccountEvenForTheRightPassword) {
  make("ivan", {"finance"});
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(svc_->login("ivan", "wrong-password", request_from("192.0.2.1")).error().code,
              "auth.invalid_credentials");
  auto locked = svc_->login("ivan", "long-enough-pw", request_from("192.0.2.2"));
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().code, "auth.rate_limited");
  EXPECT_GT(svc_->login_retry_after("ivan", "192.0.2.2"), 0);
  // Unknown names lock alike, so a lockout does not tell that an account exists.
  for (int i = 0; i < 3; ++i) (void)svc_->login("ghost", "wrong-password", request_from("192.0.2.3"));
  EXPECT_EQ(svc_->login("ghost", "wrong-password", request_from("192.0.2.3")).error().code, "auth.rate_limited");
}

TEST_P(AuthServiceTest, R5_2_2_ASourceAddressLocksAfterManyFailuresOnManyAccounts) {
  make("judy", {"finance"});
  for (int i = 0; i < 10; ++i) (void)svc_->login("spray" + std::to_string(i), "wrong-password", request_from("198.51.100.7"));
  EXPECT_EQ(svc_->login("judy", "long-enough-pw", request_from("198.51.100.7")).error().code, "auth.rate_limited");
  EXPECT_TRUE(svc_->login("judy", "long-enough-pw", request_from("198.51.100.8")).ok());
}

TEST_P(AuthServiceTest, BusinessStaffCreateCustomerUsersOnly) {
  auto cid = make_customer("Zenith");
  make("biz", {"business"});
  auto biz = as_context(*session(login("biz")));
  EXPECT_TRUE(svc_->create_user(biz, {"zenith.ops", "", "", "long-enough-pw", {"customer_user"}, cid}).ok());
  EXPECT_EQ(svc_->create_user(biz, {"sneaky", "", "", "long-enough-pw", {"admin"}, std::nullopt}).error().kind,
            ErrorKind::forbidden);
  EXPECT_EQ(svc_->set_active(biz, 1, false).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(svc_->reset_password(biz, 1, "long-enough-pw").error().kind, ErrorKind::forbidden);
  // Staff and customer roles do not mix; customer roles need an existing customer.
  auto mixed = svc_->create_user(admin_ctx(), {"mixed", "", "", "long-enough-pw", {"admin", "customer_user"}, cid});
  EXPECT_EQ(mixed.error().code, "validation_failed");
  EXPECT_EQ(svc_->create_user(admin_ctx(), {"orphan", "", "", "long-enough-pw", {"customer_user"}, 999}).error().code,
            "validation_failed");
  EXPECT_EQ(svc_->create_user(admin_ctx(), {"biz", "", "", "long-enough-pw", {"finance"}, std::nullopt}).error().code,
            "users.username_taken");
  EXPECT_EQ(svc_->create_user(admin_ctx(), {"x y", "", "", "short", {"finance"}, std::nullopt}).error().fields.size(), 2u);
}

TEST_P(AuthServiceTest, TheLastAdministratorStays) {
  auto root = make("root", {"admin"});
  EXPECT_EQ(svc_->set_active(admin_ctx(), root.id, false).error().code, "users.last_admin");
  EXPECT_EQ(svc_->update_user(admin_ctx(), root.id, {.roles = std::vector<std::string>{"auditor"}}).error().code,
            "users.last_admin");
  make("root2", {"admin"});
  EXPECT_TRUE(svc_->set_active(admin_ctx(), root.id, false).ok());
}

TEST_P(AuthServiceTest, R6_1_3_IdentityWritesAreAuditedInOneChain) {
  auto u = make("kim", {"finance"});
  auto s = login("kim");
  auto ctx = as_context(*session(s));
  auto t = svc_->create_token(ctx, "t", std::nullopt, false).take();
  svc_->revoke_token(ctx, t.id).take();
  svc_->reset_password(admin_ctx(), u.id, "a-new-long-password").take();
  svc_->logout(ctx).take();
  auto report = audit::verify(db()).take();
  EXPECT_EQ(report.checked, 5) << "create, login, token create, token revoke, reset (logout of a revoked session "
                                  "records nothing)";
  EXPECT_FALSE(report.first_broken_id);
}

COLO_INSTANTIATE_ENGINE_TEST(AuthServiceTest);

}  // namespace
}  // namespace colo::auth
