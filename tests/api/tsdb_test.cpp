// The monitoring data API through real HTTP on SQLite and PostgreSQL: pushed readings and CSV
// imports stored and read back raw and from rollups, bad rows refused whole, out-of-order and
// duplicate samples counted, tenancy by the customer_id label, permissions; and remote write into a
// real VictoriaMetrics that is down at first (nothing lost, sent later in order), read back with
// PromQL through the server.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>
#include <tuple>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// A name no other test of the shared server uses.
std::string unique(const std::string& prefix) {
  static int n = 0;
  return prefix + std::to_string(getpid()) + "_" + std::to_string(now_ms()) + "_" + std::to_string(++n);
}

std::string url_encode(const std::string& s) {
  std::string out;
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '_' || c == '-' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

json::object sample(const std::string& metric, json::object labels, std::int64_t t, double v) {
  return json::object{{"metric", metric}, {"labels", std::move(labels)}, {"t", t}, {"value", v}};
}

// The value of a line "name value" of the metrics exposition, or -1.
double metric_value(const std::string& text, const std::string& name) {
  std::size_t pos = 0;
  while ((pos = text.find(name + " ", pos)) != std::string::npos) {
    if (pos == 0 || text[pos - 1] == '\n') return std::stod(text.substr(pos + name.size() + 1));
    pos += name.size();
  }
  return -1;
}

class Tsdb : public ApiTest {
 protected:
  std::string customer_of(const std::string& user) {
    auto me = as(user).get("/api/v1/auth/me").json().at("user").as_object();
    return std::to_string(me.at("customer_id").as_int64());
  }
  json::array series(HttpClient& c, const std::string& selector) {
    auto r = c.get("/api/v1/monitoring/series?match=" + url_encode(selector));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? r.json().at("results").as_array() : json::array{};
  }
};

TEST_P(Tsdb, PushedReadingsComeBackRawAndAsFiveMinuteAverages) {
  auto ops = as("operations");
  const std::string room = unique("room");
  const std::int64_t t0 = (now_ms() / 300'000 - 12) * 300'000;  // an hour ago, on a five-minute boundary
  json::array rows;
  for (int i = 0; i < 60; ++i)
    rows.push_back(sample("sensor_temperature_celsius", {{"room_id", room}, {"sensor", "cold-aisle-1"}},
                          t0 + i * 60'000, 20.0 + i % 5 * 0.5));
  auto r = ops.send_json("POST", "/api/v1/monitoring/samples", json::object{{"samples", rows}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("accepted").as_int64(), 60);

  auto found = series(ops, "sensor_temperature_celsius{room_id=\"" + room + "\"}");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].at("labels").at("sensor").as_string(), "cold-aisle-1");
  const std::string id = std::to_string(found[0].at("id").as_int64());

  auto raw = ops.get("/api/v1/monitoring/query_range?series=" + id + "&from=" + std::to_string(t0) +
                     "&to=" + std::to_string(t0 + 59 * 60'000));
  ASSERT_EQ(raw.status, 200) << raw.body;
  auto points = raw.json().at("points").as_array();
  ASSERT_EQ(points.size(), 60u);
  EXPECT_EQ(raw.json().at("source").as_string(), "raw");
  EXPECT_EQ(points[7].at("t").as_int64(), t0 + 7 * 60'000);
  EXPECT_DOUBLE_EQ(points[7].at("value").to_number<double>(), 21.0);

  auto avg = ops.get("/api/v1/monitoring/query_range?series=" + id + "&from=" + std::to_string(t0) +
                     "&to=" + std::to_string(t0 + 3'600'000 - 1) + "&step=300");
  ASSERT_EQ(avg.status, 200) << avg.body;
  EXPECT_EQ(avg.json().at("source").as_string(), "rollup");
  auto buckets = avg.json().at("points").as_array();
  ASSERT_EQ(buckets.size(), 12u);
  for (const auto& b : buckets) EXPECT_DOUBLE_EQ(b.at("value").to_number<double>(), 21.0);
}

TEST_P(Tsdb, ABadRowRefusesTheWholeBatchWithAnErrorPerRow) {
  auto ops = as("operations");
  const std::string room = unique("room");
  json::array rows = {sample("sensor_humidity_percent", {{"room_id", room}}, now_ms(), 45),
                      sample("bad name", {{"room_id", room}}, now_ms(), 1),
                      sample("sensor_humidity_percent", {{"room_id", room}, {"bad-label", "x"}}, now_ms(), 1),
                      json::object{{"metric", "sensor_humidity_percent"}, {"value", "wet"}}};
  auto r = ops.send_json("POST", "/api/v1/monitoring/samples", json::object{{"samples", rows}});
  ASSERT_EQ(r.status, 400) << r.body;  // a value that is not a number fails reading the body
  rows.pop_back();
  r = ops.send_json("POST", "/api/v1/monitoring/samples", json::object{{"samples", rows}});
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.header("content-type").value_or(""), "application/problem+json");
  std::set<std::string> fields;
  const auto problem = r.json();
  for (const auto& e : problem.at("errors").as_array()) fields.insert(std::string(e.at("field").as_string()));
  EXPECT_EQ(fields, (std::set<std::string>{"samples/1/metric", "samples/2/labels"}));
  EXPECT_TRUE(series(ops, "{room_id=\"" + room + "\"}").empty());  // the good row was not stored either

  auto bad_selector = ops.get("/api/v1/monitoring/series?match=" + url_encode("m{a=~\"x\"}"));
  ASSERT_EQ(bad_selector.status, 400) << bad_selector.body;
  EXPECT_EQ(bad_selector.json().at("code").as_string(), "tsdb.selector.invalid");
  EXPECT_EQ(ops.get("/api/v1/monitoring/query_range?series=1&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z").status,
            422);
  EXPECT_EQ(ops.get("/api/v1/monitoring/query_range?series=1&from=0&to=" + std::to_string(now_ms())).status, 422);
}

TEST_P(Tsdb, OutOfOrderAndDuplicateReadingsAreCountedAndDropped) {
  auto ops = as("operations");
  const std::string sensor = unique("s");
  const std::int64_t t = now_ms() - 600'000;
  auto push = [&](json::array rows) {
    auto r = ops.send_json("POST", "/api/v1/monitoring/samples", json::object{{"samples", std::move(rows)}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().as_object();
  };
  push({sample("sensor_temperature_celsius", {{"sensor", sensor}}, t, 22)});
  auto report = push({sample("sensor_temperature_celsius", {{"sensor", sensor}}, t - 60'000, 21),
                      sample("sensor_temperature_celsius", {{"sensor", sensor}}, t, 23),
                      sample("sensor_temperature_celsius", {{"sensor", sensor}}, t + 60'000, 24)});
  EXPECT_EQ(report.at("accepted").as_int64(), 1);
  EXPECT_EQ(report.at("out_of_order").as_int64(), 1);
  EXPECT_EQ(report.at("duplicates").as_int64(), 1);
  auto metrics = client().get("/metrics").body;
  EXPECT_GE(metric_value(metrics, "colo_tsdb_samples_out_of_order_total"), 1);
  EXPECT_GE(metric_value(metrics, "colo_tsdb_samples_duplicate_total"), 1);
  EXPECT_GE(metric_value(metrics, "colo_tsdb_bytes_per_sample"), 0);
}

TEST_P(Tsdb, CsvImportStoresAllLinesOrNone) {
  auto ops = as("operations");
  const std::string pdu = unique("pdu");
  const std::int64_t t = now_ms() - 3'600'000;
  const std::string good = "metric,time,value,labels\r\npdu_power_watts," + std::to_string(t) +
                           ",1200.5,device_id=" + pdu +
                           ";feed=A\r\npdu_power_watts,2026-11-20T08:00:00Z,1180,device_id=" + pdu + ";feed=B\r\n";
  auto r = ops.request("POST", "/api/v1/monitoring/samples/import", good, {{"Content-Type", "text/csv"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("accepted").as_int64(), 2);
  EXPECT_EQ(series(ops, "pdu_power_watts{device_id=\"" + pdu + "\"}").size(), 2u);

  const std::string other = unique("pdu");
  const std::string bad = "metric,time,value,labels\npdu_power_watts," + std::to_string(t) + ",1,device_id=" + other +
                          "\npdu_power_watts,yesterday,x,device_id\n";
  r = ops.request("POST", "/api/v1/monitoring/samples/import", bad, {{"Content-Type", "text/csv"}});
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("errors").as_array().size(), 3u);  // time, value and labels of line 3
  EXPECT_TRUE(series(ops, "pdu_power_watts{device_id=\"" + other + "\"}").empty());
  r = ops.request("POST", "/api/v1/monitoring/samples/import", "a,b\n1,2\n", {{"Content-Type", "text/csv"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.json().at("code").as_string(), "tsdb.csv.bad_header");
  r = ops.request("POST", "/api/v1/monitoring/samples/import", good, {{"Content-Type", "application/json"}});
  EXPECT_EQ(r.status, 415);
}

TEST_P(Tsdb, TheCommandLineImportsACsvFileAllOrNothing) {
  const std::string room = unique("room");
  const std::string good = server().dir() + "/" + room + ".csv";
  const std::string bad = server().dir() + "/" + room + "-bad.csv";
  {
    std::ofstream(good) << "metric,time,value,labels\nsensor_humidity_percent," << now_ms() - 60'000
                        << ",41.5,room_id=" << room << "\n";
    std::ofstream(bad) << "metric,time,value,labels\nsensor_humidity_percent,soon,41.5,room_id=" << room << "x\n";
  }
  auto [code, out] = server().run_cli({"monitoring", "import", good});
  EXPECT_EQ(code, 0) << out;
  EXPECT_NE(out.find("accepted 1 samples"), std::string::npos) << out;
  auto ops = as("operations");
  EXPECT_EQ(series(ops, "sensor_humidity_percent{room_id=\"" + room + "\"}").size(), 1u);
  std::tie(code, out) = server().run_cli({"monitoring", "import", bad});
  EXPECT_NE(code, 0) << out;
  EXPECT_NE(out.find("line 2"), std::string::npos) << out;
  EXPECT_TRUE(series(ops, "sensor_humidity_percent{room_id=\"" + room + "x\"}").empty());
}

TEST_P(Tsdb, CustomersSeeOnlySeriesLabelledWithTheirOwnCustomer) {
  auto ops = as("operations");
  const std::string acme = customer_of("acme.admin"), zenith = customer_of("zenith.admin");
  const std::string device = unique("dev");
  const std::int64_t t = now_ms() - 120'000;
  auto r = ops.send_json(
      "POST", "/api/v1/monitoring/samples",
      json::object{
          {"samples", json::array{sample("if_in_bits_per_second",
                                         {{"device_id", device}, {"if_index", "1"}, {"customer_id", acme}}, t, 1e6),
                                  sample("if_in_bits_per_second",
                                         {{"device_id", device}, {"if_index", "2"}, {"customer_id", zenith}}, t, 2e6),
                                  sample("device_up", {{"device_id", device}}, t, 1)}}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto all = series(ops, "{device_id=\"" + device + "\"}");
  ASSERT_EQ(all.size(), 3u);

  auto customer = as("acme.user");
  auto mine = series(customer, "{device_id=\"" + device + "\"}");
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].at("labels").at("if_index").as_string(), "1");
  for (const auto& s : all) {
    const auto owner = s.at("customer_id");
    auto q = customer.get("/api/v1/monitoring/query_range?series=" + std::to_string(s.at("id").as_int64()));
    if (owner.is_int64() && std::to_string(owner.as_int64()) == acme)
      EXPECT_EQ(q.status, 200) << q.body;
    else
      EXPECT_EQ(q.status, 404) << q.body;  // another customer's, and the operator's own series
  }
  EXPECT_EQ(customer.get("/api/v1/monitoring/promql?query=up").status, 403);
  auto push = customer.send_json("POST", "/api/v1/monitoring/samples",
                                 json::object{{"samples", json::array{sample("device_up", {}, t, 1)}}});
  EXPECT_EQ(push.status, 403);
  // Staff without monitoring.write read but do not write.
  auto auditor = as("auditor");
  EXPECT_EQ(series(auditor, "{device_id=\"" + device + "\"}").size(), 3u);
  EXPECT_EQ(auditor.send_json("POST", "/api/v1/monitoring/samples", json::object{{"samples", json::array{}}}).status,
            403);
  // Without a PromQL server configured, the passthrough says so.
  EXPECT_EQ(ops.get("/api/v1/monitoring/promql?query=up").json().at("code").as_string(), "tsdb.promql.not_configured");
}

COLO_INSTANTIATE_API_TEST(Tsdb);

// ---- remote write into a real VictoriaMetrics

int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

const char* victoria_binary() {
  for (const char* p : {"/usr/bin/victoria-metrics", "/usr/local/bin/victoria-metrics"})
    if (std::filesystem::exists(p)) return p;
  return nullptr;
}

// A VictoriaMetrics process on a loopback port with its own data directory; stopped at the end.
class Victoria {
 public:
  Victoria(int port, std::string dir) : port_(port), dir_(std::move(dir)) {
    std::filesystem::create_directories(dir_);
    pid_ = fork();
    if (pid_ == 0) {
      const std::string data = "-storageDataPath=" + dir_,
                        listen = "-httpListenAddr=127.0.0.1:" + std::to_string(port_);
      const std::string log = dir_ + "/vm.log";
      freopen(log.c_str(), "w", stdout);
      freopen(log.c_str(), "a", stderr);
      execl(victoria_binary(), "victoria-metrics", data.c_str(), listen.c_str(), "-retentionPeriod=1",
            "-search.latencyOffset=0s", static_cast<char*>(nullptr));
      _exit(127);
    }
  }
  ~Victoria() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }
  bool wait_ready() {
    for (int i = 0; i < 300; ++i) {
      try {
        if (HttpClient("127.0.0.1", port_).get("/health").status == 200) return true;
      } catch (const std::exception&) {}
      std::this_thread::sleep_for(100ms);
    }
    return false;
  }
  HttpClient client() const { return HttpClient("127.0.0.1", port_); }

 private:
  int port_;
  std::string dir_;
  pid_t pid_ = -1;
};

class RemoteWrite : public ::testing::TestWithParam<Backend> {};

// Waits (up to two minutes) for `done`; the server drains its queue every five seconds.
template <typename F>
bool eventually(F&& done) {
  for (int i = 0; i < 1200; ++i) {
    if (done()) return true;
    std::this_thread::sleep_for(100ms);
  }
  return false;
}

TEST_P(RemoteWrite, SamplesAcceptedWhileTheTargetIsDownAreSentInOrderWhenItComesBack) {
  if (!victoria_binary()) {
    const char* require = std::getenv("COLO_REQUIRE_VM");
    if (require && std::string(require) == "1") FAIL() << "COLO_REQUIRE_VM=1 but victoria-metrics is not installed";
    GTEST_SKIP() << "victoria-metrics is not installed (apt-get install victoria-metrics); set COLO_REQUIRE_VM=1 to "
                    "make this a failure";
  }
  if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) {
    const char* req = std::getenv("COLO_REQUIRE_PG");
    if (req && std::string(req) == "1") FAIL() << "COLO_REQUIRE_PG=1 but COLO_TEST_PG_URL is unset";
    GTEST_SKIP() << "PostgreSQL not configured (set COLO_TEST_PG_URL)";
  }
  const int vm_port = free_port();
  const std::string base = "http://127.0.0.1:" + std::to_string(vm_port);
  auto server = ServerProcess::start(
      {.backend = GetParam(),
       .env = {{"COLO_MONITORING_REMOTE_WRITE_URL", base + "/api/v1/write"}, {"COLO_MONITORING_PROMQL_URL", base}},
       .demo = true});
  auto ops = login(*server, "operations");
  const std::string device = unique("rw");
  const std::int64_t t0 = (now_ms() / 60'000 - 100) * 60'000;
  // 100 minutes of one port in four pushes while the target is down.
  for (int part = 0; part < 4; ++part) {
    json::array rows;
    for (int i = part * 25; i < part * 25 + 25; ++i)
      rows.push_back(sample("if_in_bits_per_second", {{"device_id", device}, {"if_index", "7"}}, t0 + i * 60'000,
                            1000.0 * i + 0.25));
    auto r = ops.send_json("POST", "/api/v1/monitoring/samples", json::object{{"samples", rows}});
    ASSERT_EQ(r.status, 200) << r.body;
  }
  auto metrics = [&] { return server->client().get("/metrics").body; };
  ASSERT_TRUE(eventually([&] { return metric_value(metrics(), "colo_tsdb_remote_write_failures_total") >= 2; }))
      << metrics();
  EXPECT_EQ(metric_value(metrics(), "colo_tsdb_remote_write_queue_samples"), 100);
  EXPECT_EQ(metric_value(metrics(), "colo_tsdb_remote_write_sent_total"), 0);

  Victoria vm(vm_port, server->dir() + "/victoria");
  ASSERT_TRUE(vm.wait_ready());
  ASSERT_TRUE(eventually([&] { return metric_value(metrics(), "colo_tsdb_remote_write_queue_samples") == 0; }))
      << metrics();
  EXPECT_EQ(metric_value(metrics(), "colo_tsdb_remote_write_sent_total"), 100);

  // Every sample arrived, with its time and value, in order.
  const std::string selector = "if_in_bits_per_second{device_id=\"" + device + "\"}";
  json::object exported;
  ASSERT_TRUE(eventually([&] {
    vm.client().get("/internal/force_flush");
    auto r = vm.client().get("/api/v1/export?match[]=" + url_encode(selector));
    if (r.status != 200 || r.body.empty()) return false;
    exported = json::parse(r.body.substr(0, r.body.find('\n'))).as_object();
    return exported.at("values").as_array().size() == 100;
  }));
  EXPECT_EQ(exported.at("metric").at("if_index").as_string(), "7");
  const auto& values = exported.at("values").as_array();
  const auto& times = exported.at("timestamps").as_array();
  for (int i = 0; i < 100; ++i) {
    EXPECT_EQ(times[i].to_number<std::int64_t>(), t0 + i * 60'000) << i;
    EXPECT_DOUBLE_EQ(values[i].to_number<double>(), 1000.0 * i + 0.25) << i;
  }

  // Read back through the server's PromQL passthrough.
  auto q = ops.get("/api/v1/monitoring/promql?query=" + url_encode("count_over_time(" + selector + "[2h])"));
  ASSERT_EQ(q.status, 200) << q.body;
  const auto answer = q.json();
  EXPECT_EQ(answer.at("result_type").as_string(), "vector");
  const auto& result = answer.at("result").as_array();
  ASSERT_EQ(result.size(), 1u);
  EXPECT_EQ(result[0].at("value").as_array()[1].as_string(), "100");
  auto bad = ops.get("/api/v1/monitoring/promql?query=" + url_encode("sum(("));
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(bad.json().at("code").as_string(), "tsdb.promql.rejected");
}

INSTANTIATE_TEST_SUITE_P(Backends, RemoteWrite, ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const auto& info) { return backend_name(info.param); });

}  // namespace
}  // namespace colo::testing
