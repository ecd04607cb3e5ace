#include "app/config.hpp"

#include "app/app.hpp"
#include "monitoring/rules.hpp"
#include "tsdb/precision.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace colo::app {
namespace {

TEST(ConfigTest, DefaultsServeSqliteOnLoopback) {
  auto c = load_config("", {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->listen, "127.0.0.1:8080");
  EXPECT_EQ(c->db, "sqlite://var/colo.db");
}

TEST(ConfigTest, MonitoringStoreSettingsComeFromTheFileAndEnvironment) {
  auto d = load_config("", {});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->monitoring_retention_raw_days, 35);
  EXPECT_EQ(d->monitoring_remote_write_url, "");
  std::string path = ::testing::TempDir() + "/colo-config-monitoring.toml";
  {
    std::ofstream f(path);
    f << "[monitoring]\nretention_raw_days = 90\nremote_write_url = \"http://vm:8428/api/v1/write\"\n";
  }
  auto c = load_config(path, {{"COLO_MONITORING_PROMQL_URL", "http://vm:8428"}});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->monitoring_retention_raw_days, 90);
  EXPECT_EQ(c->monitoring_remote_write_url, "http://vm:8428/api/v1/write");
  EXPECT_EQ(c->monitoring_promql_url, "http://vm:8428");
  EXPECT_FALSE(load_config("", {{"COLO_MONITORING_RETENTION_RAW_DAYS", "0"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_MONITORING_REMOTE_WRITE_URL", "vm:8428"}}).ok());
  std::remove(path.c_str());
}

// Rates keep 11 significant bits unless told otherwise; 0 and 64 keep every bit, more is refused.
TEST(ConfigTest, RatePrecisionBitsComeFromTheEnvironmentWithinZeroToSixtyFour) {
  EXPECT_EQ(load_config("", {}).take().monitoring_rate_precision_bits, 11);
  EXPECT_EQ(tsdb::kDefaultRatePrecisionBits, 11);  // the figure the storage bench and README state
  EXPECT_EQ(load_config("", {{"COLO_MONITORING_RATE_PRECISION_BITS", "64"}}).take().monitoring_rate_precision_bits, 64);
  EXPECT_EQ(load_config("", {{"COLO_MONITORING_RATE_PRECISION_BITS", "0"}}).take().monitoring_rate_precision_bits, 0);
  EXPECT_FALSE(load_config("", {{"COLO_MONITORING_RATE_PRECISION_BITS", "65"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_MONITORING_RATE_PRECISION_BITS", "-1"}}).ok());
}

// Utilisation is measured against the speed unless the commit is asked for; nothing else is taken.
TEST(ConfigTest, UtilisationBaseIsSpeedOrCommit) {
  auto d = load_config("", {}).take();
  EXPECT_EQ(d.monitoring_rule_utilisation_base, "speed");
  EXPECT_FALSE(rule_defaults(d).utilisation_of_commit);
  auto c = load_config("", {{"COLO_MONITORING_RULE_UTILISATION_BASE", "commit"}}).take();
  EXPECT_TRUE(rule_defaults(c).utilisation_of_commit);
  EXPECT_FALSE(load_config("", {{"COLO_MONITORING_RULE_UTILISATION_BASE", "contract"}}).ok());
}

// HTTPS needs both files; audit entries are kept at least six months; two-factor roles and the
// backup repository come from the file or the environment.
TEST(ConfigTest, SecuritySettingsComeFromTheFileAndEnvironmentWithTheirFloors) {
  auto d = load_config("", {});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->audit_retention_days, 183);
  EXPECT_TRUE(d->tls_cert.empty());
  EXPECT_TRUE(d->totp_required_roles.empty());
  std::string path = ::testing::TempDir() + "/colo-config-security.toml";
  {
    std::ofstream f(path);
    f << "[server]\ntls_cert = \"c.pem\"\ntls_key = \"k.pem\"\n[security]\ntotp_required_roles = [\"admin\", "
         "\"finance\"]\n[backup]\nrepository = \"/srv/restic\"\npassword_file = \"/etc/colo/restic\"\n[audit]\n"
         "retention_days = 400\n";
  }
  auto c = load_config(path, {});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->tls_cert, "c.pem");
  EXPECT_EQ(c->tls_key, "k.pem");
  EXPECT_EQ(c->totp_required_roles, (std::vector<std::string>{"admin", "finance"}));
  EXPECT_EQ(c->backup_repository, "/srv/restic");
  EXPECT_EQ(c->backup_password_file, "/etc/colo/restic");
  EXPECT_EQ(c->audit_retention_days, 400);
  auto e = load_config(path, {{"COLO_TOTP_REQUIRED_ROLES", "security"}, {"COLO_AUDIT_RETENTION_DAYS", "200"}});
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->totp_required_roles, (std::vector<std::string>{"security"}));
  EXPECT_EQ(e->audit_retention_days, 200);
  auto short_retention = load_config("", {{"COLO_AUDIT_RETENTION_DAYS", "182"}});
  ASSERT_FALSE(short_retention.ok());
  EXPECT_NE(short_retention.error().message.find("six months"), std::string::npos);
  auto half_tls = load_config("", {{"COLO_TLS_KEY", "k.pem"}});
  ASSERT_FALSE(half_tls.ok());
  EXPECT_NE(half_tls.error().message.find("tls_cert and tls_key must be set together"), std::string::npos);
}

TEST(ConfigTest, FacilityEntryLogIsKeptAtLeastAYear) {
  auto d = load_config("", {});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->facility_entry_log_days, 400);
  std::string path = ::testing::TempDir() + "/colo-config-facility.toml";
  {
    std::ofstream f(path);
    f << "[facility]\nentry_log_days = 730\n";
  }
  auto c = load_config(path, {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->facility_entry_log_days, 730);
  auto e = load_config(path, {{"COLO_FACILITY_ENTRY_LOG_DAYS", "365"}});
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->facility_entry_log_days, 365);
  auto short_log = load_config("", {{"COLO_FACILITY_ENTRY_LOG_DAYS", "364"}});
  ASSERT_FALSE(short_log.ok());
  EXPECT_NE(short_log.error().message.find("entry_log_days"), std::string::npos);
  std::remove(path.c_str());
}

TEST(ConfigTest, MaintenanceWorkOrdersAreGeneratedUpToAYearAhead) {
  auto d = load_config("", {});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->facility_maintenance_horizon_days, 30);
  auto e = load_config("", {{"COLO_FACILITY_MAINTENANCE_HORIZON_DAYS", "90"}});
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->facility_maintenance_horizon_days, 90);
  for (const char* bad : {"367", "1000"}) {
    auto r = load_config("", {{"COLO_FACILITY_MAINTENANCE_HORIZON_DAYS", bad}});
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.error().message.find("maintenance_horizon_days"), std::string::npos) << r.error().message;
  }
}

TEST(ConfigTest, FacilityChangeNoticeHoursFromFileAndEnvironmentWithinRange) {
  auto d = load_config("", {});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->facility_change_notice_hours, 72);
  std::string path = ::testing::TempDir() + "/colo-config-changes.toml";
  {
    std::ofstream f(path);
    f << "[facility]\nchange_notice_hours = 48\n";
  }
  auto c = load_config(path, {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->facility_change_notice_hours, 48);
  auto e = load_config(path, {{"COLO_FACILITY_CHANGE_NOTICE_HOURS", "0"}});
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->facility_change_notice_hours, 0);
  EXPECT_FALSE(load_config("", {{"COLO_FACILITY_CHANGE_NOTICE_HOURS", "-1"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_FACILITY_CHANGE_NOTICE_HOURS", "721"}}).ok());
  std::remove(path.c_str());
}

TEST(ConfigTest, RectificationDeadlinesBySeverityFromFileAndEnvironmentWithinRange) {
  auto d = load_config("", {});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->facility_finding_deadline_hours_critical, 4);
  EXPECT_EQ(d->facility_finding_deadline_hours_major, 24);
  EXPECT_EQ(d->facility_finding_deadline_hours_minor, 72);
  std::string path = ::testing::TempDir() + "/colo-config-findings.toml";
  {
    std::ofstream f(path);
    f << "[facility]\nfinding_deadline_hours_critical = 2\nfinding_deadline_hours_minor = 168\n";
  }
  auto c = load_config(path, {{"COLO_FACILITY_FINDING_DEADLINE_HOURS_MAJOR", "12"}});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->facility_finding_deadline_hours_critical, 2);
  EXPECT_EQ(c->facility_finding_deadline_hours_major, 12);
  EXPECT_EQ(c->facility_finding_deadline_hours_minor, 168);
  EXPECT_FALSE(load_config("", {{"COLO_FACILITY_FINDING_DEADLINE_HOURS_CRITICAL", "0"}}).ok());
  auto r = load_config("", {{"COLO_FACILITY_FINDING_DEADLINE_HOURS_MINOR", "2161"}});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("finding_deadline_hours_minor"), std::string::npos) << r.error().message;
  std::remove(path.c_str());
}

TEST(ConfigTest, EnvironmentOverridesTheFile) {
  std::string path = ::testing::TempDir() + "/colo-config-test.toml";
  {
    std::ofstream f(path);
    f << "[server]\nlisten = \"0.0.0.0:9000\"\nworkers = 8\n[database]\nurl = \"sqlite:///tmp/x.db\"\n";
  }
  auto c = load_config(path, {{"COLO_DB", "postgresql://u@h/db"}});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->listen, "0.0.0.0:9000");
  EXPECT_EQ(c->workers, 8);
  EXPECT_EQ(c->db, "postgresql://u@h/db");
  std::remove(path.c_str());
}

TEST(ConfigTest, CollectionsRemindAndProposeSuspensionOnConfiguredDays) {
  auto d = load_config("", {});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->reminder_days, (std::vector<int>{-3, 0, 7, 15}));
  EXPECT_EQ(d->suspend_after_days, 30);
  std::string path = ::testing::TempDir() + "/colo-config-collections.toml";
  {
    std::ofstream f(path);
    f << "[billing]\nreminder_days = [10, -5, 0, 10]\nsuspend_after_days = 45\n";
  }
  auto c = load_config(path, {});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->reminder_days, (std::vector<int>{-5, 0, 10})) << "sorted, each once";
  EXPECT_EQ(c->suspend_after_days, 45);
  auto e = load_config(path, {{"COLO_REMINDER_DAYS", "-7,1"}, {"COLO_SUSPEND_AFTER_DAYS", "60"}});
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->reminder_days, (std::vector<int>{-7, 1}));
  EXPECT_EQ(e->suspend_after_days, 60);
  EXPECT_FALSE(load_config("", {{"COLO_REMINDER_DAYS", "-3,soon"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_REMINDER_DAYS", "400"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_SUSPEND_AFTER_DAYS", "0"}}).ok());
  std::remove(path.c_str());
}

TEST(ConfigTest, TheLateFeeIsOutsideVatUnlessConfigured) {
  auto d = load_config("", {});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->late_fee_tax_rate_bp, 0);
  std::string path = ::testing::TempDir() + "/colo-config-late-fee.toml";
  {
    std::ofstream f(path);
    f << "[billing]\nlate_fee_tax_rate_bp = 600\n";
  }
  auto c = load_config(path, {});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->late_fee_tax_rate_bp, 600);
  auto e = load_config(path, {{"COLO_BILLING_LATE_FEE_TAX_RATE_BP", "0"}});
  ASSERT_TRUE(e.ok()) << e.error().message;
  EXPECT_EQ(e->late_fee_tax_rate_bp, 0);
  EXPECT_FALSE(load_config("", {{"COLO_BILLING_LATE_FEE_TAX_RATE_BP", "6%"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_BILLING_LATE_FEE_TAX_RATE_BP", "-1"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_BILLING_LATE_FEE_TAX_RATE_BP", "10001"}}).ok());
  std::remove(path.c_str());
}

TEST(ConfigTest, DatabaseWaitsAreBoundedByDefaultAndConfigurable) {
  auto d = load_config("", {});
  ASSERT_TRUE(d.ok());
  EXPECT_GT(d->db_busy_timeout_ms, 0);
  EXPECT_GT(d->db_statement_timeout_ms, 0);
  EXPECT_GT(d->db_lock_timeout_ms, 0);
  std::string path = ::testing::TempDir() + "/colo-config-waits.toml";
  {
    std::ofstream f(path);
    f << "[database]\nbusy_timeout_ms = 250\nstatement_timeout_ms = 9000\nlock_timeout_ms = 700\n";
  }
  auto c = load_config(path, {{"COLO_DB_LOCK_TIMEOUT_MS", "0"}});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->db_busy_timeout_ms, 250);
  EXPECT_EQ(c->db_statement_timeout_ms, 9000);
  EXPECT_EQ(c->db_lock_timeout_ms, 0);
  auto bad = load_config(path, {{"COLO_DB_STATEMENT_TIMEOUT_MS", "-1"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("COLO_DB_STATEMENT_TIMEOUT_MS"), std::string::npos);
  std::remove(path.c_str());
}

TEST(ConfigTest, BadValuesAreOneClearError) {
  auto c = load_config("", {{"COLO_WORKERS", "many"}});
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().message.find("COLO_WORKERS"), std::string::npos);
  auto d = load_config("", {{"COLO_LOG_LEVEL", "loud"}});
  EXPECT_FALSE(d.ok());
  std::string path = ::testing::TempDir() + "/colo-bad.toml";
  {
    std::ofstream f(path);
    f << "[server\nlisten=";
  }
  auto e = load_config(path, {});
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.error().message.find(path), std::string::npos);
  std::remove(path.c_str());
}

TEST(ConfigTest, TheBusinessTimeZoneDefaultsToShanghaiAndMustBeKnown) {
  EXPECT_EQ(load_config("", {})->time_zone, "Asia/Shanghai");
  EXPECT_EQ(load_config("", {{"COLO_TIME_ZONE", "Europe/Berlin"}})->time_zone, "Europe/Berlin");
  auto bad = load_config("", {{"COLO_TIME_ZONE", "Asia/Beijing"}});  // not an IANA zone
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("Asia/Beijing"), std::string::npos);
  std::string path = ::testing::TempDir() + "/colo-zone.toml";
  {
    std::ofstream f(path);
    f << "[business]\ntime_zone = \"America/Chicago\"\n[audit]\nkey = \"" << std::string(64, 'a')
      << "\"\ncheckpoint = \"/tmp/x.checkpoint\"\n";
  }
  auto c = load_config(path, {});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->time_zone, "America/Chicago");
  EXPECT_EQ(c->audit_key, std::string(64, 'a'));
  EXPECT_EQ(c->audit_checkpoint, "/tmp/x.checkpoint");
  std::remove(path.c_str());
}

TEST(ConfigTest, TrustedProxiesFromTheFileOrTheEnvironment) {
  EXPECT_TRUE(load_config("", {})->trusted_proxies.empty()) << "nothing is trusted by default";
  std::string path = ::testing::TempDir() + "/colo-proxies.toml";
  {
    std::ofstream f(path);
    f << "[server]\ntrusted_proxies = [\"10.0.0.0/8\", \"::1\"]\n";
  }
  auto file = load_config(path, {});
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->trusted_proxies, (std::vector<std::string>{"10.0.0.0/8", "::1"}));
  auto env = load_config(path, {{"COLO_TRUSTED_PROXIES", "127.0.0.1, 192.0.2.0/24"}});
  ASSERT_TRUE(env.ok());
  EXPECT_EQ(env->trusted_proxies, (std::vector<std::string>{"127.0.0.1", "192.0.2.0/24"}));
  std::remove(path.c_str());
  auto bad = load_config("", {{"COLO_TRUSTED_PROXIES", "10.0.0.0/8, proxy.local"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("proxy.local"), std::string::npos) << bad.error().message;
}

TEST(ConfigTest, ConnectionCapsComeFromTheFileOrTheEnvironment) {
  auto defaults = load_config("", {});
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->max_connections, 0);
  EXPECT_EQ(defaults->max_connections_per_address, 256);
  std::string path = ::testing::TempDir() + "/colo-caps.toml";
  {
    std::ofstream f(path);
    f << "[server]\nmax_connections = 5000\nmax_connections_per_address = 50\n";
  }
  auto c = load_config(path, {{"COLO_MAX_CONNECTIONS_PER_ADDRESS", "0"}});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->max_connections, 5000);
  EXPECT_EQ(c->max_connections_per_address, 0);
  std::remove(path.c_str());
  auto bad = load_config("", {{"COLO_MAX_CONNECTIONS", "-1"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("COLO_MAX_CONNECTIONS"), std::string::npos);
}

TEST(ConfigTest, SmtpAndDeliveryFromTheFileOrTheEnvironment) {
  auto defaults = load_config("", {});
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->smtp_host, "");  // not configured: e-mail waits
  EXPECT_EQ(defaults->smtp_port, 587);
  EXPECT_EQ(defaults->smtp_security, "starttls");
  EXPECT_EQ(defaults->delivery_poll_seconds, 5);
  EXPECT_EQ(defaults->delivery_max_attempts, 10);
  EXPECT_FALSE(defaults->webhook_allow_http);
  std::string path = ::testing::TempDir() + "/colo-smtp.toml";
  {
    std::ofstream f(path);
    f << "[server]\npublic_url = \"https://colo.example.cn\"\n"
         "[smtp]\nhost = \"smtp.example.cn\"\nport = 465\nsecurity = \"tls\"\nusername = \"colo\"\n"
         "from = \"noc@example.cn\"\nfrom_name = \"机房运维\"\n"
         "[delivery]\nmax_attempts = 3\nwebhook_allow_http = true\n";
  }
  auto c = load_config(path, {{"COLO_SMTP_PASSWORD", "s3cret"}, {"COLO_DELIVERY_POLL_SECONDS", "0"}});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->public_url, "https://colo.example.cn");
  EXPECT_EQ(c->smtp_host, "smtp.example.cn");
  EXPECT_EQ(c->smtp_port, 465);
  EXPECT_EQ(c->smtp_security, "tls");
  EXPECT_EQ(c->smtp_username, "colo");
  EXPECT_EQ(c->smtp_password, "s3cret");
  EXPECT_EQ(c->smtp_from, "noc@example.cn");
  EXPECT_EQ(c->smtp_from_name, "机房运维");
  EXPECT_EQ(c->delivery_max_attempts, 3);
  EXPECT_EQ(c->delivery_poll_seconds, 0);
  EXPECT_TRUE(c->webhook_allow_http);
  std::remove(path.c_str());
  for (auto [name, value] :
       {std::pair{"COLO_SMTP_SECURITY", "ssl"}, std::pair{"COLO_SMTP_PORT", "70000"},
        std::pair{"COLO_DELIVERY_MAX_ATTEMPTS", "0"}, std::pair{"COLO_WEBHOOK_ALLOW_HTTP", "maybe"}})
    EXPECT_FALSE(load_config("", {{name, value}}).ok()) << name << "=" << value;
}

TEST(ConfigTest, AddressGraceDaysDefaultFileAndEnvironment) {
  EXPECT_EQ(load_config("", {})->address_grace_days, 30);
  std::string path = ::testing::TempDir() + "/colo-grace.toml";
  {
    std::ofstream f(path);
    f << "[contracts]\naddress_grace_days = 7\n";
  }
  EXPECT_EQ(load_config(path, {})->address_grace_days, 7);
  EXPECT_EQ(load_config(path, {{"COLO_ADDRESS_GRACE_DAYS", "0"}})->address_grace_days, 0);
  EXPECT_FALSE(load_config("", {{"COLO_ADDRESS_GRACE_DAYS", "-1"}}).ok());
  std::remove(path.c_str());
}

TEST(ConfigTest, MonitoringDefaultsFileEnvironmentAndRanges) {
  auto d = load_config("", {});
  ASSERT_TRUE(d.ok());
  EXPECT_FALSE(d->monitoring_enabled);
  EXPECT_EQ(d->monitoring_ping_interval_s, 60);
  EXPECT_EQ(d->monitoring_snmp_interval_s, 300);
  EXPECT_EQ(d->monitoring_snmp_timeout_ms, 2000);
  EXPECT_EQ(d->monitoring_snmp_retries, 1);
  EXPECT_EQ(d->monitoring_fping, "fping");
  std::string path = ::testing::TempDir() + "/colo-monitoring.toml";
  {
    std::ofstream f(path);
    f << "[monitoring]\nenabled = true\nsnmp_interval_s = 60\nfping = \"/usr/sbin/fping\"\n";
  }
  auto c = load_config(path, {{"COLO_MONITORING_SNMP_RETRIES", "0"}, {"COLO_MONITORING_MAX_IN_FLIGHT", "64"}});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_TRUE(c->monitoring_enabled);
  EXPECT_EQ(c->monitoring_snmp_interval_s, 60);
  EXPECT_EQ(c->monitoring_fping, "/usr/sbin/fping");
  EXPECT_EQ(c->monitoring_snmp_retries, 0);
  EXPECT_EQ(c->monitoring_max_in_flight, 64);
  std::remove(path.c_str());
  auto bad = load_config("", {{"COLO_MONITORING_PING_INTERVAL_S", "5"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("ping_interval_s"), std::string::npos);
  EXPECT_FALSE(load_config("", {{"COLO_MONITORING_SNMP_RETRIES", "9"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_MONITORING_ENABLED", "perhaps"}}).ok());
}

TEST(ConfigTest, BillingDaysAndSellerFromDefaultFileAndEnvironment) {
  auto d = load_config("", {}).take();
  EXPECT_EQ(d.billing_lead_days, 7);
  EXPECT_EQ(d.billing_payment_days, 15);
  EXPECT_EQ(d.seller_name, "");
  std::string path = ::testing::TempDir() + "/colo-billing.toml";
  {
    std::ofstream f(path);
    f << "[billing]\nlead_days = 10\npayment_days = 30\nseller_name = \"北京某某数据中心有限公司\"\n"
         "seller_taxpayer_id = \"91110108551385082Q\"\n";
  }
  auto c =
      load_config(path, {{"COLO_BILLING_PAYMENT_DAYS", "20"}, {"COLO_BILLING_SELLER_BANK_ACCOUNT", "工商银行 0200"}})
          .take();
  EXPECT_EQ(c.billing_lead_days, 10);
  EXPECT_EQ(c.billing_payment_days, 20);
  EXPECT_EQ(c.seller_name, "北京某某数据中心有限公司");
  EXPECT_EQ(c.seller_taxpayer_id, "91110108551385082Q");
  EXPECT_EQ(c.seller_bank_account, "工商银行 0200");
  EXPECT_FALSE(load_config("", {{"COLO_BILLING_LEAD_DAYS", "61"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_BILLING_PAYMENT_DAYS", "x"}}).ok());
  std::remove(path.c_str());
}

TEST(ConfigTest, ServiceDeskDefaultsFileEnvironmentAndRanges) {
  auto d = load_config("", {});
  EXPECT_EQ(d->servicedesk_reopen_days, 7);
  EXPECT_EQ(d->servicedesk_complaint_answer_days, 15);
  EXPECT_EQ(d->servicedesk_maintenance_notice_hours, 72);
  EXPECT_EQ(d->servicedesk_attachment_max_mib, 10);
  std::string path = ::testing::TempDir() + "/colo-desk.toml";
  {
    std::ofstream f(path);
    f << "[servicedesk]\nreopen_days = 14\ncomplaint_answer_days = 30\nmaintenance_notice_hours = 48\n";
  }
  auto file = load_config(path, {{"COLO_ATTACHMENT_MAX_MIB", "5"}});
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->servicedesk_reopen_days, 14);
  EXPECT_EQ(file->servicedesk_complaint_answer_days, 30);
  EXPECT_EQ(file->servicedesk_maintenance_notice_hours, 48);
  EXPECT_EQ(file->servicedesk_attachment_max_mib, 5);
  EXPECT_EQ(load_config(path, {{"COLO_COMPLAINT_ANSWER_DAYS", "10"}})->servicedesk_complaint_answer_days, 10);
  EXPECT_FALSE(load_config("", {{"COLO_COMPLAINT_ANSWER_DAYS", "0"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_ATTACHMENT_MAX_MIB", "17"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_SERVICEDESK_REOPEN_DAYS", "366"}}).ok());
  std::remove(path.c_str());
}

TEST(ConfigTest, AlertSettingsDefaultsEnvironmentAndRanges) {
  auto d = load_config("", {});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->monitoring_down_after_failures, 3);
  EXPECT_EQ(d->monitoring_maintenance_notice_hours, 48);
  std::string path = ::testing::TempDir() + "/colo-alerts.toml";
  {
    std::ofstream f(path);
    f << "[monitoring]\ndown_after_failures = 5\nmaintenance_notice_hours = 72\n";
  }
  auto c = load_config(path, {{"COLO_MONITORING_DOWN_AFTER_FAILURES", "2"}});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->monitoring_down_after_failures, 2);
  EXPECT_EQ(c->monitoring_maintenance_notice_hours, 72);
  std::remove(path.c_str());
  EXPECT_FALSE(load_config("", {{"COLO_MONITORING_DOWN_AFTER_FAILURES", "0"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_MONITORING_MAINTENANCE_NOTICE_HOURS", "-1"}}).ok());
}

// The ledger rules' thresholds: documented defaults, the file, the environment over it, and
// values out of range refused; rule_defaults() turns them into the rules' units.
TEST(ConfigTest, RuleThresholdsDefaultsEnvironmentAndRanges) {
  auto d = load_config("", {});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->monitoring_rule_utilisation_percent, 90);
  EXPECT_EQ(d->monitoring_rule_interface_down_samples, 2);
  EXPECT_EQ(d->monitoring_poll_late_after_ms, 5000);
  std::string path = ::testing::TempDir() + "/colo-rules.toml";
  {
    std::ofstream f(path);
    f << "[monitoring]\nrule_utilisation_percent = 85\nrule_power_warning_percent = 70\nrule_room_fire_minutes = 2\n"
         "poll_late_after_ms = 2000\n";
  }
  auto c = load_config(
      path, {{"COLO_MONITORING_RULE_UTILISATION_PERCENT", "75"}, {"COLO_MONITORING_RULE_INTERFACE_DOWN_SAMPLES", "3"}});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->monitoring_rule_utilisation_percent, 75);
  EXPECT_EQ(c->monitoring_rule_interface_down_samples, 3);
  EXPECT_EQ(c->monitoring_rule_power_warning_percent, 70);
  EXPECT_EQ(c->monitoring_poll_late_after_ms, 2000);
  auto r = rule_defaults(*c);
  EXPECT_DOUBLE_EQ(r.utilisation_level, 0.75);
  EXPECT_DOUBLE_EQ(r.power_warning, 0.70);
  EXPECT_EQ(r.room_fire_ms, 2 * 60'000);
  EXPECT_EQ(r.interface_down_samples, 3);
  std::remove(path.c_str());
  EXPECT_FALSE(load_config("", {{"COLO_MONITORING_RULE_UTILISATION_PERCENT", "0"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_MONITORING_RULE_UTILISATION_PERCENT", "101"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_MONITORING_RULE_INTERFACE_DOWN_SAMPLES", "0"}}).ok());
  EXPECT_FALSE(load_config("", {{"COLO_MONITORING_POLL_LATE_AFTER_MS", "-1"}}).ok());
}

TEST(ConfigTest, ListenAddresses) {
  EXPECT_EQ(parse_listen("127.0.0.1:8080")->second, 8080);
  EXPECT_EQ(parse_listen("[::1]:80")->first, "::1");
  EXPECT_EQ(parse_listen(":0")->first, "0.0.0.0");
  EXPECT_FALSE(parse_listen("localhost").ok());
  EXPECT_FALSE(parse_listen("h:99999").ok());
  EXPECT_FALSE(parse_listen("h:8o").ok());
}

TEST(ConfigTest, VulnerabilityScanSettingsDefaultsFileEnvironmentAndRanges) {
  auto d = load_config("", {});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->vulns_nmap, "nmap");
  EXPECT_EQ(d->vulns_scan_timeout_s, 600);
  EXPECT_EQ(d->vulns_max_concurrent_scans, 2);
  EXPECT_EQ(d->vulns_deadline_days_critical, 7);
  EXPECT_EQ(d->vulns_deadline_days_high, 30);
  EXPECT_EQ(d->vulns_deadline_days_medium, 90);
  EXPECT_EQ(d->vulns_deadline_days_low, 180);
  EXPECT_EQ(d->vulns_deadline_days_info, 365);
  std::string path = ::testing::TempDir() + "/colo-config-vulns.toml";
  {
    std::ofstream f(path);
    f << "[vulns]\nnmap = \"/usr/local/bin/nmap\"\nscan_timeout_s = 120\nmax_concurrent_scans = 4\n"
         "deadline_days_critical = 3\ndeadline_days_low = 120\n";
  }
  auto c = load_config(path, {});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->vulns_nmap, "/usr/local/bin/nmap");
  EXPECT_EQ(c->vulns_scan_timeout_s, 120);
  EXPECT_EQ(c->vulns_max_concurrent_scans, 4);
  EXPECT_EQ(c->vulns_deadline_days_critical, 3);
  EXPECT_EQ(c->vulns_deadline_days_low, 120);
  auto e = load_config(path, {{"COLO_VULNS_DEADLINE_DAYS_HIGH", "14"}, {"COLO_VULNS_MAX_CONCURRENT_SCANS", "1"}});
  ASSERT_TRUE(e.ok()) << e.error().message;
  EXPECT_EQ(e->vulns_deadline_days_high, 14);
  EXPECT_EQ(e->vulns_max_concurrent_scans, 1);
  for (auto [name, value] :
       {std::pair{"COLO_VULNS_MAX_CONCURRENT_SCANS", "33"}, std::pair{"COLO_VULNS_SCAN_TIMEOUT_S", "5"},
        std::pair{"COLO_VULNS_DEADLINE_DAYS_CRITICAL", "0"}, std::pair{"COLO_VULNS_DEADLINE_DAYS_MEDIUM", "x"}})
    EXPECT_FALSE(load_config("", {{name, value}}).ok()) << name << "=" << value;
}

}  // namespace
}  // namespace colo::app
