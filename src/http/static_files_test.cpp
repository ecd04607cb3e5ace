#include "http/static_files.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace colo::http {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("colo-static-" + std::to_string(::getpid()));
    fs::create_directories(base_ / "root" / "assets");
    write(base_ / "root" / "index.html", "<html>");
    write(base_ / "root" / "assets" / "app-1a2b.js", "js");
    write(base_ / "root" / ".env", "secret");
    write(base_ / "outside.txt", "outside");
    fs::create_symlink(base_ / "outside.txt", base_ / "root" / "link.txt");
    root_ = fs::canonical(base_ / "root").string();
  }
  void TearDown() override { fs::remove_all(base_); }
  static void write(const fs::path& p, const std::string& s) { std::ofstream(p) << s; }
  std::optional<Response> get(const std::string& path) {
    Request r;
    r.method = "GET";
    r.path = path;
    return serve_static(root_, r);
  }
  fs::path base_;
  std::string root_;
};

TEST_F(StaticFilesTest, HashedAssetsAreCachedForeverAndIndexIsNot) {
  auto a = get("/assets/app-1a2b.js");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->header("Cache-Control").value_or(""), "public, max-age=31536000, immutable");
  EXPECT_EQ(a->header("Content-Type").value_or(""), "text/javascript; charset=utf-8");
  auto i = get("/");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->header("Cache-Control").value_or(""), "no-cache");
  EXPECT_NE(i->file_path.find("index.html"), std::string::npos);
}

TEST_F(StaticFilesTest, AppRoutesFallBackToIndex) {
  auto r = get("/dcim/racks/12");
  ASSERT_TRUE(r);
  EXPECT_NE(r->file_path.find("index.html"), std::string::npos);
  EXPECT_FALSE(get("/assets/missing.js"));
  EXPECT_FALSE(get("/api/v1/nothing"));
}

TEST_F(StaticFilesTest, TraversalDotfilesAndSymlinksOutsideAreRefused) {
  for (const char* p : {"/../outside.txt", "/assets/../../outside.txt", "/./index.html", "/.env",
                        "/link.txt", "/a\\..\\b", "relative"}) {
    auto r = get(p);
    EXPECT_TRUE(!r || r->file_path.find("index.html") != std::string::npos) << p;
    if (r) EXPECT_EQ(r->file_path.find("outside"), std::string::npos) << p;
  }
  std::string nul = std::string("/index.html") + '\0' + ".js";
  EXPECT_FALSE(get(nul));
}

}  // namespace
}  // namespace colo::http
