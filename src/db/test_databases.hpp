// Test support: a fresh database per test on SQLite (temp file) or PostgreSQL (COLO_TEST_PG_URL).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "db/database.hpp"

namespace colo::db::testing {

struct TestDatabase {
  std::unique_ptr<Database> db;
  std::string url;
  std::string pg_name;  // dropped at the end
  std::string dir;      // removed at the end
  ~TestDatabase();
};

// nullptr with GTEST_SKIP semantics left to the caller when PostgreSQL is not configured.
std::unique_ptr<TestDatabase> make_test_database(Engine engine, const Options& options = {});
bool postgres_configured();
std::string engine_name(Engine e);

class EngineTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override;
  Database& db() { return *test_db_->db; }
  std::unique_ptr<TestDatabase> test_db_;
};

#define COLO_INSTANTIATE_ENGINE_TEST(Suite)                                                             \
  INSTANTIATE_TEST_SUITE_P(Engines, Suite,                                                              \
                           ::testing::Values(::colo::db::Engine::sqlite, ::colo::db::Engine::postgres), \
                           [](const auto& info) { return ::colo::db::testing::engine_name(info.param); })

}  // namespace colo::db::testing
