// Routing and JSON costs on the request path.
#include <benchmark/benchmark.h>

#include <boost/json.hpp>

#include "http/body.hpp"
#include "http/router.hpp"

namespace {

using namespace colo::http;

Router& big_router() {
  static Router r;
  static bool once = [] {
    const char* groups[] = {"sites", "rooms", "rows", "racks", "devices", "device-types", "interfaces",
                            "cables", "vlans", "prefixes", "ip-addresses", "customers", "users",
                            "applications", "contracts"};
    for (const char* g : groups) {
      std::string base = std::string("/api/v1/x/") + g;
      for (const char* m : {"GET", "POST"}) r.add({.method = m, .pattern = base, .handler = {}});
      for (const char* m : {"GET", "PATCH", "DELETE"})
        r.add({.method = m, .pattern = base + "/{id}", .handler = {}});
      r.add({.method = "POST", .pattern = base + "/{id}/transitions", .handler = {}});
    }
    return true;
  }();
  (void)once;
  return r;
}

void BM_RouteMatch(benchmark::State& state) {
  auto& r = big_router();
  for (auto _ : state) {
    auto m = r.match("GET", "/api/v1/x/contracts/12345");
    benchmark::DoNotOptimize(m);
  }
}
BENCHMARK(BM_RouteMatch);

void BM_JsonBodyRead(benchmark::State& state) {
  Request req;
  req.headers = {{"content-type", "application/json"}};
  req.body = R"({"name":"A01-R12","u_height":42,"status":"active","power_kw_a":7.5,"power_kw_b":7.5,"customer":12,"comments":"北京亦庄 3F"})";
  for (auto _ : state) {
    JsonBody b(req);
    auto name = b.string("name", {.required = true});
    auto h = b.integer("u_height");
    auto s = b.choice("status", {"active", "planned"});
    b.number("power_kw_a");
    b.number("power_kw_b");
    b.integer("customer");
    b.string("comments", {.max = 1000});
    b.finish();
    benchmark::DoNotOptimize(name);
  }
}
BENCHMARK(BM_JsonBodyRead);

void BM_PageSerialise(benchmark::State& state) {
  boost::json::array results;
  for (int i = 0; i < 50; ++i)
    results.push_back(boost::json::object{{"id", i}, {"name", "device-" + std::to_string(i)},
                                          {"status", "active"}, {"rack", boost::json::object{{"id", 3}, {"name", "A01"}}},
                                          {"position", i % 42}, {"customer", nullptr}});
  Request req;
  req.path = "/api/v1/dcim/devices";
  for (auto _ : state) {
    auto o = page_json(req, Page{50, 0}, 100000, results);
    auto s = boost::json::serialize(o);
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_PageSerialise);

}  // namespace
