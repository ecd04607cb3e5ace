// Costs on the request path: routing, JSON bodies, page rendering, static file resolution and a
// whole request through the server over loopback. Each prints its own time per operation.
#include <arpa/inet.h>
#include <benchmark/benchmark.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

#include "http/body.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "http/static_files.hpp"

namespace {

using namespace colo::http;
namespace fs = std::filesystem;

Route route(const char* method, std::string pattern) {
  Route r;
  r.method = method;
  r.pattern = std::move(pattern);
  return r;
}

Router& big_router() {
  static Router r;
  static bool once = [] {
    const char* groups[] = {"sites",        "rooms",      "rows",   "racks",        "devices",
                            "device-types", "interfaces", "cables", "vlans",        "prefixes",
                            "ip-addresses", "customers",  "users",  "applications", "contracts"};
    for (const char* g : groups) {
      std::string base = std::string("/api/v1/x/") + g;
      for (const char* m : {"GET", "POST"}) r.add(route(m, base));
      for (const char* m : {"GET", "PATCH", "DELETE"}) r.add(route(m, base + "/{id}"));
      r.add(route("POST", base + "/{id}/transitions"));
    }
    return true;
  }();
  (void)once;
  return r;
}

void BM_RouteMatch(benchmark::State& state) {
  auto& r = big_router();
  for (auto _ : state) {
    auto m = r.match("GET", "/api/v1/x/contracts/12345");
    benchmark::DoNotOptimize(m);
  }
}
BENCHMARK(BM_RouteMatch);

void BM_JsonBodyRead(benchmark::State& state) {
  Request req;
  req.headers = {{"content-type", "application/json"}};
  req.body =
      R"({"name":"A01-R12","u_height":42,"status":"active","power_kw_a":7.5,"power_kw_b":7.5,"customer":12,"comments":"北京亦庄 3F"})";
  for (auto _ : state) {
    JsonBody b(req);
    auto name = b.string("name", {.required = true});
    auto height = b.integer("u_height");
    auto status = b.choice("status", {"active", "planned"});
    b.number("power_kw_a");
    b.number("power_kw_b");
    b.integer("customer");
    b.string("comments", {.max = 1000});
    b.finish();
    benchmark::DoNotOptimize(name);
    benchmark::DoNotOptimize(height);
    benchmark::DoNotOptimize(status);
  }
}
BENCHMARK(BM_JsonBodyRead);

void BM_PageSerialise(benchmark::State& state) {
  boost::json::array results;
  for (int i = 0; i < 50; ++i)
    results.push_back(boost::json::object{{"id", i},
                                          {"name", "device-" + std::to_string(i)},
                                          {"status", "active"},
                                          {"rack", boost::json::object{{"id", 3}, {"name", "A01"}}},
                                          {"position", i % 42},
                                          {"customer", nullptr}});
  Request req;
  req.path = "/api/v1/dcim/devices";
  for (auto _ : state) {
    auto o = page_json(req, Page{50, 0}, 100000, results);
    auto s = boost::json::serialize(o);
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_PageSerialise);

// A web root shaped like Vite's output, made once per process.
const std::string& web_root() {
  static const std::string root = [] {
    auto dir = fs::temp_directory_path() / ("colo-bench-web-" + std::to_string(::getpid()));
    fs::create_directories(dir / "assets");
    std::ofstream(dir / "index.html") << "<!doctype html>";
    for (int i = 0; i < 40; ++i) std::ofstream(dir / "assets" / ("chunk-" + std::to_string(i) + ".js")) << "x";
    std::atexit([] { fs::remove_all(fs::temp_directory_path() / ("colo-bench-web-" + std::to_string(::getpid()))); });
    return fs::canonical(dir).string();
  }();
  return root;
}

void BM_StaticAsset(benchmark::State& state) {
  Request req;
  req.method = "GET";
  req.path = "/assets/chunk-17.js";
  for (auto _ : state) {
    auto r = serve_static(web_root(), req);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_StaticAsset);

void BM_StaticAppRouteFallback(benchmark::State& state) {
  Request req;
  req.method = "GET";
  req.path = "/dcim/racks/12";
  for (auto _ : state) {
    auto r = serve_static(web_root(), req);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_StaticAppRouteFallback);

void BM_StaticTraversalRefused(benchmark::State& state) {
  Request req;
  req.method = "GET";
  req.path = "/assets/../../etc/passwd";
  for (auto _ : state) {
    auto r = serve_static(web_root(), req);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_StaticTraversalRefused);

// One keep-alive connection, one request at a time: the latency floor of the server (parse,
// convert, hop to a worker and back, write), loopback included. Plain sockets on the client
// side keep Beast out of the benchmark.
class LoopbackServer {
 public:
  LoopbackServer() {
    ServerOptions o;
    o.port = 0;
    o.handle_signals = false;
    o.access_log = false;
    o.worker_threads = 1;
    server_ = std::make_unique<Server>(
        o, [](Request&) { return Response::text(200, R"({"version":"0.1.0"})", "application/json"); });
    if (!server_->listen().ok()) throw std::runtime_error("cannot listen on loopback");
    thread_ = std::thread([this] { server_->run(); });
  }
  ~LoopbackServer() {
    server_->stop();
    thread_.join();
  }
  std::uint16_t port() const { return server_->port(); }

 private:
  std::unique_ptr<Server> server_;
  std::thread thread_;
};

void BM_LoopbackRoundTrip(benchmark::State& state) {
  LoopbackServer server;
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(server.port());
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    state.SkipWithError("connect failed");
    ::close(fd);
    return;
  }
  int one = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  static constexpr char kRequest[] = "GET /api/v1/version HTTP/1.1\r\nHost: bench\r\n\r\n";
  char buf[4096];
  for (auto _ : state) {
    if (::write(fd, kRequest, sizeof kRequest - 1) < 0) {
      state.SkipWithError("write failed");
      break;
    }
    // The answer is small and ends with its JSON body.
    std::size_t have = 0;
    for (;;) {
      auto n = ::read(fd, buf + have, sizeof buf - have);
      if (n <= 0) {
        state.SkipWithError("read failed");
        break;
      }
      have += static_cast<std::size_t>(n);
      if (have >= 2 && buf[have - 1] == '}') break;
    }
  }
  ::close(fd);
}
BENCHMARK(BM_LoopbackRoundTrip)->UseRealTime();

}  // namespace
