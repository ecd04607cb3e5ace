#include "backup/backup.hpp"

#include <fcntl.h>
#include <libpq-fe.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

#include "audit/audit.hpp"
#include "core/context.hpp"
#include "db/database.hpp"

extern char** environ;

namespace colo::backup {

namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

constexpr const char* kManifest = "manifest.json";
constexpr const char* kSqliteFile = "colo.db";
constexpr const char* kPgFile = "colo.pgdump";
constexpr std::string_view kSqliteTables =
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
constexpr std::string_view kPgTables = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename";
constexpr std::string_view kAuditHead = "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1";

Error failed(std::string message) { return Error{ErrorKind::unavailable, "backup.failed", std::move(message), {}}; }

std::string last_lines(const std::string& out, int n = 5) {
  std::vector<std::string> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  std::string tail;
  for (std::size_t i = lines.size() > static_cast<std::size_t>(n) ? lines.size() - n : 0; i < lines.size(); ++i)
    tail += (tail.empty() ? "" : " | ") + lines[i];
  return tail;
}

// Runs a tool (no shell) and answers its standard output and error; a non-zero exit is an error
// quoting the tool's last lines, since that is where restic and pg_dump say why.
Result<std::string> run_tool(const std::vector<std::string>& args) {
  int pipefd[2];
  if (::pipe(pipefd) != 0) return failed("cannot create a pipe");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipefd[1], 1);
  posix_spawn_file_actions_adddup2(&actions, pipefd[1], 2);
  posix_spawn_file_actions_addclose(&actions, pipefd[0]);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, args[0].c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipefd[1]);
  if (rc != 0) {
    ::close(pipefd[0]);
    return Error{ErrorKind::unavailable, "backup.tool_failed", "cannot run " + args[0] + ": " + std::strerror(rc), {}};
  }
  std::string out;
  char buf[8192];
  for (ssize_t n; (n = ::read(pipefd[0], buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
  ::close(pipefd[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return Error{
        ErrorKind::unavailable, "backup.tool_failed", args[0] + " " + args[1] + " failed: " + last_lines(out), {}};
  return out;
}

std::vector<std::string> restic(const Options& o, std::vector<std::string> rest) {
  std::vector<std::string> args{o.restic, "--repo", o.repository, "--password-file", o.password_file, "--no-cache"};
  args.insert(args.end(), rest.begin(), rest.end());
  return args;
}

// A directory removed with everything in it when it goes out of scope.
struct TempDir {
  fs::path path;
  explicit TempDir(const char* prefix) {
    std::string tmpl = (fs::temp_directory_path() / (std::string(prefix) + "XXXXXX")).string();
    if (::mkdtemp(tmpl.data())) path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
};

std::string quoted(const std::string& name) { return "\"" + name + "\""; }

// ---- SQLite ----
using SqliteHandle = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

Result<SqliteHandle> open_sqlite(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  SqliteHandle h(raw, &sqlite3_close);
  if (rc != SQLITE_OK) return failed("cannot open " + path + ": " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  sqlite3_busy_timeout(raw, 10000);
  return h;
}

Result<std::vector<std::vector<std::string>>> sqlite_rows(sqlite3* db, std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
    return failed(std::string("SQLite: ") + sqlite3_errmsg(db));
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(stmt, &sqlite3_finalize);
  std::vector<std::vector<std::string>> rows;
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
      const auto* text = sqlite3_column_text(stmt, i);
      row.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
    }
    rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) return failed(std::string("SQLite: ") + sqlite3_errmsg(db));
  return rows;
}

// Copies the whole database from `from` to `to` page by page while other connections go on
// writing (the backup restarts by itself when the source changes underneath it).
Status sqlite_copy(sqlite3* from, sqlite3* to) {
  sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
  if (!b) return failed(std::string("SQLite backup: ") + sqlite3_errmsg(to));
  int rc;
  while ((rc = sqlite3_backup_step(b, 256)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
    if (rc != SQLITE_OK) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE) return failed(std::string("SQLite backup: ") + sqlite3_errstr(rc));
  return {};
}

Status count_sqlite(sqlite3* db, Manifest& m) {
  COLO_TRY(auto tables, sqlite_rows(db, kSqliteTables));
  for (const auto& t : tables) {
    COLO_TRY(auto n, sqlite_rows(db, "SELECT COUNT(*) FROM " + quoted(t[0])));
    m.rows[t[0]] = std::stoll(n.at(0).at(0));
    if (t[0] == "audit_log") {
      COLO_TRY(auto head, sqlite_rows(db, kAuditHead));
      if (!head.empty()) {
        m.audit_last_id = std::stoll(head[0][0]);
        m.audit_head_hash = head[0][1];
      }
    }
  }
  return {};
}

// ---- PostgreSQL ----
using PgHandle = std::unique_ptr<PGconn, decltype(&PQfinish)>;

Result<PgHandle> open_pg(const std::string& conninfo) {
  PgHandle c(PQconnectdb(conninfo.c_str()), &PQfinish);
  if (PQstatus(c.get()) != CONNECTION_OK) return failed(std::string("PostgreSQL: ") + PQerrorMessage(c.get()));
  return c;
}

Result<std::vector<std::vector<std::string>>> pg_rows(PGconn* c, const std::string& sql) {
  std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(c, sql.c_str()), &PQclear);
  const auto st = PQresultStatus(r.get());
  if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) return failed(std::string("PostgreSQL: ") + PQerrorMessage(c));
  std::vector<std::vector<std::string>> rows;
  for (int i = 0; i < PQntuples(r.get()); ++i) {
    std::vector<std::string> row;
    for (int j = 0; j < PQnfields(r.get()); ++j) row.emplace_back(PQgetvalue(r.get(), i, j));
    rows.push_back(std::move(row));
  }
  return rows;
}

Status count_pg(PGconn* c, Manifest& m) {
  COLO_TRY(auto tables, pg_rows(c, std::string(kPgTables)));
  for (const auto& t : tables) {
    COLO_TRY(auto n, pg_rows(c, "SELECT COUNT(*) FROM " + quoted(t[0])));
    m.rows[t[0]] = std::stoll(n.at(0).at(0));
    if (t[0] == "audit_log") {
      COLO_TRY(auto head, pg_rows(c, std::string(kAuditHead)));
      if (!head.empty()) {
        m.audit_last_id = std::stoll(head[0][0]);
        m.audit_head_hash = head[0][1];
      }
    }
  }
  return {};
}

// ---- the manifest ----
std::string manifest_text(const Manifest& m) {
  json::object rows;
  for (const auto& [t, n] : m.rows) rows[t] = n;
  return json::serialize(
      json::object{{"format", 1},
                   {"engine", m.engine},
                   {"created_at", m.created_at},
                   {"rows", std::move(rows)},
                   {"audit", json::object{{"last_id", m.audit_last_id}, {"head_hash", m.audit_head_hash}}}});
}

Result<Manifest> parse_manifest(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  boost::system::error_code ec;
  auto v = json::parse(ss.str(), ec);
  if (ec || !v.is_object()) return failed("the backup's manifest " + path.string() + " is not valid");
  try {
    Manifest m;
    m.engine = json::value_to<std::string>(v.at("engine"));
    m.created_at = json::value_to<std::string>(v.at("created_at"));
    for (const auto& [t, n] : v.at("rows").as_object()) m.rows[std::string(t)] = n.to_number<std::int64_t>();
    m.audit_last_id = v.at("audit").at("last_id").to_number<std::int64_t>();
    m.audit_head_hash = json::value_to<std::string>(v.at("audit").at("head_hash"));
    return m;
  } catch (const std::exception&) {
    return failed("the backup's manifest " + path.string() + " is not valid");
  }
}

Status check_options(const Options& o) {
  if (o.repository.empty() || o.password_file.empty())
    return Error{ErrorKind::invalid,
                 "backup.not_configured",
                 "set [backup] repository and password_file (COLO_BACKUP_REPOSITORY, COLO_BACKUP_PASSWORD_FILE)",
                 {}};
  if (!fs::exists(o.password_file))
    return Error{ErrorKind::invalid,
                 "backup.not_configured",
                 "the backup password file " + o.password_file + " does not exist",
                 {}};
  return {};
}

// The tables in the database at `url` (none when a SQLite file does not exist yet).
Result<std::map<std::string, std::int64_t>> current_rows(const db::Url& url, bool count) {
  Manifest m;
  std::map<std::string, std::int64_t> out;
  if (url.engine == db::Engine::sqlite) {
    if (!fs::exists(url.target)) return out;
    COLO_TRY(auto h, open_sqlite(url.target, SQLITE_OPEN_READONLY));
    if (!count) {
      COLO_TRY(auto tables, sqlite_rows(h.get(), kSqliteTables));
      for (const auto& t : tables) out[t[0]] = 0;
      return out;
    }
    COLO_CHECK(count_sqlite(h.get(), m));
  } else {
    COLO_TRY(auto c, open_pg(url.target));
    if (!count) {
      COLO_TRY(auto tables, pg_rows(c.get(), std::string(kPgTables)));
      for (const auto& t : tables) out[t[0]] = 0;
      return out;
    }
    COLO_CHECK(count_pg(c.get(), m));
  }
  return m.rows;
}

// Leaves the target as empty as it was found, after a restore that did not verify.
void empty_target(const db::Url& url) {
  std::error_code ec;
  if (url.engine == db::Engine::sqlite) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(url.target + suffix, ec);
    return;
  }
  if (auto c = open_pg(url.target); c.ok()) (void)pg_rows(c->get(), "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
}

// restic's --time: "2026-11-26 23:05:01" on the local clock, as restic reads it.
std::optional<std::string> restic_time(const std::string& instant) {
  const auto at = parse_instant(instant);
  if (!at) return std::nullopt;
  const std::time_t secs =
      std::chrono::system_clock::to_time_t(std::chrono::time_point_cast<std::chrono::system_clock::duration>(*at));
  std::tm tm{};
  if (!::localtime_r(&secs, &tm)) return std::nullopt;
  char buf[32];
  if (std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm) == 0) return std::nullopt;
  return std::string(buf);
}

}  // namespace

Result<BackupResult> backup(const Options& o, const std::string& now) {
  COLO_CHECK(check_options(o));
  COLO_TRY(auto url, db::parse_url(o.db_url));
  TempDir staging("colo-backup-");
  if (staging.path.empty()) return failed("cannot create a staging directory");
  BackupResult result;
  result.manifest.created_at = now;
  if (url.engine == db::Engine::sqlite) {
    result.manifest.engine = "sqlite";
    COLO_TRY(auto from, open_sqlite(url.target, SQLITE_OPEN_READONLY));
    const auto copy = (staging.path / kSqliteFile).string();
    COLO_TRY(auto to, open_sqlite(copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
    COLO_CHECK(sqlite_copy(from.get(), to.get()));
    // Counted in the copy: exactly what the snapshot holds.
    COLO_CHECK(count_sqlite(to.get(), result.manifest));
  } else {
    result.manifest.engine = "postgres";
    // One snapshot for the counts and for pg_dump, exported by a transaction held open until the
    // dump has its own: both see the same rows however busy the server is.
    COLO_TRY(auto c, open_pg(url.target));
    COLO_CHECK(pg_rows(c.get(), "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    COLO_TRY(auto snap, pg_rows(c.get(), "SELECT pg_export_snapshot()"));
    COLO_CHECK(count_pg(c.get(), result.manifest));
    COLO_CHECK(
        run_tool({"pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--snapshot=" + snap.at(0).at(0),
                  "--file=" + (staging.path / kPgFile).string(), "--dbname=" + url.target}));
    (void)pg_rows(c.get(), "COMMIT");
  }
  {
    std::ofstream out(staging.path / kManifest);
    out << manifest_text(result.manifest) << "\n";
    if (!out) return failed("cannot write the manifest");
  }
  // The snapshot carries the time its content was taken, not the time restic stored it: of two
  // backups that overlap (the daily job and a command), "latest" is then the newer content.
  std::vector<std::string> args{"backup", "--json", "--tag", "colo"};
  if (auto taken = restic_time(now)) {
    args.push_back("--time");
    args.push_back(*taken);
  }
  args.push_back(staging.path.string());
  COLO_TRY(auto out, run_tool(restic(o, args)));
  // restic --json prints progress lines and one summary line with the snapshot's id.
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    boost::system::error_code ec;
    auto v = json::parse(line, ec);
    if (ec || !v.is_object()) continue;
    if (auto* type = v.as_object().if_contains("message_type"); type && *type == "summary")
      if (auto* id = v.as_object().if_contains("snapshot_id"); id && id->is_string())
        result.snapshot_id = std::string(id->as_string());
  }
  if (result.snapshot_id.empty()) return failed("restic did not report a snapshot: " + last_lines(out));
  return result;
}

Result<RestoreResult> restore(const Options& o, const std::string& snapshot) {
  COLO_CHECK(check_options(o));
  COLO_TRY(auto url, db::parse_url(o.db_url));
  COLO_TRY(auto present, current_rows(url, false));
  if (!present.empty())
    return Error::conflict("restore.not_empty", "the target database has " + std::to_string(present.size()) +
                                                    " tables; restore only into an empty database");
  TempDir work("colo-restore-");
  if (work.path.empty()) return failed("cannot create a working directory");
  COLO_CHECK(run_tool(restic(o, {"restore", snapshot, "--target", work.path.string()})));
  fs::path manifest_path;
  for (const auto& entry : fs::recursive_directory_iterator(work.path))
    if (entry.path().filename() == kManifest) manifest_path = entry.path();
  if (manifest_path.empty()) return failed("snapshot " + snapshot + " holds no Colo backup");
  RestoreResult result;
  COLO_TRY(result.manifest, parse_manifest(manifest_path));
  const bool sqlite = url.engine == db::Engine::sqlite;
  if ((result.manifest.engine == "sqlite") != sqlite)
    return Error::conflict("restore.engine_differs", "the snapshot is of a " + result.manifest.engine +
                                                         " database; restore it into the same engine");
  const auto dir = manifest_path.parent_path();
  if (sqlite) {
    COLO_TRY(auto from, open_sqlite((dir / kSqliteFile).string(), SQLITE_OPEN_READONLY));
    COLO_TRY(auto to, open_sqlite(url.target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
    COLO_CHECK(sqlite_copy(from.get(), to.get()));
  } else {
    auto restored = run_tool({"pg_restore", "--no-owner", "--no-privileges", "--exit-on-error",
                              "--dbname=" + url.target, (dir / kPgFile).string()});
    if (!restored.ok()) {
      empty_target(url);
      return std::move(restored).error();
    }
  }
  COLO_TRY(auto rows, current_rows(url, true));
  for (const auto& [table, n] : result.manifest.rows) {
    auto it = rows.find(table);
    const auto have = it == rows.end() ? -1 : it->second;
    if (have != n) {
      empty_target(url);
      return Error::unprocessable("restore.rows_differ", "table " + table + " has " + std::to_string(have) +
                                                             " rows after the restore, the backup recorded " +
                                                             std::to_string(n) + "; the target was emptied again");
    }
  }
  result.snapshot_id = snapshot;
  return result;
}

void discard(const std::string& db_url) {
  if (auto url = db::parse_url(db_url); url.ok()) empty_target(*url);
}

namespace {

// The actor of backups and restores: the system itself, audited as such.
Context system_context() {
  auto p = std::make_shared<Principal>();
  p->username = "system:backup";
  p->roles = {"admin"};
  p->auth_method = "system";
  return Context{p, "", "system"};
}

}  // namespace

Result<BackupResult> backup_and_record(db::Database& db, const Clock& clock, const Options& options) {
  COLO_TRY(auto result, backup(options, format_instant(clock.now())));
  std::int64_t rows = 0;
  for (const auto& [t, n] : result.manifest.rows) rows += n;
  // Recorded after the snapshot: the entry says what the snapshot holds, so it is not in it.
  COLO_TRY(auto tx, db::Tx::begin(db, db::Access::write));
  COLO_CHECK(audit::record(tx, system_context(), clock,
                           {"backup", result.snapshot_id, "backup", nullptr,
                            json::object{{"repository", options.repository},
                                         {"tables", static_cast<std::int64_t>(result.manifest.rows.size())},
                                         {"rows", rows},
                                         {"audit_last_id", result.manifest.audit_last_id}},
                            std::nullopt}));
  COLO_CHECK(tx.commit());
  return result;
}

Status record_restore(db::Database& db, const Clock& clock, const RestoreResult& restored) {
  COLO_TRY(auto tx, db::Tx::begin(db, db::Access::write));
  COLO_CHECK(audit::record(tx, system_context(), clock,
                           {"backup", restored.snapshot_id, "restore", nullptr,
                            json::object{{"backup_created_at", restored.manifest.created_at},
                                         {"tables", static_cast<std::int64_t>(restored.manifest.rows.size())},
                                         {"audit_last_id", restored.manifest.audit_last_id}},
                            std::nullopt}));
  return tx.commit();
}

}  // namespace colo::backup
