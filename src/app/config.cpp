#include "app/config.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <thread>
#include <tuple>

#include "core/business_calendar.hpp"
#include "core/crypto.hpp"
#include "db/database.hpp"
#include "http/forwarded.hpp"

extern char** environ;

namespace colo::app {

namespace {

Status set_int(int& out, std::string_view v, std::string_view name, int min = 1) {
  int n = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || p != v.data() + v.size() || n < min)
    return Error::invalid("config", std::string(name) +
                                        (min > 0 ? " must be a positive integer" : " must be 0 or more") + ", got '" +
                                        std::string(v) + "'");
  out = n;
  return {};
}

// A count where 0 means "the default" or "no cap".
Status set_count(int& out, std::string_view v, std::string_view name) {
  int n = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || p != v.data() + v.size() || n < 0)
    return Error::invalid("config",
                          std::string(name) + " must be 0 or a positive integer, got '" + std::string(v) + "'");
  out = n;
  return {};
}

Status set_bool(bool& out, std::string_view v, std::string_view name) {
  if (v == "1" || v == "true" || v == "yes" || v == "on") {
    out = true;
  } else if (v == "0" || v == "false" || v == "no" || v == "off") {
    out = false;
  } else {
    return Error::invalid("config", std::string(name) + " must be true or false, got '" + std::string(v) + "'");
  }
  return {};
}

std::vector<std::string> split_list(std::string_view v) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= v.size()) {
    auto comma = v.find(',', start);
    auto item = v.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace

int worker_count(const Config& config) {
  // Two per core, at least four: handlers mostly wait on the database, and password hashing may
  // take half of them (auth::HashGate), so two sign-ins at once still leave workers free.
  return config.workers > 0 ? config.workers : static_cast<int>(std::max(4u, 2 * std::thread::hardware_concurrency()));
}

std::map<std::string, std::string> environment() {
  std::map<std::string, std::string> env;
  for (char** e = environ; e && *e; ++e) {
    std::string_view kv(*e);
    if (kv.rfind("COLO_", 0) != 0) continue;
    auto eq = kv.find('=');
    if (eq == std::string_view::npos) continue;
    env.emplace(std::string(kv.substr(0, eq)), std::string(kv.substr(eq + 1)));
  }
  return env;
}

Result<Config> load_config(const std::string& path, const std::map<std::string, std::string>& env) {
  Config c;
  if (!path.empty()) {
    toml::table t;
    try {
      t = toml::parse_file(path);
    } catch (const toml::parse_error& e) {
      return Error::invalid("config", "cannot read config file " + path + ": " + std::string(e.description()));
    }
    auto str = [&](std::string_view section, std::string_view key, std::string& out) {
      if (auto v = t[section][key].value<std::string>()) out = *v;
    };
    auto num = [&](std::string_view section, std::string_view key, int& out) {
      if (auto v = t[section][key].value<int64_t>()) out = static_cast<int>(*v);
    };
    auto flag = [&](std::string_view section, std::string_view key, bool& out) {
      if (auto v = t[section][key].value<bool>()) out = *v;
    };
    str("server", "listen", c.listen);
    num("server", "workers", c.workers);
    num("server", "io_threads", c.io_threads);
    num("server", "max_connections", c.max_connections);
    num("server", "max_connections_per_address", c.max_connections_per_address);
    str("server", "web_root", c.web_root);
    flag("server", "demo", c.demo);
    if (auto* list = t["server"]["trusted_proxies"].as_array()) {
      for (const auto& item : *list) {
        auto v = item.value<std::string>();
        if (!v) return Error::invalid("config", "[server] trusted_proxies must be a list of strings");
        c.trusted_proxies.push_back(*v);
      }
    } else if (auto v = t["server"]["trusted_proxies"].value<std::string>()) {
      c.trusted_proxies = split_list(*v);
    }
    str("database", "url", c.db);
    num("database", "pool", c.db_pool);
    num("database", "busy_timeout_ms", c.db_busy_timeout_ms);
    num("database", "statement_timeout_ms", c.db_statement_timeout_ms);
    num("database", "lock_timeout_ms", c.db_lock_timeout_ms);
    str("log", "level", c.log_level);
    flag("log", "access", c.access_log);
    str("security", "secret_key", c.secret_key);
    str("storage", "files", c.upload_dir);
    str("business", "time_zone", c.time_zone);
    str("audit", "key", c.audit_key);
    str("audit", "checkpoint", c.audit_checkpoint);
    num("contracts", "address_grace_days", c.address_grace_days);
    num("export", "max_rows", c.export_max_rows);
    num("monitoring", "retention_raw_days", c.monitoring_retention_raw_days);
    num("facility", "entry_log_days", c.facility_entry_log_days);
    num("facility", "maintenance_horizon_days", c.facility_maintenance_horizon_days);
    num("facility", "change_notice_hours", c.facility_change_notice_hours);
    num("facility", "finding_deadline_hours_critical", c.facility_finding_deadline_hours_critical);
    num("facility", "finding_deadline_hours_major", c.facility_finding_deadline_hours_major);
    num("facility", "finding_deadline_hours_minor", c.facility_finding_deadline_hours_minor);
    str("monitoring", "remote_write_url", c.monitoring_remote_write_url);
    str("monitoring", "promql_url", c.monitoring_promql_url);
    str("server", "public_url", c.public_url);
    str("smtp", "host", c.smtp_host);
    num("smtp", "port", c.smtp_port);
    str("smtp", "security", c.smtp_security);
    str("smtp", "username", c.smtp_username);
    str("smtp", "password", c.smtp_password);
    str("smtp", "from", c.smtp_from);
    str("smtp", "from_name", c.smtp_from_name);
    num("smtp", "timeout_ms", c.smtp_timeout_ms);
    num("delivery", "poll_seconds", c.delivery_poll_seconds);
    num("delivery", "max_attempts", c.delivery_max_attempts);
    flag("delivery", "webhook_allow_http", c.webhook_allow_http);
    num("delivery", "webhook_timeout_ms", c.webhook_timeout_ms);
    flag("monitoring", "enabled", c.monitoring_enabled);
    num("monitoring", "ping_interval_s", c.monitoring_ping_interval_s);
    num("monitoring", "snmp_interval_s", c.monitoring_snmp_interval_s);
    num("monitoring", "snmp_timeout_ms", c.monitoring_snmp_timeout_ms);
    num("monitoring", "snmp_retries", c.monitoring_snmp_retries);
    num("monitoring", "ping_timeout_ms", c.monitoring_ping_timeout_ms);
    num("monitoring", "max_in_flight", c.monitoring_max_in_flight);
    num("monitoring", "down_after_failures", c.monitoring_down_after_failures);
    num("monitoring", "maintenance_notice_hours", c.monitoring_maintenance_notice_hours);
    num("monitoring", "poll_late_after_ms", c.monitoring_poll_late_after_ms);
    num("monitoring", "rule_room_fire_minutes", c.monitoring_rule_room_fire_minutes);
    num("monitoring", "rule_room_recover_minutes", c.monitoring_rule_room_recover_minutes);
    num("monitoring", "rule_temperature_margin_c", c.monitoring_rule_temperature_margin_c);
    num("monitoring", "rule_humidity_margin_percent", c.monitoring_rule_humidity_margin_percent);
    num("monitoring", "rule_power_warning_percent", c.monitoring_rule_power_warning_percent);
    num("monitoring", "rule_power_critical_percent", c.monitoring_rule_power_critical_percent);
    num("monitoring", "rule_power_recover_points", c.monitoring_rule_power_recover_points);
    num("monitoring", "rule_power_minutes", c.monitoring_rule_power_minutes);
    num("monitoring", "rule_interface_down_samples", c.monitoring_rule_interface_down_samples);
    num("monitoring", "rule_utilisation_percent", c.monitoring_rule_utilisation_percent);
    num("monitoring", "rule_utilisation_recover_points", c.monitoring_rule_utilisation_recover_points);
    num("monitoring", "rule_utilisation_minutes", c.monitoring_rule_utilisation_minutes);
    num("monitoring", "rate_precision_bits", c.monitoring_rate_precision_bits);
    str("monitoring", "rule_utilisation_base", c.monitoring_rule_utilisation_base);
    str("monitoring", "fping", c.monitoring_fping);
    num("billing", "suspend_after_days", c.suspend_after_days);
    if (auto* list = t["billing"]["reminder_days"].as_array()) {
      c.reminder_days.clear();
      for (const auto& item : *list) {
        auto v = item.value<int64_t>();
        if (!v) return Error::invalid("config", "[billing] reminder_days must be a list of whole numbers of days");
        c.reminder_days.push_back(static_cast<int>(*v));
      }
    }
    num("billing", "lead_days", c.billing_lead_days);
    num("billing", "late_fee_tax_rate_bp", c.late_fee_tax_rate_bp);
    num("billing", "payment_days", c.billing_payment_days);
    str("billing", "seller_name", c.seller_name);
    str("billing", "seller_taxpayer_id", c.seller_taxpayer_id);
    str("billing", "seller_address_phone", c.seller_address_phone);
    str("billing", "seller_bank_account", c.seller_bank_account);
    num("servicedesk", "reopen_days", c.servicedesk_reopen_days);
    num("servicedesk", "complaint_answer_days", c.servicedesk_complaint_answer_days);
    num("servicedesk", "maintenance_notice_hours", c.servicedesk_maintenance_notice_hours);
    num("servicedesk", "attachment_max_mib", c.servicedesk_attachment_max_mib);
    str("server", "tls_cert", c.tls_cert);
    str("server", "tls_key", c.tls_key);
    if (auto* list = t["security"]["totp_required_roles"].as_array()) {
      for (const auto& item : *list) {
        auto v = item.value<std::string>();
        if (!v) return Error::invalid("config", "[security] totp_required_roles must be a list of role names");
        c.totp_required_roles.push_back(*v);
      }
    } else if (auto v = t["security"]["totp_required_roles"].value<std::string>()) {
      c.totp_required_roles = split_list(*v);
    }
    str("backup", "repository", c.backup_repository);
    str("backup", "password_file", c.backup_password_file);
    str("backup", "restic", c.backup_restic);
    num("audit", "retention_days", c.audit_retention_days);
    str("audit", "archive_dir", c.audit_archive_dir);
    num("configs", "pool", c.configs_pool);
    num("configs", "connect_timeout_ms", c.configs_connect_timeout_ms);
    num("configs", "command_timeout_ms", c.configs_command_timeout_ms);
    num("confidentiality", "years_after_end", c.confidentiality_years_after_end);
    num("confidentiality", "reminder_days", c.confidentiality_reminder_days);
    num("backups", "max_concurrent", c.backups_max_concurrent);
    str("backups", "scratch_dir", c.backups_scratch_dir);
    num("firewall", "max_expiry_days", c.firewall_max_expiry_days);
    num("firewall", "notice_days", c.firewall_notice_days);
    str("vulns", "nmap", c.vulns_nmap);
    num("vulns", "scan_timeout_s", c.vulns_scan_timeout_s);
    num("vulns", "max_concurrent_scans", c.vulns_max_concurrent_scans);
    num("vulns", "deadline_days_critical", c.vulns_deadline_days_critical);
    num("vulns", "deadline_days_high", c.vulns_deadline_days_high);
    num("vulns", "deadline_days_medium", c.vulns_deadline_days_medium);
    num("vulns", "deadline_days_low", c.vulns_deadline_days_low);
    num("vulns", "deadline_days_info", c.vulns_deadline_days_info);
    num("disputes", "overuse_minutes", c.disputes_overuse_minutes);
    num("disputes", "overuse_lookback_hours", c.disputes_overuse_lookback_hours);
  }
  auto get = [&](const char* name) -> const std::string* {
    auto it = env.find(name);
    return it == env.end() ? nullptr : &it->second;
  };
  if (auto v = get("COLO_LISTEN")) c.listen = *v;
  if (auto v = get("COLO_DB")) c.db = *v;
  if (auto v = get("COLO_WEB_ROOT")) c.web_root = *v;
  if (auto v = get("COLO_LOG_LEVEL")) c.log_level = *v;
  if (auto v = get("COLO_SECRET_KEY")) c.secret_key = *v;
  if (auto v = get("COLO_UPLOAD_DIR")) c.upload_dir = *v;
  if (auto v = get("COLO_TIME_ZONE")) c.time_zone = *v;
  if (auto v = get("COLO_AUDIT_KEY")) c.audit_key = *v;
  if (auto v = get("COLO_AUDIT_CHECKPOINT")) c.audit_checkpoint = *v;
  if (auto v = get("COLO_TRUSTED_PROXIES")) c.trusted_proxies = split_list(*v);
  if (auto v = get("COLO_DB_POOL")) COLO_CHECK(set_int(c.db_pool, *v, "COLO_DB_POOL"));
  if (auto v = get("COLO_DB_BUSY_TIMEOUT_MS"))
    COLO_CHECK(set_int(c.db_busy_timeout_ms, *v, "COLO_DB_BUSY_TIMEOUT_MS", 0));
  if (auto v = get("COLO_DB_STATEMENT_TIMEOUT_MS"))
    COLO_CHECK(set_int(c.db_statement_timeout_ms, *v, "COLO_DB_STATEMENT_TIMEOUT_MS", 0));
  if (auto v = get("COLO_DB_LOCK_TIMEOUT_MS"))
    COLO_CHECK(set_int(c.db_lock_timeout_ms, *v, "COLO_DB_LOCK_TIMEOUT_MS", 0));
  for (auto [value, name] : {std::pair{c.db_busy_timeout_ms, "busy_timeout_ms"},
                             std::pair{c.db_statement_timeout_ms, "statement_timeout_ms"},
                             std::pair{c.db_lock_timeout_ms, "lock_timeout_ms"}})
    if (value < 0)
      return Error::invalid(
          "config", std::string("database ") + name + " must be 0 (no limit) or more, got " + std::to_string(value));
  if (auto v = get("COLO_WORKERS")) COLO_CHECK(set_int(c.workers, *v, "COLO_WORKERS"));
  if (auto v = get("COLO_IO_THREADS")) COLO_CHECK(set_int(c.io_threads, *v, "COLO_IO_THREADS"));
  if (auto v = get("COLO_MAX_CONNECTIONS")) COLO_CHECK(set_count(c.max_connections, *v, "COLO_MAX_CONNECTIONS"));
  if (auto v = get("COLO_MAX_CONNECTIONS_PER_ADDRESS"))
    COLO_CHECK(set_count(c.max_connections_per_address, *v, "COLO_MAX_CONNECTIONS_PER_ADDRESS"));
  if (c.max_connections < 0 || c.max_connections_per_address < 0)
    return Error::invalid("config", "[server] max_connections and max_connections_per_address must not be negative");
  if (auto v = get("COLO_ACCESS_LOG")) COLO_CHECK(set_bool(c.access_log, *v, "COLO_ACCESS_LOG"));
  if (auto v = get("COLO_DEMO")) COLO_CHECK(set_bool(c.demo, *v, "COLO_DEMO"));
  if (auto proxies = http::TrustedProxies::parse(c.trusted_proxies); !proxies.ok())
    return Error::invalid("config", proxies.error().message);
  if (auto v = get("COLO_ADDRESS_GRACE_DAYS")) {  // 0 is allowed: addresses return when the contract ends
    auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), c.address_grace_days);
    if (ec != std::errc() || p != v->data() + v->size())
      return Error::invalid("config", "COLO_ADDRESS_GRACE_DAYS must be a number of days, got '" + *v + "'");
  }
  if (auto v = get("COLO_EXPORT_MAX_ROWS")) COLO_CHECK(set_int(c.export_max_rows, *v, "COLO_EXPORT_MAX_ROWS"));
  if (auto v = get("COLO_PUBLIC_URL")) c.public_url = *v;
  if (auto v = get("COLO_SMTP_HOST")) c.smtp_host = *v;
  if (auto v = get("COLO_SMTP_PORT")) COLO_CHECK(set_int(c.smtp_port, *v, "COLO_SMTP_PORT"));
  if (auto v = get("COLO_SMTP_SECURITY")) c.smtp_security = *v;
  if (auto v = get("COLO_SMTP_USERNAME")) c.smtp_username = *v;
  if (auto v = get("COLO_SMTP_PASSWORD")) c.smtp_password = *v;
  if (auto v = get("COLO_SMTP_FROM")) c.smtp_from = *v;
  if (auto v = get("COLO_SMTP_FROM_NAME")) c.smtp_from_name = *v;
  if (auto v = get("COLO_SMTP_TIMEOUT_MS")) COLO_CHECK(set_int(c.smtp_timeout_ms, *v, "COLO_SMTP_TIMEOUT_MS"));
  if (auto v = get("COLO_DELIVERY_POLL_SECONDS"))
    COLO_CHECK(set_int(c.delivery_poll_seconds, *v, "COLO_DELIVERY_POLL_SECONDS", 0));
  if (auto v = get("COLO_DELIVERY_MAX_ATTEMPTS"))
    COLO_CHECK(set_int(c.delivery_max_attempts, *v, "COLO_DELIVERY_MAX_ATTEMPTS"));
  if (auto v = get("COLO_WEBHOOK_ALLOW_HTTP"))
    COLO_CHECK(set_bool(c.webhook_allow_http, *v, "COLO_WEBHOOK_ALLOW_HTTP"));
  if (auto v = get("COLO_WEBHOOK_TIMEOUT_MS")) COLO_CHECK(set_int(c.webhook_timeout_ms, *v, "COLO_WEBHOOK_TIMEOUT_MS"));
  if (c.smtp_security != "none" && c.smtp_security != "starttls" && c.smtp_security != "tls")
    return Error::invalid("config", "smtp security must be none, starttls or tls, got '" + c.smtp_security + "'");
  if (c.smtp_port < 1 || c.smtp_port > 65535)
    return Error::invalid("config", "smtp port must be 1..65535, got " + std::to_string(c.smtp_port));
  if (c.smtp_timeout_ms < 1 || c.webhook_timeout_ms < 1 || c.delivery_max_attempts < 1 || c.delivery_poll_seconds < 0)
    return Error::invalid("config",
                          "smtp timeout_ms, delivery webhook_timeout_ms and max_attempts must be positive, "
                          "poll_seconds 0 or more");
  if (auto v = get("COLO_MONITORING_ENABLED"))
    COLO_CHECK(set_bool(c.monitoring_enabled, *v, "COLO_MONITORING_ENABLED"));
  if (auto v = get("COLO_MONITORING_FPING")) c.monitoring_fping = *v;
  for (auto [field, name] :
       {std::pair{&c.monitoring_ping_interval_s, "COLO_MONITORING_PING_INTERVAL_S"},
        std::pair{&c.monitoring_snmp_interval_s, "COLO_MONITORING_SNMP_INTERVAL_S"},
        std::pair{&c.monitoring_snmp_timeout_ms, "COLO_MONITORING_SNMP_TIMEOUT_MS"},
        std::pair{&c.monitoring_snmp_retries, "COLO_MONITORING_SNMP_RETRIES"},
        std::pair{&c.monitoring_ping_timeout_ms, "COLO_MONITORING_PING_TIMEOUT_MS"},
        std::pair{&c.monitoring_max_in_flight, "COLO_MONITORING_MAX_IN_FLIGHT"},
        std::pair{&c.monitoring_down_after_failures, "COLO_MONITORING_DOWN_AFTER_FAILURES"},
        std::pair{&c.monitoring_maintenance_notice_hours, "COLO_MONITORING_MAINTENANCE_NOTICE_HOURS"},
        std::pair{&c.monitoring_poll_late_after_ms, "COLO_MONITORING_POLL_LATE_AFTER_MS"},
        std::pair{&c.monitoring_rule_room_fire_minutes, "COLO_MONITORING_RULE_ROOM_FIRE_MINUTES"},
        std::pair{&c.monitoring_rule_room_recover_minutes, "COLO_MONITORING_RULE_ROOM_RECOVER_MINUTES"},
        std::pair{&c.monitoring_rule_temperature_margin_c, "COLO_MONITORING_RULE_TEMPERATURE_MARGIN_C"},
        std::pair{&c.monitoring_rule_humidity_margin_percent, "COLO_MONITORING_RULE_HUMIDITY_MARGIN_PERCENT"},
        std::pair{&c.monitoring_rule_power_warning_percent, "COLO_MONITORING_RULE_POWER_WARNING_PERCENT"},
        std::pair{&c.monitoring_rule_power_critical_percent, "COLO_MONITORING_RULE_POWER_CRITICAL_PERCENT"},
        std::pair{&c.monitoring_rule_power_recover_points, "COLO_MONITORING_RULE_POWER_RECOVER_POINTS"},
        std::pair{&c.monitoring_rule_power_minutes, "COLO_MONITORING_RULE_POWER_MINUTES"},
        std::pair{&c.monitoring_rule_interface_down_samples, "COLO_MONITORING_RULE_INTERFACE_DOWN_SAMPLES"},
        std::pair{&c.monitoring_rule_utilisation_percent, "COLO_MONITORING_RULE_UTILISATION_PERCENT"},
        std::pair{&c.monitoring_rule_utilisation_recover_points, "COLO_MONITORING_RULE_UTILISATION_RECOVER_POINTS"},
        std::pair{&c.monitoring_rule_utilisation_minutes, "COLO_MONITORING_RULE_UTILISATION_MINUTES"},
        std::pair{&c.monitoring_rate_precision_bits, "COLO_MONITORING_RATE_PRECISION_BITS"}})
    if (auto v = get(name)) COLO_CHECK(set_int(*field, *v, name, 0));
  for (auto [value, name, lo, hi] :
       {std::tuple{c.monitoring_ping_interval_s, "ping_interval_s", 10, 86400},
        std::tuple{c.monitoring_snmp_interval_s, "snmp_interval_s", 30, 86400},
        std::tuple{c.monitoring_snmp_timeout_ms, "snmp_timeout_ms", 100, 60000},
        std::tuple{c.monitoring_snmp_retries, "snmp_retries", 0, 5},
        std::tuple{c.monitoring_ping_timeout_ms, "ping_timeout_ms", 50, 60000},
        std::tuple{c.monitoring_max_in_flight, "max_in_flight", 1, 4096},
        std::tuple{c.monitoring_down_after_failures, "down_after_failures", 1, 100},
        std::tuple{c.monitoring_maintenance_notice_hours, "maintenance_notice_hours", 0, 24 * 365},
        std::tuple{c.monitoring_poll_late_after_ms, "poll_late_after_ms", 0, 3'600'000},
        std::tuple{c.monitoring_rule_room_fire_minutes, "rule_room_fire_minutes", 0, 1440},
        std::tuple{c.monitoring_rule_room_recover_minutes, "rule_room_recover_minutes", 0, 1440},
        std::tuple{c.monitoring_rule_temperature_margin_c, "rule_temperature_margin_c", 0, 20},
        std::tuple{c.monitoring_rule_humidity_margin_percent, "rule_humidity_margin_percent", 0, 50},
        std::tuple{c.monitoring_rule_power_warning_percent, "rule_power_warning_percent", 1, 200},
        std::tuple{c.monitoring_rule_power_critical_percent, "rule_power_critical_percent", 1, 200},
        std::tuple{c.monitoring_rule_power_recover_points, "rule_power_recover_points", 0, 100},
        std::tuple{c.monitoring_rule_power_minutes, "rule_power_minutes", 0, 1440},
        std::tuple{c.monitoring_rule_interface_down_samples, "rule_interface_down_samples", 1, 100},
        std::tuple{c.monitoring_rule_utilisation_percent, "rule_utilisation_percent", 1, 100},
        std::tuple{c.monitoring_rule_utilisation_recover_points, "rule_utilisation_recover_points", 0, 100},
        std::tuple{c.monitoring_rule_utilisation_minutes, "rule_utilisation_minutes", 0, 1440},
        std::tuple{c.monitoring_rate_precision_bits, "rate_precision_bits", 0, 64}})
    if (value < lo || value > hi)
      return Error::invalid("config", std::string("[monitoring] ") + name + " must be between " + std::to_string(lo) +
                                          " and " + std::to_string(hi) + ", got " + std::to_string(value));
  if (c.export_max_rows < 1 || c.export_max_rows > 1'000'000)
    return Error::invalid("config",
                          "export max_rows must be between 1 and 1000000, got " + std::to_string(c.export_max_rows));
  if (auto v = get("COLO_FACILITY_ENTRY_LOG_DAYS"))
    COLO_CHECK(set_int(c.facility_entry_log_days, *v, "COLO_FACILITY_ENTRY_LOG_DAYS"));
  if (auto v = get("COLO_MONITORING_RETENTION_RAW_DAYS"))
    COLO_CHECK(set_int(c.monitoring_retention_raw_days, *v, "COLO_MONITORING_RETENTION_RAW_DAYS"));
  if (auto v = get("COLO_MONITORING_REMOTE_WRITE_URL")) c.monitoring_remote_write_url = *v;
  if (auto v = get("COLO_MONITORING_PROMQL_URL")) c.monitoring_promql_url = *v;
  if (auto v = get("COLO_MONITORING_RULE_UTILISATION_BASE")) c.monitoring_rule_utilisation_base = *v;
  if (c.monitoring_rule_utilisation_base != "speed" && c.monitoring_rule_utilisation_base != "commit")
    return Error::invalid("config", "[monitoring] rule_utilisation_base must be speed or commit, got " +
                                        c.monitoring_rule_utilisation_base);
  if (c.monitoring_retention_raw_days < 1 || c.monitoring_retention_raw_days > 3650)
    return Error::invalid("config", "[monitoring] retention_raw_days must be between 1 and 3650, got " +
                                        std::to_string(c.monitoring_retention_raw_days));
  for (const auto* url : {&c.monitoring_remote_write_url, &c.monitoring_promql_url})
    if (!url->empty() && !url->starts_with("http://") && !url->starts_with("https://"))
      return Error::invalid("config", "[monitoring] URLs must start with http:// or https://, got '" + *url + "'");
  // Entry logs are kept at least a year (R4.2.1); a shorter setting is refused, not raised silently.
  if (c.facility_entry_log_days < 365 || c.facility_entry_log_days > 3650)
    return Error::invalid("config", "[facility] entry_log_days must be between 365 and 3650, got " +
                                        std::to_string(c.facility_entry_log_days));
  if (auto v = get("COLO_FACILITY_CHANGE_NOTICE_HOURS"))
    COLO_CHECK(set_int(c.facility_change_notice_hours, *v, "COLO_FACILITY_CHANGE_NOTICE_HOURS", 0));
  if (c.facility_change_notice_hours < 0 || c.facility_change_notice_hours > 720)
    return Error::invalid("config", "[facility] change_notice_hours must be between 0 and 720, got " +
                                        std::to_string(c.facility_change_notice_hours));
  if (auto v = get("COLO_SUSPEND_AFTER_DAYS")) COLO_CHECK(set_int(c.suspend_after_days, *v, "COLO_SUSPEND_AFTER_DAYS"));
  if (c.suspend_after_days < 1 || c.suspend_after_days > 3650)
    return Error::invalid("config", "[billing] suspend_after_days must be between 1 and 3650, got " +
                                        std::to_string(c.suspend_after_days));
  if (auto v = get("COLO_REMINDER_DAYS")) {
    c.reminder_days.clear();
    for (const auto& part : split_list(*v)) {
      int day = 0;
      auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), day);
      if (ec != std::errc() || p != part.data() + part.size())
        return Error::invalid("config", "COLO_REMINDER_DAYS must be comma-separated days, got '" + *v + "'");
      c.reminder_days.push_back(day);
    }
  }
  // An empty list sends no reminders.
  for (int d : c.reminder_days)
    if (d < -365 || d > 365)
      return Error::invalid("config",
                            "[billing] reminder_days must lie between -365 and 365, got " + std::to_string(d));
  std::sort(c.reminder_days.begin(), c.reminder_days.end());
  c.reminder_days.erase(std::unique(c.reminder_days.begin(), c.reminder_days.end()), c.reminder_days.end());
  for (auto [name, out] : {std::pair{"COLO_BILLING_LEAD_DAYS", &c.billing_lead_days},
                           std::pair{"COLO_BILLING_PAYMENT_DAYS", &c.billing_payment_days}}) {
    if (auto v = get(name)) {
      auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), *out);
      if (ec != std::errc() || p != v->data() + v->size())
        return Error::invalid("config", std::string(name) + " must be a number of days, got '" + *v + "'");
    }
  }
  for (auto [name, out] : {std::pair{"COLO_BILLING_SELLER_NAME", &c.seller_name},
                           std::pair{"COLO_BILLING_SELLER_TAXPAYER_ID", &c.seller_taxpayer_id},
                           std::pair{"COLO_BILLING_SELLER_ADDRESS_PHONE", &c.seller_address_phone},
                           std::pair{"COLO_BILLING_SELLER_BANK_ACCOUNT", &c.seller_bank_account}})
    if (auto v = get(name)) *out = *v;
  if (c.billing_lead_days < 0 || c.billing_lead_days > 60)
    return Error::invalid("config",
                          "billing lead_days must be between 0 and 60, got " + std::to_string(c.billing_lead_days));
  if (c.billing_payment_days < 0 || c.billing_payment_days > 365)
    return Error::invalid(
        "config", "billing payment_days must be between 0 and 365, got " + std::to_string(c.billing_payment_days));
  if (auto v = get("COLO_BILLING_LATE_FEE_TAX_RATE_BP"))
    COLO_CHECK(set_int(c.late_fee_tax_rate_bp, *v, "COLO_BILLING_LATE_FEE_TAX_RATE_BP", 0));
  if (c.late_fee_tax_rate_bp < 0 || c.late_fee_tax_rate_bp > 10000)
    return Error::invalid("config", "[billing] late_fee_tax_rate_bp must be between 0 and 10000, got " +
                                        std::to_string(c.late_fee_tax_rate_bp));
  if (auto v = get("COLO_SERVICEDESK_REOPEN_DAYS"))
    COLO_CHECK(set_int(c.servicedesk_reopen_days, *v, "COLO_SERVICEDESK_REOPEN_DAYS", 0));
  if (auto v = get("COLO_COMPLAINT_ANSWER_DAYS"))
    COLO_CHECK(set_int(c.servicedesk_complaint_answer_days, *v, "COLO_COMPLAINT_ANSWER_DAYS"));
  if (auto v = get("COLO_MAINTENANCE_NOTICE_HOURS"))
    COLO_CHECK(set_int(c.servicedesk_maintenance_notice_hours, *v, "COLO_MAINTENANCE_NOTICE_HOURS", 0));
  if (auto v = get("COLO_ATTACHMENT_MAX_MIB"))
    COLO_CHECK(set_int(c.servicedesk_attachment_max_mib, *v, "COLO_ATTACHMENT_MAX_MIB"));
  for (auto [value, lo, hi, name] :
       {std::tuple{c.servicedesk_reopen_days, 0, 365, "[servicedesk] reopen_days"},
        std::tuple{c.servicedesk_complaint_answer_days, 1, 365, "[servicedesk] complaint_answer_days"},
        std::tuple{c.servicedesk_maintenance_notice_hours, 0, 24 * 90, "[servicedesk] maintenance_notice_hours"},
        std::tuple{c.servicedesk_attachment_max_mib, 1, 16, "[servicedesk] attachment_max_mib"}})
    if (value < lo || value > hi)
      return Error::invalid("config", std::string(name) + " must be between " + std::to_string(lo) + " and " +
                                          std::to_string(hi) + ", got " + std::to_string(value));
  if (c.address_grace_days < 0 || c.address_grace_days > 3650)
    return Error::invalid("config",
                          "address_grace_days must be between 0 and 3650, got " + std::to_string(c.address_grace_days));
  static const char* kLevels[] = {"trace", "debug", "info", "warn", "error", "critical", "off"};
  bool level_ok = false;
  for (auto l : kLevels) level_ok = level_ok || c.log_level == l;
  if (!level_ok)
    return Error::invalid("config",
                          "log level must be one of trace, debug, info, warn, error, got '" + c.log_level + "'");
  if (auto zone = BusinessCalendar::in_zone(c.time_zone); !zone.ok()) return std::move(zone).error();
  if (auto v = get("COLO_FACILITY_MAINTENANCE_HORIZON_DAYS"))
    COLO_CHECK(set_int(c.facility_maintenance_horizon_days, *v, "COLO_FACILITY_MAINTENANCE_HORIZON_DAYS"));
  if (c.facility_maintenance_horizon_days < 1 || c.facility_maintenance_horizon_days > 366)
    return Error::invalid("config", "[facility] maintenance_horizon_days must be between 1 and 366, got " +
                                        std::to_string(c.facility_maintenance_horizon_days));
  for (auto [field, env, key] :
       {std::tuple{&c.facility_finding_deadline_hours_critical, "COLO_FACILITY_FINDING_DEADLINE_HOURS_CRITICAL",
                   "finding_deadline_hours_critical"},
        std::tuple{&c.facility_finding_deadline_hours_major, "COLO_FACILITY_FINDING_DEADLINE_HOURS_MAJOR",
                   "finding_deadline_hours_major"},
        std::tuple{&c.facility_finding_deadline_hours_minor, "COLO_FACILITY_FINDING_DEADLINE_HOURS_MINOR",
                   "finding_deadline_hours_minor"}}) {
    if (auto v = get(env)) COLO_CHECK(set_int(*field, *v, env));
    // At most 90 days: a defect left longer than a quarter is not being tracked.
    if (*field < 1 || *field > 24 * 90)
      return Error::invalid(
          "config", std::string("[facility] ") + key + " must be between 1 and 2160, got " + std::to_string(*field));
  }
  if (auto v = get("COLO_TLS_CERT")) c.tls_cert = *v;
  if (auto v = get("COLO_TLS_KEY")) c.tls_key = *v;
  if (c.tls_cert.empty() != c.tls_key.empty())
    return Error::invalid("config", "[server] tls_cert and tls_key must be set together (HTTPS needs both)");
  if (auto v = get("COLO_TOTP_REQUIRED_ROLES")) c.totp_required_roles = split_list(*v);
  if (auto v = get("COLO_BACKUP_REPOSITORY")) c.backup_repository = *v;
  if (auto v = get("COLO_BACKUP_PASSWORD_FILE")) c.backup_password_file = *v;
  if (auto v = get("COLO_BACKUP_RESTIC")) c.backup_restic = *v;
  if (auto v = get("COLO_AUDIT_RETENTION_DAYS"))
    COLO_CHECK(set_int(c.audit_retention_days, *v, "COLO_AUDIT_RETENTION_DAYS"));
  if (auto v = get("COLO_AUDIT_ARCHIVE_DIR")) c.audit_archive_dir = *v;
  if (auto v = get("COLO_BACKUPS_MAX_CONCURRENT"))
    COLO_CHECK(set_int(c.backups_max_concurrent, *v, "COLO_BACKUPS_MAX_CONCURRENT"));
  if (auto v = get("COLO_BACKUPS_SCRATCH_DIR")) c.backups_scratch_dir = *v;
  if (c.backups_max_concurrent < 1 || c.backups_max_concurrent > 32)
    return Error::invalid(
        "config", "[backups] max_concurrent must be between 1 and 32, got " + std::to_string(c.backups_max_concurrent));
  // Audit entries and access logs are kept at least six months (GB/T 22239): a shorter retention
  // is refused rather than silently raised.
  if (c.audit_retention_days < kMinAuditRetentionDays || c.audit_retention_days > 36500)
    return Error::invalid("config", "[audit] retention_days must be between " + std::to_string(kMinAuditRetentionDays) +
                                        " (six months) and 36500, got " + std::to_string(c.audit_retention_days));
  if (auto v = get("COLO_CONFIGS_POOL")) COLO_CHECK(set_int(c.configs_pool, *v, "COLO_CONFIGS_POOL"));
  if (auto v = get("COLO_CONFIGS_CONNECT_TIMEOUT_MS"))
    COLO_CHECK(set_int(c.configs_connect_timeout_ms, *v, "COLO_CONFIGS_CONNECT_TIMEOUT_MS"));
  if (auto v = get("COLO_CONFIGS_COMMAND_TIMEOUT_MS"))
    COLO_CHECK(set_int(c.configs_command_timeout_ms, *v, "COLO_CONFIGS_COMMAND_TIMEOUT_MS"));
  if (c.configs_pool < 1 || c.configs_pool > 256)
    return Error::invalid("config", "[configs] pool must be between 1 and 256, got " + std::to_string(c.configs_pool));
  if (c.configs_connect_timeout_ms < 100 || c.configs_command_timeout_ms < 100)
    return Error::invalid("config", "[configs] connect_timeout_ms and command_timeout_ms must be at least 100");
  if (auto v = get("COLO_CONFIDENTIALITY_YEARS_AFTER_END"))
    COLO_CHECK(set_int(c.confidentiality_years_after_end, *v, "COLO_CONFIDENTIALITY_YEARS_AFTER_END", 0));
  if (c.confidentiality_years_after_end < 0 || c.confidentiality_years_after_end > 50)
    return Error::invalid("config", "[confidentiality] years_after_end must be between 0 and 50, got " +
                                        std::to_string(c.confidentiality_years_after_end));
  if (auto v = get("COLO_CONFIDENTIALITY_REMINDER_DAYS"))
    COLO_CHECK(set_int(c.confidentiality_reminder_days, *v, "COLO_CONFIDENTIALITY_REMINDER_DAYS"));
  if (c.confidentiality_reminder_days < 1 || c.confidentiality_reminder_days > 3650)
    return Error::invalid("config", "[confidentiality] reminder_days must be between 1 and 3650, got " +
                                        std::to_string(c.confidentiality_reminder_days));
  if (auto v = get("COLO_FIREWALL_MAX_EXPIRY_DAYS"))
    COLO_CHECK(set_int(c.firewall_max_expiry_days, *v, "COLO_FIREWALL_MAX_EXPIRY_DAYS"));
  if (auto v = get("COLO_FIREWALL_NOTICE_DAYS"))
    COLO_CHECK(set_int(c.firewall_notice_days, *v, "COLO_FIREWALL_NOTICE_DAYS"));
  if (c.firewall_max_expiry_days < 1 || c.firewall_max_expiry_days > 3650)
    return Error::invalid("config", "[firewall] max_expiry_days must be between 1 and 3650, got " +
                                        std::to_string(c.firewall_max_expiry_days));
  if (c.firewall_notice_days < 0 || c.firewall_notice_days > 365)
    return Error::invalid(
        "config", "[firewall] notice_days must be between 0 and 365, got " + std::to_string(c.firewall_notice_days));
  if (auto v = get("COLO_DISPUTES_OVERUSE_MINUTES"))
    COLO_CHECK(set_int(c.disputes_overuse_minutes, *v, "COLO_DISPUTES_OVERUSE_MINUTES"));
  if (auto v = get("COLO_DISPUTES_OVERUSE_LOOKBACK_HOURS"))
    COLO_CHECK(set_int(c.disputes_overuse_lookback_hours, *v, "COLO_DISPUTES_OVERUSE_LOOKBACK_HOURS"));
  if (c.disputes_overuse_minutes < 5 || c.disputes_overuse_minutes > 10080)
    return Error::invalid("config", "[disputes] overuse_minutes must be between 5 and 10080, got " +
                                        std::to_string(c.disputes_overuse_minutes));
  if (c.disputes_overuse_lookback_hours < 24 || c.disputes_overuse_lookback_hours > 24 * 35)
    return Error::invalid("config", "[disputes] overuse_lookback_hours must be between 24 and 840, got " +
                                        std::to_string(c.disputes_overuse_lookback_hours));
  if (auto v = get("COLO_VULNS_NMAP")) c.vulns_nmap = *v;
  for (auto [name, field] : {std::pair{"COLO_VULNS_SCAN_TIMEOUT_S", &c.vulns_scan_timeout_s},
                             std::pair{"COLO_VULNS_MAX_CONCURRENT_SCANS", &c.vulns_max_concurrent_scans},
                             std::pair{"COLO_VULNS_DEADLINE_DAYS_CRITICAL", &c.vulns_deadline_days_critical},
                             std::pair{"COLO_VULNS_DEADLINE_DAYS_HIGH", &c.vulns_deadline_days_high},
                             std::pair{"COLO_VULNS_DEADLINE_DAYS_MEDIUM", &c.vulns_deadline_days_medium},
                             std::pair{"COLO_VULNS_DEADLINE_DAYS_LOW", &c.vulns_deadline_days_low},
                             std::pair{"COLO_VULNS_DEADLINE_DAYS_INFO", &c.vulns_deadline_days_info}})
    if (auto v = get(name)) COLO_CHECK(set_int(*field, *v, name));
  if (c.vulns_scan_timeout_s < 10 || c.vulns_scan_timeout_s > 86400)
    return Error::invalid(
        "config", "[vulns] scan_timeout_s must be between 10 and 86400, got " + std::to_string(c.vulns_scan_timeout_s));
  if (c.vulns_max_concurrent_scans < 1 || c.vulns_max_concurrent_scans > 32)
    return Error::invalid("config", "[vulns] max_concurrent_scans must be between 1 and 32, got " +
                                        std::to_string(c.vulns_max_concurrent_scans));
  for (int days : {c.vulns_deadline_days_critical, c.vulns_deadline_days_high, c.vulns_deadline_days_medium,
                   c.vulns_deadline_days_low, c.vulns_deadline_days_info})
    if (days < 1 || days > 3650)
      return Error::invalid("config",
                            "[vulns] deadline_days_* must be between 1 and 3650, got " + std::to_string(days));
  return c;
}

std::string audit_checkpoint_path(const Config& config) {
  if (!config.audit_checkpoint.empty()) return config.audit_checkpoint;
  if (auto url = db::parse_url(config.db); url.ok() && url->engine == db::Engine::sqlite && url->target != ":memory:") {
    auto parent = std::filesystem::path(url->target).parent_path();
    return ((parent.empty() ? std::filesystem::path(".") : parent) / "audit.checkpoint").string();
  }
  return "var/audit-" + crypto::blake2b_hex(config.db).substr(0, 16) + ".checkpoint";
}

Result<std::pair<std::string, int>> parse_listen(const std::string& listen) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos)
    return Error::invalid("config", "listen address must be HOST:PORT, got '" + listen + "'");
  std::string host = listen.substr(0, colon);
  std::string port_s = listen.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host.empty()) host = "0.0.0.0";
  int port = -1;
  auto [p, ec] = std::from_chars(port_s.data(), port_s.data() + port_s.size(), port);
  if (ec != std::errc() || p != port_s.data() + port_s.size() || port < 0 || port > 65535)
    return Error::invalid("config", "listen port must be 0..65535, got '" + port_s + "'");
  return std::pair{host, port};
}

}  // namespace colo::app
