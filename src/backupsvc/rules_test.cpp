// The backup service's pure rules (R6.1): plan validation, schedules in the business zone,
// restic's summary and failure words, retention flags, and where a restore may write.
#include "backupsvc/rules.hpp"

#include <gtest/gtest.h>

namespace colo::backupsvc {
namespace {

PlanInput valid_plan() {
  PlanInput in;
  in.contract_id = 1;
  in.name = "web files";
  in.source_kind = "paths";
  in.paths = {"/srv/www"};
  in.schedule_kind = "daily";
  in.daily_at = "02:30";
  in.retention.keep_daily = 7;
  in.repository = "/backups/c1";
  in.location = "B-201";
  in.repository_password = "correct horse battery";
  return in;
}

std::vector<std::string> fields_of(const PlanInput& in, bool creating = true) {
  std::vector<std::string> out;
  for (const auto& e : validate_plan(in, creating)) out.push_back(e.field + ":" + e.code);
  return out;
}

TEST(BackupRules, R6_1_a_valid_plan_has_no_errors) { EXPECT_TRUE(fields_of(valid_plan()).empty()); }

TEST(BackupRules, R6_1_invalid_plans_name_each_field) {
  struct Case {
    std::function<void(PlanInput&)> change;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {[](PlanInput& p) { p.paths = {}; }, "paths:required"},
      {[](PlanInput& p) { p.paths = {"srv/www"}; }, "paths/0:backupsvc.plan.path_not_absolute"},
      {[](PlanInput& p) { p.paths = {"/srv/../etc"}; }, "paths/0:backupsvc.plan.path_not_absolute"},
      {[](PlanInput& p) { p.daily_at = "24:00"; }, "daily_at:backupsvc.plan.daily_at"},
      {[](PlanInput& p) { p.daily_at = "2:30"; }, "daily_at:backupsvc.plan.daily_at"},
      {[](PlanInput& p) {
         p.schedule_kind = "interval";
         p.interval_minutes = 5;
       },
       "interval_minutes:backupsvc.plan.interval"},
      {[](PlanInput& p) { p.retention = {}; }, "retention:backupsvc.plan.keep_nothing"},
      {[](PlanInput& p) { p.retention.keep_last = -1; }, "retention/keep_last:backupsvc.plan.keep"},
      {[](PlanInput& p) { p.repository_password = std::nullopt; }, "repository_password:required"},
      {[](PlanInput& p) { p.repository_password = "short"; }, "repository_password:backupsvc.plan.password_short"},
      {[](PlanInput& p) {
         p.source_kind = "command";
         p.dump_filename = "a/b.sql";
         p.dump_command = {"pg_dump", "shop"};
       },
       "dump_filename:backupsvc.plan.dump_filename"},
      {[](PlanInput& p) {
         p.source_kind = "ssh";
         p.ssh_host = "10.0.0.8";
         p.ssh_user = "backup";
         p.ssh_key = "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n";
         p.ssh_host = "-oProxyCommand=x";
       },
       "ssh_host:backupsvc.plan.ssh_host"},
      {[](PlanInput& p) {
         p.source_kind = "ssh";
         p.ssh_host = "10.0.0.8";
         p.ssh_user = "backup";
         p.ssh_key = "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n";
         p.ssh_host = "host name";
       },
       "ssh_host:backupsvc.plan.ssh_host"},
      {[](PlanInput& p) {
         p.source_kind = "ssh";
         p.ssh_host = "10.0.0.8";
         p.ssh_user = "backup";
         p.ssh_key = "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n";
         p.ssh_user = "root@evil";
       },
       "ssh_user:backupsvc.plan.ssh_user"},
      {[](PlanInput& p) {
         p.source_kind = "ssh";
         p.ssh_host = "10.0.0.8";
         p.ssh_user = "backup";
         p.ssh_key = "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n";
         p.ssh_port = 0;
       },
       "ssh_port:backupsvc.plan.ssh_port"},
      {[](PlanInput& p) {
         p.source_kind = "ssh";
         p.ssh_host = "10.0.0.8";
         p.ssh_user = "backup";
         p.ssh_key = "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n";
         p.ssh_key = std::nullopt;
       },
       "ssh_key:backupsvc.plan.ssh_key"},
      {[](PlanInput& p) {
         p.source_kind = "ssh";
         p.ssh_host = "10.0.0.8";
         p.ssh_user = "backup";
         p.ssh_key = "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n";
         p.paths = {"home/www"};
       },
       "paths/0:backupsvc.plan.path_not_absolute"},
      {[](PlanInput& p) { p.restore_test_days = 400; }, "restore_test_days:backupsvc.plan.restore_test_days"},
      {[](PlanInput& p) { p.location = ""; }, "location:required"},
  };
  for (const auto& c : cases) {
    auto in = valid_plan();
    c.change(in);
    const auto got = fields_of(in);
    ASSERT_EQ(got.size(), 1u) << c.expected;
    EXPECT_EQ(got[0], c.expected);
  }
  // Editing keeps the sealed password when none is given.
  auto edit = valid_plan();
  edit.repository_password = std::nullopt;
  EXPECT_TRUE(fields_of(edit, false).empty());
}

TEST(BackupRules, R6_1_daily_schedule_is_the_next_time_of_day_in_the_business_zone) {
  const auto shanghai = BusinessCalendar::in_zone("Asia/Shanghai").take();
  // 2026-11-26 01:00 in Shanghai is 2026-11-25T17:00Z; 02:30 local that day is 18:30Z.
  EXPECT_EQ(format_instant(next_due("daily", 0, "02:30", *parse_instant("2026-11-25T17:00:00Z"), shanghai)),
            "2026-11-25T18:30:00.000Z");
  // Exactly at the time: the next day.
  EXPECT_EQ(format_instant(next_due("daily", 0, "02:30", *parse_instant("2026-11-25T18:30:00Z"), shanghai)),
            "2026-11-26T18:30:00.000Z");
  EXPECT_EQ(format_instant(next_due("interval", 90, "", *parse_instant("2026-11-25T18:30:00Z"), shanghai)),
            "2026-11-25T20:00:00.000Z");
}

TEST(BackupRules, R6_1_restore_tests_are_due_after_their_period) {
  const auto now = *parse_instant("2026-11-26T00:00:00Z");
  EXPECT_FALSE(restore_test_due(std::nullopt, 0, now));
  EXPECT_TRUE(restore_test_due(std::nullopt, 7, now));
  EXPECT_FALSE(restore_test_due(std::string("2026-11-20T00:00:00.000Z"), 7, now));
  EXPECT_TRUE(restore_test_due(std::string("2026-11-19T00:00:00.000Z"), 7, now));
}

TEST(BackupRules, R6_1_the_summary_line_of_restic_backup_json_is_read) {
  const std::string out =
      "{\"message_type\":\"status\",\"percent_done\":0.5}\n"
      "{\"message_type\":\"summary\",\"files_new\":3,\"files_changed\":1,\"files_unmodified\":2,"
      "\"total_files_processed\":6,\"data_added\":1234,\"total_bytes_processed\":98765,"
      "\"snapshot_id\":\"4f1c2a9b\"}\n";
  auto s = parse_backup_summary(out);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->files, 6);
  EXPECT_EQ(s->files_new, 3);
  EXPECT_EQ(s->files_changed, 1);
  EXPECT_EQ(s->bytes_added, 1234);
  EXPECT_EQ(s->bytes_processed, 98765);
  EXPECT_EQ(s->snapshot_id, "4f1c2a9b");
  EXPECT_FALSE(parse_backup_summary("Fatal: unable to open config file\n"));
  EXPECT_FALSE(parse_backup_summary("{\"message_type\":\"summary\"}\n"));  // no snapshot made
}

TEST(BackupRules, R6_1_restic_ls_json_lists_files_only) {
  const std::string out =
      "{\"time\":\"2026-11-26T00:00:00Z\",\"tree\":\"ab\",\"struct_type\":\"snapshot\"}\n"
      "{\"name\":\"srv\",\"type\":\"dir\",\"path\":\"/srv\",\"struct_type\":\"node\"}\n"
      "{\"name\":\"a.txt\",\"type\":\"file\",\"path\":\"/srv/a.txt\",\"size\":12,\"struct_type\":\"node\"}\n";
  auto files = parse_ls_files(out);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].path, "/srv/a.txt");
  EXPECT_EQ(files[0].size, 12);
}

TEST(BackupRules, R6_1_failures_are_named_from_the_tools_words) {
  EXPECT_EQ(failure_reason("Fatal: unable to open config file: stat /x/config: no such file or directory\nIs there a "
                           "repository at the following location?",
                           false),
            "repository_unreachable");
  EXPECT_EQ(failure_reason("Fatal: wrong password or no key found", false), "wrong_password");
  EXPECT_EQ(failure_reason("Save(<data/1234>) returned error: write /r/data: no space left on device", false),
            "repository_full");
  EXPECT_EQ(failure_reason("Fatal: unable to save snapshot: snapshot is empty\n/nope does not exist", false),
            "source_missing");
  EXPECT_EQ(failure_reason("@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n"
                           "Host key for [127.0.0.1]:2222 has changed and you have requested strict checking.\n"
                           "Host key verification failed.",
                           false),
            "host_key_changed");
  EXPECT_EQ(failure_reason("anything", true), "timeout");
  EXPECT_EQ(failure_reason("segfault", false), "tool_failed");
}

TEST(BackupRules, R6_1_retention_becomes_forget_flags) {
  EXPECT_EQ(forget_flags({3, 7, 4, 12}), (std::vector<std::string>{"--keep-last", "3", "--keep-daily", "7",
                                                                   "--keep-weekly", "4", "--keep-monthly", "12"}));
  EXPECT_EQ(forget_flags({0, 7, 0, 0}), (std::vector<std::string>{"--keep-daily", "7"}));
}

TEST(BackupRules, R6_1_a_restore_writes_only_where_the_customer_owns) {
  const std::vector<std::string> own = {"/data/c1"}, foreign = {"/data/c2", "/data/c1/shared-with-c3"};
  EXPECT_EQ(restore_target_problem("/data/c1/restored", own, foreign), std::nullopt);
  EXPECT_EQ(restore_target_problem("/data/c1/www", own, foreign), std::nullopt);
  EXPECT_EQ(restore_target_problem("/data/c2/x", own, foreign), "backupsvc.restore.foreign_target");
  EXPECT_EQ(restore_target_problem("/data/c1/shared-with-c3/x", own, foreign), "backupsvc.restore.foreign_target");
  // A directory holding another customer's data is not the customer's own either.
  EXPECT_EQ(restore_target_problem("/data/c1", own, foreign), "backupsvc.restore.foreign_target");
  EXPECT_EQ(restore_target_problem("/data", own, foreign), "backupsvc.restore.foreign_target");
  EXPECT_EQ(restore_target_problem("/data/c10", own, foreign), "backupsvc.restore.foreign_target");
  EXPECT_EQ(restore_target_problem("/data/c1/../c2", own, foreign), "backupsvc.restore.target_invalid");
  EXPECT_EQ(restore_target_problem("relative", own, foreign), "backupsvc.restore.target_invalid");
}

}  // namespace
}  // namespace colo::backupsvc
