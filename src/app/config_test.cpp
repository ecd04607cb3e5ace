#include "app/config.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace colo::app {
namespace {

TEST(ConfigTest, DefaultsServeSqliteOnLoopback) {
  auto c = load_config("", {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->listen, "127.0.0.1:8080");
  EXPECT_EQ(c->db, "sqlite://var/colo.db");
}

TEST(ConfigTest, EnvironmentOverridesTheFile) {
  std::string path = ::testing::TempDir() + "/colo-config-test.toml";
  {
    std::ofstream f(path);
    f << "[server]\nlisten = \"0.0.0.0:9000\"\nworkers = 8\n[database]\nurl = \"sqlite:///tmp/x.db\"\n";
  }
  auto c = load_config(path, {{"COLO_DB", "postgresql://u@h/db"}});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->listen, "0.0.0.0:9000");
  EXPECT_EQ(c->workers, 8);
  EXPECT_EQ(c->db, "postgresql://u@h/db");
  std::remove(path.c_str());
}

TEST(ConfigTest, BadValuesAreOneClearError) {
  auto c = load_config("", {{"COLO_WORKERS", "many"}});
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().message.find("COLO_WORKERS"), std::string::npos);
  auto d = load_config("", {{"COLO_LOG_LEVEL", "loud"}});
  EXPECT_FALSE(d.ok());
  std::string path = ::testing::TempDir() + "/colo-bad.toml";
  {
    std::ofstream f(path);
    f << "[server\nlisten=";
  }
  auto e = load_config(path, {});
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.error().message.find(path), std::string::npos);
  std::remove(path.c_str());
}

TEST(ConfigTest, ConnectionCapsComeFromTheFileOrTheEnvironment) {
  auto defaults = load_config("", {});
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->max_connections, 0);
  EXPECT_EQ(defaults->max_connections_per_address, 256);
  std::string path = ::testing::TempDir() + "/colo-caps.toml";
  {
    std::ofstream f(path);
    f << "[server]\nmax_connections = 5000\nmax_connections_per_address = 50\n";
  }
  auto c = load_config(path, {{"COLO_MAX_CONNECTIONS_PER_ADDRESS", "0"}});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->max_connections, 5000);
  EXPECT_EQ(c->max_connections_per_address, 0);
  std::remove(path.c_str());
  auto bad = load_config("", {{"COLO_MAX_CONNECTIONS", "-1"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("COLO_MAX_CONNECTIONS"), std::string::npos);
}

TEST(ConfigTest, ListenAddresses) {
  EXPECT_EQ(parse_listen("127.0.0.1:8080")->second, 8080);
  EXPECT_EQ(parse_listen("[::1]:80")->first, "::1");
  EXPECT_EQ(parse_listen(":0")->first, "0.0.0.0");
  EXPECT_FALSE(parse_listen("localhost").ok());
  EXPECT_FALSE(parse_listen("h:99999").ok());
  EXPECT_FALSE(parse_listen("h:8o").ok());
}

}  // namespace
}  // namespace colo::app
