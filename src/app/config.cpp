#include "app/config.hpp"

#include <toml++/toml.h>

#include <charconv>
#include <cstdlib>

extern char** environ;

namespace colo::app {

namespace {

Status set_int(int& out, std::string_view v, std::string_view name) {
  int n = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || p != v.data() + v.size() || n <= 0)
    return Error::invalid("config", std::string(name) + " must be a positive integer, got '" +
                                        std::string(v) + "'");
  out = n;
  return {};
}

Status set_bool(bool& out, std::string_view v, std::string_view name) {
  if (v == "1" || v == "true" || v == "yes" || v == "on") {
    out = true;
  } else if (v == "0" || v == "false" || v == "no" || v == "off") {
    out = false;
  } else {
    return Error::invalid("config", std::string(name) + " must be true or false, got '" +
                                        std::string(v) + "'");
  }
  return {};
}

}  // namespace

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
      return Error::invalid("config", "cannot read config file " + path + ": " +
                                          std::string(e.description()));
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
    str("server", "web_root", c.web_root);
    flag("server", "demo", c.demo);
    str("database", "url", c.db);
    num("database", "pool", c.db_pool);
    str("log", "level", c.log_level);
    flag("log", "access", c.access_log);
    str("security", "secret_key", c.secret_key);
    str("storage", "files", c.upload_dir);
    num("contracts", "address_grace_days", c.address_grace_days);
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
  if (auto v = get("COLO_DB_POOL")) COLO_CHECK(set_int(c.db_pool, *v, "COLO_DB_POOL"));
  if (auto v = get("COLO_WORKERS")) COLO_CHECK(set_int(c.workers, *v, "COLO_WORKERS"));
  if (auto v = get("COLO_IO_THREADS")) COLO_CHECK(set_int(c.io_threads, *v, "COLO_IO_THREADS"));
  if (auto v = get("COLO_ACCESS_LOG")) COLO_CHECK(set_bool(c.access_log, *v, "COLO_ACCESS_LOG"));
  if (auto v = get("COLO_DEMO")) COLO_CHECK(set_bool(c.demo, *v, "COLO_DEMO"));
  if (auto v = get("COLO_ADDRESS_GRACE_DAYS")) {  // 0 is allowed: addresses return when the contract ends
    auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), c.address_grace_days);
    if (ec != std::errc() || p != v->data() + v->size())
      return Error::invalid("config", "COLO_ADDRESS_GRACE_DAYS must be a number of days, got '" + *v + "'");
  }
  if (c.address_grace_days < 0 || c.address_grace_days > 3650)
    return Error::invalid("config", "address_grace_days must be between 0 and 3650, got " +
                                        std::to_string(c.address_grace_days));
  static const char* kLevels[] = {"trace", "debug", "info", "warn", "error", "critical", "off"};
  bool level_ok = false;
  for (auto l : kLevels) level_ok = level_ok || c.log_level == l;
  if (!level_ok) return Error::invalid("config", "log level must be one of trace, debug, info, warn, error, got '" + c.log_level + "'");
  return c;
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
