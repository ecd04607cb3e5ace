// HTTP adapter for the audit log: GET /api/v1/audit.
#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "audit/lists.hpp"
#include "audit/log.hpp"
#include "core/json.hpp"
#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
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

// An entry, written once as a shape (core/shape.hpp): the JSON and the document's schema.
template <typename W>
void write_entry(W& w, const Entry& e) {
  w.field("id", e.id);
  w.field("at", e.at);
  w.field("actor_id", e.actor_id);
  w.field("actor", e.actor);
  w.strings("roles", e.roles);
  w.field("request_id", e.request_id);
  w.field("source", e.source);
  w.field("object_type", e.object_type);
  w.field("object_id", e.object_id);
  w.field("action", e.action);
  w.field("customer_id", e.customer_id);
  // The object as it was and as it became: each object type's own JSON, or null.
  w.any("before", e.before);
  w.any("after", e.after);
  w.field("hash", e.hash);
}

constexpr auto entry_shape = [](auto& w, const Entry& e) { write_entry(w, e); };

struct Actors {
  std::vector<std::string> results;
};
constexpr auto actors_shape = [](auto& w, const Actors& a) { w.strings("results", a.results); };

}  // namespace

std::optional<Instant> parse_bound(std::string_view text, bool end, const BusinessCalendar& calendar) {
  if (auto d = parse_date(text)) return calendar.start_of(end ? add_days(*d, 1) : *d);
  return parse_instant(text);
}

void add_routes(http::Router& router, db::Database& db, const Clock& clock) {
  router.add(http::Route{
      .method = "GET",
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
            return http::page_response(req, page, count, shape::text_array(entries, entry_shape));
          },
      .summary = "The audit log, newest first.",
      .tag = "audit",
      .permission = "audit.read",
      .query =
          http::list_docs(store::kEntryList,
                          {{"actor", "string", "User name as recorded"},
                           {"object_type", "string", "customer, user, dcim.rack, ..."},
                           {"object_id", "string", "The object's id as recorded"},
                           {"action", "string", "create, update, ..."},
                           {"customer", "integer", "Entries about this customer's objects"},
                           {"from", "string", "YYYY-MM-DD (a business date) or an ISO-8601 instant (inclusive)"},
                           {"to", "string", "YYYY-MM-DD (inclusive business date) or an ISO-8601 instant (exclusive)"}},
                          {.q = "Part of the actor, object type, object id or action (default order: newest first)."}),
      .response_schema = shape::page_of<Entry>("AuditEntry", entry_shape)});
  // One object's history for whoever may read the object: a detail page shows how its object came
  // to be without its reader holding audit.read. Customers never read the log, not even about
  // their own objects: entries name staff, their roles and addresses.
  router.add(http::Route{
      .method = "GET",
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
              if (!ctx.can(*needed)) throw Failure{Error::forbidden("You lack the permission " + *needed + ".")};
            }
            Filter f;
            f.object_type = type;
            f.object_id = id;
            f.q = text;
            f.sort = sort;
            f.limit = page.limit;
            f.offset = page.offset;
            auto [count, entries] = search(db, ctx, f).take();
            return http::page_response(req, page, count, shape::text_array(entries, entry_shape));
          },
      .summary = "One object's change history, newest first, for staff who may read the object.",
      .tag = "audit",
      .auth = http::Auth::authenticated,
      .query =
          http::list_docs(store::kEntryList,
                          {{"object_type", "string", "customer, user, dcim.rack, application, contract, ..."},
                           {"object_id", "string", "The object's id"}},
                          {.q = "Part of the actor, object type, object id or action (default order: newest first)."}),
      .response_schema = shape::page_of<Entry>("AuditEntry", entry_shape)});
  router.add(http::Route{.method = "GET",
                         .pattern = "/api/v1/audit/actors",
                         .handler =
                             [&db](http::Request&) {
                               return http::json_response(
                                   shape::value_of(Actors{actors(db, kActorLimit).take()}, actors_shape));
                             },
                         .summary = "The names actors are recorded under, for the log's actor filter.",
                         .tag = "audit",
                         .permission = "audit.read",
                         .response_schema = shape::schema_of<Actors>("AuditActors", actors_shape)});
}

}  // namespace colo::audit
