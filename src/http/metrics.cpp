#include "http/metrics.hpp"

#include <fmt/format.h>

#include "http/router.hpp"

namespace colo::http {

const double Metrics::kBucketBounds[kBuckets] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                 0.05,   0.1,   0.25,   0.5,   1.0,  5.0};

struct Metrics::Series {
  // Status codes 100..599 by index status-100.
  std::atomic<std::uint64_t> by_status[500] = {};
  std::atomic<std::uint64_t> buckets[kBuckets] = {};
  std::atomic<std::uint64_t> count{0};
  std::atomic<std::uint64_t> sum_ns{0};
};

Metrics::Metrics() { series_.push_back(std::make_unique<Series>()); }
Metrics::~Metrics() = default;

void Metrics::bind(const Router& router) {
  router_ = &router;
  while (series_.size() < router.routes().size() + 1) series_.push_back(std::make_unique<Series>());
}

void Metrics::record(int route_index, int status, std::chrono::nanoseconds duration) {
  std::size_t i = static_cast<std::size_t>(route_index + 1);
  if (i >= series_.size()) i = 0;
  Series& s = *series_[i];
  if (status >= 100 && status < 600) s.by_status[status - 100].fetch_add(1, std::memory_order_relaxed);
  double secs = std::chrono::duration<double>(duration).count();
  for (int b = 0; b < kBuckets; ++b) {
    if (secs <= kBucketBounds[b]) {
      s.buckets[b].fetch_add(1, std::memory_order_relaxed);
      break;
    }
  }
  s.count.fetch_add(1, std::memory_order_relaxed);
  s.sum_ns.fetch_add(static_cast<std::uint64_t>(duration.count()), std::memory_order_relaxed);
}

void Metrics::add_gauge(std::string name, std::string help, std::function<double()> read) {
  std::lock_guard lock(gauges_mutex_);
  gauges_.push_back({std::move(name), std::move(help), std::move(read)});
}

void Metrics::add_family(std::function<std::string()> render) {
  std::lock_guard lock(gauges_mutex_);
  families_.push_back(std::move(render));
}

std::string Metrics::render() const {
  std::string out;
  auto label = [&](std::size_t i) -> std::pair<std::string, std::string> {
    if (i == 0 || !router_) return {"", "unmatched"};
    const auto& r = *router_->routes()[i - 1];
    return {r.method, r.pattern};
  };
  out += "# HELP colo_http_requests_total HTTP requests by route and status.\n";
  out += "# TYPE colo_http_requests_total counter\n";
  for (std::size_t i = 0; i < series_.size(); ++i) {
    auto [method, route] = label(i);
    for (int st = 0; st < 500; ++st) {
      auto n = series_[i]->by_status[st].load(std::memory_order_relaxed);
      if (n == 0) continue;
      out += fmt::format("colo_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n", method, route,
                         st + 100, n);
    }
  }
  out += "# HELP colo_http_request_duration_seconds Time from request read to response ready.\n";
  out += "# TYPE colo_http_request_duration_seconds histogram\n";
  for (std::size_t i = 0; i < series_.size(); ++i) {
    const Series& s = *series_[i];
    auto count = s.count.load(std::memory_order_relaxed);
    if (count == 0) continue;
    auto [method, route] = label(i);
    std::uint64_t cumulative = 0;
    for (int b = 0; b < kBuckets; ++b) {
      cumulative += s.buckets[b].load(std::memory_order_relaxed);
      out += fmt::format("colo_http_request_duration_seconds_bucket{{method=\"{}\",route=\"{}\",le=\"{}\"}} {}\n",
                         method, route, kBucketBounds[b], cumulative);
    }
    out += fmt::format("colo_http_request_duration_seconds_bucket{{method=\"{}\",route=\"{}\",le=\"+Inf\"}} {}\n",
                       method, route, count);
    out += fmt::format("colo_http_request_duration_seconds_sum{{method=\"{}\",route=\"{}\"}} {:.6f}\n", method, route,
                       s.sum_ns.load(std::memory_order_relaxed) / 1e9);
    out += fmt::format("colo_http_request_duration_seconds_count{{method=\"{}\",route=\"{}\"}} {}\n", method, route,
                       count);
  }
  std::lock_guard lock(gauges_mutex_);
  for (const auto& g : gauges_) {
    out += fmt::format("# HELP {} {}\n# TYPE {} gauge\n{} {}\n", g.name, g.help, g.name, g.name, g.read());
  }
  for (const auto& f : families_) out += f();
  return out;
}

}  // namespace colo::http
