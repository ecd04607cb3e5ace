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
  // The embedded time-series store: days raw samples are kept (five-minute rollups stay), and
  // where accepted samples are also sent (Prometheus remote write) and PromQL is read back.
  int monitoring_retention_raw_days = 35;   // [monitoring] retention_raw_days  COLO_MONITORING_RETENTION_RAW_DAYS
  std::string monitoring_remote_write_url;  // [monitoring] remote_write_url    COLO_MONITORING_REMOTE_WRITE_URL
  std::string monitoring_promql_url;        // [monitoring] promql_url          COLO_MONITORING_PROMQL_URL
  // Days the facility entry/exit log is kept before the daily job deletes it (at least a year).
  int facility_entry_log_days = 400;      // [facility] entry_log_days  COLO_FACILITY_ENTRY_LOG_DAYS
  int facility_change_notice_hours = 72;  // [facility] change_notice_hours  COLO_FACILITY_CHANGE_NOTICE_HOURS
  // Where people reach the console; e-mails link to it ("" leaves the link out).
  std::string public_url;  // [server] public_url  COLO_PUBLIC_URL
  // The SMTP server of notification e-mail; no host (or no from address): e-mail waits.
  std::string smtp_host;                   // [smtp] host       COLO_SMTP_HOST
  int smtp_port = 587;                     // [smtp] port       COLO_SMTP_PORT
  std::string smtp_security = "starttls";  // [smtp] security   COLO_SMTP_SECURITY (none | starttls | tls)
  std::string smtp_username;               // [smtp] username   COLO_SMTP_USERNAME
  std::string smtp_password;               // [smtp] password   COLO_SMTP_PASSWORD
  std::string smtp_from;                   // [smtp] from       COLO_SMTP_FROM (address)
  std::string smtp_from_name = "Colo";     // [smtp] from_name  COLO_SMTP_FROM_NAME
  int smtp_timeout_ms = 10000;             // [smtp] timeout_ms COLO_SMTP_TIMEOUT_MS
  // The dispatcher of the outbox: how often `colo serve` runs a pass (0: never, for tests that run
  // `colo jobs run deliver` themselves), attempts before an entry is dead, webhooks over http.
  int delivery_poll_seconds = 5;    // [delivery] poll_seconds        COLO_DELIVERY_POLL_SECONDS
  int delivery_max_attempts = 10;   // [delivery] max_attempts        COLO_DELIVERY_MAX_ATTEMPTS
  bool webhook_allow_http = false;  // [delivery] webhook_allow_http  COLO_WEBHOOK_ALLOW_HTTP
  int webhook_timeout_ms = 10000;   // [delivery] webhook_timeout_ms  COLO_WEBHOOK_TIMEOUT_MS
  // The poller (src/monitoring): runs inside `colo serve` when enabled; `colo poll` runs it alone.
  bool monitoring_enabled = false;         // [monitoring] enabled          COLO_MONITORING_ENABLED
  int monitoring_ping_interval_s = 60;     // [monitoring] ping_interval_s  COLO_MONITORING_PING_INTERVAL_S
  int monitoring_snmp_interval_s = 300;    // [monitoring] snmp_interval_s  COLO_MONITORING_SNMP_INTERVAL_S
  int monitoring_snmp_timeout_ms = 2000;   // [monitoring] snmp_timeout_ms  COLO_MONITORING_SNMP_TIMEOUT_MS
  int monitoring_snmp_retries = 1;         // [monitoring] snmp_retries     COLO_MONITORING_SNMP_RETRIES
  int monitoring_ping_timeout_ms = 1000;   // [monitoring] ping_timeout_ms  COLO_MONITORING_PING_TIMEOUT_MS
  int monitoring_max_in_flight = 256;      // [monitoring] max_in_flight    COLO_MONITORING_MAX_IN_FLIGHT
  std::string monitoring_fping = "fping";  // [monitoring] fping            COLO_MONITORING_FPING
  int monitoring_down_after_failures = 3;  // [monitoring] down_after_failures       COLO_MONITORING_DOWN_AFTER_FAILURES
  int monitoring_maintenance_notice_hours =
      48;  // [monitoring] maintenance_notice_hours  COLO_MONITORING_MAINTENANCE_NOTICE_HOURS
  // A poll taken longer than this after its slot counts as late on /metrics.
  int monitoring_poll_late_after_ms = 5000;  // [monitoring] poll_late_after_ms  COLO_MONITORING_POLL_LATE_AFTER_MS
  // Thresholds of the rules derived from the ledger ([monitoring] rule_* keys, COLO_MONITORING_RULE_*).
  int monitoring_rule_room_fire_minutes = 5;
  int monitoring_rule_room_recover_minutes = 10;
  int monitoring_rule_temperature_margin_c = 1;
  int monitoring_rule_humidity_margin_percent = 5;
  int monitoring_rule_power_warning_percent = 80;
  int monitoring_rule_power_critical_percent = 95;
  int monitoring_rule_power_recover_points = 5;
  int monitoring_rule_power_minutes = 5;
  int monitoring_rule_interface_down_samples = 2;
  int monitoring_rule_utilisation_percent = 90;
  int monitoring_rule_utilisation_recover_points = 10;
  int monitoring_rule_utilisation_minutes = 15;
  // Significant bits the raw blocks keep of rates and power/sensor gauges (tsdb/precision.hpp;
  // rollups stay exact); 0 or 53..64 keep every bit.
  int monitoring_rate_precision_bits = 11;
  // What a port's utilisation is measured against: "speed" (its speed) or "commit" (the committed
  // rate of the contract behind it, its speed when it has none).
  std::string monitoring_rule_utilisation_base =
      "speed";  // [monitoring] rule_utilisation_base  COLO_MONITORING_RULE_UTILISATION_BASE  // [monitoring]
                // rate_precision_bits  COLO_MONITORING_RATE_PRECISION_BITS
  // Days from an invoice's due date on which a payment reminder goes out (negative: before it).
  std::vector<int> reminder_days = {-3, 0, 7, 15};  // [billing] reminder_days  COLO_REMINDER_DAYS ("-3,0,7,15")
  // Days overdue after which the collections job proposes suspending the contract's service.
  int suspend_after_days = 30;  // [billing] suspend_after_days  COLO_SUSPEND_AFTER_DAYS
  // Billing: a period is invoiced once it starts within lead_days; invoices are due payment_days
  // after issue; the seller's details are printed on every invoice.
  int billing_lead_days = 7;         // [billing] lead_days             COLO_BILLING_LEAD_DAYS (0-60)
  int billing_payment_days = 15;     // [billing] payment_days          COLO_BILLING_PAYMENT_DAYS (0-365)
  std::string seller_name;           // [billing] seller_name           COLO_BILLING_SELLER_NAME
  std::string seller_taxpayer_id;    // [billing] seller_taxpayer_id    COLO_BILLING_SELLER_TAXPAYER_ID
  std::string seller_address_phone;  // [billing] seller_address_phone  COLO_BILLING_SELLER_ADDRESS_PHONE
  std::string seller_bank_account;   // [billing] seller_bank_account   COLO_BILLING_SELLER_BANK_ACCOUNT
  // VAT on the late-payment penalty line, in basis points (0 = outside VAT; 600 = 6 %).
  int late_fee_tax_rate_bp = 0;  // [billing] late_fee_tax_rate_bp  COLO_BILLING_LATE_FEE_TAX_RATE_BP (0-10000)
  // The service desk: days a resolved ticket may be reopened, days to answer a complaint (the
  // telecom complaint rule's 15), hours of notice before scheduled maintenance, largest attachment.
  int servicedesk_reopen_days = 7;             // [servicedesk] reopen_days  COLO_SERVICEDESK_REOPEN_DAYS
  int servicedesk_complaint_answer_days = 15;  // [servicedesk] complaint_answer_days  COLO_COMPLAINT_ANSWER_DAYS
  int servicedesk_maintenance_notice_hours =
      72;                                   // [servicedesk] maintenance_notice_hours  COLO_MAINTENANCE_NOTICE_HOURS
  int servicedesk_attachment_max_mib = 10;  // [servicedesk] attachment_max_mib  COLO_ATTACHMENT_MAX_MIB
  // Days ahead the daily job generates maintenance work orders (1–366).
  int facility_maintenance_horizon_days =
      30;  // [facility] maintenance_horizon_days  COLO_FACILITY_MAINTENANCE_HORIZON_DAYS
  // Hours a rectification order of a patrol finding has, by the finding's severity (1 to 2160).
  int facility_finding_deadline_hours_critical =
      4;  // [facility] finding_deadline_hours_critical  COLO_FACILITY_FINDING_DEADLINE_HOURS_CRITICAL
  int facility_finding_deadline_hours_major =
      24;  // [facility] finding_deadline_hours_major  COLO_FACILITY_FINDING_DEADLINE_HOURS_MAJOR
  int facility_finding_deadline_hours_minor =
      72;  // [facility] finding_deadline_hours_minor  COLO_FACILITY_FINDING_DEADLINE_HOURS_MINOR
  // HTTPS: PEM certificate chain and private key; both set or neither.
  std::string tls_cert;  // [server] tls_cert  COLO_TLS_CERT
  std::string tls_key;   // [server] tls_key   COLO_TLS_KEY
  // Roles whose users must sign in with a second factor (TOTP); they enrol at their next sign-in.
  std::vector<std::string> totp_required_roles;  // [security] totp_required_roles  COLO_TOTP_REQUIRED_ROLES
  // `colo backup` / `colo restore` and the backup job: a restic repository and its password file.
  std::string backup_repository;         // [backup] repository     COLO_BACKUP_REPOSITORY
  std::string backup_password_file;      // [backup] password_file  COLO_BACKUP_PASSWORD_FILE
  std::string backup_restic = "restic";  // [backup] restic        COLO_BACKUP_RESTIC
  // Audit entries and access logs younger than this are never deleted (at least six months);
  // older ones are archived with their chain checkpoint before they leave the database.
  int audit_retention_days = 183;                       // [audit] retention_days  COLO_AUDIT_RETENTION_DAYS
  std::string audit_archive_dir = "var/audit-archive";  // [audit] archive_dir     COLO_AUDIT_ARCHIVE_DIR
  // Device configuration backups: fetches at once in a scheduled run, and the SSH timeouts.
  int configs_pool = 8;                    // [configs] pool                COLO_CONFIGS_POOL
  int configs_connect_timeout_ms = 10000;  // [configs] connect_timeout_ms  COLO_CONFIGS_CONNECT_TIMEOUT_MS
  int configs_command_timeout_ms = 60000;  // [configs] command_timeout_ms  COLO_CONFIGS_COMMAND_TIMEOUT_MS
  // R10.3: years a contract's confidentiality duty runs after the contract ends (a contract may
  // set its own), and days before the duty ends that the reminder goes out.
  int confidentiality_years_after_end = 3;  // [confidentiality] years_after_end  COLO_CONFIDENTIALITY_YEARS_AFTER_END
  int confidentiality_reminder_days = 30;   // [confidentiality] reminder_days    COLO_CONFIDENTIALITY_REMINDER_DAYS
  // The customer backup service's runner: restic processes at once (1–32) and where restore tests
  // restore (a directory of their own each time, removed afterwards).
  int backups_max_concurrent = 2;                        // [backups] max_concurrent  COLO_BACKUPS_MAX_CONCURRENT
  std::string backups_scratch_dir = "var/backup-tests";  // [backups] scratch_dir     COLO_BACKUPS_SCRATCH_DIR
  // Firewall requests: the latest expiry a request may ask for, and how many days ahead the
  // customer is told that a rule expires.
  int firewall_max_expiry_days = 365;  // [firewall] max_expiry_days  COLO_FIREWALL_MAX_EXPIRY_DAYS
  int firewall_notice_days = 7;        // [firewall] notice_days      COLO_FIREWALL_NOTICE_DAYS
  // Vulnerability scans: the nmap executable, the longest a scan may run, scans at once, and the
  // remediation deadline of a finding by severity, in days.
  std::string vulns_nmap = "nmap";       // [vulns] nmap                  COLO_VULNS_NMAP
  int vulns_scan_timeout_s = 600;        // [vulns] scan_timeout_s        COLO_VULNS_SCAN_TIMEOUT_S
  int vulns_max_concurrent_scans = 2;    // [vulns] max_concurrent_scans  COLO_VULNS_MAX_CONCURRENT_SCANS
  int vulns_deadline_days_critical = 7;  // [vulns] deadline_days_critical  COLO_VULNS_DEADLINE_DAYS_CRITICAL
  int vulns_deadline_days_high = 30;     // [vulns] deadline_days_high      COLO_VULNS_DEADLINE_DAYS_HIGH
  int vulns_deadline_days_medium = 90;   // [vulns] deadline_days_medium    COLO_VULNS_DEADLINE_DAYS_MEDIUM
  int vulns_deadline_days_low = 180;     // [vulns] deadline_days_low       COLO_VULNS_DEADLINE_DAYS_LOW
  int vulns_deadline_days_info = 365;    // [vulns] deadline_days_info      COLO_VULNS_DEADLINE_DAYS_INFO
  // Over-use detection: how long a contract must stay above its commit or contracted kW to be
  // proposed as a breach, and how far back each run reads (at least a day and a margin, so that
  // late samples and a run that crossed midnight are seen).
  int disputes_overuse_minutes = 60;         // [disputes] overuse_minutes         COLO_DISPUTES_OVERUSE_MINUTES
  int disputes_overuse_lookback_hours = 48;  // [disputes] overuse_lookback_hours  COLO_DISPUTES_OVERUSE_LOOKBACK_HOURS
};

// Six months: the least time audit entries and access logs are kept.
inline constexpr int kMinAuditRetentionDays = 183;

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
