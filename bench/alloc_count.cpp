// Counts heap allocations per request on the hot path: GET /api/v1/version through the real
// server and pipeline, on one keep-alive connection, with a global operator new that counts.
// Prints the figure; it is a measuring tool, not a test (the count moves with Beast and the
// standard library). Usage: colo_alloc_count [REQUESTS]
#include <algorithm>
#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <new>
#include <string>
#include <thread>

#include "http/metrics.hpp"
#include "http/pipeline.hpp"
#include "http/router.hpp"
#include "http/server.hpp"

namespace {
std::atomic<std::size_t> g_allocations{0};
// The sizes of the allocations of one request, to tell which they are.
std::atomic<bool> g_recording{false};
std::size_t g_sizes[64];
std::atomic<std::size_t> g_recorded{0};

void note(std::size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (g_recording.load(std::memory_order_relaxed)) {
    const auto i = g_recorded.fetch_add(1);
    if (i < std::size(g_sizes)) g_sizes[i] = size;
  }
}
}  // namespace

void* operator new(std::size_t size) {
  note(size);
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void* operator new(std::size_t size, std::align_val_t align) {
  note(size);
  const auto a = static_cast<std::size_t>(align);
  if (void* p = std::aligned_alloc(a, (size + a - 1) / a * a)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size, std::align_val_t align) { return operator new(size, align); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using namespace colo;

namespace {

// One request and its whole answer, read until the body's closing brace.
void roundtrip(tcp::socket& s, const std::string& request) {
  asio::write(s, asio::buffer(request));
  char buf[4096];
  for (;;) {
    const auto n = s.read_some(asio::buffer(buf));
    if (n > 0 && buf[n - 1] == '}') return;
  }
}

std::size_t count_for(tcp::socket& s, const std::string& request, int n) {
  const auto before = g_allocations.load();
  for (int i = 0; i < n; ++i) roundtrip(s, request);
  return g_allocations.load() - before;
}

}  // namespace

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;
  http::Router router;
  http::Metrics metrics;
  http::Pipeline pipeline(router, metrics);
  const std::string body = R"({"name":"colo","version":"0.0.0","database":"sqlite"})";
  for (bool inline_route : {true, false}) {
    router.add({.method = "GET",
                .pattern = inline_route ? "/inline" : "/pooled",
                .handler = [&body](http::Request&) { return http::Response::text(200, body, "application/json"); },
                .auth = http::Auth::none,
                .inline_handler = inline_route});
  }
  metrics.bind(router);
  http::ServerOptions options;
  options.port = 0;
  options.access_log = false;
  options.handle_signals = false;
  http::Server server(
      options, [&](http::Request& r) { return pipeline.handle(r); },
      [&](http::Request& r) { return pipeline.handle_inline(r); });
  if (!server.listen().ok()) return 1;
  std::thread serving([&server] { server.run(); });
  {
    asio::io_context io;
    tcp::socket s(io);
    s.connect({asio::ip::make_address("127.0.0.1"), server.port()});
    // What wrk sends.
    for (const char* path : {"/inline", "/pooled"}) {
      const std::string request = std::string("GET ") + path + " HTTP/1.1\r\nHost: 127.0.0.1:18080\r\n\r\n";
      count_for(s, request, 100);  // warm: buffers, thread-local caches, the Date header
      const auto allocations = count_for(s, request, n);
      g_recorded = 0;
      g_recording = true;
      roundtrip(s, request);
      g_recording = false;
      std::printf("%s route: %.2f allocations per request (%d requests, access log off); sizes in bytes:", path + 1,
                  static_cast<double>(allocations) / n, n);
      for (std::size_t i = 0; i < std::min(g_recorded.load(), std::size(g_sizes)); ++i) std::printf(" %zu", g_sizes[i]);
      std::printf("\n");
    }
  }
  server.stop();
  serving.join();
}
