// HTTP adapter for the delivery of the outbox: the delivery log and retries (administrators,
// auditors read), webhook subscriptions (administrators), and one's own e-mail settings.
#include <boost/json.hpp>

#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"
#include "notify/delivery.hpp"
#include "notify/lists.hpp"

namespace colo::notify {

namespace json = boost::json;

namespace {

constexpr auto delivery_shape = [](auto& w, const DeliveryRecord& d) {
  w.field("id", d.id);
  w.field("outbox_id", d.outbox_id);
  w.field("notification_id", d.notification_id);
  w.field("channel", d.channel, kChannels);
  w.field("target", d.target);
  w.field("status", d.status, kDeliveryStatuses);
  w.field("response_code", d.response_code);
  w.field("reply", d.reply);
  w.field("error", d.error);
  w.field("attempted_at", d.attempted_at);
  w.field("topic", d.topic);
  w.field("outbox_status", d.outbox_status, kOutboxStatuses);
  w.field("attempts", d.attempts);
  w.field("next_attempt_at", d.next_attempt_at);
};

constexpr auto outbox_shape = [](auto& w, const OutboxState& o) {
  w.field("id", o.id);
  w.field("topic", o.topic);
  w.field("notification_id", o.notification_id);
  w.field("attempts", o.attempts);
  w.field("status", o.status, kOutboxStatuses);
  w.field("next_attempt_at", o.next_attempt_at);
  w.field("delivered_at", o.delivered_at);
  w.field("dead_at", o.dead_at);
  w.field("last_error", o.last_error);
};

constexpr auto webhook_shape = [](auto& w, const Webhook& h) {
  w.field("id", h.id);
  w.field("name", h.name);
  w.field("url", h.url);
  w.strings("topics", h.topics);
  w.field("active", h.active);
  w.field("created_at", h.created_at);
  w.field("updated_at", h.updated_at);
};

// The answer to a creation: the subscription and, this once, its secret.
constexpr auto created_webhook_shape = [](auto& w, const Webhook& h) {
  webhook_shape(w, h);
  w.field("secret", shape::or_blank(h.secret));
};

constexpr auto preferences_shape = [](auto& w, const Preferences& p) {
  w.field("email", p.email);
  w.field("email_enabled", p.email_enabled);
  w.field("language", p.language, kLanguages);
};

constexpr auto email_status_shape = [](auto& w, const EmailStatus& s) {
  w.field("status", s.status, kEmailStatuses);
  w.field("sent_at", s.sent_at);
};

std::optional<std::vector<std::string>> read_topics(http::JsonObjectReader& b) {
  const auto* arr = b.array("topics");
  if (!arr) return std::nullopt;
  std::vector<std::string> topics;
  for (const auto& v : *arr) {
    if (!v.is_string()) {
      b.error("topics", "type", "Expected topics as strings.");
      return std::nullopt;
    }
    topics.emplace_back(v.get_string());
  }
  return topics;
}

WebhookChange read_webhook(http::JsonBody& b, bool creating) {
  WebhookChange c;
  c.name = b.string("name", {.required = creating, .max = 100});
  c.url = b.string("url", {.required = creating, .max = 2000});
  c.topics = read_topics(b);
  c.active = b.boolean("active");
  b.finish();
  return c;
}

json::value webhook_body_schema() {
  return json::object{
      {"type", "object"},
      {"properties",
       json::object{{"name", json::object{{"type", "string"}}},
                    {"url", json::object{{"type", "string"}}},
                    {"topics", json::object{{"type", "array"}, {"items", json::object{{"type", "string"}}}}},
                    {"active", json::object{{"type", "boolean"}}}}}};
}

}  // namespace

void add_delivery_routes(http::Router& router, DeliveryService& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/deliveries",
              .handler =
                  [&svc](http::Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    DeliveryFilter f;
                    f.channel = q.choice("channel", kChannels);
                    f.status = q.choice("status", kDeliveryStatuses);
                    f.topic = q.string("topic", 100);
                    f.notification_id = q.integer("notification_id", {.min = 1});
                    f.outbox_id = q.integer("outbox_id", {.min = 1});
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.deliveries(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, delivery_shape));
                  },
              .summary = "Every attempt to deliver the outbox (e-mail and webhooks), newest first, with the state "
                         "of its entry (pending, delivered, dead).",
              .tag = "deliveries",
              .permission = "deliveries.read",
              .query = http::list_docs(kDeliveryList,
                                       {{"channel", "string", "Channel.", kChannels},
                                        {"status", "string", "Outcome of the attempt.", kDeliveryStatuses},
                                        {"topic", "string", "The event's topic."},
                                        {"notification_id", "integer", "The notification e-mailed."},
                                        {"outbox_id", "integer", "The outbox entry."}},
                                       {.q = "Part of the target, topic, reply or error."}),
              .response_schema = shape::page_of<DeliveryRecord>("Delivery", delivery_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/deliveries/{id}/retry",
              .handler =
                  [&svc](http::Request& req) {
                    auto s = svc.retry(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(s, outbox_shape));
                  },
              .summary = "Make an undelivered outbox entry (failing or dead) due now, its attempts counted from zero; "
                         "409 notify.delivery.already_delivered when it was delivered.",
              .tag = "deliveries",
              .permission = "deliveries.retry",
              .response_schema = shape::schema_of<OutboxState>("OutboxEntry", outbox_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/notifications/{id}/email",
              .handler =
                  [&svc](http::Request& req) {
                    auto s = svc.email_status_of(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(s, email_status_shape));
                  },
              .summary = "Whether a notification was e-mailed, and when the first e-mail was accepted.",
              .tag = "deliveries",
              .permission = "deliveries.read",
              .response_schema = shape::schema_of<EmailStatus>("EmailStatus", email_status_shape)});

  router.add({.method = "GET",
              .pattern = "/api/v1/webhooks",
              .handler =
                  [&svc](http::Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    WebhookFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.webhooks(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, webhook_shape));
                  },
              .summary = "Webhook subscriptions (removed ones are left out), oldest first.",
              .tag = "webhooks",
              .permission = "webhooks.read",
              .query = http::list_docs(kWebhookList, {},
                                       {.q = "Part of the name, URL or topics (default order: oldest first)."}),
              .response_schema = shape::page_of<Webhook>("Webhook", webhook_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/webhooks/{id}",
              .handler =
                  [&svc](http::Request& req) {
                    auto w = svc.webhook(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(w, webhook_shape));
                  },
              .summary = "A webhook subscription.",
              .tag = "webhooks",
              .permission = "webhooks.read",
              .response_schema = shape::schema_of<Webhook>("Webhook", webhook_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/webhooks",
              .handler =
                  [&svc](http::Request& req) {
                    http::JsonBody b(req);
                    auto in = read_webhook(b, true);
                    auto w = svc.create_webhook(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(w, created_webhook_shape), 201);
                  },
              .summary = "Subscribe a URL to topics (exact, or a prefix like invoice.*). The answer holds the "
                         "signing secret, shown this once.",
              .tag = "webhooks",
              .permission = "webhooks.write",
              .request_schema = webhook_body_schema(),
              .response_schema = shape::schema_of<Webhook>("CreatedWebhook", created_webhook_shape),
              .success_status = 201});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/webhooks/{id}",
              .handler =
                  [&svc](http::Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto change = read_webhook(b, false);
                    auto w = svc.update_webhook(http::context_of(req), id, change).take();
                    return http::json_response(shape::value_of(w, webhook_shape));
                  },
              .summary = "Change a subscription's name, URL, topics, or switch it off and on.",
              .tag = "webhooks",
              .permission = "webhooks.write",
              .request_schema = webhook_body_schema(),
              .response_schema = shape::schema_of<Webhook>("Webhook", webhook_shape)});
  router.add({.method = "DELETE",
              .pattern = "/api/v1/webhooks/{id}",
              .handler =
                  [&svc](http::Request& req) {
                    svc.remove_webhook(http::context_of(req), http::id_param(req)).take();
                    return http::Response::no_content();
                  },
              .summary = "Remove a subscription: it gets nothing more; its deliveries stay listed.",
              .tag = "webhooks",
              .permission = "webhooks.write",
              .success_status = 204});

  router.add({.method = "GET",
              .pattern = "/api/v1/me/notification-settings",
              .handler =
                  [&svc](http::Request& req) {
                    http::QueryReader q(req);
                    q.finish();
                    auto p = svc.preferences(http::context_of(req)).take();
                    return http::json_response(shape::value_of(p, preferences_shape));
                  },
              .summary = "One's e-mail address, whether notifications are e-mailed, and their language.",
              .tag = "notifications",
              .permission = "notifications.read",
              .response_schema = shape::schema_of<Preferences>("NotificationSettings", preferences_shape)});
  router.add(
      {.method = "PUT",
       .pattern = "/api/v1/me/notification-settings",
       .handler =
           [&svc](http::Request& req) {
             http::JsonBody b(req);
             PreferencesChange c;
             c.email = b.string("email", {.max = 254});
             c.email_enabled = b.boolean("email_enabled");
             c.language = b.string("language", {.max = 10});
             b.finish();
             auto p = svc.set_preferences(http::context_of(req), c).take();
             return http::json_response(shape::value_of(p, preferences_shape));
           },
       .summary = "Change one's e-mail address, switch notification e-mail off or on, or choose its language.",
       .tag = "notifications",
       .permission = "notifications.read",
       .request_schema = json::object{{"type", "object"},
                                      {"properties", json::object{{"email", json::object{{"type", "string"}}},
                                                                  {"email_enabled", json::object{{"type", "boolean"}}},
                                                                  {"language", json::object{{"type", "string"}}}}}},
       .response_schema = shape::schema_of<Preferences>("NotificationSettings", preferences_shape)});
}

}  // namespace colo::notify
