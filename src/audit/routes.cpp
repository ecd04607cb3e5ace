#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "http/body.hpp"
#include "http/router.hpp"

namespace colo::audit {

namespace {

namespace json = boost::json;

constexpr std::string_view kColumns =
    "SELECT id, at, actor_id, actor, roles, request_id, source, object_type, object_id, action, "
    "customer_id, before_json, after_json, hash FROM audit_log WHERE 1 = 1";

json::value parse_or_null(const std::string& s) {
  boost::system::error_code ec;
  auto v = json::parse(s, ec);
  return ec ? json::value(nullptr) : v;
}

}  // namespace

void add_routes(http::Router& router, db::Database& db) {
  router.add(http::Route{
      .method = "GET",
      .pattern = "/api/v1/audit",
      .handler =
          [&db](http::Request& req) {
            http::QueryReader q(req);
            auto page = http::read_page(q);
            db::Params params;
            std::string where;
            auto add = [&](const char* clause, db::Value v) {
              params.push_back(std::move(v));
              where += std::string(" AND ") + clause + " $" + std::to_string(params.size());
            };
            if (auto v = q.string("actor")) add("actor =", *v);
            if (auto v = q.string("object_type")) add("object_type =", *v);
            if (auto v = q.string("object_id")) add("object_id =", *v);
            if (auto v = q.string("action")) add("action =", *v);
            if (auto v = q.integer("customer", {.min = 1})) add("customer_id =", *v);
            if (auto v = q.date("from")) add("at >=", format_date(*v));
            if (auto v = q.date("to")) add("at <", format_date(add_days(*v, 1)));
            q.finish();
            auto tx = db::Tx::begin(db, db::Access::read).take();
            auto count = tx.one("SELECT COUNT(*) FROM audit_log WHERE 1 = 1" + where, params).take();
            auto list_params = params;
            list_params.emplace_back(page.limit);
            list_params.emplace_back(page.offset);
            auto rows = tx.query(std::string(kColumns) + where + " ORDER BY id DESC LIMIT $" +
                                     std::to_string(params.size() + 1) + " OFFSET $" +
                                     std::to_string(params.size() + 2),
                                 list_params)
                            .take();
            json::array results;
            for (const auto& r : rows.rows) {
              results.push_back(json::object{
                  {"id", r.int64(0)},          {"at", r.text(1)},
                  {"actor_id", r.int64(2)},    {"actor", r.text(3)},
                  {"roles", r.text(4)},        {"request_id", r.text(5)},
                  {"source", r.text(6)},       {"object_type", r.text(7)},
                  {"object_id", r.text(8)},    {"action", r.text(9)},
                  {"customer_id", r.is_null(10) ? json::value(nullptr) : json::value(r.int64(10))},
                  {"before", parse_or_null(r.text(11))},
                  {"after", parse_or_null(r.text(12))},
                  {"hash", r.text(13)}});
            }
            return http::json_response(http::page_json(req, page, count ? count->int64(0) : 0,
                                                       std::move(results)));
          },
      .summary = "The audit log, newest first.",
      .tag = "audit",
      .permission = "audit.read",
      .query = {{"actor"}, {"object_type"}, {"object_id"}, {"action"}, {"customer", "integer"},
                {"from", "string", "YYYY-MM-DD"}, {"to", "string", "YYYY-MM-DD"},
                {"limit", "integer"}, {"offset", "integer"}}});
}

}  // namespace colo::audit
