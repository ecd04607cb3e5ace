#include "notify/delivery.hpp"

#include <spdlog/spdlog.h>
#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "audit/audit.hpp"
#include "core/json.hpp"
#include "db/cursor.hpp"
#include "db/list.hpp"
#include "i18n/catalogue.hpp"
#include "notify/lists.hpp"

namespace colo::notify {

namespace json = boost::json;

namespace {

// ---- the store: SQL of the delivery tables ----

constexpr std::string_view kClaim =
    "UPDATE notify_outbox SET next_attempt_at = $2 WHERE id = $1 AND next_attempt_at <= $3";

constexpr std::string_view kNotificationOfEntry =
    "SELECT user_id, role, customer_id, topic, title_en, title_zh, body, link, created_at, title_key, body_key, params "
    "FROM notifications WHERE id = $1";

constexpr std::string_view kDeliveredTargets =
    "SELECT target_key FROM notify_deliveries WHERE outbox_id = $1 AND status = 'delivered'";

constexpr std::string_view kPreferencesOf =
    "SELECT user_id, email_enabled, language FROM notify_preferences WHERE user_id IN (";

constexpr std::string_view kActiveWebhooks =
    "SELECT id, url, secret_enc, topics FROM notify_webhooks WHERE removed_at IS NULL AND active = 1 AND created_at <= "
    "$1 "
    "ORDER BY id";

constexpr std::string_view kInsertAttempt =
    "INSERT INTO notify_deliveries (outbox_id, notification_id, channel, target, target_key, status, response_code, "
    "reply, error, attempted_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";

constexpr std::string_view kMarkDead =
    "UPDATE notify_outbox SET attempts = attempts + 1, dead_at = $2, last_error = $3 WHERE id = $1 AND delivered_at IS "
    "NULL";

// Waiting for configuration is not an attempt: the entry is looked at again later, its count of
// attempts unchanged.
constexpr std::string_view kPostpone =
    "UPDATE notify_outbox SET next_attempt_at = $2, last_error = $3 WHERE id = $1 AND delivered_at IS NULL";

constexpr std::string_view kRetry =
    "UPDATE notify_outbox SET attempts = 0, dead_at = NULL, next_attempt_at = $2 WHERE id = $1 AND delivered_at IS "
    "NULL";

constexpr std::string_view kDeliveryColumns =
    "SELECT d.id, d.outbox_id, d.notification_id, d.channel, d.target, d.status, d.response_code, d.reply, d.error, "
    "d.attempted_at, o.topic, o.delivered_at, o.dead_at, o.attempts, o.next_attempt_at "
    "FROM notify_deliveries d JOIN notify_outbox o ON o.id = d.outbox_id";
constexpr std::string_view kDeliveryCount =
    "SELECT COUNT(*) FROM notify_deliveries d JOIN notify_outbox o ON o.id = d.outbox_id";

constexpr std::string_view kWebhookColumns =
    "SELECT id, name, url, topics, active, created_at, updated_at FROM notify_webhooks";
constexpr std::string_view kWebhookCount = "SELECT COUNT(*) FROM notify_webhooks";
constexpr std::string_view kInsertWebhook =
    "INSERT INTO notify_webhooks (name, url, secret_enc, topics, active, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id";
constexpr std::string_view kUpdateWebhook =
    "UPDATE notify_webhooks SET name = $2, url = $3, topics = $4, active = $5, updated_at = $6 WHERE id = $1";
constexpr std::string_view kRemoveWebhook =
    "UPDATE notify_webhooks SET removed_at = $2, active = 0, updated_at = $2 WHERE id = $1 AND removed_at IS NULL";

constexpr std::string_view kOwnPreferences =
    "SELECT user_id, email_enabled, language FROM notify_preferences WHERE user_id = $1";
constexpr std::string_view kUpsertPreferences =
    "INSERT INTO notify_preferences (user_id, email_enabled, language, updated_at) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (user_id) DO UPDATE SET email_enabled = $2, language = $3, updated_at = $4";

}  // namespace

// Declared in notify/lists.hpp: the routes document the list's parameters from it.
const db::ListSpec kDeliveryList{.search = {"d.target", "o.topic", "d.error", "d.reply"},
                                 .sorts = {{"id", "d.id"},
                                           {"attempted_at", "d.attempted_at"},
                                           {"status", "d.status"},
                                           {"channel", "d.channel"},
                                           {"topic", "o.topic"}},
                                 .default_order = "d.id DESC",
                                 .tiebreak = "d.id"};

const db::ListSpec kWebhookList{.search = {"name", "url", "topics"},
                                .sorts = {{"id", "id"}, {"name", "name"}, {"created_at", "created_at"}},
                                .default_order = "id",
                                .tiebreak = "id"};

namespace {

std::string outbox_status(const std::optional<std::string>& delivered_at, const std::optional<std::string>& dead_at) {
  if (delivered_at) return "delivered";
  if (dead_at) return "dead";
  return "pending";
}

DeliveryRecord delivery_of(const db::Row& r) {
  db::Cursor c(r);
  DeliveryRecord d;
  d.id = c.int64();
  d.outbox_id = c.int64();
  d.notification_id = c.opt_int64();
  d.channel = c.text();
  d.target = c.text();
  d.status = c.text();
  d.response_code = c.opt_int64();
  d.reply = c.opt_text();
  d.error = c.opt_text();
  d.attempted_at = c.text();
  d.topic = c.text();
  auto delivered_at = c.opt_text();
  auto dead_at = c.opt_text();
  d.outbox_status = outbox_status(delivered_at, dead_at);
  d.attempts = c.int32();
  d.next_attempt_at = c.text();
  c.finish();
  return d;
}

std::vector<std::string> topics_of(const std::string& text) {
  std::vector<std::string> out;
  auto v = json::parse(text);
  for (const auto& t : v.as_array()) out.emplace_back(t.as_string());
  return out;
}

std::string topics_json(const std::vector<std::string>& topics) {
  json::array a;
  for (const auto& t : topics) a.emplace_back(t);
  return to_json(a);
}

Webhook webhook_of(const db::Row& r) {
  db::Cursor c(r);
  Webhook w;
  w.id = c.int64();
  w.name = c.text();
  w.url = c.text();
  w.topics = topics_of(c.text());
  w.active = c.boolean();
  w.created_at = c.text();
  w.updated_at = c.text();
  c.finish();
  return w;
}

json::object webhook_audit(const Webhook& w) {
  json::array topics;
  for (const auto& t : w.topics) topics.emplace_back(t);
  // Never the secret: the audit log is read by more people than the subscription's owner.
  return json::object{{"name", w.name}, {"url", w.url}, {"topics", topics}, {"active", w.active}};
}

OutboxState state_of(const OutboxEntry& e) {
  return OutboxState{e.id,
                     e.topic,
                     e.notification_id,
                     e.attempts,
                     outbox_status(e.delivered_at, e.dead_at),
                     e.next_attempt_at,
                     e.delivered_at,
                     e.dead_at,
                     e.last_error};
}

std::string trim_slash(std::string s) {
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

// Error text kept short: a receiver's long answer or curl's message must not fill the table.
std::string clip(std::string s, std::size_t max = 500) {
  if (s.size() <= max) return s;
  s.resize(max);
  // Not in the middle of a UTF-8 sequence.
  while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xc0) == 0x80) s.pop_back();
  if (!s.empty() && static_cast<unsigned char>(s.back()) >= 0xc0) s.pop_back();
  return s;
}

constexpr std::string_view kNotConfigured = "smtp.not_configured";

}  // namespace

// What one target got.
struct DeliveryService::Attempt {
  std::string channel, target, target_key, status;
  std::optional<std::int64_t> code;
  std::optional<std::string> reply, error;
};

struct DeliveryService::Claimed {
  OutboxEntry entry;
};

DeliveryService::DeliveryService(db::Database& db, const Clock& clock, Directory& directory, crypto::Sealer sealer,
                                 DeliveryOptions options)
    : db_(db),
      clock_(clock),
      directory_(directory),
      sealer_(sealer),
      options_(std::move(options)),
      smtp_(options_.smtp),
      webhooks_(options_.webhook_timeout_ms) {}

Result<std::optional<DeliveryService::Claimed>> DeliveryService::claim(Instant now) {
  // The writers' lock is held from BEGIN, so two servers cannot claim one entry: the second
  // finds its next attempt moved past now. One entry at a time, so that the lease covers only
  // that entry's sending, not the entries before it in the pass.
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto due_entries, due(tx, now, 1));
  if (due_entries.empty()) return std::optional<Claimed>{};
  auto& e = due_entries.front();
  COLO_TRY(auto n, tx.exec(kClaim, {e.id, format_instant(now + options_.lease), format_instant(now)}));
  COLO_CHECK(tx.commit());
  if (n != 1) return std::optional<Claimed>{};
  return std::optional<Claimed>(Claimed{std::move(e)});
}

Result<PassReport> DeliveryService::run_once() {
  PassReport report;
  for (int i = 0; i < options_.batch; ++i) {
    const auto now = clock_.now();
    COLO_TRY(auto claimed, claim(now));
    if (!claimed) break;
    ++report.claimed;
    const auto& c = *claimed;
    bool not_configured = false;
    auto attempts = c.entry.notification_id ? deliver_email(c, not_configured) : deliver_webhooks(c, now);
    if (!attempts.ok()) {
      // A database failure while preparing: the lease runs out and the entry is tried again.
      spdlog::error("delivery of outbox entry {}: {}", c.entry.id, attempts.error().message);
      continue;
    }
    COLO_CHECK(record(c, *attempts, not_configured, report));
  }
  return report;
}

Result<std::vector<DeliveryService::Attempt>> DeliveryService::deliver_email(const Claimed& c, bool& not_configured) {
  Notification n;
  Audience audience;
  std::set<std::string> done;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto row, tx.one(kNotificationOfEntry, {*c.entry.notification_id}));
    if (!row) return std::vector<Attempt>{};  // nothing to say
    db::Cursor cur(*row);
    audience.user_id = cur.opt_int64();
    audience.role = cur.opt_text();
    audience.customer_id = cur.opt_int64();
    n.id = *c.entry.notification_id;
    n.topic = cur.text();
    n.title_en = cur.text();
    n.title_zh = cur.text();
    n.body = cur.text();
    n.link = cur.text();
    n.created_at = cur.text();
    n.title_key = cur.opt_text().value_or("");
    n.body_key = cur.opt_text().value_or("");
    n.params = i18n::params_from_json(cur.opt_text().value_or("{}"));
    cur.finish();
    COLO_TRY(auto delivered, tx.query(kDeliveredTargets, {c.entry.id}));
    for (const auto& r : delivered.rows) done.insert(r.text(0));
  }
  COLO_TRY(auto people, directory_.recipients(audience));
  std::vector<Recipient> to;
  // An address no server would take (one typed by hand without an @) would fail at every retry
  // and hold back the whole entry; such a user is left out like one without an address.
  for (auto& p : people)
    if (is_mail_address(p.email) && !done.count("user:" + std::to_string(p.user_id))) to.push_back(std::move(p));
  if (to.empty()) return std::vector<Attempt>{};
  std::map<std::int64_t, std::pair<bool, std::string>> prefs;  // user -> (e-mail on, language)
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    db::Params params;
    std::vector<std::int64_t> ids;
    for (const auto& r : to) ids.push_back(r.user_id);
    auto sql = std::string(kPreferencesOf) + db::in_list(params, ids) + ")";
    COLO_TRY(auto rows, tx.query(sql, params));
    for (const auto& r : rows.rows) prefs[r.int64(0)] = {r.boolean(1), r.text(2)};
  }
  std::vector<Attempt> out;
  for (const auto& r : to) {
    auto pref = prefs.find(r.user_id);
    if (pref != prefs.end() && !pref->second.first) continue;  // switched off by the user
    const std::string lang = pref != prefs.end() ? pref->second.second : "zh-CN";
    Attempt a{"email", r.email, "user:" + std::to_string(r.user_id), "failed"};
    if (!smtp_.options().configured()) {
      not_configured = true;
      a.status = "not_configured";
      a.error = std::string(kNotConfigured);
      out.push_back(std::move(a));
      continue;
    }
    MailMessage m;
    m.from_address = options_.smtp.from_address;
    m.from_name = options_.smtp.from_name;
    m.to_address = r.email;
    m.subject = n.title_in(lang);
    m.date = clock_.now();
    m.message_id = "<colo." + std::to_string(c.entry.id) + "." + std::to_string(r.user_id) + "." +
                   crypto::random_token(9) + "@" +
                   options_.smtp.from_address.substr(options_.smtp.from_address.rfind('@') + 1) + ">";
    std::string body = n.body_in(lang);
    std::string text = body.empty() ? m.subject : body;
    std::string html = "<p>" + html_escape(text) + "</p>\n";
    const std::string base = trim_slash(options_.public_url);
    if (!base.empty()) {
      const std::string url = base + (n.link.empty() ? "/" : n.link);
      text += "\n\n" + i18n::render_or(lang, "delivery.email.open", {{"url", url}}, url);
      html += "<p><a href=\"" + html_escape(url) + "\">" +
              html_escape(i18n::render_or(lang, "delivery.email.open_link", {}, url)) + "</a></p>\n";
    }
    const auto footer = i18n::render_or(lang, "delivery.email.footer", {}, "");
    text += "\n\n-- \n" + footer + "\n";
    html += "<hr><p style=\"color:#888\">" + html_escape(footer) + "</p>\n";
    m.text = text;
    m.html = html;
    auto built = build_mail(m);
    if (!built.ok()) {
      a.error = clip(built.error().message);
      out.push_back(std::move(a));
      continue;
    }
    auto sent = smtp_.send(r.email, *built);
    if (sent.code) a.code = sent.code;
    if (sent.delivered) {
      a.status = "delivered";
      a.reply = clip(sent.reply);
    } else {
      a.error = clip(sent.reply);
    }
    out.push_back(std::move(a));
  }
  return out;
}

Result<std::vector<DeliveryService::Attempt>> DeliveryService::deliver_webhooks(const Claimed& c, Instant now) {
  struct Target {
    std::int64_t id;
    std::string url, secret_enc;
  };
  std::vector<Target> targets;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    std::set<std::string> done;
    COLO_TRY(auto delivered, tx.query(kDeliveredTargets, {c.entry.id}));
    for (const auto& r : delivered.rows) done.insert(r.text(0));
    // Subscriptions made after the event do not receive it: a new subscriber gets what happens
    // from then on, not the backlog.
    COLO_TRY(auto hooks, tx.query(kActiveWebhooks, {c.entry.created_at}));
    for (const auto& r : hooks.rows) {
      auto id = r.int64(0);
      if (done.count("webhook:" + std::to_string(id))) continue;
      bool wanted = false;
      for (const auto& pattern : topics_of(r.text(3))) wanted = wanted || topic_matches(pattern, c.entry.topic);
      if (wanted) targets.push_back({id, r.text(1), r.text(2)});
    }
  }
  std::vector<Attempt> out;
  if (targets.empty()) return out;
  // The body is the same for every subscriber; the payload is already JSON.
  std::string body = "{\"id\":" + std::to_string(c.entry.id) + ",\"topic\":" + to_json(json::string(c.entry.topic)) +
                     ",\"created_at\":" + to_json(json::string(c.entry.created_at)) + ",\"data\":" + c.entry.payload +
                     "}";
  const auto timestamp =
      std::to_string(std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
  for (const auto& t : targets) {
    Attempt a{"webhook", t.url, "webhook:" + std::to_string(t.id), "failed"};
    auto secret = sealer_.open(t.secret_enc);
    if (!secret.ok()) {
      a.error = "the subscription's secret cannot be read with this server's key";
      out.push_back(std::move(a));
      continue;
    }
    if (auto allowed = check_webhook_url(t.url, options_.webhook_allow_http); !allowed.ok()) {
      a.error = clip(allowed.error().message);
      out.push_back(std::move(a));
      continue;
    }
    WebhookRequest req{t.url,
                       body,
                       {{"X-Colo-Event", c.entry.topic},
                        {"X-Colo-Delivery", std::to_string(c.entry.id) + "-" + std::to_string(t.id)},
                        {"X-Colo-Timestamp", timestamp},
                        {"X-Colo-Signature", webhook_signature(*secret, timestamp, body)}}};
    auto sent = webhooks_.post(req);
    if (sent.status) a.code = sent.status;
    if (sent.delivered) {
      a.status = "delivered";
      a.reply = "HTTP " + std::to_string(sent.status);
    } else {
      a.error = clip(sent.error);
    }
    out.push_back(std::move(a));
  }
  return out;
}

Status DeliveryService::record(const Claimed& c, const std::vector<Attempt>& attempts, bool not_configured,
                               PassReport& report) {
  const auto now = clock_.now();
  const auto at = format_instant(now);
  bool failed = false;
  std::string last_error;
  for (const auto& a : attempts)
    if (a.status == "failed") {
      failed = true;
      last_error = a.target + ": " + a.error.value_or("");
    }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  // A "not configured" is written once per wait, not at every pass.
  const bool already_waiting = c.entry.last_error.value_or("") == kNotConfigured;
  for (const auto& a : attempts) {
    if (a.status == "not_configured" && already_waiting) continue;
    COLO_CHECK(tx.exec(kInsertAttempt, {c.entry.id, c.entry.notification_id, a.channel, a.target, a.target_key,
                                        a.status, a.code, a.reply, a.error, at}));
  }
  if (failed) {
    if (c.entry.attempts + 1 >= options_.max_attempts) {
      COLO_CHECK(tx.exec(kMarkDead, {c.entry.id, at, clip(last_error)}));
      ++report.dead;
    } else {
      COLO_CHECK(mark_failed(tx, c.entry.id, now, clip(last_error)));
      ++report.failed;
    }
  } else if (not_configured) {
    COLO_CHECK(tx.exec(kPostpone, {c.entry.id, format_instant(now + std::chrono::minutes(1)), kNotConfigured}));
    ++report.waiting;
  } else {
    COLO_CHECK(mark_delivered(tx, c.entry.id, now));
    ++report.delivered;
  }
  return tx.commit();
}

Result<EmailStatus> email_status(db::Tx& tx, std::int64_t notification_id) {
  COLO_TRY(auto all, email_statuses(tx, {notification_id}));
  return all[notification_id];
}

Result<EmailStatus> DeliveryService::email_status_of(const Context& ctx, std::int64_t notification_id) {
  if (!ctx.can("deliveries.read")) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return email_status(tx, notification_id);
}

Result<db::Counted<DeliveryRecord>> DeliveryService::deliveries(const Context& ctx, const DeliveryFilter& f) {
  if (!ctx.can("deliveries.read")) return Error::forbidden();
  db::ListSql sql(kDeliveryList);
  if (f.channel) sql.add("d.channel = ?", *f.channel);
  if (f.status) sql.add("d.status = ?", *f.status);
  if (f.topic) sql.add("o.topic = ?", *f.topic);
  if (f.notification_id) sql.add("d.notification_id = ?", *f.notification_id);
  if (f.outbox_id) sql.add("d.outbox_id = ?", *f.outbox_id);
  sql.search(f.q);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return db::list_page<DeliveryRecord>(tx, sql, kDeliveryCount, kDeliveryColumns, f.sort, f.limit, f.offset,
                                       delivery_of);
}

Result<OutboxState> DeliveryService::retry(const Context& ctx, std::int64_t outbox_id) {
  if (!ctx.can("deliveries.retry")) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto entry, find_outbox(tx, outbox_id));
  if (!entry) return Error::not_found("Outbox entry");
  if (entry->delivered_at)
    return Error::conflict("notify.delivery.already_delivered", "this entry was delivered; there is nothing to retry");
  const auto before = state_of(*entry);
  COLO_CHECK(tx.exec(kRetry, {outbox_id, format_instant(clock_.now())}));
  COLO_TRY(auto after, find_outbox(tx, outbox_id));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"notify.outbox", std::to_string(outbox_id), "retry",
                            json::object{{"attempts", before.attempts}, {"status", before.status}},
                            json::object{{"attempts", 0}, {"status", "pending"}}, std::nullopt}));
  COLO_CHECK(tx.commit());
  return state_of(*after);
}

Result<db::Counted<Webhook>> DeliveryService::webhooks(const Context& ctx, const WebhookFilter& f) {
  if (!ctx.can("webhooks.read")) return Error::forbidden();
  db::ListSql sql(kWebhookList);
  sql.raw("removed_at IS NULL");
  sql.search(f.q);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return db::list_page<Webhook>(tx, sql, kWebhookCount, kWebhookColumns, f.sort, f.limit, f.offset, webhook_of);
}

Result<Webhook> DeliveryService::webhook(const Context& ctx, std::int64_t id) {
  if (!ctx.can("webhooks.read")) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto row, tx.one(std::string(kWebhookColumns) + " WHERE id = $1 AND removed_at IS NULL", {id}));
  if (!row) return Error::not_found("Webhook");
  return webhook_of(*row);
}

Status DeliveryService::check_webhook(const WebhookChange& in, bool creating) {
  std::vector<FieldError> errors;
  if (creating && (!in.name || in.name->empty())) errors.push_back({"name", "required", "Required."});
  if (creating && !in.url) errors.push_back({"url", "required", "Required."});
  if (in.url) {
    if (auto ok = check_webhook_url(*in.url, options_.webhook_allow_http); !ok.ok())
      errors.push_back({"url", "notify.webhook.url_not_allowed", ok.error().message});
  }
  if (creating && !in.topics) errors.push_back({"topics", "required", "Required."});
  if (in.topics) {
    if (in.topics->empty() || in.topics->size() > 50)
      errors.push_back({"topics", "notify.webhook.topics_count", "Give between 1 and 50 topics."});
    for (std::size_t i = 0; i < in.topics->size(); ++i)
      if (!valid_topic_pattern((*in.topics)[i]))
        errors.push_back({"topics/" + std::to_string(i), "notify.webhook.topic_invalid",
                          "A topic is lower-case words joined by dots, optionally ending in .* (or just *)."});
  }
  if (!errors.empty()) return Error::validation(std::move(errors));
  return {};
}

Result<Webhook> DeliveryService::create_webhook(const Context& ctx, const WebhookChange& in) {
  if (!ctx.can("webhooks.write")) return Error::forbidden();
  COLO_CHECK(check_webhook(in, true));
  Webhook w;
  w.name = *in.name;
  w.url = *in.url;
  w.topics = *in.topics;
  w.active = in.active.value_or(true);
  w.created_at = w.updated_at = format_instant(clock_.now());
  const std::string secret = "whsec_" + crypto::random_token(32);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(w.id, tx.insert(kInsertWebhook,
                           {w.name, w.url, sealer_.seal(secret), topics_json(w.topics), w.active, w.created_at}));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"notify.webhook", std::to_string(w.id), "create", nullptr, webhook_audit(w), std::nullopt}));
  COLO_CHECK(tx.commit());
  w.secret = secret;
  return w;
}

Result<Webhook> DeliveryService::update_webhook(const Context& ctx, std::int64_t id, const WebhookChange& change) {
  if (!ctx.can("webhooks.write")) return Error::forbidden();
  COLO_CHECK(check_webhook(change, false));
  if (change.name && change.name->empty()) return Error::validation({{"name", "required", "Required."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto row, tx.one(std::string(kWebhookColumns) + " WHERE id = $1 AND removed_at IS NULL", {id}));
  if (!row) return Error::not_found("Webhook");
  auto before = webhook_of(*row);
  auto w = before;
  if (change.name) w.name = *change.name;
  if (change.url) w.url = *change.url;
  if (change.topics) w.topics = *change.topics;
  if (change.active) w.active = *change.active;
  w.updated_at = format_instant(clock_.now());
  COLO_CHECK(tx.exec(kUpdateWebhook, {id, w.name, w.url, topics_json(w.topics), w.active, w.updated_at}));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"notify.webhook", std::to_string(id), "update", webhook_audit(before), webhook_audit(w), std::nullopt}));
  COLO_CHECK(tx.commit());
  return w;
}

Status DeliveryService::remove_webhook(const Context& ctx, std::int64_t id) {
  if (!ctx.can("webhooks.write")) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto row, tx.one(std::string(kWebhookColumns) + " WHERE id = $1 AND removed_at IS NULL", {id}));
  if (!row) return Error::not_found("Webhook");
  COLO_CHECK(tx.exec(kRemoveWebhook, {id, format_instant(clock_.now())}));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"notify.webhook", std::to_string(id), "delete", webhook_audit(webhook_of(*row)), nullptr, std::nullopt}));
  return tx.commit();
}

Result<Preferences> DeliveryService::preferences(const Context& ctx) {
  Preferences p;
  COLO_TRY(p.email, directory_.email_of(ctx));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto row, tx.one(kOwnPreferences, {ctx.principal->user_id}));
  if (row) {
    p.email_enabled = row->boolean(1);
    p.language = row->text(2);
  }
  return p;
}

Result<Preferences> DeliveryService::set_preferences(const Context& ctx, const PreferencesChange& change) {
  std::vector<FieldError> errors;
  if (change.email && !change.email->empty() && !is_mail_address(*change.email))
    errors.push_back({"email", "notify.email.invalid", "Not an e-mail address we can send to."});
  if (change.language && std::find(kLanguages.begin(), kLanguages.end(), *change.language) == kLanguages.end())
    errors.push_back({"language", "invalid_choice", "zh-CN or en-US."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto before, preferences(ctx));
  if (change.email && *change.email != before.email) COLO_CHECK(directory_.set_own_email(ctx, *change.email));
  auto after = before;
  if (change.email) after.email = *change.email;
  if (change.email_enabled) after.email_enabled = *change.email_enabled;
  if (change.language) after.language = *change.language;
  if (after.email_enabled != before.email_enabled || after.language != before.language) {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
    COLO_CHECK(tx.exec(kUpsertPreferences,
                       {ctx.principal->user_id, after.email_enabled, after.language, format_instant(clock_.now())}));
    COLO_CHECK(audit::record(
        tx, ctx, clock_,
        {"notify.preferences", std::to_string(ctx.principal->user_id), "update",
         json::object{{"email_enabled", before.email_enabled}, {"language", before.language}},
         json::object{{"email_enabled", after.email_enabled}, {"language", after.language}}, ctx.tenant()}));
    COLO_CHECK(tx.commit());
  }
  return after;
}

}  // namespace colo::notify
