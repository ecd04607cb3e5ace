// HTTP adapter for the caller's in-app notifications.
#include <boost/json.hpp>

#include "http/body.hpp"
#include "http/context.hpp"
#include "http/router.hpp"
#include "notify/notify.hpp"

namespace colo::notify {

namespace json = boost::json;

namespace {

json::object notification_json(const Notification& n, const std::string& lang) {
  return {{"id", n.id},
          {"topic", n.topic},
          {"title", n.title_in(lang)},
          {"title_en", n.title_in("en-US")},
          {"title_zh", n.title_in("zh-CN")},
          {"body", n.body_in(lang)},
          {"link", n.link},
          {"created_at", n.created_at},
          {"read", n.read}};
}

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
                    json::array results;
                    for (const auto& n : rows) results.push_back(notification_json(n, req.lang));
                    return http::json_response(http::page_json(req, page, count, std::move(results)));
                  },
              .summary = "The caller's notifications, newest first (to the user, the user's staff roles or "
                         "the user's customer).",
              .tag = "notifications",
              .permission = "notifications.read",
              .query = {{"unread", "boolean", "only unread ones"},
                        {"topic"},
                        {"q", "string", "Part of the title or body"},
                        {"sort", "string", "id, created_at or topic; - for descending (default -id)"},
                        {"limit", "integer"},
                        {"offset", "integer"}}});
  router.add({.method = "GET",
              .pattern = "/api/v1/notifications/unread-count",
              .handler =
                  [&svc](http::Request& req) {
                    http::QueryReader q(req);
                    q.finish();
                    auto n = svc.unread_count(http::context_of(req)).take();
                    return http::json_response(json::object{{"count", n}});
                  },
              .summary = "How many of the caller's notifications are unread.",
              .tag = "notifications",
              .permission = "notifications.read"});
  router.add({.method = "POST",
              .pattern = "/api/v1/notifications/{id}/read",
              .handler =
                  [&svc](http::Request& req) {
                    auto n = svc.mark_read(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(notification_json(n, req.lang));
                  },
              .summary = "Mark one of the caller's notifications read (idempotent).",
              .tag = "notifications",
              .permission = "notifications.read"});
}

}  // namespace colo::notify
