#include "support/server_process.hpp"

#include <fcntl.h>
#include <libpq-fe.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <boost/json.hpp>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace colo::testing {

namespace fs = std::filesystem;

std::string backend_name(Backend b) { return b == Backend::sqlite ? "SQLite" : "PostgreSQL"; }

namespace {

std::string make_temp_dir() {
  std::string tmpl = (fs::temp_directory_path() / "colo-test-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  return tmpl;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string source_dir() {
  const char* s = std::getenv("COLO_SOURCE_DIR");
  return s ? s : ".";
}

// Spawns the binary with stdout+stderr to log_path; returns the pid.
int spawn(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
          const std::string& log_path) {
  int pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int fd = open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, 1);
    dup2(fd, 2);
    close(fd);
    for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
    std::vector<char*> argv;
    std::string bin = COLO_BINARY_PATH;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

std::string pg_admin_url() {
  const char* u = std::getenv("COLO_TEST_PG_URL");
  return u ? u : "";
}

std::atomic<int> g_db_counter{0};

void pg_exec(const std::string& sql) {
  PGconn* c = PQconnectdb(pg_admin_url().c_str());
  if (PQstatus(c) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(c);
    PQfinish(c);
    throw std::runtime_error("cannot reach test PostgreSQL: " + msg);
  }
  PGresult* r = PQexec(c, sql.c_str());
  bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  std::string msg = PQresultErrorMessage(r);
  PQclear(r);
  PQfinish(c);
  if (!ok) throw std::runtime_error(sql + ": " + msg);
}

}  // namespace

bool ServerProcess::postgres_available() { return !pg_admin_url().empty(); }

std::string create_pg_database(std::string& name_out) {
  name_out = "colo_t_" + std::to_string(getpid()) + "_" + std::to_string(g_db_counter++);
  pg_exec("DROP DATABASE IF EXISTS " + name_out);
  pg_exec("CREATE DATABASE " + name_out);
  // Replace the database name (the last path segment) of the admin URL.
  std::string url = pg_admin_url();
  auto q = url.find('?');
  std::string query = q == std::string::npos ? "" : url.substr(q);
  std::string base = url.substr(0, q);
  auto slash = base.rfind('/');
  if (slash == std::string::npos || slash < base.find("//") + 2)
    base += "/";
  else
    base = base.substr(0, slash + 1);
  return base + name_out + query;
}

void drop_pg_database(const std::string& name) {
  try {
    pg_exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  } catch (...) {}
}

std::unique_ptr<ServerProcess> ServerProcess::start(const ServerOptions& options) {
  std::unique_ptr<ServerProcess> p(new ServerProcess());
  p->dir_ = make_temp_dir();
  if (options.backend == Backend::sqlite) {
    p->db_url_ = "sqlite://" + p->dir_ + "/colo.db";
  } else {
    if (!postgres_available()) throw std::runtime_error("COLO_TEST_PG_URL is not set");
    p->db_url_ = create_pg_database(p->pg_db_);
  }
  p->env_ = {{"COLO_DB", p->db_url_},
             {"COLO_LOG_LEVEL", "info"},
             {"COLO_UPLOAD_DIR", p->dir_ + "/files"},
             {"COLO_WEB_ROOT", source_dir() + "/web/dist"},
             {"COLO_WORKERS", "4"},
             {"COLO_SECRET_KEY", std::string(64, 'a')},
             {"COLO_AUDIT_CHECKPOINT", p->dir_ + "/audit.checkpoint"}};
  for (const auto& [k, v] : options.env) p->env_[k] = v;
  std::vector<std::string> args = {"serve", "--listen", "127.0.0.1:0"};
  if (options.demo) args.push_back("--demo");
  for (const auto& a : options.extra_args) args.push_back(a);
  const std::string log_path = p->dir_ + "/server.log";
  p->pid_ = spawn(args, p->env_, log_path);
  static const std::regex kListening(R"(listening on https?://[^:]+:(\d+))");
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    std::string log = read_file(log_path);
    std::smatch m;
    if (std::regex_search(log, m, kListening)) {
      p->port_ = std::stoi(m[1]);
      return p;
    }
    int status = 0;
    if (waitpid(p->pid_, &status, WNOHANG) == p->pid_) {
      p->pid_ = -1;
      throw std::runtime_error("colo serve exited early:\n" + log);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  throw std::runtime_error("colo serve did not start in time:\n" + read_file(log_path));
}

ServerProcess& ServerProcess::shared(Backend backend) {
  static std::unique_ptr<ServerProcess> servers[2];
  auto& slot = servers[backend == Backend::sqlite ? 0 : 1];
  if (!slot) slot = start({.backend = backend, .demo = true});
  return *slot;
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) terminate(10000);
  if (!pg_db_.empty()) drop_pg_database(pg_db_);
  std::error_code ec;
  if (!dir_.empty() && !std::getenv("COLO_KEEP_TEST_DIRS")) fs::remove_all(dir_, ec);
}

std::string ServerProcess::log() const { return read_file(dir_ + "/server.log"); }

bool ServerProcess::running() const {
  if (pid_ <= 0) return false;
  return kill(pid_, 0) == 0;
}

int ServerProcess::terminate(int timeout_ms) {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      if (WIFEXITED(status)) return WEXITSTATUS(status);
      return -WTERMSIG(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return -SIGKILL;
}

std::pair<int, std::string> ServerProcess::run_cli(const std::vector<std::string>& args) const {
  return run_colo(args, env_);
}

std::pair<int, std::string> run_colo(const std::vector<std::string>& args,
                                     const std::map<std::string, std::string>& env) {
  std::string dir = make_temp_dir();
  std::string log_path = dir + "/out.log";
  int pid = spawn(args, env, log_path);
  int status = 0;
  waitpid(pid, &status, 0);
  std::string out = read_file(log_path);
  std::error_code ec;
  fs::remove_all(dir, ec);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

void ApiTest::SetUp() {
  if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) {
    const char* req = std::getenv("COLO_REQUIRE_PG");
    if (req && std::string(req) == "1") FAIL() << "COLO_REQUIRE_PG=1 but COLO_TEST_PG_URL is unset";
    GTEST_SKIP() << "PostgreSQL not configured (set COLO_TEST_PG_URL)";
  }
  server_ = &ServerProcess::shared(GetParam());
}

HttpClient login(const ServerProcess& server, const std::string& username, std::string password) {
  if (password.empty()) password = "colo-demo-" + username;
  auto c = server.client();
  // Password hashing is admitted a few at a time; a client told to come back (503 auth.busy with
  // Retry-After) does so, as the web client does.
  auto r =
      c.send_json("POST", "/api/v1/auth/login", boost::json::object{{"username", username}, {"password", password}});
  for (int attempt = 0; r.status == 503 && attempt < 50; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    r = c.send_json("POST", "/api/v1/auth/login", boost::json::object{{"username", username}, {"password", password}});
  }
  if (r.status != 200) throw std::runtime_error("login as " + username + " failed: " + r.body);
  auto cookie = r.header("set-cookie").value_or("");
  c.set_default_header("Cookie", cookie.substr(0, cookie.find(';')));
  c.set_default_header("X-CSRF-Token", std::string(r.json().at("csrf_token").as_string()));
  return c;
}

}  // namespace colo::testing
