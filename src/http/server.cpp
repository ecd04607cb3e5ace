// The HTTP server on Boost.Beast/Asio with C++20 coroutines: one coroutine per connection,
// handlers on a worker pool, graceful stop. The only translation unit that includes Beast.
#include "http/server.hpp"

#include <spdlog/spdlog.h>

#include <atomic>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <chrono>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "http/problem.hpp"

namespace colo::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using asio::awaitable;
using asio::use_awaitable;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

namespace {

bool valid_request_id(std::string_view id) {
  if (id.empty() || id.size() > 128) return false;
  for (char c : id)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-')) return false;
  return true;
}

std::string new_request_id() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  static const char* hex = "0123456789abcdef";
  std::string id(32, '0');
  std::uint64_t a = rng(), b = rng();
  for (int i = 0; i < 16; ++i) {
    id[static_cast<std::size_t>(i)] = hex[(a >> (i * 4)) & 0xf];
    id[static_cast<std::size_t>(16 + i)] = hex[(b >> (i * 4)) & 0xf];
  }
  return id;
}

std::string preferred_lang(std::string_view accept) {
  // The first language listed decides; Colo speaks zh-CN and en-US.
  auto first = accept.substr(0, accept.find_first_of(",;"));
  while (!first.empty() && first.front() == ' ') first.remove_prefix(1);
  if (first.size() >= 2 && (first[0] == 'z' || first[0] == 'Z') && (first[1] == 'h' || first[1] == 'H'))
    return "zh-CN";
  return "en-US";
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  Handler handler;
  asio::io_context ioc;
  asio::thread_pool workers;
  tcp::acceptor acceptor{ioc};
  asio::signal_set signals{ioc};
  std::atomic<bool> stopping{false};
  std::shared_ptr<spdlog::logger> access;

  struct Session {
    beast::tcp_stream* stream;
    std::atomic<bool> busy{false};
  };
  std::mutex sessions_mutex;
  std::set<Session*> sessions;

  Impl(ServerOptions o, Handler h)
      : options(std::move(o)), handler(std::move(h)), ioc(std::max(1, options.io_threads)),
        workers(static_cast<std::size_t>(std::max(1, options.worker_threads))) {
    if (options.access_log) {
      access = spdlog::get("access");
      if (!access) access = spdlog::default_logger();
    }
  }

  Request convert(bhttp::request<bhttp::string_body>& in, const tcp::endpoint& remote, bool& bad) {
    Request r;
    r.method = std::string(in.method_string());
    r.target = std::string(in.target());
    auto parsed = boost::urls::parse_origin_form(r.target);
    if (!parsed) {
      bad = true;
      return r;
    }
    r.path = parsed->path();
    for (auto p : parsed->params()) r.query.emplace_back(p.key, p.has_value ? p.value : std::string());
    r.headers.reserve(16);
    for (const auto& f : in) {
      std::string name(f.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      r.headers.emplace_back(std::move(name), std::string(f.value()));
    }
    r.body = std::move(in.body());
    r.remote_addr = remote.address().to_string();
    auto rid = in["X-Request-ID"];
    r.request_id = valid_request_id(rid) ? std::string(rid) : new_request_id();
    r.lang = preferred_lang(in[bhttp::field::accept_language]);
    if (r.path.find('\0') != std::string::npos) bad = true;
    return r;
  }

  template <typename Body>
  void fill(bhttp::response<Body>& res, Response& out, const Request& req, bool keep_alive) {
    for (auto& [k, v] : out.headers) res.insert(k, v);
    res.set("X-Request-ID", req.request_id);
    res.keep_alive(keep_alive);
  }

  awaitable<void> send_problem(beast::tcp_stream& stream, Error e, const Request& req) {
    Response out = problem(e, req);
    bhttp::response<bhttp::string_body> res{static_cast<bhttp::status>(out.status), 11};
    fill(res, out, req, false);
    res.body() = std::move(out.body);
    res.prepare_payload();
    stream.expires_after(std::chrono::seconds(5));
    co_await bhttp::async_write(stream, res, kTuple);
  }

  // The answer owed for a failed read, if any: limits and malformed HTTP get a problem;
  // a closed or timed-out connection gets nothing.
  std::optional<Error> read_error(const beast::error_code& ec) const {
    if (ec == bhttp::error::header_limit)
      return Error{ErrorKind::too_large, "header_too_large", "The request headers are too large.", {}};
    if (ec == bhttp::error::body_limit)
      return Error{ErrorKind::too_large, "payload_too_large",
                   "The request body is larger than " + std::to_string(options.body_limit) + " bytes.", {}};
    if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message) return std::nullopt;
    if (ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category())
      return Error::invalid("bad_request", "The request is not valid HTTP.");
    return std::nullopt;
  }

  static Request anonymous() {
    Request r;
    r.request_id = new_request_id();
    return r;
  }

  awaitable<void> session(tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    Session me{&stream};
    {
      std::lock_guard lock(sessions_mutex);
      if (stopping) co_return;
      sessions.insert(&me);
    }
    struct Unregister {
      Impl* self;
      Session* s;
      ~Unregister() {
        std::lock_guard lock(self->sessions_mutex);
        self->sessions.erase(s);
      }
    } unregister{this, &me};

    tcp::endpoint remote;
    {
      beast::error_code ec;
      remote = stream.socket().remote_endpoint(ec);
    }
    beast::flat_buffer buffer;
    bool first = true;
    for (;;) {
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(options.header_limit));
      parser.body_limit(options.body_limit);
      // One deadline for the whole request: idle keep-alive connections wait idle_timeout for
      // the next request, a request under way must arrive whole within read_timeout.
      stream.expires_after(first || buffer.size() > 0 ? options.read_timeout : options.idle_timeout);
      first = false;
      auto [ec_r, n_r] = co_await bhttp::async_read(stream, buffer, parser, kTuple);
      if (ec_r) {
        if (auto e = read_error(ec_r)) co_await send_problem(stream, *e, anonymous());
        break;
      }
      me.busy = true;
      auto in = parser.release();
      const auto started = std::chrono::steady_clock::now();
      bool bad = false;
      Request req = convert(in, remote, bad);
      const bool keep_alive = in.keep_alive() && !stopping;
      const bool head = in.method() == bhttp::verb::head;
      if (bad) {
        co_await send_problem(stream, Error::invalid("bad_target", "The request target is not valid."), req);
        break;
      }
      Response out;
      try {
        // Run the handler on the worker pool; the coroutine resumes on this connection's executor.
        out = co_await asio::co_spawn(
            workers, [this, &req]() -> awaitable<Response> { co_return handler(req); }, use_awaitable);
      } catch (const std::exception& e) {
        spdlog::error("request {} failed: {}", req.request_id, e.what());
        out = problem(Error::internal("An internal error occurred. Quote request id " + req.request_id +
                                      " when reporting it."),
                      req);
      }
      std::size_t bytes = 0;
      stream.expires_after(options.read_timeout);
      beast::error_code write_ec;
      if (!out.file_path.empty()) {
        bhttp::response<bhttp::file_body> res{static_cast<bhttp::status>(out.status), in.version()};
        beast::error_code fec;
        res.body().open(out.file_path.c_str(), beast::file_mode::scan, fec);
        if (fec) {
          out = problem(Error::not_found("File"), req);
        } else {
          fill(res, out, req, keep_alive);
          res.prepare_payload();
          bytes = res.body().size();
          if (head) {
            bhttp::response<bhttp::empty_body> h{res.result(), res.version()};
            for (const auto& f : res) h.insert(f.name_string(), f.value());
            h.keep_alive(keep_alive);
            auto [ec_w, n_w] = co_await bhttp::async_write(stream, h, kTuple);
            write_ec = ec_w;
          } else {
            auto [ec_w, n_w] = co_await bhttp::async_write(stream, res, kTuple);
            write_ec = ec_w;
          }
          goto written;
        }
      }
      {
        bhttp::response<bhttp::string_body> res{static_cast<bhttp::status>(out.status), in.version()};
        fill(res, out, req, keep_alive);
        bytes = out.body.size();
        if (head) {
          res.content_length(bytes);
        } else {
          res.body() = std::move(out.body);
          res.prepare_payload();
        }
        auto [ec_w, n_w] = co_await bhttp::async_write(stream, res, kTuple);
        write_ec = ec_w;
      }
    written:
      if (access) {
        auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        access->info("{} {} {} {} {} {:.2f}ms {}", req.remote_addr, req.method, req.target, out.status,
                     bytes, ms, req.request_id);
      }
      me.busy = false;
      if (write_ec || !keep_alive || stopping) break;
    }
    beast::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  awaitable<void> accept_loop() {
    for (;;) {
      auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(ioc), kTuple);
      if (ec) {
        if (ec == asio::error::operation_aborted || !acceptor.is_open()) co_return;
        continue;  // e.g. too many open files: keep serving the others
      }
      socket.set_option(tcp::no_delay(true));
      auto ex = socket.get_executor();
      asio::co_spawn(ex, session(std::move(socket)), asio::detached);
    }
  }

  void begin_stop() {
    if (stopping.exchange(true)) return;
    asio::post(ioc, [this] {
      beast::error_code ec;
      acceptor.close(ec);
      signals.cancel(ec);
      std::lock_guard lock(sessions_mutex);
      // Idle keep-alive connections are closed now; busy ones finish their request first.
      for (auto* s : sessions)
        if (!s->busy) cancel_on_strand(s);
      auto timer = std::make_shared<asio::steady_timer>(ioc, options.shutdown_grace);
      timer->async_wait([this, timer](beast::error_code e) {
        if (!e) ioc.stop();
      });
      // The timer must not keep the loop alive once every session has ended.
      grace_timer = timer;
      watch_sessions();
    });
  }

  std::shared_ptr<asio::steady_timer> grace_timer;

  // Cancels an idle session's pending read on its own strand, if it still exists by then.
  void cancel_on_strand(Session* s) {
    asio::post(s->stream->get_executor(), [this, s] {
      std::lock_guard lock(sessions_mutex);
      if (!sessions.count(s) || s->busy) return;
      beast::error_code ec;
      s->stream->socket().cancel(ec);
    });
  }

  void watch_sessions() {
    auto t = std::make_shared<asio::steady_timer>(ioc, std::chrono::milliseconds(20));
    t->async_wait([this, t](beast::error_code) {
      bool empty;
      {
        std::lock_guard lock(sessions_mutex);
        empty = sessions.empty();
        for (auto* s : sessions)
          if (!s->busy) cancel_on_strand(s);
      }
      if (empty) {
        if (grace_timer) grace_timer->cancel();
        return;
      }
      watch_sessions();
    });
  }
};

Server::Server(ServerOptions options, Handler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {}

Server::~Server() {
  impl_->workers.join();
}

Status Server::listen() {
  auto& o = impl_->options;
  beast::error_code ec;
  auto fail_with = [&](const std::string& what) -> Status {
    return Error{ErrorKind::unavailable, "listen_failed",
                 "cannot listen on " + o.host + ":" + std::to_string(o.port) + ": " + what, {}};
  };
  tcp::resolver resolver(impl_->ioc);
  auto results = resolver.resolve(o.host, std::to_string(o.port), tcp::resolver::passive, ec);
  if (ec || results.empty()) return fail_with(ec ? ec.message() : "no address");
  tcp::endpoint ep = results.begin()->endpoint();
  impl_->acceptor.open(ep.protocol(), ec);
  if (ec) return fail_with(ec.message());
  impl_->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  impl_->acceptor.bind(ep, ec);
  if (ec) return fail_with(ec.message());
  impl_->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) return fail_with(ec.message());
  return {};
}

std::uint16_t Server::port() const {
  beast::error_code ec;
  auto ep = impl_->acceptor.local_endpoint(ec);
  return ec ? 0 : ep.port();
}

void Server::run() {
  auto& impl = *impl_;
  if (impl.options.handle_signals) {
    impl.signals.add(SIGINT);
    impl.signals.add(SIGTERM);
    impl.signals.async_wait([&impl](beast::error_code ec, int sig) {
      if (ec) return;
      spdlog::info("signal {} received: stopping gracefully", sig);
      impl.begin_stop();
    });
  }
  asio::co_spawn(impl.ioc, impl.accept_loop(), asio::detached);
  std::vector<std::thread> threads;
  for (int i = 1; i < impl.options.io_threads; ++i) threads.emplace_back([&impl] { impl.ioc.run(); });
  impl.ioc.run();
  for (auto& t : threads) t.join();
  impl.workers.join();
}

void Server::stop() { impl_->begin_stop(); }

}  // namespace colo::http
