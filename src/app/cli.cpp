#include "app/cli.hpp"

#include <CLI/CLI.hpp>

#include "app/app.hpp"

namespace colo::app {

CliCommands add_cli_commands(CLI::App& cli) {
  CliCommands commands;
  {
    auto cmd = std::make_shared<CliCommand>();
    auto scale = std::make_shared<std::string>("small");
    cmd->sub = cli.add_subcommand("demo", "Load demo data (idempotent)");
    cmd->sub->add_option("--scale", *scale, "small (a realistic data center) or large (benchmarks)")
        ->check(CLI::IsMember({"small", "large"}));
    cmd->run = [scale](App& app) { return load_demo(app, *scale); };
    commands.push_back(cmd);
  }
  return commands;
}

Status run_cli_command(App& app, const CliCommands& commands) {
  for (const auto& c : commands)
    if (c->sub->parsed()) return c->run(app);
  return Error::invalid("cli", "no command given");
}

}  // namespace colo::app
