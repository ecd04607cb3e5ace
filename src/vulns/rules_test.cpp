// Table tests of the pure rules of vulnerability management (R5.2.3).
#include "vulns/rules.hpp"

#include <gtest/gtest.h>

namespace colo::vulns {
namespace {

TEST(VulnsRules, TargetsAreCanonicalCidrsAndMalformedOnesAreRefused) {
  struct Case {
    const char* in;
    const char* out;  // nullptr: refused
  } cases[] = {{"192.0.2.10", "192.0.2.10/32"},
               {"192.0.2.0/28", "192.0.2.0/28"},
               {"2001:DB8::1", "2001:db8::1/128"},
               {"192.0.2.1/28", nullptr},
               {"192.0.2", nullptr},
               {"-sS", nullptr},
               {"192.0.2.0/33", nullptr},
               {"", nullptr}};
  for (const auto& c : cases) {
    auto r = canonical_target(c.in);
    if (c.out) {
      ASSERT_TRUE(r.ok()) << c.in;
      EXPECT_EQ(r.value(), c.out) << c.in;
    } else {
      ASSERT_FALSE(r.ok()) << c.in;
      EXPECT_EQ(r.error().fields.at(0).code, "vulns.target.malformed") << c.in;
    }
  }
}

TEST(VulnsRules, R5_2_3_ATargetMustLieInsideTheScope) {
  const std::vector<std::string> scope = {"192.0.2.0/24", "198.51.100.7/32"};
  EXPECT_TRUE(covered_by("192.0.2.0/28", scope));
  EXPECT_TRUE(covered_by("192.0.2.255/32", scope));
  EXPECT_TRUE(covered_by("198.51.100.7/32", scope));
  EXPECT_FALSE(covered_by("198.51.100.8/32", scope));
  EXPECT_FALSE(covered_by("192.0.2.0/23", scope));  // larger than the scope
  EXPECT_FALSE(covered_by("2001:db8::1/128", scope));
  EXPECT_FALSE(covered_by("192.0.2.0/28", {}));
  EXPECT_TRUE(address_in("192.0.2.9", {"192.0.2.0/28"}));
  EXPECT_FALSE(address_in("192.0.2.16", {"192.0.2.0/28"}));
  EXPECT_TRUE(target_small_enough("10.0.0.0/22"));
  EXPECT_FALSE(target_small_enough("10.0.0.0/21"));
}

TEST(VulnsRules, R5_2_3_AConsentIsInForceOnlyWithinItsDatesAndUnlessRevoked) {
  ConsentWindow c{"2026-01-01", "2026-06-30", false, {}};
  EXPECT_FALSE(consent_in_force(c, "2025-12-31"));
  EXPECT_TRUE(consent_in_force(c, "2026-01-01"));
  EXPECT_TRUE(consent_in_force(c, "2026-06-30"));
  EXPECT_FALSE(consent_in_force(c, "2026-07-01"));
  c.revoked = true;
  EXPECT_FALSE(consent_in_force(c, "2026-03-01"));
}

TEST(VulnsRules, PortListsAreCheckedBeforeTheyReachNmap) {
  for (const char* ok : {"22", "22,80,443", "8000-8100", "1-65535", "1,2-3"}) EXPECT_TRUE(valid_port_list(ok)) << ok;
  for (const char* bad : {"", "0", "65536", "22,", "80-22", "a", "22;rm -rf", "-p-", "1--2", "U:53"})
    EXPECT_FALSE(valid_port_list(bad)) << bad;
  auto r = port_ranges("1-1000,8080");
  EXPECT_TRUE(port_in(1000, r));
  EXPECT_TRUE(port_in(8080, r));
  EXPECT_FALSE(port_in(1001, r));
}

TEST(VulnsRules, NmapRunsAnUnprivilegedConnectScanWithTheTargetsAfterTheOptions) {
  auto a = nmap_args("nmap", "top", std::nullopt, {"192.0.2.10/32", "192.0.2.0/28"}, "/tmp/x.xml", 60);
  const std::vector<std::string> want = {"nmap", "-sT",        "-Pn",         "-n",          "--unprivileged",
                                         "-oX",  "/tmp/x.xml", "--top-ports", "100",         "--host-timeout",
                                         "60s",  "--",         "192.0.2.10",  "192.0.2.0/28"};
  EXPECT_EQ(a, want);
  auto full = nmap_args("nmap", "full", std::nullopt, {"192.0.2.10/32"}, "o", 5);
  EXPECT_NE(std::find(full.begin(), full.end(), "-p-"), full.end());
  auto service = nmap_args("nmap", "service", std::string("22"), {"192.0.2.10/32"}, "o", 5);
  EXPECT_NE(std::find(service.begin(), service.end(), "-sV"), service.end());
  EXPECT_NE(std::find(service.begin(), service.end(), "22"), service.end());
  for (const auto& v : {a, full, service}) EXPECT_EQ(std::find(v.begin(), v.end(), "-sS"), v.end());
}

TEST(VulnsRules, SeverityFromCvssAndTheDeadlineBySeverity) {
  struct Case {
    std::int64_t tenths;
    const char* severity;
  } cases[] = {{100, "critical"}, {90, "critical"}, {89, "high"}, {70, "high"}, {69, "medium"},
               {40, "medium"},    {39, "low"},      {1, "low"},   {0, "info"}};
  for (const auto& c : cases) EXPECT_EQ(severity_of(c.tenths), c.severity) << c.tenths;
  EXPECT_EQ(parse_cvss("7.5"), 75);
  EXPECT_EQ(parse_cvss("10"), 100);
  EXPECT_EQ(parse_cvss("10.0"), 100);
  EXPECT_EQ(parse_cvss(" 0.0 "), 0);
  EXPECT_EQ(parse_cvss("10.1"), std::nullopt);
  EXPECT_EQ(parse_cvss("-1"), std::nullopt);
  EXPECT_EQ(parse_cvss("high"), std::nullopt);
  DeadlineDays d;
  const auto found = *parse_date("2026-03-01");
  EXPECT_EQ(format_date(due_date(found, "critical", d)), "2026-03-08");
  EXPECT_EQ(format_date(due_date(found, "high", d)), "2026-03-31");
  EXPECT_EQ(format_date(due_date(found, "medium", d)), "2026-05-30");
  EXPECT_EQ(format_date(due_date(found, "low", d)), "2026-08-28");
  d.critical = 3;
  EXPECT_EQ(format_date(due_date(found, "critical", d)), "2026-03-04");
}

TEST(VulnsRules, FindingStepsFollowTheirStatus) {
  struct Case {
    const char* status;
    const char* step;
    const char* to;  // nullptr: refused
  } cases[] = {{"open", "acknowledge", "acknowledged"},
               {"open", "fix", "fixed"},
               {"acknowledged", "fix", "fixed"},
               {"open", "accept", "accepted"},
               {"acknowledged", "accept", "accepted"},
               {"acknowledged", "acknowledge", nullptr},
               {"fixed", "fix", nullptr},
               {"fixed", "accept", nullptr},
               {"verified", "acknowledge", nullptr},
               {"accepted", "fix", nullptr},
               {"open", "verify", nullptr}};
  for (const auto& c : cases) {
    auto r = step_to(c.status, c.step);
    if (c.to) {
      ASSERT_TRUE(r.ok()) << c.status << " " << c.step;
      EXPECT_EQ(r.value(), c.to);
    } else {
      ASSERT_FALSE(r.ok()) << c.status << " " << c.step;
      EXPECT_EQ(r.error().code, "vulns.finding.step");
    }
  }
  EXPECT_EQ(steps_for("open", true, false), (std::vector<std::string>{"acknowledge", "fix"}));
  EXPECT_EQ(steps_for("acknowledged", true, true), (std::vector<std::string>{"fix", "accept", "assign"}));
  EXPECT_TRUE(steps_for("verified", true, true).empty());
}

TEST(VulnsRules, R5_2_3_ARescanVerifiesWhatItNoLongerSeesAndReopensWhatItSeesAgain) {
  struct Case {
    const char* status;
    bool seen, covered;
    Reconcile want;
  } cases[] = {{"open", true, true, Reconcile::seen},
               {"open", false, true, Reconcile::verify},
               {"acknowledged", false, true, Reconcile::verify},
               {"fixed", false, true, Reconcile::verify},
               {"fixed", true, true, Reconcile::reopen},
               {"verified", true, true, Reconcile::reopen},
               {"verified", false, true, Reconcile::none},
               {"accepted", true, true, Reconcile::seen},
               {"accepted", false, true, Reconcile::none},
               {"open", false, false, Reconcile::none},
               {"fixed", true, false, Reconcile::none}};
  for (const auto& c : cases)
    EXPECT_EQ(reconcile(c.status, c.seen, c.covered), c.want) << c.status << " " << c.seen << " " << c.covered;
}

TEST(VulnsRules, R5_2_3_OverdueIsPastTheDeadlineAndNotClosed) {
  EXPECT_TRUE(finding_overdue("open", "2026-03-01", "2026-03-02"));
  EXPECT_TRUE(finding_overdue("fixed", "2026-03-01", "2026-03-02"));  // claimed, not yet verified
  EXPECT_FALSE(finding_overdue("open", "2026-03-02", "2026-03-02"));
  EXPECT_FALSE(finding_overdue("verified", "2026-03-01", "2026-03-02"));
  EXPECT_FALSE(finding_overdue("accepted", "2026-03-01", "2026-03-02"));
}

TEST(VulnsRules, R5_2_3_SchedulesKeptAndFindingsFixedByTheirDeadline) {
  ScheduleFact weekly{
      1, "weekly", 7, "2026-01-01", {"2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30"}};
  EXPECT_TRUE(schedule_kept(weekly, "2026-03-01", "2026-04-01", "2026-05-01"));
  ScheduleFact gap = weekly;
  gap.id = 2;
  gap.label = "gap";
  gap.run_dates = {"2026-03-02", "2026-03-20", "2026-03-27"};  // 18 days between two runs
  EXPECT_FALSE(schedule_kept(gap, "2026-03-01", "2026-04-01", "2026-05-01"));
  ScheduleFact never{3, "never", 7, "2026-01-01", {}};
  EXPECT_FALSE(schedule_kept(never, "2026-03-01", "2026-04-01", "2026-05-01"));
  // A schedule created at the end of the period is not yet due.
  ScheduleFact young{4, "young", 7, "2026-03-28", {}};
  EXPECT_TRUE(schedule_kept(young, "2026-03-01", "2026-04-01", "2026-05-01"));

  FindingFact in_time{10, "VUL-2026-000010", "verified", "2026-03-10", "2026-03-09"};
  FindingFact late{11, "VUL-2026-000011", "verified", "2026-03-10", "2026-03-12"};
  FindingFact open{12, "VUL-2026-000012", "open", "2026-03-15", std::nullopt};
  FindingFact accepted{13, "VUL-2026-000013", "accepted", "2026-03-20", "2026-03-01"};
  FindingFact earlier{14, "VUL-2026-000014", "verified", "2026-02-10", "2026-02-01"};
  EXPECT_TRUE(finding_kept(in_time));
  EXPECT_FALSE(finding_kept(late));
  EXPECT_FALSE(finding_kept(open));
  EXPECT_TRUE(finding_kept(accepted));

  auto m = measure_r5_2_3({weekly, gap, never, young}, {in_time, late, open, accepted, earlier},
                          *parse_date("2026-03-01"), *parse_date("2026-04-01"), *parse_date("2026-05-01"));
  EXPECT_EQ(m.total, 8);
  EXPECT_EQ(m.met, 4);  // weekly, young, in_time, accepted
  std::vector<std::string> failing;
  for (const auto& [id, label] : m.failing) failing.push_back(label);
  EXPECT_EQ(failing, (std::vector<std::string>{"gap", "never", "VUL-2026-000011", "VUL-2026-000012"}));
  EXPECT_EQ(m.previous_total, 4);  // weekly, gap, never (before the period) and the February finding
  EXPECT_EQ(m.previous_met, 1);    // only the finding: no schedule ran in February
}

}  // namespace
}  // namespace colo::vulns
