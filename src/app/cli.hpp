// Subcommands beyond serve/migrate/version: each module adds its own here (demo, user, audit,
// import). They run against a fully built App, so they go through the same services, rules and
// audit as the API.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/context.hpp"
#include "core/result.hpp"

namespace CLI {
class App;
}

namespace colo::app {

class App;
struct Config;

struct CliCommand {
  CLI::App* sub = nullptr;
  std::function<Status(App&)> run;
  std::function<int()> run_standalone;  // set for commands that need no database
  // Set for commands that must reach the database before the App opens and migrates it
  // (restore into an empty database).
  std::function<Status(const Config&)> run_with_config;
  bool demo_mode = false;  // run the App in demo mode (no secret key needed)
};
using CliCommands = std::vector<std::shared_ptr<CliCommand>>;

CliCommands add_cli_commands(CLI::App& cli);
const CliCommand* parsed_command(const CliCommands& commands);
Status run_cli_command(App& app, const CliCommands& commands);

// The actor of command-line writes: an administrator named after the OS user, audited as such.
Context cli_context();

// Loads demo data ("small" or "large"); idempotent.
Status load_demo(App& app, const std::string& scale);

// `colo serve` outside demo mode on a database without any user: creates the administrator
// "admin" with COLO_ADMIN_PASSWORD, or a generated password printed once to the log.
Status create_first_admin(App& app);

}  // namespace colo::app
