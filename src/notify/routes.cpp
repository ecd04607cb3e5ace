// HTTP adapter for the caller's in-app notifications.
#include <boost/json.hpp>

#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"
#include "notify/lists.hpp"
#include "notify/notify.hpp"

namespace colo::notify {

namespace json = boost::json;

namespace {

// A notification, written once as a shape (core/shape.hpp): the JSON and the document's schema.
// `title` is the one in the caller's language.
template <typename W>
void write_notification(W& w, const Notification& n, const std::string& lang) {
  w.field("id", n.id);
  w.field("topic", n.topic);
  w.field("title", n.title_in(lang));
  w.field("title_en", n.title_in("en-US"));
  w.field("title_zh", n.title_in("zh-CN"));
  w.field("body", n.body_in(lang));
  w.field("link", n.link);
  w.field("created_at", n.created_at);
  w.field("read", n.read);
  // Whether it was also e-mailed, and when the first e-mail was accepted.
  w.field("email_status", n.email.status, kEmailStatuses);
  w.field("email_sent_at", n.email.sent_at);
}

constexpr auto notification_shape = [](auto& w, const Notification& n) { write_notification(w, n, "en-US"); };

struct UnreadCount {
  std::int64_t count = 0;
};
constexpr auto unread_shape = [](auto& w, const UnreadCount& u) { w.field("count", u.count); };

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/notifications",
              .handler =
                  [&svc](http::Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    ListFilter f;
                    f.unread_only = q.boolean("unread").value_or(false);
                    f.topic = q.string("topic", 100);
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.list(http::context_of(req), f).take();
                    return http::page_response(req, page, count,
                                               shape::text_array(rows, [&req](auto& w, const Notification& n) {
                                                 write_notification(w, n, req.lang);
                                               }));
                  },
              .summary = "The caller's notifications, newest first (to the user, the user's staff roles or "
                         "the user's customer).",
              .tag = "notifications",
              .permission = "notifications.read",
              .query = http::list_docs(kNotificationList,
                                       {{"unread", "boolean", "Only unread ones."}, {"topic", "string", "Topic."}},
                                       {.q = "Part of the title or body (default order: newest first)."}),
              .response_schema = shape::page_of<Notification>("Notification", notification_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/notifications/unread-count",
              .handler =
                  [&svc](http::Request& req) {
                    http::QueryReader q(req);
                    q.finish();
                    auto n = svc.unread_count(http::context_of(req)).take();
                    return http::json_response(shape::value_of(UnreadCount{n}, unread_shape));
                  },
              .summary = "How many of the caller's notifications are unread.",
              .tag = "notifications",
              .permission = "notifications.read",
              .response_schema = shape::schema_of<UnreadCount>("UnreadCount", unread_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/notifications/{id}/read",
              .handler =
                  [&svc](http::Request& req) {
                    auto n = svc.mark_read(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(
                        n, [&req](auto& w, const Notification& x) { write_notification(w, x, req.lang); }));
                  },
              .summary = "Mark one of the caller's notifications read (idempotent).",
              .tag = "notifications",
              .permission = "notifications.read",
              .response_schema = shape::schema_of<Notification>("Notification", notification_shape)});
}

}  // namespace colo::notify
