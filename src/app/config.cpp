#include "app/config.hpp"

#include <toml++/toml.h>

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <thread>

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
    num("servicedesk", "reopen_days", c.servicedesk_reopen_days);
    num("servicedesk", "complaint_answer_days", c.servicedesk_complaint_answer_days);
    num("servicedesk", "maintenance_notice_hours", c.servicedesk_maintenance_notice_hours);
    num("servicedesk", "attachment_max_mib", c.servicedesk_attachment_max_mib);
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
  if (c.export_max_rows < 1 || c.export_max_rows > 1'000'000)
    return Error::invalid("config",
                          "export max_rows must be between 1 and 1000000, got " + std::to_string(c.export_max_rows));
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
