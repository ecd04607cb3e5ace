#include "http/static_files.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace colo::http {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    base_ = fs::temp_directory_path() / ("colo-static-" + std::to_string(::getpid()) + "-" + info->name());
    fs::remove_all(base_);
    fs::create_directories(base_ / "root" / "assets");
    fs::create_directories(base_ / "root" / "docs");
    write(base_ / "root" / "index.html", "<html>");
    write(base_ / "root" / "favicon.ico", "ico");
    write(base_ / "root" / "manifest.webmanifest", "{}");
    write(base_ / "root" / "assets" / "app-1a2b.js", "js");
    write(base_ / "root" / "assets" / "app-1a2b.js.map", "{}");
    write(base_ / "root" / "assets" / "style-9f8e.css", "css");
    write(base_ / "root" / "assets" / "logo.SVG", "<svg/>");
    write(base_ / "root" / "assets" / "font.woff2", "w");
    write(base_ / "root" / "assets" / "blob.bin", "b");
    write(base_ / "root" / ".env", "secret");
    write(base_ / "outside.txt", "outside");
    write(base_ / "etc" / "passwd", "root:x:0:0");
    fs::create_symlink(base_ / "outside.txt", base_ / "root" / "link.txt");
    fs::create_symlink(base_ / "etc", base_ / "root" / "linkdir");
    root_ = fs::canonical(base_ / "root").string();
  }
  void TearDown() override { fs::remove_all(base_); }

  static void write(const fs::path& p, const std::string& s) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << s;
  }
  std::optional<Response> get(const std::string& path, const std::string& method = "GET") {
    Request r;
    r.method = method;
    r.path = path;
    return serve_static(root_, r);
  }
  static bool is_index(const std::optional<Response>& r) {
    return r && fs::path(r->file_path).filename() == "index.html";
  }
  static std::string header(const std::optional<Response>& r, const char* name) {
    return r ? std::string(r->header(name).value_or("")) : std::string("<none>");
  }

  fs::path base_;
  std::string root_;
};

TEST_F(StaticFilesTest, ServesAFileByNameWithItsContentType) {
  const std::pair<const char*, const char*> cases[] = {
      {"/index.html", "text/html; charset=utf-8"},
      {"/favicon.ico", "image/x-icon"},
      {"/manifest.webmanifest", "application/manifest+json"},
      {"/assets/app-1a2b.js", "text/javascript; charset=utf-8"},
      {"/assets/app-1a2b.js.map", "application/json"},
      {"/assets/style-9f8e.css", "text/css; charset=utf-8"},
      {"/assets/logo.SVG", "image/svg+xml"},
      {"/assets/font.woff2", "font/woff2"},
      {"/assets/blob.bin", "application/octet-stream"},
  };
  for (const auto& [path, type] : cases) {
    auto r = get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 200) << path;
    EXPECT_EQ(header(r, "Content-Type"), type) << path;
    EXPECT_EQ(fs::path(r->file_path), fs::path(root_) / fs::path(path).relative_path()) << path;
    EXPECT_TRUE(r->body.empty());
  }
}

TEST_F(StaticFilesTest, HashedAssetsAreCachedForAYearAndTheRestIsRevalidated) {
  EXPECT_EQ(header(get("/assets/app-1a2b.js"), "Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(header(get("/"), "Cache-Control"), "no-cache");
  EXPECT_EQ(header(get("/index.html"), "Cache-Control"), "no-cache");
  EXPECT_EQ(header(get("/favicon.ico"), "Cache-Control"), "no-cache");
  EXPECT_EQ(header(get("/dcim/racks/12"), "Cache-Control"), "no-cache");
}

TEST_F(StaticFilesTest, AppRoutesFallBackToIndexAndMissingFilesAreNotFound) {
  EXPECT_TRUE(is_index(get("/")));
  EXPECT_TRUE(is_index(get("/dcim/racks/12")));
  EXPECT_TRUE(is_index(get("/customers")));
  EXPECT_TRUE(is_index(get("/docs")));  // a directory is an app route too
  EXPECT_TRUE(is_index(get("/dcim/racks/12", "HEAD")));
  EXPECT_FALSE(get("/assets/missing.js"));
  EXPECT_FALSE(get("/missing.png"));
}

TEST_F(StaticFilesTest, TheApiAndServiceEndpointsAreNeverTheWebApp) {
  for (const char* p : {"/api", "/api/", "/api/v1/nothing", "/healthz", "/readyz", "/metrics"})
    EXPECT_FALSE(get(p)) << p;
  EXPECT_TRUE(is_index(get("/apis")));  // only the /api segment is reserved
}

TEST_F(StaticFilesTest, OnlyGetAndHeadAreServed) {
  EXPECT_TRUE(get("/index.html", "HEAD"));
  for (const char* m : {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"}) EXPECT_FALSE(get("/index.html", m)) << m;
}

TEST_F(StaticFilesTest, TraversalAttemptsAreRefused) {
  // Paths as the server hands them over: already percent-decoded, so /%2e%2e/ arrives as /../.
  for (const char* p :
       {"/../etc/passwd", "/../outside.txt", "/..", "/../", "/assets/../../outside.txt", "/assets/../../etc/passwd",
        "/assets/../index.html", "/./index.html", "/assets/./app-1a2b.js", "/.env", "/.git/config",
        "/a\\..\\..\\outside.txt", "\\..\\outside.txt", "relative", "", "/link.txt", "/linkdir/passwd", "/linkdir/x"}) {
    auto r = get(p);
    EXPECT_FALSE(r) << "served " << p << " as " << (r ? r->file_path : "");
  }
  EXPECT_FALSE(get(std::string("/index.html") + '\0' + ".js"));
  EXPECT_FALSE(get(std::string("/assets") + '\0'));
}

TEST_F(StaticFilesTest, AMatchingETagGets304WithoutAFile) {
  auto first = get("/assets/app-1a2b.js");
  ASSERT_TRUE(first);
  const std::string etag = header(first, "ETag");
  ASSERT_FALSE(etag.empty());
  Request again;
  again.method = "GET";
  again.path = "/assets/app-1a2b.js";
  again.headers = {{"if-none-match", "\"other\", " + etag}};
  auto r = serve_static(root_, again);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 304);
  EXPECT_TRUE(r->file_path.empty());
  EXPECT_EQ(header(r, "ETag"), etag);
  EXPECT_EQ(header(r, "Cache-Control"), "public, max-age=31536000, immutable");

  again.headers = {{"if-none-match", "\"stale\""}};
  EXPECT_EQ(serve_static(root_, again)->status, 200);

  // A changed file gets a new tag.
  write(base_ / "root" / "assets" / "app-1a2b.js", "js, longer now");
  EXPECT_NE(header(get("/assets/app-1a2b.js"), "ETag"), etag);
}

}  // namespace
}  // namespace colo::http
