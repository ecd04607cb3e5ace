#include "backupsvc/rules.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <filesystem>
#include <sstream>

namespace colo::backupsvc {

namespace json = boost::json;

namespace {

bool one_of(const std::string& v, const std::vector<std::string>& values) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

bool absolute_clean(const std::string& p) {
  if (p.empty() || p[0] != '/') return false;
  for (const auto& part : std::filesystem::path(p))
    if (part == "..") return false;
  return true;
}

std::optional<int> minutes_of_day(const std::string& hhmm) {
  if (hhmm.size() != 5 || hhmm[2] != ':') return std::nullopt;
  for (int i : {0, 1, 3, 4})
    if (hhmm[i] < '0' || hhmm[i] > '9') return std::nullopt;
  const int h = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
  const int m = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

std::int64_t int_of(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  if (!v) return 0;
  if (v->is_int64()) return v->as_int64();
  if (v->is_uint64()) return static_cast<std::int64_t>(v->as_uint64());
  if (v->is_double()) return static_cast<std::int64_t>(v->as_double());
  return 0;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::vector<FieldError> validate_plan(const PlanInput& in, bool creating) {
  std::vector<FieldError> errors;
  auto add = [&](std::string field, std::string code, std::string message) {
    errors.push_back({std::move(field), std::move(code), std::move(message), {}, {}});
  };
  if (in.name.empty()) add("name", "required", "A name for the plan.");
  if (in.source_kind == "paths") {
    if (in.paths.empty()) add("paths", "required", "At least one path to back up.");
    for (std::size_t i = 0; i < in.paths.size(); ++i)
      if (!absolute_clean(in.paths[i]))
        add("paths/" + std::to_string(i), "backupsvc.plan.path_not_absolute", "An absolute path without '..'.");
  } else if (in.source_kind == "command") {
    if (in.dump_command.empty()) add("dump_command", "required", "The dump command, program first.");
    if (in.dump_filename.empty() || in.dump_filename.find('/') != std::string::npos)
      add("dump_filename", "backupsvc.plan.dump_filename", "A file name (no '/') the dump is stored under.");
  } else if (in.source_kind == "ssh") {
    if (in.paths.empty()) add("paths", "required", "At least one path on the host to back up.");
    for (std::size_t i = 0; i < in.paths.size(); ++i)
      if (!absolute_clean(in.paths[i]))
        add("paths/" + std::to_string(i), "backupsvc.plan.path_not_absolute", "An absolute path without '..'.");
    // Handed to ssh as its own arguments: nothing that could read as an option or a second word.
    const auto word = [](const std::string& s) {
      return !s.empty() && s.size() <= 253 && s.front() != '-' && std::all_of(s.begin(), s.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == ':';
      });
    };
    if (!word(in.ssh_host)) add("ssh_host", "backupsvc.plan.ssh_host", "A host name or address.");
    if (!word(in.ssh_user) || in.ssh_user.find(':') != std::string::npos)
      add("ssh_user", "backupsvc.plan.ssh_user", "The user restic runs as on the host.");
    if (in.ssh_port < 1 || in.ssh_port > 65535) add("ssh_port", "backupsvc.plan.ssh_port", "Between 1 and 65535.");
    if (creating && (!in.ssh_key || in.ssh_key->find("PRIVATE KEY") == std::string::npos))
      add("ssh_key", "backupsvc.plan.ssh_key", "The OpenSSH private key the customer granted.");
    if (!creating && in.ssh_key && !in.ssh_key->empty() && in.ssh_key->find("PRIVATE KEY") == std::string::npos)
      add("ssh_key", "backupsvc.plan.ssh_key", "The OpenSSH private key the customer granted.");
  } else {
    add("source_kind", "choice", "paths, command or ssh.");
  }
  if (in.schedule_kind == "interval") {
    if (in.interval_minutes < 15 || in.interval_minutes > 7 * 24 * 60)
      add("interval_minutes", "backupsvc.plan.interval", "Between 15 minutes and 7 days.");
  } else if (in.schedule_kind == "daily") {
    if (!minutes_of_day(in.daily_at)) add("daily_at", "backupsvc.plan.daily_at", "A time of day as HH:MM.");
  } else {
    add("schedule_kind", "choice", "interval or daily.");
  }
  const auto& r = in.retention;
  for (auto [name, v] : {std::pair{"keep_last", r.keep_last}, std::pair{"keep_daily", r.keep_daily},
                         std::pair{"keep_weekly", r.keep_weekly}, std::pair{"keep_monthly", r.keep_monthly}})
    if (v < 0 || v > 1000) add(std::string("retention/") + name, "backupsvc.plan.keep", "Between 0 and 1000.");
  if (r.keep_last + r.keep_daily + r.keep_weekly + r.keep_monthly == 0)
    add("retention", "backupsvc.plan.keep_nothing", "Keep at least one snapshot.");
  if (in.repository.empty()) add("repository", "required", "The restic repository.");
  if (in.location.empty()) add("location", "required", "Where the repository is kept.");
  if (creating && (!in.repository_password || in.repository_password->empty()))
    add("repository_password", "required", "The repository's password.");
  if (in.repository_password && !in.repository_password->empty() && in.repository_password->size() < 12)
    add("repository_password", "backupsvc.plan.password_short", "At least 12 characters.");
  if (in.restore_test_days < 0 || in.restore_test_days > 366)
    add("restore_test_days", "backupsvc.plan.restore_test_days", "Between 0 (none) and 366 days.");
  if (in.timeout_minutes < 1 || in.timeout_minutes > 24 * 60)
    add("timeout_minutes", "backupsvc.plan.timeout", "Between 1 minute and 24 hours.");
  if (!one_of(in.status, kPlanStates)) add("status", "choice", "active or paused.");
  return errors;
}

Instant next_due(const std::string& schedule_kind, int interval_minutes, const std::string& daily_at, Instant after,
                 const BusinessCalendar& calendar) {
  using std::chrono::minutes;
  if (schedule_kind == "interval") return after + minutes(std::max(interval_minutes, 1));
  const int at = minutes_of_day(daily_at).value_or(0);
  const Date day = calendar.date_of(after);
  const Instant today = calendar.start_of(day) + minutes(at);
  if (today > after) return today;
  return calendar.start_of(add_days(day, 1)) + minutes(at);
}

bool restore_test_due(const std::optional<std::string>& last_at, int days, Instant now) {
  if (days <= 0) return false;
  if (!last_at) return true;
  const auto last = parse_instant(*last_at);
  if (!last) return true;
  return now - *last >= std::chrono::hours(24) * days;
}

std::optional<BackupSummary> parse_backup_summary(std::string_view output) {
  std::istringstream in{std::string(output)};
  std::optional<BackupSummary> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] != '{') continue;
    boost::system::error_code ec;
    auto v = json::parse(line, ec);
    if (ec || !v.is_object()) continue;
    const auto& o = v.as_object();
    const auto* type = o.if_contains("message_type");
    if (!type || !type->is_string() || type->as_string() != "summary") continue;
    BackupSummary s;
    s.files_new = int_of(o, "files_new");
    s.files_changed = int_of(o, "files_changed");
    s.files = int_of(o, "total_files_processed");
    s.bytes_added = int_of(o, "data_added");
    s.bytes_processed = int_of(o, "total_bytes_processed");
    if (const auto* id = o.if_contains("snapshot_id"); id && id->is_string()) s.snapshot_id = id->as_string();
    if (s.snapshot_id.empty()) continue;
    out = s;
  }
  return out;
}

std::vector<SnapshotFile> parse_ls_files(std::string_view output) {
  std::istringstream in{std::string(output)};
  std::vector<SnapshotFile> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] != '{') continue;
    boost::system::error_code ec;
    auto v = json::parse(line, ec);
    if (ec || !v.is_object()) continue;
    const auto& o = v.as_object();
    const auto* type = o.if_contains("type");
    const auto* path = o.if_contains("path");
    if (!type || !path || !type->is_string() || !path->is_string() || type->as_string() != "file") continue;
    out.push_back({std::string(path->as_string()), int_of(o, "size")});
  }
  return out;
}

std::string failure_reason(std::string_view output, bool timed_out) {
  if (timed_out) return "timeout";
  const auto text = lower(output);
  auto has = [&](std::string_view s) { return text.find(s) != std::string::npos; };
  // OpenSSH refusing a host whose key is not the one recorded at the first contact.
  if (has("remote host identification has changed") || has("host key verification failed")) return "host_key_changed";
  if (has("no space left on device") || has("disk quota exceeded")) return "repository_full";
  if (has("wrong password")) return "wrong_password";
  if (has("is there a repository at the following location") || has("unable to open config file") ||
      has("connection refused") || has("no route to host") || has("unable to open repository") ||
      has("repository does not exist"))
    return "repository_unreachable";
  if (has("does not exist") || has("no such file or directory")) return "source_missing";
  return "tool_failed";
}

std::vector<std::string> forget_flags(const Retention& r) {
  std::vector<std::string> out;
  auto add = [&](const char* flag, int n) {
    if (n > 0) out.insert(out.end(), {flag, std::to_string(n)});
  };
  add("--keep-last", r.keep_last);
  add("--keep-daily", r.keep_daily);
  add("--keep-weekly", r.keep_weekly);
  add("--keep-monthly", r.keep_monthly);
  return out;
}

bool path_within(std::string_view root, std::string_view path) {
  const auto r = std::filesystem::path(root).lexically_normal().string();
  const auto p = std::filesystem::path(path).lexically_normal().string();
  auto trimmed = [](std::string s) {
    while (s.size() > 1 && s.back() == '/') s.pop_back();
    return s;
  };
  const auto rr = trimmed(r), pp = trimmed(p);
  if (pp == rr) return true;
  if (rr == "/") return true;
  return pp.size() > rr.size() && pp.compare(0, rr.size(), rr) == 0 && pp[rr.size()] == '/';
}

std::optional<std::string> restore_target_problem(const std::string& target, const std::vector<std::string>& own_roots,
                                                  const std::vector<std::string>& foreign_roots) {
  if (!absolute_clean(target)) return "backupsvc.restore.target_invalid";
  for (const auto& root : foreign_roots)
    if (path_within(root, target) || path_within(target, root)) return "backupsvc.restore.foreign_target";
  for (const auto& root : own_roots)
    if (path_within(root, target)) return std::nullopt;
  return "backupsvc.restore.foreign_target";
}

}  // namespace colo::backupsvc
