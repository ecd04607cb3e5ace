// Notifications: in-app notifications for users, staff roles and customers, and the outbox of
// domain events for later delivery (e-mail, webhooks). Both are written inside the caller's
// write transaction, so a change and its announcement commit or roll back together.
// Thread safety: the free functions use only their transaction; a Service holds no mutable state.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/json/value.hpp>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::notify {

// Who sees an in-app notification: exactly one of a user, a staff role (every holder) or a
// customer (every user of that customer).
struct Audience {
  std::optional<std::int64_t> user_id;
  std::optional<std::string> role;
  std::optional<std::int64_t> customer_id;

  static Audience user(std::int64_t id) { return {id, std::nullopt, std::nullopt}; }
  static Audience staff_role(std::string name) { return {std::nullopt, std::move(name), std::nullopt}; }
  static Audience customer(std::int64_t id) { return {std::nullopt, std::nullopt, id}; }
};

// What a notification says is a catalogue key with parameters naming business numbers
// ({"number", "CT-2026-000001"}), rendered in each reader's language when read. The English and
// Chinese titles are also stored, rendered at write time, for search and for older readers.
// A body that is a person's own words (a review comment, a reason) stays in `body`, unkeyed.
struct Message {
  Audience to;
  std::string topic;  // "application.submitted"
  std::string title_en;
  std::string title_zh;
  std::string body;
  std::string link;       // a path of the web interface, "/applications/12"
  std::string title_key;  // "notice.contract.activated"; when set, title_en/zh are rendered from it
  std::string body_key;   // when set, the body is rendered from it (and `body` is ignored)
  MessageParams params;   // for both keys
};

// A keyed message: the titles and body come from the catalogue.
Message keyed(Audience to, std::string topic, std::string title_key, MessageParams params, std::string link,
              std::string body = {}, std::string body_key = {});

// Adds an in-app notification inside `tx` (a write transaction), and queues its e-mail to the
// users of its audience (notify/delivery.hpp) in the same transaction.
Status notify(db::Tx& tx, const Clock& clock, const Message& message);
// The same, answering the notification's id (to record which notice a customer was sent, and
// to show later whether it was e-mailed and when: notify::email_status in notify/delivery.hpp).
Result<std::int64_t> notify_returning_id(db::Tx& tx, const Clock& clock, const Message& message);

// Appends a domain event to the outbox inside `tx`, due for delivery at once.
Status publish(db::Tx& tx, const Clock& clock, std::string_view topic, const boost::json::value& payload);

// ---- For the dispatcher (notify/delivery.hpp): claim, deliver, mark. ----
struct OutboxEntry {
  std::int64_t id = 0;
  std::string topic;
  std::string payload;  // JSON
  std::string created_at;
  int attempts = 0;
  std::string next_attempt_at;
  std::optional<std::string> delivered_at;
  std::optional<std::string> last_error;
  std::optional<std::int64_t> notification_id;  // an in-app notification's e-mail
  std::optional<std::string> dead_at;           // given up until an administrator retries it
};
// Undelivered entries due at `now` that are not dead, the longest due first.
Result<std::vector<OutboxEntry>> due(db::Tx& tx, Instant now, int limit);
Status mark_delivered(db::Tx& tx, std::int64_t id, Instant now);
// Counts the attempt and sets the next one: one minute doubled per attempt, at most six hours.
Status mark_failed(db::Tx& tx, std::int64_t id, Instant now, std::string_view error);
Result<std::optional<OutboxEntry>> find_outbox(db::Tx& tx, std::int64_t id);
Instant next_attempt(Instant now, int attempts_so_far);

// ---- What a user reads. ----

// What a notification's e-mail came to: none (nobody with an address, or not e-mailed),
// pending, sent (to at least one recipient), failed (trying again), dead (given up).
inline const std::vector<std::string> kEmailStatuses = {"none", "pending", "sent", "failed", "dead"};
struct EmailStatus {
  std::string status = "none";         // kEmailStatuses
  std::optional<std::string> sent_at;  // the first accepted e-mail
};
// The e-mail status of each of the notifications (one query); a missing id reads "none".
Result<std::map<std::int64_t, EmailStatus>> email_statuses(db::Tx& tx, const std::vector<std::int64_t>& ids);

struct Notification {
  std::int64_t id = 0;
  std::string topic;
  std::string title_en, title_zh, body, link;
  std::string created_at;
  bool read = false;
  std::string title_key, body_key;  // empty for rows written before keys were stored
  MessageParams params;
  EmailStatus email;  // whether it was also e-mailed, and when

  // The title and body in `lang` ("zh-CN", "en-US"): from the catalogue when keyed, else as stored.
  std::string title_in(std::string_view lang) const;
  std::string body_in(std::string_view lang) const;
};

struct ListFilter {
  bool unread_only = false;
  std::optional<std::string> topic;
  std::optional<std::string> q;     // part of the title or body
  std::optional<std::string> sort;  // none: newest first
  std::int64_t limit = 50, offset = 0;
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The caller's notifications, newest first: addressed to the user, to any of a staff member's
  // roles, or to a customer user's customer.
  Result<std::pair<std::int64_t, std::vector<Notification>>> list(const Context& ctx, const ListFilter& f);
  Result<std::int64_t> unread_count(const Context& ctx);
  // Marks one of the caller's notifications read (idempotent); not_found for anyone else's.
  Result<Notification> mark_read(const Context& ctx, std::int64_t id);

 private:
  db::Database& db_;
  const Clock& clock_;
};

}  // namespace colo::notify

namespace colo::http {
class Router;
}

namespace colo::notify {
// GET /api/v1/notifications, GET /api/v1/notifications/unread-count,
// POST /api/v1/notifications/{id}/read.
void add_routes(http::Router& router, Service& service);
}  // namespace colo::notify
