// Delivery of the outbox: every in-app notification is also e-mailed to the users its audience
// reaches (in each user's language, unless they switched e-mail off), and every domain event is
// POSTed to the webhook subscriptions whose topics match. Each attempt is recorded.
//
// The dispatcher claims due entries in a short write transaction (their next attempt moves a
// lease ahead, so another server skips them), sends with no transaction open, then records the
// attempts and marks each entry delivered, failed (back-off) or, after max_attempts, dead. A
// target delivered once is not sent again when the entry is retried for the others. With no SMTP
// server configured, e-mail entries wait and nothing is lost.
// Thread safety: a DeliveryService holds no mutable state; run_once may run on several servers
// (and threads) at once.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/crypto.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "notify/notify.hpp"
#include "notify/smtp.hpp"
#include "notify/webhook.hpp"

namespace colo::notify {

// Port to the users' directory (the identity module): who an audience reaches and their
// addresses. Built by the composition root.
struct Recipient {
  std::int64_t user_id = 0;
  std::string email;  // may be empty: such a user gets no e-mail
};
class Directory {
 public:
  virtual ~Directory() = default;
  // The active users an audience reaches: the user; every holder of a staff role; every user of
  // a customer.
  virtual Result<std::vector<Recipient>> recipients(const Audience& audience) = 0;
  // The caller's own e-mail address.
  virtual Result<std::string> email_of(const Context& ctx) = 0;
  // Sets the caller's own e-mail address (audited by the identity module).
  virtual Status set_own_email(const Context& ctx, const std::string& email) = 0;
};

struct DeliveryOptions {
  SmtpOptions smtp;
  std::string public_url;           // "https://colo.example.com": e-mails link to the console there
  int max_attempts = 10;            // then the entry is dead until retried
  std::chrono::seconds lease{120};  // how long a claimed entry is left to its claimer
  int batch = 50;                   // most entries delivered per pass
  bool webhook_allow_http = false;  // http to any host (tests); loopback is always allowed
  int webhook_timeout_ms = 10000;
};

inline const std::vector<std::string> kChannels = {"email", "webhook"};
inline const std::vector<std::string> kDeliveryStatuses = {"delivered", "failed", "not_configured"};
inline const std::vector<std::string> kOutboxStatuses = {"pending", "delivered", "dead"};
inline const std::vector<std::string> kLanguages = {"zh-CN", "en-US"};

// One attempt, with the state of its outbox entry.
struct DeliveryRecord {
  std::int64_t id = 0;
  std::int64_t outbox_id = 0;
  std::optional<std::int64_t> notification_id;
  std::string channel, target, status;
  std::optional<std::int64_t> response_code;
  std::optional<std::string> reply, error;
  std::string attempted_at;
  std::string topic;
  std::string outbox_status;
  int attempts = 0;
  std::string next_attempt_at;
};

struct DeliveryFilter {
  std::optional<std::string> channel, status, topic, q, sort;
  std::optional<std::int64_t> notification_id, outbox_id;
  std::int64_t limit = 50, offset = 0;
};

// An outbox entry's state, as the retry answers it.
struct OutboxState {
  std::int64_t id = 0;
  std::string topic;
  std::optional<std::int64_t> notification_id;
  int attempts = 0;
  std::string status;  // kOutboxStatuses
  std::string next_attempt_at;
  std::optional<std::string> delivered_at, dead_at, last_error;
};

struct Webhook {
  std::int64_t id = 0;
  std::string name, url;
  std::vector<std::string> topics;
  bool active = true;
  std::string created_at, updated_at;
  std::optional<std::string> secret;  // only in the answer that created it
};

struct WebhookFilter {
  std::optional<std::string> q, sort;  // q: part of the name, URL or topics
  std::int64_t limit = 50, offset = 0;
};

struct WebhookChange {
  std::optional<std::string> name, url;
  std::optional<std::vector<std::string>> topics;
  std::optional<bool> active;
};

struct Preferences {
  std::string email;
  bool email_enabled = true;
  std::string language = "zh-CN";
};

struct PreferencesChange {
  std::optional<std::string> email;
  std::optional<bool> email_enabled;
  std::optional<std::string> language;
};

// One pass of the dispatcher: what happened to the entries it claimed.
struct PassReport {
  int claimed = 0, delivered = 0, failed = 0, waiting = 0, dead = 0;
};

// Whether notification `id` was e-mailed, and when; for modules that must show a notice's
// delivery (a price change's notice). Reads inside the caller's transaction.
Result<EmailStatus> email_status(db::Tx& tx, std::int64_t notification_id);

class DeliveryService {
 public:
  DeliveryService(db::Database& db, const Clock& clock, Directory& directory, crypto::Sealer sealer,
                  DeliveryOptions options);

  // Claims due entries, delivers them and records the outcome.
  Result<PassReport> run_once();

  Result<db::Counted<DeliveryRecord>> deliveries(const Context& ctx, const DeliveryFilter& f);
  // Makes an undelivered entry (failing or dead) due now with its attempts counted from zero;
  // conflict notify.delivery.already_delivered when it was delivered.
  Result<OutboxState> retry(const Context& ctx, std::int64_t outbox_id);
  Result<EmailStatus> email_status_of(const Context& ctx, std::int64_t notification_id);

  Result<db::Counted<Webhook>> webhooks(const Context& ctx, const WebhookFilter& f);
  Result<Webhook> webhook(const Context& ctx, std::int64_t id);
  // A new subscription with a new secret, answered once in `secret`.
  Result<Webhook> create_webhook(const Context& ctx, const WebhookChange& in);
  Result<Webhook> update_webhook(const Context& ctx, std::int64_t id, const WebhookChange& change);
  // Removed subscriptions stay in the database (and their deliveries) but get nothing more.
  Status remove_webhook(const Context& ctx, std::int64_t id);

  Result<Preferences> preferences(const Context& ctx);
  Result<Preferences> set_preferences(const Context& ctx, const PreferencesChange& change);

  const DeliveryOptions& options() const { return options_; }

 private:
  struct Attempt;
  struct Claimed;
  Result<std::optional<Claimed>> claim(Instant now);
  Result<std::vector<Attempt>> deliver_email(const Claimed& entry, bool& not_configured);
  Result<std::vector<Attempt>> deliver_webhooks(const Claimed& entry, Instant now);
  Status record(const Claimed& entry, const std::vector<Attempt>& attempts, bool not_configured, PassReport& report);
  Status check_webhook(const WebhookChange& in, bool creating);

  db::Database& db_;
  const Clock& clock_;
  Directory& directory_;
  crypto::Sealer sealer_;
  DeliveryOptions options_;
  SmtpSender smtp_;
  WebhookSender webhooks_;
};

}  // namespace colo::notify

namespace colo::http {
class Router;
}

namespace colo::notify {
// GET /api/v1/deliveries, POST /api/v1/deliveries/{id}/retry, /api/v1/webhooks (CRUD),
// GET and PUT /api/v1/me/notification-settings.
void add_delivery_routes(http::Router& router, DeliveryService& service);
}  // namespace colo::notify
