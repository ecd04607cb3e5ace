// HTTP adapter for the search: GET /api/v1/search?q=.
#include <boost/json.hpp>

#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/router.hpp"
#include "search/search.hpp"

namespace colo::search {

namespace {

namespace json = boost::json;

constexpr int kDefaultPerKind = 5;
constexpr int kMaxPerKind = 20;

const shape::Values& kind_names() {
  static const shape::Values names = [] {
    shape::Values v;
    for (const auto& k : all_kinds()) v.push_back(k.type);
    return v;
  }();
  return names;
}

struct Answer {
  std::string q;
  std::vector<Group> groups;
};

// The answer, written once: the JSON and the document's schema.
constexpr auto answer_shape = [](auto& w, const Answer& a) {
  w.field("q", a.q);
  w.array("groups", "SearchGroup", a.groups, [&](const Group& g) {
    w.field("type", g.type, kind_names());
    w.array("results", "SearchHit", g.hits, [&](const Hit& h) {
      w.field("id", h.id);
      w.field("title", h.title);
      w.field("subtitle", h.subtitle);
      w.field("customer_id", h.customer_id);
    });
    w.field("more", g.more);
  });
};

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
            return http::json_response(shape::value_of(Answer{needle, std::move(groups)}, answer_shape));
          },
      .summary = "Devices (name, serial, asset tag, address), racks, customers, contracts, applications, addresses "
                 "and prefixes matching q, a few of each kind the caller may read, grouped by kind.",
      .tag = "search",
      .auth = http::Auth::authenticated,
      .query = {{"q", "string", "A literal part of a name, serial, asset tag, number or address"},
                {"limit", "integer", "Matches per kind (1-20, default 5)"}},
      .response_schema = shape::schema_of<Answer>("SearchAnswer", answer_shape)});
}

}  // namespace colo::search
