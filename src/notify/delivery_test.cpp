// The dispatcher on both engines: a notification's e-mail is queued with it, waits while SMTP is
// not configured, backs off when the server cannot be reached, dies after the configured
// attempts and comes back on retry; webhooks get only the topics they subscribed to.
#include "notify/delivery.hpp"

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json.hpp>

#include <map>
#include <thread>

#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::notify {
namespace {

using namespace std::chrono_literals;

// A loopback port nothing listens on: connecting to it is refused at once.
int closed_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  ::close(fd);
  return ntohs(a.sin_port);
}

class FakeDirectory final : public Directory {
 public:
  std::map<std::string, std::vector<Recipient>> by_role;
  std::map<std::int64_t, std::string> emails;
  Result<std::vector<Recipient>> recipients(const Audience& a) override {
    if (a.role) return by_role[*a.role];
    if (a.user_id) return std::vector<Recipient>{{*a.user_id, emails[*a.user_id]}};
    return std::vector<Recipient>{};
  }
  Result<std::string> email_of(const Context& ctx) override { return emails[ctx.principal->user_id]; }
  Status set_own_email(const Context& ctx, const std::string& email) override {
    emails[ctx.principal->user_id] = email;
    return {};
  }
};

class DeliveryTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    const char* now = "2026-01-01T00:00:00.000Z";
    auto user = [&](const char* name) {
      return tx
          .insert(
              "INSERT INTO users (username, display_name, email, password_hash, created_at, updated_at, "
              "password_changed_at) VALUES ($1, $1, '', '', $2, $2, $2) RETURNING id",
              {name, now})
          .take();
    };
    business_ = user("business");
    admin_ = user("admin");
    ASSERT_TRUE(tx.commit().ok());
    directory_.emails[business_] = "business@colo.example.cn";
    directory_.by_role["business"] = {{business_, "business@colo.example.cn"}};
  }

  Context admin() {
    auto p = std::make_shared<Principal>();
    p->user_id = admin_;
    p->username = "admin";
    p->roles = {"admin"};
    p->permissions = {"deliveries.read", "deliveries.retry", "webhooks.read", "webhooks.write", "notifications.read"};
    return Context{p, "", "test"};
  }
  Context user(std::int64_t id) {
    auto p = std::make_shared<Principal>();
    p->user_id = id;
    p->username = "u" + std::to_string(id);
    p->roles = {"business"};
    p->permissions = {"notifications.read"};
    return Context{p, "", "test"};
  }

  DeliveryService service(DeliveryOptions o = {}) {
    return DeliveryService(db(), clock_, directory_, crypto::Sealer(key_), std::move(o));
  }

  std::int64_t notify_business() {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto id = notify_returning_id(tx, clock_,
                                  keyed(Audience::staff_role("business"), "application.submitted",
                                        "notice.application.awaits_business_review", {{"number", "APP-2026-000001"}},
                                        "/applications/1"))
                  .take();
    EXPECT_TRUE(tx.commit().ok());
    return id;
  }

  OutboxEntry entry_of(std::int64_t notification_id) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    auto id = tx.one("SELECT id FROM notify_outbox WHERE notification_id = $1", {notification_id}).take();
    return *find_outbox(tx, id->int64(0)).take();
  }

  std::vector<DeliveryRecord> records(DeliveryService& s, DeliveryFilter f = {}) {
    return s.deliveries(admin(), f).take().second;
  }

  EmailStatus status_of(std::int64_t notification_id) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return email_status(tx, notification_id).take();
  }

  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};
  crypto::Key key_ = crypto::random_key();
  FakeDirectory directory_;
  std::int64_t business_ = 0, admin_ = 0;
};

TEST_P(DeliveryTest, ANotificationQueuesItsEmailInTheSameTransaction) {
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(notify(tx, clock_, {Audience::user(business_), "t", "x", "x", "", "/"}).ok());
    // rolled back: neither the notification nor its e-mail
  }
  {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    EXPECT_EQ(tx.one("SELECT COUNT(*) FROM notify_outbox").take()->int64(0), 0);
  }
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(notify(tx, clock_, {Audience::user(business_), "t", "x", "x", "", "/"}).ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  auto read = db::Tx::begin(db(), db::Access::read).take();
  auto row = read.one(
                     "SELECT o.notification_id, n.id FROM notify_outbox o JOIN notifications n ON n.id = "
                     "o.notification_id")
                 .take();
  ASSERT_TRUE(row);
  EXPECT_EQ(row->int64(0), row->int64(1));
}

TEST_P(DeliveryTest, WithoutSmtpTheEmailWaitsAndIsRecordedOnce) {
  // An address typed without an @ is left out rather than failing the entry at every retry.
  directory_.by_role["business"].push_back({admin_, "admin at colo"});
  auto n = notify_business();
  auto svc = service();
  auto pass = svc.run_once().take();
  EXPECT_EQ(pass.claimed, 1);
  EXPECT_EQ(pass.waiting, 1);
  auto e = entry_of(n);
  EXPECT_FALSE(e.delivered_at);
  EXPECT_EQ(e.attempts, 0);  // waiting is not failing: it never dies of it
  clock_.advance(61s);
  EXPECT_EQ(svc.run_once().take().waiting, 1);
  auto rs = records(svc);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].status, "not_configured");
  EXPECT_EQ(rs[0].target, "business@colo.example.cn");
  EXPECT_EQ(rs[0].outbox_status, "pending");
  EXPECT_EQ(entry_of(n).attempts, 0);
  EXPECT_EQ(status_of(n).status, "pending");
}

TEST_P(DeliveryTest, AnUnreachableServerBacksOffThenTheEntryDiesAndARetryRevivesIt) {
  auto n = notify_business();
  DeliveryOptions o;
  o.smtp.host = "127.0.0.1";
  o.smtp.port = closed_port();
  o.smtp.security = SmtpSecurity::none;
  o.smtp.from_address = "noc@colo.example.cn";
  o.smtp.timeout_ms = 5000;
  o.max_attempts = 2;
  auto svc = service(o);
  EXPECT_EQ(svc.run_once().take().failed, 1);
  EXPECT_EQ(status_of(n).status, "failed");
  EXPECT_EQ(svc.run_once().take().claimed, 0);  // backing off: not due again for a minute
  clock_.advance(61s);
  EXPECT_EQ(svc.run_once().take().dead, 1);
  auto dead = entry_of(n);
  EXPECT_TRUE(dead.dead_at);
  EXPECT_EQ(dead.attempts, 2);
  EXPECT_EQ(status_of(n).status, "dead");
  clock_.advance(24h);
  EXPECT_EQ(svc.run_once().take().claimed, 0);  // dead: never tried again by itself
  auto rs = records(svc, {.status = "failed"});
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].outbox_status, "dead");  // still listed

  EXPECT_TRUE(svc.retry(user(business_), dead.id).error().kind == ErrorKind::forbidden);
  auto revived = svc.retry(admin(), dead.id).take();
  EXPECT_EQ(revived.status, "pending");
  EXPECT_EQ(revived.attempts, 0);
  EXPECT_EQ(svc.run_once().take().claimed, 1);
}

TEST_P(DeliveryTest, ADeliveredEntryIsNotRetried) {
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(publish(tx, clock_, "contract.activated", boost::json::object{{"number", "CT-1"}}).ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  auto svc = service();
  EXPECT_EQ(svc.run_once().take().delivered, 1);  // no subscriber: nothing to send
  auto r = svc.retry(admin(), 1);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.error().is("notify.delivery.already_delivered"));
  EXPECT_EQ(svc.retry(admin(), 999).error().kind, ErrorKind::not_found);
}

TEST_P(DeliveryTest, EmailSwitchedOffOrNoAddressSendsNothing) {
  auto svc = service();
  auto prefs = svc.set_preferences(user(business_), {.email_enabled = false, .language = "en-US"}).take();
  EXPECT_FALSE(prefs.email_enabled);
  EXPECT_EQ(prefs.language, "en-US");
  EXPECT_EQ(svc.preferences(user(business_)).take().email, "business@colo.example.cn");
  auto n = notify_business();
  EXPECT_EQ(svc.run_once().take().delivered, 1);
  EXPECT_TRUE(records(svc).empty());
  EXPECT_EQ(status_of(n).status, "none");

  auto bad = svc.set_preferences(user(business_), {.email = "not an address", .language = "fr-FR"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.size(), 2u);
  EXPECT_EQ(directory_.emails[business_], "business@colo.example.cn");  // nothing changed
}

TEST_P(DeliveryTest, WebhooksGetTheirTopicsOnlyAndFromTheirCreationOn) {
  auto svc = service();
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(publish(tx, clock_, "application.submitted", boost::json::object{{"n", 0}}).ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  clock_.advance(1s);
  const auto url = "http://127.0.0.1:" + std::to_string(closed_port()) + "/hook";
  auto hook =
      svc.create_webhook(admin(), {.name = "ERP", .url = url, .topics = std::vector<std::string>{"application.*"}})
          .take();
  ASSERT_TRUE(hook.secret);
  EXPECT_EQ(hook.secret->rfind("whsec_", 0), 0u);
  EXPECT_FALSE(svc.webhook(admin(), hook.id).take().secret);  // shown once
  {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    auto stored = tx.one("SELECT secret_enc FROM notify_webhooks WHERE id = $1", {hook.id}).take()->text(0);
    EXPECT_EQ(stored.find(*hook.secret), std::string::npos);  // sealed
  }
  clock_.advance(1s);
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(publish(tx, clock_, "application.approved", boost::json::object{{"n", 1}}).ok());
    ASSERT_TRUE(publish(tx, clock_, "contract.activated", boost::json::object{{"n", 2}}).ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  auto pass = svc.run_once().take();
  EXPECT_EQ(pass.claimed, 3);
  EXPECT_EQ(pass.delivered, 2);  // the older event and the contract's: nobody to send them to
  EXPECT_EQ(pass.failed, 1);
  auto rs = records(svc, {.channel = "webhook"});
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].topic, "application.approved");
  EXPECT_EQ(rs[0].target, url);
  EXPECT_EQ(rs[0].status, "failed");

  // Switched off: the retried entry has nobody left to go to.
  svc.update_webhook(admin(), hook.id, {.active = false}).take();
  clock_.advance(61s);
  EXPECT_EQ(svc.run_once().take().delivered, 1);
  ASSERT_TRUE(svc.remove_webhook(admin(), hook.id).ok());
  EXPECT_EQ(svc.webhooks(admin(), {}).take().first, 0);
  EXPECT_EQ(svc.webhook(admin(), hook.id).error().kind, ErrorKind::not_found);
}

TEST_P(DeliveryTest, BadSubscriptionsAreRefusedWithEveryReason) {
  auto svc = service();
  auto r = svc.create_webhook(admin(), {.name = "x",
                                        .url = "http://hooks.example.cn/colo",
                                        .topics = std::vector<std::string>{"invoice.*", "Bad Topic"}});
  ASSERT_FALSE(r.ok());
  std::vector<std::string> codes;
  for (const auto& f : r.error().fields) codes.push_back(f.field + ":" + f.code);
  EXPECT_EQ(codes,
            (std::vector<std::string>{"url:notify.webhook.url_not_allowed", "topics/1:notify.webhook.topic_invalid"}));
  EXPECT_FALSE(
      svc.create_webhook(admin(), {.name = "x", .url = "https://h.example.cn/", .topics = std::vector<std::string>{}})
          .ok());
  EXPECT_EQ(svc.create_webhook(user(business_),
                               {.name = "x", .url = "https://h.example.cn/", .topics = std::vector<std::string>{"*"}})
                .error()
                .kind,
            ErrorKind::forbidden);
  EXPECT_EQ(svc.webhooks(admin(), {}).take().first, 0);
}

TEST_P(DeliveryTest, TwoDispatchersAtOnceNeverSendOneEntryTwice) {
  auto setup = service();
  const auto url = "http://127.0.0.1:" + std::to_string(closed_port()) + "/hook";
  setup.create_webhook(admin(), {.name = "all", .url = url, .topics = std::vector<std::string>{"*"}}).take();
  clock_.advance(1s);
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    for (int i = 0; i < 30; ++i)
      ASSERT_TRUE(publish(tx, clock_, "contract.activated", boost::json::object{{"n", i}}).ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  DeliveryOptions o;
  o.batch = 100;
  auto a = service(o), b = service(o);
  Result<PassReport> ra = PassReport{}, rb = PassReport{};
  std::thread ta([&] { ra = a.run_once(); });
  std::thread tb([&] { rb = b.run_once(); });
  ta.join();
  tb.join();
  ASSERT_TRUE(ra.ok() && rb.ok());
  EXPECT_EQ(ra->claimed + rb->claimed, 30);
  EXPECT_EQ(ra->failed + rb->failed, 30);
  auto tx = db::Tx::begin(db(), db::Access::read).take();
  auto counts = tx.query("SELECT outbox_id, COUNT(*) FROM notify_deliveries GROUP BY outbox_id").take();
  EXPECT_EQ(counts.rows.size(), 30u);
  for (const auto& r : counts.rows) EXPECT_EQ(r.int64(1), 1) << "entry " << r.int64(0) << " was sent twice";
}

TEST(Backoff, OneMinuteDoubledPerAttemptAtMostSixHours) {
  const Instant t0{std::chrono::seconds{1'790'000'000}};
  struct Case {
    int attempts;
    std::chrono::minutes delay;
  } cases[] = {{0, 1min}, {1, 2min}, {2, 4min}, {5, 32min}, {8, 256min}, {9, 360min}, {30, 360min}};
  for (const auto& c : cases) EXPECT_EQ(next_attempt(t0, c.attempts), t0 + c.delay) << c.attempts;
}

COLO_INSTANTIATE_ENGINE_TEST(DeliveryTest);

}  // namespace
}  // namespace colo::notify
