// The card registry: a page goes to the roles named with it, a card on it only to callers holding
// its permission, and a registration mistake is caught when the server is built.
#include "home/cards.hpp"

#include "core/shape.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <memory>

namespace colo::home {
namespace {

namespace json = boost::json;

Context as(std::vector<std::string> roles, std::unordered_set<std::string> permissions,
           std::optional<std::int64_t> customer = std::nullopt) {
  auto p = std::make_shared<Principal>();
  p->roles = std::move(roles);
  p->permissions = std::move(permissions);
  p->customer_id = customer;
  Context ctx;
  ctx.principal = p;
  return ctx;
}

Card constant(std::string id, std::vector<std::string> pages, std::string permission, int* calls = nullptr) {
  return Card{std::move(id), std::move(pages), std::move(permission),
              [calls](const Context&) -> Result<json::value> {
                if (calls) ++*calls;
                return json::value(json::object{{"n", 1}});
              },
              shape::schema_of<int>("N", [](auto& w, int) { w.field("n", 1); })};
}

Registry sample(int* shared_calls = nullptr) {
  Registry r;
  r.add_page({"business", {"business", "admin"}});
  r.add_page({"technical", {"technical", "admin"}});
  r.add_page({"portal", {"customer_user"}});
  r.add_card(constant("a.stages", {"business"}, "applications.read"));
  r.add_card(constant("shared", {"business", "technical"}, "dcim.read", shared_calls));
  r.add_card(constant("t.secret", {"technical"}, "dcim.racks.write"));
  r.add_card(constant("my.things", {"portal"}, "dcim.read"));
  return r;
}

std::vector<std::string> ids(const std::vector<PageView>& pages) {
  std::vector<std::string> out;
  for (const auto& p : pages) {
    out.push_back(p.id + ":");
    for (const auto* c : p.cards) out.back() += c->id + ",";
  }
  return out;
}

TEST(HomeRegistry, EachRoleGetsItsPagesAndOnlyCardsItMaySee) {
  auto r = sample();
  EXPECT_EQ(ids(r.pages_for(as({"business"}, {"applications.read", "dcim.read"}))),
            (std::vector<std::string>{"business:a.stages,shared,"}));
  // The secret card needs a permission technical users here lack.
  EXPECT_EQ(ids(r.pages_for(as({"technical"}, {"applications.read", "dcim.read"}))),
            (std::vector<std::string>{"technical:shared,"}));
  EXPECT_EQ(ids(r.pages_for(as({"admin"}, {"applications.read", "dcim.read", "dcim.racks.write"}))),
            (std::vector<std::string>{"business:a.stages,shared,", "technical:shared,t.secret,"}));
  EXPECT_EQ(ids(r.pages_for(as({"customer_user"}, {"applications.read", "dcim.read"}, 7))),
            (std::vector<std::string>{"portal:my.things,"}));
  // A role without a page, or a page whose every card is hidden, shows nothing.
  EXPECT_TRUE(r.pages_for(as({"auditor"}, {"applications.read", "dcim.read"})).empty());
  EXPECT_TRUE(r.pages_for(as({"business"}, {})).empty());
}

TEST(HomeRegistry, ACardOnTwoOfTheCallersPagesIsComputedOnce) {
  int calls = 0;
  auto r = sample(&calls);
  auto out = render(r, as({"admin"}, {"applications.read", "dcim.read"}));
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(calls, 1);
  const auto& pages = out->at("pages").as_array();
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[1].at("cards").as_array()[0].at("id").as_string(), "shared");
  EXPECT_EQ(pages[1].at("cards").as_array()[0].at("data").at("n").as_int64(), 1);
}

TEST(HomeRegistry, AFailingCardFailsTheAnswer) {
  Registry r;
  r.add_page({"business", {"business"}});
  r.add_card(Card{"broken",
                  {"business"},
                  "x",
                  [](const Context&) -> Result<json::value> { return Error::unavailable("database down"); },
                  json::object{{"type", "object"}}});
  auto out = render(r, as({"business"}, {"x"}));
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().kind, ErrorKind::unavailable);
}

TEST(HomeRegistry, RegistrationMistakesAreProgrammerErrors) {
  Registry r;
  r.add_page({"business", {"business"}});
  EXPECT_THROW(r.add_page({"business", {"admin"}}), std::logic_error);
  r.add_card(constant("one", {"business"}, "x"));
  EXPECT_THROW(r.add_card(constant("one", {"business"}, "x")), std::logic_error);
  EXPECT_THROW(r.add_card(constant("two", {"nowhere"}, "x")), std::logic_error);
  EXPECT_THROW(r.add_card(Card{"three", {"business"}, "x", nullptr, json::object{}}), std::logic_error);
  // Without a schema the API document could not describe the card's data.
  auto bare = constant("four", {"business"}, "x");
  bare.schema = nullptr;
  EXPECT_THROW(r.add_card(std::move(bare)), std::logic_error);
  // Once the route's schema is built, a card added later would be missing from it.
  r.seal();
  EXPECT_THROW(r.add_card(constant("five", {"business"}, "x")), std::logic_error);
}

}  // namespace
}  // namespace colo::home
