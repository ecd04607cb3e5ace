#include "support/client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

namespace colo::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

std::optional<std::string> HttpResponse::header(const std::string& lower_name) const {
  for (const auto& [k, v] : headers)
    if (k == lower_name) return v;
  return std::nullopt;
}

boost::json::value HttpResponse::json() const { return boost::json::parse(body); }

struct HttpClient::Impl {
  std::string host;
  int port;
  asio::io_context ioc;
  std::optional<beast::tcp_stream> stream;
  beast::flat_buffer buffer;
  std::vector<std::pair<std::string, std::string>> defaults;

  void connect() {
    asio::ip::tcp::resolver resolver(ioc);
    stream.emplace(ioc);
    stream->connect(resolver.resolve(host, std::to_string(port)));
    buffer.clear();
  }
};

HttpClient::HttpClient(std::string host, int port) : impl_(std::make_unique<Impl>()) {
  impl_->host = std::move(host);
  impl_->port = port;
}
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;

HttpClient::~HttpClient() {
  if (impl_ && impl_->stream) {
    beast::error_code ec;
    impl_->stream->socket().shutdown(asio::ip::tcp::socket::shutdown_both, ec);
  }
}

void HttpClient::set_default_header(const std::string& name, const std::string& value) {
  for (auto& [k, v] : impl_->defaults) {
    if (k == name) {
      v = value;
      return;
    }
  }
  impl_->defaults.emplace_back(name, value);
}

void HttpClient::clear_default_headers() { impl_->defaults.clear(); }

HttpResponse HttpClient::request(const std::string& method, const std::string& target, const std::string& body,
                                 const std::vector<std::pair<std::string, std::string>>& headers) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (!impl_->stream) impl_->connect();
    bhttp::request<bhttp::string_body> req;
    req.method_string(method);
    req.target(target);
    req.version(11);
    req.set(bhttp::field::host, impl_->host);
    for (const auto& [k, v] : impl_->defaults) req.set(k, v);
    for (const auto& [k, v] : headers) req.set(k, v);
    req.body() = body;
    req.prepare_payload();
    beast::error_code ec;
    impl_->stream->expires_after(std::chrono::seconds(60));
    bhttp::write(*impl_->stream, req, ec);
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(256 * 1024 * 1024);
    if (method == "HEAD") parser.skip(true);
    if (!ec) bhttp::read(*impl_->stream, impl_->buffer, parser, ec);
    if (ec) {
      // The server closed an idle keep-alive connection: reconnect once.
      impl_->stream.reset();
      if (attempt == 0) continue;
      throw std::runtime_error("HTTP " + method + " " + target + " failed: " + ec.message());
    }
    auto res = parser.release();
    HttpResponse out;
    out.status = static_cast<int>(res.result_int());
    for (const auto& f : res) {
      std::string name(f.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      out.headers.emplace_back(std::move(name), std::string(f.value()));
    }
    out.body = std::move(res.body());
    if (!res.keep_alive()) impl_->stream.reset();
    return out;
  }
  throw std::runtime_error("unreachable");
}

HttpResponse HttpClient::send_json(const std::string& method, const std::string& target, const boost::json::value& body,
                                   std::vector<std::pair<std::string, std::string>> headers) {
  headers.emplace_back("Content-Type", "application/json");
  return request(method, target, boost::json::serialize(body), headers);
}

}  // namespace colo::testing
