// Starts the real `colo serve` as a child process on an ephemeral port, against a temporary
// SQLite file or a fresh PostgreSQL database (COLO_TEST_PG_URL), for API tests.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "support/client.hpp"

namespace colo::testing {

enum class Backend { sqlite, postgres };
std::string backend_name(Backend b);

struct ServerOptions {
  Backend backend = Backend::sqlite;
  std::vector<std::string> extra_args;     // after `serve`
  std::map<std::string, std::string> env;  // COLO_* overrides
  bool demo = false;
};

class ServerProcess {
 public:
  // Starts and waits until the server listens. Throws std::runtime_error with the log tail.
  static std::unique_ptr<ServerProcess> start(const ServerOptions& options);
  // One server per backend for the whole test binary (tests must use unique names).
  static ServerProcess& shared(Backend backend);
  ~ServerProcess();

  int port() const { return port_; }
  int pid() const { return pid_; }  // of the running server, for tests that act on the process
  const std::string& db_url() const { return db_url_; }
  const std::string& dir() const { return dir_; }
  std::string log() const;  // everything the server printed so far
  HttpClient client() const { return HttpClient("127.0.0.1", port_); }
  // Sends SIGTERM and waits; returns the exit status (or -signal).
  int terminate(int timeout_ms = 30000);
  bool running() const;
  // Runs `colo <args>` against the same database; returns {exit code, output}.
  std::pair<int, std::string> run_cli(const std::vector<std::string>& args) const;

  // True when PostgreSQL tests can run; when COLO_REQUIRE_PG=1 a missing server is a failure.
  static bool postgres_available();

 private:
  ServerProcess() = default;
  int pid_ = -1;
  int port_ = 0;
  std::string dir_;
  std::string db_url_;
  std::string pg_db_;  // to drop
  std::map<std::string, std::string> env_;
};

// Runs `colo <args>` with the given environment; returns {exit code, stdout+stderr}.
std::pair<int, std::string> run_colo(const std::vector<std::string>& args,
                                     const std::map<std::string, std::string>& env = {});

// A fresh PostgreSQL database for a test; dropped by drop_database. Returns its URL.
std::string create_pg_database(std::string& name_out);
void drop_pg_database(const std::string& name);

// A client signed in as a demo user (password "colo-demo-<username>" unless given), sending the
// session cookie and the CSRF token with every request.
HttpClient login(const ServerProcess& server, const std::string& username, std::string password = "");

// Parameterised API fixture: every TEST_P runs against SQLite and PostgreSQL.
class ApiTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;
  ServerProcess& server() { return *server_; }
  HttpClient client() { return server_->client(); }
  HttpClient as(const std::string& username) { return login(*server_, username); }
  ServerProcess* server_ = nullptr;
};

#define COLO_INSTANTIATE_API_TEST(Suite)                                                                            \
  INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                                         \
                           ::testing::Values(::colo::testing::Backend::sqlite, ::colo::testing::Backend::postgres), \
                           [](const auto& info) { return ::colo::testing::backend_name(info.param); })

}  // namespace colo::testing
