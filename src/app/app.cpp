#include "app/app.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <thread>

#include "core/business_calendar.hpp"
#include "db/migrate.hpp"
#include "http/server.hpp"

namespace colo::app {

const char* version() { return COLO_VERSION; }

App::App(Config config, std::unique_ptr<db::Database> db, std::shared_ptr<Clock> clock)
    : config_(std::move(config)),
      db_(std::move(db)),
      clock_(std::move(clock)),
      pipeline_(router_, metrics_),
      services_(std::make_unique<Services>()) {}

App::~App() = default;

Result<std::unique_ptr<App>> App::create(const Config& config, std::shared_ptr<Clock> clock) {
  db::Options options;
  options.pool_size = config.db_pool;
  options.busy_timeout_ms = config.db_busy_timeout_ms;
  options.statement_timeout_ms = config.db_statement_timeout_ms;
  options.lock_timeout_ms = config.db_lock_timeout_ms;
  COLO_TRY(auto database, db::Database::open(config.db, options));
  COLO_TRY(auto applied, db::migrate(*database, db::builtin_migrations()));
  for (int v : applied) spdlog::info("applied migration {}", v);
  if (!clock) clock = std::make_shared<SystemClock>();
  // Every "today" (signing, due dates, daily jobs, date filters) is judged in this zone.
  COLO_TRY(auto calendar, BusinessCalendar::in_zone(config.time_zone));
  clock->set_calendar(std::make_shared<const BusinessCalendar>(std::move(calendar)));
  std::unique_ptr<App> app(new App(config, std::move(database), std::move(clock)));
  add_system_routes(*app);
  COLO_CHECK(register_modules(*app));
  add_export_routes(*app);
  app->metrics_.bind(app->router_);
  auto* dbp = app->db_.get();
  app->metrics_.add_gauge("colo_db_pool_in_use", "Database connections in use.",
                          [dbp] { return double(dbp->stats().in_use); });
  app->metrics_.add_gauge("colo_db_pool_size", "Database connections open.",
                          [dbp] { return double(dbp->stats().size); });
  app->pipeline_.set_trusted_proxies(http::TrustedProxies::parse(config.trusted_proxies).take());
  if (!config.web_root.empty() && std::filesystem::is_directory(config.web_root))
    app->pipeline_.set_static_root(std::filesystem::canonical(config.web_root).string());
  return app;
}

Status App::serve() {
  COLO_TRY(auto hp, parse_listen(config_.listen));
  http::ServerOptions options;
  options.host = hp.first;
  options.port = static_cast<std::uint16_t>(hp.second);
  options.worker_threads = worker_count(config_);
  options.io_threads = config_.io_threads;
  options.max_connections = static_cast<std::size_t>(config_.max_connections);
  options.max_connections_per_address = static_cast<std::size_t>(config_.max_connections_per_address);
  options.access_log = config_.access_log;
  options.tls_cert = config_.tls_cert;
  options.tls_key = config_.tls_key;
  http::Server server(
      options, [this](http::Request& r) { return pipeline_.handle(r); },
      [this](http::Request& r) { return pipeline_.handle_inline(r); });
  COLO_CHECK(server.listen());
  spdlog::info("colo {} listening on {}://{}:{} ({})", version(), server.tls() ? "https" : "http", options.host,
               server.port(), db_->engine() == db::Engine::sqlite ? "SQLite" : "PostgreSQL");
  {
    std::vector<std::jthread> background;
    for (const auto& task : background_) background.emplace_back(task);
    server.run();
    for (auto& t : background) t.request_stop();
  }  // joined here
  spdlog::info("colo stopped");
  return {};
}

}  // namespace colo::app
