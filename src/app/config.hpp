// Configuration: defaults < TOML file < COLO_* environment variables < command-line flags.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace colo::app {

struct Config {
  std::string listen = "127.0.0.1:8080";    // [server] listen       COLO_LISTEN
  std::string db = "sqlite://var/colo.db";  // [database] url        COLO_DB
  int db_pool = 8;                          // [database] pool       COLO_DB_POOL
  // Bounded waits, so a locked table answers 503 db.busy instead of holding every worker (0: none).
  int db_busy_timeout_ms = 5000;       // [database] busy_timeout_ms       COLO_DB_BUSY_TIMEOUT_MS (SQLite)
  int db_statement_timeout_ms = 5000;  // [database] statement_timeout_ms  COLO_DB_STATEMENT_TIMEOUT_MS (PostgreSQL)
  int db_lock_timeout_ms = 3000;       // [database] lock_timeout_ms       COLO_DB_LOCK_TIMEOUT_MS (PostgreSQL)
  int workers = 0;                     // [server] workers      COLO_WORKERS (0: two per core)
  int io_threads = 1;                  // [server] io_threads   COLO_IO_THREADS
  // Open connections in all (0: the open-file limit less 64) and from one client address
  // (0: no cap). Behind a reverse proxy every connection comes from the proxy's address.
  int max_connections = 0;                // [server] max_connections              COLO_MAX_CONNECTIONS
  int max_connections_per_address = 256;  // [server] max_connections_per_address  COLO_MAX_CONNECTIONS_PER_ADDRESS
  std::string web_root = "web/dist";      // [server] web_root     COLO_WEB_ROOT
  std::string log_level = "info";         // [log] level           COLO_LOG_LEVEL
  bool access_log = true;                 // [log] access          COLO_ACCESS_LOG
  std::string secret_key;                 // [security] secret_key COLO_SECRET_KEY (64 hex chars)
  std::string upload_dir = "var/files";   // [storage] files       COLO_UPLOAD_DIR
  bool demo = false;                      // [server] demo         COLO_DEMO
  // Reverse proxies whose X-Forwarded-For/-Proto are believed: addresses or CIDR networks.
  std::vector<std::string> trusted_proxies;  // [server] trusted_proxies COLO_TRUSTED_PROXIES (comma-separated)
  std::string time_zone = "Asia/Shanghai";   // [business] time_zone  COLO_TIME_ZONE (IANA name)
  std::string audit_key;                     // [audit] key           COLO_AUDIT_KEY (64 hex chars)
  std::string audit_checkpoint;              // [audit] checkpoint    COLO_AUDIT_CHECKPOINT (default
                                             //   audit.checkpoint next to a SQLite file, else var/)
  // Days after a contract ends before its IPv4 addresses go back to the pool (the daily job).
  int address_grace_days = 30;  // [contracts] address_grace_days  COLO_ADDRESS_GRACE_DAYS
  // The most rows one export (CSV or XLSX) may hold; a longer list is refused with a problem.
  int export_max_rows = 50000;  // [export] max_rows  COLO_EXPORT_MAX_ROWS
  // The service desk: days a resolved ticket may be reopened, days to answer a complaint (the
  // telecom complaint rule's 15), hours of notice before scheduled maintenance, largest attachment.
  int servicedesk_reopen_days = 7;              // [servicedesk] reopen_days  COLO_SERVICEDESK_REOPEN_DAYS
  int servicedesk_complaint_answer_days = 15;   // [servicedesk] complaint_answer_days  COLO_COMPLAINT_ANSWER_DAYS
  int servicedesk_maintenance_notice_hours = 72;  // [servicedesk] maintenance_notice_hours  COLO_MAINTENANCE_NOTICE_HOURS
  int servicedesk_attachment_max_mib = 10;      // [servicedesk] attachment_max_mib  COLO_ATTACHMENT_MAX_MIB
};

// Handler threads: [server] workers, or two per core (at least 4) when not set.
int worker_count(const Config& config);

// Reads the TOML file (when path is not empty) over the defaults, then the environment.
Result<Config> load_config(const std::string& path, const std::map<std::string, std::string>& env);
std::map<std::string, std::string> environment();

// Where the audit chain's head is recorded: [audit] checkpoint when set; else audit.checkpoint in
// the directory of a SQLite file; else var/audit-<digest of the database URL>.checkpoint, so that
// servers of different databases never share one.
std::string audit_checkpoint_path(const Config& config);

// "127.0.0.1:8080", "[::1]:8080", ":8080" -> host and port.
Result<std::pair<std::string, int>> parse_listen(const std::string& listen);

}  // namespace colo::app
