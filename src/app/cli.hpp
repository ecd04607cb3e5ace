// Subcommands beyond serve/migrate/version: each module adds its own here (demo, user, audit,
// import). They run against a fully built App, so they go through the same services, rules and
// audit as the API.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace CLI {
class App;
}

namespace colo::app {

class App;

struct CliCommand {
  CLI::App* sub = nullptr;
  std::function<Status(App&)> run;
};
using CliCommands = std::vector<std::shared_ptr<CliCommand>>;

CliCommands add_cli_commands(CLI::App& cli);
Status run_cli_command(App& app, const CliCommands& commands);

// Loads demo data ("small" or "large"); idempotent.
Status load_demo(App& app, const std::string& scale);

}  // namespace colo::app
