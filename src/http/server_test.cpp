// The server over real TCP with a small blocking client: keep-alive, request conversion,
// limits, timeouts, worker threads, files, graceful stop.
#include "http/server.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <regex>
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
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
    fs::remove_all(dir_);
  }

  void start(ServerOptions o = {}) {
    o.host = "127.0.0.1";
    o.port = 0;
    o.handle_signals = false;
    o.access_log = false;
    server_ = std::make_unique<Server>(o, [this](Request& r) { return handle(r); });
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

  Request last_request() {
    std::lock_guard lock(mutex_);
    return last_;
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
  std::atomic<bool> run_returned_{false};
  std::mutex mutex_;
  Request last_;
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
      {"zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"}, {"zh", "zh-CN"},        {"zh-TW", "zh-CN"},
      {"en-US,en;q=0.9,zh;q=0.8", "en-US"}, {"en;q=0.3, zh-Hans", "zh-CN"}, {"fr, zh;q=0.5", "en-US"},
      {"zu", "en-US"},                      {"", "en-US"},          {"*", "en-US"},
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

TEST_F(ServerTest, OversizedHeadersAre413) {
  ServerOptions o;
  o.header_limit = 1024;
  start(o);
  auto res = get("/", {{"X-Filler", std::string(4096, 'h')}});
  EXPECT_EQ(res.result_int(), 413);
  EXPECT_NE(res.body().find("header_too_large"), std::string::npos);
}

TEST_F(ServerTest, MalformedRequestsAre400ProblemsAndTheConnectionCloses) {
  start();
  for (const std::string& bytes : {std::string("GARBAGE\x01 / HTTP/1.1\r\n\r\n"),
                                  std::string("GET / HTTP/1.1\r\nHost x\r\n\r\n"),
                                  std::string("GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"),
                                  std::string("GET /a%zz HTTP/1.1\r\nHost: x\r\n\r\n"),
                                  std::string("GET /%00 HTTP/1.1\r\nHost: x\r\n\r\n")}) {
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

}  // namespace
}  // namespace colo::http
