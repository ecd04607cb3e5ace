// The composition root: configuration -> database -> services -> routes -> server.
#pragma once

#include <functional>
#include <memory>
#include <stop_token>
#include <vector>

#include "app/config.hpp"
#include "app/services.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "http/metrics.hpp"
#include "http/pipeline.hpp"
#include "http/router.hpp"

namespace colo::monitoring {
struct PollerOptions;
struct PollerStats;
struct RuleDefaults;
}  // namespace colo::monitoring

namespace colo::app {

class App {
 public:
  // Opens the database (one clear error when unreachable), applies migrations and registers
  // every module's routes.
  static Result<std::unique_ptr<App>> create(const Config& config, std::shared_ptr<Clock> clock = nullptr);
  ~App();

  const Config& config() const { return config_; }
  db::Database& db() { return *db_; }
  Clock& clock() { return *clock_; }
  http::Router& router() { return router_; }
  http::Pipeline& pipeline() { return pipeline_; }
  http::Metrics& metrics() { return metrics_; }
  Services& services() { return *services_; }

  // Serves HTTP until SIGINT/SIGTERM; returns after a graceful stop.
  Status serve();

  // Work that runs in its own thread while serving (schedulers): started by serve() once it
  // listens, asked to stop through the token and joined when the server stops. Never started by
  // command-line commands.
  void add_background(std::function<void(std::stop_token)> task) { background_.push_back(std::move(task)); }

  // Objects owned for the lifetime of the app (module services).
  template <typename T, typename... Args>
  T& own(Args&&... args) {
    auto p = std::make_shared<T>(std::forward<Args>(args)...);
    T& ref = *p;
    owned_.push_back(std::move(p));
    return ref;
  }
  // A module's port built by its factory (ipam::make_inventory), owned the same way.
  template <typename T>
  T& own(std::unique_ptr<T> p) {
    T& ref = *p;
    owned_.push_back(std::shared_ptr<T>(std::move(p)));
    return ref;
  }

 private:
  App(Config config, std::unique_ptr<db::Database> db, std::shared_ptr<Clock> clock);
  Config config_;
  std::unique_ptr<db::Database> db_;
  std::shared_ptr<Clock> clock_;
  http::Router router_;
  http::Metrics metrics_;
  http::Pipeline pipeline_;
  std::vector<std::shared_ptr<void>> owned_;
  std::vector<std::function<void(std::stop_token)>> background_;
  std::unique_ptr<Services> services_;
};

// Health, readiness, metrics, version and the OpenAPI document.
void add_system_routes(App& app);
// GET /api/v1/export: any list as a CSV or XLSX file (export_routes.cpp).
void add_export_routes(App& app);
// Every module's service, built in dependency order with what it needs, and its routes.
Status register_modules(App& app);
// The poller's options from [monitoring], and its figures on /metrics (modules.cpp).
monitoring::PollerOptions poller_options(const Config& config);
void add_poller_metrics(http::Metrics& metrics, const monitoring::PollerStats& stats);
// The thresholds of the rules derived from the ledger, from [monitoring] rule_* (modules.cpp).
monitoring::RuleDefaults rule_defaults(const Config& config);
// OpenAPI 3.1 document generated from the route table.
boost::json::object openapi_document(const http::Router& router);

const char* version();

}  // namespace colo::app
