#include "http/pipeline.hpp"

#include <gtest/gtest.h>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <boost/json.hpp>

#include <sstream>

#include "core/result.hpp"

#include "http/body.hpp"

namespace colo::http {
namespace {

class PipelineTest : public ::testing::Test {
 protected:
  PipelineTest() : pipeline_(router_, metrics_) {
    router_.add({.method = "POST", .pattern = "/api/v1/things", .handler = [this](Request& req) {
                   JsonBody b(req);
                   auto name = b.string("name", {.required = true, .max = 10});
                   b.finish();
                   writes_++;
                   return json_response(boost::json::object{{"name", *name}}, 201);
                 }});
    router_.add({.method = "GET", .pattern = "/api/v1/boom", .handler = [](Request&) -> Response {
                   throw std::runtime_error("bug");
                 }});
    // What a store gives back when its SQL fails: the statement and the driver's words.
    router_.add({.method = "GET", .pattern = "/api/v1/db", .handler = [](Request&) -> Response {
                   Result<int> failed =
                       Error{ErrorKind::internal,
                             "db.error",
                             "ERROR: relation \"secret_table\" does not exist in SELECT * FROM secret_table",
                             {{"sql", "db", "SELECT * FROM secret_table"}}};
                   return Response::text(200, std::to_string(std::move(failed).take()));
                 }});
    router_.add({.method = "GET", .pattern = "/api/v1/things/{id}", .handler = [](Request& req) {
                   return Response::text(200, std::to_string(id_param(req)));
                 }});
    metrics_.bind(router_);
  }
  Response call(std::string method, std::string path, std::string body = "", std::string ct = "application/json") {
    Request r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.body = std::move(body);
    r.request_id = "rid-1";
    r.headers = {{"content-type", std::move(ct)}};
    return pipeline_.handle(r);
  }
  Router router_;
  Metrics metrics_;
  Pipeline pipeline_;
  int writes_ = 0;
};

TEST_F(PipelineTest, ValidRequestReachesTheHandler) {
  auto r = call("POST", "/api/v1/things", R"({"name":"x"})");
  EXPECT_EQ(r.status, 201);
  EXPECT_EQ(writes_, 1);
}

TEST_F(PipelineTest, BadInputIsA4xxProblemAndWritesNothing) {
  struct Case {
    std::string body;
    std::string ct;
    int status;
    std::string code;
  };
  const Case cases[] = {
      {"{", "application/json", 400, "malformed_json"},
      {R"({"name":5})", "application/json", 400, "validation_failed"},
      {R"({"name":"x","admin":true})", "application/json", 400, "validation_failed"},
      {R"({"name":"much too long a name"})", "application/json", 400, "validation_failed"},
      {"name=x", "application/x-www-form-urlencoded", 415, "unsupported_media_type"},
      {"", "application/json", 400, "malformed_json"},
  };
  for (const auto& c : cases) {
    auto r = call("POST", "/api/v1/things", c.body, c.ct);
    EXPECT_EQ(r.status, c.status) << c.body;
    EXPECT_EQ(r.header("Content-Type").value_or(""), "application/problem+json");
    auto j = boost::json::parse(r.body).as_object();
    EXPECT_EQ(j.at("code").as_string(), c.code) << c.body;
    EXPECT_EQ(j.at("request_id").as_string(), "rid-1");
  }
  EXPECT_EQ(writes_, 0);
}

TEST_F(PipelineTest, ExceptionIs500WithRequestIdAndServingGoesOn) {
  auto r = call("GET", "/api/v1/boom");
  EXPECT_EQ(r.status, 500);
  EXPECT_NE(r.body.find("rid-1"), std::string::npos);
  EXPECT_EQ(r.body.find("bug"), std::string::npos) << "internal details must not leak";
  EXPECT_EQ(call("GET", "/api/v1/things/5").status, 200);
}

// A 500 never carries SQL or other internals to the client; the operator finds the message in
// the log, once, under the request id the client was told to quote.
TEST_F(PipelineTest, AnInternalErrorIsLoggedOnceWithTheRequestIdAndAnsweredWithoutIt) {
  std::ostringstream log;
  auto previous = spdlog::default_logger();
  spdlog::set_default_logger(
      std::make_shared<spdlog::logger>("capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(log)));
  auto r = call("GET", "/api/v1/db");
  auto thrown = call("GET", "/api/v1/boom");
  spdlog::set_default_logger(previous);

  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.header("Content-Type").value_or(""), "application/problem+json");
  auto j = boost::json::parse(r.body).as_object();
  EXPECT_EQ(j.at("code").as_string(), "internal");
  EXPECT_EQ(j.at("detail").as_string(), "An internal error occurred. Quote request id rid-1 when reporting it.");
  EXPECT_FALSE(j.contains("errors"));
  for (const char* secret : {"secret_table", "SELECT", "relation", "db.error"})
    EXPECT_EQ(r.body.find(secret), std::string::npos) << secret << " leaked: " << r.body;

  const auto text = log.str();
  std::size_t lines = 0;
  for (std::size_t at = 0; (at = text.find('\n', at)) != std::string::npos; ++at) ++lines;
  EXPECT_EQ(lines, 2u) << text;  // one for each failed request, nothing else
  EXPECT_NE(text.find("rid-1 GET /api/v1/db failed (db.error): ERROR: relation \"secret_table\" does not exist"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("rid-1 GET /api/v1/boom failed (internal): uncaught exception: bug"), std::string::npos) << text;
  EXPECT_EQ(thrown.status, 500);
  EXPECT_EQ(thrown.body.find("bug"), std::string::npos);
}

TEST_F(PipelineTest, MiddlewareCanEndTheRequest) {
  pipeline_.use([](Request& req, const Route& route) -> std::optional<Response> {
    if (route.pattern == "/api/v1/things/{id}") return Response::text(401, "no");
    return std::nullopt;
  });
  EXPECT_EQ(call("GET", "/api/v1/things/5").status, 401);
}

TEST_F(PipelineTest, MetricsRecordRouteAndStatus) {
  call("GET", "/api/v1/things/5");
  call("GET", "/api/v1/nothing");
  auto text = metrics_.render();
  EXPECT_NE(text.find(R"(colo_http_requests_total{method="GET",route="/api/v1/things/{id}",status="200"} 1)"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find(R"(route="unmatched",status="404"} 1)"), std::string::npos) << text;
}

TEST_F(PipelineTest, ApiAnswersAreNotCached) {
  auto r = call("GET", "/api/v1/things/5");
  EXPECT_EQ(r.header("Cache-Control").value_or(""), "no-store");
  EXPECT_EQ(r.header("X-Content-Type-Options").value_or(""), "nosniff");
}

// handle_inline answers only inline routes, with the usual headers and metrics but without the
// middleware (which may read the database); every other request is left untouched for handle().
TEST_F(PipelineTest, InlineRoutesAreAnsweredWithoutMiddlewareAndOthersAreLeftAlone) {
  router_.add({.method = "GET",
               .pattern = "/api/v1/inline",
               .handler = [](Request&) { return Response::text(200, "inline"); },
               .auth = Auth::none,
               .inline_handler = true});
  metrics_.bind(router_);
  int middleware_calls = 0;
  pipeline_.use([&](Request&, const Route&) -> std::optional<Response> {
    ++middleware_calls;
    return Response::text(401, "stopped");
  });
  Request inline_request;
  inline_request.method = "GET";
  inline_request.path = "/api/v1/inline";
  auto answered = pipeline_.handle_inline(inline_request);
  ASSERT_TRUE(answered);
  EXPECT_EQ(answered->status, 200);
  EXPECT_EQ(answered->body, "inline");
  EXPECT_EQ(answered->header("Cache-Control").value_or(""), "no-store");
  EXPECT_EQ(answered->header("X-Content-Type-Options").value_or(""), "nosniff");
  EXPECT_EQ(middleware_calls, 0);
  // The same route through handle() (a test client, a caller without an I/O thread) behaves alike.
  EXPECT_EQ(pipeline_.handle(inline_request).status, 200);
  EXPECT_EQ(middleware_calls, 0);
  EXPECT_NE(metrics_.render().find("/api/v1/inline"), std::string::npos);

  Request other;
  other.method = "GET";
  other.path = "/api/v1/things/7";
  EXPECT_FALSE(pipeline_.handle_inline(other));
  EXPECT_TRUE(other.route.empty());
  EXPECT_TRUE(other.path_params.empty());
  Request unknown;
  unknown.method = "GET";
  unknown.path = "/api/v1/nowhere";
  EXPECT_FALSE(pipeline_.handle_inline(unknown));
  EXPECT_EQ(pipeline_.handle(other).status, 401);
  EXPECT_EQ(middleware_calls, 1);
}

}  // namespace
}  // namespace colo::http
