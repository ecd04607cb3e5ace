// The identity service on both engines, with a manual clock for session and token expiry.
#include "auth/service.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

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
    ServiceOptions options;
    options.login_limits.account_address = {.max_failures = 3, .window = 60s, .lockout = 120s};
    options.login_limits.address = {.max_failures = 10, .window = 60s, .lockout = 120s};
    options.hash_slots = HashGate::kMaxSlots;
    svc_ = std::make_unique<Service>(db(), clock_, *customers_, options);
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
  auto [disabled, revoked] = svc_->set_active(admin_ctx(), u.id, false).take();
  EXPECT_FALSE(disabled.active);
  EXPECT_EQ(revoked.sessions, 1);
  EXPECT_EQ(revoked.tokens, 1);
  EXPECT_FALSE(session(s));
  EXPECT_FALSE(bearer(*token.token));
  svc_->set_active(admin_ctx(), u.id, true).take();
  EXPECT_FALSE(session(s)) << "disabling revoked the session for good";
  EXPECT_FALSE(bearer(*token.token)) << "and the token: re-enabling the account does not bring it back";
  EXPECT_TRUE(svc_->tokens(as_context(*session(login("carol")))).take().empty());
}

TEST_P(AuthServiceTest, R5_2_2_ANewPasswordRevokesEveryApiTokenAndTheAuditSaysHowMany) {
  auto u = make("lena", {"technical"});
  auto ctx = as_context(*session(login("lena")));
  auto t1 = svc_->create_token(ctx, "one", std::nullopt, false).take();
  auto t2 = svc_->create_token(ctx, "two", std::nullopt, true).take();
  auto changed = svc_->change_password(ctx, "long-enough-pw", "another-long-pw").take();
  EXPECT_EQ(changed.tokens, 2);
  EXPECT_FALSE(bearer(*t1.token));
  EXPECT_FALSE(bearer(*t2.token));
  auto ctx2 = as_context(*session(login("lena", "another-long-pw")));
  auto t3 = svc_->create_token(ctx2, "three", std::nullopt, false).take();
  auto other_session = login("lena", "another-long-pw");
  auto reset = svc_->reset_password(admin_ctx(), u.id, "a-new-long-password").take();
  EXPECT_EQ(reset.tokens, 1);
  EXPECT_EQ(reset.sessions, 3) << "the one kept by the change and two more";
  EXPECT_FALSE(bearer(*t3.token));
  EXPECT_FALSE(session(other_session));
  // The audit entries carry the counts.
  auto tx = db::Tx::begin(db(), db::Access::read).take();
  auto rows = tx.query(
                    "SELECT action, after_json FROM audit_log WHERE object_type = 'user' AND object_id = $1 "
                    "AND action IN ('change_password', 'reset_password') ORDER BY id",
                    {std::to_string(u.id)})
                  .take();
  ASSERT_EQ(rows.rows.size(), 2u);
  EXPECT_NE(rows.rows[0].text(1).find("\"tokens_revoked\":2"), std::string::npos) << rows.rows[0].text(1);
  EXPECT_NE(rows.rows[1].text(1).find("\"tokens_revoked\":1"), std::string::npos) << rows.rows[1].text(1);
  EXPECT_NE(rows.rows[1].text(1).find("\"sessions_revoked\":3"), std::string::npos) << rows.rows[1].text(1);
}

TEST_P(AuthServiceTest, R5_2_2_GuessingTheCurrentPasswordIsLimitedLikeSigningIn) {
  make("quinn", {"finance"});
  auto ctx = as_context(*session(login("quinn")));
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(svc_->change_password(ctx, "guess-" + std::to_string(i) + "-xyz", "another-long-pw").error().code,
              "validation_failed");
  EXPECT_EQ(svc_->change_password(ctx, "long-enough-pw", "another-long-pw").error().code, "auth.rate_limited");
  EXPECT_TRUE(svc_->login("quinn", "long-enough-pw", request_from("192.0.2.77")).ok()) << "nothing changed";
}

TEST_P(AuthServiceTest, NewPasswordsAreCheckedForStrengthAndTheUsersName) {
  auto u = make("mallory.k", {"technical"});
  auto ctx = as_context(*session(login("mallory.k")));
  auto weak = svc_->change_password(ctx, "long-enough-pw", "password123");
  ASSERT_FALSE(weak.ok());
  EXPECT_EQ(weak.error().code, "auth.password_weak");
  EXPECT_EQ(weak.error().kind, ErrorKind::unprocessable);
  EXPECT_EQ(weak.error().fields.at(0).field, "new_password");
  EXPECT_EQ(svc_->change_password(ctx, "long-enough-pw", "mallory.k-2024").error().code, "auth.password_weak");
  EXPECT_EQ(svc_->reset_password(admin_ctx(), u.id, "MALLORY.Kmallory.k").error().code, "auth.password_weak");
  EXPECT_EQ(svc_->change_password(ctx, "long-enough-pw", "密码密码").error().fields.at(0).code, "too_short");
  auto named = svc_->create_user(admin_ctx(), {"nadia", "Nadia Petrova", "", "nadia petrova 1", {"finance"}, {}});
  EXPECT_EQ(named.error().code, "auth.password_weak") << "the display name counts too";
  EXPECT_TRUE(svc_->login("mallory.k", "long-enough-pw", request_from("192.0.2.9")).ok()) << "nothing changed";
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

TEST_P(AuthServiceTest, R5_2_2_RepeatedFailuresLockTheAccountFromThatAddressEvenForTheRightPassword) {
  make("ivan", {"finance"});
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(svc_->login("ivan", "wrong-password", request_from("192.0.2.1")).error().code,
              "auth.invalid_credentials");
  auto locked = svc_->login("ivan", "long-enough-pw", request_from("192.0.2.1"));
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().code, "auth.rate_limited");
  EXPECT_GT(svc_->login_retry_after("ivan", "192.0.2.1"), 0);
  // A stranger's failures do not lock the owner out of her own address.
  EXPECT_TRUE(svc_->login("ivan", "long-enough-pw", request_from("192.0.2.2")).ok());
  EXPECT_EQ(svc_->login_retry_after("ivan", "192.0.2.2"), 0);
  // Unknown names lock alike, so a lockout does not tell that an account exists.
  for (int i = 0; i < 3; ++i) (void)svc_->login("ghost", "wrong-password", request_from("192.0.2.3"));
  EXPECT_EQ(svc_->login("ghost", "wrong-password", request_from("192.0.2.3")).error().code, "auth.rate_limited");
}

// 40 wrong passwords for one account from one address at once: the check and the count are one
// step, so exactly the limit is evaluated and every other try is refused without a check.
TEST_P(AuthServiceTest, R5_2_2_ParallelWrongPasswordsEvaluateExactlyTheLimit) {
  make("olga", {"finance"});
  constexpr int kTries = 40;
  std::atomic<int> wrong{0}, limited{0}, other{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kTries; ++i)
    threads.emplace_back([&] {
      auto r = svc_->login("olga", "wrong-password", request_from("203.0.113.66"));
      const auto code = r.ok() ? std::string("ok") : r.error().code;
      (code == "auth.invalid_credentials" ? wrong : code == "auth.rate_limited" ? limited : other)++;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 3) << "the limit of the test rules";
  EXPECT_EQ(limited.load(), kTries - 3);
  EXPECT_EQ(other.load(), 0);
  EXPECT_TRUE(svc_->login("olga", "long-enough-pw", request_from("192.0.2.44")).ok());
}

TEST_P(AuthServiceTest, WithEveryHashingSlotTakenSignInAnswersBusyAndCountsNothing) {
  make("pete", {"finance"});
  ServiceOptions one;
  one.hash_slots = 1;
  one.login_limits.account_address = {.max_failures = 1};
  Service narrow(db(), clock_, *customers_, one);
  std::atomic<int> busy{0}, answered{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&, i] {
      for (int n = 0; n < 500 && busy == 0; ++n) {
        auto r = narrow.login("pete", "long-enough-pw", request_from("192.0.2." + std::to_string(i)));
        ++answered;
        if (!r.ok() && r.error().is("auth.busy")) {
          EXPECT_EQ(r.error().kind, ErrorKind::unavailable);
          ++busy;
        }
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_GT(busy.load(), 0) << "four sign-ins at once through one slot: some were refused (" << answered << " tried)";
  // A refused sign-in was never checked, so it counts as no failure: one more failure from that
  // address would lock (limit 1), but the right password still gets in everywhere.
  for (int i = 0; i < 4; ++i)
    EXPECT_TRUE(narrow.login("pete", "long-enough-pw", request_from("192.0.2." + std::to_string(i))).ok());
}

TEST_P(AuthServiceTest, R5_2_2_ASourceAddressLocksAfterManyFailuresOnManyAccounts) {
  make("judy", {"finance"});
  for (int i = 0; i < 10; ++i)
    (void)svc_->login("spray" + std::to_string(i), "wrong-password", request_from("198.51.100.7"));
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
  EXPECT_EQ(svc_->create_user(admin_ctx(), {"x y", "", "", "short", {"finance"}, std::nullopt}).error().fields.size(),
            2u);
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
