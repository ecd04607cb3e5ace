// The server over real TCP with a small blocking client: keep-alive, request conversion,
// limits, framing that could smuggle requests, connection caps, timeouts, worker threads,
// files, graceful stop.
#include "http/server.hpp"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <unistd.h>

#include <fcntl.h>
#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/parse.hpp>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <regex>
#include <sstream>
#include <thread>

#include "http/static_files.hpp"

namespace colo::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace fs = std::filesystem;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;
using BeastResponse = bhttp::response<bhttp::string_body>;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("colo-server-test-" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "web" / "assets");
    std::ofstream(dir_ / "web" / "index.html") << "<!doctype html><title>Colo</title>";
    std::ofstream(dir_ / "web" / "assets" / "app-1a2b.js") << "console.log(1)";
    std::ofstream(dir_ / "secret.txt") << "secret";
    // Bigger than any socket buffer, so the file leaves in many writes.
    big_file_ = (dir_ / "big.bin").string();
    std::ofstream big(big_file_, std::ios::binary);
    for (int i = 0; i < 300000; ++i) big << "line " << i << "\n";
    big.close();
    web_root_ = fs::canonical(dir_ / "web").string();
  }

  void TearDown() override {
    release_blocked();
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
    fs::remove_all(dir_);
  }

  void start(ServerOptions o = {}) {
    o.host = "127.0.0.1";
    o.port = 0;
    o.handle_signals = false;
    o.access_log = false;
    server_ = std::make_unique<Server>(
        o, [this](Request& r) { return handle(r); }, [this](Request& r) { return handle_inline(r); });
    auto listening = server_->listen();
    ASSERT_TRUE(listening.ok()) << listening.error().message;
    ASSERT_NE(server_->port(), 0);
    thread_ = std::thread([this] {
      io_thread_ = std::this_thread::get_id();
      server_->run();
      run_returned_ = true;
    });
  }

  Response handle(Request& r) {
    handler_thread_ = std::this_thread::get_id();
    {
      std::lock_guard lock(mutex_);
      last_ = r;
      seen_.push_back(r.path);
    }
    if (r.path == "/block") {
      // Holds a worker until the test releases it.
      std::unique_lock lock(block_mutex_);
      ++blocked_;
      block_cv_.notify_all();
      block_cv_.wait(lock, [this] { return released_; });
    }
    if (r.path == "/boom") throw std::runtime_error("secret detail of a bug");
    if (r.path == "/slow") std::this_thread::sleep_for(300ms);
    if (r.path == "/file") {
      Response f;
      f.file_path = big_file_;
      f.headers.emplace_back("Content-Type", "application/octet-stream");
      return f;
    }
    if (r.path == "/missing-file") {
      Response f;
      f.file_path = (dir_ / "nope.bin").string();
      return f;
    }
    if (r.path == "/nothing") return Response::no_content();
    if (r.path == "/headers") {
      auto res = Response::text(200, "ok");
      res.headers.emplace_back("Content-Length", "999");
      res.headers.emplace_back("X-Request-ID", "forged");
      res.headers.emplace_back("X-Split", "a\r\nInjected: yes");
      res.headers.emplace_back("X-Fine", "yes");
      return res;
    }
    if (r.path.rfind("/web", 0) == 0) {
      Request inner = r;
      inner.path = r.path.substr(4);
      if (auto s = serve_static(web_root_, inner)) return *s;
      return Response::text(404, "not found");
    }
    std::string body = r.method + " " + r.path;
    for (const auto& [k, v] : r.query) body += " " + k + "=" + v;
    body += " body=" + std::to_string(r.body.size());
    return Response::text(200, body);
  }

  // Paths under /inline are answered by the inline handler; the rest go to the worker pool.
  std::optional<Response> handle_inline(Request& r) {
    if (r.path.rfind("/inline", 0) != 0) return std::nullopt;
    inline_thread_ = std::this_thread::get_id();
    if (r.path == "/inline/boom") throw std::runtime_error("secret detail of an inline bug");
    return Response::text(200, "inline " + r.path);
  }

  Request last_request() {
    std::lock_guard lock(mutex_);
    return last_;
  }

  // Paths the handler was called with since the last call.
  std::vector<std::string> take_seen() {
    std::lock_guard lock(mutex_);
    return std::exchange(seen_, {});
  }

  void wait_until_blocked(int n) {
    std::unique_lock lock(block_mutex_);
    block_cv_.wait(lock, [&] { return blocked_ >= n; });
  }

  void release_blocked() {
    std::lock_guard lock(block_mutex_);
    released_ = true;
    block_cv_.notify_all();
  }

  tcp::socket connect_from(const char* local_address) {
    tcp::socket s(ioc_);
    s.open(tcp::v4());
    s.bind(tcp::endpoint(asio::ip::make_address(local_address), 0));
    s.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), server_->port()));
    return s;
  }

  // A connection the server accepted and serves: one request answered on it.
  tcp::socket served_connection(const char* local_address = "127.0.0.1") {
    auto s = connect_from(local_address);
    beast::flat_buffer buf;
    EXPECT_EQ(roundtrip(s, {bhttp::verb::get, "/held", 11}, buf).result_int(), 200);
    return s;
  }

  tcp::socket connect() {
    tcp::socket s(ioc_);
    s.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), server_->port()));
    return s;
  }

  static BeastResponse read_response(tcp::socket& s, beast::flat_buffer& buf, bool head = false) {
    bhttp::response_parser<bhttp::string_body> p;
    p.body_limit(64 * 1024 * 1024);
    if (head) p.skip(true);
    bhttp::read(s, buf, p);
    return p.release();
  }

  static BeastResponse roundtrip(tcp::socket& s, bhttp::request<bhttp::string_body> req, beast::flat_buffer& buf) {
    req.set(bhttp::field::host, "localhost");
    req.prepare_payload();
    bhttp::write(s, req);
    return read_response(s, buf, req.method() == bhttp::verb::head);
  }

  BeastResponse get(const std::string& target, std::vector<std::pair<std::string, std::string>> headers = {}) {
    auto s = connect();
    beast::flat_buffer buf;
    bhttp::request<bhttp::string_body> req{bhttp::verb::get, target, 11};
    for (auto& [k, v] : headers) req.set(k, v);
    return roundtrip(s, std::move(req), buf);
  }

  // Sends raw bytes and reads one response.
  BeastResponse raw(const std::string& bytes) {
    auto s = connect();
    asio::write(s, asio::buffer(bytes));
    beast::flat_buffer buf;
    return read_response(s, buf);
  }

  // True when the server closes the connection (EOF or reset) before `limit`.
  static bool closed_within(tcp::socket& s, std::chrono::milliseconds limit) {
    auto done = std::async(std::launch::async, [&s] {
      char c;
      beast::error_code ec;
      while (!ec) s.read_some(asio::buffer(&c, 1), ec);
      return ec;
    });
    if (done.wait_for(limit) == std::future_status::ready) return true;
    beast::error_code ignored;
    s.shutdown(tcp::socket::shutdown_both, ignored);  // unblock the reader
    done.wait();
    return false;
  }

  asio::io_context ioc_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::atomic<std::thread::id> io_thread_{};
  std::atomic<std::thread::id> handler_thread_{};
  std::atomic<std::thread::id> inline_thread_{};
  std::atomic<bool> run_returned_{false};
  std::mutex mutex_;
  Request last_;
  std::vector<std::string> seen_;
  std::mutex block_mutex_;
  std::condition_variable block_cv_;
  int blocked_ = 0;
  bool released_ = false;
  fs::path dir_;
  std::string big_file_;
  std::string web_root_;
};

TEST_F(ServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  start();
  auto s = connect();
  beast::flat_buffer buf;
  for (int i = 0; i < 3; ++i) {
    auto res = roundtrip(s, {bhttp::verb::get, "/x%20y/%E6%9C%BA%E6%9F%9C?q=a%2Bb&r=c+d&flag&q=2", 11}, buf);
    EXPECT_EQ(res.result_int(), 200);
    EXPECT_EQ(res.body(), "GET /x y/机柜 q=a+b r=c d flag= q=2 body=0");
    EXPECT_TRUE(res.keep_alive());
    const std::regex imf_date("[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT");
    EXPECT_TRUE(std::regex_match(std::string(res[bhttp::field::date]), imf_date)) << res[bhttp::field::date];
  }
}

TEST_F(ServerTest, PipelinedRequestsAreAnsweredInOrder) {
  start();
  auto s = connect();
  asio::write(s, asio::buffer(std::string("GET /one HTTP/1.1\r\nHost: x\r\n\r\n"
                                          "POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                                          "GET /three HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")));
  beast::flat_buffer buf;
  EXPECT_EQ(read_response(s, buf).body(), "GET /one body=0");
  EXPECT_EQ(read_response(s, buf).body(), "POST /two body=3");
  auto last = read_response(s, buf);
  EXPECT_EQ(last.body(), "GET /three body=0");
  EXPECT_FALSE(last.keep_alive());
  EXPECT_TRUE(closed_within(s, 2s));
}

TEST_F(ServerTest, TheHandlerSeesAConvertedRequest) {
  start();
  auto s = connect();
  asio::write(s, asio::buffer(std::string("post /a%2Fb?x=1 HTTP/1.1\r\nHost: x\r\nX-Custom-Thing: Value\r\n"
                                          "Accept-Language: en-US;q=0.5, zh-CN\r\nContent-Length: 4\r\n\r\nbody")));
  beast::flat_buffer buf;
  EXPECT_EQ(read_response(s, buf).result_int(), 200);
  auto r = last_request();
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.target, "/a%2Fb?x=1");
  EXPECT_EQ(r.path, "/a/b");
  EXPECT_EQ(r.query_param("x").value_or(""), "1");
  EXPECT_EQ(r.header("x-custom-thing").value_or(""), "Value");
  EXPECT_EQ(r.header("host").value_or(""), "x");
  EXPECT_EQ(r.body, "body");
  EXPECT_EQ(r.remote_addr, "127.0.0.1");
  EXPECT_EQ(r.lang, "zh-CN");
  EXPECT_EQ(r.request_id.size(), 32u);
}

TEST_F(ServerTest, LanguageFollowsTheHighestWeightedChoice) {
  start();
  const std::pair<const char*, const char*> cases[] = {
      {"zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"},
      {"zh", "zh-CN"},
      {"zh-TW", "zh-CN"},
      {"en-US,en;q=0.9,zh;q=0.8", "en-US"},
      {"en;q=0.3, zh-Hans", "zh-CN"},
      {"fr, zh;q=0.5", "en-US"},
      {"zu", "en-US"},
      {"", "en-US"},
      {"*", "en-US"},
  };
  for (const auto& [header, lang] : cases) {
    std::vector<std::pair<std::string, std::string>> h;
    if (*header) h.emplace_back("Accept-Language", header);
    get("/", h);
    EXPECT_EQ(last_request().lang, lang) << header;
  }
}

TEST_F(ServerTest, RequestIdIsEchoedWhenSafeAndGeneratedOtherwise) {
  start();
  EXPECT_EQ(get("/", {{"X-Request-ID", "abc.123_x-y"}})["X-Request-ID"], "abc.123_x-y");
  EXPECT_EQ(last_request().request_id, "abc.123_x-y");
  for (const std::string& bad : {std::string("bad id"), std::string("a/b"), std::string(129, 'a'), std::string("é")}) {
    auto id = std::string(get("/", {{"X-Request-ID", bad}})["X-Request-ID"]);
    EXPECT_EQ(id.size(), 32u) << bad;
    EXPECT_EQ(id.find_first_not_of("0123456789abcdef"), std::string::npos) << id;
  }
  auto a = std::string(get("/")["X-Request-ID"]);
  auto b = std::string(get("/")["X-Request-ID"]);
  EXPECT_EQ(a.size(), 32u);
  EXPECT_NE(a, b);
  EXPECT_EQ(get("/", {{"X-Request-ID", std::string(128, 'z')}})["X-Request-ID"], std::string(128, 'z'));
}

TEST_F(ServerTest, OversizedBodyIs413ProblemJsonAndTheClientCanReadIt) {
  ServerOptions o;
  o.body_limit = 1024;
  start(o);
  auto s = connect();
  beast::flat_buffer buf;
  bhttp::request<bhttp::string_body> req{bhttp::verb::post, "/x", 11};
  req.set("X-Request-ID", "big-upload");
  req.body() = std::string(512 * 1024, 'a');  // far more than the limit: the server must drain it
  auto res = roundtrip(s, std::move(req), buf);
  EXPECT_EQ(res.result_int(), 413);
  EXPECT_EQ(res[bhttp::field::content_type], "application/problem+json");
  EXPECT_EQ(res["X-Request-ID"], "big-upload");
  EXPECT_NE(res.body().find("payload_too_large"), std::string::npos);
  EXPECT_FALSE(res.keep_alive());
  EXPECT_TRUE(closed_within(s, 3s));
}

TEST_F(ServerTest, ExpectContinueIsAnsweredOrRefusedBeforeTheBodyIsSent) {
  ServerOptions o;
  o.body_limit = 1024;
  start(o);
  {
    auto s = connect();
    asio::write(s, asio::buffer(std::string("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                                            "Expect: 100-continue\r\n\r\n")));
    beast::flat_buffer buf;
    auto interim = read_response(s, buf, true);
    EXPECT_EQ(interim.result_int(), 100);
    asio::write(s, asio::buffer(std::string("hello")));
    auto res = read_response(s, buf);
    EXPECT_EQ(res.result_int(), 200);
    EXPECT_EQ(res.body(), "POST /x body=5");
  }
  {
    auto s = connect();
    asio::write(s, asio::buffer(std::string("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n"
                                            "Expect: 100-continue\r\n\r\n")));
    beast::flat_buffer buf;
    EXPECT_EQ(read_response(s, buf).result_int(), 413);
  }
}

TEST_F(ServerTest, OversizedHeadersAre431) {
  ServerOptions o;
  o.header_limit = 1024;
  start(o);
  auto res = get("/", {{"X-Filler", std::string(4096, 'h')}});
  EXPECT_EQ(res.result_int(), 431);
  EXPECT_NE(res.body().find("header_too_large"), std::string::npos);
}

// RFC 9110 section 15.5.15: a target longer than the server reads is 414, and the connection
// closes without the request reaching a handler.
TEST_F(ServerTest, ATargetLongerThanTheLimitIs414) {
  ServerOptions o;
  o.target_limit = 100;
  start(o);
  auto at_limit = "/" + std::string(99, 'a');
  EXPECT_EQ(get(at_limit).result_int(), 200);
  EXPECT_EQ(take_seen(), std::vector<std::string>{at_limit});
  for (const std::string& target : {"/" + std::string(100, 'a'), "/a?q=" + std::string(4000, 'q')}) {
    auto s = connect();
    asio::write(s, asio::buffer("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n"));
    beast::flat_buffer buf;
    auto res = read_response(s, buf);
    EXPECT_EQ(res.result_int(), 414) << target.size();
    EXPECT_NE(res.body().find("uri_too_long"), std::string::npos);
    EXPECT_FALSE(res.keep_alive());
    EXPECT_TRUE(closed_within(s, 3s));
  }
  EXPECT_TRUE(take_seen().empty());
}

TEST_F(ServerTest, MalformedRequestsAre400ProblemsAndTheConnectionCloses) {
  start();
  for (const std::string& bytes :
       {std::string("GARBAGE\x01 / HTTP/1.1\r\n\r\n"), std::string("GET / HTTP/1.1\r\nHost x\r\n\r\n"),
        std::string("GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"),
        std::string("GET /a%zz HTTP/1.1\r\nHost: x\r\n\r\n"), std::string("GET /%00 HTTP/1.1\r\nHost: x\r\n\r\n")}) {
    auto s = connect();
    asio::write(s, asio::buffer(bytes));
    beast::flat_buffer buf;
    auto res = read_response(s, buf);
    EXPECT_EQ(res.result_int(), 400) << bytes;
    EXPECT_EQ(res[bhttp::field::content_type], "application/problem+json") << bytes;
    EXPECT_FALSE(res.keep_alive()) << bytes;
    EXPECT_TRUE(closed_within(s, 3s)) << bytes;
  }
}

// RFC 9112 sections 3.2, 5.2, 6.1 and 6.3: framing a proxy and this server could read
// differently is refused with 400 and the connection closed, so that the bytes after it (here a
// second request to /smuggled) are never served.
TEST_F(ServerTest, AmbiguousFramingIs400AndNothingAfterItIsServed) {
  start();
  const std::string smuggled = "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n";
  struct Case {
    const char* name;
    std::string bytes;
    const char* code;
  };
  const Case cases[] = {
      {"transfer coding not ending in chunked",
       "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n" + smuggled, "http.bad_transfer_encoding"},
      {"chunked followed by another coding",
       "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n" + smuggled,
       "http.bad_transfer_encoding"},
      {"codings split over two fields",
       "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" +
           smuggled,
       "http.bad_transfer_encoding"},
      {"a coding the server cannot decode",
       "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n" + smuggled,
       "http.bad_transfer_encoding"},
      {"transfer coding with a content length",
       "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\nContent-Length: " + std::to_string(smuggled.size()) +
           "\r\n\r\n" + smuggled,
       "http.bad_framing"},
      {"content length before chunked",
       "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled,
       "bad_request"},
      {"chunked before content length",
       "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n" + smuggled,
       "bad_request"},
      {"HTTP/1.1 without Host", "GET /a HTTP/1.1\r\n\r\n" + smuggled, "http.host_required"},
      {"two Host fields", "GET /a HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n" + smuggled, "http.host_required"},
      {"folded with a space", "GET /a HTTP/1.1\r\nHost: x\r\nX-Long: a\r\n b\r\n\r\n" + smuggled,
       "http.obsolete_line_folding"},
      {"folded with a tab", "GET /a HTTP/1.1\r\nX-Long: a\r\n\tb\r\nHost: x\r\n\r\n" + smuggled,
       "http.obsolete_line_folding"},
      {"folded with bare line feeds", "GET /a HTTP/1.1\nHost: x\nX-Long: a\n b\n\n" + smuggled,
       "http.obsolete_line_folding"},
  };
  for (const auto& c : cases) {
    auto s = connect();
    asio::write(s, asio::buffer(c.bytes));
    beast::flat_buffer buf;
    auto res = read_response(s, buf);
    EXPECT_EQ(res.result_int(), 400) << c.name;
    EXPECT_EQ(res[bhttp::field::content_type], "application/problem+json") << c.name;
    EXPECT_NE(res.body().find(std::string("\"code\":\"") + c.code + "\""), std::string::npos)
        << c.name << ": " << res.body();
    EXPECT_FALSE(res.keep_alive()) << c.name;
    EXPECT_TRUE(closed_within(s, 3s)) << c.name;
    EXPECT_TRUE(take_seen().empty()) << c.name;
  }
}

TEST_F(ServerTest, ChunkedAloneIsAcceptedInAnyCase) {
  start();
  for (const char* coding : {"chunked", "Chunked", " chunked "}) {
    auto res = raw(std::string("POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: ") + coding +
                   "\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
    EXPECT_EQ(res.result_int(), 200) << coding;
    EXPECT_EQ(res.body(), "POST /a body=3") << coding;
  }
}

// Decoded query parameters and paths are text: invalid UTF-8, noncharacters and control
// characters are refused with 400 naming the parameter, before any handler runs.
TEST_F(ServerTest, QueryParametersThatAreNotTextAre400NamingTheParameter) {
  start();
  struct Case {
    std::string target;
    std::string field;
  };
  const Case cases[] = {
      {"/q?name=%FF", "name"},    {"/q?ok=1&site=%EF%BF%BE", "site"},          {"/q?q=a%00b", "q"},
      {"/q?q=line%0Abreak", "q"}, {"/q?%C0%AF=1", "\xEF\xBF\xBD\xEF\xBF\xBD"},
  };
  for (const auto& c : cases) {
    auto res = get(c.target);
    EXPECT_EQ(res.result_int(), 400) << c.target;
    auto body = boost::json::parse(res.body()).as_object();
    EXPECT_EQ(body["code"].as_string(), "invalid_query") << c.target;
    EXPECT_EQ(body["errors"].as_array()[0].as_object()["field"].as_string(), c.field) << c.target;
  }
  auto path = get("/racks/%FF");
  EXPECT_EQ(path.result_int(), 400);
  EXPECT_NE(path.body().find("bad_target"), std::string::npos);
  EXPECT_TRUE(take_seen().empty());
  EXPECT_EQ(get("/q?name=%E6%9C%BA%E6%9F%9C&tab=a%09b").body(), "GET /q name=机柜 tab=a\tb body=0");
}

// Liveness must show even when every worker is busy: /healthz is answered by the I/O thread.
TEST_F(ServerTest, HealthzAnswersWhileEveryWorkerIsBlocked) {
  ServerOptions o;
  o.worker_threads = 2;
  start(o);
  auto first = std::async(std::launch::async, [this] { return get("/block"); });
  auto second = std::async(std::launch::async, [this] { return get("/block"); });
  wait_until_blocked(2);
  auto health = std::async(std::launch::async, [this] { return get("/healthz"); });
  // Without the I/O thread answering, this waits until the workers are released below.
  const bool answered_while_blocked = health.wait_for(20s) == std::future_status::ready;
  release_blocked();
  EXPECT_TRUE(answered_while_blocked);
  auto res = health.get();
  EXPECT_EQ(res.result_int(), 200);
  EXPECT_EQ(res.body(), "ok\n");
  EXPECT_EQ(first.get().result_int(), 200);
  EXPECT_EQ(second.get().result_int(), 200);
  auto seen = take_seen();
  EXPECT_EQ(std::count(seen.begin(), seen.end(), "/healthz"), 0);
}

// Over the cap of open connections a new one is answered 503 and closed without reaching a
// handler; once a connection closes, new ones are served again.
TEST_F(ServerTest, ConnectionsOverTheTotalCapAre503AndClosed) {
  ServerOptions o;
  o.max_connections = 2;
  o.max_connections_per_address = 0;
  start(o);
  auto a = served_connection();
  auto b = served_connection("127.0.0.2");
  take_seen();
  {
    auto c = connect();
    beast::flat_buffer buf;
    auto res = read_response(c, buf);
    EXPECT_EQ(res.result_int(), 503);
    EXPECT_NE(res.body().find("http.too_many_connections"), std::string::npos);
    EXPECT_TRUE(closed_within(c, 3s));
  }
  EXPECT_TRUE(take_seen().empty());
  a.close();
  // The server gives the slot back once it has seen the close; until then it may still refuse.
  int refused = 0;
  for (;; ++refused) {
    ASSERT_LT(refused, 1000) << "a closed connection never gave its slot back";
    auto d = connect();
    beast::flat_buffer buf;
    beast::error_code ec;
    bhttp::request<bhttp::string_body> req{bhttp::verb::get, "/d", 11};
    req.set(bhttp::field::host, "x");
    bhttp::write(d, req, ec);
    bhttp::response<bhttp::string_body> res;
    if (!ec) bhttp::read(d, buf, res, ec);
    if (!ec && res.result_int() == 200) break;
    std::this_thread::sleep_for(10ms);
  }
}

TEST_F(ServerTest, ConnectionsOverThePerAddressCapAre503WhileOtherAddressesAreServed) {
  ServerOptions o;
  o.max_connections = 100;
  o.max_connections_per_address = 2;
  start(o);
  auto a = served_connection("127.0.0.1");
  auto b = served_connection("127.0.0.1");
  {
    auto c = connect_from("127.0.0.1");
    beast::flat_buffer buf;
    EXPECT_EQ(read_response(c, buf).result_int(), 503);
    EXPECT_TRUE(closed_within(c, 3s));
  }
  auto other = served_connection("127.0.0.2");
  beast::flat_buffer buf;
  EXPECT_EQ(roundtrip(a, {bhttp::verb::get, "/still", 11}, buf).result_int(), 200);
}

// Out of file descriptors, accept fails; the server keeps serving, retries with a growing pause
// and logs the episode once, then serves the waiting client when a descriptor is free again.
TEST_F(ServerTest, RunningOutOfDescriptorsIsLoggedOnceAndRecovers) {
  // The server's log, captured until the end of the test (even when it ends early).
  struct Capture {
    std::ostringstream log;
    std::shared_ptr<spdlog::logger> previous = spdlog::default_logger();
    Capture() {
      spdlog::set_default_logger(
          std::make_shared<spdlog::logger>("capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(log)));
    }
    ~Capture() { spdlog::set_default_logger(previous); }
  } capture;
  start();
  auto held = served_connection();
  tcp::socket waiting(ioc_);
  waiting.open(tcp::v4());  // its descriptor exists before the limit is lowered

  // Lowers the open-file limit to the descriptors open now and fills the gaps below it, so that
  // the server cannot get a descriptor; free() and the destructor undo both.
  struct Exhaustion {
    rlimit original{};
    std::vector<int> fillers;
    Exhaustion() {
      getrlimit(RLIMIT_NOFILE, &original);
      int highest = 0;
      for (const auto& entry : fs::directory_iterator("/proc/self/fd"))
        highest = std::max(highest, std::stoi(entry.path().filename()));
      rlimit lowered = original;
      lowered.rlim_cur = static_cast<rlim_t>(highest + 1);
      setrlimit(RLIMIT_NOFILE, &lowered);
      for (int fd; (fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC)) >= 0;) fillers.push_back(fd);
    }
    void free() {
      for (int fd : std::exchange(fillers, {})) ::close(fd);
      setrlimit(RLIMIT_NOFILE, &original);
    }
    ~Exhaustion() { free(); }
  };
  Exhaustion exhaustion;
  const int probe = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (probe >= 0) ::close(probe);
  ASSERT_LT(probe, 0) << "the limit did not take";

  waiting.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), server_->port()));
  // The server fails to accept it now, again after 50 ms, 100 ms, 200 ms ...
  std::this_thread::sleep_for(500ms);
  beast::flat_buffer held_buf;
  EXPECT_EQ(roundtrip(held, {bhttp::verb::get, "/meanwhile", 11}, held_buf).result_int(), 200);

  exhaustion.free();
  beast::flat_buffer buf;
  EXPECT_EQ(roundtrip(waiting, {bhttp::verb::get, "/waited", 11}, buf).result_int(), 200);

  const auto text = capture.log.str();
  auto count = [&](const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("accept failed"), 1u) << text;
  EXPECT_EQ(count("accepting connections again after"), 1u) << text;
}

TEST_F(ServerTest, AbsoluteFormTargetsAreAccepted) {
  start();
  EXPECT_EQ(raw("GET http://example.com/p?q=1 HTTP/1.1\r\nHost: example.com\r\n\r\n").body(), "GET /p q=1 body=0");
}

TEST_F(ServerTest, HalfARequestIsDroppedAfterTheReadTimeout) {
  ServerOptions o;
  o.read_timeout = 1s;
  o.idle_timeout = 10s;
  start(o);
  auto s = connect();
  asio::write(s, asio::buffer(std::string("GET / HTTP/1.1\r\nHost: x\r\n")));
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_TRUE(closed_within(s, 5s));
  EXPECT_GE(std::chrono::steady_clock::now() - t0, 900ms);
}

TEST_F(ServerTest, AnIdleKeepAliveConnectionIsClosedAfterTheIdleTimeout) {
  ServerOptions o;
  o.read_timeout = 10s;
  o.idle_timeout = 1s;
  start(o);
  auto s = connect();
  beast::flat_buffer buf;
  EXPECT_EQ(roundtrip(s, {bhttp::verb::get, "/", 11}, buf).result_int(), 200);
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_TRUE(closed_within(s, 5s));
  EXPECT_GE(std::chrono::steady_clock::now() - t0, 900ms);
}

// Inline routes are answered by the I/O thread itself, so they answer while every worker is
// held; every other request still goes to a worker.
TEST_F(ServerTest, InlineRoutesAnswerWhileEveryWorkerIsBlockedAndOthersRunOnAWorker) {
  ServerOptions o;
  o.worker_threads = 2;
  start(o);
  auto first = std::async(std::launch::async, [this] { return get("/block"); });
  auto second = std::async(std::launch::async, [this] { return get("/block"); });
  wait_until_blocked(2);
  auto inline_answer = std::async(std::launch::async, [this] { return get("/inline/version"); });
  // Were the inline route sent to the pool, this would wait until the workers are released below.
  const bool answered_while_blocked = inline_answer.wait_for(20s) == std::future_status::ready;
  release_blocked();
  EXPECT_TRUE(answered_while_blocked);
  auto res = inline_answer.get();
  EXPECT_EQ(res.result_int(), 200);
  EXPECT_EQ(res.body(), "inline /inline/version");
  EXPECT_FALSE(res["X-Request-ID"].empty());
  EXPECT_EQ(inline_thread_.load(), io_thread_.load());
  EXPECT_EQ(first.get().result_int(), 200);
  EXPECT_EQ(second.get().result_int(), 200);
  auto seen = take_seen();
  EXPECT_EQ(std::count(seen.begin(), seen.end(), "/inline/version"), 0);

  EXPECT_EQ(get("/normal").body(), "GET /normal body=0");
  EXPECT_NE(handler_thread_.load(), std::thread::id{});
  EXPECT_NE(handler_thread_.load(), io_thread_.load());
  EXPECT_EQ(take_seen(), std::vector<std::string>{"/normal"});
}

// An inline handler that throws is a 500 without its message, and the connection goes on.
TEST_F(ServerTest, AnInlineExceptionIs500AndTheConnectionGoesOn) {
  start();
  auto s = connect();
  beast::flat_buffer buf;
  auto res = roundtrip(s, {bhttp::verb::get, "/inline/boom", 11}, buf);
  EXPECT_EQ(res.result_int(), 500);
  EXPECT_EQ(res.body().find("secret detail"), std::string::npos);
  EXPECT_EQ(roundtrip(s, {bhttp::verb::get, "/inline/ok", 11}, buf).body(), "inline /inline/ok");
}

TEST_F(ServerTest, HandlersRunOffTheIoThread) {
  start();
  EXPECT_EQ(get("/").result_int(), 200);
  auto id = handler_thread_.load();
  EXPECT_NE(id, std::thread::id{});
  EXPECT_NE(id, io_thread_.load());
}

TEST_F(ServerTest, AnExceptionIs500AndTheConnectionGoesOn) {
  start();
  auto s = connect();
  beast::flat_buffer buf;
  auto res = roundtrip(s, {bhttp::verb::get, "/boom", 11}, buf);
  EXPECT_EQ(res.result_int(), 500);
  EXPECT_EQ(res[bhttp::field::content_type], "application/problem+json");
  EXPECT_EQ(res.body().find("secret detail"), std::string::npos);
  EXPECT_NE(res.body().find(std::string(res["X-Request-ID"])), std::string::npos);
  EXPECT_EQ(roundtrip(s, {bhttp::verb::get, "/ok", 11}, buf).result_int(), 200);
}

TEST_F(ServerTest, HeadGetsHeadersWithoutABody) {
  start();
  auto s = connect();
  beast::flat_buffer buf;
  auto head = roundtrip(s, {bhttp::verb::head, "/hello", 11}, buf);
  EXPECT_EQ(head.result_int(), 200);
  EXPECT_EQ(head[bhttp::field::content_length], std::to_string(std::string("HEAD /hello body=0").size()));
  EXPECT_TRUE(head.body().empty());
  auto file_head = roundtrip(s, {bhttp::verb::head, "/file", 11}, buf);
  EXPECT_EQ(file_head[bhttp::field::content_length], std::to_string(fs::file_size(big_file_)));
  // Had a body leaked after either head, this would read it as a broken response.
  EXPECT_EQ(roundtrip(s, {bhttp::verb::get, "/after", 11}, buf).body(), "GET /after body=0");
}

TEST_F(ServerTest, FileResponsesStreamTheFile) {
  start();
  auto s = connect();
  beast::flat_buffer buf;
  auto res = roundtrip(s, {bhttp::verb::get, "/file", 11}, buf);
  EXPECT_EQ(res.result_int(), 200);
  std::ifstream in(big_file_, std::ios::binary);
  std::string expected((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(res.body().size(), expected.size());
  EXPECT_TRUE(res.body() == expected);
  EXPECT_FALSE(res["X-Request-ID"].empty());
  EXPECT_EQ(roundtrip(s, {bhttp::verb::get, "/missing-file", 11}, buf).result_int(), 404);
  EXPECT_EQ(roundtrip(s, {bhttp::verb::get, "/after", 11}, buf).result_int(), 200);
}

TEST_F(ServerTest, StaticFilesOverHttpRefuseTraversal) {
  start();
  EXPECT_EQ(get("/web/assets/app-1a2b.js").body(), "console.log(1)");
  EXPECT_EQ(get("/web/racks/12").body(), "<!doctype html><title>Colo</title>");
  for (const char* target : {"/web/%2e%2e/secret.txt", "/web/..%2fsecret.txt", "/web/assets/%2E%2E/%2E%2E/secret.txt",
                             "/web/%2e%2e%5csecret.txt", "/web/index.html%00.js"}) {
    auto res = get(target);
    EXPECT_NE(res.result_int(), 200) << target;
    EXPECT_EQ(res.body().find("secret"), std::string::npos) << target;
  }
}

TEST_F(ServerTest, TheServerOwnsFramingHeaders) {
  start();
  auto s = connect();
  beast::flat_buffer buf;
  auto res = roundtrip(s, {bhttp::verb::get, "/headers", 11}, buf);
  EXPECT_EQ(res.body(), "ok");
  EXPECT_EQ(res[bhttp::field::content_length], "2");
  EXPECT_NE(res["X-Request-ID"], "forged");
  EXPECT_TRUE(res["X-Split"].empty());
  EXPECT_TRUE(res["Injected"].empty());
  EXPECT_EQ(res["X-Fine"], "yes");
  auto none = roundtrip(s, {bhttp::verb::get, "/nothing", 11}, buf);
  EXPECT_EQ(none.result_int(), 204);
  EXPECT_FALSE(none.has_content_length());
  EXPECT_EQ(roundtrip(s, {bhttp::verb::get, "/after", 11}, buf).result_int(), 200);
}

TEST_F(ServerTest, Http10ClosesUnlessAskedToKeepAlive) {
  start();
  {
    auto s = connect();
    asio::write(s, asio::buffer(std::string("GET /a HTTP/1.0\r\n\r\n")));
    beast::flat_buffer buf;
    EXPECT_EQ(read_response(s, buf).body(), "GET /a body=0");
    EXPECT_TRUE(closed_within(s, 2s));
  }
  {
    auto s = connect();
    asio::write(s, asio::buffer(std::string("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")));
    beast::flat_buffer buf;
    auto res = read_response(s, buf);
    EXPECT_EQ(res[bhttp::field::connection], "keep-alive");
    asio::write(s, asio::buffer(std::string("GET /b HTTP/1.0\r\n\r\n")));
    EXPECT_EQ(read_response(s, buf).body(), "GET /b body=0");
  }
}

TEST_F(ServerTest, SeveralIoThreadsServeConcurrentClients) {
  ServerOptions o;
  o.io_threads = 3;
  o.worker_threads = 3;
  start(o);
  std::vector<std::future<int>> clients;
  for (int c = 0; c < 8; ++c) {
    clients.push_back(std::async(std::launch::async, [this, c] {
      auto s = connect();
      beast::flat_buffer buf;
      int ok = 0;
      for (int i = 0; i < 50; ++i) {
        auto path = "/c" + std::to_string(c) + "/" + std::to_string(i);
        ok += roundtrip(s, {bhttp::verb::get, path, 11}, buf).body() == "GET " + path + " body=0";
      }
      return ok;
    }));
  }
  for (auto& f : clients) EXPECT_EQ(f.get(), 50);
}

TEST_F(ServerTest, StopLetsAnInFlightRequestFinishAndClosesIdleConnections) {
  start();
  auto idle = connect();
  beast::flat_buffer idle_buf;
  EXPECT_EQ(roundtrip(idle, {bhttp::verb::get, "/", 11}, idle_buf).result_int(), 200);

  auto slow = std::async(std::launch::async, [this] { return get("/slow"); });
  std::this_thread::sleep_for(100ms);  // the slow request is in its handler now
  const auto t0 = std::chrono::steady_clock::now();
  server_->stop();
  EXPECT_TRUE(closed_within(idle, 2s));
  auto res = slow.get();
  EXPECT_EQ(res.result_int(), 200);
  EXPECT_EQ(res.body(), "GET /slow body=0");
  EXPECT_FALSE(res.keep_alive());
  thread_.join();  // run() returned
  EXPECT_TRUE(run_returned_);
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 2s);
  tcp::socket s(ioc_);
  beast::error_code ec;
  s.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), server_->port()), ec);
  EXPECT_TRUE(ec) << "still accepting after stop";
}

TEST_F(ServerTest, StopWithNothingInFlightReturnsAtOnce) {
  start();
  EXPECT_EQ(get("/").result_int(), 200);
  const auto t0 = std::chrono::steady_clock::now();
  server_->stop();
  thread_.join();
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 500ms);
}

TEST_F(ServerTest, ListenOnABusyPortIsOneClearError) {
  start();
  ServerOptions o;
  o.host = "127.0.0.1";
  o.port = server_->port();
  Server second(o, [](Request&) { return Response{}; });
  auto st = second.listen();
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().kind, ErrorKind::unavailable);
  EXPECT_EQ(st.error().code, "listen_failed");
  EXPECT_EQ(st.error().message,
            "cannot listen on 127.0.0.1:" + std::to_string(server_->port()) + ": Address already in use");
}

TEST_F(ServerTest, ListenAcceptsNamesAndRejectsNonsense) {
  ServerOptions o;
  o.host = "localhost";
  o.port = 0;
  o.handle_signals = false;
  Server by_name(o, [](Request&) { return Response{}; });
  EXPECT_TRUE(by_name.listen().ok());
  EXPECT_NE(by_name.port(), 0);
  o.host = "example.com";
  Server by_other_name(o, [](Request&) { return Response{}; });
  auto st = by_other_name.listen();
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().message, "cannot listen on example.com:0: not an IP address or localhost");
  o.host = "::1";
  Server v6(o, [](Request&) { return Response{}; });
  if (auto st6 = v6.listen(); !st6.ok()) {  // a host without IPv6 still names the address right
    EXPECT_EQ(st6.error().message.rfind("cannot listen on [::1]:0: ", 0), 0u) << st6.error().message;
  }
}

// HTTPS: a self-signed certificate made by openssl for each test run.
class TlsServerTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    cert_ = (dir_ / "cert.pem").string();
    key_ = (dir_ / "key.pem").string();
    other_key_ = (dir_ / "other.pem").string();
    const auto make =
        "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost"
        " -addext subjectAltName=IP:127.0.0.1 -keyout " +
        key_ + " -out " + cert_ + " 2>/dev/null && openssl genpkey -algorithm RSA -out " + other_key_ + " 2>/dev/null";
    ASSERT_EQ(std::system(make.c_str()), 0);
  }

  void start_tls(ServerOptions o = {}) {
    o.tls_cert = cert_;
    o.tls_key = key_;
    start(o);
  }

  using TlsClient = asio::ssl::stream<tcp::socket>;

  // A client that trusts only the test's certificate and checks the server's name against it.
  std::unique_ptr<TlsClient> tls_connect() {
    client_ctx_.load_verify_file(cert_);
    client_ctx_.set_verify_mode(asio::ssl::verify_peer);
    auto s = std::make_unique<TlsClient>(ioc_, client_ctx_);
    s->next_layer().connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), server_->port()));
    s->set_verify_callback(asio::ssl::host_name_verification("127.0.0.1"));
    s->handshake(asio::ssl::stream_base::client);
    return s;
  }

  static BeastResponse tls_read(TlsClient& s, beast::flat_buffer& buf) {
    bhttp::response_parser<bhttp::string_body> p;
    bhttp::read(s, buf, p);
    return p.release();
  }

  asio::ssl::context client_ctx_{asio::ssl::context::tls_client};
  std::string cert_, key_, other_key_;
};

TEST_F(TlsServerTest, RequestsOverTlsAreMarkedSecureAndAnsweredWithHsts) {
  start_tls();
  auto s = tls_connect();
  beast::flat_buffer buf;
  for (int i = 0; i < 2; ++i) {  // keep-alive works over TLS too
    bhttp::request<bhttp::string_body> req{bhttp::verb::get, "/hello?x=1", 11};
    req.set(bhttp::field::host, "localhost");
    bhttp::write(*s, req);
    auto res = tls_read(*s, buf);
    EXPECT_EQ(res.result_int(), 200);
    EXPECT_EQ(res.body(), "GET /hello x=1 body=0");
    EXPECT_EQ(res["Strict-Transport-Security"], "max-age=31536000");
    EXPECT_TRUE(last_request().secure);
  }
}

TEST_F(TlsServerTest, PlainHttpGetsNoAnswerFromATlsServer) {
  start_tls();
  auto s = connect();
  asio::write(s, asio::buffer(std::string("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")));
  EXPECT_TRUE(closed_within(s, 5s));
  EXPECT_TRUE(take_seen().empty());
}

TEST_F(TlsServerTest, AmbiguousFramingOverTlsIs400AndNothingAfterItIsServed) {
  start_tls();
  const std::string smuggled = "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n";
  const std::string cases[] = {
      "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n" + smuggled,
      "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n" + smuggled,
      "GET /a HTTP/1.1\r\nHost: x\r\nX-Long: a\r\n b\r\n\r\n" + smuggled,
  };
  for (const auto& bytes : cases) {
    auto s = tls_connect();
    asio::write(*s, asio::buffer(bytes));
    beast::flat_buffer buf;
    auto res = tls_read(*s, buf);
    EXPECT_EQ(res.result_int(), 400) << bytes;
    EXPECT_FALSE(res.keep_alive());
    EXPECT_TRUE(take_seen().empty()) << bytes;
  }
}

TEST_F(TlsServerTest, AClientThatNeverFinishesTheHandshakeIsClosedAfterTheReadTimeout) {
  ServerOptions o;
  o.read_timeout = 1s;
  o.idle_timeout = 10s;
  start_tls(o);
  auto s = connect();  // TCP only: no ClientHello ever comes
  EXPECT_TRUE(closed_within(s, 5s));
}

TEST_F(TlsServerTest, HalfARequestOverTlsIsDroppedAfterTheReadTimeout) {
  ServerOptions o;
  o.read_timeout = 1s;
  o.idle_timeout = 10s;
  start_tls(o);
  auto s = tls_connect();
  asio::write(*s, asio::buffer(std::string("GET / HTTP/1.1\r\nHost: x\r\n")));
  EXPECT_TRUE(closed_within(s->next_layer(), 5s));
  EXPECT_TRUE(take_seen().empty());
}

TEST_F(TlsServerTest, ConnectionsOverTheCapAreClosedWithoutAPlainTextAnswer) {
  ServerOptions o;
  o.max_connections = 1;
  o.max_connections_per_address = 0;
  start_tls(o);
  auto held = tls_connect();
  {
    beast::flat_buffer buf;
    bhttp::request<bhttp::string_body> req{bhttp::verb::get, "/held", 11};
    req.set(bhttp::field::host, "localhost");
    bhttp::write(*held, req);
    EXPECT_EQ(tls_read(*held, buf).result_int(), 200);
  }
  // Over the cap: closed at once, and no plain HTTP is written into what should be a handshake.
  auto refused = connect();
  char c = 0;
  beast::error_code ec;
  const auto n = refused.read_some(asio::buffer(&c, 1), ec);
  EXPECT_EQ(n, 0u);
  EXPECT_TRUE(ec) << "the refused connection was answered";
}

TEST_F(TlsServerTest, ACertificateThatDoesNotMatchItsKeyIsOneClearErrorAtListen) {
  ServerOptions o;
  o.host = "127.0.0.1";
  o.port = 0;
  o.tls_cert = cert_;
  o.tls_key = other_key_;
  Server server(o, [](Request&) { return Response{}; });
  auto st = server.listen();
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "tls_config");
  EXPECT_NE(st.error().message.find("not the key of that certificate"), std::string::npos) << st.error().message;

  o.tls_key = (dir_ / "missing.pem").string();
  Server missing(o, [](Request&) { return Response{}; });
  auto st2 = missing.listen();
  ASSERT_FALSE(st2.ok());
  EXPECT_NE(st2.error().message.find("cannot read"), std::string::npos) << st2.error().message;
}

// A SIGTERM sent as soon as the port is open (before run()) stops the server gracefully: a
// supervisor that sees the port answer may stop it at once, and the process must not die of it.
TEST(ServerSignals, ASigtermRightAfterListenIsAGracefulStop) {
  ServerOptions o;
  o.host = "127.0.0.1";
  o.port = 0;
  o.access_log = false;
  o.handle_signals = true;
  Server server(
      o, [](Request&) { return Response{}; }, [](Request&) { return Response{}; });
  ASSERT_TRUE(server.listen().ok());
  ASSERT_EQ(::raise(SIGTERM), 0);  // the default disposition would end this test binary here
  auto done = std::async(std::launch::async, [&server] { server.run(); });
  EXPECT_EQ(done.wait_for(10s), std::future_status::ready);
  if (done.wait_for(0s) != std::future_status::ready) server.stop();
}

}  // namespace
}  // namespace colo::http
