// The server over real TCP: keep-alive, limits, timeouts, worker threads, graceful stop.
#include "http/server.hpp"

#include <gtest/gtest.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include "http/problem.hpp"

namespace colo::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

class ServerTest : public ::testing::Test {
 protected:
  void start(ServerOptions o = {}) {
    o.host = "127.0.0.1";
    o.port = 0;
    o.handle_signals = false;
    o.access_log = false;
    server_ = std::make_unique<Server>(o, [this](Request& r) { return handle(r); });
    ASSERT_TRUE(server_->listen().ok());
    thread_ = std::thread([this] { server_->run(); });
  }
  void TearDown() override {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
  }
  Response handle(Request& r) {
    handler_thread_ = std::this_thread::get_id();
    if (r.path == "/boom") throw std::runtime_error("bug");
    if (r.path == "/slow") std::this_thread::sleep_for(std::chrono::milliseconds(300));
    if (r.path == "/file") {
      Response f;
      f.file_path = __FILE__;
      f.headers.emplace_back("Content-Type", "text/plain");
      return f;
    }
    return Response::text(200, r.method + " " + r.path + " q=" + std::string(r.query_param("q").value_or("")) +
                                   " body=" + std::to_string(r.body.size()));
  }

  tcp::socket connect() {
    tcp::socket s(ioc_);
    s.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), server_->port()));
    return s;
  }
  bhttp::response<bhttp::string_body> roundtrip(tcp::socket& s, bhttp::request<bhttp::string_body> req,
                                                beast::flat_buffer& buf, bool head = false) {
    req.version(11);
    req.set(bhttp::field::host, "localhost");
    req.prepare_payload();
    bhttp::write(s, req);
    bhttp::response_parser<bhttp::string_body> p;
    if (head) p.skip(true);
    bhttp::read(s, buf, p);
    return p.release();
  }
  bhttp::response<bhttp::string_body> get(const std::string& target,
                                          std::vector<std::pair<std::string, std::string>> headers = {}) {
    auto s = connect();
    beast::flat_buffer buf;
    bhttp::request<bhttp::string_body> req{bhttp::verb::get, target, 11};
    for (auto& [k, v] : headers) req.set(k, v);
    return roundtrip(s, std::move(req), buf);
  }

  asio::io_context ioc_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::atomic<std::thread::id> handler_thread_{};
};

TEST_F(ServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  start();
  auto s = connect();
  beast::flat_buffer buf;
  for (int i = 0; i < 3; ++i) {
    auto res = roundtrip(s, {bhttp::verb::get, "/x%20y?q=a%2Bb", 11}, buf);
    EXPECT_EQ(res.result_int(), 200);
    EXPECT_EQ(res.body(), "GET /x y q=a+b body=0");
    EXPECT_TRUE(res.keep_alive());
  }
}

TEST_F(ServerTest, RequestIdIsEchoedWhenSafeAndGeneratedOtherwise) {
  start();
  EXPECT_EQ(get("/", {{"X-Request-ID", "abc.123_x-y"}})["X-Request-ID"], "abc.123_x-y");
  auto gen = get("/", {{"X-Request-ID", "bad id\x01"}});
  EXPECT_EQ(gen["X-Request-ID"].size(), 32u);
}

TEST_F(ServerTest, OversizedBodyIs413ProblemJson) {
  ServerOptions o;
  o.body_limit = 1024;
  start(o);
  auto s = connect();
  beast::flat_buffer buf;
  bhttp::request<bhttp::string_body> req{bhttp::verb::post, "/x", 11};
  req.body() = std::string(4096, 'a');
  auto res = roundtrip(s, std::move(req), buf);
  EXPECT_EQ(res.result_int(), 413);
  EXPECT_EQ(res[bhttp::field::content_type], "application/problem+json");
}

TEST_F(ServerTest, MalformedRequestIs400) {
  start();
  auto s = connect();
  asio::write(s, asio::buffer(std::string("GARBAGE\x01 / HTTP/1.1\r\n\r\n")));
  beast::flat_buffer buf;
  bhttp::response<bhttp::string_body> res;
  bhttp::read(s, buf, res);
  EXPECT_EQ(res.result_int(), 400);
}

TEST_F(ServerTest, HalfARequestIsDroppedAfterTheReadTimeout) {
  ServerOptions o;
  o.read_timeout = std::chrono::seconds(1);
  o.idle_timeout = std::chrono::seconds(1);
  start(o);
  auto s = connect();
  asio::write(s, asio::buffer(std::string("GET / HTTP/1.1\r\nHost: x\r\n")));
  auto t0 = std::chrono::steady_clock::now();
  char c;
  beast::error_code ec;
  s.read_some(asio::buffer(&c, 1), ec);
  EXPECT_TRUE(ec == asio::error::eof || ec == asio::error::connection_reset) << ec.message();
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(10));
}

TEST_F(ServerTest, HandlersRunOffTheIoThread) {
  start();
  get("/");
  auto id = handler_thread_.load();
  EXPECT_NE(id, std::thread::id{});
  EXPECT_NE(id, thread_.get_id());
}

TEST_F(ServerTest, AnExceptionIs500AndServingGoesOn) {
  start();
  auto res = get("/boom");
  EXPECT_EQ(res.result_int(), 500);
  EXPECT_EQ(res.body().find("bug"), std::string::npos);
  EXPECT_EQ(get("/ok").result_int(), 200);
}

TEST_F(ServerTest, HeadHasNoBodyAndFilesAreStreamed) {
  start();
  auto s = connect();
  beast::flat_buffer buf;
  auto head = roundtrip(s, {bhttp::verb::head, "/file", 11}, buf, true);
  EXPECT_EQ(head.result_int(), 200);
  EXPECT_TRUE(head.body().empty());
  EXPECT_GT(std::stoul(std::string(head[bhttp::field::content_length])), 1000u);
  auto full = roundtrip(s, {bhttp::verb::get, "/file", 11}, buf);
  EXPECT_NE(full.body().find("HeadHasNoBodyAndFilesAreStreamed"), std::string::npos);
}

TEST_F(ServerTest, StopLetsAnInFlightRequestFinish) {
  start();
  auto fut = std::async(std::launch::async, [this] { return get("/slow"); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  server_->stop();
  auto res = fut.get();
  EXPECT_EQ(res.result_int(), 200);
  thread_.join();  // run() returned
  // No longer accepting.
  tcp::socket s(ioc_);
  beast::error_code ec;
  s.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), server_->port()), ec);
  EXPECT_TRUE(ec || server_->port() == 0);
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
  EXPECT_NE(st.error().message.find("cannot listen on 127.0.0.1:"), std::string::npos);
}

}  // namespace
}  // namespace colo::http
