// The yardstick for the server's own overhead: the smallest keep-alive Beast server, in the shape
// of Beast's coroutine examples, answering every request with a fixed JSON body the size of
// GET /api/v1/version's. No routing, no timeouts, no logging, no limits: scripts/bench.sh runs wrk
// against it and against colo in the same run and prints the ratio.
//
// Usage: colo_bench_beast PORT [IO_THREADS]  (IO_THREADS as colo's [server] io_threads, default 1;
// like colo, one io_context per thread and connections handed out round-robin.)
#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

constexpr auto kUse = asio::as_tuple(asio::use_awaitable);
constexpr std::string_view kBody = R"({"name":"colo","version":"0.0.0","database":"sqlite"})";

asio::awaitable<void> session(tcp::socket socket) {
  socket.set_option(tcp::no_delay(true));
  beast::flat_buffer buffer;
  for (;;) {
    bhttp::request<bhttp::string_body> request;
    auto [ec, n] = co_await bhttp::async_read(socket, buffer, request, kUse);
    if (ec) break;
    bhttp::response<bhttp::string_body> response{bhttp::status::ok, request.version()};
    response.set(bhttp::field::content_type, "application/json");
    response.keep_alive(request.keep_alive());
    response.body() = kBody;
    response.prepare_payload();
    auto [ec_w, n_w] = co_await bhttp::async_write(socket, response, kUse);
    if (ec_w || !response.keep_alive()) break;
  }
  boost::system::error_code ignored;
  socket.shutdown(tcp::socket::shutdown_both, ignored);
}

asio::awaitable<void> accept_loop(tcp::acceptor& acceptor, std::vector<std::unique_ptr<asio::io_context>>& contexts) {
  std::size_t next = 0;
  for (;;) {
    auto& context = *contexts[next];
    next = (next + 1) % contexts.size();
    auto [ec, socket] = co_await acceptor.async_accept(context, kUse);
    if (ec) continue;
    asio::co_spawn(context, session(std::move(socket)), asio::detached);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s PORT [IO_THREADS]\n", argv[0]);
    return 2;
  }
  const auto port = static_cast<unsigned short>(std::atoi(argv[1]));
  const int threads = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1;
  std::vector<std::unique_ptr<asio::io_context>> contexts;
  for (int i = 0; i < threads; ++i) contexts.push_back(std::make_unique<asio::io_context>(1));
  tcp::acceptor acceptor(*contexts[0], {asio::ip::make_address("127.0.0.1"), port});
  asio::co_spawn(*contexts[0], accept_loop(acceptor, contexts), asio::detached);
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> keep;
  for (auto& c : contexts) keep.emplace_back(c->get_executor());
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([&contexts, i] { contexts[i]->run(); });
  contexts[0]->run();
  for (auto& t : pool) t.join();
}
