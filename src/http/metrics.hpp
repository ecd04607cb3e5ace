// Prometheus metrics for the HTTP pipeline: requests by route and status, a latency histogram
// per route, and gauges registered by other parts (database pool). Recording is lock-free.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace colo::http {

class Router;

class Metrics {
 public:
  static constexpr int kBuckets = 12;
  static const double kBucketBounds[kBuckets];  // seconds

  Metrics();
  ~Metrics();
  // Sizes the per-route counters; call after every route is added.
  void bind(const Router& router);
  // route_index: Route::index, or -1 for requests that matched no route.
  void record(int route_index, int status, std::chrono::nanoseconds duration);
  void add_gauge(std::string name, std::string help, std::function<double()> read);
  // A metric family its owner renders whole (a histogram with labels), after the gauges.
  void add_family(std::function<std::string()> render);
  std::string render() const;  // text exposition format 0.0.4

 private:
  struct Series;
  const Router* router_ = nullptr;
  std::vector<std::unique_ptr<Series>> series_;  // index = route index + 1 (0 = unmatched)
  struct Gauge {
    std::string name, help;
    std::function<double()> read;
  };
  mutable std::mutex gauges_mutex_;
  std::vector<Gauge> gauges_;
  std::vector<std::function<std::string()>> families_;
};

}  // namespace colo::http
