// The HTTP server on Boost.Beast/Asio with C++20 coroutines. The only translation unit that
// includes Beast.
//
// Shape: one io_context per I/O thread, so a connection lives on one thread and needs no strand;
// the acceptor hands connections out round-robin. One coroutine per connection reads a request
// with Beast's parser, converts it to http::Request, runs the Handler on the worker pool and
// writes the answer. Handlers run on the worker pool, except that /healthz and the requests the
// InlineHandler answers (routes that neither block nor touch the database) are answered on the
// I/O thread: the hop to the pool and back cost more than the whole of such an answer.
//
// Trust: a head whose framing a proxy in front could read differently (request smuggling) is
// refused and the connection closed; decoded paths and query parameters must be valid text
// (core/text.hpp); open connections are capped in all and per client address, so that clients
// holding connections open cannot starve the others.
//
// Throughput was measured with wrk (scripts/bench.sh) and shaped these choices: Beast parses,
// but the answer's head is written by hand into a per-connection buffer and leaves with the body
// in one gather write; timeouts use one watchdog timer per connection that is re-armed only when
// it fires, where beast::tcp_stream arms and cancels a timer around every read and every write;
// executors are concrete types, not any_io_executor. Together with one io_context per thread
// this doubled requests/s over the first version (tcp_stream, strands, Beast's serializer).
//
// TLS: with a certificate and key configured every connection is HTTPS (OpenSSL through
// asio::ssl, TLS 1.2 or later, HTTP/1.1). The connection reads and writes through Stream, which
// picks the TLS or the plain socket at run time, so the limits, framing checks and timeouts
// above are the same code on both transports; the handshake runs under the read timeout, so a
// client that connects and never completes it is closed like any other slow client.
#include "http/server.hpp"

#include "http/access_log.hpp"

#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include <openssl/ssl.h>
#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/file.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/file_body.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/url/parse.hpp>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "core/text.hpp"
#include "http/problem.hpp"

namespace colo::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using error_code = boost::system::error_code;
using Clock = std::chrono::steady_clock;

namespace {

// A concrete executor instead of any_io_executor: type erasure showed up in profiles.
using Executor = asio::io_context::executor_type;
using Socket = asio::basic_stream_socket<tcp, Executor>;
using Acceptor = asio::basic_socket_acceptor<tcp, Executor>;
using Timer = asio::basic_waitable_timer<Clock, asio::wait_traits<Clock>, Executor>;
template <typename T>
using Task = asio::awaitable<T, Executor>;
constexpr auto kUse = asio::as_tuple(asio::use_awaitable_t<Executor>{});
using Parser = bhttp::request_parser<bhttp::string_body>;
using TlsStream = asio::ssl::stream<Socket>;

// One connection's byte stream: TLS over the socket when the server has a certificate, the
// socket itself otherwise. A read or write stream for Asio and Beast, so the connection's code
// is written once for both transports.
class Stream {
 public:
  using executor_type = Executor;
  Stream(Socket socket, asio::ssl::context* tls) {
    if (tls)
      tls_.emplace(std::move(socket), *tls);
    else
      plain_.emplace(std::move(socket));
  }
  Socket& socket() { return tls_ ? tls_->next_layer() : *plain_; }
  executor_type get_executor() { return socket().get_executor(); }
  TlsStream* tls() { return tls_ ? &*tls_ : nullptr; }

  template <typename Buffers, typename Token>
  auto async_read_some(const Buffers& buffers, Token&& token) {
    return asio::async_initiate<Token, void(error_code, std::size_t)>(
        [this](auto handler, const Buffers& b) {
          if (tls_)
            tls_->async_read_some(b, std::move(handler));
          else
            plain_->async_read_some(b, std::move(handler));
        },
        token, buffers);
  }
  template <typename Buffers, typename Token>
  auto async_write_some(const Buffers& buffers, Token&& token) {
    return asio::async_initiate<Token, void(error_code, std::size_t)>(
        [this](auto handler, const Buffers& b) {
          if (tls_)
            tls_->async_write_some(b, std::move(handler));
          else
            plain_->async_write_some(b, std::move(handler));
        },
        token, buffers);
  }

 private:
  std::optional<Socket> plain_;
  std::optional<TlsStream> tls_;
};

// Browsers that once reached the server over TLS refuse plain HTTP to it for a year.
constexpr std::string_view kHsts = "max-age=31536000";

constexpr std::size_t kReadChunk = 8192;
// After an error answer the rest of the request is read and dropped, so that closing does not
// reset the connection before the client has read the answer. Bounded in bytes and time.
constexpr std::size_t kLingerBytes = 1 << 20;
constexpr std::chrono::seconds kLingerTime{2};
// A slow handler is not timed out; the watchdog looks again this often.
constexpr std::chrono::seconds kBusyRecheck{1};
// After a failed accept (out of file descriptors) the next try waits this long, doubling up to
// the maximum: the failed connection stays queued, so trying again at once would spin.
constexpr std::chrono::milliseconds kAcceptPause{50};
constexpr std::chrono::milliseconds kMaxAcceptPause{1000};

bool valid_request_id(std::string_view id) {
  if (id.empty() || id.size() > 128) return false;
  for (char c : id) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

// Not a secret: it only has to be unique enough to find a request in the logs.
std::string new_request_id() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id(32, '0');
  for (int half = 0; half < 2; ++half) {
    std::uint64_t bits = rng();
    for (int i = 0; i < 16; ++i, bits >>= 4) id[static_cast<std::size_t>(half * 16 + i)] = kHex[bits & 0xf];
  }
  return id;
}

bool iequals_prefix(std::string_view s, std::string_view lower_prefix) {
  if (s.size() < lower_prefix.size()) return false;
  for (std::size_t i = 0; i < lower_prefix.size(); ++i)
    if ((s[i] | 0x20) != lower_prefix[i]) return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// q-value in thousandths ("0.8" -> 800); malformed values count as 1000 (RFC 9110 default).
int parse_q(std::string_view v) {
  if (v.empty()) return 1000;
  if (v[0] == '1') return 1000;
  if (v[0] != '0') return 1000;
  int q = 0, scale = 100;
  for (std::size_t i = 2; i < v.size() && i < 5 && v[1] == '.'; ++i, scale /= 10) {
    if (v[i] < '0' || v[i] > '9') break;
    q += (v[i] - '0') * scale;
  }
  return q;
}

// Colo speaks zh-CN and en-US: Chinese when the language the client weighs highest is zh.
const char* preferred_lang(std::string_view accept) {
  int best_q = -1;
  bool best_zh = false;
  while (!accept.empty()) {
    auto comma = accept.find(',');
    auto item = accept.substr(0, comma);
    accept = comma == std::string_view::npos ? std::string_view{} : accept.substr(comma + 1);
    auto semi = item.find(';');
    auto tag = trim(item.substr(0, semi));
    if (tag.empty()) continue;
    int q = 1000;
    while (semi != std::string_view::npos) {
      item = item.substr(semi + 1);
      semi = item.find(';');
      auto param = trim(item.substr(0, semi));
      if (param.size() >= 2 && (param[0] | 0x20) == 'q' && param[1] == '=') q = parse_q(param.substr(2));
    }
    if (q > best_q) {
      best_q = q;
      best_zh = iequals_prefix(tag, "zh") && (tag.size() == 2 || tag[2] == '-' || tag[2] == '_');
    }
  }
  return best_zh ? "zh-CN" : "en-US";
}

// The Date header, formatted once per second per thread.
std::string_view http_date() {
  thread_local std::time_t last = 0;
  thread_local char buf[40];
  thread_local std::size_t len = 0;
  const std::time_t now = std::time(nullptr);
  if (now != last) {
    // By hand: strftime would follow the process locale, and HTTP dates are English.
    static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::tm tm{};
    gmtime_r(&now, &tm);
    int n = std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[tm.tm_wday], tm.tm_mday,
                          kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
    len = n > 0 ? static_cast<std::size_t>(n) : 0;
    last = now;
  }
  return {buf, len};
}

// Header text from a handler must not be able to split the response.
bool safe_header(std::string_view name, std::string_view value) {
  if (name.empty()) return false;
  for (char c : name)
    if (c == '\r' || c == '\n' || c == ':' || c == ' ') return false;
  return value.find_first_of("\r\n") == std::string_view::npos;
}

// Headers the server owns: whatever a handler put there is replaced.
bool server_owned(std::string_view name) {
  const auto is = [&](std::string_view lower) { return name.size() == lower.size() && iequals_prefix(name, lower); };
  return is("content-length") || is("transfer-encoding") || is("connection") || is("x-request-id") || is("date");
}

void append_number(std::string& out, std::uint64_t n) {
  char buf[24];
  auto* end = buf + sizeof buf;
  auto* p = end;
  do {
    *--p = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  out.append(p, static_cast<std::size_t>(end - p));
}

// The status line and headers of an answer. content_length is omitted for statuses that
// cannot have a body.
void append_head(std::string& out, int status, const Fields& headers, std::string_view request_id, bool keep_alive,
                 unsigned version, std::uint64_t content_length) {
  out.append("HTTP/1.1 ");
  append_number(out, static_cast<std::uint64_t>(status));
  out.push_back(' ');
  out.append(bhttp::obsolete_reason(static_cast<bhttp::status>(status)));
  out.append("\r\n");
  for (const auto& [name, value] : headers) {
    if (server_owned(name)) continue;
    if (!safe_header(name, value)) {
      spdlog::warn("dropped response header {} with a line break in it", name);
      continue;
    }
    out.append(name).append(": ").append(value).append("\r\n");
  }
  out.append("Date: ").append(http_date()).append("\r\n");
  out.append("X-Request-ID: ").append(request_id).append("\r\n");
  if (status >= 200 && status != 204 && status != 304) {
    out.append("Content-Length: ");
    append_number(out, content_length);
    out.append("\r\n");
  }
  if (!keep_alive)
    out.append("Connection: close\r\n");
  else if (version < 11)
    out.append("Connection: keep-alive\r\n");
  out.append("\r\n");
}

// What a failed read owes the client: limits and malformed HTTP get a problem answer; a closed,
// reset or timed-out connection gets nothing.
std::optional<Error> read_error(const error_code& ec, std::size_t body_limit) {
  if (ec.category() != bhttp::make_error_code(bhttp::error::end_of_stream).category()) return std::nullopt;
  switch (static_cast<bhttp::error>(ec.value())) {
    case bhttp::error::end_of_stream:
    case bhttp::error::partial_message:
    case bhttp::error::need_more:
    case bhttp::error::need_buffer:
    case bhttp::error::stale_parser:
    case bhttp::error::unexpected_body:
    case bhttp::error::short_read:
      return std::nullopt;
    case bhttp::error::header_limit:
      return Error{ErrorKind::header_too_large, "header_too_large", "The request headers are too large.", {}};
    case bhttp::error::body_limit:
      return Error{ErrorKind::too_large,
                   "payload_too_large",
                   "The request body is larger than " + std::to_string(body_limit) + " bytes.",
                   {}};
    default:
      return Error{ErrorKind::invalid, "bad_request", "The request is not valid HTTP/1.1.", {}};
  }
}

// Checks on the raw bytes of a request head that Beast's parser does not make: the length of
// the request target (414 rather than a generic header overflow) and obsolete line folding,
// which Beast would silently join (RFC 9112 section 5.2: a server must refuse it or replace it;
// refusing is the only safe choice when a proxy in front may have read the header otherwise).
// `head` is what has arrived of the head so far; Beast parses a head only once all of it is
// in the buffer, so the buffer always starts with the request line.
std::optional<Error> check_raw_head(std::string_view head, std::size_t target_limit) {
  const auto line_end = head.find('\n');
  const auto request_line = head.substr(0, line_end);
  if (auto space = request_line.find(' '); space != std::string_view::npos) {
    auto rest = request_line.substr(space + 1);
    if (std::min(rest.find(' '), rest.size()) > target_limit)
      return Error{ErrorKind::uri_too_long,
                   "uri_too_long",
                   "The request target is longer than " + std::to_string(target_limit) + " bytes.",
                   {}};
  }
  for (auto at = line_end; at != std::string_view::npos && at + 1 < head.size(); at = head.find('\n', at + 1)) {
    const char next = head[at + 1];
    if (next == '\r' || next == '\n') break;  // the empty line that ends the head
    if (next == ' ' || next == '\t')
      return Error::invalid("http.obsolete_line_folding", "Header fields must not be folded over several lines.");
  }
  return std::nullopt;
}

// Message framing that Beast accepts but RFC 9112 forbids. A Transfer-Encoding whose last coding
// is not chunked leaves the body's end to the next request's bytes (section 6.3), and one next
// to a Content-Length lets a proxy and this server disagree on where the request ends (section
// 6.1): both are how requests are smuggled past a proxy, so both are refused and the connection
// closed. Colo decodes no other transfer coding, so chunked is the only one accepted. HTTP/1.1
// requires exactly one Host (section 3.2).
std::optional<Error> check_framing(const bhttp::request<bhttp::string_body>& m) {
  std::vector<std::string_view> codings;
  bool has_transfer_encoding = false;
  for (const auto& field : m) {
    if (field.name() != bhttp::field::transfer_encoding) continue;
    has_transfer_encoding = true;
    std::string_view value(field.value().data(), field.value().size());
    while (!value.empty()) {
      const auto comma = value.find(',');
      if (auto coding = trim(value.substr(0, comma)); !coding.empty()) codings.push_back(coding);
      value = comma == std::string_view::npos ? std::string_view{} : value.substr(comma + 1);
    }
  }
  if (has_transfer_encoding) {
    if (m.count(bhttp::field::content_length) > 0)
      return Error::invalid("http.bad_framing", "A request must not carry both Transfer-Encoding and Content-Length.");
    const bool chunked_only = codings.size() == 1 && codings[0].size() == 7 && iequals_prefix(codings[0], "chunked");
    if (!chunked_only)
      return Error::invalid("http.bad_transfer_encoding", "The only transfer coding accepted is chunked.");
  }
  if (m.version() >= 11 && m.count(bhttp::field::host) != 1)
    return Error::invalid("http.host_required", "An HTTP/1.1 request must carry exactly one Host header.");
  return std::nullopt;
}

// A decoded path segment or query parameter that is not acceptable text, named for the answer.
Error text_error(std::string_view what, std::string_view name, const text::TextFlaw& flaw) {
  const auto shown = text::scrub(name);
  return Error::invalid("invalid_query",
                        "The " + std::string(what) + " " + shown + " contains " + text::describe(flaw) + ".",
                        {{shown, "invalid_text", "The value contains " + text::describe(flaw) + "."}});
}

// Fills the URL parts of `out` from the request target; an error when the target is not a valid
// origin-form (or absolute-form) target or a decoded part of it is not acceptable text.
std::optional<Error> parse_target(std::string_view target, Request& out) {
  static const Error kBadTarget = Error::invalid("bad_target", "The request target is not a valid URL path.");
  boost::urls::url_view url;
  if (!target.empty() && target.front() == '/') {
    auto parsed = boost::urls::parse_origin_form(target);
    if (!parsed) return kBadTarget;
    url = *parsed;
  } else {
    // Absolute form is what a proxy sends; RFC 9112 says a server must accept it.
    auto parsed = boost::urls::parse_absolute_uri(target);
    if (!parsed) return kBadTarget;
    url = *parsed;
  }
  out.path = url.path();
  if (out.path.empty()) out.path = "/";
  if (text::find_flaw(out.path, {.tab = false, .line_breaks = false})) return kBadTarget;
  if (url.has_query()) {
    // Forms and most JavaScript clients encode spaces in queries as '+'.
    boost::urls::encoding_opts opts;
    opts.space_as_plus = true;
    for (auto param : url.params(opts)) {
      // Decoded text, checked here once for every route: a query value is one line.
      const text::TextRules one_line{.tab = true, .line_breaks = false};
      if (auto flaw = text::find_flaw(param.key, one_line)) return text_error("query parameter name", param.key, *flaw);
      if (auto flaw = text::find_flaw(param.value, one_line)) return text_error("query parameter", param.key, *flaw);
      out.query.emplace_back(std::move(param.key), param.has_value ? std::move(param.value) : std::string());
    }
  }
  return std::nullopt;
}

// The answer to a connection over the caps: written once without waiting, then the socket is
// closed. Built once, so a flood of refusals costs no allocation.
const std::string& too_many_connections_answer() {
  static const std::string answer = [] {
    const std::string body =
        R"({"type":"urn:colo:problem:http.too_many_connections","title":"Service Unavailable","status":503,)"
        R"("code":"http.too_many_connections","detail":"The server has too many open connections; try again shortly."})";
    return "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\nRetry-After: 1\r\n"
           "Connection: close\r\nContent-Length: " +
           std::to_string(body.size()) + "\r\n\r\n" + body;
  }();
  return answer;
}

// The cap on open connections when none is configured: the open-file limit less what the
// database pool, log files and served files need.
std::size_t default_max_connections() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return 10000;
  return limit.rlim_cur > 64 + 16 ? static_cast<std::size_t>(limit.rlim_cur - 64) : 16;
}

}  // namespace

struct Server::Impl {
  class Connection;

  ServerOptions options_;
  Handler handler_;
  InlineHandler inline_handler_;
  std::unique_ptr<AccessLog> access_;        // null when the access log is off
  std::unique_ptr<asio::ssl::context> tls_;  // null: plain HTTP
  std::atomic<bool> stopping_{false};

  // Declared before the io_contexts: destroying a context destroys suspended connection
  // coroutines, which unregister here.
  std::mutex connections_mutex_;
  std::unordered_set<Connection*> connections_;

  // Open connections in all and per client address, for the caps. A connection takes its slot
  // when accepted and gives it back when destroyed. An episode of refusals is logged when it
  // begins and when the count has fallen a tenth below the cap, not per refusal.
  std::mutex slots_mutex_;
  std::size_t max_connections_ = 0;
  std::size_t open_total_ = 0;
  std::unordered_map<std::string, std::size_t> open_by_address_;
  bool refusing_ = false;
  std::unordered_set<std::string> refusing_addresses_;

  std::vector<std::unique_ptr<asio::io_context>> contexts_;
  std::vector<asio::executor_work_guard<Executor>> keep_running_;
  std::size_t next_context_ = 0;
  asio::thread_pool workers_;
  Acceptor acceptor_;
  asio::basic_signal_set<Executor> signals_;
  bool signals_taken_ = false;
  Timer grace_timer_;
  std::uint16_t port_ = 0;

  Impl(ServerOptions options, Handler handler, InlineHandler inline_handler)
      : options_(std::move(options)),
        handler_(std::move(handler)),
        inline_handler_(std::move(inline_handler)),
        max_connections_(options_.max_connections > 0 ? options_.max_connections : default_max_connections()),
        contexts_(make_contexts(options_.io_threads)),
        workers_(static_cast<std::size_t>(std::max(1, options_.worker_threads))),
        acceptor_(contexts_[0]->get_executor()),
        signals_(contexts_[0]->get_executor()),
        grace_timer_(contexts_[0]->get_executor()) {
    if (options_.access_log) access_ = std::make_unique<AccessLog>(stdout);
    // Context 0 is kept running by the acceptor; the others wait for connections until a stop.
    for (std::size_t i = 1; i < contexts_.size(); ++i) keep_running_.emplace_back(contexts_[i]->get_executor());
  }

  static std::vector<std::unique_ptr<asio::io_context>> make_contexts(int n) {
    std::vector<std::unique_ptr<asio::io_context>> v;
    for (int i = 0; i < std::max(1, n); ++i) v.push_back(std::make_unique<asio::io_context>(1));
    return v;
  }

  // Runs the handler on the worker pool and resumes the caller on its own I/O thread. The
  // handler's exceptions become a 500 here: the pipeline normally catches them, this is the
  // last guard.
  template <typename Token>
  auto run_handler(Request& request, Token&& token) {
    return asio::async_initiate<Token, void(Response)>(
        [this, &request](auto completion) {
          // Counts as work so that the I/O thread's run() waits for the answer.
          auto work = asio::make_work_guard(asio::get_associated_executor(completion));
          asio::post(workers_, [this, &request, completion = std::move(completion), work = std::move(work)]() mutable {
            Response out = call_handler(request);
            auto io = work.get_executor();
            asio::post(io, [completion = std::move(completion), out = std::move(out)]() mutable {
              std::move(completion)(std::move(out));
            });
          });
        },
        token);
  }

  Response call_handler(Request& request) noexcept {
    return guarded(request, [&] { return handler_(request); });
  }

  // The inline handler's answer, or nullopt when the request goes to the worker pool.
  std::optional<Response> call_inline(Request& request) noexcept {
    if (!inline_handler_) return std::nullopt;
    return guarded(request, [&] { return inline_handler_(request); });
  }

  template <typename F>
  static auto guarded(Request& request, F&& call) noexcept -> decltype(call()) {
    // Filled only on the way out: a string set up front was a heap allocation per request.
    std::string what;
    try {
      return call();
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
      what = "an unknown exception";
    }
    try {
      // problem() logs the message with the request id and answers without it.
      return problem(Error::internal("uncaught exception: " + what), request);
    } catch (...) {
      // Out of memory, most likely: a serving thread must not die, and the client must get an answer.
      return Response::text(500, "Internal Server Error");
    }
  }

  class Connection : public std::enable_shared_from_this<Connection> {
   public:
    // Holds a slot the accept loop took for `remote_addr`; gives it back when destroyed.
    Connection(Impl& server, Socket socket, std::string remote_addr)
        : server_(server),
          options_(server.options_),
          stream_(std::move(socket), server.tls_.get()),
          watchdog_(stream_.get_executor()),
          remote_addr_(std::move(remote_addr)) {
      error_code ec;
      stream_.socket().set_option(tcp::no_delay(true), ec);
    }
    ~Connection() { server_.give_slot(remote_addr_); }

    Executor executor() { return stream_.get_executor(); }

    // Serves requests until the client closes, an error, a timeout or a stop.
    Task<void> run() {
      {
        std::lock_guard lock(server_.connections_mutex_);
        if (server_.stopping_) co_return;
        server_.connections_.insert(this);
      }
      set_deadline(options_.read_timeout);
      watch();
      try {
        if (auto* tls = stream_.tls()) {
          // Under the read timeout: a client that never finishes the handshake is closed.
          auto [ec] = co_await tls->async_handshake(asio::ssl::stream_base::server, kUse);
          if (ec)
            spdlog::debug("TLS handshake with {} failed: {}", remote_addr_, ec.message());
          else
            co_await serve();
        } else {
          co_await serve();
        }
      } catch (const std::exception& e) {
        // Only a bug gets here (allocation failure, a throwing logger): drop the connection.
        spdlog::error("connection from {} failed: {}", remote_addr_, e.what());
      }
      finished_ = true;
      watchdog_.cancel();
      error_code ec;
      stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
      stream_.socket().close(ec);
      server_.unregister(this);
    }

    // Closes the connection now unless a request is being handled or answered (graceful stop).
    // Runs on the connection's thread.
    void close_if_idle() {
      if (busy_ || finished_) return;
      error_code ec;
      stream_.socket().close(ec);
    }

   private:
    Task<void> serve() {
      std::optional<Parser> parser;
      for (;;) {
        parser.emplace();
        parser->header_limit(static_cast<std::uint32_t>(std::min<std::size_t>(options_.header_limit, UINT32_MAX)));
        parser->body_limit(options_.body_limit);
        std::optional<Error> refused;
        if (auto ec = co_await read_request(*parser, refused)) {
          if (auto error = read_error(ec, options_.body_limit)) co_await answer_read_error(*error, *parser);
          co_return;
        }
        if (refused) {
          // Framing the server will not trust: nothing after it on this connection is read as a request.
          co_await answer_read_error(*refused, *parser);
          co_return;
        }
        busy_ = true;
        const auto started = Clock::now();
        auto& message = parser->get();
        Request request;
        const auto invalid = convert(message, request);
        bool keep_alive = message.keep_alive();
        Response response;
        if (invalid) {
          response = problem(*invalid, request);
          keep_alive = false;
        } else if (is_health_check(request)) {
          response = health_answer();
        } else if (auto answered = server_.call_inline(request)) {
          response = std::move(*answered);
        } else {
          handling_ = true;
          response = co_await server_.run_handler(request, asio::use_awaitable_t<Executor>{});
          handling_ = false;
        }
        keep_alive = keep_alive && !server_.stopping_;
        std::uint64_t bytes = 0;
        const bool head = request.method == "HEAD";
        auto ec = co_await write_response(response, request, keep_alive, message.version(), head, bytes);
        if (server_.access_) log_access(request, response.status, bytes, started);
        busy_ = false;
        if (ec || !keep_alive || server_.stopping_) co_return;
        first_ = false;
        // A big upload grew the buffer; do not keep it for an idle connection.
        if (buffer_.size() == 0 && buffer_.capacity() > 64 * 1024) buffer_.shrink_to_fit();
      }
    }

    // Reads one request. A keep-alive connection waits idle_timeout for the first byte; from
    // then on the whole request must arrive within read_timeout. A head the server refuses to
    // trust (check_raw_head, check_framing) ends the read with `refused` set, before any of the
    // body is read.
    Task<error_code> read_request(Parser& parser, std::optional<Error>& refused) {
      if (buffer_.size() == 0) {
        set_deadline(first_ ? options_.read_timeout : options_.idle_timeout);
        auto [ec, n] = co_await stream_.async_read_some(buffer_.prepare(kReadChunk), kUse);
        if (ec) co_return ec == asio::error::eof ? error_code(bhttp::error::end_of_stream) : ec;
        buffer_.commit(n);
      }
      set_deadline(options_.read_timeout);
      // The head: Beast parses it once all of it is buffered, so the raw bytes are checked first.
      while (!parser.is_header_done()) {
        const auto* data = static_cast<const char*>(buffer_.data().data());
        if ((refused = check_raw_head({data, buffer_.size()}, options_.target_limit))) co_return error_code{};
        error_code ec;
        buffer_.consume(parser.put(buffer_.data(), ec));
        if (ec == bhttp::error::need_more) {
          auto [ec_r, n] = co_await stream_.async_read_some(buffer_.prepare(kReadChunk), kUse);
          if (ec_r) co_return ec_r == asio::error::eof ? error_code(bhttp::error::partial_message) : ec_r;
          buffer_.commit(n);
          continue;
        }
        if (ec) co_return ec;
      }
      if ((refused = check_framing(parser.get()))) co_return error_code{};
      // A small request usually arrived whole: parse its body here without another read operation.
      error_code ec;
      while (buffer_.size() > 0 && !parser.is_done()) {
        auto used = parser.put(buffer_.data(), ec);
        buffer_.consume(used);
        if (ec == bhttp::error::need_more) {
          ec = {};
          break;
        }
        if (ec) co_return ec;
        if (used == 0) break;
      }
      if (parser.is_done()) co_return error_code{};
      // The client waits for a go-ahead before sending a large body (curl does for big uploads).
      if (buffer_.size() == 0 && iequals_prefix(parser.get()[bhttp::field::expect], "100-continue")) {
        static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
        auto [ec_c, n_c] = co_await asio::async_write(stream_, asio::buffer(kContinue), kUse);
        if (ec_c) co_return ec_c;
      }
      auto [ec_b, n_b] = co_await bhttp::async_read(stream_, buffer_, parser, kUse);
      co_return ec_b;
    }

    bool is_health_check(const Request& request) const {
      return !options_.health_path.empty() && request.path == options_.health_path &&
             (request.method == "GET" || request.method == "HEAD");
    }

    // Liveness, answered here on the I/O thread: it must not wait behind busy workers.
    static Response health_answer() {
      auto response = Response::text(200, "ok\n");
      response.headers.emplace_back("X-Content-Type-Options", "nosniff");
      response.headers.emplace_back("Cache-Control", "no-store");
      return response;
    }

    // Fills `out`; an error when the target or a decoded part of it is refused.
    std::optional<Error> convert(bhttp::request<bhttp::string_body>& in, Request& out) {
      auto method = in.method_string();
      out.method.assign(method.data(), method.size());
      for (auto& c : out.method)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      auto target = in.target();
      out.target.assign(target.data(), target.size());
      out.headers.reserve(static_cast<std::size_t>(std::distance(in.begin(), in.end())));
      std::string_view request_id, accept_language;
      for (const auto& field : in) {
        auto name = field.name_string();
        auto value = field.value();
        std::string lower(name.data(), name.size());
        for (auto& c : lower)
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (lower == "x-request-id")
          request_id = value;
        else if (lower == "accept-language")
          accept_language = value;
        out.headers.emplace_back(std::move(lower), std::string(value.data(), value.size()));
      }
      out.request_id = valid_request_id(request_id) ? std::string(request_id) : new_request_id();
      out.lang = preferred_lang(accept_language);
      out.remote_addr = remote_addr_;
      out.secure = stream_.tls() != nullptr;
      out.body = std::move(in.body());
      return parse_target(target, out);
    }

    Task<error_code> write_response(Response& response, const Request& request, bool keep_alive, unsigned version,
                                    bool head, std::uint64_t& bytes) {
      set_deadline(options_.read_timeout);
      if (stream_.tls() && !response.header("strict-transport-security"))
        response.headers.emplace_back("Strict-Transport-Security", kHsts);
      if (!response.file_path.empty()) {
        bhttp::file_body::value_type file;
        error_code ec;
        file.open(response.file_path.c_str(), beast::file_mode::scan, ec);
        if (!ec) co_return co_await write_file(response, std::move(file), request, keep_alive, version, head, bytes);
        spdlog::warn("cannot open {} for request {}: {}", response.file_path, request.request_id, ec.message());
        response = problem(Error::not_found("File"), request);
      }
      head_.clear();
      append_head(head_, response.status, response.headers, request.request_id, keep_alive, version,
                  response.body.size());
      const bool body = !head && !response.body.empty() && response.status != 204 && response.status != 304;
      bytes = body ? response.body.size() : 0;
      // Head and body leave in one gather write: one system call for a small answer.
      std::array<asio::const_buffer, 2> buffers{asio::buffer(head_),
                                                body ? asio::buffer(response.body) : asio::const_buffer{}};
      auto [ec, n] = co_await asio::async_write(stream_, buffers, kUse);
      if (head_.capacity() > 16 * 1024) std::string().swap(head_);
      co_return ec;
    }

    Task<error_code> write_file(const Response& response, bhttp::file_body::value_type file, const Request& request,
                                bool keep_alive, unsigned version, bool head, std::uint64_t& bytes) {
      const auto size = file.size();
      if (head) {
        head_.clear();
        append_head(head_, response.status, response.headers, request.request_id, keep_alive, version, size);
        auto [ec, n] = co_await asio::async_write(stream_, asio::buffer(head_), kUse);
        co_return ec;
      }
      bhttp::response<bhttp::file_body> res{static_cast<bhttp::status>(response.status), 11};
      for (const auto& [name, value] : response.headers)
        if (!server_owned(name) && safe_header(name, value)) res.insert(name, value);
      res.set(bhttp::field::date, http_date());
      res.set("X-Request-ID", request.request_id);
      res.body() = std::move(file);
      res.content_length(size);
      res.keep_alive(keep_alive);
      if (version < 11 && keep_alive) res.set(bhttp::field::connection, "keep-alive");
      bhttp::response_serializer<bhttp::file_body> serializer{res};
      // A download may take long; it times out only when it stops making progress.
      while (!serializer.is_done()) {
        set_deadline(options_.read_timeout);
        auto [ec, n] = co_await bhttp::async_write_some(stream_, serializer, kUse);
        if (ec) co_return ec;
      }
      bytes = size;
      co_return error_code{};
    }

    Task<void> answer_read_error(const Error& error, Parser& parser) {
      // Whatever header fields were parsed before the error are in the message.
      Request request;
      auto id = parser.get()["X-Request-ID"];
      request.request_id = valid_request_id(id) ? std::string(id) : new_request_id();
      request.lang = preferred_lang(parser.get()[bhttp::field::accept_language]);
      request.remote_addr = remote_addr_;
      Response response = problem(error, request);
      std::uint64_t bytes = 0;
      auto ec = co_await write_response(response, request, false, 11, false, bytes);
      if (server_.access_) {
        server_.access_->write(remote_addr_, {}, {}, response.status, bytes, {}, request.request_id);
      }
      if (ec) co_return;
      // Drain what the client is still sending so that it sees the answer instead of a reset.
      stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
      set_deadline(std::min<Clock::duration>(options_.read_timeout, kLingerTime));
      std::size_t drained = 0;
      std::array<char, 16 * 1024> sink;
      while (drained < kLingerBytes) {
        auto [ec_r, n] = co_await stream_.async_read_some(asio::buffer(sink), kUse);
        if (ec_r) break;
        drained += n;
      }
    }

    void log_access(const Request& request, int status, std::uint64_t bytes, Clock::time_point started) {
      server_.access_->write(request.remote_addr, request.method, request.target, status, bytes,
                             std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started),
                             request.request_id);
    }

    // Timeouts: the watchdog is armed once and, when it fires, either closes an overdue
    // connection or waits again until the current deadline. Moving the deadline later is a
    // plain store; only moving it earlier than the armed expiry re-arms the timer.
    void set_deadline(Clock::duration timeout) {
      deadline_ = Clock::now() + timeout;
      if (deadline_ < armed_) watchdog_.cancel();
    }

    void watch() {
      armed_ = deadline_;
      watchdog_.expires_at(armed_);
      watchdog_.async_wait([self = shared_from_this()](error_code) { self->on_watchdog(); });
    }

    void on_watchdog() {
      if (finished_) return;
      const auto now = Clock::now();
      if (handling_) {
        deadline_ = std::max(deadline_, now + kBusyRecheck);
      } else if (deadline_ <= now) {
        error_code ec;
        stream_.socket().close(ec);  // the pending read or write ends with an error
        return;
      }
      watch();
    }

    Impl& server_;
    const ServerOptions& options_;
    Stream stream_;
    Timer watchdog_;
    Clock::time_point deadline_{};
    Clock::time_point armed_{};
    beast::flat_buffer buffer_;
    std::string head_;  // the answer's head, reused across requests
    std::string remote_addr_;
    bool first_ = true;
    bool busy_ = false;      // a request is being handled or answered
    bool handling_ = false;  // the handler is running on the worker pool
    bool finished_ = false;
  };

  // Takes a slot for a new connection from `address`; false when a cap is reached.
  bool take_slot(const std::string& address) {
    std::lock_guard lock(slots_mutex_);
    if (open_total_ >= max_connections_) {
      if (!refusing_)
        spdlog::warn("{} connections open, the most allowed: new connections are refused until some close",
                     open_total_);
      refusing_ = true;
      return false;
    }
    auto& mine = open_by_address_[address];
    const auto cap = options_.max_connections_per_address;
    if (cap > 0 && mine >= cap) {
      if (refusing_addresses_.insert(address).second)
        spdlog::warn("{} connections open from {}, the most allowed per address: its new connections are refused", mine,
                     address);
      return false;
    }
    ++open_total_;
    ++mine;
    return true;
  }

  void give_slot(const std::string& address) {
    std::lock_guard lock(slots_mutex_);
    --open_total_;
    if (refusing_ && open_total_ * 10 <= max_connections_ * 9) {
      refusing_ = false;
      spdlog::info("{} connections open: accepting new connections again", open_total_);
    }
    auto it = open_by_address_.find(address);
    if (it == open_by_address_.end()) return;
    const auto left = --it->second;
    if (left == 0) open_by_address_.erase(it);
    if (left * 10 <= options_.max_connections_per_address * 9) refusing_addresses_.erase(address);
  }

  void unregister(Connection* connection) {
    std::lock_guard lock(connections_mutex_);
    connections_.erase(connection);
    if (stopping_ && connections_.empty()) asio::post(grace_timer_.get_executor(), [this] { grace_timer_.cancel(); });
  }

  Task<void> accept_loop() {
    auto pause = kAcceptPause;
    std::size_t failures = 0;
    for (;;) {
      auto& context = *contexts_[next_context_];
      next_context_ = (next_context_ + 1) % contexts_.size();
      auto [ec, socket] = co_await acceptor_.async_accept(context.get_executor(), kUse);
      if (ec) {
        if (ec == asio::error::operation_aborted || !acceptor_.is_open()) break;
        // Out of file descriptors (EMFILE, ENFILE) and the like: keep serving the connections we
        // have, and try again after a pause that grows while the failures go on. Logged once.
        if (failures++ == 0)
          spdlog::warn("accept failed: {}; new connections wait while the open ones are served", ec.message());
        Timer timer(acceptor_.get_executor(), pause);
        co_await timer.async_wait(kUse);
        pause = std::min(pause * 2, kMaxAcceptPause);
        continue;
      }
      if (failures > 0) {
        spdlog::info("accepting connections again after {} failed attempts", failures);
        failures = 0;
        pause = kAcceptPause;
      }
      error_code ignored;
      auto remote = socket.remote_endpoint(ignored);
      std::string address = ignored ? std::string() : remote.address().to_string();
      if (!take_slot(address)) {
        // Refused without a coroutine or a timer: one write that does not wait, then close. Over
        // TLS a plain answer would be read as a broken handshake, so the connection is only closed.
        socket.non_blocking(true, ignored);
        if (!tls_) socket.send(asio::buffer(too_many_connections_answer()), 0, ignored);
        socket.shutdown(tcp::socket::shutdown_both, ignored);
        socket.close(ignored);
        continue;
      }
      auto connection = std::make_shared<Connection>(*this, std::move(socket), std::move(address));
      asio::co_spawn(
          connection->executor(), [connection]() { return connection->run(); }, asio::detached);
    }
    // Not listening (any more): nothing new can arrive, so the server winds down.
    begin_stop();
  }

  void begin_stop() {
    if (stopping_.exchange(true)) return;
    asio::post(acceptor_.get_executor(), [this] {
      error_code ec;
      acceptor_.close(ec);
      signals_.cancel(ec);
      for (auto& guard : keep_running_) guard.reset();
      // Every context may stop once its connections are gone; a forced stop after the grace
      // period covers handlers that never return.
      grace_timer_.expires_after(options_.shutdown_grace);
      grace_timer_.async_wait([this](error_code e) {
        if (e) return;
        spdlog::warn("shutdown grace of {}s over: closing the remaining connections", options_.shutdown_grace.count());
        for (auto& c : contexts_) c->stop();
      });
      std::lock_guard lock(connections_mutex_);
      if (connections_.empty()) grace_timer_.cancel();
      for (auto* connection : connections_) {
        // The connection may end before this runs: look it up again on its own thread.
        asio::post(connection->executor(), [this, connection] {
          std::lock_guard inner(connections_mutex_);
          if (connections_.count(connection)) connection->close_if_idle();
        });
      }
    });
  }
};

Server::Server(ServerOptions options, Handler handler, InlineHandler inline_handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler), std::move(inline_handler))) {}

Server::~Server() { impl_->workers_.join(); }

namespace {

// The TLS context of an HTTPS server: the certificate chain and its private key, TLS 1.2 or
// later. A certificate that does not belong to the key is refused here, at start-up, rather
// than by every client's handshake later.
Result<std::unique_ptr<asio::ssl::context>> tls_context(const std::string& cert, const std::string& key) {
  auto failed = [](std::string why) -> Error { return Error{ErrorKind::invalid, "tls_config", std::move(why), {}}; };
  if (cert.empty() || key.empty()) return failed("TLS needs both a certificate (tls_cert) and a key (tls_key)");
  for (const auto* path : {&cert, &key})
    if (!std::ifstream(*path)) return failed("cannot read " + *path);
  auto context = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
  context->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                       asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 | asio::ssl::context::no_tlsv1_1 |
                       asio::ssl::context::single_dh_use);
  SSL_CTX_set_min_proto_version(context->native_handle(), TLS1_2_VERSION);
  error_code ec;
  context->use_certificate_chain_file(cert, ec);
  if (ec) return failed("the TLS certificate " + cert + " is not a PEM certificate: " + ec.message());
  context->use_private_key_file(key, asio::ssl::context::pem, ec);
  if (ec) {
    // OpenSSL compares the key with the certificate as it loads it, and fails here when they differ.
    return failed("the TLS key " + key + " cannot be used with the certificate " + cert +
                  " (not a PEM private key, or not the key of that certificate): " + ec.message());
  }
  if (SSL_CTX_check_private_key(context->native_handle()) != 1)
    return failed("the TLS certificate " + cert + " does not match the key " + key);
  return context;
}

}  // namespace

Status Server::listen() {
  auto& impl = *impl_;
  const auto& o = impl.options_;
  if (!o.tls_cert.empty() || !o.tls_key.empty()) {
    COLO_TRY(impl.tls_, tls_context(o.tls_cert, o.tls_key));
  }
  const bool v6 = o.host.find(':') != std::string::npos;
  const std::string where = (v6 ? "[" + o.host + "]" : o.host) + ":" + std::to_string(o.port);
  auto failed = [&](const std::string& why) -> Status {
    return Error{ErrorKind::unavailable, "listen_failed", "cannot listen on " + where + ": " + why, {}};
  };
  error_code ec;
  tcp::endpoint endpoint;
  auto address = asio::ip::make_address(o.host, ec);
  if (!ec) {
    endpoint = tcp::endpoint(address, o.port);
  } else if (o.host == "localhost") {
    // Whatever the hosts file says localhost is; the first address wins.
    asio::ip::basic_resolver<tcp, Executor> resolver(impl.contexts_[0]->get_executor());
    auto results = resolver.resolve(o.host, std::to_string(o.port), tcp::resolver::passive, ec);
    if (ec || results.empty()) return failed(ec ? ec.message() : "no address");
    endpoint = results.begin()->endpoint();
  } else {
    // Other names would make start-up depend on DNS.
    return failed("not an IP address or localhost");
  }
  auto& acceptor = impl.acceptor_;
  acceptor.open(endpoint.protocol(), ec);
  if (ec) return failed(ec.message());
  acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    error_code ignored;
    acceptor.close(ignored);
    return failed(ec.message());
  }
  impl.port_ = acceptor.local_endpoint(ec).port();
  // Signals are taken from here on: whoever sees the port open may stop the server at once, and
  // a SIGTERM that came before run() waits in the set instead of killing the process.
  if (o.handle_signals && !impl.signals_taken_) {
    impl.signals_.add(SIGINT);
    impl.signals_.add(SIGTERM);
    impl.signals_taken_ = true;
  }
  return {};
}

std::uint16_t Server::port() const { return impl_->port_; }

bool Server::tls() const { return impl_->tls_ != nullptr; }

void Server::run() {
  auto& impl = *impl_;
  if (impl.options_.handle_signals) {
    if (!impl.signals_taken_) {
      impl.signals_.add(SIGINT);
      impl.signals_.add(SIGTERM);
      impl.signals_taken_ = true;
    }
    impl.signals_.async_wait([&impl](error_code ec, int signal) {
      if (ec) return;
      spdlog::info("signal {} received: stopping gracefully", signal);
      impl.begin_stop();
    });
  }
  asio::co_spawn(impl.acceptor_.get_executor(), impl.accept_loop(), asio::detached);
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < impl.contexts_.size(); ++i)
    threads.emplace_back([&impl, i] { impl.contexts_[i]->run(); });
  impl.contexts_[0]->run();
  for (auto& t : threads) t.join();
  // Handlers still running after a forced stop finish before the server can go away.
  impl.workers_.join();
}

void Server::stop() { impl_->begin_stop(); }

}  // namespace colo::http
