// What the poller polls, through the real server on SQLite and PostgreSQL: who may set SNMP
// credentials, that they are never answered back, that customers see their own devices only,
// bad input answered as problems, and `colo poll --once --print` against a real snmpsim.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <filesystem>
#include <sstream>

#include "snmp/rig.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

class Monitoring : public ApiTest {
 protected:
  std::string customer_of(const std::string& user) {
    return std::to_string(as(user).get("/api/v1/auth/me").json().at("user").at("customer_id").as_int64());
  }
  // A device of the customer (or of nobody, for ""), given a management address; its id.
  std::string device_of(const std::string& customer, const std::string& address, int skip = 0) {
    auto admin = as("admin");
    std::string query = "/api/v1/dcim/devices?limit=1&offset=" + std::to_string(skip) +
                        (customer.empty() ? "" : "&customer=" + customer);
    auto list = admin.get(query).json();
    auto id = std::to_string(list.at("results").as_array().at(0).at("id").as_int64());
    auto r = admin.send_json("PATCH", "/api/v1/dcim/devices/" + id, json::object{{"mgmt_address", address}});
    EXPECT_EQ(r.status, 200) << r.body;
    return id;
  }
  static json::object v2c(const std::string& community, std::int64_t port = 161) {
    return {{"snmp_version", "v2c"}, {"snmp", json::object{{"community", community}}}, {"snmp_port", port}};
  }
};

TEST_P(Monitoring, OnlyOperationsTechnicalAndAdminSetCredentialsAndNoneAreAnsweredBack) {
  auto id = device_of(customer_of("acme.admin"), "10.77.0.1", 1);
  const std::string path = "/api/v1/monitoring/devices/" + id;
  json::object v3{
      {"snmp_version", "v3"},
      {"snmp", json::object{{"user", "noc-poller"}, {"auth_pass", "auth-7741-pass"}, {"priv_pass", "priv-8852-pass"}}}};
  for (const char* user : {"business", "auditor", "finance", "acme.admin", "acme.user"}) {
    auto r = as(user).send_json("PUT", path, v3);
    EXPECT_EQ(r.status, 403) << user << " " << r.body;
  }
  auto r = as("operations").send_json("PUT", path, v3);
  ASSERT_EQ(r.status, 200) << r.body;
  auto d = r.json().as_object();
  EXPECT_EQ(d.at("snmp_version"), "v3");
  EXPECT_EQ(d.at("credentials_set"), true);
  EXPECT_EQ(d.at("snmp_interval_s"), 300);
  EXPECT_EQ(d.at("ping_interval_s"), 60);
  auto technical = as("technical");
  for (const auto& body :
       {r.body, technical.get(path).body, technical.get("/api/v1/monitoring/devices?limit=1000").body,
        as("auditor").get("/api/v1/audit?limit=50").body}) {
    EXPECT_EQ(body.find("auth-7741-pass"), std::string::npos) << body.substr(0, 300);
    EXPECT_EQ(body.find("priv-8852-pass"), std::string::npos);
  }
  // Intervals change without the secrets; the credentials stay set.
  r = technical.send_json("PUT", path, json::object{{"snmp_interval_s", 600}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("snmp_interval_s"), 600);
  EXPECT_EQ(r.json().at("credentials_set"), true);
  // Stopping is for the same roles.
  EXPECT_EQ(as("acme.admin").request("DELETE", path).status, 403);
  EXPECT_EQ(technical.request("DELETE", path).status, 204);
  EXPECT_EQ(technical.get(path).status, 404);
}

TEST_P(Monitoring, CustomersSeeTheirOwnPolledDevicesOnly) {
  auto acme = customer_of("acme.admin");
  auto zenith = customer_of("zenith.admin");
  auto mine = device_of(acme, "10.77.1.1", 2);
  auto theirs = device_of(zenith, "10.77.1.2", 2);
  auto ops = as("operations");
  ASSERT_EQ(ops.send_json("PUT", "/api/v1/monitoring/devices/" + mine, v2c("acme-community-1")).status, 200);
  ASSERT_EQ(ops.send_json("PUT", "/api/v1/monitoring/devices/" + theirs, v2c("zenith-community-1")).status, 200);
  auto c = ops.send_json("POST", "/api/v1/monitoring/devices/" + theirs + "/checks",
                         json::object{{"kind", "http"}, {"url", "https://zenith.example/health"}});
  ASSERT_EQ(c.status, 201) << c.body;
  auto check = std::to_string(c.json().at("id").as_int64());

  auto acme_user = as("acme.user");
  auto list = acme_user.get("/api/v1/monitoring/devices?limit=1000").json();
  for (const auto& d : list.at("results").as_array()) EXPECT_EQ(std::to_string(d.at("customer_id").as_int64()), acme);
  EXPECT_EQ(acme_user.get("/api/v1/monitoring/devices/" + mine).status, 200);
  auto foreign = acme_user.get("/api/v1/monitoring/devices/" + theirs);
  EXPECT_EQ(foreign.status, 404);
  EXPECT_EQ(foreign.body.find("zenith"), std::string::npos);
  EXPECT_EQ(acme_user.get("/api/v1/monitoring/devices?customer=" + zenith).json().at("count"), 0);
  EXPECT_EQ(as("acme.admin").request("DELETE", "/api/v1/monitoring/checks/" + check).status, 403);
  // Staff see both, with the check.
  auto detail = as("auditor").get("/api/v1/monitoring/devices/" + theirs).json();
  EXPECT_EQ(detail.at("checks").as_array().size(), 1u);
  EXPECT_EQ(ops.request("DELETE", "/api/v1/monitoring/checks/" + check).status, 204);
}

TEST_P(Monitoring, BadInputIsAProblemAndChangesNothing) {
  auto ops = as("operations");
  auto quiet = device_of("", "", 3);  // no management address
  auto r = ops.send_json("PUT", "/api/v1/monitoring/devices/" + quiet, v2c("public"));
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.header("content-type").value_or(""), "application/problem+json");
  EXPECT_EQ(r.json().at("code"), "monitoring.device.no_mgmt_address");

  auto id = device_of("", "10.77.2.1", 4);
  const std::string path = "/api/v1/monitoring/devices/" + id;
  r = ops.send_json(
      "PUT", path,
      json::object{{"snmp_version", "v3"},
                   {"snmp", json::object{{"user", "u"}, {"auth_pass", "short"}, {"priv_pass", "long-enough"}}}});
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json().at("code"), "validation_failed");
  EXPECT_NE(r.body.find("snmp/auth_pass"), std::string::npos);
  r = ops.send_json("PUT", path, json::object{{"snmp_version", "v2c"}, {"snmp", json::object{{"communit", "x"}}}});
  EXPECT_EQ(r.status, 400);
  r = ops.send_json("PUT", path, json::object{{"snmp_version", "v1"}});
  EXPECT_EQ(r.status, 400);
  r = ops.send_json("PUT", path, json::object{{"snmp_version", "v2c"}});  // no community
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(ops.get(path).status, 404);  // nothing was stored
  EXPECT_EQ(ops.send_json("PUT", "/api/v1/monitoring/devices/99999999", v2c("public")).status, 404);

  ASSERT_EQ(ops.send_json("PUT", path, v2c("public")).status, 200);
  r = ops.send_json("POST", path + "/checks", json::object{{"kind", "http"}, {"url", "javascript:alert(1)"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("monitoring.check.bad_url"), std::string::npos);
  r = ops.send_json("POST", path + "/checks", json::object{{"kind", "tcp"}, {"port", 0}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(ops.get(path).json().at("checks").as_array().size(), 0u);
}

TEST_P(Monitoring, ColoPollOncePrintsSamplesOfARealAgent) {
  std::string tmp = (fs::temp_directory_path() / ("colo-api-snmp-" + std::to_string(getpid()))).string();
  fs::create_directories(tmp);
  snmp::write_switch_record(tmp + "/switch.snmprec", 8, 125000);
  snmp::SnmpSim sim({tmp + "/switch.snmprec"});
  fs::remove_all(tmp);
  auto id = device_of("", "127.0.0.1", 5);
  auto ops = as("operations");
  ASSERT_EQ(ops.send_json("PUT", "/api/v1/monitoring/devices/" + id, v2c("switch", sim.port())).status, 200);
  auto [code, out] = server().run_cli({"poll", "--once", "--rates", "--print"});
  EXPECT_EQ(code, 0) << out;
  // One exposition line per sample: the metric, its labels (sorted) with the device's id.
  auto printed = [&](const std::string& metric) {
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);)
      if (line.rfind(metric + "{", 0) == 0 && line.find("device_id=\"" + id + "\"") != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(printed("if_oper_up")) << out.substr(0, 2000);
  EXPECT_TRUE(printed("if_in_bits_per_second"));
  EXPECT_TRUE(printed("device_up"));
  // Discovery was recorded: the switch's sysName and its eight interfaces.
  auto d = ops.get("/api/v1/monitoring/devices/" + id).json();
  EXPECT_EQ(d.at("sys_name"), "sw-test-01");
  EXPECT_EQ(d.at("interfaces").as_array().size(), 8u);
  ASSERT_EQ(ops.request("DELETE", "/api/v1/monitoring/devices/" + id).status, 204);
}

COLO_INSTANTIATE_API_TEST(Monitoring);

}  // namespace
}  // namespace colo::testing
