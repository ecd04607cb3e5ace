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

TEST(ConfigTest, AddressGraceDaysDefaultFileAndEnvironment) {
  EXPECT_EQ(load_config("", {})->address_grace_days, 30);
  std::string path = ::testing::TempDir() + "/colo-grace.toml";
  {
    std::ofstream f(path);
    f << "[contracts]\naddress_grace_days = 7\n";
  }
  EXPECT_EQ(load_config(path, {})->address_grace_days, 7);
  EXPECT_EQ(load_config(path, {{"COLO_ADDRESS_GRACE_DAYS", "0"}})->address_grace_days, 0);
  EXPECT_FALSE(load_config("", {{"COLO_ADDRESS_GRACE_DAYS", "-1"}}).ok());
  std::remove(path.c_str());
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
