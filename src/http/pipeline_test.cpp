#include "http/pipeline.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "http/body.hpp"

namespace colo::http {
namespace {

class PipelineTest : public ::testing::Test {
 protected:
  PipelineTest() : pipeline_(router_, metrics_) {
    router_.add({.method = "POST", .pattern = "/api/v1/things",
                 .handler = [this](Request& req) {
                   JsonBody b(req);
                   auto name = b.string("name", {.required = true, .max = 10});
                   b.finish();
                   writes_++;
                   return json_response(boost::json::object{{"name", *name}}, 201);
                 }});
    router_.add({.method = "GET", .pattern = "/api/v1/boom",
                 .handler = [](Request&) -> Response { throw std::runtime_error("bug"); }});
    router_.add({.method = "GET", .pattern = "/api/v1/things/{id}",
                 .handler = [](Request& req) {
                   return Response::text(200, std::to_string(id_param(req)));
                 }});
    metrics_.bind(router_);
  }
  Response call(std::string method, std::string path, std::string body = "",
                std::string ct = "application/json") {
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
  struct Case { std::string body; std::string ct; int status; std::string code; };
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

}  // namespace
}  // namespace colo::http
