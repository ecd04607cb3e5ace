// The customer backup service on both engines with a real restic and real repositories (R6.1):
// a backup and an unchanged second run are recorded with their figures, an unreachable repository
// gives a failed run with its reason, an operations alert and a ticket for the customer, a restore
// goes request -> approval -> execution with verification -> the customer's confirmation and never
// writes into another customer's paths, restore tests restore, verify and clean up, racing
// runners start a slot once, and runs of other engines are recorded the same way.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "backupsvc/process.hpp"
#include "backupsvc/service.hpp"
#include "core/crypto.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "support/sshd_rig.hpp"

namespace colo::backupsvc {
namespace {

namespace fs = std::filesystem;

Context staff() {
  auto p = std::make_shared<Principal>();
  p->user_id = 1;
  p->username = "ops";
  p->roles = {"operations"};
  return Context{p, "req", "test"};
}

Context customer(std::int64_t id) {
  auto p = std::make_shared<Principal>();
  p->user_id = 10 + id;
  p->username = "tenant" + std::to_string(id);
  p->roles = {"customer_admin"};
  p->customer_id = id;
  return Context{p, "req", "test"};
}

void write_file(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

class BackupServiceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    std::string tmpl = (fs::temp_directory_path() / "colo-backupsvc-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    {
      // Customers 1 and 2: notifications to a customer name a real one.
      auto tx = db::Tx::begin(db(), db::Access::write).take();
      for (const char* name : {"甲公司", "乙公司"})
        ASSERT_TRUE(tx.exec("INSERT INTO customers (name, address, status, created_at, updated_at) VALUES ($1, '', "
                            "'active', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
                            {name})
                        .ok());
      ASSERT_TRUE(tx.commit().ok());
    }
    svc_ = make();
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }
  std::unique_ptr<Service> make() {
    Ports ports;
    // Contract 1 is customer 1's, contract 2 customer 2's.
    ports.contract = [](std::int64_t id) -> Result<std::optional<ContractRef>> {
      if (id < 1 || id > 2) return std::optional<ContractRef>{};
      return std::optional<ContractRef>(ContractRef{id, id, "CT-2026-00000" + std::to_string(id)});
    };
    ports.open_ticket = [this](db::Tx&, std::int64_t customer_id, const std::string& ref,
                               const std::string& title) -> Result<std::string> {
      std::lock_guard lock(mu_);
      tickets_.push_back({customer_id, ref, title});
      return "TK-2026-00000" + std::to_string(tickets_.size());
    };
    return std::make_unique<Service>(db(), clock_, crypto::Sealer(key_), std::move(ports),
                                     Options{.restic = "restic", .scratch_dir = (dir_ / "scratch").string()});
  }
  PlanInput plan_input(std::int64_t contract, const fs::path& source, const fs::path& repo) {
    PlanInput in;
    in.contract_id = contract;
    in.name = "网站文件";
    in.source_kind = "paths";
    in.paths = {source.string()};
    in.schedule_kind = "interval";
    in.interval_minutes = 60;
    in.retention.keep_last = 5;
    in.repository = repo.string();
    in.location = "B-201 backup shelf";
    in.repository_password = "correct horse battery staple";
    return in;
  }
  std::int64_t count(const std::string& sql) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return tx.one(sql).take()->int64(0);
  }

  struct Ticket {
    std::int64_t customer_id;
    std::string ref, title;
  };
  ManualClock clock_{*parse_instant("2026-11-26T02:00:00Z")};
  crypto::Key key_ = crypto::random_key();
  fs::path dir_;
  std::unique_ptr<Service> svc_;
  std::mutex mu_;
  std::vector<Ticket> tickets_;
};

TEST_P(BackupServiceTest, R6_1_backup_then_an_unchanged_second_run_are_recorded_with_their_figures) {
  write_file(dir_ / "c1/www/index.html", "<h1>你好</h1>");
  write_file(dir_ / "c1/www/data.bin", std::string(100000, 'x'));
  auto plan = svc_->create_plan(staff(), plan_input(1, dir_ / "c1/www", dir_ / "repo1"));
  ASSERT_TRUE(plan.ok()) << plan.error().code;
  EXPECT_EQ(plan->customer_id, 1);
  ASSERT_TRUE(plan->next_run_at);
  EXPECT_EQ(*plan->next_run_at, "2026-11-26T03:00:00.000Z");

  auto first = svc_->run_now(staff(), plan->id);
  ASSERT_TRUE(first.ok()) << first.error().code;
  EXPECT_EQ(first->status, "succeeded") << first->log_excerpt;
  ASSERT_TRUE(first->snapshot_id);
  EXPECT_EQ(first->files, 2);
  EXPECT_EQ(first->files_new, 2);
  EXPECT_GT(*first->bytes_added, 0);
  EXPECT_EQ(first->bytes_processed, 100000 + static_cast<std::int64_t>(std::string("<h1>你好</h1>").size()));
  ASSERT_TRUE(first->ended_at);

  clock_.advance(std::chrono::minutes(1));
  auto second = svc_->run_now(staff(), plan->id);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->status, "succeeded") << second->log_excerpt;
  EXPECT_EQ(second->files_new, 0);
  EXPECT_NE(second->snapshot_id, first->snapshot_id);
  EXPECT_LT(*second->bytes_added, *first->bytes_added);

  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE object_type = 'backupsvc.run'"), 2);
  EXPECT_TRUE(tickets_.empty());
  // The customer sees its runs; the other customer sees none of them.
  EXPECT_EQ(svc_->runs(customer(1), {}).take().first, 2);
  EXPECT_EQ(svc_->runs(customer(2), {}).take().first, 0);
  EXPECT_TRUE(svc_->run(customer(2), first->id).error().is("not_found"));
  // The password is sealed, never stored as given.
  EXPECT_EQ(count("SELECT COUNT(*) FROM backup_plans WHERE password_sealed LIKE '%correct horse%'"), 0);
}

TEST_P(BackupServiceTest, R6_1_an_unreachable_repository_is_a_failed_run_with_an_alert_and_a_ticket) {
  write_file(dir_ / "c1/www/index.html", "x");
  write_file(dir_ / "blocker", "a file where the repository's parent directory should be");
  auto plan = svc_->create_plan(staff(), plan_input(1, dir_ / "c1/www", dir_ / "blocker/repo"));
  ASSERT_TRUE(plan.ok());
  auto run = svc_->run_now(staff(), plan->id);
  ASSERT_TRUE(run.ok()) << run.error().code;
  EXPECT_EQ(run->status, "failed");
  EXPECT_EQ(run->reason, "repository_unreachable") << run->log_excerpt;
  EXPECT_FALSE(run->snapshot_id);
  EXPECT_FALSE(run->log_excerpt.empty());
  ASSERT_EQ(tickets_.size(), 1u);
  EXPECT_EQ(tickets_[0].customer_id, 1);
  EXPECT_NE(tickets_[0].title.find("网站文件"), std::string::npos);
  EXPECT_EQ(run->ticket_number, "TK-2026-000001");
  EXPECT_EQ(count("SELECT COUNT(*) FROM notifications WHERE role = 'operations' AND title_key = "
                  "'notice.backupsvc.run_failed'"),
            1);
  auto stored = svc_->run(staff(), run->id);
  EXPECT_EQ(stored->status, "failed");
  EXPECT_EQ(stored->ticket_number, "TK-2026-000001");
}

TEST_P(BackupServiceTest, R6_1_a_wrong_repository_password_is_named) {
  write_file(dir_ / "c1/www/a", "a");
  auto plan = svc_->create_plan(staff(), plan_input(1, dir_ / "c1/www", dir_ / "repo"));
  ASSERT_EQ(svc_->run_now(staff(), plan->id)->status, "succeeded");
  auto in = plan_input(1, dir_ / "c1/www", dir_ / "repo");
  in.repository_password = "another password entirely";
  ASSERT_TRUE(svc_->update_plan(staff(), plan->id, in).ok());
  clock_.advance(std::chrono::minutes(1));
  auto run = svc_->run_now(staff(), plan->id);
  EXPECT_EQ(run->status, "failed");
  EXPECT_EQ(run->reason, "wrong_password") << run->log_excerpt;
}

TEST_P(BackupServiceTest, R6_1_bad_plans_are_refused_and_change_nothing) {
  auto in = plan_input(1, "/srv", dir_ / "repo");
  in.paths = {"relative"};
  auto bad = svc_->create_plan(staff(), in);
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(bad.error().is("validation_failed"));
  auto unknown = svc_->create_plan(staff(), plan_input(99, "/srv", dir_ / "repo"));
  EXPECT_TRUE(unknown.error().is("backupsvc.plan.contract_unknown"));
  EXPECT_TRUE(svc_->create_plan(customer(1), plan_input(1, "/srv", dir_ / "repo")).error().is("forbidden"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM backup_plans"), 0);
}

TEST_P(BackupServiceTest, R6_1_restore_is_requested_approved_executed_verified_and_confirmed) {
  write_file(dir_ / "c1/www/index.html", "<h1>原始</h1>");
  write_file(dir_ / "c1/www/sub/b.txt", std::string(5000, 'b'));
  write_file(dir_ / "c2/data/secret", "乙公司");
  auto plan = svc_->create_plan(staff(), plan_input(1, dir_ / "c1/www", dir_ / "repo1"));
  auto other = svc_->create_plan(staff(), plan_input(2, dir_ / "c2/data", dir_ / "repo2"));
  ASSERT_TRUE(plan.ok() && other.ok());
  auto run = svc_->run_now(staff(), plan->id).take();
  ASSERT_EQ(run.status, "succeeded");

  RestoreInput in;
  in.plan_id = plan->id;
  in.snapshot_id = *run.snapshot_id;
  in.target_kind = "path";
  // Into another customer's paths: refused, nothing recorded.
  in.target_path = (dir_ / "c2/data/restored").string();
  auto foreign = svc_->request_restore(customer(1), in);
  ASSERT_FALSE(foreign.ok());
  EXPECT_TRUE(foreign.error().is("backupsvc.restore.foreign_target"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM backup_restores"), 0);
  // Another customer cannot even see the plan.
  in.target_path = (dir_ / "c2/data/x").string();
  EXPECT_TRUE(svc_->request_restore(customer(2), in).error().is("not_found"));

  in.target_path = (dir_ / "c1/www/restored").string();
  auto asked = svc_->request_restore(customer(1), in);
  ASSERT_TRUE(asked.ok()) << asked.error().code;
  EXPECT_EQ(asked->status, "requested");
  EXPECT_TRUE(svc_->execute_restore(staff(), asked->id).error().is("backupsvc.restore.not_approved"));
  EXPECT_TRUE(svc_->decide_restore(customer(1), asked->id, true, "").error().is("forbidden"));
  auto approved = svc_->decide_restore(staff(), asked->id, true, "窗口内执行");
  ASSERT_TRUE(approved.ok());
  EXPECT_TRUE(svc_->decide_restore(staff(), asked->id, false, "").error().is("backupsvc.restore.not_requested"));
  EXPECT_TRUE(svc_->confirm_restore(customer(1), asked->id, "").error().is("backupsvc.restore.not_verified"));

  auto done = svc_->execute_restore(staff(), asked->id);
  ASSERT_TRUE(done.ok()) << done.error().code;
  EXPECT_EQ(done->status, "verified") << done->verification;
  EXPECT_EQ(done->files_verified, 2);
  const auto restored = dir_ / "c1/www/restored" / (dir_ / "c1/www/index.html").relative_path();
  EXPECT_EQ(read_file(restored), "<h1>原始</h1>");
  EXPECT_TRUE(svc_->execute_restore(staff(), asked->id).error().is("backupsvc.restore.not_approved"));

  EXPECT_TRUE(svc_->confirm_restore(staff(), asked->id, "").error().is("forbidden"));
  EXPECT_TRUE(svc_->confirm_restore(customer(2), asked->id, "").error().is("not_found"));
  auto confirmed = svc_->confirm_restore(customer(1), asked->id, "文件已核对");
  ASSERT_TRUE(confirmed.ok());
  EXPECT_EQ(confirmed->status, "confirmed");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE object_type = 'backupsvc.restore'"), 4);
}

TEST_P(BackupServiceTest, R6_1_a_restore_whose_files_differ_from_the_snapshot_fails_verification) {
  write_file(dir_ / "c1/www/a.txt", "original");
  auto plan = svc_->create_plan(staff(), plan_input(1, dir_ / "c1/www", dir_ / "repo1"));
  auto run = svc_->run_now(staff(), plan->id).take();
  // Verification reads what is at the target after the restore: restoring into the original
  // place while the file is being changed elsewhere is simulated by verifying another snapshot.
  write_file(dir_ / "c1/www/a.txt", "changed!");
  clock_.advance(std::chrono::minutes(1));
  auto later = svc_->run_now(staff(), plan->id).take();
  const auto repo = Repository{"restic", (dir_ / "repo1").string(), "correct horse battery staple"};
  auto target = dir_ / "c1/www/check";
  ASSERT_TRUE(restore(repo, *later.snapshot_id, target.string(), {}).ok());
  EXPECT_TRUE(verify_restore(repo, *later.snapshot_id, target.string(), {}).ok);
  auto v = verify_restore(repo, *run.snapshot_id, target.string(), {});
  EXPECT_FALSE(v.ok);
  EXPECT_NE(v.summary.find("checksum differs"), std::string::npos) << v.summary;
}

TEST_P(BackupServiceTest, R6_1_restore_tests_restore_the_latest_snapshot_verify_and_clean_up) {
  write_file(dir_ / "c1/www/a.txt", "hello");
  auto in = plan_input(1, dir_ / "c1/www", dir_ / "repo1");
  in.restore_test_days = 7;
  auto plan = svc_->create_plan(staff(), in).take();
  // Nothing to test yet: a failed test, recorded.
  auto none = svc_->test_restore_now(staff(), plan.id).take();
  EXPECT_EQ(none.status, "failed");
  EXPECT_EQ(none.reason, "verification_failed");
  ASSERT_EQ(svc_->run_now(staff(), plan.id)->status, "succeeded");
  clock_.advance(std::chrono::minutes(1));
  auto test = svc_->test_restore_now(staff(), plan.id).take();
  EXPECT_EQ(test.kind, "restore_test");
  EXPECT_EQ(test.status, "succeeded") << test.log_excerpt;
  EXPECT_EQ(test.files, 1);
  EXPECT_TRUE(fs::is_empty(dir_ / "scratch"));
  EXPECT_TRUE(svc_->plan(staff(), plan.id)->last_restore_test_at);
}

TEST_P(BackupServiceTest, R6_1_racing_runners_start_each_due_slot_once) {
  write_file(dir_ / "c1/www/a.txt", "hello");
  auto in = plan_input(1, dir_ / "c1/www", dir_ / "repo1");
  in.restore_test_days = 1;
  auto plan = svc_->create_plan(staff(), in).take();
  clock_.advance(std::chrono::hours(1));  // the first slot is due
  auto other = make();
  RunnerReport a, b;
  std::thread t1([&] { a = svc_->run_due().take(); });
  std::thread t2([&] { b = other->run_due().take(); });
  t1.join();
  t2.join();
  EXPECT_EQ(count("SELECT COUNT(*) FROM backup_runs WHERE kind = 'backup'"), 1);
  // No restore test before there is a backup to restore.
  EXPECT_EQ(count("SELECT COUNT(*) FROM backup_runs WHERE kind = 'restore_test'"), 0);
  EXPECT_EQ(a.started + b.started, 1);
  // The next pass, with a snapshot to restore, tests it once whichever runner gets there.
  clock_.advance(std::chrono::minutes(1));
  std::thread t3([&] { a = svc_->run_due().take(); });
  std::thread t4([&] { b = other->run_due().take(); });
  t3.join();
  t4.join();
  EXPECT_EQ(count("SELECT COUNT(*) FROM backup_runs WHERE kind = 'restore_test'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM backup_runs WHERE kind = 'restore_test' AND status = 'succeeded'"), 1);
  EXPECT_EQ(a.started + b.started, 1);
  // The slot moved on: nothing is due until the next hour.
  EXPECT_EQ(svc_->run_due()->started, 0);
  EXPECT_EQ(*svc_->plan(staff(), plan.id)->next_run_at, "2026-11-26T04:00:00.000Z");
}

TEST_P(BackupServiceTest, R6_1_runs_of_other_engines_are_recorded_and_failures_ticketed) {
  ReportedRun in;
  in.contract_id = 2;
  in.engine = "veeam";
  in.job_name = "ERP nightly";
  in.status = "failed";
  in.started_at = "2026-11-26T01:00:00.000Z";
  in.ended_at = "2026-11-26T01:30:00.000Z";
  in.log_excerpt = "Error: target datastore full";
  auto r = svc_->report_run(staff(), in);
  ASSERT_TRUE(r.ok()) << r.error().code;
  EXPECT_EQ(r->customer_id, 2);
  EXPECT_EQ(r->reason, "reported");
  ASSERT_EQ(tickets_.size(), 1u);
  EXPECT_EQ(tickets_[0].customer_id, 2);
  in.ended_at = "2026-11-26T00:30:00.000Z";
  EXPECT_TRUE(svc_->report_run(staff(), in).error().is("validation_failed"));
  in.ended_at = "2026-11-26T01:30:00.000Z";
  EXPECT_TRUE(svc_->report_run(customer(2), in).error().is("forbidden"));

  in.status = "succeeded";
  ASSERT_TRUE(svc_->report_run(staff(), in).ok());
  auto c = svc_->compliance(*parse_instant("2026-11-26T00:00:00Z"), *parse_instant("2026-11-27T00:00:00Z")).take();
  EXPECT_EQ(c.current.total, 2);
  EXPECT_EQ(c.current.met, 1);
  EXPECT_EQ(c.current.failing_runs, std::vector<std::int64_t>{r->id});
  EXPECT_EQ(c.previous.total, 0);
}

TEST(BackupProcess, a_tool_outliving_its_deadline_is_killed_and_marked) {
  auto r = run_process({"sleep", "30"}, {}, std::chrono::milliseconds(200));
  EXPECT_TRUE(r.started);
  EXPECT_TRUE(r.timed_out);
  EXPECT_FALSE(r.ok());
  auto missing = run_process({"/nonexistent/tool"}, {}, std::chrono::seconds(5));
  EXPECT_FALSE(missing.started);
  auto piped = run_piped({"printf", "abc"}, {"wc", "-c"}, {}, std::chrono::seconds(5));
  EXPECT_TRUE(piped.ok());
  EXPECT_EQ(piped.output, "3\n");
}

// A plan on the customer's own host (R6.1): restic runs there through the system ssh client with
// the key the customer granted (the real sshd rig runs the command as the host would), the run is
// recorded with its snapshot, which is in the repository; the host key of the first contact is
// recorded, and once the host offers another key the run fails as host_key_changed, a ticket is
// opened, no snapshot is made and the recorded key stays as it was.
TEST_P(BackupServiceTest, R6_1_a_plan_on_the_customers_host_runs_over_ssh_and_a_changed_host_key_is_refused) {
  colo::testing::SshdRig rig;
  rig.run_commands();
  write_file(dir_ / "host/www/index.html", "<h1>客户主机</h1>");
  auto in = plan_input(1, dir_ / "host/www", dir_ / "repo");
  in.source_kind = "ssh";
  in.ssh_host = "127.0.0.1";
  in.ssh_port = rig.port();
  in.ssh_user = rig.user();
  in.ssh_key = rig.client_key();
  auto plan = svc_->create_plan(staff(), in);
  ASSERT_TRUE(plan.ok()) << plan.error().code;
  EXPECT_TRUE(plan->ssh_known_hosts.empty());
  // The key is sealed, never stored as given.
  EXPECT_EQ(count("SELECT COUNT(*) FROM backup_plans WHERE ssh_key_sealed LIKE '%PRIVATE KEY%'"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM backup_plans WHERE ssh_key_sealed <> ''"), 1);

  auto first = svc_->run_now(staff(), plan->id);
  ASSERT_TRUE(first.ok()) << first.error().code;
  EXPECT_EQ(first->status, "succeeded") << first->log_excerpt;
  ASSERT_TRUE(first->snapshot_id);
  EXPECT_EQ(first->files, 1);
  const auto snapshots = [&] {
    return run_process({"restic", "--repo", (dir_ / "repo").string(), "--no-cache", "snapshots", "--json"},
                       {{"RESTIC_PASSWORD", "correct horse battery staple"}}, std::chrono::minutes(2));
  };
  auto listed = snapshots();
  ASSERT_TRUE(listed.ok()) << listed.output;
  EXPECT_NE(listed.output.find(*first->snapshot_id), std::string::npos);
  const auto recorded = svc_->plan(staff(), plan->id).take().ssh_known_hosts;
  EXPECT_NE(recorded.find("ssh-ed25519"), std::string::npos) << recorded;

  clock_.advance(std::chrono::minutes(1));
  auto second = svc_->run_now(staff(), plan->id);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->status, "succeeded") << second->log_excerpt;

  rig.replace_host_key();
  clock_.advance(std::chrono::minutes(1));
  auto third = svc_->run_now(staff(), plan->id);
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->status, "failed");
  EXPECT_EQ(third->reason, "host_key_changed") << third->log_excerpt;
  EXPECT_FALSE(third->snapshot_id);
  ASSERT_EQ(tickets_.size(), 1u);
  EXPECT_EQ(svc_->plan(staff(), plan->id).take().ssh_known_hosts, recorded);
  auto after = snapshots();
  ASSERT_TRUE(after.ok()) << after.output;
  EXPECT_EQ(after.output.find(*first->snapshot_id) != std::string::npos, true);
  // Two snapshots, the third run made none.
  std::size_t n = 0;
  for (auto at = after.output.find("\"short_id\""); at != std::string::npos;
       at = after.output.find("\"short_id\"", at + 1))
    ++n;
  EXPECT_EQ(n, 2u) << after.output;
}

COLO_INSTANTIATE_ENGINE_TEST(BackupServiceTest);

}  // namespace
}  // namespace colo::backupsvc
