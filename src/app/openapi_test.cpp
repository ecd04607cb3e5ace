#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/app.hpp"

namespace colo::app {
namespace {

TEST(OpenApiTest, EveryRouteAndMethodIsDocumentedWithItsGuard) {
  http::Router router;
  router.add({.method = "GET",
              .pattern = "/api/v1/a/{id}",
              .handler = {},
              .summary = "A",
              .tag = "t",
              .permission = "a.read"});
  router.add({.method = "POST",
              .pattern = "/api/v1/a",
              .handler = {},
              .summary = "make A",
              .tag = "t",
              .permission = "a.write",
              .success_status = 201});
  router.add(
      {.method = "GET", .pattern = "/healthz", .handler = {}, .summary = "up", .tag = "s", .auth = http::Auth::none});
  auto doc = openapi_document(router);
  const auto& paths = doc.at("paths").as_object();
  std::size_t operations = 0;
  for (const auto& [p, ops] : paths) operations += ops.as_object().size();
  EXPECT_EQ(operations, router.routes().size());
  const auto& get = paths.at("/api/v1/a/{id}").at("get").as_object();
  EXPECT_EQ(get.at("x-permission").as_string(), "a.read");
  EXPECT_EQ(get.at("parameters").as_array()[0].at("name").as_string(), "id");
  EXPECT_TRUE(paths.at("/api/v1/a").at("post").at("responses").as_object().contains("201"));
  EXPECT_TRUE(paths.at("/healthz").at("get").at("security").as_array().empty());
}

}  // namespace
}  // namespace colo::app
