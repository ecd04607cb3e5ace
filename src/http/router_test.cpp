#include "http/router.hpp"

#include <gtest/gtest.h>

namespace colo::http {
namespace {

Route make(std::string method, std::string pattern) {
  return Route{
      .method = std::move(method), .pattern = std::move(pattern), .handler = [](Request&) { return Response{}; }};
}

TEST(RouterTest, MatchesLiteralsAndParameters) {
  Router r;
  r.add(make("GET", "/api/v1/dcim/racks"));
  r.add(make("GET", "/api/v1/dcim/racks/{id}"));
  r.add(make("GET", "/api/v1/dcim/racks/{id}/elevation.svg"));
  r.add(make("POST", "/api/v1/dcim/racks/import"));

  auto m = r.match("GET", "/api/v1/dcim/racks/42");
  ASSERT_TRUE(m.route);
  EXPECT_EQ(m.route->pattern, "/api/v1/dcim/racks/{id}");
  ASSERT_EQ(m.params.size(), 1u);
  EXPECT_EQ(m.params[0].second, "42");

  m = r.match("GET", "/api/v1/dcim/racks/7/elevation.svg");
  ASSERT_TRUE(m.route);
  EXPECT_EQ(m.params[0].second, "7");

  m = r.match("POST", "/api/v1/dcim/racks/import");
  ASSERT_TRUE(m.route);
  EXPECT_TRUE(m.params.empty());
}

TEST(RouterTest, UnknownPathsMatchNothing) {
  Router r;
  r.add(make("GET", "/api/v1/dcim/racks/{id}"));
  for (const char* p : {"/api/v1/dcim", "/api/v1/dcim/racks/", "/api/v1/dcim/racks/1/x", "/", ""}) {
    auto m = r.match("GET", p);
    EXPECT_FALSE(m.route) << p;
    EXPECT_TRUE(m.allowed.empty()) << p;
  }
}

TEST(RouterTest, WrongMethodListsTheAllowedOnes) {
  Router r;
  r.add(make("GET", "/things/{id}"));
  r.add(make("PATCH", "/things/{id}"));
  auto m = r.match("DELETE", "/things/3");
  EXPECT_FALSE(m.route);
  EXPECT_EQ(m.allowed, (std::vector<std::string>{"GET", "PATCH", "HEAD"}));
}

TEST(RouterTest, HeadFallsBackToGet) {
  Router r;
  r.add(make("GET", "/x"));
  EXPECT_TRUE(r.match("HEAD", "/x").route);
}

TEST(RouterTest, DuplicatesAndBadPatternsAreProgrammerErrors) {
  Router r;
  r.add(make("GET", "/x/{id}"));
  EXPECT_THROW(r.add(make("GET", "/x/{id}")), std::logic_error);
  EXPECT_THROW(r.add(make("GET", "/x/{other}/y")), std::logic_error);
  EXPECT_THROW(r.add(make("GET", "x")), std::logic_error);
}

// An inline route runs without the middleware that authenticates, so it must be public.
TEST(RouterTest, OnlyPublicRoutesMayBeInline) {
  Router r;
  auto guarded = make("GET", "/guarded");
  guarded.inline_handler = true;
  EXPECT_THROW(r.add(guarded), std::logic_error);
  guarded.auth = Auth::authenticated;
  EXPECT_THROW(r.add(guarded), std::logic_error);
  guarded.auth = Auth::none;
  EXPECT_TRUE(r.add(guarded).inline_handler);
}

}  // namespace
}  // namespace colo::http
