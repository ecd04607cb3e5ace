#include "notify/notify.hpp"

#include "notify/lists.hpp"

#include <algorithm>

#include "audit/audit.hpp"
#include "auth/permissions.hpp"
#include "core/json.hpp"
#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "i18n/catalogue.hpp"

namespace colo::notify {

namespace {

constexpr std::string_view kInsertNotification =
    "INSERT INTO notifications (user_id, role, customer_id, topic, title_en, title_zh, body, link, created_at, "
    "title_key, body_key, params) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id";

constexpr std::string_view kInsertOutbox =
    "INSERT INTO notify_outbox (topic, payload, created_at, attempts, next_attempt_at) VALUES ($1, $2, $3, 0, $3)";

// The e-mail of a notification: its recipients are found when it is sent.
constexpr std::string_view kInsertNotificationOutbox =
    "INSERT INTO notify_outbox (topic, payload, created_at, attempts, next_attempt_at, notification_id) "
    "VALUES ($1, $2, $3, 0, $3, $4)";

constexpr std::string_view kOutboxColumns =
    "SELECT id, topic, payload, created_at, attempts, next_attempt_at, delivered_at, last_error, notification_id, "
    "dead_at "
    "FROM notify_outbox ";

constexpr std::string_view kDue =
    "WHERE delivered_at IS NULL AND dead_at IS NULL AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2";

constexpr std::string_view kMarkDelivered =
    "UPDATE notify_outbox SET delivered_at = $2, attempts = attempts + 1, last_error = NULL "
    "WHERE id = $1 AND delivered_at IS NULL";

constexpr std::string_view kMarkFailed =
    "UPDATE notify_outbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3 "
    "WHERE id = $1 AND delivered_at IS NULL";

constexpr std::string_view kNotificationColumns =
    "SELECT n.id, n.topic, n.title_en, n.title_zh, n.body, n.link, n.created_at, "
    "CASE WHEN r.notification_id IS NULL THEN 0 ELSE 1 END, n.title_key, n.body_key, n.params FROM notifications n "
    "LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = $1 ";

}  // namespace

// Declared in notify/lists.hpp: the routes document the list's parameters from it.
const db::ListSpec kNotificationList{.search = {"n.title_en", "n.title_zh", "n.body"},
                                     .sorts = {{"id", "n.id"}, {"created_at", "n.created_at"}, {"topic", "n.topic"}},
                                     .default_order = "n.id DESC",
                                     .tiebreak = "n.id"};

namespace {

constexpr std::string_view kInsertRead =
    "INSERT INTO notification_reads (notification_id, user_id, read_at) VALUES ($1, $2, $3) "
    "ON CONFLICT (notification_id, user_id) DO NOTHING";

// The mappers read their SELECT's columns in the order written there (db::Cursor) and end with
// finish(), so a column added to one and not the other fails every test that reads such a row.
OutboxEntry outbox_of(const db::Row& r) {
  db::Cursor c(r);
  OutboxEntry e;
  e.id = c.int64();
  e.topic = c.text();
  e.payload = c.text();
  e.created_at = c.text();
  e.attempts = c.int32();
  e.next_attempt_at = c.text();
  e.delivered_at = c.opt_text();
  e.last_error = c.opt_text();
  e.notification_id = c.opt_int64();
  e.dead_at = c.opt_text();
  c.finish();
  return e;
}

Notification notification_of(const db::Row& r) {
  db::Cursor c(r);
  Notification n;
  n.id = c.int64();
  n.topic = c.text();
  n.title_en = c.text();
  n.title_zh = c.text();
  n.body = c.text();
  n.link = c.text();
  n.created_at = c.text();
  n.read = c.boolean();
  n.title_key = c.opt_text().value_or("");
  n.body_key = c.opt_text().value_or("");
  n.params = i18n::params_from_json(c.opt_text().value_or("{}"));
  c.finish();
  return n;
}

// The audience of the caller, as a WHERE condition; params[0] is the user id. Staff see what is
// addressed to them or to any of their roles; a customer user what is addressed to them or to
// their customer. This is stricter than the tenant filter (a user sees only their own), so it is
// written here rather than taken from db::tenant_filter.
std::string audience_condition(const Context& ctx, db::Params& params) {
  std::string where = "(n.user_id = $1";
  if (auto customer = ctx.tenant()) {
    params.emplace_back(*customer);
    where += " OR n.customer_id = $" + std::to_string(params.size());
  } else {
    for (const auto& role : ctx.principal->roles) {
      if (auth::is_customer_role(role)) continue;
      params.emplace_back(role);
      where += " OR n.role = $" + std::to_string(params.size());
    }
  }
  return where + ")";
}

// Per notification: its e-mail entry's state and the first accepted e-mail (ids appended).
constexpr std::string_view kEmailStatusesOf =
    "SELECT o.notification_id, o.delivered_at, o.dead_at, o.attempts, "
    "(SELECT MIN(d.attempted_at) FROM notify_deliveries d WHERE d.notification_id = o.notification_id AND "
    "d.channel = 'email' AND d.status = 'delivered') FROM notify_outbox o WHERE o.notification_id IN (";

}  // namespace

Message keyed(Audience to, std::string topic, std::string title_key, MessageParams params, std::string link,
              std::string body, std::string body_key) {
  Message m{std::move(to), std::move(topic), "", "", std::move(body), std::move(link)};
  m.title_key = std::move(title_key);
  m.body_key = std::move(body_key);
  m.params = std::move(params);
  return m;
}

std::string Notification::title_in(std::string_view lang) const {
  const std::string& stored = i18n::normalise(lang) == "zh-CN" ? title_zh : title_en;
  return title_key.empty() ? stored : i18n::render_or(lang, title_key, params, stored);
}

std::string Notification::body_in(std::string_view lang) const {
  return body_key.empty() ? body : i18n::render_or(lang, body_key, params, body);
}

Status notify(db::Tx& tx, const Clock& clock, const Message& m) {
  COLO_CHECK(notify_returning_id(tx, clock, m));
  return {};
}

Result<std::int64_t> notify_returning_id(db::Tx& tx, const Clock& clock, const Message& m) {
  int set = (m.to.user_id ? 1 : 0) + (m.to.role ? 1 : 0) + (m.to.customer_id ? 1 : 0);
  // A role audience spans every holder; customer roles would cross tenants, so they are refused.
  if (set != 1 || (m.to.role && auth::is_customer_role(*m.to.role)))
    return Error::internal("notify: the audience must be one user, one staff role or one customer");
  std::string title_en = m.title_en, title_zh = m.title_zh, body = m.body;
  std::optional<std::string> title_key, body_key, params;
  if (!m.title_key.empty() || !m.body_key.empty()) {
    // A key the catalogue lacks, or a parameter left out, is a bug: caught here, in the tests
    // that write notifications, rather than shown to a reader as an empty title.
    auto render_both = [&](const std::string& key, std::string& en, std::string* zh) -> Status {
      auto e = i18n::render("en-US", key, m.params);
      auto z = i18n::render("zh-CN", key, m.params);
      if (!e || !z) return Error::internal("notify: no catalogue text for " + key + " with the parameters given");
      en = std::move(*e);
      if (zh) *zh = std::move(*z);
      return {};
    };
    if (!m.title_key.empty()) {
      COLO_CHECK(render_both(m.title_key, title_en, &title_zh));
      title_key = m.title_key;
    }
    if (!m.body_key.empty()) {
      COLO_CHECK(render_both(m.body_key, body, nullptr));
      body_key = m.body_key;
    }
    params = i18n::params_to_json(m.params);
  }
  const auto now = format_instant(clock.now());
  COLO_TRY(auto id, tx.insert(kInsertNotification, {m.to.user_id, m.to.role, m.to.customer_id, m.topic, title_en,
                                                    title_zh, body, m.link, now, title_key, body_key, params}));
  // In the same transaction, so that a notification is never left without its e-mail.
  COLO_CHECK(
      tx.exec(kInsertNotificationOutbox, {m.topic, to_json(boost::json::object{{"notification_id", id}}), now, id}));
  return id;
}

Status publish(db::Tx& tx, const Clock& clock, std::string_view topic, const boost::json::value& payload) {
  COLO_CHECK(tx.exec(kInsertOutbox, {topic, to_json(payload), format_instant(clock.now())}));
  return {};
}

Result<std::map<std::int64_t, EmailStatus>> email_statuses(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, EmailStatus> out;
  if (ids.empty()) return out;
  db::Params params;
  COLO_TRY(auto rows, tx.query(std::string(kEmailStatusesOf) + db::in_list(params, ids) + ")", params));
  for (const auto& r : rows.rows) {
    EmailStatus s;
    if (auto sent = r.opt_text(4)) {
      s.status = "sent";
      s.sent_at = sent;
    } else if (!r.is_null(1)) {
      s.status = "none";  // done with nobody to e-mail
    } else if (!r.is_null(2)) {
      s.status = "dead";
    } else {
      s.status = r.int64(3) > 0 ? "failed" : "pending";
    }
    out[r.int64(0)] = std::move(s);
  }
  return out;
}

namespace {

// The e-mail status of each notification of a page, in one query.
Status fill_email(db::Tx& tx, std::vector<Notification>& rows) {
  std::vector<std::int64_t> ids;
  for (const auto& n : rows) ids.push_back(n.id);
  COLO_TRY(auto statuses, email_statuses(tx, ids));
  for (auto& n : rows)
    if (auto it = statuses.find(n.id); it != statuses.end()) n.email = it->second;
  return {};
}

}  // namespace

Instant next_attempt(Instant now, int attempts_so_far) {
  using namespace std::chrono;
  const auto cap = duration_cast<milliseconds>(hours(6));
  auto delay = duration_cast<milliseconds>(minutes(1));
  for (int i = 0; i < attempts_so_far && delay < cap; ++i) delay *= 2;
  return now + std::min(delay, cap);
}

Result<std::vector<OutboxEntry>> due(db::Tx& tx, Instant now, int limit) {
  COLO_TRY(auto res, tx.query(std::string(kOutboxColumns) + std::string(kDue), {format_instant(now), limit}));
  std::vector<OutboxEntry> out;
  for (const auto& r : res.rows) out.push_back(outbox_of(r));
  return out;
}

Result<std::optional<OutboxEntry>> find_outbox(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kOutboxColumns) + "WHERE id = $1", {id}));
  if (!row) return std::optional<OutboxEntry>{};
  return std::optional<OutboxEntry>(outbox_of(*row));
}

Status mark_delivered(db::Tx& tx, std::int64_t id, Instant now) {
  COLO_CHECK(tx.exec(kMarkDelivered, {id, format_instant(now)}));
  return {};
}

Status mark_failed(db::Tx& tx, std::int64_t id, Instant now, std::string_view error) {
  COLO_TRY(auto entry, find_outbox(tx, id));
  if (!entry) return Error::not_found("Outbox entry");
  COLO_CHECK(tx.exec(kMarkFailed, {id, format_instant(next_attempt(now, entry->attempts)), error}));
  return {};
}

Result<std::pair<std::int64_t, std::vector<Notification>>> Service::list(const Context& ctx, const ListFilter& f) {
  db::ListSql sql(kNotificationList);
  sql.arg(ctx.principal->user_id);  // $1: the reader, in the join and the audience
  sql.raw(audience_condition(ctx, sql.params()));
  if (f.unread_only) sql.raw("r.notification_id IS NULL");
  if (f.topic) sql.add("n.topic = ?", *f.topic);
  sql.search(f.q);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto page, db::list_page<Notification>(
                          tx, sql,
                          "SELECT COUNT(*) FROM notifications n LEFT JOIN notification_reads r ON r.notification_id = "
                          "n.id AND r.user_id = $1",
                          kNotificationColumns, f.sort, f.limit, f.offset, notification_of));
  COLO_CHECK(fill_email(tx, page.second));
  return page;
}

Result<std::int64_t> Service::unread_count(const Context& ctx) {
  db::Params params{ctx.principal->user_id};
  std::string where = "WHERE " + audience_condition(ctx, params) + " AND r.notification_id IS NULL";
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto count, tx.one("SELECT COUNT(*) FROM notifications n LEFT JOIN notification_reads r ON "
                              "r.notification_id = n.id AND r.user_id = $1 " +
                                  where,
                              params));
  return count->int64(0);
}

Result<Notification> Service::mark_read(const Context& ctx, std::int64_t id) {
  db::Params params{ctx.principal->user_id};
  std::string where = "WHERE " + audience_condition(ctx, params);
  params.emplace_back(id);
  where += " AND n.id = $" + std::to_string(params.size());
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto row, tx.one(std::string(kNotificationColumns) + where, params));
  if (!row) return Error::not_found("Notification");
  std::vector<Notification> one{notification_of(*row)};
  COLO_CHECK(fill_email(tx, one));
  auto n = std::move(one.front());
  if (!n.read) {
    COLO_CHECK(tx.exec(kInsertRead, {id, ctx.principal->user_id, format_instant(clock_.now())}));
    COLO_CHECK(audit::record(
        tx, ctx, clock_,
        {"notification", std::to_string(id), "read", nullptr, boost::json::object{{"read", true}}, ctx.tenant()}));
    COLO_CHECK(tx.commit());
    n.read = true;
  }
  return n;
}

}  // namespace colo::notify
