// HTTP adapter for the search: GET /api/v1/search?q=.
#include <boost/json.hpp>

#include "core/json.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/router.hpp"
#include "search/search.hpp"

namespace colo::search {

namespace {

namespace json = boost::json;

constexpr int kDefaultPerKind = 5;
constexpr int kMaxPerKind = 20;

json::value group_json(const Group& g) {
  json::array hits;
  for (const auto& h : g.hits)
    hits.push_back(json::object{
        {"id", h.id}, {"title", h.title}, {"subtitle", h.subtitle}, {"customer_id", nullable(h.customer_id)}});
  return json::object{{"type", g.type}, {"results", std::move(hits)}, {"more", g.more}};
}

}  // namespace

void add_routes(http::Router& router, db::Database& db, const Clock& clock) {
  router.add(http::Route{
      .method = "GET",
      .pattern = "/api/v1/search",
      .handler =
          [&db, &clock](http::Request& req) {
            http::QueryReader q(req);
            auto text = q.string("q", 100);
            auto per_kind = q.integer("limit", {.min = 1, .max = kMaxPerKind});
            std::string needle = text ? std::string(*text) : std::string();
            while (!needle.empty() && needle.front() == ' ') needle.erase(0, 1);
            while (!needle.empty() && needle.back() == ' ') needle.pop_back();
            if (needle.empty()) q.error("q", "required", "Type something to search for.");
            q.finish();
            auto groups = search(db, http::context_of(req), needle,
                                 static_cast<int>(per_kind.value_or(kDefaultPerKind)), clock.now())
                              .take();
            json::array out;
            for (const auto& g : groups) out.push_back(group_json(g));
            return http::json_response(json::object{{"q", needle}, {"groups", std::move(out)}});
          },
      .summary = "Devices (name, serial, asset tag, address), racks, customers, contracts, applications, addresses "
                 "and prefixes matching q, a few of each kind the caller may read, grouped by kind.",
      .tag = "search",
      .auth = http::Auth::authenticated,
      .query = {{"q", "string", "A literal part of a name, serial, asset tag, number or address"},
                {"limit", "integer", "Matches per kind (1-20, default 5)"}}});
}

}  // namespace colo::search
