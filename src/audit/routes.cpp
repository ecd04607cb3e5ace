// HTTP adapter for the audit log: GET /api/v1/audit.
#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "audit/log.hpp"
#include "core/json.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/router.hpp"

namespace colo::audit {

namespace {

namespace json = boost::json;

// More names than a select can usefully offer; past it the filter takes a typed name.
constexpr std::int64_t kActorLimit = 500;

std::optional<Instant> read_bound(http::QueryReader& q, std::string_view name, bool end,
                                  const BusinessCalendar& calendar) {
  auto v = q.string(name, 40);
  if (!v) return std::nullopt;
  if (auto t = parse_bound(*v, end, calendar)) return *t;
  q.error(name, "invalid_datetime", "Expected a date (YYYY-MM-DD) or an ISO-8601 instant.");
  return std::nullopt;
}

json::value entry_json(const Entry& e) {
  json::array roles;
  for (const auto& r : e.roles) roles.emplace_back(r);
  return json::object{{"id", e.id},
                      {"at", e.at},
                      {"actor_id", e.actor_id},
                      {"actor", e.actor},
                      {"roles", std::move(roles)},
                      {"request_id", e.request_id},
                      {"source", e.source},
                      {"object_type", e.object_type},
                      {"object_id", e.object_id},
                      {"action", e.action},
                      {"customer_id", nullable(e.customer_id)},
                      {"before", e.before},
                      {"after", e.after},
                      {"hash", e.hash}};
}

}  // namespace

std::optional<Instant> parse_bound(std::string_view text, bool end, const BusinessCalendar& calendar) {
  if (auto d = parse_date(text)) return calendar.start_of(end ? add_days(*d, 1) : *d);
  return parse_instant(text);
}

void add_routes(http::Router& router, db::Database& db, const Clock& clock) {
  router.add(
      http::Route{.method = "GET",
                  .pattern = "/api/v1/audit",
                  .handler =
                      [&db, &clock](http::Request& req) {
                        http::QueryReader q(req);
                        auto page = http::read_page(q);
                        Filter f;
                        f.actor = q.string("actor", 100);
                        f.object_type = q.string("object_type", 100);
                        f.object_id = q.string("object_id", 100);
                        f.action = q.string("action", 100);
                        f.customer = q.integer("customer", {.min = 1});
                        f.from = read_bound(q, "from", false, clock.calendar());
                        f.to = read_bound(q, "to", true, clock.calendar());
                        f.q = q.string("q", 100);
                        f.sort = q.string("sort", 100);
                        q.finish();
                        f.limit = page.limit;
                        f.offset = page.offset;
                        auto [count, entries] = search(db, http::context_of(req), f).take();
                        json::array results;
                        for (const auto& e : entries) results.push_back(entry_json(e));
                        return http::json_response(http::page_json(req, page, count, std::move(results)));
                      },
                  .summary = "The audit log, newest first.",
                  .tag = "audit",
                  .permission = "audit.read",
                  .query = {{"actor", "string", "User name as recorded"},
                            {"object_type", "string", "customer, user, dcim.rack, ..."},
                            {"object_id"},
                            {"action"},
                            {"customer", "integer", "Entries about this customer's objects"},
                            {"from", "string", "YYYY-MM-DD (a business date) or an ISO-8601 instant (inclusive)"},
                            {"to", "string", "YYYY-MM-DD (inclusive business date) or an ISO-8601 instant (exclusive)"},
                            {"q", "string", "Part of the actor, object type, object id or action"},
                            {"sort", "string", "id, at, actor, object_type or action; - for descending (default -id)"},
                            {"limit", "integer"},
                            {"offset", "integer"}}});
  // One object's history for whoever may read the object: a detail page shows how its object came
  // to be without its reader holding audit.read. Customers never read the log, not even about
  // their own objects: entries name staff, their roles and addresses.
  router.add(
      http::Route{.method = "GET",
                  .pattern = "/api/v1/audit/history",
                  .handler =
                      [&db](http::Request& req) {
                        http::QueryReader q(req);
                        auto page = http::read_page(q);
                        auto type = q.string("object_type", 100);
                        auto id = q.string("object_id", 100);
                        auto text = q.string("q", 100);
                        auto sort = q.string("sort", 100);
                        if (!type) q.error("object_type", "required", "Name the object's type.");
                        if (!id) q.error("object_id", "required", "Name the object's id.");
                        q.finish();
                        auto ctx = http::context_of(req);
                        if (ctx.tenant())
                          throw Failure{Error{ErrorKind::forbidden,
                                              "audit.history.staff_only",
                                              "The change history is shown to the operator's staff only.",
                                              {}}};
                        if (!ctx.can("audit.read")) {
                          auto needed = history_permission(*type);
                          if (!needed)
                            throw Failure{Error{ErrorKind::forbidden,
                                                "audit.history.not_offered",
                                                "The history of this kind of object is in the audit log only.",
                                                {}}};
                          if (!ctx.can(*needed))
                            throw Failure{Error::forbidden("You lack the permission " + *needed + ".")};
                        }
                        Filter f;
                        f.object_type = type;
                        f.object_id = id;
                        f.q = text;
                        f.sort = sort;
                        f.limit = page.limit;
                        f.offset = page.offset;
                        auto [count, entries] = search(db, ctx, f).take();
                        json::array results;
                        for (const auto& e : entries) results.push_back(entry_json(e));
                        return http::json_response(http::page_json(req, page, count, std::move(results)));
                      },
                  .summary = "One object's change history, newest first, for staff who may read the object.",
                  .tag = "audit",
                  .auth = http::Auth::authenticated,
                  .query = {{"object_type", "string", "customer, user, dcim.rack, application, contract, ..."},
                            {"object_id", "string", "The object's id"},
                            {"q", "string", "Part of the actor, object type, object id or action"},
                            {"sort", "string", "id, at, actor, object_type or action; - for descending (default -id)"},
                            {"limit", "integer"},
                            {"offset", "integer"}}});
  router.add(http::Route{.method = "GET",
                         .pattern = "/api/v1/audit/actors",
                         .handler =
                             [&db](http::Request&) {
                               json::array out;
                               for (auto& a : actors(db, kActorLimit).take()) out.emplace_back(std::move(a));
                               return http::json_response(json::object{{"results", std::move(out)}});
                             },
                         .summary = "The names actors are recorded under, for the log's actor filter.",
                         .tag = "audit",
                         .permission = "audit.read"});
}

}  // namespace colo::audit
