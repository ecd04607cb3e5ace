// Vulnerability management through real HTTP on SQLite and PostgreSQL (R5.2.3): a scan of another
// customer's address, of an address outside every prefix, or under an expired consent answers 422
// problem+json and records nothing; a customer consents in the portal, a real nmap scan of the
// test's own listening socket on loopback finds the port, the customer acknowledges the finding
// and claims it fixed, and a rescan with the port closed verifies it; another customer sees none of it.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include <boost/json.hpp>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using hosting::day;

// A listening TCP socket on 127.0.0.1, closed with the object.
class Listener {
 public:
  Listener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ok_ = ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 && ::listen(fd_, 16) == 0;
    socklen_t len = sizeof a;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
  }
  ~Listener() { close(); }
  void close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }
  bool ok() const { return ok_; }
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
  bool ok_ = false;
};

class VulnsApi : public ApiTest {
 protected:
  std::int64_t customer_of(const std::string& user) {
    return as(user).get("/api/v1/auth/me").json().at("user").at("customer_id").as_int64();
  }
  void prefix(std::int64_t customer, const std::string& cidr) {
    auto r = as("admin").send_json("POST", "/api/v1/ipam/prefixes",
                                   json::object{{"prefix", cidr}, {"customer", customer}, {"description", "vulns"}});
    ASSERT_EQ(r.status, 201) << r.body;
  }
  static std::string code_of(const HttpResponse& r) {
    auto j = r.json();
    return j.is_object() && j.as_object().contains("code") ? std::string(j.at("code").as_string()) : "";
  }
  // The scan once it has ended (done or failed): a scan runs in the background after its answer.
  static json::value ended(HttpClient& c, std::int64_t id) {
    json::value scan;
    for (int i = 0; i < 1200; ++i) {
      auto r = c.get("/api/v1/vulns/scans/" + std::to_string(id));
      if (r.status != 200) return r.json();
      scan = r.json();
      if (scan.at("scan").at("status").as_string() != "running") return scan;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return scan;
  }
  std::int64_t count(HttpClient& c, const std::string& path) {
    auto r = c.get(path);
    EXPECT_EQ(r.status, 200) << path << " " << r.body;
    return r.status == 200 ? r.json().at("count").as_int64() : -1;
  }
};

TEST_P(VulnsApi, R5_2_3_ScansOutsideTheCustomersOwnAddressesOrConsentAreRefusedAndRecordNothing) {
  const auto acme = customer_of("acme.admin"), zenith = customer_of("zenith.admin");
  prefix(acme, "198.18.10.0/24");
  prefix(acme, "198.18.11.0/24");
  prefix(zenith, "198.18.20.0/24");
  auto portal = as("acme.admin");
  // The customer consents in the portal to the first prefix; an expired consent covers the second.
  auto consent = portal.send_json("POST", "/api/v1/vulns/consents",
                                  json::object{{"granted_by", "王经理"},
                                               {"granted_on", day(0)},
                                               {"scope", json::array{"198.18.10.0/24"}},
                                               {"valid_from", day(0)},
                                               {"valid_until", day(90)}});
  ASSERT_EQ(consent.status, 201) << consent.body;
  EXPECT_EQ(consent.json().at("customer_id").as_int64(), acme);
  EXPECT_EQ(consent.json().at("source").as_string(), "portal");
  auto security = as("security");
  auto expired = security.send_json("POST", "/api/v1/vulns/consents",
                                    json::object{{"customer_id", acme},
                                                 {"granted_by", "王经理"},
                                                 {"granted_on", day(-60)},
                                                 {"scope", json::array{"198.18.11.0/24"}},
                                                 {"valid_from", day(-60)},
                                                 {"valid_until", day(-1)},
                                                 {"source", "signed"},
                                                 {"document", "授权书-旧.pdf"}});
  ASSERT_EQ(expired.status, 201) << expired.body;
  // The signed consent itself, uploaded and read back; what is not a PDF or image is refused.
  const auto expired_id = std::to_string(expired.json().at("id").as_int64());
  const std::string pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";
  auto attached = security.request("POST", "/api/v1/vulns/consents/" + expired_id + "/document", pdf,
                                   {{"Content-Type", "application/pdf"}});
  ASSERT_EQ(attached.status, 200) << attached.body;
  EXPECT_TRUE(attached.json().at("has_file").as_bool());
  auto file = portal.get("/api/v1/vulns/consents/" + expired_id + "/document");
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.body, pdf);
  EXPECT_EQ(file.header("content-type").value_or(""), "application/pdf");
  EXPECT_EQ(as("zenith.admin").get("/api/v1/vulns/consents/" + expired_id + "/document").status, 404);
  auto not_pdf = security.request("POST", "/api/v1/vulns/consents/" + expired_id + "/document", "<html>x</html>",
                                  {{"Content-Type", "application/pdf"}});
  EXPECT_EQ(not_pdf.status, 415) << not_pdf.body;
  // A customer cannot consent for another's prefix.
  auto foreign_consent = portal.send_json("POST", "/api/v1/vulns/consents",
                                          json::object{{"granted_by", "王经理"},
                                                       {"granted_on", day(0)},
                                                       {"scope", json::array{"198.18.20.0/24"}},
                                                       {"valid_from", day(0)},
                                                       {"valid_until", day(90)}});
  EXPECT_EQ(foreign_consent.status, 422) << foreign_consent.body;
  EXPECT_EQ(code_of(foreign_consent), "vulns.target.not_customers");

  const auto scans_before = count(security, "/api/v1/vulns/scans?customer=" + std::to_string(acme));
  for (auto [target, want] : {std::pair{"198.18.20.5", "vulns.target.not_customers"},  // another customer's
                              std::pair{"203.0.113.5", "vulns.target.not_customers"},  // outside every prefix
                              std::pair{"198.18.11.5", "vulns.target.no_consent"}}) {  // the consent expired
    auto r = security.send_json("POST", "/api/v1/vulns/scans",
                                json::object{{"customer_id", acme}, {"targets", json::array{target}}, {"ports", "22"}});
    EXPECT_EQ(r.status, 422) << target << " " << r.body;
    EXPECT_EQ(r.header("content-type").value_or(""), "application/problem+json") << target;
    EXPECT_EQ(code_of(r), want) << target;
  }
  auto malformed = security.send_json("POST", "/api/v1/vulns/scans",
                                      json::object{{"customer_id", acme}, {"targets", json::array{"-iL /etc/passwd"}}});
  EXPECT_EQ(malformed.status, 400) << malformed.body;
  // Customers do not start scans.
  auto by_customer =
      portal.send_json("POST", "/api/v1/vulns/scans",
                       json::object{{"customer_id", acme}, {"targets", json::array{"198.18.10.5"}}, {"ports", "22"}});
  EXPECT_EQ(by_customer.status, 403) << by_customer.body;
  EXPECT_EQ(count(security, "/api/v1/vulns/scans?customer=" + std::to_string(acme)), scans_before);
  // An unreadable report is refused too.
  auto junk =
      security.request("POST", "/api/v1/vulns/scans/import?customer=" + std::to_string(acme) + "&kind=openvas_import",
                       "<!DOCTYPE r SYSTEM \"file:///etc/passwd\"><report/>", {{"Content-Type", "text/xml"}});
  EXPECT_EQ(junk.status, 422) << junk.body;
  EXPECT_EQ(code_of(junk), "vulns.report.malformed");
  EXPECT_EQ(count(security, "/api/v1/vulns/scans?customer=" + std::to_string(acme)), scans_before);
}

TEST_P(VulnsApi, R5_2_3_ARealScanOfLoopbackAFindingTheCustomerAcknowledgesAndARescanVerifies) {
  const auto acme = customer_of("acme.admin");
  prefix(acme, "127.0.0.0/24");
  Listener l;
  ASSERT_TRUE(l.ok());
  auto portal = as("acme.admin");
  auto consent = portal.send_json("POST", "/api/v1/vulns/consents",
                                  json::object{{"granted_by", "王经理"},
                                               {"granted_on", day(0)},
                                               {"scope", json::array{"127.0.0.1"}},
                                               {"valid_from", day(0)},
                                               {"valid_until", day(30)}});
  ASSERT_EQ(consent.status, 201) << consent.body;
  auto security = as("security");
  const json::object scan_body{
      {"customer_id", acme}, {"targets", json::array{"127.0.0.1"}}, {"ports", std::to_string(l.port())}};
  auto started = security.send_json("POST", "/api/v1/vulns/scans", scan_body);
  ASSERT_EQ(started.status, 202) << started.body;
  const auto scan = ended(security, started.json().at("scan").at("id").as_int64());
  EXPECT_EQ(scan.at("scan").at("status").as_string(), "done") << json::serialize(scan);
  EXPECT_EQ(scan.at("ports").as_array().size(), 1u);
  EXPECT_EQ(scan.at("ports").at(0).at("port").as_int64(), l.port());

  auto user = as("acme.user");
  auto mine = user.get("/api/v1/vulns/findings?status=open").json();
  ASSERT_EQ(mine.at("count").as_int64(), 1) << json::serialize(mine);
  const auto id = std::to_string(mine.at("results").at(0).at("id").as_int64());
  EXPECT_EQ(mine.at("results").at(0).at("severity").as_string(), "medium");
  // Another customer neither lists nor reads it.
  auto zenith = as("zenith.admin");
  EXPECT_EQ(count(zenith, "/api/v1/vulns/findings"), 0);
  EXPECT_EQ(zenith.get("/api/v1/vulns/findings/" + id).status, 404);
  EXPECT_EQ(zenith.send_json("POST", "/api/v1/vulns/findings/" + id + "/acknowledge", json::object{}).status, 404);

  auto ack = user.send_json("POST", "/api/v1/vulns/findings/" + id + "/acknowledge", json::object{});
  ASSERT_EQ(ack.status, 200) << ack.body;
  auto again = user.send_json("POST", "/api/v1/vulns/findings/" + id + "/acknowledge", json::object{});
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(code_of(again), "vulns.finding.step");
  auto fixed = user.send_json("POST", "/api/v1/vulns/findings/" + id + "/fix", json::object{{"note", "已关闭端口"}});
  ASSERT_EQ(fixed.status, 200) << fixed.body;
  EXPECT_EQ(fixed.json().at("finding").at("status").as_string(), "fixed");

  l.close();
  auto restarted = security.send_json("POST", "/api/v1/vulns/scans", scan_body);
  ASSERT_EQ(restarted.status, 202) << restarted.body;
  const auto rescan = ended(security, restarted.json().at("scan").at("id").as_int64());
  EXPECT_EQ(rescan.at("scan").at("findings_closed").as_int64(), 1) << json::serialize(rescan);
  auto verified = user.get("/api/v1/vulns/findings/" + id).json();
  EXPECT_EQ(verified.at("finding").at("status").as_string(), "verified");
  std::vector<std::string> history;
  for (const auto& e : verified.at("history").as_array()) history.emplace_back(e.at("action").as_string());
  EXPECT_EQ(history, (std::vector<std::string>{"found", "acknowledged", "fixed", "verified"}));
}

// Scan now answers 202 with the scan running while nmap still runs: the stand-in nmap cannot
// finish before the test opens its gate, which it does only after the answer. While it runs, the
// only place (max_concurrent_scans 1) is taken and another scan answers 503 vulns.scan.busy; once
// the gate opens the scan ends recorded as done with what the report saw.
TEST_P(VulnsApi, R5_2_3_ScanNowAnswersBeforeNmapFinishesAndTheScanEndsRecorded) {
  if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) GTEST_SKIP();
  std::string tmpl = (std::filesystem::temp_directory_path() / "colo-fake-nmap-XXXXXX").string();
  ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
  const std::filesystem::path dir = tmpl;
  const auto script = dir / "nmap";
  {
    std::ofstream out(script);
    out << "#!/bin/sh\n"
           "out=''\n"
           "while [ $# -gt 0 ]; do [ \"$1\" = -oX ] && out=\"$2\"; shift; done\n"
           "touch '"
        << (dir / "started").string()
        << "'\n"
           "while [ ! -e '"
        << (dir / "gate").string()
        << "' ]; do sleep 0.05; done\n"
           "cat > \"$out\" <<'EOF'\n"
           "<?xml version=\"1.0\"?>\n"
           "<nmaprun scanner=\"nmap\"><scaninfo type=\"connect\" protocol=\"tcp\" numservices=\"1\" "
           "services=\"2222\"/>\n"
           "<host><status state=\"up\"/><address addr=\"127.0.0.1\" addrtype=\"ipv4\"/><ports>\n"
           "<port protocol=\"tcp\" portid=\"2222\"><state state=\"open\"/><service name=\"ssh\"/></port>\n"
           "</ports></host></nmaprun>\n"
           "EOF\n";
  }
  std::filesystem::permissions(script, std::filesystem::perms::owner_all);
  auto server =
      ServerProcess::start({.backend = GetParam(),
                            .env = {{"COLO_VULNS_NMAP", script.string()}, {"COLO_VULNS_MAX_CONCURRENT_SCANS", "1"}},
                            .demo = true});
  auto admin = login(*server, "admin");
  const auto acme = login(*server, "acme.admin").get("/api/v1/auth/me").json().at("user").at("customer_id").as_int64();
  auto p = admin.send_json("POST", "/api/v1/ipam/prefixes",
                           json::object{{"prefix", "127.0.0.0/24"}, {"customer", acme}, {"description", "vulns"}});
  ASSERT_EQ(p.status, 201) << p.body;
  auto portal = login(*server, "acme.admin");
  auto consent = portal.send_json("POST", "/api/v1/vulns/consents",
                                  json::object{{"granted_by", "王经理"},
                                               {"granted_on", day(0)},
                                               {"scope", json::array{"127.0.0.1"}},
                                               {"valid_from", day(0)},
                                               {"valid_until", day(30)}});
  ASSERT_EQ(consent.status, 201) << consent.body;

  auto security = login(*server, "security");
  const json::object body{{"customer_id", acme}, {"targets", json::array{"127.0.0.1"}}, {"ports", "2222"}};
  auto started = security.send_json("POST", "/api/v1/vulns/scans", body);
  ASSERT_EQ(started.status, 202) << started.body;
  EXPECT_FALSE(std::filesystem::exists(dir / "gate"));
  const auto answer = started.json().at("scan");
  EXPECT_EQ(answer.at("status").as_string(), "running");
  EXPECT_TRUE(answer.at("finished_at").is_null());
  const auto id = answer.at("id").as_int64();
  auto now = security.get("/api/v1/vulns/scans/" + std::to_string(id));
  ASSERT_EQ(now.status, 200) << now.body;
  EXPECT_EQ(now.json().at("scan").at("status").as_string(), "running");
  EXPECT_EQ(count(security, "/api/v1/vulns/scans?status=running&customer=" + std::to_string(acme)), 1);

  auto busy = security.send_json("POST", "/api/v1/vulns/scans", body);
  EXPECT_EQ(busy.status, 503) << busy.body;
  EXPECT_EQ(code_of(busy), "vulns.scan.busy");
  EXPECT_EQ(count(security, "/api/v1/vulns/scans?customer=" + std::to_string(acme)), 1);

  std::ofstream(dir / "gate").put('\n');
  const auto done = ended(security, id);
  EXPECT_EQ(done.at("scan").at("status").as_string(), "done") << json::serialize(done);
  EXPECT_FALSE(done.at("scan").at("finished_at").is_null());
  EXPECT_EQ(done.at("scan").at("hosts_up").as_int64(), 1);
  ASSERT_EQ(done.at("ports").as_array().size(), 1u);
  EXPECT_EQ(done.at("ports").at(0).at("port").as_int64(), 2222);
  EXPECT_TRUE(std::filesystem::exists(dir / "started"));
  // Its place is free again.
  auto next = security.send_json("POST", "/api/v1/vulns/scans", body);
  ASSERT_EQ(next.status, 202) << next.body;
  EXPECT_EQ(ended(security, next.json().at("scan").at("id").as_int64()).at("scan").at("status").as_string(), "done");
  server.reset();
  std::filesystem::remove_all(dir);
}

COLO_INSTANTIATE_API_TEST(VulnsApi);

}  // namespace
}  // namespace colo::testing
