// Configuration: defaults < TOML file < COLO_* environment variables < command-line flags.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/result.hpp"

namespace colo::app {

struct Config {
  std::string listen = "127.0.0.1:8080";        // [server] listen       COLO_LISTEN
  std::string db = "sqlite://var/colo.db";      // [database] url        COLO_DB
  int db_pool = 8;                              // [database] pool       COLO_DB_POOL
  int workers = 0;                              // [server] workers      COLO_WORKERS (0: one per core)
  int io_threads = 1;                           // [server] io_threads   COLO_IO_THREADS
  std::string web_root = "web/dist";            // [server] web_root     COLO_WEB_ROOT
  std::string log_level = "info";               // [log] level           COLO_LOG_LEVEL
  bool access_log = true;                       // [log] access          COLO_ACCESS_LOG
  std::string secret_key;                       // [security] secret_key COLO_SECRET_KEY (64 hex chars)
  std::string upload_dir = "var/files";         // [storage] files       COLO_UPLOAD_DIR
  bool demo = false;                            // [server] demo         COLO_DEMO
  // Days after a contract ends before its IPv4 addresses go back to the pool (the daily job).
  int address_grace_days = 30;                  // [contracts] address_grace_days  COLO_ADDRESS_GRACE_DAYS
};

// Reads the TOML file (when path is not empty) over the defaults, then the environment.
Result<Config> load_config(const std::string& path, const std::map<std::string, std::string>& env);
std::map<std::string, std::string> environment();

// "127.0.0.1:8080", "[::1]:8080", ":8080" -> host and port.
Result<std::pair<std::string, int>> parse_listen(const std::string& listen);

}  // namespace colo::app
