#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/app.hpp"
#include "core/crypto.hpp"
#include "core/json.hpp"
#include "core/shape.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

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

// A body that is not JSON is documented under its own media types, as bytes.
TEST(OpenApiTest, ANonJsonBodyIsDocumentedUnderItsMediaTypes) {
  http::Router router;
  router.add({.method = "POST",
              .pattern = "/api/v1/things/import",
              .handler = {},
              .summary = "import",
              .tag = "t",
              .permission = "t.write",
              .request_types = {"text/csv"}});
  auto doc = openapi_document(router);
  const auto& body = doc.at("paths").at("/api/v1/things/import").at("post").at("requestBody").as_object();
  EXPECT_EQ(to_json(body.at("content")), R"({"text/csv":{"schema":{"type":"string","format":"binary"}}})");
}

struct Thing {
  std::int64_t id = 0;
};

// A shape's named schemas move into #/components/schemas; two different schemas under one name
// are refused rather than one silently replacing the other.
TEST(OpenApiTest, NamedSchemasOfShapesBecomeComponents) {
  http::Router router;
  router.add({.method = "GET",
              .pattern = "/api/v1/things",
              .handler = {},
              .summary = "things",
              .tag = "t",
              .permission = "t.read",
              .response_schema = shape::page_of<Thing>("Thing", [](auto& w, const Thing& t) { w.field("id", t.id); })});
  auto doc = openapi_document(router);
  const auto& schemas = doc.at("components").at("schemas").as_object();
  EXPECT_TRUE(schemas.contains("Thing"));
  EXPECT_TRUE(schemas.contains("ThingPage"));
  EXPECT_TRUE(schemas.contains("Problem"));
  EXPECT_EQ(to_json(doc.at("paths")
                        .at("/api/v1/things")
                        .at("get")
                        .at("responses")
                        .at("200")
                        .at("content")
                        .at("application/json")),
            R"({"schema":{"$ref":"#/components/schemas/ThingPage"}})");
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/things/{id}",
       .handler = {},
       .summary = "thing",
       .tag = "t",
       .permission = "t.read",
       .response_schema = shape::schema_of<Thing>("Thing", [](auto& w, const Thing& t) { w.field("name", t.id); })});
  EXPECT_THROW(openapi_document(router), std::logic_error);
}

void collect_refs(const json::value& v, std::set<std::string>& out) {
  if (v.is_object()) {
    for (const auto& [k, x] : v.as_object()) {
      if (k == "$ref" && x.is_string()) out.emplace(x.as_string());
      collect_refs(x, out);
    }
  } else if (v.is_array()) {
    for (const auto& x : v.as_array()) collect_refs(x, out);
  }
}

// Every route answering JSON declares the schema of its answer, derived from the shape that
// writes it, and every reference in the document resolves.
TEST(OpenApiTest, EveryJsonRouteDeclaresItsAnswerAndEveryReferenceResolves) {
  Config config;
  config.db = "sqlite::memory:";
  config.secret_key = crypto::key_to_hex(crypto::random_key());
  config.web_root.clear();
  auto app = App::create(config).take();
  for (const auto& rp : app->router().routes()) {
    const auto& r = *rp;
    if (r.response_type != "application/json" || r.success_status == 204) continue;
    EXPECT_FALSE(r.response_schema.is_null()) << r.method << " " << r.pattern << " declares no response schema";
  }
  auto doc = openapi_document(app->router());
  std::set<std::string> refs;
  collect_refs(doc, refs);
  const auto& schemas = doc.at("components").at("schemas").as_object();
  EXPECT_GT(refs.size(), 10u);
  for (const auto& ref : refs) {
    ASSERT_EQ(ref.rfind("#/components/schemas/", 0), 0u) << ref;
    EXPECT_TRUE(schemas.contains(ref.substr(21))) << ref;
  }
  EXPECT_EQ(to_json(doc).find("x-components"), std::string::npos);

  // The web's API types are generated from the committed copy of this document: a shape changed
  // here and not regenerated there fails (cd web && npm run api:types).
  const char* root = std::getenv("COLO_SOURCE_DIR");
  ASSERT_NE(root, nullptr) << "ctest sets COLO_SOURCE_DIR";
  std::ifstream in(std::filesystem::path(root) / "web/src/api/openapi.json");
  ASSERT_TRUE(in) << "web/src/api/openapi.json is missing";
  const std::string committed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_TRUE(json::parse(committed) == json::value(doc))
      << "web/src/api/openapi.json is stale: run `npm run api:types` in web/ and commit it with src/api/schema.ts";
}

}  // namespace
}  // namespace colo::app
