// colo: the server and its command line.
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <iostream>

#include "app/app.hpp"
#include "app/cli.hpp"
#include "core/log.hpp"
#include "db/migrate.hpp"

namespace {

int fail_line(const colo::Error& e) {
  std::fprintf(stderr, "colo: error: %s\n", e.message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  // A file-size limit (ulimit -f) reached by the database or a log would otherwise kill the server
  // with SIGXFSZ; ignored, the write fails with EFBIG and the request answers 503 like a full disk.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App cli{"Colo: colocation management server"};
  cli.require_subcommand(1);
  cli.fallthrough();  // global options may follow the subcommand: colo serve --db URL
  std::string config_file, db_url, listen, log_level;
  cli.add_option("--config", config_file, "TOML configuration file (also COLO_CONFIG)")->check(CLI::ExistingFile);
  cli.add_option("--db", db_url,
                 "Database URL: sqlite:///path/colo.db or postgresql://user@host:port/db (also COLO_DB)");
  cli.add_option("--log-level", log_level, "trace, debug, info, warn, error (also COLO_LOG_LEVEL)");

  auto* serve = cli.add_subcommand("serve", "Start the HTTP server");
  serve->add_option("--listen", listen, "Address to listen on, HOST:PORT (also COLO_LISTEN)");
  bool serve_demo = false;
  serve->add_flag("--demo", serve_demo, "Create demo users and data if missing");
  auto* migrate = cli.add_subcommand("migrate", "Apply database migrations");
  auto* version_cmd = cli.add_subcommand("version", "Print the version");
  colo::app::CliCommands extra = colo::app::add_cli_commands(cli);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e);
  }

  const auto* command = colo::app::parsed_command(extra);
  if (command && command->run_standalone) return command->run_standalone();
  if (version_cmd->parsed()) {
    std::printf("colo %s\n", colo::app::version());
    return 0;
  }

  auto env = colo::app::environment();
  if (config_file.empty() && env.count("COLO_CONFIG")) config_file = env["COLO_CONFIG"];
  auto loaded = colo::app::load_config(config_file, env);
  if (!loaded.ok()) return fail_line(loaded.error());
  colo::app::Config config = std::move(loaded).value();
  if (!db_url.empty()) config.db = db_url;
  if (!listen.empty()) config.listen = listen;
  if (!log_level.empty()) config.log_level = log_level;
  if (serve_demo || (command && command->demo_mode)) config.demo = true;
  if (auto hp = colo::app::parse_listen(config.listen); !hp.ok()) return fail_line(hp.error());

  colo::init_logging(config.log_level);

  if (command && command->run_with_config) {
    auto ran = command->run_with_config(config);
    spdlog::shutdown();
    return ran.ok() ? 0 : fail_line(ran.error());
  }

  if (migrate->parsed()) {
    colo::db::Options options;
    auto database = colo::db::Database::open(config.db, options);
    if (!database.ok()) return fail_line(database.error());
    auto applied = colo::db::migrate(**database, colo::db::builtin_migrations());
    if (!applied.ok()) return fail_line(applied.error());
    std::printf("%zu migration(s) applied\n", applied->size());
    spdlog::shutdown();
    return 0;
  }

  auto app = colo::app::App::create(config);
  if (!app.ok()) {
    spdlog::shutdown();
    return fail_line(app.error());
  }
  int rc = 0;
  if (serve->parsed()) {
    auto prepared = config.demo ? colo::app::load_demo(**app, "small") : colo::app::create_first_admin(**app);
    if (!prepared.ok()) return fail_line(prepared.error());
    auto served = (*app)->serve();
    if (!served.ok()) rc = fail_line(served.error());
  } else {
    auto ran = colo::app::run_cli_command(**app, extra);
    if (!ran.ok()) rc = fail_line(ran.error());
  }
  spdlog::shutdown();
  return rc;
}
