// Vulnerability management on both engines (R5.2.3): a scan target must be the customer's own and
// covered by a consent in force; a real nmap scan of the test's own listening sockets on loopback
// finds the undeclared open port, a rescan verifies it fixed when closed and reopens it when it is
// open again; imported nmap and OpenVAS reports give findings with severity and deadline, once per
// host, port and plugin; steps and tenancy; assessments close only when their items are closed;
// scheduled scans and the R5.2.3 measure.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "auth/permissions.hpp"
#include "core/business_calendar.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "vulns/service.hpp"
#include "vulns/store.hpp"

namespace colo::vulns {
namespace {

Context as(const std::string& role, std::optional<std::int64_t> customer = std::nullopt) {
  auto p = std::make_shared<Principal>();
  p->user_id = customer ? 100 + *customer : 1;
  p->username = role + (customer ? std::to_string(*customer) : "");
  p->roles = {role};
  p->permissions = auth::permissions_for(p->roles);
  p->customer_id = customer;
  return Context{p, "req", "test"};
}

// A listening TCP socket on 127.0.0.1 (an ephemeral port unless given), closed with the object.
class Listener {
 public:
  explicit Listener(int port = 0) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<std::uint16_t>(port));
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

const std::string kNmapReport = R"(<?xml version="1.0"?>
<nmaprun scanner="nmap"><scaninfo type="connect" protocol="tcp" numservices="3" services="22,80,8080"/>
<host><status state="up"/><address addr="192.0.2.10" addrtype="ipv4"/><ports>
<port protocol="tcp" portid="22"><state state="open"/><service name="ssh" product="OpenSSH" version="9.2p1"/></port>
<port protocol="tcp" portid="8080"><state state="open"/><service name="http-proxy"/></port>
</ports></host></nmaprun>)";

std::string openvas(bool with_ssh) {
  std::string r = R"(<report id="r"><report id="r"><results>)";
  if (with_ssh)
    r += R"(<result id="1"><name>OpenSSH Multiple Vulnerabilities</name><host>192.0.2.10</host><port>22/tcp</port>
<nvt oid="1.3.6.1.4.1.25623.1.0.150001"><name>OpenSSH Multiple Vulnerabilities</name><cvss_base>9.8</cvss_base></nvt>
<severity>9.8</severity><description>Installed 8.2p1</description></result>)";
  r += R"(<result id="2"><name>Weak ciphers</name><host>192.0.2.10</host><port>443/tcp</port>
<nvt oid="1.3.6.1.4.1.25623.1.0.103440"><name>SSL/TLS: Report Weak Cipher Suites</name><cvss_base>5.0</cvss_base></nvt>
<severity>5.0</severity><description>RC4</description></result>
</results><host><ip>192.0.2.10</ip></host></report></report>)";
  return r;
}

class VulnsTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    Ports ports;
    ports.customer = [](std::int64_t id) -> Result<std::optional<std::string>> {
      if (id == 1) return std::optional<std::string>("Acme");
      if (id == 2) return std::optional<std::string>("Beta");
      return std::optional<std::string>{};
    };
    // Customer 1 holds loopback and 192.0.2.0/24 in IPAM; customer 2 holds 198.51.100.0/24.
    ports.owns = [](std::int64_t customer, const std::string& cidr) -> Result<bool> {
      if (customer == 1) return covered_by(cidr, {"127.0.0.0/24", "192.0.2.0/24"});
      if (customer == 2) return covered_by(cidr, {"198.51.100.0/24"});
      return false;
    };
    Options o;
    o.scanner.timeout_s = 120;
    svc_ = std::make_unique<Service>(db(), clock_, ports, o);
  }

  Consent consent(std::int64_t customer, std::vector<std::string> scope, std::string from = "2026-11-01",
                  std::string until = "2027-10-31") {
    ConsentInput in;
    in.customer_id = customer;
    in.granted_by = "王经理";
    in.granted_on = from;
    in.scope = std::move(scope);
    in.valid_from = from;
    in.valid_until = until;
    in.source = "signed";
    in.document = "授权书-2026-017.pdf";
    auto c = svc_->record_consent(as("security"), in);
    EXPECT_TRUE(c.ok()) << c.error().code;
    return c.ok() ? c.value() : Consent{};
  }
  std::int64_t scans() {
    ScanFilter f;
    return svc_->scans(as("security"), f).take().first;
  }
  std::vector<Finding> findings(std::optional<std::string> status = std::nullopt) {
    FindingFilter f;
    f.status = status;
    f.limit = 100;
    return svc_->findings(as("security"), f).take().second;
  }
  static std::string code(const Error& e) { return e.fields.empty() ? e.code : e.fields[0].code; }

  ManualClock clock_{*parse_instant("2026-11-26T02:00:00Z")};  // 2026-11-26 in Shanghai
  std::unique_ptr<Service> svc_;
};

TEST_P(VulnsTest, R5_2_3_ATargetMustBeTheCustomersOwnAndCoveredByAConsentInForce) {
  auto security = as("security");
  ScanInput in{1, {"127.0.0.1"}, "top", std::string("22")};
  // No consent yet.
  auto r = svc_->run_scan(security, in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "vulns.target.no_consent");
  EXPECT_EQ(r.error().kind, ErrorKind::unprocessable);

  // A consent cannot name what is not the customer's.
  ConsentInput foreign{1, "王经理", "2026-11-01", {"198.51.100.0/24"}, "2026-11-01", "2027-10-31", "signed", "x.pdf"};
  auto fc = svc_->record_consent(security, foreign);
  ASSERT_FALSE(fc.ok());
  EXPECT_EQ(fc.error().code, "vulns.target.not_customers");

  consent(1, {"127.0.0.0/24"});
  consent(1, {"192.0.2.0/24"}, "2026-01-01", "2026-06-30");  // expired
  // Another customer's address, an address outside every prefix, and the expired consent's.
  for (auto [target, want] :
       {std::pair{"198.51.100.7", "vulns.target.not_customers"}, std::pair{"10.20.30.40", "vulns.target.not_customers"},
        std::pair{"192.0.2.10", "vulns.target.no_consent"}, std::pair{"127.0.0.0/23", "vulns.target.not_customers"},
        std::pair{"127.0.0.0/16", "vulns.target.too_large"},
        std::pair{"127.0.0.1; reboot", "vulns.target.malformed"}}) {
    auto x = svc_->run_scan(security, {1, {target}, "top", std::string("22")});
    ASSERT_FALSE(x.ok()) << target;
    EXPECT_EQ(code(x.error()), want) << target;
  }
  auto bad_ports = svc_->run_scan(security, {1, {"127.0.0.1"}, "top", std::string("22 -iL /etc/passwd")});
  ASSERT_FALSE(bad_ports.ok());
  EXPECT_EQ(code(bad_ports.error()), "vulns.ports.malformed");
  // Customers do not run scans.
  auto by_customer = svc_->run_scan(as("customer_admin", 1), in);
  ASSERT_FALSE(by_customer.ok());
  EXPECT_EQ(by_customer.error().kind, ErrorKind::forbidden);
  EXPECT_EQ(scans(), 0);  // nothing ran, nothing recorded

  // A revoked consent no longer covers the target.
  auto second = consent(1, {"192.0.2.0/28"});
  ASSERT_TRUE(svc_->revoke_consent(security, second.id).ok());
  auto after = svc_->run_scan(security, {1, {"192.0.2.1"}, "top", std::string("22")});
  ASSERT_FALSE(after.ok());
  EXPECT_EQ(after.error().code, "vulns.target.no_consent");
  auto again = svc_->revoke_consent(security, second.id);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, "vulns.consent.revoked");
}

TEST_P(VulnsTest, R5_2_3_ARealNmapScanOfLoopbackFindsTheUndeclaredPortAndRescansVerifyAndReopenIt) {
  auto security = as("security");
  consent(1, {"127.0.0.1"});
  Listener service, stray;
  ASSERT_TRUE(service.ok() && stray.ok());
  AllowedPort declared;
  declared.customer_id = 1;
  declared.port = service.port();
  declared.note = "web";
  ASSERT_TRUE(svc_->allow(as("customer_admin", 1), declared).ok());
  const std::string ports = std::to_string(service.port()) + "," + std::to_string(stray.port());

  auto first = svc_->run_scan(security, {1, {"127.0.0.1"}, "top", ports});
  ASSERT_TRUE(first.ok()) << first.error().code << " " << first.error().message;
  EXPECT_EQ(first.value().scan.status, "done") << first.value().scan.error.value_or("");
  EXPECT_EQ(first.value().scan.open_ports, 2);
  EXPECT_EQ(first.value().scan.findings_new, 1);
  auto open = findings();
  ASSERT_EQ(open.size(), 1u);  // the declared port is not a finding
  EXPECT_EQ(open[0].host, "127.0.0.1");
  EXPECT_EQ(open[0].port, stray.port());
  EXPECT_EQ(open[0].plugin, "open-port");
  EXPECT_EQ(open[0].severity, "medium");
  EXPECT_EQ(open[0].due_on, "2027-02-24");  // 90 days for medium
  EXPECT_EQ(open[0].status, "open");

  // The customer claims it fixed and closes the port: the rescan verifies it.
  ASSERT_TRUE(svc_->step(as("customer_admin", 1), open[0].id, "fix", "关闭了测试端口").ok());
  const int stray_port = stray.port();
  stray.close();
  auto second = svc_->run_scan(security, {1, {"127.0.0.1"}, "top", ports});
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(second.value().scan.findings_closed, 1);
  EXPECT_EQ(second.value().scan.findings_new, 0);
  EXPECT_EQ(findings("verified").size(), 1u);

  // Open again: the next scan sees it and reopens the same finding (not a new one).
  Listener back(stray_port);
  ASSERT_TRUE(back.ok());
  auto third = svc_->run_scan(security, {1, {"127.0.0.1"}, "top", ports});
  ASSERT_TRUE(third.ok()) << third.error().message;
  EXPECT_EQ(third.value().scan.findings_reopened, 1);
  EXPECT_EQ(third.value().scan.findings_new, 0);
  auto reopened = svc_->finding(security, open[0].id).take();
  EXPECT_EQ(reopened.finding.status, "open");
  std::vector<std::string> actions;
  for (const auto& e : reopened.history) actions.push_back(e.action);
  EXPECT_EQ(actions, (std::vector<std::string>{"found", "fixed", "verified", "reopened"}));

  // A scan of other ports does not judge this one.
  auto other = svc_->run_scan(security, {1, {"127.0.0.1"}, "top", std::to_string(service.port())});
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other.value().scan.findings_closed, 0);
  EXPECT_EQ(svc_->finding(security, open[0].id).take().finding.status, "open");
}

TEST_P(VulnsTest, R5_2_3_ImportedReportsGiveFindingsOncePerHostPortAndPluginWithTheirDeadlines) {
  auto security = as("security");
  AllowedPort ssh;
  ssh.customer_id = 1;
  ssh.port = 22;
  ASSERT_TRUE(svc_->allow(security, ssh).ok());
  auto n = svc_->import_report(security, 1, "nmap_import", kNmapReport);
  ASSERT_TRUE(n.ok()) << n.error().code;
  EXPECT_EQ(n.value().scan.findings_new, 1);  // 8080; 22 is declared
  EXPECT_EQ(n.value().ports.size(), 2u);

  auto o = svc_->import_report(security, 1, "openvas_import", openvas(true));
  ASSERT_TRUE(o.ok()) << o.error().code;
  EXPECT_EQ(o.value().scan.findings_new, 2);
  auto all = findings();
  ASSERT_EQ(all.size(), 3u);
  const Finding* critical = nullptr;
  for (const auto& f : all)
    if (f.severity == "critical") critical = &f;
  ASSERT_NE(critical, nullptr);
  EXPECT_EQ(critical->cvss_tenths, 98);
  EXPECT_EQ(critical->due_on, "2026-12-03");  // 7 days
  EXPECT_EQ(critical->port, 22);

  // The same report again: nothing new.
  auto again = svc_->import_report(security, 1, "openvas_import", openvas(true));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value().scan.findings_new, 0);
  EXPECT_EQ(findings().size(), 3u);

  // A report of another customer's host is refused whole.
  std::string foreign = kNmapReport;
  foreign.replace(foreign.find("192.0.2.10"), 10, "198.51.100.9");
  auto f = svc_->import_report(security, 1, "nmap_import", foreign);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().code, "vulns.target.not_customers");
  auto junk = svc_->import_report(security, 1, "openvas_import", "<html>");
  ASSERT_FALSE(junk.ok());
  EXPECT_EQ(junk.error().code, "vulns.report.malformed");
  EXPECT_EQ(scans(), 3);

  // The rescan without the OpenSSH result verifies it; the R5.2.3 measure counts it fixed in time.
  auto fixed = svc_->import_report(security, 1, "openvas_import", openvas(false));
  ASSERT_TRUE(fixed.ok());
  EXPECT_EQ(fixed.value().scan.findings_closed, 1);
  EXPECT_EQ(svc_->finding(security, critical->id).take().finding.status, "verified");
  clock_.set(*parse_instant("2027-06-01T02:00:00Z"));
  auto m = svc_->r5_2_3(*parse_date("2026-11-01"), *parse_date("2027-06-01")).take();
  // Due in the period: the critical one (verified in time), the weak ciphers (medium, due
  // 2027-02-24, open) and the open port (medium, open).
  EXPECT_EQ(m.total, 3);
  EXPECT_EQ(m.met, 1);
  EXPECT_EQ(m.failing.size(), 2u);
}

TEST_P(VulnsTest, R5_2_3_CustomersAcknowledgeAndClaimTheirOwnFindingsAndOnlySecurityAcceptsTheRisk) {
  auto security = as("security");
  ASSERT_TRUE(svc_->import_report(security, 1, "openvas_import", openvas(true)).ok());
  auto id = findings()[0].id;
  auto beta = as("customer_admin", 2);
  auto foreign = svc_->step(beta, id, "acknowledge", "");
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().kind, ErrorKind::not_found);
  FindingFilter ff;
  EXPECT_EQ(svc_->findings(beta, ff).take().first, 0);
  EXPECT_EQ(svc_->findings(as("customer_user", 1), ff).take().first, 2);

  auto acme = as("customer_user", 1);
  auto ack = svc_->step(acme, id, "acknowledge", "");
  ASSERT_TRUE(ack.ok());
  EXPECT_EQ(ack.value().finding.status, "acknowledged");
  EXPECT_EQ(ack.value().finding.acknowledged_by, "customer_user1");
  EXPECT_EQ(ack.value().actions, (std::vector<std::string>{"fix"}));
  auto twice = svc_->step(acme, id, "acknowledge", "");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "vulns.finding.step");

  auto accept_by_customer = svc_->step(acme, id, "accept", "业务需要");
  ASSERT_FALSE(accept_by_customer.ok());
  EXPECT_EQ(accept_by_customer.error().kind, ErrorKind::forbidden);
  auto no_reason = svc_->step(security, id, "accept", "");
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(code(no_reason.error()), "vulns.finding.reason");
  ASSERT_TRUE(svc_->assign(security, id, "客户运维 李工").ok());
  auto accepted = svc_->step(security, id, "accept", "内网隔离，风险可控");
  ASSERT_TRUE(accepted.ok());
  EXPECT_EQ(accepted.value().finding.status, "accepted");
  EXPECT_EQ(accepted.value().finding.risk_approved_by, "security");
  EXPECT_EQ(accepted.value().finding.owner, "客户运维 李工");
  EXPECT_EQ(accepted.value().history.size(), 4u);  // found, acknowledged, assigned, accepted

  // Overdue: past its deadline and not closed.
  clock_.set(*parse_instant("2027-03-01T02:00:00Z"));
  FindingFilter overdue;
  overdue.overdue = true;
  auto late = svc_->findings(security, overdue).take();
  ASSERT_EQ(late.first, 1);
  EXPECT_TRUE(late.second[0].overdue);
  EXPECT_NE(late.second[0].id, id);
}

TEST_P(VulnsTest, R5_2_3_AnAssessmentClosesOnlyWhenEveryItemIsClosed) {
  auto security = as("security");
  AssessmentInput in{std::nullopt, "2026 年度等保自查", "机房网络与管理系统", "2026-11-20", "安全部 赵工", ""};
  auto a = svc_->create_assessment(security, in);
  ASSERT_TRUE(a.ok()) << a.error().code;
  EXPECT_EQ(a.value().assessment.number.rfind("SA-2026-", 0), 0u);
  auto id = a.value().assessment.id;
  auto with_item = svc_->add_item(security, id, {"action", "关闭管理口公网访问", "high", "网络组", "2026-11-25"});
  ASSERT_TRUE(with_item.ok());
  EXPECT_TRUE(with_item.value().items[0].overdue);
  EXPECT_EQ(with_item.value().assessment.overdue_items, 1);
  auto early = svc_->close_assessment(security, id, "");
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, "vulns.assessment.open_items");
  auto item = with_item.value().items[0].id;
  ASSERT_TRUE(svc_->close_item(security, id, item, "已改为堡垒机访问").ok());
  auto done = svc_->close_item(security, id, item, "again");
  ASSERT_FALSE(done.ok());
  EXPECT_EQ(done.error().code, "vulns.assessment.item_done");
  auto closed = svc_->close_assessment(security, id, "全部整改完成");
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ(closed.value().assessment.status, "closed");
  // The operator's own assessment is not a customer's to see.
  auto seen = svc_->assessment(as("customer_admin", 1), id);
  ASSERT_FALSE(seen.ok());
  EXPECT_EQ(seen.error().kind, ErrorKind::not_found);
}

TEST_P(VulnsTest, R5_2_3_ScheduledScansRunWhenDueAndALapsedConsentIsRecordedAsAFailedRun) {
  auto security = as("security");
  consent(1, {"127.0.0.1"}, "2026-11-01", "2026-12-01");
  Listener l;
  ASSERT_TRUE(l.ok());
  ScheduleInput in;
  in.customer_id = 1;
  in.targets = {"127.0.0.1"};
  in.ports = std::to_string(l.port());
  in.interval_days = 7;
  auto s = svc_->create_schedule(security, in);
  ASSERT_TRUE(s.ok()) << s.error().code;
  EXPECT_EQ(s.value().next_run_on, "2026-11-26");
  EXPECT_EQ(svc_->run_due(*parse_date("2026-11-26")).take(), 1);
  EXPECT_EQ(svc_->run_due(*parse_date("2026-11-26")).take(), 0);  // next run is a week later
  ScanFilter f;
  f.schedule = s.value().id;
  auto runs = svc_->scans(security, f).take();
  ASSERT_EQ(runs.first, 1);
  EXPECT_EQ(runs.second[0].status, "done");
  EXPECT_EQ(runs.second[0].findings_new, 1);

  // A week after the consent ends the run is refused and recorded as failed.
  clock_.set(*parse_instant("2026-12-03T02:00:00Z"));
  EXPECT_EQ(svc_->run_due(*parse_date("2026-12-03")).take(), 1);
  f.status = "failed";
  auto failed = svc_->scans(security, f).take();
  ASSERT_EQ(failed.first, 1);
  EXPECT_NE(failed.second[0].error.value_or("").find("vulns.target.no_consent"), std::string::npos);
  // Both runs came on time: the schedule is kept over those days.
  auto m = svc_->r5_2_3(*parse_date("2026-11-26"), *parse_date("2026-12-03")).take();
  EXPECT_EQ(m.total, 1);
  EXPECT_EQ(m.met, 1);
}

// The clause's days are business days: a schedule made at 01:00 on 27 November in Shanghai (17:00
// UTC on the 26th) did not exist on the 26th, so the period before the 27th does not judge it.
TEST_P(VulnsTest, R5_2_3_ScheduleDaysAreTheBusinessCalendars) {
  clock_.set_calendar(std::make_shared<BusinessCalendar>(BusinessCalendar::in_zone("Asia/Shanghai").take()));
  clock_.set(*parse_instant("2026-11-26T17:00:00Z"));
  consent(1, {"127.0.0.1"}, "2026-11-01", "2026-12-31");
  ScheduleInput in;
  in.customer_id = 1;
  in.targets = {"127.0.0.1"};
  in.interval_days = 7;
  auto s = svc_->create_schedule(as("security"), in);
  ASSERT_TRUE(s.ok()) << s.error().code;
  auto m = svc_->r5_2_3(*parse_date("2026-11-27"), *parse_date("2026-12-03")).take();
  EXPECT_EQ(m.total, 1);
  EXPECT_EQ(m.previous_total, 0);
}

TEST_P(VulnsTest, R5_2_3_OfCustomersAcknowledgingOneFindingAtOnceOneWinsAndTheOthersGetAConflict) {
  ASSERT_TRUE(svc_->import_report(as("security"), 1, "openvas_import", openvas(false)).ok());
  const auto id = findings()[0].id;
  std::atomic<int> won{0}, conflicts{0}, other{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i)
    threads.emplace_back([&] {
      auto r = svc_->step(as("customer_user", 1), id, "acknowledge", "");
      if (r.ok())
        ++won;
      else if (r.error().code == "vulns.finding.step")
        ++conflicts;
      else
        ++other;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(won.load(), 1);
  EXPECT_EQ(conflicts.load(), 7);
  EXPECT_EQ(other.load(), 0);
  // One acknowledgement in the history, not several.
  auto d = svc_->finding(as("security"), id).take();
  EXPECT_EQ(std::count_if(d.history.begin(), d.history.end(), [](const auto& e) { return e.action == "acknowledged"; }),
            1);
}

// A scan recorded as running whose server stopped mid-scan is recorded as failed by the next
// scheduled pass once it is past the scanner's timeout; a younger one may be another server's
// scan in progress and stays running.
TEST_P(VulnsTest, R5_2_3_AScanLeftRunningByAStoppedServerIsRecordedAsInterrupted) {
  auto running = [&](const std::string& number, const std::string& started_at) {
    Scan s;
    s.number = number;
    s.customer_id = 1;
    s.kind = "nmap";
    s.targets = {"127.0.0.1"};
    s.profile = "top";
    s.status = "running";
    s.created_by = "security";
    s.started_at = started_at;
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto id = store::insert_scan(tx, s).take();
    EXPECT_TRUE(tx.commit().ok());
    return id;
  };
  // The clock reads 02:00Z; the scanner's timeout is 120 s here, the margin five minutes.
  const auto stale = running("SCN-T-1", "2026-11-26T01:30:00Z");
  const auto young = running("SCN-T-2", "2026-11-26T01:58:00Z");
  EXPECT_EQ(svc_->run_due(*parse_date("2026-11-26")).take(), 0);
  auto s = svc_->scan(as("security"), stale).take();
  EXPECT_EQ(s.scan.status, "failed");
  EXPECT_NE(s.scan.error.value_or("").find("vulns.scan.interrupted"), std::string::npos);
  EXPECT_FALSE(s.scan.finished_at.empty());
  EXPECT_EQ(svc_->scan(as("security"), young).take().scan.status, "running");
  // Recorded once: the next pass finds nothing more to do.
  EXPECT_EQ(svc_->run_due(*parse_date("2026-11-26")).take(), 0);
  ScanFilter f;
  f.status = "failed";
  EXPECT_EQ(svc_->scans(as("security"), f).take().first, 1);
}

COLO_INSTANTIATE_ENGINE_TEST(VulnsTest);

}  // namespace
}  // namespace colo::vulns
