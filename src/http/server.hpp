// The HTTP server: Boost.Beast over Asio with C++20 coroutines, one coroutine per connection.
// Handlers run on a worker pool; only the inline handler (and /healthz) runs on the I/O threads.
// Beast and Asio stay in server.cpp.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "http/message.hpp"

namespace colo::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks an ephemeral port; port() tells which
  int io_threads = 1;
  int worker_threads = 4;
  std::size_t header_limit = 16 * 1024;  // larger request heads get 431
  std::size_t target_limit = 8 * 1024;   // longer request targets (path and query) get 414
  std::size_t body_limit = 16 * 1024 * 1024;
  // Open connections, in all and from one client address; over either cap a new connection is
  // answered 503 and closed at once, so that clients holding connections open cannot starve the
  // others. 0 for max_connections: the process's open-file limit less 64 (for the database,
  // logs and files); 0 for the per-address cap: none.
  std::size_t max_connections = 0;
  std::size_t max_connections_per_address = 256;
  // Answered 200 "ok" by the I/O thread itself, so that liveness shows even when every worker
  // is busy; "" leaves the path to the handler.
  std::string health_path = "/healthz";
  std::chrono::seconds read_timeout{30};    // a request must arrive whole within this
  std::chrono::seconds idle_timeout{75};    // keep-alive connection with no request
  std::chrono::seconds shutdown_grace{25};  // in-flight requests may finish within this
  bool access_log = true;
  bool handle_signals = true;  // SIGINT/SIGTERM start a graceful stop
  // PEM files: with both set every connection is HTTPS, answers carry Strict-Transport-Security
  // and requests are marked secure. listen() fails when either cannot be read or they do not match.
  std::string tls_cert;
  std::string tls_key;
};

using Handler = std::function<Response(Request&)>;
// Tried first, on the I/O thread that read the request: an answer ends the request there;
// nullopt sends it to the Handler on the worker pool. It must not block (no database, no
// files), since every other connection of that I/O thread waits while it runs.
using InlineHandler = std::function<std::optional<Response>(Request&)>;

class Server {
 public:
  Server(ServerOptions options, Handler handler, InlineHandler inline_handler = {});
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket. Fails (ErrorKind::unavailable) with one clear message when the
  // address is in use or invalid.
  Status listen();
  std::uint16_t port() const;
  bool tls() const;  // serving HTTPS
  // Serves until stop() or a signal; returns after in-flight requests have finished.
  void run();
  // Graceful stop: stop accepting, let in-flight requests finish, close idle connections.
  // Safe to call from any thread.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace colo::http
